// The plan, effort rollups, deployment gate and checklists through the API on real databases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/plan';
import { findingByRef, ingest, ok, SEED_000, SEED_001, tempCoreOn, type TempDb } from './helpers';
import { engines } from '../pg/engines';

const refsOf = (plan: Plan) => plan.steps.flatMap((s) => s.items.map((i) => i.ref));
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function expectTotalsAddUp(plan: Plan) {
  let min = 0;
  let max = 0;
  for (const s of plan.steps) {
    const smin = s.items.reduce((n, i) => n + i.effort.minHours, 0);
    const smax = s.items.reduce((n, i) => n + i.effort.maxHours, 0);
    expect(close(s.effort.minHours, smin)).toBe(true);
    expect(close(s.effort.maxHours, smax)).toBe(true);
    min += s.effort.minHours;
    max += s.effort.maxHours;
  }
  expect(close(plan.totals.minHours, min)).toBe(true);
  expect(close(plan.totals.maxHours, max)).toBe(true);
}

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    let t: TempDb;
    beforeEach(async () => {
      t = await tempCoreOn(engine);
    });
    afterEach(() => t.cleanup());

    describe('plan.get', () => {
      it('seed 001: BUG-A01 in the first step, BUG-A13 before BUG-A10, totals equal the sum of their parts', async () => {
        await ingest(t.core, 1, [SEED_001]);
        const view = ok(await t.core.call('plan.get', { projectId: 1, source: 'current' }));
        expect(view.manual).toBe(false);
        const plan = view.plan;
        expect(plan.kind).toBe('generated');
        expect(plan.steps[0].items.map((i) => i.ref)).toContain('BUG-A01');
        const order = refsOf(plan);
        expect(order.indexOf('BUG-A13')).toBeGreaterThanOrEqual(0);
        expect(order.indexOf('BUG-A13')).toBeLessThan(order.indexOf('BUG-A10'));
        expect(order).toHaveLength(18);
        expectTotalsAddUp(plan);
        // the report's "P1 bugs: 8-12 hours" is spread over its high findings, with the source shown
        const high = plan.steps.flatMap((s) => s.items).filter((i) => i.severity === 'high');
        expect(high.every((i) => i.effort.source === 'severity-group')).toBe(true);
        expect(plan.criticalPath.findingIds.length).toBeGreaterThanOrEqual(2);
        // the report's own fix order is offered as a starting plan, its items linked to findings
        expect(view.fixOrderReports).toHaveLength(1);
        const fromReport = ok(await t.core.call('plan.get', { projectId: 1, source: 'report', reportId: view.fixOrderReports[0].id })).plan;
        expect(fromReport.kind).toBe('report');
        expect(fromReport.steps.length).toBeGreaterThanOrEqual(4);
        expect(fromReport.steps[0].items.map((i) => i.ref)).toEqual(expect.arrayContaining(['BUG-A01', 'BUG-A13', 'BUG-A10']));
        expectTotalsAddUp(fromReport);
      });

      it('seed 000: the 7 deployment blockers come first and its "Testing Checklist" is a gate of 13 open items', async () => {
        await ingest(t.core, 1, [SEED_000]);
        const plan = ok(await t.core.call('plan.get', { projectId: 1, source: 'generated' })).plan;
        const items = plan.steps.flatMap((s) => s.items);
        expect(items.filter((i) => i.blocksDeployment)).toHaveLength(7);
        expect(items.slice(0, 7).every((i) => i.blocksDeployment)).toBe(true);
        expectTotalsAddUp(plan);
        const gate = ok(await t.core.call('gate.status', { projectId: 1 }));
        expect(gate.ready).toBe(false);
        expect(gate.gateChecklists).toBe(1);
        expect(gate.openGateItems).toHaveLength(13);
        expect(gate.openGateItems.every((i) => /testing checklist/i.test(i.checklistTitle))).toBe(true);
        expect(gate.openBlockingFindings).toHaveLength(7);
        expect(gate.verdict).toMatch(/^Not ready to deploy/);
      });

      it('reports a dependency cycle instead of hanging, and keeps the members together', async () => {
        await ingest(t.core, 1, [SEED_001]);
        const snap = JSON.parse(ok(await t.core.call('export.render', { projectId: 1, format: 'json' })).text);
        const a = snap.snapshot.findings[0].id;
        const b = snap.snapshot.findings[1].id;
        const c = snap.snapshot.findings[2].id;
        snap.snapshot.dependencies.push({ findingId: a, dependsOnId: b }, { findingId: b, dependsOnId: c }, { findingId: c, dependsOnId: a });
        const imported = ok(await t.core.call('import.json', { base64: Buffer.from(JSON.stringify(snap)).toString('base64') }));
        const started = Date.now();
        const plan = ok(await t.core.call('plan.get', { projectId: imported.project.id, source: 'current' })).plan;
        expect(Date.now() - started).toBeLessThan(30_000);
        expect(plan.cycles).toHaveLength(1);
        expect(plan.cycles[0].members).toHaveLength(3);
        expect(plan.warnings.some((w) => w.startsWith('Dependency cycle'))).toBe(true);
        const members = new Set(plan.cycles[0].members);
        const positions = plan.steps.flatMap((s) => s.items).flatMap((it, i) => (members.has(it.findingId) ? [i] : []));
        expect(positions[2] - positions[0]).toBe(2);
        expect(refsOf(plan)).toHaveLength(18);
      });
    });

    describe('manual plan', () => {
      it('a manual order survives re-planning (a status change) until the user resets it', async () => {
        await ingest(t.core, 1, [SEED_001]);
        const generated = ok(await t.core.call('plan.get', { projectId: 1, source: 'current' })).plan;
        const a07 = await findingByRef(t.core, 1, 'BUG-A07');
        const a12 = await findingByRef(t.core, 1, 'BUG-A12');
        // move BUG-A07 to the top of the first step
        const steps = generated.steps.map((s) => ({ title: s.title, findingIds: s.items.map((i) => i.findingId).filter((id) => id !== a07.id) }));
        steps[0].findingIds.unshift(a07.id);
        const saved = ok(await t.core.call('plan.setManual', { projectId: 1, steps }));
        expect(saved.manual).toBe(true);
        expect(saved.plan.kind).toBe('manual');
        expect(saved.plan.steps[0].items[0].ref).toBe('BUG-A07');
        expectTotalsAddUp(saved.plan);
        // re-plan after a change: BUG-A12 fixed drops out, the manual order stays
        ok(await t.core.call('findings.update', { ids: [a12.id], patch: { status: 'fixed' } }));
        const again = ok(await t.core.call('plan.get', { projectId: 1, source: 'current' }));
        expect(again.manual).toBe(true);
        expect(again.plan.steps[0].items[0].ref).toBe('BUG-A07');
        expect(refsOf(again.plan)).not.toContain('BUG-A12');
        expect(refsOf(again.plan)).toHaveLength(17);
        // the generated plan is still available, and reset returns to it
        const reset = ok(await t.core.call('plan.reset', { projectId: 1 }));
        expect(reset.manual).toBe(false);
        expect(reset.plan.kind).toBe('generated');
        expect(reset.plan.steps[0].items[0].ref).not.toBe('BUG-A07');
      });

      it('refuses findings of another project', async () => {
        await ingest(t.core, 1, [SEED_001]);
        const other = ok(await t.core.call('projects.create', { name: 'Other' }));
        await ingest(t.core, other.id, [SEED_000]);
        const foreign = ok(await t.core.call('findings.list', { projectId: other.id }))[0];
        const r = await t.core.call('plan.setManual', { projectId: 1, steps: [{ title: 'x', findingIds: [foreign.id] }] });
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error.code).toBe('invalid_input');
      });
    });

    describe('effort', () => {
      it('user effort wins and shows its source; the defaults per severity are settings', async () => {
        await ingest(t.core, 1, [SEED_000]);
        const i10 = await findingByRef(t.core, 1, 'Issue #10');
        let plan = ok(await t.core.call('plan.get', { projectId: 1, source: 'generated' })).plan;
        const item = () => plan.steps.flatMap((s) => s.items).find((i) => i.ref === 'Issue #10')!;
        expect(item().effort).toEqual({ minHours: 1, maxHours: 2, source: 'default' });
        const settings = ok(await t.core.call('plan.settings.set', { projectId: 1, settings: { effortDefaults: { medium: [3, 5] } } }));
        expect(settings.effortDefaults.medium).toEqual([3, 5]);
        expect(settings.effortDefaults.high).toEqual([2, 4]);
        expect(ok(await t.core.call('plan.settings.get', { projectId: 1 })).effortDefaults.medium).toEqual([3, 5]);
        plan = ok(await t.core.call('plan.get', { projectId: 1, source: 'generated' })).plan;
        expect(item().effort).toEqual({ minHours: 3, maxHours: 5, source: 'default' });
        ok(await t.core.call('findings.update', { ids: [i10.id], patch: { effortMinHours: 0.5, effortMaxHours: 1.5 } }));
        plan = ok(await t.core.call('plan.get', { projectId: 1, source: 'generated' })).plan;
        expect(item().effort).toEqual({ minHours: 0.5, maxHours: 1.5, source: 'user' });
        expectTotalsAddUp(plan);
      });
    });

    describe('checklists and the gate', () => {
      it('ticks, unticks, edits, adds and links items; a linked item ticks itself when its findings are fixed', async () => {
        await ingest(t.core, 1, [SEED_000]);
        const lists = ok(await t.core.call('checklists.list', { projectId: 1 }));
        expect(lists).toHaveLength(1);
        const gateList = lists[0];
        expect(gateList.gate).toBe(true);
        // tick one by hand
        const first = gateList.items[0];
        let list = ok(await t.core.call('checklists.setItem', { itemId: first.id, checked: true }));
        expect(list.items[0]).toMatchObject({ checked: true, manual: true });
        expect(ok(await t.core.call('gate.status', { projectId: 1 })).openGateItems).toHaveLength(12);
        // edit its text
        list = ok(await t.core.call('checklists.editItem', { itemId: first.id, text: 'Server starts (edited)' }));
        expect(list.items[0].text).toBe('Server starts (edited)');
        // a hand-made checklist with an item linked to two findings
        const i1 = await findingByRef(t.core, 1, 'Issue #1');
        const i2 = await findingByRef(t.core, 1, 'Issue #2');
        const mine = ok(await t.core.call('checklists.create', { projectId: 1, title: 'Release sign-off', gate: true }));
        expect(mine).toMatchObject({ title: 'Release sign-off', gate: true, reportId: null, items: [] });
        let signoff = ok(await t.core.call('checklists.addItem', { checklistId: mine.id, text: 'Redis and DB fixes verified', findingIds: [i1.id] }));
        const itemId = signoff.items[0].id;
        signoff = ok(await t.core.call('checklists.linkFinding', { itemId, findingId: i2.id }));
        expect(signoff.items[0].findingIds.sort()).toEqual([i1.id, i2.id].sort());
        expect(signoff.items[0].checked).toBe(false);
        ok(await t.core.call('findings.update', { ids: [i1.id], patch: { status: 'fixed' } }));
        expect(ok(await t.core.call('checklists.list', { projectId: 1 }))[1].items[0].checked).toBe(false);
        ok(await t.core.call('findings.update', { ids: [i2.id], patch: { status: 'verified' } }));
        expect(ok(await t.core.call('checklists.list', { projectId: 1 }))[1].items[0]).toMatchObject({ checked: true, manual: false });
        // the user can untick it anyway; null hands it back to auto-ticking
        signoff = ok(await t.core.call('checklists.setItem', { itemId, checked: false }));
        expect(signoff.items[0]).toMatchObject({ checked: false, manual: true });
        signoff = ok(await t.core.call('checklists.setItem', { itemId, checked: null }));
        expect(signoff.items[0]).toMatchObject({ checked: true, manual: false });
        // reopening a finding unticks the auto item again
        ok(await t.core.call('findings.update', { ids: [i2.id], patch: { status: 'open' } }));
        const gate = ok(await t.core.call('gate.status', { projectId: 1 }));
        expect(gate.gateChecklists).toBe(2);
        expect(gate.openGateItems.map((i) => i.text)).toContain('Redis and DB fixes verified');
        signoff = ok(await t.core.call('checklists.unlinkFinding', { itemId, findingId: i2.id }));
        expect(signoff.items[0]).toMatchObject({ findingIds: [i1.id], checked: true });
        expect(ok(await t.core.call('checklists.update', { id: mine.id, gate: false })).gate).toBe(false);
        expect(ok(await t.core.call('gate.status', { projectId: 1 })).gateChecklists).toBe(1);
      });

      it('the verdict turns to ready when every blocker is closed and every gate item checked', async () => {
        await ingest(t.core, 1, [SEED_000]);
        const cards = ok(await t.core.call('findings.list', { projectId: 1 }));
        const crit = cards.filter((c) => c.blocksDeployment || c.severity === 'critical').map((c) => c.id);
        ok(await t.core.call('findings.update', { ids: crit, patch: { status: 'fixed' } }));
        let gate = ok(await t.core.call('gate.status', { projectId: 1 }));
        expect(gate.openBlockingFindings).toHaveLength(0);
        expect(gate.ready).toBe(false);
        for (const it of gate.openGateItems) ok(await t.core.call('checklists.setItem', { itemId: it.itemId, checked: true }));
        gate = ok(await t.core.call('gate.status', { projectId: 1 }));
        expect(gate.ready).toBe(true);
        expect(gate.verdict).toMatch(/^Ready to deploy/);
      });
    });
  });
}
