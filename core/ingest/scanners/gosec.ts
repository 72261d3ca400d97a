// gosec JSON: {"Issues": [{severity, confidence, rule_id, details, file, code, line: "36-39", column, cwe}], "Stats": {…}}.
import type { ParsedReport } from '../../../shared/types';
import { detailList, finding, firstSentence, int, isObject, joinBlocks, report, statusForSuppression, text, typeName } from './common';
import { locatedAt, scannerInput, severityOf, snippet } from './result';

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
  const input = scannerInput(fileName, 'gosec');
  if (!isObject(data)) throw input.error(`top level is ${typeName(data)}`, '$');
  const issues = data.Issues ?? [];
  if (!Array.isArray(issues)) throw input.error('Issues is not an array', 'Issues');
  const findings = input.mapObjects(issues, 'Issues', (it, i) => {
    const details = text(it.details) ?? '';
    const { start, end } = gosecLines(it.line);
    const cwe = isObject(it.cwe) ? it.cwe : null;
    const sups = Array.isArray(it.suppressions) ? it.suppressions.filter(isObject) : [];
    const sup = sups[0] ?? (it.nosec === true ? { kind: 'inSource' } : null);
    const justification = sup ? text(sup.justification) : null;
    return finding({
      title: details ? firstSentence(details) : (text(it.rule_id) ?? `gosec issue ${i + 1}`),
      ...severityOf(it.severity),
      locations: locatedAt(text(it.file), start, end, int(it.column)),
      body: joinBlocks([
        details,
        snippet(it.code, 'go'),
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
