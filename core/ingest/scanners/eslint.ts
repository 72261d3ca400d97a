// ESLint JSON formatter output: [{filePath, messages: [{ruleId, severity, message, line, column, endLine, endColumn, fatal}], suppressedMessages?}].
import type { ParsedFinding, ParsedReport, Severity } from '../../../shared/types';
import { finding, firstSentence, inlineCode, int, isObject, joinBlocks, location, report, text, typeName } from './common';
import { scannerInput } from './result';

export function matchesEslint(data: unknown): boolean {
  if (!Array.isArray(data) || data.length === 0) return false;
  const first = data[0];
  return isObject(first) && typeof first.filePath === 'string' && Array.isArray(first.messages);
}

/**
 * ESLint's severity is a configuration level, not an impact assessment: 2 ("error") means the
 * project chose to fail the lint run on it, 1 ("warning") that it only reports it. Most rules are
 * correctness/style checks, so an error is a medium defect and a warning a low one; parse errors
 * (`fatal: true`) are high because the file could not be analysed at all. Security plugins' rules
 * arrive as medium and can be raised during triage.
 */
function eslintSeverity(sev: unknown, fatal: boolean): { severity: Severity | null; text: string | null } {
  if (fatal) return { severity: 'high', text: 'fatal' };
  if (sev === 2) return { severity: 'medium', text: 'error' };
  if (sev === 1) return { severity: 'low', text: 'warning' };
  if (sev === 0) return { severity: 'info', text: 'off' };
  return { severity: null, text: text(sev) };
}

export function parseEslint(data: unknown, fileName: string): ParsedReport {
  const input = scannerInput(fileName, 'ESLint');
  if (!Array.isArray(data)) throw input.error(`top level is ${typeName(data)}, expected an array`, '$');
  const findings: ParsedFinding[] = [];
  data.forEach((file, i) => {
    if (!isObject(file) || typeof file.filePath !== 'string') {
      throw input.error(`[${i}] is not a {filePath, messages} object`, `[${i}]`);
    }
    const path = file.filePath;
    const groups: [string, unknown][] = [
      ['messages', file.messages],
      ['suppressedMessages', file.suppressedMessages],
    ];
    for (const [key, list] of groups) {
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        throw input.error(`[${i}].${key} is not an array`, `[${i}].${key}`);
      }
      list.forEach((m, j) => {
        if (!isObject(m)) {
          throw input.error(`[${i}].${key}[${j}] is not an object`, `[${i}].${key}[${j}]`);
        }
        const fatal = m.fatal === true;
        const sev = eslintSeverity(m.severity, fatal);
        const message = text(m.message) ?? '';
        const ruleId = text(m.ruleId);
        const sup = key === 'suppressedMessages' && Array.isArray(m.suppressions) && isObject(m.suppressions[0]) ? m.suppressions[0] : null;
        const fix = isObject(m.fix) ? 'An automatic fix is available (`eslint --fix`).' : null;
        findings.push(
          finding({
            title: message ? firstSentence(message) : (ruleId ?? 'ESLint message'),
            severity: sev.severity,
            severityText: sev.text,
            locations: [location(path, int(m.line), int(m.endLine), int(m.column), int(m.endColumn))],
            body: joinBlocks([message, ruleId ? `**Rule:** ${inlineCode(ruleId)}` : fatal ? '**Parse error**' : null, fix]),
            ruleId,
            status: key === 'suppressedMessages' ? 'wont_fix' : 'open',
            suppression:
              key === 'suppressedMessages'
                ? { kind: (sup && text(sup.kind)) ?? 'directive', status: 'accepted', justification: (sup && text(sup.justification)) ?? null }
                : null,
          }),
        );
      });
    }
  });
  return report('json', 'ESLint', 'ESLint results', findings);
}
