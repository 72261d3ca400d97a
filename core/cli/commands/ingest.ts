import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { looksLikePunchlistExport } from '../../export/json';
import { resolve } from 'node:path';
import type { IngestFileResult } from '../../../shared/api';
import { SEVERITIES, type Severity } from '../../../shared/types';
import { isPostgresUrl } from '../../../db/location';
import { resolveDbPath } from '../../paths';
import { listOption, parseCommandArgs } from '../args';
import { longCall, openJobCore } from '../jobs';
import { INGEST_HELP } from '../help';
import { EXIT_FAIL, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { resolveProject, unwrap } from '../project';

/** a --fail-on condition: new findings at or above a severity, or open deployment blockers */
type Condition = { kind: 'new'; severity: Severity; name: string } | { kind: 'open-blockers'; name: string };

function conditions(values: string[]): Condition[] {
  return values.map((v) => {
    const name = v.toLowerCase();
    if (name === 'open-blockers') return { kind: 'open-blockers', name };
    const m = /^new:(\w+)$/.exec(name);
    if (m && (SEVERITIES as readonly string[]).includes(m[1])) return { kind: 'new', severity: m[1] as Severity, name };
    throw new UsageError(`ingest: --fail-on ${v}: expected new:critical, new:high, new:medium, new:low, new:info or open-blockers`);
  });
}

/** what made a file fail the gate, one sentence each */
function fired(r: Extract<IngestFileResult, { ok: true }>, when: readonly Condition[]): string[] {
  const gate = r.gate;
  if (!gate) return [];
  const out: string[] = [];
  for (const c of when) {
    if (c.kind === 'open-blockers') {
      if (gate.openBlockers > 0) out.push(`${c.name}: ${gate.openBlockers} open finding${gate.openBlockers === 1 ? '' : 's'} blocking deployment`);
      continue;
    }
    const at = SEVERITIES.slice(0, SEVERITIES.indexOf(c.severity) + 1).filter((s) => gate.newBySeverity[s] > 0);
    const n = at.reduce((sum, s) => sum + gate.newBySeverity[s], 0);
    if (n) out.push(`${c.name}: ${n} new finding${n === 1 ? '' : 's'} (${at.map((s) => `${gate.newBySeverity[s]} ${s}`).join(', ')})`);
  }
  return out;
}

export async function ingestCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'ingest',
    args,
    {
      db: { type: 'string' },
      project: { type: 'string' },
      json: { type: 'boolean' },
      'as-new': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'close-absent': { type: 'boolean' },
      baseline: { type: 'string' },
      'fail-on': { type: 'string', multiple: true },
    },
    true,
  );
  if (values.help) {
    io.out(INGEST_HELP);
    return EXIT_OK;
  }
  if (!positionals.length) throw new UsageError('ingest: expected at least one FILE or DIR (see punchlist ingest --help)');
  if (values['as-new'] && values.baseline !== undefined) throw new UsageError('ingest: --as-new adds a separate report; --baseline compares with a version of one (not both)');
  if (values['as-new'] && values['close-absent']) throw new UsageError('ingest: --close-absent closes what a newer version no longer has; --as-new adds a separate report (not both)');
  const failOn = conditions(listOption(values['fail-on']));
  const dryRun = Boolean(values['dry-run'] || values.baseline !== undefined);
  const dbPath = resolveDbPath({ argDb: values.db, env: io.env });
  // nothing is written in a dry run: not even a database or a project that does not exist yet (it
  // then runs against an empty one in memory: every file would be a new report)
  let core = await openJobCore(dryRun && !isPostgresUrl(dbPath) && !existsSync(dbPath) ? ':memory:' : dbPath);
  const call = longCall(io);
  try {
    let project = await resolveProject(core, values.project, !dryRun).catch((e: unknown) => {
      if (!dryRun) throw e;
      return null;
    });
    if (!project) {
      await core.close();
      core = await openJobCore(':memory:');
      project = await resolveProject(core, values.project, true);
    }
    // a Punchlist JSON export named on the command line is imported as a new project (punchlist import)
    const exports = positionals.filter(isPunchlistExport);
    const reports = positionals.filter((p) => !exports.includes(p));
    for (const file of exports) {
      if (dryRun) {
        io.out(`${file}: a Punchlist JSON export: would import it as a new project`);
        continue;
      }
      const r = await core.call('import.json', { base64: readFileSync(file).toString('base64') });
      if (!r.ok) {
        io.err(`error: ${file}: ${r.error.message}`);
        return EXIT_FAIL;
      }
      io.out(`${file}: a Punchlist JSON export: imported ${r.value.findings} findings, ${r.value.reports} reports into project "${r.value.project.name}"`);
    }
    if (!reports.length) return EXIT_OK;
    const results = unwrap(
      await core.call('ingest.paths', {
        projectId: project.id,
        paths: reports.map((p) => resolve(p)),
        asNew: values['as-new'],
        dryRun: values['dry-run'],
        closeAbsent: values['close-absent'],
        baseline: values.baseline,
      }, call.options),
    );
    call.done();
    let failed = 0;
    let gated = 0;
    const out = results.map((r) => {
      if (!r.ok) {
        failed++;
        return r;
      }
      const why = failOn.length ? fired(r, failOn) : [];
      if (why.length) gated++;
      return failOn.length ? { ...r, failOn: why } : r;
    });
    if (values.json) io.out(JSON.stringify(out, null, 2));
    else {
      for (const r of out) {
        if (!r.ok) io.err(`error: ${r.error}`);
        else {
          io.out(r.summary ?? r.file);
          for (const why of 'failOn' in r ? r.failOn : []) io.err(`fail-on ${why} — ${r.file}`);
        }
      }
    }
    if (!results.length) {
      io.err('ingest: no files found');
      return EXIT_FAIL;
    }
    if (failed) return EXIT_FAIL;
    return gated ? EXIT_USAGE : EXIT_OK;
  } finally {
    call.done();
    await core.close();
  }
}

/** a file (not a folder) whose first bytes are a Punchlist JSON export's */
function isPunchlistExport(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(200);
      const n = readSync(fd, head, 0, 200, 0);
      return looksLikePunchlistExport(head.subarray(0, n));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // unreadable: ingest names the file and the problem
  }
}
