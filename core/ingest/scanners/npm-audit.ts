// npm audit JSON: v6 (`advisories: {id: advisory}`) and v7+ (`auditReportVersion: 2, vulnerabilities: {name: {via, …}}`).
import type { ParsedFinding, ParsedReport } from '../../../shared/types';
import { detailList, finding, inlineCode, isObject, joinBlocks, linkList, location, report, str, text } from './common';
import { labelled, scannerInput, severityOf, type ScannerInput } from './result';

export function matchesNpmAudit(data: unknown): boolean {
  return isObject(data) && (isObject(data.advisories) || (isObject(data.vulnerabilities) && ('auditReportVersion' in data || 'metadata' in data)));
}

/** "Title in pkg", unless the title already names the package. */
function withPackage(title: string, pkg: string | null): string {
  return pkg && !title.toLowerCase().includes(pkg.toLowerCase()) ? `${title} in ${pkg}` : title;
}

function v6(advisories: Record<string, unknown>, input: ScannerInput): ParsedFinding[] {
  const out: ParsedFinding[] = [];
  for (const key of Object.keys(advisories)) {
    const a = advisories[key];
    if (!isObject(a)) throw input.error(`advisories["${key}"] is not an object`, `advisories.${key}`);
    const module = text(a.module_name);
    const paths: string[] = [];
    if (Array.isArray(a.findings)) {
      for (const f of a.findings) {
        if (isObject(f) && Array.isArray(f.paths)) for (const p of f.paths) if (typeof p === 'string') paths.push(p);
      }
    }
    const versions = Array.isArray(a.findings)
      ? a.findings.map((f) => (isObject(f) ? text(f.version) : null)).filter((v): v is string => !!v)
      : [];
    const body = joinBlocks([
      text(a.overview),
      labelled('Recommendation', a.recommendation),
      detailList([
        ['Package', module],
        ['Installed', versions],
        ['Vulnerable versions', a.vulnerable_versions],
        ['Patched versions', a.patched_versions],
        ['CVE', a.cves],
        ['CWE', a.cwe],
        ['Advisory', a.url],
      ]),
      paths.length ? '**Dependency paths:**\n\n' + paths.map((p) => `- ${inlineCode(p)}`).join('\n') : null,
      linkList('References', a.references),
    ]);
    const id = str(a.id) ?? key;
    out.push(
      finding({
        title: text(a.title) ? withPackage(text(a.title) as string, module) : `Advisory ${id}`,
        ...severityOf(a.severity),
        locations: [],
        body,
        ruleId: text(a.github_advisory_id) ?? (Array.isArray(a.cves) && typeof a.cves[0] === 'string' ? a.cves[0] : `npm-advisory-${id}`),
        category: module,
      }),
    );
  }
  return out;
}

function v7(vulns: Record<string, unknown>, input: ScannerInput): ParsedFinding[] {
  const out: ParsedFinding[] = [];
  for (const key of Object.keys(vulns)) {
    const v = vulns[key];
    if (!isObject(v)) throw input.error(`vulnerabilities["${key}"] is not an object`, `vulnerabilities.${key}`);
    const name = text(v.name) ?? key;
    const via = Array.isArray(v.via) ? v.via : [];
    const advisories = via.filter(isObject);
    const viaNames = via.filter((x): x is string => typeof x === 'string');
    const first = advisories[0];
    const advLines = advisories.map((a) => {
      const parts = [text(a.title) ?? 'advisory'];
      if (text(a.url)) parts.push(`(${text(a.url)})`);
      if (text(a.severity)) parts.push(`— ${text(a.severity)}`);
      if (text(a.range)) parts.push(`, affected ${inlineCode(text(a.range) as string)}`);
      return '- ' + parts.join(' ');
    });
    const fix = v.fixAvailable;
    const fixText =
      fix === true
        ? 'A fix is available (`npm audit fix`).'
        : isObject(fix)
          ? `Fix: update ${text(fix.name) ?? ''} to ${text(fix.version) ?? 'a fixed version'}${fix.isSemVerMajor === true ? ' (semver-major)' : ''}.`
          : fix === false
            ? 'No fix available.'
            : null;
    const body = joinBlocks([
      advLines.length ? '**Advisories:**\n\n' + advLines.join('\n') : null,
      viaNames.length ? `Vulnerable through ${viaNames.map((n) => inlineCode(n)).join(', ')}.` : null,
      fixText,
      detailList([
        ['Package', name],
        ['Affected range', v.range],
        ['Direct dependency', typeof v.isDirect === 'boolean' ? v.isDirect : null],
        ['Effects', v.effects],
        ['CWE', first ? first.cwe : null],
        ['CVSS', first && isObject(first.cvss) ? first.cvss.score : null],
      ]),
    ]);
    const nodes = Array.isArray(v.nodes) ? v.nodes.filter((n): n is string => typeof n === 'string' && n !== '') : [];
    const ghsa = first && typeof first.url === 'string' ? /GHSA-[\w-]+/.exec(first.url)?.[0] ?? null : null;
    out.push(
      finding({
        title: first && text(first.title) ? withPackage(text(first.title) as string, name) : `Vulnerable dependency ${name}${viaNames.length ? ` (via ${viaNames.join(', ')})` : ''}`,
        ...severityOf(v.severity),
        locations: nodes.map((n) => location(n)),
        body,
        ruleId: ghsa ?? (first ? str(first.source) : null),
        category: name,
      }),
    );
  }
  return out;
}

export function parseNpmAudit(data: unknown, fileName: string): ParsedReport {
  const input = scannerInput(fileName, 'npm audit');
  if (!isObject(data)) throw input.error('top level is not an object', '$');
  if (isObject(data.advisories)) {
    return report('json', 'npm audit', 'npm audit (v6)', v6(data.advisories, input));
  }
  if (isObject(data.vulnerabilities)) {
    const v = typeof data.auditReportVersion === 'number' ? data.auditReportVersion : 2;
    return report('json', 'npm audit', `npm audit (report v${v})`, v7(data.vulnerabilities, input));
  }
  throw input.error('neither advisories nor vulnerabilities is an object', 'advisories');
}
