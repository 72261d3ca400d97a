// Round trips of an edit on a team database (issue 18, the 20-user write latency): a findings edit
// is two requests to PostgreSQL (BEGIN + the rows read for update; the writes, the event rows, the
// answer's reads, NOTIFY and COMMIT), a refused one three, the board read after it one (its cards
// and the project's SLA together); what goes together still fails together.
// The requests are counted at the connection (SyncPg.run); what was stored is read with plain SQL
// as the superuser, not through the code under test.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore, type OpenStore } from '../../db';
import { SyncPg } from '../../db/postgres/bridge';
import { openCore, type Core } from '../../core/service';
import type { FindingCard } from '../../shared/api';
import { ok, seedFiles } from '../service/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';

const why = pgUnavailable();
if (why) console.warn(`PostgreSQL tests skipped: ${why}`);

describe.skipIf(why !== null)('round trips of an edit on a team database', () => {
  let cluster: Cluster;
  let url: string;
  let core: Core;
  let store: OpenStore;
  let projectId: number;
  const admin = async <R extends Record<string, unknown>>(text: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: cluster.adminUrl.replace(/\/postgres$/, new URL(url).pathname) });
    await c.connect();
    try {
      return (await c.query<R>(text, params)).rows;
    } finally {
      await c.end();
    }
  };
  const eventCount = async () => Number((await admin<{ n: string }>('SELECT count(*) AS n FROM events'))[0].n);
  /** the requests `fn` sends to PostgreSQL, counted */
  const requests = async <T>(fn: () => Promise<T>): Promise<{ value: T; n: number }> => {
    const spy = vi.spyOn(SyncPg.prototype, 'run');
    try {
      const value = await fn();
      return { value, n: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  };

  beforeAll(async () => {
    cluster = await startCluster();
    url = await cluster.createDatabase({ name: 'lead_rita', password: 'rita-pw' });
    core = openCore({ dbPath: url });
    projectId = ok(await core.call('projects.list', {}))[0].id;
    for (const r of ok(await core.call('ingest.paths', { projectId, paths: [seedFiles()[0]] }))) if (!r.ok) throw new Error(r.error);
    store = openStore(url);
  });
  afterAll(() => {
    core?.close();
    store?.close();
    cluster?.stop();
  });
  afterEach(() => vi.restoreAllMocks());

  it('accepts an edit in two requests and answers the card as stored', async () => {
    const [card] = ok(await core.call('findings.list', { projectId })) as FindingCard[];
    const next = card.status === 'fixed' ? 'verified' : 'fixed';
    const events = await eventCount();
    const { value, n } = await requests(() => core.call('findings.update', { ids: [card.id], patch: { status: next }, versions: [{ id: card.id, version: card.version }] }));
    expect(n).toBe(2);
    const [answer] = ok(value);
    const [row] = await admin<{ status: string; version: number; updated_at: string }>('SELECT status, version, updated_at FROM findings WHERE id = $1', [card.id]);
    expect(answer).toMatchObject({ id: card.id, status: row.status, version: Number(row.version), updatedAt: row.updated_at });
    expect(row).toMatchObject({ status: next, version: card.version + 1 });
    expect(await eventCount()).toBe(events + 1);
  });

  it('refuses an edit on a stale version in three requests, writing nothing', async () => {
    const card = (ok(await core.call('findings.list', { projectId })) as FindingCard[])[1];
    ok(await core.call('findings.update', { ids: [card.id], patch: { severity: card.severity === 'low' ? 'high' : 'low' }, versions: [{ id: card.id, version: card.version }] }));
    const events = await eventCount();
    const { value, n } = await requests(() => core.call('findings.update', { ids: [card.id], patch: { status: 'wont_fix' }, versions: [{ id: card.id, version: card.version }] }));
    expect(value).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(n).toBe(3);
    expect(await eventCount()).toBe(events);
    expect((await admin<{ version: number }>('SELECT version FROM findings WHERE id = $1', [card.id]))[0].version).toBe(card.version + 1);
  });

  it('reads the board in one request, the due dates from the SLA read with it', async () => {
    const sla = { critical: 3, high: 11, medium: 29, low: 61, info: 97 } as const;
    ok(await core.call('sla.set', { projectId, sla }));
    const { value, n } = await requests(() => core.call('findings.list', { projectId }));
    expect(n).toBe(1);
    const cards = ok(value) as FindingCard[];
    const rows = await admin<{ id: number; status: string; severity: keyof typeof sla | null; version: number; created_at: string; due_at: string | null }>(
      'SELECT id, status, severity, version, created_at, due_at FROM findings WHERE project_id = $1 ORDER BY id',
      [projectId],
    );
    expect(rows.length).toBeGreaterThan(0);
    // the due date: the day first seen plus the SLA's days for the severity, unless set by hand
    const due = (r: (typeof rows)[number]) =>
      r.due_at ?? (r.severity ? new Date(Date.parse(`${r.created_at.slice(0, 10)}T00:00:00Z`) + sla[r.severity] * 86_400_000).toISOString().slice(0, 10) : null);
    expect(cards.map((c) => ({ id: c.id, status: c.status, version: c.version, dueAt: c.dueAt }))).toEqual(
      rows.map((r) => ({ id: r.id, status: r.status, version: Number(r.version), dueAt: due(r) })),
    );
    expect(cards.some((c) => c.dueAt !== null)).toBe(true);
  });

  it('fails a transaction as a whole when a write sent with its COMMIT is refused, and goes on after it', async () => {
    const { db, runner } = store;
    const [finding] = await admin<{ id: number; notes: string | null }>('SELECT id, notes FROM findings ORDER BY id LIMIT 1');
    const [event] = await admin<{ id: number }>('SELECT id FROM events ORDER BY id LIMIT 1');
    const events = await eventCount();
    let thrown: unknown;
    try {
      runner.tx(() => {
        runner.run(db.updateTable('findings').set({ notes: 'must not stay' }).where('id', '=', finding.id));
        // a prepared INSERT is queued and goes with the COMMIT: a second row with an existing id
        const copy = runner.prepare(db.insertInto('events').columns(['id', 'at', 'actor', 'project_id', 'entity', 'entity_id', 'action', 'batch_id']).expression(
          db.selectFrom('events').select(['id', 'at', 'actor', 'project_id', 'entity', 'entity_id', 'action', 'batch_id']).where('id', '=', event.id),
        ));
        copy.run(copy.params);
        runner.readAtCommit!(db.selectFrom('findings').select('notes').where('id', '=', finding.id));
      });
    } catch (e) {
      thrown = e;
    }
    // the INSERT's own error, not the refusals of what followed it in the same request
    expect(thrown).toMatchObject({ code: '23505' });
    expect((await admin<{ notes: string | null }>('SELECT notes FROM findings WHERE id = $1', [finding.id]))[0].notes).toBe(finding.notes);
    expect(await eventCount()).toBe(events);
    // the connection is in no transaction any more: the next one commits
    const read = runner.tx(() => {
      runner.run(db.updateTable('findings').set({ notes: 'stays' }).where('id', '=', finding.id));
      return runner.readAtCommit!(db.selectFrom('findings').select('notes').where('id', '=', finding.id));
    });
    expect(read.rows()).toEqual([{ notes: 'stays' }]);
    expect((await admin<{ notes: string }>('SELECT notes FROM findings WHERE id = $1', [finding.id]))[0].notes).toBe('stays');
  });

  it('fails at the first statement sent with the BEGIN, and rolls that transaction back', async () => {
    const { db, runner } = store;
    const [finding] = await admin<{ id: number }>('SELECT id FROM findings ORDER BY id LIMIT 1');
    expect(() =>
      runner.tx(() => {
        runner.all(db.selectFrom('no_such_table' as 'findings').select('id'));
      }),
    ).toThrow(/no_such_table/);
    // BEGIN went with the failing statement: the ROLLBACK ended it, so this one runs on its own
    expect(runner.tx(() => runner.all(db.selectFrom('findings').select('id').where('id', '=', finding.id)))).toEqual([{ id: finding.id }]);
  });

  it('reads at commit in a savepoint when its rows are asked for, seeing the savepoint\'s writes', async () => {
    const { db, runner } = store;
    const [finding] = await admin<{ id: number }>('SELECT id FROM findings ORDER BY id DESC LIMIT 1');
    const notes = runner.tx(() => {
      const inner = runner.tx(() => {
        runner.run(db.updateTable('findings').set({ notes: 'from a savepoint' }).where('id', '=', finding.id));
        return runner.readAtCommit!(db.selectFrom('findings').select('notes').where('id', '=', finding.id));
      });
      return inner.rows();
    });
    expect(notes).toEqual([{ notes: 'from a savepoint' }]);
  });
});
