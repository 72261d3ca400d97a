// Live changes on a team database (issue 18): two core processes as the serve host runs them (the
// core entry in a worker thread, its job thread beside it) on one PostgreSQL database. A write in one
// reaches the other as a ChangeEvent (LISTEN/NOTIFY, core/service/live.ts) within a second, only once
// it has committed; a process does not hear its own writes twice; a listening connection ended by the
// server comes back and tells the renderer to fetch everything again. Expected ids and counts are
// read with plain SQL, not through the code under test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreThread, type CoreClient } from '../../core/worker/start-thread';
import type { ChangeEvent } from '../../shared/changes';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { generateSarif } from '../ingest/gen-sarif';
import { ok, seedFiles } from '../service/helpers';
import { engines } from './engines';

const postgres = engines().find((e) => e.name === 'postgres')!;

interface Heard {
  at: number;
  change: ChangeEvent;
}

/** the change events a core client announces, as they come */
function follow(core: CoreClient): Heard[] {
  const heard: Heard[] = [];
  core.onChange((change) => heard.push({ at: performance.now(), change }));
  return heard;
}

/** waits until `heard` has an event after index `from` that `match` accepts; returns it */
async function next(heard: Heard[], from: number, match: (c: ChangeEvent) => boolean, timeoutMs = 5000): Promise<Heard> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const found = heard.slice(from).find((h) => match(h.change));
    if (found) return found;
    if (performance.now() > end) throw new Error(`no matching change event within ${timeoutMs} ms; heard: ${JSON.stringify(heard.slice(from).map((h) => h.change.method))}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(postgres.skip !== null)('live changes on a team database', () => {
  let url: string;
  let a: CoreClient;
  let b: CoreClient;
  let heardA: Heard[];
  let heardB: Heard[];
  let projectId: number;
  const tmp = tempDir('punchlist-live-');

  beforeAll(async () => {
    url = await postgres.fresh();
    // both open the fresh database at once (two people starting their apps; the race made
    // deterministic: open-race.test.ts)
    [a, b] = await Promise.all([startCoreThread({ dbPath: url }), startCoreThread({ dbPath: url })]);
    heardA = follow(a);
    heardB = follow(b);
    projectId = ok(await a.call('projects.list', {}))[0].id;
    for (const r of ok(await a.call('ingest.paths', { projectId, paths: [seedFiles()[0]] }))) if (!r.ok) throw new Error(r.error);
    // a cluster, two core threads with their job threads: slow on 2 busy cores
  }, 180_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    tmp.cleanup();
  });

  const findingIds = async () => (await postgres.query<{ id: number }>(url, 'SELECT id FROM findings WHERE project_id = ? ORDER BY id', [projectId])).map((r) => Number(r.id));

  it('opens a fresh team database from two processes at once with one Default project', async () => {
    expect(await postgres.query(url, 'SELECT name FROM projects')).toEqual([{ name: 'Default' }]);
  });

  it("a write in one process reaches the other within a second, and not its writer twice", async () => {
    // the ingest above (made in a's job thread) was heard by b
    await next(heardB, 0, (c) => c.method === 'ingest.paths' && c.projectId === projectId);
    const [id] = await findingIds();
    const fromA = heardA.length;
    const fromB = heardB.length;
    const sent = performance.now();
    ok(await a.call('findings.update', { ids: [id], patch: { status: 'in_progress' }, reason: 'picked up' }));
    const got = await next(heardB, fromB, (c) => c.method === 'findings.update');
    expect(got.at - sent).toBeLessThan(1000);
    expect(got.change).toMatchObject({ method: 'findings.update', projectId, findingIds: [id] });
    expect(got.change.entities).toContain('findings');
    expect(got.change.stale).toContain('findings.list');
    expect(got.change.stale).toContain('findings.get');
    // a's own event, once: its echo from the database is skipped (waited for as long again as b's took, and more)
    await pause(Math.max(300, 2 * (got.at - sent)));
    expect(heardA.slice(fromA).map((h) => h.change.method)).toEqual(['findings.update']);
    expect(heardB.slice(fromB).map((h) => h.change.method)).toEqual(['findings.update']);
  });

  it('announces nothing for a write that is refused and rolled back', async () => {
    const [id, other] = await findingIds();
    const [{ version }] = await postgres.query<{ version: number }>(url, 'SELECT version FROM findings WHERE id = ?', [id]);
    const fromB = heardB.length;
    // a stale row version: refused, its transaction rolled back
    const refused = await a.call('findings.update', { ids: [id], patch: { status: 'fixed' }, versions: [{ id, version: Number(version) - 1 }] });
    expect(refused.ok).toBe(false);
    // then one that commits: b hears it, and nothing before it
    ok(await a.call('findings.update', { ids: [other], patch: { severity: 'low' } }));
    await next(heardB, fromB, (c) => c.findingIds?.includes(other) === true);
    expect(heardB.slice(fromB).map((h) => h.change.findingIds)).toEqual([[other]]);
    expect((await postgres.query<{ status: string }>(url, 'SELECT status FROM findings WHERE id = ?', [id]))[0].status).not.toBe('fixed');
  });

  it('sends a big ingest as a coarse event, and the job thread is no echo either', async () => {
    const sarif = join(tmp.dir, 'big.sarif');
    writeFileSync(sarif, generateSarif(3000, 18));
    const fromA = heardA.length;
    const fromB = heardB.length;
    const [r] = ok(await b.call('ingest.paths', { projectId, paths: [sarif] }));
    if (!r.ok) throw new Error(r.error);
    const ids = await findingIds();
    expect(ids.length).toBeGreaterThan(3000);
    const got = await next(heardA, fromA, (c) => c.method === 'ingest.paths');
    // 3,000 ids do not fit in a NOTIFY payload (8000 bytes): the findings are not named, all are stale
    expect(got.change).toMatchObject({ projectId, findingIds: null });
    expect(got.change.stale).toContain('findings.list');
    await pause(500);
    expect(heardB.slice(fromB).filter((h) => h.change.method === 'ingest.paths')).toHaveLength(1);
    expect(heardA.slice(fromA).filter((h) => h.change.method === 'ingest.paths')).toHaveLength(1);
  });

  it('announces a project pushed from an offline copy (punchlist push)', async () => {
    const local = join(tmp.dir, 'local.sqlite');
    const made = cli(['ingest', seedFiles()[1], '--db', local, '--project', 'Pushed']);
    expect(made.code, made.stderr).toBe(0);
    const fromA = heardA.length;
    const pushed = cli(['push', '--db', local, '--to', url, '--project', 'Pushed']);
    expect(pushed.code, pushed.stderr).toBe(0);
    // a new project: which one is not said, every project's answers are stale, the project list too
    const got = await next(heardA, fromA, (c) => c.method === null);
    expect(got.change).toMatchObject({ projectId: null, findingIds: null });
    // (not the event of a gap in listening, which names backups too)
    expect(got.change.entities).toEqual(expect.arrayContaining(['projects', 'reports', 'findings', 'history']));
    expect(got.change.entities).not.toContain('backups');
    expect(got.change.stale).toContain('projects.list');
    expect(got.change.stale).toContain('findings.list');
    expect((await postgres.query(url, `SELECT name FROM projects ORDER BY id`)).map((r) => r.name)).toEqual(['Default', 'Pushed']);
  });

  it('listens again after the server ends the listening connection, and makes everything stale', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const listening = async () =>
        (await admin.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'punchlist-listen' AND datname = current_database()`)).rows.map((r) => Number(r.pid));
      const before = await listening();
      // one listening connection per process
      expect(before).toHaveLength(2);
      const fromA = heardA.length;
      const fromB = heardB.length;
      await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
      // both hear again, first that they may have missed something: everything is stale
      await next(heardA, fromA, (c) => c.method === null, 15_000);
      const resumed = await next(heardB, fromB, (c) => c.method === null, 15_000);
      expect(resumed.change).toMatchObject({ projectId: null, findingIds: null });
      for (const m of ['findings.list', 'findings.get', 'projects.list', 'insights.get', 'plan.get'] as const) expect(resumed.change.stale).toContain(m);
      const after = await listening();
      expect(after).toHaveLength(2);
      expect(after.some((pid) => before.includes(pid))).toBe(false);
      // and a's next write reaches b as before
      const [, , third] = await findingIds();
      const from = heardB.length;
      const sent = performance.now();
      ok(await a.call('findings.update', { ids: [third], patch: { status: 'wont_fix' }, reason: 'accepted risk' }));
      const got = await next(heardB, from, (c) => c.method === 'findings.update');
      expect(got.change.findingIds).toEqual([third]);
      expect(got.at - sent).toBeLessThan(1000);
    } finally {
      await admin.end();
    }
  });
});
