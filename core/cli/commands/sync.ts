// punchlist push / pull: a local project into a team database and back (core/team/sync.ts).
import { displayLocation, isPostgresUrl } from '../../../db/location';
import { openStore, type OpenStore } from '../../../db';
import type { CoreContext } from '../../service/context';
import { announceCommits } from '../../service/live';
import { copyProject, conflictLine, findingLinks, lastEventOf, PushConflicts, pushEdits, readOrigin, writeOrigin, type Side } from '../../team/sync';
import { resolveDbPath } from '../../paths';
import { listOption, parseCommandArgs } from '../args';
import { PULL_HELP, PUSH_HELP } from '../help';
import { EXIT_FAIL, EXIT_OK, UsageError, type CliIO } from '../io';

function contextOf(opened: OpenStore, location: string): CoreContext {
  return {
    db: opened.db,
    runner: opened.runner,
    dbPath: location,
    schemaVersion: opened.schemaVersion,
    actor: opened.engine === 'postgres' && opened.user ? opened.user : 'cli',
    now: () => new Date().toISOString(),
  };
}

/** the URL a copy remembers: no password (PGPASSWORD or ~/.pgpass give it) */
function withoutPassword(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

/** the same team database: host, port, database and login, whatever the password */
const sameServer = (a: string, b: string) => withoutPassword(a) === withoutPassword(b);

function projectByName(ctx: CoreContext, name: string | undefined, where: string): { id: number; name: string } {
  const all = ctx.runner.all(ctx.db.selectFrom('projects').select(['id', 'name']).orderBy('id'));
  if (name === undefined) {
    if (all.length === 1) return all[0];
    throw new UsageError(`${where} has ${all.length} projects: name one with --project NAME (${all.map((p) => p.name).join(', ')})`);
  }
  const p = all.find((x) => x.name === name);
  if (!p) throw new Error(`${where} has no project named "${name}"`);
  return p;
}

function parseTake(values: string[]): { take?: Side; decide: Map<string, Side> } {
  let take: Side | undefined;
  const decide = new Map<string, Side>();
  for (const v of values) {
    if (v === 'mine' || v === 'theirs') take = v;
    else {
      const m = /^(\d+):(\w+)=(mine|theirs)$/.exec(v);
      if (!m) throw new UsageError(`push: --take expects mine, theirs or FINDING:FIELD=mine|theirs, got "${v}"`);
      decide.set(`${m[1]}:${m[2]}`, m[3] as Side);
    }
  }
  return { take, decide };
}

export async function pushCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'push',
    args,
    { db: { type: 'string' }, to: { type: 'string' }, project: { type: 'string' }, take: { type: 'string', multiple: true } },
    false,
  );
  if (values.help) {
    io.out(PUSH_HELP);
    return EXIT_OK;
  }
  void positionals;
  const to = values.to;
  if (!to || !isPostgresUrl(to)) throw new UsageError('push: --to postgres://… (the team database) is required');
  const from = resolveDbPath({ argDb: values.db, env: io.env });
  if (isPostgresUrl(from)) throw new UsageError('push: --db is the local copy (a SQLite file); the team database goes to --to');
  const { take, decide } = parseTake(listOption(values.take));
  const local = openStore(from);
  try {
    const team = openStore(to);
    try {
      const lc = contextOf(local, from);
      const tc = contextOf(team, to);
      const project = projectByName(lc, values.project, from);
      const origin = readOrigin(lc, project.id);
      // the team's apps see the pushed changes at once (a new project: any project may have changed)
      announceCommits(team, origin && sameServer(origin.url, to) ? origin.projectId : null);
      if (origin && sameServer(origin.url, to)) {
        try {
          const { outcome } = pushEdits(lc, tc, project.id, origin, { take, decide, reason: `offline edit pushed from ${from}` });
          for (const d of outcome.decided) io.out(conflictLine(d).replace(/^conflict:/, `took ${d.take}:`));
          io.out(
            `pushed ${outcome.fields} change${outcome.fields === 1 ? '' : 's'} of ${outcome.findings} finding${outcome.findings === 1 ? '' : 's'} to "${origin.project}" on ${displayLocation(to)}` +
              (outcome.notPushed ? `; ${outcome.notPushed} offline change${outcome.notPushed === 1 ? '' : 's'} of other kinds stay in the copy` : ''),
          );
          return EXIT_OK;
        } catch (e) {
          if (!(e instanceof PushConflicts)) throw e;
          for (const c of e.conflicts) io.err(conflictLine(c));
          io.err(
            `punchlist push: ${e.message}; decide with --take mine (your values replace theirs), --take theirs (theirs stay, your copy takes them) or per conflict --take FINDING:FIELD=mine|theirs`,
          );
          return EXIT_FAIL;
        }
      }
      if (origin) throw new Error(`project "${project.name}" is a copy of ${displayLocation(origin.url)}; push it there`);
      const name = project.name;
      const exists = tc.runner.first(tc.db.selectFrom('projects').select('id').where('name', '=', name));
      if (exists) throw new Error(`the team database already has a project named "${name}" (pull it, or rename the local project before pushing)`);
      // the copy read inside a transaction of the local file, so what is copied and what is remembered agree
      const copy = local.runner.tx(() => {
        const c = team.runner.tx(() => copyProject(lc, tc, project.id, name));
        writeOrigin(lc, project.id, { url: withoutPassword(to), projectId: c.projectId, project: name, lastEvent: lastEventOf(lc, project.id), findings: findingLinks(c, true), syncedAt: tc.now() });
        return c;
      });
      const n = copy.maps.get('findings')?.size ?? 0;
      const ev = copy.maps.get('events')?.size ?? 0;
      io.out(`pushed project "${name}" to ${displayLocation(to)}: ${n} finding${n === 1 ? '' : 's'}, ${ev} event${ev === 1 ? '' : 's'} of history`);
      return EXIT_OK;
    } finally {
      team.close();
    }
  } finally {
    local.close();
  }
}

