// A viewer on a team database (issue 18): a login made a viewer (`punchlist team viewer`,
// db/postgres/roles.ts) reads the project through the app, and every write, through the app or as
// plain SQL typed by hand, is refused by PostgreSQL itself. The database is checked unchanged with the superuser's SQL.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import { runCli } from '../../core/cli/cli';
import type { FindingCard } from '../../shared/api';
import { ok, seedFiles } from '../service/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';

const why = pgUnavailable();
if (why) console.warn(`PostgreSQL tests skipped: ${why}`);

describe.skipIf(why !== null)('a viewer login', () => {
  let cluster: Cluster;
  let leadUrl: string;
  let viewerUrl: string;
  let adminUrl: string;
  let projectId: number;
  let cards: FindingCard[];

  const sql = async <R extends Record<string, unknown>>(url: string, text: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<R>(text, params)).rows;
    } finally {
      await c.end();
    }
  };
  /** the SQLSTATE of a statement run as `url`, or 'ok' */
  const refusal = async (url: string, text: string, params: unknown[] = []) => {
    try {
      await sql(url, text, params);
      return 'ok';
    } catch (e) {
      return (e as { code?: string }).code ?? String(e);
    }
  };
  const state = () => sql(adminUrl, 'SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM findings) AS findings, (SELECT string_agg(id || status || coalesce(severity, \'-\') || version, \',\' ORDER BY id) FROM findings) AS rows');

  beforeAll(async () => {
    cluster = await startCluster();
    leadUrl = await cluster.createDatabase({ name: 'lead_carol', password: 'carol-pw' });
    const db = new URL(leadUrl).pathname.slice(1);
    adminUrl = cluster.adminUrl.replace(/\/postgres$/, `/${db}`);
    const lead = openCore({ dbPath: leadUrl });
    try {
      projectId = ok(await lead.call('projects.list', {}))[0].id;
      for (const r of ok(await lead.call('ingest.paths', { projectId, paths: [seedFiles()[0]] }))) if (!r.ok) throw new Error(r.error);
      cards = ok(await lead.call('findings.list', { projectId }));
    } finally {
      lead.close();
    }
    await sql(adminUrl, `CREATE ROLE viewer_dave LOGIN PASSWORD 'dave-pw'`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['team', 'viewer', 'viewer_dave', '--db', adminUrl], { out: (t) => void out.push(t), err: (t) => void err.push(t), env: {} });
    expect([code, err]).toEqual([0, []]);
    expect(out.join('')).toContain('viewer_dave may now read this team database and change nothing');
    viewerUrl = `postgres://viewer_dave:dave-pw@127.0.0.1:${cluster.port}/${db}`;
  });
  afterAll(() => cluster?.stop());

  it('reads every table but cannot write any, typing SQL directly', async () => {
    const before = await state();
    expect(Number(before[0].findings)).toBe(cards.length);
    const seen = await sql<{ id: number; status: string }>(viewerUrl, 'SELECT id, status FROM findings ORDER BY id');
    expect(seen.map((r) => r.id)).toEqual(cards.map((c) => c.id).sort((a, b) => a - b));
    const id = cards[0].id;
    // 42501: insufficient_privilege
    expect(await refusal(viewerUrl, "UPDATE findings SET status = 'fixed', version = version + 1 WHERE id = $1", [id])).toBe('42501');
    expect(await refusal(viewerUrl, 'DELETE FROM findings WHERE id = $1', [id])).toBe('42501');
    expect(await refusal(viewerUrl, "INSERT INTO events (at, actor, project_id, entity, entity_id, action, batch_id) VALUES ('x', 'viewer_dave', $1, 'finding', $2, 'update', 'b')", [projectId, id])).toBe('42501');
    expect(await refusal(viewerUrl, 'DELETE FROM events')).toBe('42501');
    expect(await refusal(viewerUrl, 'TRUNCATE findings CASCADE')).toBe('42501');
    expect(await refusal(viewerUrl, 'DROP TABLE events')).toBe('42501');
    expect(await refusal(viewerUrl, 'CREATE TABLE mine (x int)')).toBe('42501');
    expect(await state()).toEqual(before);
  });

  it('opens the project in the app, and the app gets a refusal value for a write', async () => {
    const before = await state();
    let viewer: Core | null = null;
    try {
      viewer = openCore({ dbPath: viewerUrl });
      const list = ok(await viewer.call('findings.list', { projectId }));
      expect(list.map((c) => c.id)).toEqual(cards.map((c) => c.id));
      const c = cards[1];
      const r = await viewer.call('findings.update', { ids: [c.id], patch: { status: c.status === 'fixed' ? 'open' : 'fixed' }, versions: [{ id: c.id, version: c.version }] });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('forbidden');
        expect(r.error.message).toMatch(/permission denied for table \w+/);
      }
    } finally {
      viewer?.close();
    }
    expect(await state()).toEqual(before);
  });

  it('is refused for a login that does not exist, or a SQLite file', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => void err.push(t), env: {} };
    expect(await runCli(['team', 'viewer', 'nobody_here', '--db', adminUrl], io)).toBe(1);
    expect(err.join('')).toContain('there is no login "nobody_here"');
    expect(await runCli(['team', 'viewer', 'viewer_dave', '--db', '/tmp/x.sqlite'], io)).toBe(2);
  });

  it('leaves the lead a writer', async () => {
    const lead = openCore({ dbPath: leadUrl });
    try {
      const c = cards[2];
      const [after] = ok(await lead.call('findings.update', { ids: [c.id], patch: { phase: 'P9' }, versions: [{ id: c.id, version: c.version }] }));
      expect(after.version).toBe(c.version + 1);
    } finally {
      lead.close();
    }
    expect((await sql<{ phase: string }>(viewerUrl, 'SELECT phase FROM findings WHERE id = $1', [cards[2].id]))[0].phase).toBe('P9');
  });
});
