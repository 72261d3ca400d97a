// Semgrep JSON: {"results": [{check_id, path, start{line,col}, end{line,col}, extra{severity, message, metadata, lines, fix}}], "errors": []}.
import type { ParsedReport } from '../../../shared/types';
import { codeBlock, detailList, finding, firstSentence, int, isObject, joinBlocks, linkList, report, text } from './common';
import { locatedAt, scannerInput, severityOf, snippet } from './result';

export function matchesSemgrep(data: unknown): boolean {
  if (!isObject(data) || !Array.isArray(data.results)) return false;
  const first = data.results[0];
  if (isObject(first)) return 'check_id' in first;
  // an empty Semgrep run still has errors[] / paths / version, and no Bandit metrics
  return !('metrics' in data) && !('generated_at' in data) && ('errors' in data || 'paths' in data || 'version' in data);
}

export function parseSemgrep(data: unknown, fileName: string): ParsedReport {
  const input = scannerInput(fileName, 'Semgrep');
  const top = input.withList(data, 'results');
  const findings = input.mapObjects(top.results, 'results', (r, i) => {
    const extra = isObject(r.extra) ? r.extra : {};
    const meta = isObject(extra.metadata) ? extra.metadata : {};
    const start = isObject(r.start) ? r.start : {};
    const end = isObject(r.end) ? r.end : {};
    const checkId = text(r.check_id);
    const message = text(extra.message) ?? '';
    const fp = text(extra.fingerprint);
    const body = joinBlocks([
      message,
      snippet(extra.lines === 'requires login' ? null : extra.lines),
      text(extra.fix) ? `**Suggested fix:**\n\n${codeBlock(text(extra.fix) as string)}` : null,
      detailList([
        ['Rule', checkId],
        ['CWE', meta.cwe],
        ['OWASP', meta.owasp],
        ['Confidence', meta.confidence],
        ['Impact', meta.impact],
        ['Likelihood', meta.likelihood],
        ['Rule source', meta['source-rule-url'] ?? meta.source],
      ]),
      linkList('References', meta.references),
    ]);
    const shortId = checkId ? checkId.slice(checkId.lastIndexOf('.') + 1) : null;
    return finding({
      title: message ? firstSentence(message) : shortId ?? `Semgrep result ${i + 1}`,
      // Semgrep's three levels: ERROR -> high, WARNING -> medium, INFO -> low (as DefectDojo maps them);
      // newer CRITICAL/HIGH/MEDIUM/LOW words map as written
      ...severityOf(extra.severity, { INFO: 'low' }),
      locations: locatedAt(text(r.path), int(start.line), int(end.line), int(start.col), int(end.col)),
      body,
      ruleId: checkId,
      fingerprints: fp && fp !== 'requires login' ? { fingerprint: fp } : null,
      status: extra.is_ignored === true ? 'wont_fix' : 'open',
      suppression: extra.is_ignored === true ? { kind: 'inSource', status: 'accepted', justification: null } : null,
    });
  });
  const version = text(top.version);
  return report('json', version ? `Semgrep ${version}` : 'Semgrep', 'Semgrep scan', findings);
}
