// Issue 18, "from local to team and back": a local project is pushed with its history to a team
// database (a throwaway cluster), pulled into an offline copy, edited there while another user
// edits the same findings on the server; pushing the copy lists each conflict on one line and
// writes nothing until they are decided; then both histories are in the team's event log and
// nothing is lost. Real SQLite files, real PostgreSQL, the CLI as a user runs it; expected values
// read back with plain SQL.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { ok, seedFiles } from '../service/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';
import { PG_LOGIN } from './engines';

const why = pgUnavailable();
if (why) console.warn(`PostgreSQL tests skipped: ${why}`);

/** the tables a project's history lives in, counted per project on both ends */
const PER_PROJECT = {
  reports: 'SELECT count(*) AS n FROM reports WHERE project_id = ?',
  report_texts: 'SELECT count(*) AS n FROM report_texts t JOIN reports r ON r.id = t.report_id WHERE r.project_id = ?',
  findings: 'SELECT count(*) AS n FROM findings WHERE project_id = ?',
  locations: 'SELECT count(*) AS n FROM locations l JOIN findings f ON f.id = l.finding_id WHERE f.project_id = ?',
  checklist_items: 'SELECT count(*) AS n FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id WHERE c.project_id = ?',
  events: 'SELECT count(*) AS n FROM events WHERE project_id = ?',
  notes: "SELECT count(*) AS n FROM findings WHERE project_id = ? AND notes IS NOT NULL AND notes <> ''",
};

