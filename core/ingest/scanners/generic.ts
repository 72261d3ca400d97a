// DefectDojo "Generic Findings Import" JSON: {"findings": [{title, severity, description, file_path, line, …}]}.
import type { ParsedReport, Status } from '../../../shared/types';
import { detailList, finding, int, isObject, joinBlocks, linkList, report, text } from './common';
import { idAndName, labelled, locatedAt, scannerInput, severityOf, snippet } from './result';

export function matchesGeneric(data: unknown): boolean {
  return isObject(data) && Array.isArray(data.findings);
}

function status(f: Record<string, unknown>): Status {
  if (f.false_p === true) return 'false_positive';
  if (f.duplicate === true) return 'duplicate';
  if (f.risk_accepted === true || f.out_of_scope === true) return 'wont_fix';
  if (f.is_mitigated === true || f.active === false) return 'fixed';
  return 'open';
}

function cwe(v: unknown): string | null {
  const n = int(v);
  if (n) return `CWE-${n}`;
  return text(v);
}

export function parseGeneric(data: unknown, fileName: string): ParsedReport {
  const input = scannerInput(fileName, 'DefectDojo generic');
  const top = input.withList(data, 'findings');
  const findings = input.mapObjects(top.findings, 'findings', (f, i) => {
    const body = joinBlocks([
      text(f.description),
      labelled('Impact', f.impact),
      labelled('Steps to reproduce', f.steps_to_reproduce, true),
      labelled('Mitigation', f.mitigation, true),
      linkList('References', f.references),
      detailList([
        ['CVE', f.cve],
        ['CWE', cwe(f.cwe)],
        ['CVSS v3', f.cvssv3],
        ['Component', idAndName(f.component_name, f.component_version)],
        ['Date', f.date],
        ['Tags', f.tags],
        ['Verified', typeof f.verified === 'boolean' ? f.verified : null],
      ]),
      labelled('Severity justification', f.severity_justification),
      snippet(f.code),
    ]);
    const uid = text(f.unique_id_from_tool);
    return finding({
      ref: uid,
      title: text(f.title) ?? text(f.vuln_id_from_tool) ?? `Finding ${i + 1}`,
      ...severityOf(f.severity),
      status: status(f),
      locations: locatedAt(text(f.file_path), int(f.line)),
      body,
      ruleId: text(f.vuln_id_from_tool) ?? text(f.cve),
      fingerprints: uid ? { unique_id_from_tool: uid } : null,
    });
  });
  const name = text(top.name) ?? text(top.type);
  return report('json', 'DefectDojo Generic Findings Import', name ?? 'Generic findings (DefectDojo JSON)', findings);
}
