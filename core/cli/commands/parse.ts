import { readReportFile } from '../../ingest/files';
import { parseReportBytes } from '../../ingest/index';
import { SEVERITIES, type ParsedReport } from '../../../shared/types';
import { parseCommandArgs } from '../args';
import { PARSE_HELP } from '../help';
import { EXIT_OK, UsageError, type CliIO } from '../io';

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

export function parseCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs('parse', args, { json: { type: 'boolean' } }, true);
  if (values.help) {
    io.out(PARSE_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('parse: expected exactly one FILE (see punchlist parse --help)');
  const file = positionals[0];
  const parsed = parseReportBytes(readReportFile(file), file);
  io.out(values.json ? JSON.stringify(parsed, null, 2) : summary(file, parsed));
  return EXIT_OK;
}
