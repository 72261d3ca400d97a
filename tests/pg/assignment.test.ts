// Assignment and SLA due dates (issue 18), on SQLite and PostgreSQL: findings assigned to a typed
// name or to "me" (the database login on a team database), the board's assignee filter, due dates
// from a per-severity SLA counted from the day a finding was first ingested, a severity change
// moving it, a lead's due date by hand, overdue marks by an injected clock, row versions, events and
// undo. Expected findings come from the seeds' goldens; stored values are read back with plain SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import { ME, NO_ASSIGNEE } from '../../shared/assignment';
import type { FindingCard } from '../../shared/api';
import { readGolden, SEEDS_DIR, titleKey, type GoldenFinding } from '../goldens';
import { ok } from '../service/helpers';
import { engines } from './engines';

/** seed 000: ten open findings (6 critical, 3 high, 1 medium); seed 004: five critical ones, all fixed or verified */
const OPEN = readGolden('000_fc571ca0a1401530');
const CLOSED = readGolden('004_d545436be19f6c08');
const INGESTED = '2027-01-05T09:00:00.000Z';
const TODAY = '2027-01-20T10:00:00.000Z';

for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    let dbPath: string;
    let lead: Core;
    let projectId: number;
    const golden = new Map<string, GoldenFinding>();

    beforeAll(async () => {
      dbPath = await engine.fresh('assign');
      const ingest = openCore({ dbPath, actor: 'dana', now: () => INGESTED });
      projectId = ok(await ingest.call('projects.list', {}))[0].id;
      for (const g of [OPEN, CLOSED]) {
        for (const r of ok(await ingest.call('ingest.paths', { projectId, paths: [`${SEEDS_DIR}/${g.source}`] }))) if (!r.ok) throw new Error(r.error);
        for (const f of g.findings) golden.set(titleKey(f.title), f);
      }
      ingest.close();
      lead = openCore({ dbPath, actor: 'dana', now: () => TODAY });
    });
    afterAll(() => lead?.close());

    const list = async (filter: Record<string, unknown> = {}) => ok(await lead.call('findings.list', { projectId, ...filter })) as FindingCard[];
    const goldenOf = (c: FindingCard) => golden.get(titleKey(c.title))!;
    const stored = async (id: number) =>
      (await engine.query<{ assignee: string | null; due_at: string | null; version: number }>(dbPath, 'SELECT assignee, due_at, version FROM findings WHERE id = ?', [id]))[0];

    it('has no assignee and no due date before anyone sets them (no SLA by default)', async () => {
      const cards = await list();
      expect(cards).toHaveLength(OPEN.findings.length + CLOSED.findings.length);
      for (const c of cards) expect(c).toMatchObject({ assignee: null, dueAt: null, dueManual: false, overdue: false });
      expect(ok(await lead.call('sla.get', { projectId }))).toEqual({});
    });

    it('assigns a typed name and "me", filters by assignee, unassigned and mine, and logs each as an event', async () => {
      const cards = await list();
      const [a, b, c] = cards;
      const typed = ok(await lead.call('findings.assign', { ids: [a.id, b.id], assignee: '  Maria   Lopez ', versions: [a, b].map((x) => ({ id: x.id, version: x.version })) }));
      expect(typed.map((x) => x.assignee)).toEqual(['Maria Lopez', 'Maria Lopez']);
      expect(typed[0].version).toBe(a.version + 1);
      const mine = ok(await lead.call('findings.assign', { ids: [c.id], me: true }));
      const me = engine.expectedActor('dana');
      expect(mine[0].assignee).toBe(me);
      expect(await stored(a.id)).toMatchObject({ assignee: 'Maria Lopez', version: a.version + 1 });
      expect(await stored(c.id)).toMatchObject({ assignee: me });

      expect((await list({ assignee: ['Maria Lopez'] })).map((x) => x.id)).toEqual([a.id, b.id]);
      expect((await list({ assignee: [ME] })).map((x) => x.id)).toEqual([c.id]);
      expect((await list({ assignee: [NO_ASSIGNEE] })).map((x) => x.id)).toEqual(cards.slice(3).map((x) => x.id));
      expect((await list({ assignee: [NO_ASSIGNEE, 'Maria Lopez'] })).length).toBe(cards.length - 1);
      expect(ok(await lead.call('assignment.people', { projectId }))).toEqual({ me, team: engine.name === 'postgres', names: ['Maria Lopez', me].sort((x, y) => x.localeCompare(y)) });

      const events = await engine.query<{ actor: string; field: string; old_value: string | null; new_value: string }>(
        dbPath,
        "SELECT actor, field, old_value, new_value FROM events WHERE entity = 'finding' AND entity_id = ? AND field = 'assignee'",
        [a.id],
      );
      expect(events).toEqual([{ actor: me, field: 'assignee', old_value: 'null', new_value: '"Maria Lopez"' }]);
      const detail = ok(await lead.call('findings.get', { id: a.id }));
      expect(detail.history.some((e) => e.field === 'assignee' && e.newValue === 'Maria Lopez')).toBe(true);
    });

    it('refuses an assignment on a stale version and undoes one like any field edit', async () => {
      const [a] = await list({ assignee: ['Maria Lopez'] });
      const r = await lead.call('findings.assign', { ids: [a.id], assignee: 'Someone Else', versions: [{ id: a.id, version: a.version - 1 }] });
      expect(r.ok ? 'accepted' : r.error.code).toBe('conflict');
      expect(await stored(a.id)).toMatchObject({ assignee: 'Maria Lopez', version: a.version });
      ok(await lead.call('findings.assign', { ids: [a.id], assignee: 'Someone Else' }));
      expect((await stored(a.id)).assignee).toBe('Someone Else');
      ok(await lead.call('history.undo', { projectId }));
      expect((await stored(a.id)).assignee).toBe('Maria Lopez');
      ok(await lead.call('history.redo', { projectId }));
      expect((await stored(a.id)).assignee).toBe('Someone Else');
      ok(await lead.call('findings.assign', { ids: [a.id], assignee: null }));
      expect((await stored(a.id)).assignee).toBeNull();
    });

    it('gives due dates from the SLA, counted from the day of ingest, and marks open ones past it overdue', async () => {
      expect(ok(await lead.call('sla.set', { projectId, sla: { critical: 7, high: 30 } }))).toEqual({ critical: 7, high: 30 });
      const cards = await list();
      for (const c of cards) {
        const g = goldenOf(c);
        const closed = g.status!.every((s) => s === 'fixed' || s === 'verified');
        // critical: 2027-01-05 + 7 = 2027-01-12, before today (2027-01-20); high: + 30 = 2027-02-04
        const due = g.severity === 'critical' ? '2027-01-12' : g.severity === 'high' ? '2027-02-04' : null;
        expect({ title: c.title, dueAt: c.dueAt, overdue: c.overdue }).toEqual({ title: c.title, dueAt: due, overdue: due === '2027-01-12' && !closed });
      }
      expect(cards.filter((c) => c.overdue)).toHaveLength(OPEN.findings.filter((f) => f.severity === 'critical').length);
      // nothing stored per finding: the SLA is the project's setting
      expect(await engine.query(dbPath, 'SELECT id FROM findings WHERE due_at IS NOT NULL')).toEqual([]);
    });

    it('moves the due date with a severity change, and undo moves it back', async () => {
      const high = (await list()).find((c) => goldenOf(c).severity === 'high')!;
      const [now] = ok(await lead.call('findings.update', { ids: [high.id], patch: { severity: 'critical' }, versions: [{ id: high.id, version: high.version }] }));
      expect(now).toMatchObject({ dueAt: '2027-01-12', overdue: true });
      ok(await lead.call('history.undo', { projectId }));
      expect((await list()).find((c) => c.id === high.id)).toMatchObject({ severity: 'high', dueAt: '2027-02-04', overdue: false });
    });

    it("keeps a lead's due date by hand over the SLA, until it is cleared", async () => {
      const medium = (await list()).find((c) => goldenOf(c).severity === 'medium')!;
      expect(medium.dueAt).toBeNull();
      const [set] = ok(await lead.call('findings.update', { ids: [medium.id], patch: { dueAt: '2027-01-19' } }));
      expect(set).toMatchObject({ dueAt: '2027-01-19', dueManual: true, overdue: true });
      expect((await stored(medium.id)).due_at).toBe('2027-01-19');
      const [raised] = ok(await lead.call('findings.update', { ids: [medium.id], patch: { severity: 'high' } }));
      expect(raised).toMatchObject({ dueAt: '2027-01-19', dueManual: true });
      const [done] = ok(await lead.call('findings.update', { ids: [medium.id], patch: { status: 'fixed' } }));
      expect(done.overdue).toBe(false);
      const [cleared] = ok(await lead.call('findings.update', { ids: [medium.id], patch: { dueAt: null, status: 'open' } }));
      expect(cleared).toMatchObject({ dueAt: '2027-02-04', dueManual: false, overdue: false });
      const bad = await lead.call('findings.update', { ids: [medium.id], patch: { dueAt: '2027-02-30' } });
      expect(bad.ok ? 'accepted' : bad.error.code).toBe('invalid_input');
    });

    it('changes and clears SLA days per severity, logs it, and undo restores the SLA before', async () => {
      expect(ok(await lead.call('sla.set', { projectId, sla: { critical: 14, high: null, medium: 90 } }))).toEqual({ critical: 14, medium: 90 });
      const cards = await list();
      const critical = cards.find((c) => goldenOf(c).severity === 'critical' && goldenOf(c).status!.includes('open'))!;
      expect(critical).toMatchObject({ dueAt: '2027-01-19', overdue: true });
      const log = await engine.query<{ field: string; new_value: string }>(dbPath, "SELECT field, new_value FROM events WHERE entity = 'setting' ORDER BY id");
      expect(log.at(-1)).toEqual({ field: 'sla', new_value: '{"critical":14,"medium":90}' });
      ok(await lead.call('history.undo', { projectId }));
      expect(ok(await lead.call('sla.get', { projectId }))).toEqual({ critical: 7, high: 30 });
      expect((await list()).find((c) => c.id === critical.id)).toMatchObject({ dueAt: '2027-01-12' });
    });
  });
}

