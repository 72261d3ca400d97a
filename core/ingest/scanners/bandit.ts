// Bandit JSON: {"results": [{test_id, test_name, issue_severity, issue_confidence, issue_text, filename, line_number, line_range, code}], "metrics": {…}}.
import type { ParsedReport } from '../../../shared/types';
import { detailList, finding, firstSentence, int, isObject, isoDate, joinBlocks, report, text } from './common';
import { idAndName, locatedAt, scannerInput, severityOf, snippet } from './result';

export function matchesBandit(data: unknown): boolean {
  if (!isObject(data) || !Array.isArray(data.results)) return false;
  const first = data.results[0];
  if (isObject(first)) return 'test_id' in first || 'issue_severity' in first;
  return 'metrics' in data || 'generated_at' in data;
}

export function parseBandit(data: unknown, fileName: string): ParsedReport {
  const input = scannerInput(fileName, 'Bandit');
  const top = input.withList(data, 'results');
  const findings = input.mapObjects(top.results, 'results', (r, i) => {
    const issue = text(r.issue_text) ?? '';
    const line = int(r.line_number);
    let endLine = line;
    if (Array.isArray(r.line_range)) {
      for (const n of r.line_range) {
        const v = int(n);
        if (v && (endLine === null || v > endLine)) endLine = v;
      }
    }
    const col = typeof r.col_offset === 'number' && r.col_offset >= 0 ? r.col_offset + 1 : null;
    const endCol = typeof r.end_col_offset === 'number' && r.end_col_offset >= 0 ? r.end_col_offset + 1 : null;
    const cwe = isObject(r.issue_cwe) ? r.issue_cwe : null;
    const body = joinBlocks([
      issue,
      snippet(r.code, 'python'),
      detailList([
        ['Test', idAndName(r.test_id, r.test_name)],
        ['Confidence', r.issue_confidence],
        ['CWE', cwe && int(cwe.id) ? `CWE-${cwe.id}` : null],
        ['More info', r.more_info],
      ]),
    ]);
    return finding({
      title: issue ? firstSentence(issue) : (text(r.test_name) ?? `Bandit issue ${i + 1}`),
      ...severityOf(r.issue_severity, { UNDEFINED: null }),
      locations: locatedAt(text(r.filename), line, endLine, col, endCol),
      body,
      ruleId: text(r.test_id),
    });
  });
  return report('json', 'Bandit', 'Bandit scan', findings, isoDate(top.generated_at));
}
