import { resolve } from 'node:path';
import { resolveDbPath } from '../../paths';
import { openCoreAsync } from '../../service';
import { parseCommandArgs } from '../args';
import { INGEST_HELP } from '../help';
import { EXIT_FAIL, EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveProject, unwrap } from '../project';

export async function ingestCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'ingest',
    args,
    { db: { type: 'string' }, project: { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  if (values.help) {
    io.out(INGEST_HELP);
    return EXIT_OK;
  }
  if (!positionals.length) throw new UsageError('ingest: expected at least one FILE or DIR (see punchlist ingest --help)');
  const core = await openCoreAsync({ dbPath: resolveDbPath({ argDb: values.db, env: io.env }), actor: 'cli' });
  try {
    const project = await resolveProject(core, values.project, true);
    const results = unwrap(await core.call('ingest.paths', { projectId: project.id, paths: positionals.map((p) => resolve(p)) }));
    let failed = 0;
    if (values.json) io.out(JSON.stringify(results, null, 2));
    for (const r of results) {
      if (!r.ok) failed++;
      if (values.json) continue;
      if (!r.ok) io.err(`error: ${r.error}`);
      else if (r.alreadyPresent) io.out(`${r.file}: already present`);
      else io.out(`${r.file}: added ${r.added} finding${r.added === 1 ? '' : 's'} (${r.format})${r.repairs.length ? ` [repaired: ${r.repairs.join(', ')}]` : ''}`);
    }
    if (!results.length) {
      io.err('ingest: no files found');
      return EXIT_FAIL;
    }
    return failed ? EXIT_FAIL : EXIT_OK;
  } finally {
    core.close();
  }
}
