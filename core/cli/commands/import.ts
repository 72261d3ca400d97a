// punchlist import FILE.json: re-import a Punchlist JSON export as a new project.
import { readFileSync } from 'node:fs';
import { resolveDbPath } from '../../paths';
import { parseCommandArgs } from '../args';
import { longCall, openJobCore } from '../jobs';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { unwrap } from '../project';

export const IMPORT_HELP = `Usage: punchlist import FILE.json [--db PATH] [--into NAME] [--json]

Re-imports a Punchlist JSON export (\`punchlist export --format json\`): every report, finding,
status, note, effort, dependency, checklist and the manual plan order, with new ids, in one
transaction. The export becomes a new project named after the exported one (made unique), or
goes into the existing empty project --into NAME. A broken file changes nothing.
To add audit reports (Markdown, SARIF, scanner JSON) use \`punchlist ingest\`.

Options:
  --db PATH       database file (default: $PUNCHLIST_DB, else the app's data folder)
  --into NAME     an existing project without reports to import into
  --json          print the result as JSON
  -h, --help      this help
`;

export async function importCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, { db: { type: 'string' }, into: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (values.help) {
    io.out(IMPORT_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError('import: expected exactly one FILE.json (see punchlist import --help)');
  const bytes = readFileSync(positionals[0]);
  const core = await openJobCore(resolveDbPath({ argDb: values.db, env: io.env }));
  const call = longCall(io);
  try {
    let projectId: number | undefined;
    if (values.into !== undefined) {
      const p = unwrap(await core.call('projects.list', {})).find((x) => x.name === values.into);
      if (!p) throw new Error(`no project named "${values.into}"`);
      projectId = p.id;
    }
    const r = await core.call('import.json', { base64: bytes.toString('base64'), projectId }, call.options);
    call.done();
    if (!r.ok) throw new Error(`${positionals[0]}: ${r.error.message}`);
    const v = r.value;
    io.out(
      values.json
        ? JSON.stringify(v, null, 2)
        : `${positionals[0]}: imported ${v.findings} finding${v.findings === 1 ? '' : 's'}, ${v.reports} report${v.reports === 1 ? '' : 's'}, ${v.checklists} checklist${v.checklists === 1 ? '' : 's'} into project "${v.project.name}"`,
    );
    return EXIT_OK;
  } finally {
    call.done();
    await core.close();
  }
}
