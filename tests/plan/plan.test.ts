import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyManualOrder,
  autoTick,
  estimateEfforts,
  extractRefs,
  gateStatus,
  generatePlan,
  planFromFixOrder,
  setItemChecked,
  clearManual,
  toManualSteps,
  type Plan,
} from '../../shared/plan';
import { syntheticSnapshot } from '../../shared/plan/bench';
import { isOpen, type ProjectSnapshot } from '../../shared/snapshot';
import { arbSnapshot, finding, snapshot } from './make';

const order = (plan: Plan) => plan.steps.flatMap((s) => s.items.map((i) => i.findingId));

/** every finding comes after the open findings it depends on, unless both sit in one cycle */
function assertTopological(snap: ProjectSnapshot, plan: Plan) {
  const pos = new Map(order(plan).map((id, i) => [id, i]));
  const cycleOf = new Map<number, number>();
  plan.cycles.forEach((c, k) => {
    if (c.members.length > 1) c.members.forEach((m) => cycleOf.set(m, k));
  });
  for (const d of snap.dependencies) {
    const a = pos.get(d.findingId);
    const b = pos.get(d.dependsOnId);
    if (a === undefined || b === undefined || d.findingId === d.dependsOnId) continue;
    if (cycleOf.has(d.findingId) && cycleOf.get(d.findingId) === cycleOf.get(d.dependsOnId)) continue;
    expect(b, `${d.dependsOnId} before ${d.findingId}`).toBeLessThan(a);
  }
}

