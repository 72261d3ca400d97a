// Shared tail of every plan builder: step and plan totals, dependency-order warnings.
import { sumRanges } from './effort';
import { label } from './generate';
import type { Plan, PlanStep } from './types';

/** Recomputes step efforts and plan totals from the items (sum of min, sum of max). */
export function withTotals(steps: PlanStep[]): { steps: PlanStep[]; totals: Plan['totals'] } {
  for (const s of steps) s.effort = sumRanges(s.items.map((i) => i.effort));
  return { steps, totals: sumRanges(steps.map((s) => s.effort)) };
}

/** One warning per planned finding placed before an open finding it depends on. */
export function orderWarnings(steps: PlanStep[]): string[] {
  const pos = new Map<number, number>();
  const names = new Map<number, string>();
  let p = 0;
  for (const s of steps)
    for (const it of s.items) {
      pos.set(it.findingId, p++);
      names.set(it.findingId, label(it));
    }
  const out: string[] = [];
  for (const s of steps)
    for (const it of s.items) {
      if (it.inCycle) continue;
      for (const d of it.dependsOn) {
        const dp = pos.get(d);
        if (dp !== undefined && dp > pos.get(it.findingId)!) {
          out.push(`${names.get(it.findingId)} is planned before ${names.get(d)}, which it depends on.`);
        }
      }
    }
  return out;
}

/** Stable topological order of a list of items (deps inside the list first, else original order). */
export function stableTopo<T extends { findingId: number; dependsOn: number[] }>(items: T[]): T[] {
  const at = new Map(items.map((it, i) => [it.findingId, i]));
  const waiting = items.map((it) => it.dependsOn.filter((d) => at.has(d) && d !== it.findingId).length);
  const dependents: number[][] = items.map(() => []);
  items.forEach((it, i) => {
    for (const d of it.dependsOn) {
      const j = at.get(d);
      if (j !== undefined && j !== i) dependents[j].push(i);
    }
  });
  const out: T[] = [];
  const done = new Uint8Array(items.length);
  // small lists: a linear scan for the first ready item keeps it simple and stable
  for (let placed = 0; placed < items.length; placed++) {
    let pick = -1;
    for (let i = 0; i < items.length; i++) {
      if (!done[i] && waiting[i] === 0) {
        pick = i;
        break;
      }
    }
    if (pick === -1) pick = done.indexOf(0); // a cycle: keep original order
    done[pick] = 1;
    out.push(items[pick]);
    for (const w of dependents[pick]) waiting[w]--;
  }
  return out;
}
