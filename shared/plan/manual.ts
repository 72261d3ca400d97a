// applyManualOrder: the user's own order, kept across re-planning.
import type { SnapshotPlanStep } from '../snapshot';
import { orderWarnings, withTotals } from './finalize';
import type { Plan, PlanItem, PlanStep } from './types';

export const MANUAL_RULE =
  "The user's order. Closed findings drop out; a new open finding joins the manual step holding most of " +
  'its generated step, or a later one holding what it depends on, else a final "New findings" step. ' +
  'Resetting the plan (discarding the manual steps) returns to the generated order.';

/**
 * Lays a stored manual order over a freshly generated plan (which holds exactly the open findings).
 * - ids in manualSteps that are no longer open (or no longer exist) drop out; duplicates keep the first;
 * - open findings the manual order does not name (new since it was saved) are appended to the manual
 *   step that holds the most findings of their generated step (ties: the earlier step), moved later
 *   if needed to come after every open finding they depend on; with no such step they go to a final
 *   "New findings" step;
 * - the user's order is never rearranged: where it puts a finding before its dependency, a warning says so.
 * Empty manual steps are kept (the user made them). Reset = do not call this.
 */
export function applyManualOrder(generated: Plan, manualSteps: SnapshotPlanStep[]): Plan {
  const items = new Map<number, PlanItem>();
  const genStep = new Map<number, number>();
  const genOrder: number[] = [];
  generated.steps.forEach((s, k) =>
    s.items.forEach((it) => {
      items.set(it.findingId, it);
      genStep.set(it.findingId, k);
      genOrder.push(it.findingId);
    }),
  );
  const placedIn = new Map<number, number>();
  const steps: PlanStep[] = manualSteps.map((ms, k) => {
    const its: PlanItem[] = [];
    for (const id of ms.findingIds) {
      const it = items.get(id);
      if (!it || placedIn.has(id)) continue;
      placedIn.set(id, k);
      its.push(it);
    }
    return {
      key: `manual-${k + 1}`,
      title: ms.title,
      description: 'Ordered by hand.',
      items: its,
      effort: { minHours: 0, maxHours: 0 },
    };
  });
  let newStep: PlanStep | null = null;
  for (const id of genOrder) {
    if (placedIn.has(id)) continue;
    const it = items.get(id)!;
    const g = genStep.get(id)!;
    const counts = new Map<number, number>();
    for (const peer of generated.steps[g].items) {
      const k = placedIn.get(peer.findingId);
      if (k !== undefined && peer.findingId !== id) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    let target = -1;
    let bestCount = 0;
    for (const [k, c] of [...counts].sort((a, b) => a[0] - b[0])) {
      if (c > bestCount) {
        target = k;
        bestCount = c;
      }
    }
    if (target !== -1) {
      for (const d of it.dependsOn) {
        const k = placedIn.get(d);
        if (k !== undefined) target = Math.max(target, k);
      }
    }
    if (target === -1) {
      if (!newStep) {
        newStep = {
          key: 'manual-new',
          title: 'New findings',
          description: 'Open findings added since the manual order was saved.',
          items: [],
          effort: { minHours: 0, maxHours: 0 },
        };
        steps.push(newStep);
      }
      target = steps.length - 1;
    }
    steps[target].items.push(it);
    placedIn.set(id, target);
  }
  const { totals } = withTotals(steps);
  return {
    kind: 'manual',
    rule: MANUAL_RULE,
    steps,
    totals,
    criticalPath: generated.criticalPath,
    cycles: generated.cycles,
    warnings: [...generated.warnings.filter((w) => w.startsWith('Dependency cycle')), ...orderWarnings(steps)],
  };
}

/** The manual order a plan represents (what the DB stores when the user reorders). */
export function toManualSteps(plan: Plan): SnapshotPlanStep[] {
  return plan.steps.map((s) => ({ title: s.title, findingIds: s.items.map((i) => i.findingId) }));
}
