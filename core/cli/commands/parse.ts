import { readReportFile } from '../../ingest/files';
import { explainReportBytes, parseReportBytes } from '../../ingest/index';
import type { Rejected } from '../../ingest/markdown/explain';
import { SEVERITIES, type ParsedReport } from '../../../shared/types';
import { parseCommandArgs } from '../args';
import { PARSE_HELP } from '../help';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { reportText, rulesFor } from '../../ingest/rule-store';
import { applyRules, appliedText } from '../../ingest/rules';
import { readRulesFile } from './rules';
import { ruleLabel } from '../../../shared/rules';

export function summary(file: string, p: ParsedReport): string {
  const r = p.report;
  const lines = [`${file}`, `  format:   ${r.format}${r.tool ? ` (${r.tool})` : ''}`];
  if (r.title) lines.push(`  title:    ${r.title}`);
  if (r.date) lines.push(`  date:     ${r.date}`);
  if (r.repairs.length) lines.push(`  repairs:  ${r.repairs.join(', ')}`);
  const counts = SEVERITIES.map((s) => [s, p.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n);
  const unrated = p.findings.filter((f) => !f.severity).length;
  const parts = counts.map(([s, n]) => `${s} ${n}`);
  if (unrated) parts.push(`unrated ${unrated}`);
  lines.push(`  findings: ${p.findings.length}${parts.length ? ` (${parts.join(', ')})` : ''}`);
  if (r.claims) {
    const c = Object.entries(r.claims).map(([k, v]) => `${k} ${v}`);
    lines.push(`  claims:   ${c.join(', ')}`);
  }
  if (p.checklists.length) lines.push(`  checklists: ${p.checklists.map((c) => `${c.title} (${c.items.length})`).join('; ')}`);
  if (p.fixOrder.length) lines.push(`  fix order: ${p.fixOrder.length} steps`);
  lines.push('');
  for (const f of p.findings) {
    const loc = f.locations[0];
    const where = loc ? `  ${loc.path}${loc.startLine ? `:${loc.startLine}` : ''}` : '';
    lines.push(`  ${(f.severity ?? '-').padEnd(8)} ${f.ref ? `${f.ref} ` : ''}${f.title}${where}`);
  }
  return lines.join('\n');
}

/** `parse --explain`: each finding with its source lines, record set and what made it one; then the rejected candidates. */
export function explanation(file: string, p: ParsedReport, rejected: Rejected[] | null): string {
  const lines = [summary(file, p).split('\n\n')[0], ''];
  if (rejected === null) {
    lines.push(`  (${p.report.format}: every result is a finding; nothing to explain)`);
    return lines.join('\n');
  }
  lines.push('  findings, with where they were read and why:');
  for (const f of p.findings) {
    const s = f.source;
    const at = s ? `L${s.startLine}${s.endLine !== s.startLine ? `-${s.endLine}` : ''}` : 'L?';
    const conf = f.confidence != null ? ` confidence ${f.confidence.toFixed(2)}` : '';
    lines.push(`  ${at.padEnd(10)} ${(s?.kind ?? '').padEnd(9)} ${(f.severity ?? '-').padEnd(8)} ${f.ref ? `${f.ref} ` : ''}${f.title}`);
    const loc = f.locations[0];
    const fields = [`status ${f.status}`];
    if (f.severityText) fields.push(`severity "${f.severityText}"`);
    if (loc) fields.push(`location ${loc.path}${loc.startLine ? `:${loc.startLine}` : ''}`);
    if (f.category) fields.push(`category "${f.category}"`);
    if (f.effort) fields.push(`effort ${f.effort.text}`);
    lines.push(`  ${''.padEnd(10)} ${s?.set ? `set: ${s.set}; ` : ''}taken for: ${s?.reasons.join(', ') || '-'};${conf}`);
    lines.push(`  ${''.padEnd(10)} ${fields.join('; ')}`);
  }
  lines.push('', `  rejected candidates that came close (${rejected.length}):`);
  for (const r of rejected) {
    const at = `L${r.startLine}${r.endLine !== r.startLine ? `-${r.endLine}` : ''}`;
    lines.push(`  ${at.padEnd(10)} ${r.kind.padEnd(9)} ${JSON.stringify(r.text)}: ${r.reason}${r.fields.length ? ` (stated: ${r.fields.join(', ')})` : ''}`);
  }
  return lines.join('\n');
}

export function parseCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs('parse', args, { json: { type: 'boolean' }, explain: { type: 'boolean' }, rules: { type: 'string' } }, true);
  if (values.help) {
    io.out(PARSE_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('parse: expected exactly one FILE (see punchlist parse --help)');
  const file = positionals[0];
  if (values.rules !== undefined) return parseWithRulesFile(file, values.rules, Boolean(values.json), Boolean(values.explain), io);
  if (values.explain) {
    const { report, rejected } = explainReportBytes(readReportFile(file), file);
    io.out(values.json ? JSON.stringify({ ...report, rejected }, null, 2) : explanation(file, report, rejected));
    return EXIT_OK;
  }
  const parsed = parseReportBytes(readReportFile(file), file);
  io.out(values.json ? JSON.stringify(parsed, null, 2) : summary(file, parsed));
  return EXIT_OK;
}

/** `parse FILE --rules RULES.json`: the rules of the report's family applied as ingest applies them, without a database */
function parseWithRulesFile(file: string, rulesPath: string, json: boolean, explain: boolean, io: CliIO): number {
  const all = readRulesFile(rulesPath).rules.map((r, i) => ({
    id: i + 1,
    family: r.family,
    familyLabel: r.familyLabel ?? null,
    spec: r.spec,
    label: r.label || ruleLabel(r.spec),
    enabled: r.enabled !== false,
    createdAt: r.createdAt ?? '',
  }));
  const bytes = readReportFile(file);
  const { report, rejected } = explainReportBytes(bytes, file);
  const rules = report.report.format === 'markdown' ? rulesFor(all, report.report, file) : [];
  const out = rules.length ? applyRules(reportText(bytes, file), report, rejected, rules) : { report, applied: [] };
  if (json) {
    io.out(JSON.stringify({ ...out.report, ...(explain ? { rejected } : {}), rulesApplied: out.applied }, null, 2));
    return EXIT_OK;
  }
  io.out(explain ? explanation(file, out.report, rejected) : summary(file, out.report));
  io.out(
    report.report.format !== 'markdown'
      ? `  rules: none apply (${report.report.format}: rules are for Markdown reports)`
      : out.applied.length
        ? `  ${appliedText(out.applied)}`
        : `  rules: none of the ${all.length} in ${rulesPath} changed this report (${rules.length} are for its family or project-wide)`,
  );
  return EXIT_OK;
}
