// Done-when (2), (3), (4): duplicate suggestions for seeds 000 + 003 with merge / un-merge; all seeds
// ingested twice leave counts unchanged; undo after a bulk status change restores every finding.
import { describe, expect, it } from 'vitest';
import { suggestDuplicates, titleSimilarity, words } from '../../core/service/similarity';
import type { DuplicateSuggestion, FindingCard } from '../../shared/api';
import { decisions, details, freshProjects, ok, seed, seedFiles } from './helpers';
import { engines } from '../pg/engines';

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    const fresh = freshProjects(engine);

    /** the pairs the issue names, by report ref (000 → 003): authentication, feature flags, user profile, WebSocket, API */
    const NAMED: Array<[string, string]> = [
      ['Issue #9', '1.7'],
      ['Issue #10', '4.3'],
      ['Issue #8', '4.1'],
      ['Issue #7', '2.2'],
      ['Issue #6', '3.6'],
    ];

    async function seeds000and003() {
      const opened = await fresh.open();
      const { core } = opened;
      const results = ok(await core.call('ingest.paths', { projectId: opened.projectId, paths: [seed('000_'), seed('003_')] }));
      for (const r of results) if (!r.ok) throw new Error(r.error);
      const [r0, r3] = results as Array<{ reportId: number }>;
      const cards = ok(await core.call('findings.list', { projectId: opened.projectId }));
      const byRef = (reportId: number, ref: string) => cards.find((c) => c.reportId === reportId && c.ref === ref)!;
      const pairs = NAMED.map(([a, b]) => [byRef(r0.reportId, a), byRef(r3.reportId, b)] as [FindingCard, FindingCard]);
      return { ...opened, cards, pairs };
    }

    const hasPair = (list: DuplicateSuggestion[], a: number, b: number) =>
      list.some((s) => (s.a.id === a && s.b.id === b) || (s.a.id === b && s.b.id === a));

    describe('duplicate suggestions', () => {
      it('seeds 000 + 003 suggest the five named pairs, with scores and reasons', async () => {
        const { core, projectId, pairs } = await seeds000and003();
        const list = ok(await core.call('duplicates.suggest', { projectId }));
        for (const [a, b] of pairs) {
          expect(a && b).toBeTruthy();
          expect(hasPair(list, a.id, b.id), `${a.title} ⇄ ${b.title}`).toBe(true);
        }
        for (const s of list) {
          expect(s.score).toBeGreaterThan(0);
          expect(s.score).toBeLessThanOrEqual(1);
          expect(s.reason).not.toBe('');
          expect(s.a.reportId).not.toBe(s.b.reportId); // only across reports
        }
        // suggestions stay few: a lead reads them all
        expect(list.length).toBeLessThan(20);
      });

      it('merge keeps sources, locations and the strongest severity; un-merge restores both findings', async () => {
        const { core: c, projectId, pairs } = await seeds000and003();
        for (const [keep, dup] of pairs) {
          const [k0, d0] = await details(c, [keep.id, dup.id]);
          const merged = ok(await c.call('duplicates.merge', { keepId: keep.id, duplicateId: dup.id }));
          const rank = ['critical', 'high', 'medium', 'low', 'info'];
          const strongest = [k0.severity, d0.severity].filter(Boolean).sort((x, y) => rank.indexOf(x!) - rank.indexOf(y!))[0] ?? null;
          expect(merged.keep.severity).toBe(strongest);
          expect(merged.duplicate.status).toBe('duplicate');
          const info = ok(await c.call('duplicates.info', { findingId: keep.id }));
          expect(info.sources.map((s) => s.reportId).sort()).toEqual([keep.reportId, dup.reportId].sort());
          expect(info.locations).toEqual([...k0.locations, ...d0.locations]);
          expect(info.duplicates.map((d) => d.id)).toEqual([dup.id]);
          const dupInfo = ok(await c.call('duplicates.info', { findingId: dup.id }));
          expect(dupInfo.duplicateOf?.id).toBe(keep.id);
          expect(ok(await c.call('findings.get', { id: dup.id })).duplicateOf).toBe(keep.id);
          // merged pairs are no longer suggested
          expect(hasPair(ok(await c.call('duplicates.suggest', { projectId })), keep.id, dup.id)).toBe(false);

          expect(ok(await c.call('duplicates.unmerge', { findingId: dup.id }))).toEqual({ unmerged: 1 });
          const [k1, d1] = await details(c, [keep.id, dup.id]);
          expect(decisions(k1)).toEqual(decisions(k0));
          expect(decisions(d1)).toEqual(decisions(d0));
          expect(d1.duplicateOf ?? null).toBeNull();
          expect(ok(await c.call('duplicates.info', { findingId: keep.id })).sources).toHaveLength(1);
        }
        // suggested again once un-merged
        const list = ok(await c.call('duplicates.suggest', { projectId }));
        for (const [a, b] of pairs) expect(hasPair(list, a.id, b.id)).toBe(true);
      });

      it('merge and un-merge are undoable and redoable', async () => {
        const { core: c, projectId, pairs } = await seeds000and003();
        const [keep, dup] = pairs[0]; // high 1.7 into critical #9 → duplicate gets status duplicate
        const [k0, d0] = await details(c, [keep.id, dup.id]);
        ok(await c.call('duplicates.merge', { keepId: dup.id, duplicateId: keep.id })); // keep the weaker one: severity rises
        expect(ok(await c.call('findings.get', { id: dup.id })).severity).toBe('critical');
        ok(await c.call('history.undo', { projectId }));
        let [k1, d1] = await details(c, [keep.id, dup.id]);
        expect([decisions(k1), decisions(d1)]).toEqual([decisions(k0), decisions(d0)]);
        expect(k1.duplicateOf ?? null).toBeNull();
        ok(await c.call('history.redo', { projectId }));
        expect(ok(await c.call('findings.get', { id: keep.id })).duplicateOf).toBe(dup.id);
        expect(ok(await c.call('duplicates.info', { findingId: dup.id })).duplicates.map((x) => x.id)).toEqual([keep.id]);
        ok(await c.call('duplicates.unmerge', { findingId: dup.id })); // un-merge from the kept side
        [k1, d1] = await details(c, [keep.id, dup.id]);
        expect([decisions(k1), decisions(d1)]).toEqual([decisions(k0), decisions(d0)]);
        ok(await c.call('history.undo', { projectId })); // undo the un-merge: merged again
        expect(ok(await c.call('findings.get', { id: keep.id }))).toMatchObject({ status: 'duplicate', duplicateOf: dup.id });
        expect(ok(await c.call('findings.get', { id: dup.id })).severity).toBe('critical');
      });

      it('a merge is refused across projects, into itself, and into a finding that is itself a duplicate', async () => {
        const { core: c, pairs } = await seeds000and003();
        const [[a, b], [x]] = pairs;
        expect((await c.call('duplicates.merge', { keepId: a.id, duplicateId: a.id })).ok).toBe(false);
        ok(await c.call('duplicates.merge', { keepId: a.id, duplicateId: b.id }));
        const again = await c.call('duplicates.merge', { keepId: x.id, duplicateId: b.id });
        expect(again.ok).toBe(false);
        if (!again.ok) expect(again.error.code).toBe('conflict');
        const other = ok(await c.call('projects.create', { name: 'other' }));
        const res = ok(await c.call('ingest.paths', { projectId: other.id, paths: [seed('001_')] }));
        const foreign = ok(await c.call('findings.list', { projectId: other.id }))[0];
        expect(res[0].ok).toBe(true);
        expect((await c.call('duplicates.merge', { keepId: x.id, duplicateId: foreign.id })).ok).toBe(false);
      });
    });

    describe('similarity measure', () => {
      it('words: case, punctuation, camelCase, plurals and stop words do not count', () => {
        expect(words('The WebSocket endpoints are Mismatched!')).toEqual(['web', 'socket', 'endpoint', 'mismatch']);
        expect(words('API mismatches')).toEqual(['api', 'mismatch']);
      });

      it('title: a short title contained in a longer one scores high; disjoint titles score 0', () => {
        const idf = () => 1;
        const a = new Set(words('No Authentication'));
        expect(titleSimilarity(a, new Set(words('No Authentication/Authorization')), idf)).toBeGreaterThan(0.8);
        expect(titleSimilarity(a, new Set(words('Redis crash on start')), idf)).toBe(0);
      });

      it('same location alone is not enough; same location plus shared words is', () => {
        const loc = [{ path: 'src/a.ts', line: 10 }];
        const items = [
          { id: 1, reportId: 1, title: 'Token leaks into logs', body: 'The session token is logged.', locations: loc },
          { id: 2, reportId: 2, title: 'Session token written to logs', body: 'Logs contain the token.', locations: [{ path: 'src/a.ts', line: 12 }] },
          { id: 3, reportId: 2, title: 'Slow query', body: 'Missing index on orders.', locations: loc },
          { id: 4, reportId: 2, title: 'Session token written to logs', body: 'Logs contain the token.', locations: loc },
        ];
        const pairs = suggestDuplicates(items);
        // 2 ⇄ 4 are in one report (never paired); 3 shares only the place with 1
        expect(pairs.map((p) => [p.a, p.b]).sort()).toEqual([[1, 2], [1, 4]]);
        expect(pairs[0].reason).toContain('same location');
      });
    });

    describe('re-ingesting every seed twice', () => {
      it('leaves every count unchanged', async () => {
        const { core, projectId } = await fresh.open();
        const counts = async () => {
          const reports = ok(await core.call('reports.list', { projectId }));
          const findings = ok(await core.call('findings.list', { projectId }));
          const absent = ok(await core.call('findings.absent', { projectId }));
          const suggestions = ok(await core.call('duplicates.suggest', { projectId }));
          return { reports: reports.length, findings: findings.length, absent: absent.length, suggestions: suggestions.length };
        };
        const first = ok(await core.call('ingest.paths', { projectId, paths: seedFiles() }));
        expect(first.every((r) => r.ok && !r.alreadyPresent)).toBe(true);
        const once = await counts();
        expect(once.reports).toBe(seedFiles().length);
        const second = ok(await core.call('ingest.paths', { projectId, paths: seedFiles() }));
        expect(second.every((r) => r.ok && r.alreadyPresent && r.added === 0)).toBe(true);
        for (const file of seedFiles()) {
          const preview = ok(await core.call('reingest.preview', { projectId, path: file }));
          expect(preview.alreadyPresent).toBe(true);
        }
        expect(await counts()).toEqual(once);
      });
    });

    describe('undo after bulk actions', () => {
      it('undo after a bulk status change restores every finding; redo applies it again', async () => {
        const { core, projectId } = await fresh.open();
        ok(await core.call('ingest.paths', { projectId, paths: seedFiles() }));
        const cards = ok(await core.call('findings.list', { projectId }));
        // some findings start from a decision of their own
        ok(await core.call('findings.update', { ids: cards.slice(0, 5).map((c) => c.id), patch: { status: 'in_progress' } }));
        const before = ok(await core.call('findings.list', { projectId }));
        ok(await core.call('findings.update', { ids: cards.map((c) => c.id), patch: { status: 'wont_fix' }, reason: 'bulk' }));
        expect(ok(await core.call('findings.list', { projectId })).every((c) => c.status === 'wont_fix')).toBe(true);
        const undone = ok(await core.call('history.undo', { projectId }));
        expect(undone.undone).toBe(cards.filter((c, i) => before[i].status !== 'wont_fix').length);
        const after = ok(await core.call('findings.list', { projectId }));
        expect(after.map((c) => [c.id, c.status])).toEqual(before.map((c) => [c.id, c.status]));
        ok(await core.call('history.redo', { projectId }));
        expect(ok(await core.call('findings.list', { projectId })).every((c) => c.status === 'wont_fix')).toBe(true);
      });
    });
  });
}
