// punchlist export --format md|csv|json|html|sarif [--out FILE]
import { writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, type ExportFormat } from '../../export';
import { resolveDbPath } from '../../paths';
import { parseCommandArgs } from '../args';
import { longCall, openJobCore } from '../jobs';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveProject, unwrap } from '../project';

export const EXPORT_HELP = `Usage: punchlist export --format md|csv|json|html|sarif [--out FILE] [--db PATH] [--project NAME]

Exports a project:
  md      Markdown fix plan: steps, findings with severity, location, effort, checkboxes, totals
  csv     every finding, one row each (UTF-8 with BOM, quoted; cells that look like formulas are
          neutralised so spreadsheets keep them as text)
  json    the whole project; \`punchlist import FILE.json\` reads it back without loss
  html    a standalone page (no scripts, no external resources); the app prints it to PDF
  sarif   SARIF 2.1.0 with the triage state (suppressions for won't fix / false positive,
          baselineState), for SARIF viewers and code-scanning uploads

Options:
  --format F        one of md, csv, json, html, sarif (required)
  --out FILE        write to FILE (default: standard output)
  --db PATH         database file (default: $PUNCHLIST_DB, else the app's data folder)
  --project NAME    project (default: "Default", else the first project)
  -h, --help        this help
`;

export async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'export',
    args,
    { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, db: { type: 'string' }, project: { type: 'string' } },
    false,
  );
  if (values.help) {
    io.out(EXPORT_HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`export: unexpected argument '${positionals[0]}'`);
  if (!values.format) throw new UsageError(`export: --format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`export: unknown format '${values.format}' (use ${EXPORT_FORMATS.join(', ')})`);
  }
  const core = await openJobCore(resolveDbPath({ argDb: values.db, env: io.env }));
  const call = longCall(io);
  try {
    const project = await resolveProject(core, values.project, false);
    const file = unwrap(await core.call('export.render', { projectId: project.id, format: values.format as ExportFormat }, call.options));
    call.done();
    if (values.out) {
      writeFileSync(values.out, file.text, 'utf8');
      io.err(`wrote ${values.out} (${Buffer.byteLength(file.text, 'utf8')} bytes)`);
    } else {
      io.out(file.text);
    }
    return EXIT_OK;
  } finally {
    call.done();
    await core.close();
  }
}
