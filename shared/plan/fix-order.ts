// planFromFixOrder: a starting plan from a report's own "Recommended Fix Order".
import type { ProjectSnapshot, SnapshotFinding } from '../snapshot';
import { orderWarnings, stableTopo, withTotals } from './finalize';
import { generatePlan } from './generate';
import { extractRefs, normalizeRef, refAliases, titleMatchScore, titleTokens } from './refs';
import type { Plan, PlanItem, PlanStep } from './types';

export const FIX_ORDER_RULE =
  "The report's own fix order: each step's items are linked to findings by the refs they name " +
  '(BUG-A10, "BUG-A10 + A13", "#3"), else by title similarity; open findings nobody named go to "Unplanned".';

/**
 * Maps the report's fix-order steps to plan steps. An item links to the findings whose refs it
 * names (item.refs and refs found in its text, this report first, then the project); an item
 * naming none links to the one finding of the report whose title matches best (titleMatchScore). A finding is planned once, at its first mention; closed findings are
 * left out. Open findings no step names go to a final "Unplanned" step in generated order.
 * Throws when the report does not exist.
 */
export function planFromFixOrder(snapshot: ProjectSnapshot, reportId: number): Plan {
  const report = snapshot.reports.find((r) => r.id === reportId);
  if (!report) throw new Error(`planFromFixOrder: no report with id ${reportId} in project ${snapshot.project.id}`);
  const generated = generatePlan(snapshot);
  const items = new Map<number, PlanItem>();
  const generatedOrder: number[] = [];
  for (const s of generated.steps)
    for (const it of s.items) {
      items.set(it.findingId, it);
      generatedOrder.push(it.findingId);
    }

  const own = snapshot.findings.filter((f) => f.reportId === reportId);
  const local = new Map<string, number>();
  const global = new Map<string, number>();
  for (const f of snapshot.findings) {
    if (!f.ref) continue;
    for (const k of refAliases(f.ref)) {
      if (f.reportId === reportId && !local.has(k)) local.set(k, f.id);
      if (!global.has(k)) global.set(k, f.id);
    }
  }
  const tokens = new Map<number, Set<string>>(own.map((f) => [f.id, titleTokens(f.title)]));
  const linkedByTitle = new Set<number>();
  const bestByTitle = (text: string): SnapshotFinding | null => {
    const t = titleTokens(text);
    let best: SnapshotFinding | null = null;
    let bestScore = -Infinity;
    for (const f of own) {
      const raw = titleMatchScore(t, tokens.get(f.id)!);
      if (raw <= 0) continue;
      const s = raw - (linkedByTitle.has(f.id) ? 0.25 : 0); // prefer findings no item claimed yet
      if (s > bestScore) {
        best = f;
        bestScore = s;
      }
    }
    return best;
  };

  const placed = new Set<number>();
  const warnings = [...generated.warnings];
  const steps: PlanStep[] = report.fixOrder.map((fo, k) => {
    const stepItems: PlanItem[] = [];
    const unlinked: Array<{ text: string; done: boolean }> = [];
    for (const item of fo.items) {
      const refs = [...new Set([...item.refs.map(normalizeRef), ...extractRefs(item.text)])];
      const ids: number[] = [];
      for (const r of refs) {
        const id = local.get(r) ?? global.get(r);
        if (id !== undefined && !ids.includes(id)) ids.push(id);
      }
      if (ids.length === 0) {
        const f = bestByTitle(item.text);
        if (f) {
          ids.push(f.id);
          linkedByTitle.add(f.id);
        }
      }
      if (ids.length === 0) unlinked.push({ text: item.text, done: item.done });
      for (const id of ids) {
        const it = items.get(id);
        if (it && !placed.has(id)) {
          placed.add(id);
          stepItems.push(it);
        }
      }
    }
    return {
      key: `report-${reportId}-step-${k + 1}`,
      title: fo.title,
      description: `From the report's fix order, step ${k + 1}.`,
      items: stableTopo(stepItems),
      effort: { minHours: 0, maxHours: 0 },
      statedEffort: fo.effort ? { minHours: fo.effort.minHours, maxHours: fo.effort.maxHours } : null,
      unlinked,
    };
  });
  if (report.fixOrder.length === 0) warnings.push(`Report ${report.title ?? report.sourcePath} has no fix order of its own.`);
  const rest = generatedOrder.filter((id) => !placed.has(id)).map((id) => items.get(id)!);
  if (rest.length > 0) {
    steps.push({
      key: 'unplanned',
      title: 'Unplanned',
      description: "Open findings the report's fix order does not name, in Punchlist's generated order.",
      items: rest,
      effort: { minHours: 0, maxHours: 0 },
    });
  }
  const { totals } = withTotals(steps);
  return {
    kind: 'report',
    rule: FIX_ORDER_RULE,
    steps,
    totals,
    criticalPath: generated.criticalPath,
    cycles: generated.cycles,
    warnings: [...warnings, ...orderWarnings(steps)],
  };
}