// A team database at schema 12 holding triaged findings (the seed ingested at the latest schema,
// then migration 13 taken back with plain SQL), opened by this version: migrated in place, every
// finding still there as it was, and assignment works. (SQLite files: tests/migrations/upgrade.test.ts.)
const postgres = engines().find((e) => e.name === 'postgres')!;
describe.skipIf(postgres.skip !== null)('a team database at schema 12', () => {
  it('is upgraded to 13 at open, its findings intact, and can assign', async () => {
    const url = await postgres.fresh('upgrade');
    const before = openCore({ dbPath: url, actor: 'dana', now: () => INGESTED });
    const projectId = ok(await before.call('projects.list', {}))[0].id;
    for (const r of ok(await before.call('ingest.paths', { projectId, paths: [`${SEEDS_DIR}/${OPEN.source}`] }))) if (!r.ok) throw new Error(r.error);
    const [first] = ok(await before.call('findings.list', { projectId }));
    ok(await before.call('findings.update', { ids: [first.id], patch: { status: 'in_progress', notes: 'before the upgrade' } }));
    before.close();
    const ROWS = 'SELECT id, title, severity, status, notes, version, created_at FROM findings ORDER BY id';
    await postgres.query(url, 'ALTER TABLE findings DROP COLUMN assignee, DROP COLUMN due_at');
    await postgres.query(url, 'DELETE FROM schema_migrations WHERE version = 13');
    const rows = await postgres.query(url, ROWS);
    expect(rows).toHaveLength(OPEN.findings.length);

    const after = openCore({ dbPath: url, actor: 'dana', now: () => TODAY });
    try {
      // (migration 13 applied again; later ones, such as 14, were never taken back)
      expect(await postgres.query<{ version: number }>(url, 'SELECT version FROM schema_migrations WHERE version = 13')).toHaveLength(1);
      expect(await postgres.query(url, ROWS)).toEqual(rows);
      const [card] = ok(await after.call('findings.assign', { ids: [first.id], me: true }));
      expect(card).toMatchObject({ assignee: postgres.expectedActor('dana'), status: 'in_progress', dueAt: null });
      expect(ok(await after.call('findings.list', { projectId, assignee: [ME] })).map((c) => c.id)).toEqual([first.id]);
    } finally {
      after.close();
    }
  });
});
