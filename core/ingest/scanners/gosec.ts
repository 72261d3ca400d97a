// gosec JSON: {"Issues": [{severity, confidence, rule_id, details, file, code, line: "36-39", column, cwe}], "Stats": {…}}.
import { ParseError, type ParsedReport } from '../../../shared/types';
import {
  codeBlock,
  detailList,
  finding,
  firstSentence,
  int,
  isObject,
  joinBlocks,
  location,
  report,
  severityFromWord,
  statusForSuppression,
  text,
  typeName,
} from './common';

export function matchesGosec(data: unknown): boolean {
  return isObject(data) && (Array.isArray(data.Issues) || (data.Issues === null && isObject(data.Stats)));
}

/** gosec writes `line` as a string: "79", or a range "36-39". */
export function gosecLines(v: unknown): { start: number | null; end: number | null } {
  if (typeof v === 'number') return { start: int(v), end: int(v) };
  if (typeof v !== 'string') return { start: null, end: null };
  const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(v);
  if (!m) return { start: null, end: null };
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : start;
  return { start: start || null, end: (end >= start ? end : start) || null };
}

export function parseGosec(data: unknown, fileName: string): ParsedReport {
  if (!isObject(data)) throw new ParseError(`${fileName}: gosec JSON: top level is ${typeName(data)}`, 'json', '$');
  const issues = data.Issues ?? [];
  if (!Array.isArray(issues)) throw new ParseError(`${fileName}: gosec JSON: Issues is not an array`, 'json', 'Issues');
  const findings = issues.map((it, i) => {
    if (!isObject(it)) throw new ParseError(`${fileName}: gosec JSON: Issues[${i}] is not an object (found ${typeName(it)})`, 'json', `Issues[${i}]`);
    const sevText = text(it.severity);
    const details = text(it.details) ?? '';
    const path = text(it.file);
    const { start, end } = gosecLines(it.line);
    const col = int(it.column);
    const cwe = isObject(it.cwe) ? it.cwe : null;
    const sups = Array.isArray(it.suppressions) ? it.suppressions.filter(isObject) : [];
    const sup = sups[0] ?? (it.nosec === true ? { kind: 'inSource' } : null);
    const justification = sup ? text(sup.justification) : null;
    return finding({
      title: details ? firstSentence(details) : (text(it.rule_id) ?? `gosec issue ${i + 1}`),
      severity: severityFromWord(sevText),
      severityText: sevText,
      locations: path ? [location(path, start, end, col)] : [],
      body: joinBlocks([
        details,
        typeof it.code === 'string' && it.code.trim() ? codeBlock(it.code, 'go') : null,
        detailList([
          ['Rule', it.rule_id],
          ['Confidence', it.confidence],
          ['CWE', cwe && text(cwe.id) ? `CWE-${text(cwe.id)}` : null],
          ['CWE URL', cwe ? cwe.url : null],
        ]),
      ]),
      ruleId: text(it.rule_id),
      status: sup ? statusForSuppression(justification) : 'open',
      suppression: sup ? { kind: text(sup.kind) ?? 'inSource', status: 'accepted', justification } : null,
    });
  });
  const version = text(data.GosecVersion);
  return report('json', version ? `gosec ${version}` : 'gosec', 'gosec scan', findings);
}
