// Trivy JSON (SchemaVersion 2): Results[] each with Vulnerabilities[], Misconfigurations[], Secrets[].
import { ParseError, type ParsedFinding, type ParsedReport } from '../../../shared/types';
import {
  codeBlock,
  detailList,
  finding,
  int,
  isObject,
  isoDate,
  joinBlocks,
  linkList,
  location,
  report,
  severityFromWord,
  text,
  typeName,
  type JsonObject,
} from './common';

export function matchesTrivy(data: unknown): boolean {
  return isObject(data) && (Array.isArray(data.Results) || ('SchemaVersion' in data && 'ArtifactName' in data));
}

function sev(v: unknown) {
  const t = text(v);
  return { severity: t && t.toUpperCase() === 'UNKNOWN' ? null : severityFromWord(t), text: t };
}

function list(res: JsonObject, key: string, i: number, fileName: string): JsonObject[] {
  const v = res[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ParseError(`${fileName}: Trivy JSON: Results[${i}].${key} is not an array`, 'json', `Results[${i}].${key}`);
  return v.map((x, j) => {
    if (!isObject(x)) throw new ParseError(`${fileName}: Trivy JSON: Results[${i}].${key}[${j}] is not an object`, 'json', `Results[${i}].${key}[${j}]`);
    return x;
  });
}

function cvss(v: unknown): string | null {
  if (!isObject(v)) return null;
  const parts: string[] = [];
  for (const src of Object.keys(v)) {
    const c = v[src];
    if (isObject(c) && typeof c.V3Score === 'number') parts.push(`${c.V3Score} (${src})`);
  }
  return parts.length ? parts.join(', ') : null;
}

export function parseTrivy(data: unknown, fileName: string): ParsedReport {
  if (!isObject(data)) throw new ParseError(`${fileName}: Trivy JSON: top level is ${typeName(data)}`, 'json', '$');
  const results = data.Results ?? [];
  if (!Array.isArray(results)) throw new ParseError(`${fileName}: Trivy JSON: Results is not an array`, 'json', 'Results');
  const findings: ParsedFinding[] = [];
  results.forEach((res, i) => {
    if (!isObject(res)) throw new ParseError(`${fileName}: Trivy JSON: Results[${i}] is not an object`, 'json', `Results[${i}]`);
    const target = text(res.Target) ?? text(data.ArtifactName) ?? '';
    for (const v of list(res, 'Vulnerabilities', i, fileName)) {
      const s = sev(v.Severity);
      const id = text(v.VulnerabilityID);
      const pkg = text(v.PkgName);
      findings.push(
        finding({
          title: text(v.Title) ?? `${id ?? 'Vulnerability'}${pkg ? ` in ${pkg}` : ''}`,
          severity: s.severity,
          severityText: s.text,
          category: 'Vulnerabilities',
          locations: target ? [location(text(v.PkgPath) ?? target)] : [],
          body: joinBlocks([
            text(v.Description),
            detailList([
              ['Vulnerability', id],
              ['Package', pkg],
              ['Installed version', v.InstalledVersion],
              ['Fixed version', v.FixedVersion],
              ['Status', v.Status],
              ['CWE', v.CweIDs],
              ['CVSS v3', cvss(v.CVSS)],
              ['Severity source', v.SeveritySource],
              ['Primary URL', v.PrimaryURL],
              ['Target', target],
            ]),
            linkList('References', v.References),
          ]),
          ruleId: id,
        }),
      );
    }
    for (const m of list(res, 'Misconfigurations', i, fileName)) {
      if (text(m.Status) === 'PASS') continue; // passed checks (--include-non-failures) are not findings
      const s = sev(m.Severity);
      const cm = isObject(m.CauseMetadata) ? m.CauseMetadata : {};
      const start = int(cm.StartLine);
      findings.push(
        finding({
          title: text(m.Title) ?? text(m.ID) ?? 'Misconfiguration',
          severity: s.severity,
          severityText: s.text,
          category: 'Misconfigurations',
          locations: target ? [location(target, start, int(cm.EndLine))] : [],
          body: joinBlocks([
            text(m.Message),
            text(m.Description),
            text(m.Resolution) ? `**Resolution:** ${text(m.Resolution)}` : null,
            detailList([
              ['Check', text(m.ID) && [text(m.ID), text(m.Type)].filter(Boolean).join(' — ')],
              ['Status', m.Status],
              ['Primary URL', m.PrimaryURL],
            ]),
            linkList('References', m.References),
          ]),
          ruleId: text(m.AVDID) ?? text(m.ID),
        }),
      );
    }
    for (const sct of list(res, 'Secrets', i, fileName)) {
      const s = sev(sct.Severity);
      const match = text(sct.Match);
      findings.push(
        finding({
          title: text(sct.Title) ?? text(sct.RuleID) ?? 'Secret',
          severity: s.severity,
          severityText: s.text,
          category: 'Secrets',
          locations: target ? [location(target, int(sct.StartLine), int(sct.EndLine))] : [],
          body: joinBlocks([
            `A secret (${text(sct.Category) ?? 'unknown kind'}) was found in ${target ? '`' + target + '`' : 'the scanned artifact'}.`,
            match ? codeBlock(match) : null,
            detailList([['Rule', sct.RuleID]]),
          ]),
          ruleId: text(sct.RuleID),
        }),
      );
    }
  });
  const artifact = text(data.ArtifactName);
  return report('json', 'Trivy', artifact ? `Trivy scan of ${artifact}` : 'Trivy scan', findings, isoDate(data.CreatedAt));
}
