// DefectDojo "Generic Findings Import" JSON: {"findings": [{title, severity, description, file_path, line, …}]}.
import { ParseError, type ParsedReport, type Status } from '../../../shared/types';
import {
  codeBlock,
  detailList,
  finding,
  int,
  isObject,
  joinBlocks,
  linkList,
  location,
  report,
  severityFromWord,
  text,
  typeName,
} from './common';

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
  if (!isObject(data) || !Array.isArray(data.findings)) {
    throw new ParseError(`${fileName}: DefectDojo generic JSON: findings is not an array`, 'json', 'findings');
  }
  const list = data.findings;
  const findings = list.map((f, i) => {
    if (!isObject(f)) {
      throw new ParseError(
        `${fileName}: DefectDojo generic JSON: findings[${i}] is not an object (found ${typeName(f)})`,
        'json',
        `findings[${i}]`,
      );
    }
    const sevText = text(f.severity);
    const path = text(f.file_path);
    const line = int(f.line);
    const body = joinBlocks([
      text(f.description),
      f.impact ? `**Impact:** ${text(f.impact)}` : null,
      text(f.steps_to_reproduce) ? `**Steps to reproduce:**\n\n${text(f.steps_to_reproduce)}` : null,
      text(f.mitigation) ? `**Mitigation:**\n\n${text(f.mitigation)}` : null,
      linkList('References', f.references),
      detailList([
        ['CVE', f.cve],
        ['CWE', cwe(f.cwe)],
        ['CVSS v3', f.cvssv3],
        ['Component', text(f.component_name) && [text(f.component_name), text(f.component_version)].filter(Boolean).join(' ')],
        ['Date', f.date],
        ['Tags', f.tags],
        ['Verified', typeof f.verified === 'boolean' ? f.verified : null],
      ]),
      text(f.severity_justification) ? `**Severity justification:** ${text(f.severity_justification)}` : null,
      typeof f.code === 'string' && f.code.trim() ? codeBlock(f.code) : null,
    ]);
    const uid = text(f.unique_id_from_tool);
    return finding({
      ref: uid,
      title: text(f.title) ?? text(f.vuln_id_from_tool) ?? `Finding ${i + 1}`,
      severity: severityFromWord(sevText),
      severityText: sevText,
      status: status(f),
      locations: path ? [location(path, line)] : [],
      body,
      ruleId: text(f.vuln_id_from_tool) ?? text(f.cve),
      fingerprints: uid ? { unique_id_from_tool: uid } : null,
    });
  });
  const name = text(data.name) ?? text(data.type);
  return report('json', 'DefectDojo Generic Findings Import', name ?? 'Generic findings (DefectDojo JSON)', findings);
}
