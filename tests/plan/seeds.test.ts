// The plan over the team's real reports: built from the goldens (+ seed text), and from the real
// parser's output. A parser failure fails these tests (it is never turned into a skip).
import { describe, expect, it } from 'vitest';
import { gateStatus, generatePlan, planFromFixOrder } from '../../shared/plan';
import { snapshotFromParsed, type ProjectSnapshot } from '../../shared/snapshot';
import type { ParsedReport } from '../../shared/types';
import { parsedByParser, parsedFromGolden, SEED_000, SEED_001 } from './fixtures';

const sources: Array<[string, (seed: string) => ParsedReport]> = [
  ['golden data', parsedFromGolden],
  ['the Markdown parser', (s) => parsedByParser(s)],
];

it('a parser failure on a seed is thrown to the test, not turned into a skip', () => {
  const boom = () => {
    throw new Error('parser crashed on the seed');
  };
  expect(() => parsedByParser(SEED_000, boom)).toThrow('parser crashed on the seed');
  expect(() => parsedByParser('no-such-seed')).toThrow(/ENOENT/);
});

function refOrder(snapshot: ProjectSnapshot, plan: ReturnType<typeof generatePlan>): string[] {
  const byId = new Map(snapshot.findings.map((f) => [f.id, f]));
  return plan.steps.flatMap((s) => s.items.map((i) => byId.get(i.findingId)!.ref ?? `#${i.findingId}`));
}

for (const [name, load] of sources) {
  describe(`seed plans from ${name}`, () => {
    it('001: BUG-A13 comes before BUG-A10, and BUG-A01 is in step 1', () => {
      const p001 = load(SEED_001);
      const snap = snapshotFromParsed([p001]);
      const a10 = snap.findings.find((f) => f.ref === 'BUG-A10')!;
      const a13 = snap.findings.find((f) => f.ref === 'BUG-A13')!;
      expect(snap.dependencies).toContainEqual({ findingId: a10.id, dependsOnId: a13.id });
      const plan = generatePlan(snap);
      const order = refOrder(snap, plan);
      expect(order.indexOf('BUG-A13')).toBeGreaterThanOrEqual(0);
      expect(order.indexOf('BUG-A13')).toBeLessThan(order.indexOf('BUG-A10'));
      const step1 = plan.steps[0].items.map((i) => i.ref);
      expect(step1).toContain('BUG-A01');
      expect(plan.cycles).toEqual([]);
      // every open finding planned exactly once
      expect(order.length).toBe(snap.findings.filter((f) => f.status === 'open' || f.status === 'in_progress').length);
      expect(new Set(order).size).toBe(order.length);
      // the report's group effort is spread over its findings: P1 (high) 8-12 h over 8 high findings
      const highs = snap.findings.filter((f) => f.severity === 'high').length;
      const a10item = plan.steps.flatMap((s) => s.items).find((i) => i.ref === 'BUG-A10')!;
      expect(p001.report.effortBySeverity?.high).toMatchObject({ minHours: 8, maxHours: 12 });
      expect(a10item.effort.source).toBe('severity-group');
      expect(a10item.effort.maxHours).toBeCloseTo(12 / highs);
    });

    it("001: the report's own fix order links \"BUG-A10 + A13\" and puts A01 first", () => {
      const snap = snapshotFromParsed([load(SEED_001)]);
      const plan = planFromFixOrder(snap, 1);
      expect(plan.kind).toBe('report');
      const first = plan.steps[0].items.map((i) => i.ref);
      expect(first).toEqual(expect.arrayContaining(['BUG-A01', 'BUG-A08', 'BUG-A10', 'BUG-A13']));
      expect(first.indexOf('BUG-A13')).toBeLessThan(first.indexOf('BUG-A10'));
      const all = plan.steps.flatMap((s) => s.items.map((i) => i.findingId));
      expect(new Set(all).size).toBe(snap.findings.filter((f) => f.status === 'open').length);
    });

    it('000: the 7 deployment blockers come first; the Testing Checklist is a gate of 13 open items', () => {
      const snap = snapshotFromParsed([load(SEED_000)]);
      const blockers = snap.findings.filter((f) => f.blocksDeployment === true && f.status !== 'fixed');
      // refs are "#1" (golden) or "Issue #1" (parser): compare their number
      const num = (r: string | null) => /#(\d+)$/.exec(r ?? '')?.[1];
      expect(blockers.map((f) => num(f.ref)).sort()).toEqual(['1', '2', '3', '4', '6', '8', '9'].sort());
      const plan = generatePlan(snap);
      const step1 = plan.steps[0];
      expect(step1.key).toBe('blockers');
      const firstSeven = step1.items.slice(0, 7);
      expect(firstSeven.every((i) => i.blocksDeployment)).toBe(true);
      expect(new Set(firstSeven.map((i) => i.ref))).toEqual(new Set(blockers.map((f) => f.ref)));

      const gate = gateStatus(snap);
      const testing = snap.checklists.find((c) => /testing checklist/i.test(c.title))!;
      expect(testing.gate).toBe(true);
      expect(testing.items).toHaveLength(13);
      expect(gate.openGateItems.filter((g) => g.checklistId === testing.id)).toHaveLength(13);
      expect(gate.openBlockingFindings).toHaveLength(7);
      expect(gate.openCriticalFindings.map((f) => f.title)).toEqual(['Scraper Job Info Payload Corruption']);
      expect(gate.ready).toBe(false);
      expect(gate.verdict).toBe('Not ready to deploy: 7 open findings block deployment; 1 other critical finding is open; 13 gate checklist items are not checked.');
    });

    it('000: the fix order links its items to findings by title', () => {
      const snap = snapshotFromParsed([load(SEED_000)]);
      const plan = planFromFixOrder(snap, 1);
      const titles = plan.steps.map((s) => s.title);
      const clean = (t: string) => t.replace(/^Phase \d+:\s*/, '').replace(/\s*\(\d+ hours?\)$/, '');
      expect(titles.slice(0, 4).map(clean)).toEqual(['Make It Start', 'Make It Work', 'Make It Safe', 'Verify']);
      const refsIn = (k: number) => plan.steps[k].items.map((i) => `#${/#(\d+)$/.exec(i.ref ?? '')?.[1]}`);
      // "Fix missing model imports" -> #4 (the Redis fix is done in the report but #1 is still open)
      expect(refsIn(0)).toEqual(expect.arrayContaining(['#1', '#4', '#10']));
      expect(refsIn(1)).toEqual(expect.arrayContaining(['#2', '#3', '#5', '#8']));
      expect(refsIn(2)).toEqual(expect.arrayContaining(['#9', '#6', '#7']));
      expect(plan.steps[0].statedEffort).toEqual({ minHours: 1, maxHours: 1 });
      // "Write smoke tests …" names no finding
      expect(plan.steps[3].items).toHaveLength(0);
      expect(plan.steps[3].unlinked!.length).toBe(3);
      expect(plan.steps.find((s) => s.key === 'unplanned')).toBeUndefined();
    });
  });
}
