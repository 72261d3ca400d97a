// Done-when (1): ingest real SARIF, edit statuses and notes, re-ingest a copy with every line shifted
// by 10 and one result removed: every edit kept, lines updated, exactly one "not in latest report".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Status } from '../../shared/types';
import { generateSarif } from '../ingest/gen-sarif';
import { CORPUS, decisions, details, freshProjects, ok, read, shiftedSarif, writeCopy } from './helpers';
import { engines } from '../pg/engines';

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    const fresh = freshProjects(engine);

    const STATUSES: Status[] = ['in_progress', 'wont_fix', 'false_positive', 'fixed', 'verified'];

    /** ingests `v1`, edits every finding, re-ingests `v2` (same file name, another folder); returns what happened */
    async function roundTrip(name: string, v1: string, v2: string) {
      const { core, projectId, dir } = await fresh.open();
      const first = writeCopy(join(dir, 'nightly-1'), name, v1);
      const [r1] = ok(await core.call('ingest.paths', { projectId, paths: [first] }));
      if (!r1.ok) throw new Error(r1.error);
      const cards = ok(await core.call('findings.list', { projectId }));
      // a different decision per finding: status, notes, a severity override, effort
      for (const [i, c] of cards.entries()) {
        ok(
          await core.call('findings.update', {
            ids: [c.id],
            patch: { status: STATUSES[i % STATUSES.length], notes: `checked by lead #${i}`, severity: i % 2 ? 'low' : 'critical', effortMinHours: i, effortMaxHours: i + 2 },
          }),
        );
      }
      const before = await details(core, cards.map((c) => c.id));
      const second = writeCopy(join(dir, 'nightly-2'), name, v2);
      const preview = ok(await core.call('reingest.preview', { projectId, path: second }));
      const applied = ok(await core.call('reingest.apply', { projectId, reportId: r1.reportId, path: second }));
      const after = await details(core, cards.map((c) => c.id));
      const absent = ok(await core.call('findings.absent', { projectId }));
      const all = ok(await core.call('findings.list', { projectId }));
      return { core, dir, projectId, reportId: r1.reportId, before, after, preview, applied, absent, all };
    }

    function expectKept(run: Awaited<ReturnType<typeof roundTrip>>, expectedShift: number) {
      expect(run.all).toHaveLength(run.before.length); // nothing deleted, nothing added
      run.before.forEach((b, i) => {
        const a = run.after[i];
        expect(decisions(a)).toEqual(decisions(b));
      });
      expect(run.absent).toHaveLength(1);
      const absentId = run.absent[0].findingId;
      for (const [i, b] of run.before.entries()) {
        const a = run.after[i];
        if (a.id === absentId) {
          expect(a.locations).toEqual(b.locations); // the report no longer says where it is
          continue;
        }
        expect(a.locations.length).toBe(b.locations.length);
        a.locations.forEach((l, j) => {
          const old = b.locations[j];
          expect(l.path).toBe(old.path);
          expect(l.startLine ?? null).toBe(old.startLine == null ? null : old.startLine + expectedShift);
          expect(l.endLine ?? null).toBe(old.endLine == null ? null : old.endLine + expectedShift);
        });
        // the change is in the finding's history
        if (b.locations.some((l) => l.startLine != null)) {
          expect(a.history.some((e) => e.action === 'report.update' && e.field === 'locations')).toBe(true);
        }
      }
    }

    describe('re-ingest of a newer SARIF log', () => {
      it('corpus njsscan: lines +10 and one result removed keeps every edit, updates lines, one finding not in latest', async () => {
        const v1 = read(join(CORPUS, 'sarif/defectdojo_njsscan.sarif'));
        const { text: v2 } = shiftedSarif(v1, 10, 0);
        const run = await roundTrip('njsscan.sarif', v1, v2);
        expect(run.preview.previous).toMatchObject({ id: run.reportId, reason: 'same tool and file name' });
        expect(run.preview.counts).toMatchObject({ matched: run.before.length - 1, added: 0, absent: 1 });
        expect(run.applied).toMatchObject({ reportId: run.reportId, alreadyPresent: false, counts: { added: 0, absent: 1 } });
        expectKept(run, 10);
        // the absent one is the removed result (the first): first finding of the report
        expect(run.absent[0].findingId).toBe(run.before[0].id);
      });

      it('corpus spec example (one result, rich locations): the shifted copy matches, lines move by 10', async () => {
        const v1 = read(join(CORPUS, 'sarif/defectdojo_appendix_k_spec_example.sarif'));
        const { core, projectId, dir } = await fresh.open();
        const p1 = writeCopy(join(dir, 'a'), 'k.sarif', v1);
        const [r1] = ok(await core.call('ingest.paths', { projectId, paths: [p1] }));
        if (!r1.ok) throw new Error(r1.error);
        const [card] = ok(await core.call('findings.list', { projectId }));
        ok(await core.call('findings.update', { ids: [card.id], patch: { status: 'wont_fix', notes: 'accepted risk' } }));
        const p2 = writeCopy(join(dir, 'b'), 'k.sarif', shiftedSarif(v1, 10, null).text);
        const applied = ok(await core.call('reingest.apply', { projectId, reportId: r1.reportId, path: p2 }));
        expect(applied.counts).toMatchObject({ matched: 1, added: 0, absent: 0, changed: 1 });
        const d = ok(await core.call('findings.get', { id: card.id }));
        expect(d).toMatchObject({ status: 'wont_fix', notes: 'accepted risk' });
        expect(d.primaryLine).toBe((card.primaryLine ?? 0) + 10);
      });

      it('generated SARIF with partialFingerprints, and the same log without them (the fallback)', async () => {
        for (const withFingerprints of [true, false]) {
          const log = JSON.parse(generateSarif(60, 7)) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
          if (!withFingerprints) for (const r of log.runs[0].results) delete r.partialFingerprints;
          const v1 = JSON.stringify(log);
          const run = await roundTrip('gen.sarif', v1, shiftedSarif(v1, 10, 17).text);
          expect(run.applied.counts).toMatchObject({ matched: 59, added: 0, absent: 1 });
          expectKept(run, 10);
          fresh.close();
        }
      });

      it('re-ingesting the unchanged file adds nothing; the old version again adds nothing', async () => {
        const v1 = read(join(CORPUS, 'sarif/defectdojo_njsscan.sarif'));
        const run = await roundTrip('njsscan.sarif', v1, shiftedSarif(v1, 10, 0).text);
        const c = run.core;
        const count = async () => ok(await c.call('findings.list', { projectId: run.projectId })).length;
        const n = await count();
        const again = writeCopy(join(run.dir, 'nightly-3'), 'njsscan.sarif', v1);
        const preview = ok(await c.call('reingest.preview', { projectId: run.projectId, path: again }));
        expect(preview.alreadyPresent).toBe(true);
        const [r] = ok(await c.call('ingest.paths', { projectId: run.projectId, paths: [again] }));
        expect(r).toMatchObject({ ok: true, alreadyPresent: true, added: 0 });
        expect(await count()).toBe(n);
      });

      it('the removed result coming back clears its "not in latest report" mark', async () => {
        const v1 = read(join(CORPUS, 'sarif/defectdojo_njsscan.sarif'));
        const run = await roundTrip('njsscan.sarif', v1, shiftedSarif(v1, 10, 0).text);
        const c = run.core;
        const v3 = writeCopy(join(run.dir, 'nightly-3'), 'njsscan.sarif', shiftedSarif(v1, 20, null).text);
        const applied = ok(await c.call('reingest.apply', { projectId: run.projectId, reportId: run.reportId, path: v3 }));
        expect(applied.counts).toMatchObject({ matched: 2, added: 0, absent: 0, reappeared: 1 });
        expect(ok(await c.call('findings.absent', { projectId: run.projectId }))).toEqual([]);
      });
    });
  });
}