describe('generatePlan', () => {
  it('orders blockers and prerequisites first, then severity, then value for effort', () => {
    const snap = snapshot(
      [
        finding(1, { severity: 'low' }),
        finding(2, { severity: 'high', effortMinHours: 10, effortMaxHours: 20, effortSource: 'report' }),
        finding(3, { severity: 'high', effortMinHours: 1, effortMaxHours: 1, effortSource: 'user' }),
        finding(4, { severity: 'medium', blocksDeployment: true }),
        finding(5, { severity: 'critical' }),
        finding(6, { severity: 'info' }), // prerequisite of the blocker 4: pulled into step 1
        finding(7, { severity: 'high', status: 'fixed' }),
        finding(8, { severity: null }),
      ],
      [
        [4, 6],
        [3, 7], // depends on a fixed finding: satisfied
      ],
    );
    const plan = generatePlan(snap);
    expect(plan.steps.map((s) => s.key)).toEqual(['blockers', 'high', 'unrated', 'low']);
    expect(plan.steps[0].items.map((i) => i.findingId)).toEqual([6, 4, 5]);
    expect(plan.steps[0].items[0].reasons).toEqual(expect.arrayContaining(['pulled forward as a prerequisite']));
    expect(plan.steps[1].items.map((i) => i.findingId)).toEqual([3, 2]); // cheap high first
    expect(order(plan)).not.toContain(7);
    expect(plan.cycles).toEqual([]);
  });

  it('reports a cycle with a concrete path and still plans every member', () => {
    const snap = snapshot([1, 2, 3, 4].map((i) => finding(i)), [
      [1, 2],
      [2, 3],
      [3, 1],
      [4, 4],
    ]);
    const plan = generatePlan(snap);
    expect(plan.cycles).toEqual([
      { members: [1, 2, 3], path: [1, 2, 3, 1] },
      { members: [4], path: [4, 4] },
    ]);
    expect(plan.warnings[0]).toMatch(/^Dependency cycle: F-1 -> F-2 -> F-3 -> F-1/);
    expect(order(plan).sort()).toEqual([1, 2, 3, 4]);
    expect(plan.steps[0].items.find((i) => i.findingId === 1)!.inCycle).toBe(true);
  });

  it('is deterministic and total over random snapshots (topological, totals = sum of parts)', () => {
    fc.assert(
      fc.property(arbSnapshot(), (snap) => {
        const plan = generatePlan(snap);
        const ids = order(plan);
        const open = snap.findings.filter((f) => isOpen(f.status)).map((f) => f.id);
        expect([...ids].sort((a, b) => a - b)).toEqual(open);
        assertTopological(snap, plan);
        let min = 0;
        let max = 0;
        for (const s of plan.steps) {
          const sm = s.items.reduce((a, i) => a + i.effort.minHours, 0);
          const sM = s.items.reduce((a, i) => a + i.effort.maxHours, 0);
          expect(s.effort.minHours).toBeCloseTo(sm, 9);
          expect(s.effort.maxHours).toBeCloseTo(sM, 9);
          expect(s.effort.minHours).toBeLessThanOrEqual(s.effort.maxHours + 1e-9);
          min += s.effort.minHours;
          max += s.effort.maxHours;
        }
        expect(plan.totals.minHours).toBeCloseTo(min, 9);
        expect(plan.totals.maxHours).toBeCloseTo(max, 9);
        const efforts = estimateEfforts(snap);
        const all = open.reduce((a, id) => a + efforts.get(id)!.maxHours, 0);
        expect(plan.totals.maxHours).toBeCloseTo(all, 9);
        // the critical path is a dependency chain and no longer than the total
        const cp = plan.criticalPath;
        for (let i = 1; i < cp.findingIds.length; i++) {
          expect(snap.dependencies).toContainEqual({ findingId: cp.findingIds[i], dependsOnId: cp.findingIds[i - 1] });
        }
        expect(cp.maxHours).toBeLessThanOrEqual(plan.totals.maxHours + 1e-9);
        expect(generatePlan(snap)).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });

  it('reports every cycle of random cyclic graphs, in bounded time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 300 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })), { minLength: n, maxLength: 3 * n })),
        ),
        ([n, edges]) => {
          // force at least one cycle
          const deps: Array<[number, number]> = [...edges, [1, 2], [2, 1]];
          const snap = snapshot(
            Array.from({ length: n }, (_, i) => finding(i + 1)),
            deps,
          );
          const t0 = performance.now();
          const plan = generatePlan(snap);
          expect(performance.now() - t0).toBeLessThan(2000);
          expect(plan.cycles.length).toBeGreaterThan(0);
          const edgeSet = new Set(deps.map(([a, b]) => `${a}>${b}`));
          for (const c of plan.cycles) {
            expect(c.path[0]).toBe(c.path[c.path.length - 1]);
            for (let i = 1; i < c.path.length; i++) expect(edgeSet.has(`${c.path[i - 1]}>${c.path[i]}`)).toBe(true);
            for (const id of c.path) expect(c.members).toContain(id);
          }
          expect(plan.cycles.some((c) => c.members.includes(1) && c.members.includes(2))).toBe(true);
          expect(order(plan)).toHaveLength(n);
          assertTopological(snap, plan);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('plans a 10,000-long dependency chain without overflowing the stack', () => {
    const n = 10_000;
    const snap = snapshot(
      Array.from({ length: n }, (_, i) => finding(i + 1, { effortMinHours: 1, effortMaxHours: 2, effortSource: 'report' })),
      Array.from({ length: n - 1 }, (_, i) => [i + 1, i + 2] as [number, number]),
    );
    const plan = generatePlan(snap);
    expect(order(plan)[0]).toBe(n);
    expect(plan.criticalPath.findingIds).toHaveLength(n);
    expect(plan.criticalPath.maxHours).toBe(2 * n);
  });

  it('plans the bench-sized project (10,000 findings, 5,000 dependencies)', () => {
    const snap = syntheticSnapshot();
    const plan = generatePlan(snap);
    expect(order(plan).length).toBe(snap.findings.filter((f) => isOpen(f.status)).length);
    assertTopological(snap, plan);
  });
});

describe('effort', () => {
  it('takes the finding’s own, then the severity-group spread, then the settings default', () => {
    const snap = snapshot([
      finding(1, { severity: 'high', effortMinHours: 3, effortMaxHours: 5, effortSource: 'report' }),
      finding(2, { severity: 'high', effortMinHours: 1, effortMaxHours: 1, effortSource: 'user' }),
      finding(3, { severity: 'high', effortMinHours: 9, effortMaxHours: 9, effortSource: 'default' }), // stale derived value: re-derived
      finding(4, { severity: 'low' }),
      finding(5, { severity: null }),
      finding(6, { severity: 'high', reportId: 2 }),
    ]);
    snap.reports[0].effortBySeverity = { high: { minHours: 6, maxHours: 12, text: '6-12 hours' } };
    snap.settings.effortDefaults.high = [2.5, 4.5];
    const e = estimateEfforts(snap);
    expect(e.get(1)).toEqual({ minHours: 3, maxHours: 5, source: 'report' });
    expect(e.get(2)).toEqual({ minHours: 1, maxHours: 1, source: 'user' });
    expect(e.get(3)).toEqual({ minHours: 2, maxHours: 4, source: 'severity-group' }); // 6-12 over 3 high findings
    expect(e.get(4)).toEqual({ minHours: 0.5, maxHours: 1, source: 'default' });
    expect(e.get(5)).toEqual({ minHours: 1, maxHours: 2, source: 'default' });
    expect(e.get(6)).toEqual({ minHours: 2.5, maxHours: 4.5, source: 'default' }); // settings, not constants
  });

  it('finds the critical path by max hours', () => {
    const h = (min: number, max: number) => ({ effortMinHours: min, effortMaxHours: max, effortSource: 'report' as const });
    const snap = snapshot(
      [finding(1, h(1, 2)), finding(2, h(1, 10)), finding(3, h(1, 1)), finding(4, h(2, 3)), finding(5, h(5, 5))],
      [
        [2, 1],
        [4, 2],
        [4, 3],
      ],
    );
    const plan = generatePlan(snap);
    expect(plan.criticalPath).toEqual({ findingIds: [1, 2, 4], minHours: 4, maxHours: 15 });
  });
});

describe('extractRefs', () => {
  it('reads refs, shorthand continuations and #N', () => {
    expect(extractRefs('BUG-A10 + A13 (P1) - Posts never checked')).toEqual(['BUG-A10', 'BUG-A13']);
    expect(extractRefs('BUG-A10, A11 and A12')).toEqual(['BUG-A10', 'BUG-A11', 'BUG-A12']);
    expect(extractRefs('See SEC-3/4 and issue #3')).toEqual(['SEC-3', 'SEC-4', '#3']);
    expect(extractRefs('no refs at all, A13 alone')).toEqual([]);
  });
});

describe('planFromFixOrder', () => {
  const base = () => {
    const snap = snapshot([
      finding(1, { ref: 'BUG-A10', title: 'Next check not updated' }),
      finding(2, { ref: 'BUG-A13', title: 'Entry fetch missing' }),
      finding(3, { ref: '#3', title: 'Scraper Background Task Session Closed' }),
      finding(4, { ref: 'X-1', title: 'Something nobody planned', severity: 'critical' }),
      finding(5, { ref: 'X-2', title: 'Closed one', status: 'fixed' }),
      finding(6, { ref: 'Y-1', title: 'Other report', reportId: 2 }),
    ], [[1, 2]]);
    snap.reports[0].fixOrder = [
      { title: 'First', effort: { minHours: 1, maxHours: 2, text: '1-2 hours' }, items: [{ text: 'BUG-A10 + A13 together', done: false, refs: [] }] },
      {
        title: 'Second',
        effort: null,
        items: [
          { text: 'Fix scraper background task sessions', done: false, refs: [] },
          { text: 'Fix #3 again', done: false, refs: [] },
          { text: 'X-2 closed', done: true, refs: ['X-2'] },
          { text: 'Write smoke tests', done: false, refs: [] },
        ],
      },
    ];
    return snap;
  };

  it('links refs, shorthand and titles; repairs order inside a step; the rest goes to Unplanned', () => {
    const plan = planFromFixOrder(base(), 1);
    expect(plan.steps.map((s) => s.title)).toEqual(['First', 'Second', 'Unplanned']);
    expect(plan.steps[0].items.map((i) => i.findingId)).toEqual([2, 1]);
    expect(plan.steps[0].statedEffort).toEqual({ minHours: 1, maxHours: 2 });
    expect(plan.steps[1].items.map((i) => i.findingId)).toEqual([3]);
    expect(plan.steps[1].unlinked).toEqual([{ text: 'Write smoke tests', done: false }]);
    expect(plan.steps[2].items.map((i) => i.findingId)).toEqual([4, 6]);
    expect(plan.warnings).toEqual([]);
    expect(() => planFromFixOrder(base(), 99)).toThrow(/no report with id 99/);
  });

  it('warns when the report orders a finding before its prerequisite', () => {
    const snap = base();
    snap.reports[0].fixOrder = [
      { title: 'A', effort: null, items: [{ text: 'BUG-A10', done: false, refs: [] }] },
      { title: 'B', effort: null, items: [{ text: 'BUG-A13', done: false, refs: [] }] },
    ];
    expect(planFromFixOrder(snap, 1).warnings).toEqual(['BUG-A10 is planned before BUG-A13, which it depends on.']);
  });
});

describe('applyManualOrder', () => {
  it('keeps the user order; closed findings drop out; new ones join a sensible step', () => {
    const snap = snapshot([
      finding(1, { severity: 'high' }),
      finding(2, { severity: 'high' }),
      finding(3, { severity: 'low' }),
      finding(4, { severity: 'low' }),
    ]);
    const manual = [
      { title: 'Quick wins', findingIds: [3, 1] },
      { title: 'Later', findingIds: [2, 4, 999] },
    ];
    // re-plan after: 1 fixed, new high finding 5 (peers 2 in "Later"), new critical 6 (no peers), 7 depends on 4
    snap.findings[0].status = 'fixed';
    snap.findings.push(finding(5, { severity: 'high' }), finding(6, { severity: 'critical' }), finding(7, { severity: 'low' }));
    snap.dependencies.push({ findingId: 7, dependsOnId: 4 });
    const plan = applyManualOrder(generatePlan(snap), manual);
    expect(plan.kind).toBe('manual');
    expect(plan.steps.map((s) => [s.title, s.items.map((i) => i.findingId)])).toEqual([
      ['Quick wins', [3]],
      ['Later', [2, 4, 5, 7]],
      ['New findings', [6]],
    ]);
    expect(plan.totals.maxHours).toBeCloseTo(plan.steps.reduce((a, s) => a + s.effort.maxHours, 0));
    // a saved manual order round-trips
    expect(applyManualOrder(generatePlan(snap), toManualSteps(plan)).steps.map((s) => s.items.map((i) => i.findingId))).toEqual([
      [3],
      [2, 4, 5, 7],
      [6],
    ]);
  });

  it('warns (does not reorder) when the user puts a finding before its dependency', () => {
    const snap = snapshot([finding(1), finding(2)], [[1, 2]]);
    const plan = applyManualOrder(generatePlan(snap), [{ title: 'Mine', findingIds: [1, 2] }]);
    expect(plan.steps[0].items.map((i) => i.findingId)).toEqual([1, 2]);
    expect(plan.warnings).toEqual(['F-1 is planned before F-2, which it depends on.']);
  });
});

describe('checklists', () => {
  const items = [
    { id: 1, text: 'Redis fixed', checked: false, findingIds: [1, 2], manual: false },
    { id: 2, text: 'Unlinked', checked: true, findingIds: [], manual: false },
    { id: 3, text: 'User says no', checked: false, findingIds: [1], manual: true },
  ];
  it('ticks items whose findings are all fixed/verified; manual overrides win', () => {
    const fs = [
      { id: 1, status: 'fixed' as const },
      { id: 2, status: 'verified' as const },
    ];
    const out = autoTick(items, fs);
    expect(out.map((i) => i.checked)).toEqual([true, true, false]);
    expect(autoTick(items, [{ id: 1, status: 'fixed' }, { id: 2, status: 'wont_fix' }])[0].checked).toBe(false);
    expect(items[0].checked).toBe(false); // input untouched
    const unticked = setItemChecked(out[0], false);
    expect(autoTick([unticked], fs)[0]).toMatchObject({ checked: false, manual: true });
    expect(autoTick([clearManual(unticked)], fs)[0]).toMatchObject({ checked: true, manual: false });
  });

  it('gateStatus: ready only with no open blocker and every gate item checked', () => {
    const snap = snapshot([finding(1, { blocksDeployment: true }), finding(2)]);
    snap.checklists = [
      { id: 1, title: 'Deploy gate', gate: true, reportId: 1, items: [{ id: 1, text: 'Blocker verified', checked: false, findingIds: [1], manual: false }] },
      { id: 2, title: 'Nice to have', gate: false, reportId: 1, items: [{ id: 2, text: 'Docs', checked: false, findingIds: [], manual: false }] },
    ];
    let g = gateStatus(snap);
    expect(g).toMatchObject({ ready: false, gateChecklists: 1 });
    expect(g.openBlockingFindings.map((f) => f.id)).toEqual([1]);
    expect(g.openGateItems.map((i) => i.text)).toEqual(['Blocker verified']);
    expect(g.verdict).toBe('Not ready to deploy: 1 open finding blocks deployment; 1 gate checklist item is not checked.');
    snap.findings[0].status = 'verified';
    g = gateStatus(snap);
    expect(g.ready).toBe(true);
    expect(g.verdict).toBe('Ready to deploy: 1 gate item checked, no open finding blocks deployment and no critical finding is open.');
    snap.findings.push(finding(3, { severity: 'critical' }), finding(4, { severity: 'critical', blocksDeployment: false }));
    g = gateStatus(snap);
    expect(g).toMatchObject({ ready: false, verdict: 'Not ready to deploy: 1 critical finding is open.' });
    expect(g.openCriticalFindings.map((f) => f.id)).toEqual([3]);
  });
});
