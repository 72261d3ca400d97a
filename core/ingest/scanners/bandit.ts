// Bandit JSON: {"results": [{test_id, test_name, issue_severity, issue_confidence, issue_text, filename, line_number, line_range, code}], "metrics": {…}}.
import { ParseError, type ParsedReport } from '../../../shared/types';
import {
  codeBlock,
  detailList,
  finding,
  firstSentence,
  int,
  isObject,
  isoDate,
  joinBlocks,
  location,
  report,
  severityFromWord,
  text,
  typeName,
} from './common';

export function matchesBandit(data: unknown): boolean {
  if (!isObject(data) || !Array.isArray(data.results)) return false;
  const first = data.results[0];
  if (isObject(first)) return 'test_id' in first || 'issue_severity' in first;
  return 'metrics' in data || 'generated_at' in data;
}

export function parseBandit(data: unknown, fileName: string): ParsedReport {
  if (!isObject(data) || !Array.isArray(data.results)) {
    throw new ParseError(`${fileName}: Bandit JSON: results is not an array`, 'json', 'results');
  }
  const findings = data.results.map((r, i) => {
    if (!isObject(r)) {
      throw new ParseError(`${fileName}: Bandit JSON: results[${i}] is not an object (found ${typeName(r)})`, 'json', `results[${i}]`);
    }
    const sevText = text(r.issue_severity);
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
    const path = text(r.filename);
    const body = joinBlocks([
      issue,
      typeof r.code === 'string' && r.code.trim() ? codeBlock(r.code, 'python') : null,
      detailList([
        ['Test', text(r.test_id) && [text(r.test_id), text(r.test_name)].filter(Boolean).join(' ')],
        ['Confidence', r.issue_confidence],
        ['CWE', cwe && int(cwe.id) ? `CWE-${cwe.id}` : null],
        ['More info', r.more_info],
      ]),
    ]);
    return finding({
      title: issue ? firstSentence(issue) : (text(r.test_name) ?? `Bandit issue ${i + 1}`),
      severity: sevText && sevText.toUpperCase() === 'UNDEFINED' ? null : severityFromWord(sevText),
      severityText: sevText,
      locations: path ? [location(path, line, endLine, col, endCol)] : [],
      body,
      ruleId: text(r.test_id),
    });
  });
  return report('json', 'Bandit', 'Bandit scan', findings, isoDate(data.generated_at));
}
