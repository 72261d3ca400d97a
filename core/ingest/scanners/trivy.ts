// Trivy JSON (SchemaVersion 2): Results[] each with Vulnerabilities[], Misconfigurations[], Secrets[].
import type { ParsedFinding, ParsedReport } from '../../../shared/types';
import { codeBlock, detailList, finding, int, isObject, isoDate, joinBlocks, linkList, location, report, text, typeName, type JsonObject } from './common';
import { idAndName, labelled, locatedAt, scannerInput, severityOf, type ScannerInput } from './result';

export function matchesTrivy(data: unknown): boolean {
  return isObject(data) && (Array.isArray(data.Results) || ('SchemaVersion' in data && 'ArtifactName' in data));
}

/** Trivy's UNKNOWN severity is no rating */
const severity = (v: unknown) => severityOf(v, { UNKNOWN: null });

function list(res: JsonObject, key: string, i: number, input: ScannerInput): JsonObject[] {
  const v = res[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw input.error(`Results[${i}].${key} is not an array`, `Results[${i}].${key}`);
  return v.map((x, j) => {
    if (!isObject(x)) throw input.error(`Results[${i}].${key}[${j}] is not an object`, `Results[${i}].${key}[${j}]`);
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
  const input = scannerInput(fileName, 'Trivy');
  if (!isObject(data)) throw input.error(`top level is ${typeName(data)}`, '$');
  const results = data.Results ?? [];
  if (!Array.isArray(results)) throw input.error('Results is not an array', 'Results');
  const findings: ParsedFinding[] = [];
  results.forEach((res, i) => {
    if (!isObject(res)) throw input.error(`Results[${i}] is not an object`, `Results[${i}]`);
    const target = text(res.Target) ?? text(data.ArtifactName) ?? '';
    for (const v of list(res, 'Vulnerabilities', i, input)) {
      const id = text(v.VulnerabilityID);
      const pkg = text(v.PkgName);
      findings.push(
        finding({
          title: text(v.Title) ?? `${id ?? 'Vulnerability'}${pkg ? ` in ${pkg}` : ''}`,
          ...severity(v.Severity),
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
    for (const m of list(res, 'Misconfigurations', i, input)) {
      if (text(m.Status) === 'PASS') continue; // passed checks (--include-non-failures) are not findings
      const cm = isObject(m.CauseMetadata) ? m.CauseMetadata : {};
      findings.push(
        finding({
          title: text(m.Title) ?? text(m.ID) ?? 'Misconfiguration',
          ...severity(m.Severity),
          category: 'Misconfigurations',
          locations: locatedAt(target, int(cm.StartLine), int(cm.EndLine)),
          body: joinBlocks([
            text(m.Message),
            text(m.Description),
            labelled('Resolution', m.Resolution),
            detailList([
              ['Check', idAndName(m.ID, m.Type, ' — ')],
              ['Status', m.Status],
              ['Primary URL', m.PrimaryURL],
            ]),
            linkList('References', m.References),
          ]),
          ruleId: text(m.AVDID) ?? text(m.ID),
        }),
      );
    }
    for (const sct of list(res, 'Secrets', i, input)) {
      const match = text(sct.Match);
      findings.push(
        finding({
          title: text(sct.Title) ?? text(sct.RuleID) ?? 'Secret',
          ...severity(sct.Severity),
          category: 'Secrets',
          locations: locatedAt(target, int(sct.StartLine), int(sct.EndLine)),
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