export async function pullCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('pull', args, { project: { type: 'string' }, to: { type: 'string' }, db: { type: 'string' } }, true);
  if (values.help) {
    io.out(PULL_HELP);
    return EXIT_OK;
  }
  const url = positionals[0] ?? values.db;
  if (!url || !isPostgresUrl(url) || positionals.length > 1) throw new UsageError('pull: usage: punchlist pull postgres://… --project NAME --to LOCAL.sqlite');
  if (!values.to || isPostgresUrl(values.to)) throw new UsageError('pull: --to LOCAL.sqlite (the offline copy) is required');
  const team = openStore(url);
  try {
    const local = openStore(values.to);
    try {
      const tc = contextOf(team, url);
      const lc = contextOf(local, values.to);
      const project = projectByName(tc, values.project, displayLocation(url));
      if (lc.runner.first(lc.db.selectFrom('projects').select('id').where('name', '=', project.name))) {
        throw new Error(`${values.to} already has a project named "${project.name}" (pull into another file)`);
      }
      // read inside a write transaction of the team database: no change lands halfway through the copy
      const copy = team.runner.tx(() => local.runner.tx(() => {
        const c = copyProject(tc, lc, project.id, project.name);
        writeOrigin(lc, c.projectId, {
          url: withoutPassword(url),
          projectId: project.id,
          project: project.name,
          lastEvent: lastEventOf(lc, c.projectId),
          findings: findingLinks(c, false),
          syncedAt: tc.now(),
        });
        return c;
      }));
      const n = copy.maps.get('findings')?.size ?? 0;
      io.out(`pulled "${project.name}" from ${displayLocation(url)} into ${values.to}: ${n} finding${n === 1 ? '' : 's'}, ${copy.maps.get('events')?.size ?? 0} events; edit it offline, then punchlist push --db ${values.to} --to URL`);
      return EXIT_OK;
    } finally {
      local.close();
    }
  } finally {
    team.close();
  }
}