describe.skipIf(why !== null)('push, pull and a conflicting offline edit', () => {
  let cluster: Cluster;
  let tmp: ReturnType<typeof tempDir>;
  let url: string;
  let bobUrl: string;
  let local: string;
  let offline: string;

  beforeAll(async () => {
    cluster = await startCluster();
    tmp = tempDir('punchlist-push-pull-');
    url = await cluster.createDatabase({ name: PG_LOGIN, password: 'alice-pw' });
    // bob: a second triager of the same team database
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE bob LOGIN PASSWORD 'bob-pw'`);
    await admin.end();
    bobUrl = url.replace(`${PG_LOGIN}:alice-pw@`, 'bob:bob-pw@');
    local = join(tmp.dir, 'local.sqlite');
    offline = join(tmp.dir, 'offline.sqlite');
  });
  afterAll(() => {
    cluster?.stop();
    tmp?.cleanup();
  });

  async function team<R>(text: string, params: unknown[] = []): Promise<R[]> {
    let n = 0;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(text.replace(/\?/g, () => `$${++n}`), params)).rows as R[];
    } finally {
      await c.end();
    }
  }
  function lite<R>(file: string, text: string, params: unknown[] = []): R[] {
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      return db.prepare(text).all(...params) as R[];
    } finally {
      db.close();
    }
  }
  const projectIn = async (where: 'team' | string) =>
    where === 'team' ? Number((await team<{ id: number }>(`SELECT id FROM projects WHERE name = 'Seeds'`))[0].id) : lite<{ id: number }>(where, `SELECT id FROM projects WHERE name = 'Seeds'`)[0].id;
  async function counts(where: 'team' | string) {
    const id = await projectIn(where);
    const out: Record<string, number> = {};
    for (const [k, q] of Object.entries(PER_PROJECT)) out[k] = Number((where === 'team' ? await team<{ n: number }>(q, [id]) : lite<{ n: number }>(where, q, [id]))[0].n);
    return out;
  }
  /** the offline copy's finding ids → the team's, from what the copy remembers */
  const links = () => {
    const [row] = lite<{ value: string }>(offline, `SELECT value FROM settings WHERE key = 'team.origin'`);
    return new Map((JSON.parse(row.value) as { findings: Array<[number, number, number]> }).findings.map(([l, t]) => [l, t]));
  };

  it('pushes a local project with its history', async () => {
    const r0 = cli(['ingest', ...seedFiles(), '--db', local, '--project', 'Seeds']);
    expect(r0.code, r0.stderr).toBe(0);
    // the team database has a project already: the pushed rows get ids of their own there
    const other = cli(['ingest', seedFiles()[1], '--db', url, '--project', 'Other']);
    expect(other.code, other.stderr).toBe(0);
    // some triage before the push: a status and a note, events of the local log
    const core = openCore({ dbPath: local, actor: 'lead-offline' });
    try {
      const pid = ok(await core.call('projects.list', {})).find((p) => p.name === 'Seeds')!.id;
      const cards = ok(await core.call('findings.list', { projectId: pid }));
      ok(await core.call('findings.update', { ids: [cards[0].id], patch: { status: 'in_progress', notes: 'checked on laptop' } }));
    } finally {
      core.close();
    }
    const r = cli(['push', '--db', local, '--to', url, '--project', 'Seeds']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/pushed project "Seeds"/);
    const here = await counts(local);
    expect(here.findings).toBeGreaterThan(50);
    expect(here.notes).toBe(1);
    expect(await counts('team')).toEqual(here);
    // the history keeps who did what
    const actors = (await team<{ actor: string }>(`SELECT DISTINCT actor FROM events WHERE project_id = ? ORDER BY actor`, [await projectIn('team')])).map((a) => a.actor);
    expect(actors).toEqual(expect.arrayContaining(['cli', 'lead-offline']));
    // the same findings, status and notes included
    const cols = `title, status, severity, coalesce(notes, '') AS notes, fingerprint`;
    const order = ' ORDER BY fingerprint, title';
    expect(await team(`SELECT ${cols} FROM findings WHERE project_id = ?${order}`, [await projectIn('team')])).toEqual(
      lite(local, `SELECT ${cols} FROM findings WHERE project_id = ?${order}`, [await projectIn(local)]),
    );
    // the team can search it
    const s = cli(['list', '--json', '--project', 'Seeds', '--search', 'cred'], { PUNCHLIST_DB: url });
    expect(s.code, s.stderr).toBe(0);
    expect((JSON.parse(s.stdout) as unknown[]).length).toBeGreaterThan(0);
  });

  it('pulls an offline copy that remembers where it came from', async () => {
    const r = cli(['pull', url, '--project', 'Seeds', '--to', offline]);
    expect(r.code, r.stderr).toBe(0);
    expect(await counts(offline)).toEqual(await counts('team'));
    const [origin] = lite<{ value: string }>(offline, `SELECT value FROM settings WHERE key = 'team.origin'`);
    expect(JSON.parse(origin.value)).toMatchObject({ project: 'Seeds', url: expect.stringContaining('127.0.0.1') });
    expect(origin.value).not.toContain('alice-pw');
  });

  it('lists conflicting edits, pushes nothing until they are decided, then keeps both histories', async () => {
    const copyProject = await projectIn(offline);
    const ids = lite<{ id: number; status: string; phase: string | null }>(offline, 'SELECT id, status, phase FROM findings WHERE project_id = ? ORDER BY id LIMIT 4', [copyProject]);
    const [a, b, c, d] = ids;
    const map = links();
    expect([...map].some(([l, t]) => l !== t)).toBe(true);
    // offline: A's status, B's note, D's phase
    const off = openCore({ dbPath: offline, actor: 'lead-offline' });
    try {
      ok(await off.call('findings.update', { ids: [a.id], patch: { status: 'fixed' } }));
      ok(await off.call('findings.update', { ids: [b.id], patch: { notes: 'seen offline' } }));
      ok(await off.call('findings.update', { ids: [d.id], patch: { phase: 'P1' } }));
    } finally {
      off.close();
    }
    // meanwhile on the server, bob: A's status and D's phase (conflicts), C's severity (no conflict)
    // bob triages the project: a role there, given by the tables' owner (db/postgres/policies.ts)
    const grant = cli(['team', 'grant', 'bob', '--project', 'Seeds', '--role', 'triager', '--db', url]);
    expect([grant.code, grant.stderr]).toEqual([0, '']);
    const bob = openCore({ dbPath: bobUrl, actor: 'ignored' });
    try {
      ok(await bob.call('findings.update', { ids: [map.get(a.id)!], patch: { status: 'wont_fix' } }));
      ok(await bob.call('findings.update', { ids: [map.get(d.id)!], patch: { phase: 'P3' } }));
      ok(await bob.call('findings.update', { ids: [map.get(c.id)!], patch: { severity: 'info' } }));
    } finally {
      bob.close();
    }
    const teamRow = async (localId: number) =>
      (await team<{ status: string; phase: string | null; notes: string | null; severity: string | null }>('SELECT status, phase, notes, severity FROM findings WHERE id = ?', [map.get(localId)!]))[0];
    const eventsBefore = await team<{ n: number }>('SELECT count(*)::int AS n FROM events');

    // a plain push: two conflicts, one line each, nothing written
    const r1 = cli(['push', '--db', offline, '--to', url]);
    expect(r1.code).toBe(1);
    const lines = r1.stderr.trim().split('\n');
    const conflictLines = lines.filter((l) => l.startsWith('conflict:'));
    expect(conflictLines).toHaveLength(2);
    expect(conflictLines.find((l) => l.includes(`finding ${a.id} `))).toMatch(/status: mine "fixed", theirs "wont_fix" \(bob at /);
    expect(conflictLines.find((l) => l.includes(`finding ${d.id} `))).toMatch(/phase: mine "P1", theirs "P3" \(bob at /);
    expect(lines.at(-1)).toMatch(/2 conflicts: nothing was pushed; decide with --take/);
    expect(await teamRow(a.id)).toMatchObject({ status: 'wont_fix', phase: a.phase });
    expect((await teamRow(b.id)).notes).not.toBe('seen offline');
    expect(await team('SELECT count(*)::int AS n FROM events')).toEqual(eventsBefore);

    // decided one by one: A mine, D theirs
    const r2 = cli(['push', '--db', offline, '--to', url, '--take', `${a.id}:status=mine`, '--take', `${d.id}:phase=theirs`]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stdout).toMatch(new RegExp(`^took mine: finding ${a.id} .*status: mine "fixed", theirs "wont_fix"`, "m"));
    expect(r2.stdout).toMatch(new RegExp(`^took theirs: finding ${d.id} .*phase: mine "P1", theirs "P3"`, "m"));
    expect(await teamRow(a.id)).toMatchObject({ status: 'fixed' });
    expect(await teamRow(b.id)).toMatchObject({ notes: 'seen offline' });
    expect(await teamRow(c.id)).toMatchObject({ severity: 'info' });
    expect(await teamRow(d.id)).toMatchObject({ phase: 'P3' });
    // both histories in the team's log: bob's change and the pushed one replacing it
    const aLog = await team<{ actor: string; old_value: string; new_value: string }>(
      `SELECT actor, old_value, new_value FROM events WHERE entity = 'finding' AND entity_id = ? AND field = 'status' ORDER BY id`,
      [map.get(a.id)!],
    );
    expect(aLog.slice(-2).map((e) => [e.actor, JSON.parse(e.old_value), JSON.parse(e.new_value)])).toEqual([
      ['bob', a.status, 'wont_fix'],
      [PG_LOGIN, 'wont_fix', 'fixed'],
    ]);
    // the copy took theirs for D and keeps its own offline change in its log
    const [dHere] = lite<{ phase: string }>(offline, 'SELECT phase FROM findings WHERE id = ?', [d.id]);
    expect(dHere.phase).toBe('P3');
    const dLog = lite<{ new_value: string }>(offline, `SELECT new_value FROM events WHERE entity = 'finding' AND entity_id = ? AND field = 'phase' ORDER BY id`, [d.id]);
    expect(dLog.map((e) => JSON.parse(e.new_value))).toEqual(['P1', 'P3']);

    // pushing again sends nothing more and finds no conflict
    const r3 = cli(['push', '--db', offline, '--to', url]);
    expect(r3.code, r3.stderr).toBe(0);
    expect(r3.stdout).toMatch(/pushed 0 changes/);
  });

  it('documents push and pull in --help', () => {
    const top = cli(['--help']);
    expect(top.stdout).toMatch(/punchlist push --db LOCAL\.sqlite --to postgres/);
    expect(top.stdout).toMatch(/punchlist pull postgres/);
    for (const c of ['push', 'pull']) {
      const r = cli([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: punchlist ${c}`));
    }
  });
});
