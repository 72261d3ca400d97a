import { describe, expect, it } from 'vitest';
import type { FindingCard } from '../../shared/api';
import { layoutFor } from '../../renderer/src/lib/grouping';
import { prng } from '../ingest/gen-sarif';

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', null] as const;
const STATUSES = ['open', 'in_progress', 'fixed', 'verified', 'wont_fix'] as const;

function cards(n: number, seed: number): FindingCard[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: n }, (_, i) => ({
    id: i * 3 + 1 + Math.floor(rand() * 3),
    projectId: 1,
    reportId: 1,
    ref: null,
    title: `t${i}`,
    severity: pick(SEVERITIES),
    status: pick(STATUSES),
    phase: rand() < 0.3 ? null : `Phase ${Math.floor(rand() * 4)}`,
    category: null,
    ruleId: null,
    blocksDeployment: null,
    effortMinHours: rand() < 0.5 ? 1 : null,
    effortMaxHours: rand() < 0.5 ? 3 : null,
    effortSource: null,
    primaryPath: null,
    primaryLine: null,
    updatedAt: '',
    version: 1,
    createdAt: '',
    assignee: null,
    dueAt: null,
    dueManual: false,
    overdue: false,
  }));
}

// the order a column shows, written out plainly: severity (critical first, unrated last), then id
const RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const expectedOrder = (list: FindingCard[]) => [...list].sort((a, b) => (RANK[a.severity ?? ''] ?? 5) - (RANK[b.severity ?? ''] ?? 5) || a.id - b.id).map((c) => c.id);

describe('board layout (issue 17: 50,000 cards grouped in one pass)', () => {
  for (const order of ['id order', 'shuffled'] as const) {
    it(`puts every card in its column in severity then id order (${order})`, () => {
      const all = cards(3_000, 7);
      if (order === 'shuffled') {
        const rand = prng(9);
        for (let i = all.length - 1; i > 0; i--) {
          const j = Math.floor(rand() * (i + 1));
          [all[i], all[j]] = [all[j], all[i]];
        }
      }
      for (const field of ['status', 'severity', 'phase'] as const) {
        const layout = layoutFor(all, field, null);
        const cols = layout.lanes[0].columns;
        expect(cols.reduce((n, c) => n + c.cards.length, 0)).toBe(all.length);
        for (const col of cols) {
          const want = all.filter((c) => (field === 'severity' ? (c.severity ?? 'unrated') : field === 'phase' ? (c.phase ?? '\u0000none') : c.status) === col.key);
          expect(col.cards.map((c) => c.id), `${field} ${col.key}`).toEqual(expectedOrder(want));
          expect(col.effortMin).toBe(want.reduce((s, c) => s + (c.effortMinHours ?? c.effortMaxHours ?? 0), 0));
          expect(col.effortMax).toBe(want.reduce((s, c) => s + (c.effortMaxHours ?? c.effortMinHours ?? 0), 0));
        }
      }
      // swimlanes: each lane's columns hold that lane's cards, in the same order
      const lanes = layoutFor(all, 'status', 'severity').lanes;
      for (const lane of lanes) {
        for (const col of lane.columns) {
          const want = all.filter((c) => (c.severity ?? 'unrated') === lane.key && c.status === col.key);
          expect(col.cards.map((c) => c.id)).toEqual(expectedOrder(want));
        }
      }
    });
  }

  it('keeps the layouts of a cards array (switching grouping back and forth), and a new array gets new ones', () => {
    const all = cards(200, 3);
    const byStatus = layoutFor(all, 'status', null);
    const bySeverity = layoutFor(all, 'severity', null);
    expect(layoutFor(all, 'status', null)).toBe(byStatus);
    expect(layoutFor(all, 'severity', null)).toBe(bySeverity);
    const next = all.map((c, i) => (i === 0 ? { ...c, status: 'fixed' as const } : c));
    const again = layoutFor(next, 'status', null);
    expect(again).not.toBe(byStatus);
    expect(again.lanes[0].columns.find((c) => c.key === 'fixed')!.cards.map((c) => c.id)).toContain(next[0].id);
  });

  it('an edit of a few cards moves them between columns and leaves the other columns as they were', () => {
    const all = cards(2_000, 11);
    const check = (list: FindingCard[], field: 'status' | 'severity' | 'phase') => {
      const layout = layoutFor(list, field, null);
      const keyOfCard = (c: FindingCard) => (field === 'severity' ? (c.severity ?? 'unrated') : field === 'phase' ? (c.phase ?? '\u0000none') : c.status);
      // the columns the card set has, each with its cards in order, efforts summed (to the hundredth)
      const keys = new Set(list.map(keyOfCard));
      for (const k of keys) expect(layout.lanes[0].columns.some((c) => c.key === k), `${field} ${k}`).toBe(true);
      for (const col of layout.lanes[0].columns) {
        const want = list.filter((c) => keyOfCard(c) === col.key);
        expect(col.cards.map((c) => c.id), `${field} ${col.key}`).toEqual(expectedOrder(want));
        expect(col.effortMin).toBeCloseTo(want.reduce((s2, c) => s2 + (c.effortMinHours ?? c.effortMaxHours ?? 0), 0), 6);
      }
      if (field === 'phase') expect(layout.lanes[0].columns.every((c) => c.cards.length > 0)).toBe(true);
      return layout;
    };
    const before = check(all, 'status');
    // three cards edited in place (status, severity): a new array, other cards the same objects
    const edited = all.map((c, i) => (i === 5 ? { ...c, status: 'fixed' as const } : i === 700 ? { ...c, severity: 'critical' as const } : i === 1500 ? { ...c, status: 'verified' as const, severity: null } : c));
    const after = check(edited, 'status');
    const touched = new Set([all[5].status, 'fixed', all[700].status, all[1500].status, 'verified']);
    for (const col of after.lanes[0].columns) {
      const old = before.lanes[0].columns.find((c) => c.key === col.key)!;
      if (!touched.has(col.key as FindingCard['status'])) expect(col.cards, col.key).toBe(old.cards);
    }
    // by severity, and by phase with a phase emptied and one new: the columns follow
    check(all, 'severity');
    check(edited, 'severity');
    const phased = all.map((c) => (c.phase === 'Phase 3' ? { ...c, phase: 'Phase 2' } : c));
    check(all, 'phase');
    check(phased, 'phase');
    check(phased.map((c, i) => (i === 9 ? { ...c, phase: 'Phase 9' } : c)), 'phase');
    // many cards changed at once: made again, the same result
    check(all.map((c, i) => (i % 7 === 0 ? { ...c, status: 'wont_fix' as const } : c)), 'status');
  });
});
