import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/service';
import type { FindingCard } from '../../shared/api';
import { SEVERITIES } from '../../shared/types';
import { expectGoldenSelection, optionalTitles, requiredFindings, seedGoldens, statusMay, statusWithin, titleKey, type GoldenFinding } from '../goldens';
import { engines } from '../pg/engines';
import { coreWithSeeds, ok } from './helpers';

// Expected values come from the seeds' goldens (what a correct extraction holds), or, for search and
// path filters, from the stored rows read with plain SQL and JavaScript (not from FTS or the filter code).
// Every test runs on SQLite and on PostgreSQL (tests/pg/engines.ts).
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    let dbPath: string;
    let core: Core;
    let projectId: number;
    const goldens = seedGoldens();
    const required = requiredFindings(goldens);
    const optional = optionalTitles(goldens);

    beforeAll(async () => {
      dbPath = await engine.fresh('seeds');
      ({ core, projectId } = await coreWithSeeds(dbPath));
    });
    afterAll(() => {
      core?.close();
    });

    const list = async (filter: Record<string, unknown>) =>
      ok(await core.call('findings.list', { projectId, ...filter })) as FindingCard[];
    const titles = (cards: FindingCard[]) => cards.map((c) => c.title);

    /** every stored finding with the text FTS indexes (title, body, paths, rule), read with plain SQL */
    async function storedText(): Promise<Array<{ id: number; text: string; paths: string[] }>> {
      // the whole body: own text, then the rule text it ends with (stored once, db/finding-body.ts)
      const rows = await engine.query<{ id: number; title: string; body: string; ruleid: string | null }>(
        dbPath,
        `SELECT f.id, f.title, CASE WHEN f.rule_text_id IS NULL THEN f.body WHEN f.body = '' THEN rt.text ELSE f.body || ? || rt.text END AS body,
           f.rule_id AS ruleid FROM findings f LEFT JOIN rule_texts rt ON rt.id = f.rule_text_id WHERE f.project_id = ? ORDER BY f.id`,
        ['\n\n', projectId],
      );
      // a location's path: paths.path of path_id (rows stored before migration 012: their own)
      const locs = await engine.query<{ id: number; path: string }>(
        dbPath,
        'SELECT l.finding_id AS id, coalesce(p.path, l.path) AS path FROM locations l LEFT JOIN paths p ON p.id = l.path_id ORDER BY l.finding_id, l.ordinal',
      );
      return rows.map((r) => {
        const paths = locs.filter((l) => l.id === r.id).map((l) => l.path);
        return { id: r.id, text: [r.title, r.body, ...paths, r.ruleid ?? ''].join('\n'), paths };
      });
    }
    /** whole-word prefix match, the way FTS5 unicode61 + prefix queries see text */
    const wordPrefix = (word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu');
    const ids = (cards: FindingCard[]) => cards.map((c) => c.id).sort((a, b) => a - b);

    describe('findings.list', () => {
      it('lists every finding of the seeds the goldens require, and only optional ones besides', async () => {
        expect(required.length).toBe(97);
        const all = await list({});
        expectGoldenSelection(titles(all), goldens, () => true, () => true, 'all findings');
        expect(all.length).toBeGreaterThanOrEqual(required.length);
        expect(all.length).toBeLessThanOrEqual(required.length + optional.size);
      });

      it('filters by severity (and unrated) and status, as the goldens say', async () => {
        for (const s of SEVERITIES) {
          expectGoldenSelection(titles(await list({ severity: [s] })), goldens, (f) => f.severity === s, (f) => f.severity === s, s);
        }
        // the seeds' goldens rate every finding: only optional findings may be unrated
        const unrated = await list({ severity: ['unrated'] });
        expectGoldenSelection(titles(unrated), goldens, (f) => !f.severity, (f) => !f.severity, 'unrated');
        const severe = (f: GoldenFinding) => f.severity === 'critical' || f.severity === 'high';
        expectGoldenSelection(titles(await list({ severity: ['critical', 'high'] })), goldens, severe, severe, 'critical+high');
        for (const st of [['open', 'in_progress'], ['fixed', 'verified'], ['open'], ['fixed']] as const) {
          expectGoldenSelection(titles(await list({ status: [...st] })), goldens, statusWithin(st), statusMay(st), st.join('+'));
        }
        // statuses partition the findings
        const byStatus = await Promise.all((['open', 'in_progress', 'fixed', 'verified', 'wont_fix', 'false_positive', 'duplicate'] as const).map((st) => list({ status: [st] })));
        expect(byStatus.reduce((n, c) => n + c.length, 0)).toBe((await list({})).length);
      });

      it('finds "redis" by full-text search with prefix matching', async () => {
        const stored = await storedText();
        const matching = (word: string) => stored.filter((r) => wordPrefix(word).test(r.text)).map((r) => r.id).sort((a, b) => a - b);
        const got = await list({ text: 'redis' });
        expect(ids(got)).toEqual(matching('redis'));
        // the goldens' findings titled with Redis are among them
        const titled = required.filter((f) => /redis/i.test(f.title));
        expect(titled.map((f) => f.title)).toEqual(['Redis Initialization Crash', 'Redis Client Not Properly Closed', 'Hardcoded Redis Credentials in Config']);
        expectGoldenSelection(titles(got), goldens, (f) => titled.includes(f), () => true, 'redis');
        expect(ids(await list({ text: 'Red' }))).toEqual(matching('red'));
        const both = await list({ text: 'redis', severity: ['critical'] });
        expect(ids(both)).toEqual(got.filter((c) => c.severity === 'critical').map((c) => c.id).sort((a, b) => a - b));
        expect(both.length).toBeGreaterThan(0);
      });

      it("finds a finding by the report's own ref", async () => {
        const golden = required.find((f) => f.ref === 'BUG-A13')!;
        expect(golden.title).toBeTruthy();
        const got = await list({ text: 'BUG-A13' });
        expect(got.map((c) => [c.ref, titleKey(c.title)])).toContainEqual(['BUG-A13', titleKey(golden.title)]);
      });

      it('never lets user text inject FTS syntax', async () => {
        for (const text of ['"', 'redis"', 'AND', 'NEAR(', '(a OR', '*', 'title:redis', '-x', '^', '   ', "'; DROP TABLE findings; --"]) {
          const r = await core.call('findings.list', { projectId, text });
          expect(r.ok, text).toBe(true);
        }
        expect((await list({ text: '   ' })).length).toBe((await list({})).length);
      });

      it('filters by path prefix through locations', async () => {
        // the goldens' first paths (a suffix of the stored path) tell where to look
        const withPath = required.filter((f) => f.path?.includes('/'));
        expect(withPath.length).toBeGreaterThan(10);
        const all = await list({});
        const stored = await storedText();
        for (const g of [withPath[0], withPath[withPath.length - 1]]) {
          const card = all.find((c) => titleKey(c.title) === titleKey(g.title))!;
          expect(card.primaryPath!.endsWith(g.path!)).toBe(true);
          const prefix = card.primaryPath!.slice(0, card.primaryPath!.indexOf('/') + 1);
          const want = stored.filter((r) => r.paths.some((p) => p.startsWith(prefix))).map((r) => r.id).sort((a, b) => a - b);
          const got = await list({ pathPrefix: prefix });
          expect(ids(got), prefix).toEqual(want);
          expect(ids(got)).toContain(card.id);
          expect(ids(await list({ pathPrefix: `./${prefix}` })), prefix).toEqual(want);
        }
      });

      it('answers in batches after an id (afterId + limit), which put together are the whole list (issue 17)', async () => {
        // every finding id of the project, read with plain SQL
        const stored = (await engine.query<{ id: number }>(dbPath, 'SELECT id FROM findings WHERE project_id = ? ORDER BY id', [projectId])).map((r) => Number(r.id));
        expect(stored.length).toBeGreaterThan(20);
        const got: number[] = [];
        let batches = 0;
        for (let after = 0; ; batches++) {
          const batch = await list({ afterId: after, limit: 7 });
          expect(batch.length).toBeLessThanOrEqual(7);
          got.push(...batch.map((c) => c.id));
          if (batch.length < 7) break;
          after = batch[batch.length - 1].id;
        }
        expect(got).toEqual(stored);
        expect(batches).toBe(Math.floor(stored.length / 7));
        // with a filter: the batches of the filtered list
        const stored2 = await storedText();
        const want = stored2.filter((r) => wordPrefix('redis').test(r.text)).map((r) => r.id).sort((a, b) => a - b);
        expect(want.length).toBeGreaterThan(2);
        const first = await list({ text: 'redis', limit: 2 });
        const rest = await list({ text: 'redis', afterId: first[1].id });
        expect([...first, ...rest].map((c) => c.id)).toEqual(want);
        expect(await list({ afterId: stored[stored.length - 1] })).toEqual([]);
      });

      it('lists only the findings asked for by id (ids), with the other filters', async () => {
        const stored = (await engine.query<{ id: number; severity: string | null }>(dbPath, 'SELECT id, severity FROM findings WHERE project_id = ? ORDER BY id', [projectId])).map((r) => ({ id: Number(r.id), severity: r.severity }));
        const asked = [stored[3].id, stored[0].id, stored[stored.length - 1].id, 999_999];
        expect((await list({ ids: asked })).map((c) => c.id)).toEqual([stored[0].id, stored[3].id, stored[stored.length - 1].id]);
        expect(await list({ ids: [] })).toEqual([]);
        const sev = stored[0].severity;
        const withSev = stored.slice(0, 10).filter((r) => (r.severity ?? 'unrated') === (sev ?? 'unrated')).map((r) => r.id);
        expect((await list({ ids: stored.slice(0, 10).map((r) => r.id), severity: [(sev ?? 'unrated') as 'high'] })).map((c) => c.id)).toEqual(withSev);
      });

      it('findings.ids answers the ids of the same filters, in id order', async () => {
        const stored = await storedText();
        const all = stored.map((r) => r.id);
        const ids0 = async (filter: Record<string, unknown>) => ok(await core.call('findings.ids', { projectId, ...filter }));
        expect(await ids0({})).toEqual(all);
        expect(await ids0({ text: 'redis' })).toEqual(stored.filter((r) => wordPrefix('redis').test(r.text)).map((r) => r.id));
        expect(await ids0({ text: 'Red' })).toEqual(stored.filter((r) => wordPrefix('red').test(r.text)).map((r) => r.id));
        const prefix = stored.find((r) => r.paths[0]?.includes('/'))!.paths[0].split('/')[0] + '/';
        expect(await ids0({ pathPrefix: prefix })).toEqual(stored.filter((r) => r.paths.some((p) => p.startsWith(prefix))).map((r) => r.id));
        const sevs = await engine.query<{ id: number }>(dbPath, `SELECT id FROM findings WHERE project_id = ? AND severity IN ('critical', 'high') ORDER BY id`, [projectId]);
        expect(await ids0({ severity: ['critical', 'high'] })).toEqual(sevs.map((r) => Number(r.id)));
        expect(await ids0({ text: 'zzzqqqxxx' })).toEqual([]);
        expect(await ids0({ afterId: all[4], limit: 3 })).toEqual(all.slice(5, 8));
      });

      it('returns light cards with the primary location', async () => {
        const withLoc = (await list({})).find((c) => c.primaryPath);
        expect(withLoc).toBeDefined();
        const detail = ok(await core.call('findings.get', { id: withLoc!.id }));
        expect(detail.locations[0].path).toBe(withLoc!.primaryPath);
        expect(detail.body.length).toBeGreaterThan(0);
      });
    });

    describe('reports.list', () => {
      it('puts found counts next to claims', async () => {
        const reports = ok(await core.call('reports.list', { projectId }));
        expect(reports.length).toBe(goldens.length);
        const cards = await list({});
        for (const g of goldens) {
          const r = reports.find((x) => x.sourcePath === g.file)!;
          expect(r, g.source).toBeDefined();
          const mine = cards.filter((c) => c.reportId === r.id);
          expectGoldenSelection(titles(mine), [g], () => true, () => true, g.source);
          expect(r.findingCount).toBe(mine.length);
          if (g.claims) expect(r.claims, g.source).toEqual(g.claims);
          for (const s of SEVERITIES) {
            const want = g.findings.filter((f) => f.severity === s).length;
            expect(r.found[s] ?? 0, `${g.source} ${s}`).toBeGreaterThanOrEqual(want);
            expect(r.found[s] ?? 0, `${g.source} ${s}`).toBe(mine.filter((c) => c.severity === s).length);
          }
        }
      });
    });

    describe('findings.update, history, dependencies', () => {
      it('updates in bulk with one event per changed field, undo restores every finding, redo re-applies', async () => {
        const before = await list({});
        const ids = before.slice(0, Math.min(before.length, 12)).map((c) => c.id);
        const cards = ok(
          await core.call('findings.update', { ids, patch: { status: 'wont_fix', notes: 'bulk' }, reason: 'accepted risk' }),
        );
        expect(cards.map((c) => c.status)).toEqual(ids.map(() => 'wont_fix'));
        const detail = ok(await core.call('findings.get', { id: ids[0] }));
        const updates = detail.history.filter((e) => e.action === 'update');
        expect(updates.map((e) => e.field).sort()).toEqual(
          before[0].status === 'wont_fix' ? ['notes'] : ['notes', 'status'],
        );
        expect(detail.notes).toBe('bulk');
        expect(updates.every((e) => e.reason === 'accepted risk' && e.actor === engine.expectedActor('test') && !e.undone)).toBe(true);

        const undone = ok(await core.call('history.undo', { projectId }));
        expect(undone.undone).toBe(ids.length);
        const after = await list({});
        expect(after.map((c) => [c.id, c.status])).toEqual(before.map((c) => [c.id, c.status]));
        const afterUndo = ok(await core.call('findings.get', { id: ids[0] }));
        expect(afterUndo.notes).toBeNull();
        expect(afterUndo.history.filter((e) => e.action === 'update').every((e) => e.undone)).toBe(true);
        expect(afterUndo.history.some((e) => e.action === 'undo')).toBe(true);

        const redone = ok(await core.call('history.redo', { projectId }));
        expect(redone.redone).toBe(ids.length);
        expect((await list({ status: ['wont_fix'] })).map((c) => c.id).filter((id) => ids.includes(id)).length).toBe(ids.length);
        expect(ok(await core.call('history.redo', { projectId })).redone).toBe(0);
        ok(await core.call('history.undo', { projectId }));
      });

      it('sets user effort and records effortSource', async () => {
        const [c] = await list({ limit: 1 });
        const [u] = ok(await core.call('findings.update', { ids: [c.id], patch: { effortMinHours: 1, effortMaxHours: 3 } }));
        expect(u).toMatchObject({ effortMinHours: 1, effortMaxHours: 3, effortSource: 'user' });
        ok(await core.call('history.undo', { projectId }));
        const back = ok(await core.call('findings.get', { id: c.id }));
        expect(back.effortSource).toBe(c.effortSource);
        expect(back.effortMinHours).toBe(c.effortMinHours);
        const bad = await core.call('findings.update', { ids: [c.id], patch: { effortMinHours: 5, effortMaxHours: 3 } });
        expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(await core.call('findings.update', { ids: [999999], patch: { status: 'fixed' } })).toMatchObject({
          ok: false,
          error: { code: 'not_found' },
        });
      });

      it('adds and removes dependencies, refusing self-links and cycles', async () => {
        const [a, b, c] = (await list({ limit: 3 })).map((x) => x.id);
        const clear = async (x: number, y: number) => core.call('dependencies.remove', { findingId: x, dependsOnId: y });
        await clear(a, b);
        await clear(b, c);
        await clear(c, a);
        ok(await core.call('dependencies.add', { findingId: a, dependsOnId: b }));
        ok(await core.call('dependencies.add', { findingId: b, dependsOnId: c }));
        const cycle = await core.call('dependencies.add', { findingId: c, dependsOnId: a });
        expect(cycle).toMatchObject({ ok: false, error: { code: 'conflict' } });
        if (!cycle.ok) expect(cycle.error.message).toMatch(/cycle/);
        expect(await core.call('dependencies.add', { findingId: a, dependsOnId: a })).toMatchObject({ ok: false });
        const da = ok(await core.call('findings.get', { id: a }));
        const db = ok(await core.call('findings.get', { id: b }));
        expect(da.dependsOn.map((x) => x.id)).toContain(b);
        expect(db.dependents.map((x) => x.id)).toContain(a);
        // undo the last dependency change, then redo it
        ok(await core.call('history.undo', { projectId }));
        expect(ok(await core.call('findings.get', { id: b })).dependsOn.map((x) => x.id)).not.toContain(c);
        ok(await core.call('history.redo', { projectId }));
        expect(ok(await core.call('findings.get', { id: b })).dependsOn.map((x) => x.id)).toContain(c);
        ok(await core.call('dependencies.remove', { findingId: b, dependsOnId: c }));
        expect(await core.call('dependencies.remove', { findingId: b, dependsOnId: c })).toMatchObject({
          ok: false,
          error: { code: 'not_found' },
        });
      });
    });
  });
}
