// JSON export → import into a fresh database reproduces every finding, status, note, effort,
// dependency, checklist, manual plan order and setting (compared field by field, ids remapped).
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../shared/snapshot';
import { CORPUS, findingByRef, ingest, ok, SEEDS, SEED_000, SEED_001, tempCoreOn, type TempDb } from './helpers';
import { engines } from '../pg/engines';

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    const open: TempDb[] = [];
    afterEach(() => {
      while (open.length) open.pop()!.cleanup();
    });

    async function exportSnapshot(t: TempDb, projectId: number): Promise<ProjectSnapshot> {
      const file = ok(await t.core.call('export.render', { projectId, format: 'json' }));
      expect(file.fileName).toMatch(/\.json$/);
      return (JSON.parse(file.text) as { snapshot: ProjectSnapshot }).snapshot;
    }

    function expectSameProject(a: ProjectSnapshot, b: ProjectSnapshot) {
      const reportMap = new Map(a.reports.map((r, i) => [r.id, b.reports[i]?.id]));
      const findingMap = new Map(a.findings.map((f, i) => [f.id, b.findings[i]?.id]));
      expect(b.reports).toHaveLength(a.reports.length);
      a.reports.forEach((r, i) => expect({ ...b.reports[i], id: r.id }).toEqual(r));
      expect(b.findings).toHaveLength(a.findings.length);
      a.findings.forEach((f, i) => {
        const g = b.findings[i];
        expect(g.reportId).toBe(reportMap.get(f.reportId));
        expect(g.duplicateOf).toBe(f.duplicateOf === null ? null : findingMap.get(f.duplicateOf));
        // every other field, one by one (a failure names the field)
        for (const key of Object.keys(f) as Array<keyof typeof f>) {
          if (key === 'id' || key === 'reportId' || key === 'duplicateOf') continue;
          expect({ finding: f.ref ?? f.title, [key]: g[key] }).toEqual({ finding: f.ref ?? f.title, [key]: f[key] });
        }
      });
      const deps = (s: ProjectSnapshot, map?: Map<number, number | undefined>) =>
        s.dependencies.map((d) => `${map ? map.get(d.findingId) : d.findingId}>${map ? map.get(d.dependsOnId) : d.dependsOnId}`).sort();
      expect(deps(b)).toEqual(deps(a, findingMap));
      expect(b.checklists).toHaveLength(a.checklists.length);
      a.checklists.forEach((c, i) => {
        const d = b.checklists[i];
        expect({ title: d.title, gate: d.gate, reportId: d.reportId }).toEqual({ title: c.title, gate: c.gate, reportId: c.reportId === null ? null : reportMap.get(c.reportId) });
        expect(d.items.map((it) => ({ text: it.text, checked: it.checked, manual: it.manual, findingIds: [...it.findingIds].sort() }))).toEqual(
          c.items.map((it) => ({ text: it.text, checked: it.checked, manual: it.manual, findingIds: it.findingIds.map((x) => findingMap.get(x)!).sort() })),
        );
      });
      expect(b.planSteps).toEqual(a.planSteps?.map((s) => ({ title: s.title, findingIds: s.findingIds.map((x) => findingMap.get(x)) })) ?? null);
      expect(b.settings).toEqual(a.settings);
    }

    describe('JSON export → import', () => {
      it('reproduces the seeds and the corpus with triage state in a fresh database', async () => {
        const src = await tempCoreOn(engine);
        open.push(src);
        await ingest(src.core, 1, [...SEEDS, ...CORPUS]);
        // triage: statuses with reasons, notes, user effort, a dependency, checklist edits, a manual order, settings
        const a01 = await findingByRef(src.core, 1, 'BUG-A01');
        const a02 = await findingByRef(src.core, 1, 'BUG-A02');
        const a03 = await findingByRef(src.core, 1, 'BUG-A03');
        const i1 = await findingByRef(src.core, 1, 'Issue #1');
        ok(await src.core.call('findings.update', { ids: [a02.id], patch: { status: 'wont_fix' }, reason: 'Internal tool only' }));
        ok(await src.core.call('findings.update', { ids: [a03.id], patch: { status: 'false_positive' }, reason: 'Closed in finally' }));
        ok(await src.core.call('findings.update', { ids: [i1.id], patch: { status: 'fixed', notes: 'Fixed in **#42**\nsecond line, "quoted"' } }));
        ok(await src.core.call('findings.update', { ids: [a01.id], patch: { effortMinHours: 0.25, effortMaxHours: 3, status: 'in_progress', blocksDeployment: true } }));
        ok(await src.core.call('dependencies.add', { findingId: a02.id, dependsOnId: a01.id }));
        const lists = ok(await src.core.call('checklists.list', { projectId: 1 }));
        ok(await src.core.call('checklists.setItem', { itemId: lists[0].items[1].id, checked: true }));
        const mine = ok(await src.core.call('checklists.create', { projectId: 1, title: 'Hand-made gate ✓ «ü»', gate: true }));
        ok(await src.core.call('checklists.addItem', { checklistId: mine.id, text: 'Linked item', findingIds: [i1.id, a01.id] }));
        const plan = ok(await src.core.call('plan.get', { projectId: 1, source: 'generated' })).plan;
        const steps = plan.steps.map((s) => ({ title: s.title, findingIds: s.items.map((i) => i.findingId) }));
        steps.reverse();
        ok(await src.core.call('plan.setManual', { projectId: 1, steps }));
        ok(await src.core.call('plan.settings.set', { projectId: 1, settings: { effortDefaults: { low: [1, 3] }, severityWeights: { info: 0.5 } } }));

        const before = await exportSnapshot(src, 1);
        expect(before.findings.length).toBeGreaterThan(100);
        expect(before.findings.find((f) => f.id === a02.id)).toMatchObject({ status: 'wont_fix', statusReason: 'Internal tool only' });
        expect(before.findings.find((f) => f.id === a01.id)).toMatchObject({ effortMinHours: 0.25, effortMaxHours: 3, effortSource: 'user' });

        // into the (empty) default project of a fresh database
        const dst = await tempCoreOn(engine);
        open.push(dst);
        const text = ok(await src.core.call('export.render', { projectId: 1, format: 'json' })).text;
        const result = ok(await dst.core.call('import.json', { projectId: 1, base64: Buffer.from(text).toString('base64') }));
        expect(result).toMatchObject({ reports: before.reports.length, findings: before.findings.length, checklists: before.checklists.length });
        const after = await exportSnapshot(dst, 1);
        expectSameProject(before, after);
        // the plan and gate come out the same
        const planA = ok(await src.core.call('plan.get', { projectId: 1, source: 'current' })).plan;
        const planB = ok(await dst.core.call('plan.get', { projectId: 1, source: 'current' })).plan;
        expect(planB.steps.map((s) => [s.title, s.items.map((i) => i.ref ?? i.title), s.effort])).toEqual(
          planA.steps.map((s) => [s.title, s.items.map((i) => i.ref ?? i.title), s.effort]),
        );
        const gateA = ok(await src.core.call('gate.status', { projectId: 1 }));
        const gateB = ok(await dst.core.call('gate.status', { projectId: 1 }));
        expect(gateB.verdict).toBe(gateA.verdict);
        // the imported text is searchable
        expect(ok(await dst.core.call('findings.list', { projectId: 1, text: 'scheduler' })).length).toBeGreaterThan(0);
        // a non-empty project is refused; as a new project it gets a unique name
        const again = await dst.core.call('import.json', { projectId: 1, base64: Buffer.from(text).toString('base64') });
        expect(!again.ok && again.error.code).toBe('conflict');
        const asNew = ok(await dst.core.call('import.json', { base64: Buffer.from(text).toString('base64') }));
        expect(asNew.project.name).toBe('Default (imported)');
        expectSameProject(before, await exportSnapshot(dst, asNew.project.id));
      });

      it('a broken export changes nothing and says why', async () => {
        const t = await tempCoreOn(engine);
        open.push(t);
        await ingest(t.core, 1, [SEED_000, SEED_001]);
        const doc = JSON.parse(ok(await t.core.call('export.render', { projectId: 1, format: 'json' })).text);
        doc.snapshot.dependencies.push({ findingId: 99999, dependsOnId: doc.snapshot.findings[0].id });
        const projectsBefore = ok(await t.core.call('projects.list', {})).length;
        const r = await t.core.call('import.json', { base64: Buffer.from(JSON.stringify(doc)).toString('base64') });
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error.message).toMatch(/no finding 99999/);
        const r2 = await t.core.call('import.json', { base64: Buffer.from('not json').toString('base64') });
        expect(!r2.ok && r2.error.code).toBe('invalid_input');
        expect(ok(await t.core.call('projects.list', {}))).toHaveLength(projectsBefore);
      });
    });
  });
}
