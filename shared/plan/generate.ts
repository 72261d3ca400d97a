// generatePlan: the fix order Punchlist proposes for the open findings of a snapshot.
import { isOpen, type ProjectSnapshot, type SnapshotFinding } from '../snapshot';
import type { Severity } from '../types';
import { estimateEfforts, sumRanges } from './effort';
import { buildOpenGraph, criticalPath, findCycles, stronglyConnected, type OpenGraph } from './graph';
import { MinHeap } from './heap';
import type { DependencyCycle, EffortEstimate, Plan, PlanItem, PlanStep } from './types';

/**
 * THE RULE (also returned as plan.rule):
 * 1. Only open findings (open, in_progress) are planned; a dependency on a closed finding is met.
 * 2. Each finding gets a tier: 0 = blocks deployment or critical, 1 = high, 2 = medium,
 *    3 = unrated, 4 = low, 5 = info. A prerequisite is pulled forward into the tier of its
 *    earliest dependent (transitively), so no step ever waits on a later step.
 * 3. Each non-empty tier is one step, in tier order.
 * 4. Inside a step the order is topological (a finding never comes before one it depends on) and,
 *    among the findings that are free to go, by: blocks deployment first, then the most open
 *    findings waiting on it, then severity, then value for effort (severity weight / mid hours),
 *    then snapshot order (id).
 * 5. A dependency cycle is reported (plan.cycles, plan.warnings); its members are treated as one
 *    unit placed by its best member and listed in the same priority order among themselves.
 */
export const GENERATED_RULE =
  'Open findings only. Tiers: deployment blockers and critical, then high, medium, unrated, low, info; ' +
  'a prerequisite is pulled into the step of its earliest dependent. Within a step: dependencies first, ' +
  'then blockers, findings others wait on, severity, value for effort (severity weight / mid hours). ' +
  'Dependency cycles are reported and their members kept together.';

export interface GenerateOptions {
  /** include these statuses too (default: open and in_progress only) */
  includeStatuses?: SnapshotFinding['status'][];
}

const SEVERITY_RANK: Record<Severity | 'unrated', number> = {
  critical: 0,
  high: 1,
  medium: 2,
  unrated: 3,
  low: 4,
  info: 5,
};
const TIER_STEPS: Array<{ key: string; title: string; description: string }> = [
  {
    key: 'blockers',
    title: 'Deployment blockers and critical findings',
    description: 'Findings that block deployment or are critical, with everything they depend on.',
  },
  { key: 'high', title: 'High severity', description: 'High-severity findings and their prerequisites.' },
  { key: 'medium', title: 'Medium severity', description: 'Medium-severity findings and their prerequisites.' },
  { key: 'unrated', title: 'Unrated (needs triage)', description: 'Findings without a severity; rate them.' },
  { key: 'low', title: 'Low severity', description: 'Low-severity findings.' },
  { key: 'info', title: 'Informational', description: 'Informational findings.' },
];

export function baseTier(f: SnapshotFinding): number {
  if (f.blocksDeployment === true || f.severity === 'critical') return 0;
  return SEVERITY_RANK[f.severity ?? 'unrated'];
}

export function label(f: { ref: string | null; id?: number; findingId?: number; title: string }): string {
  return f.ref ?? `#${f.id ?? f.findingId} ${f.title.slice(0, 40)}`;
}

/** What the steps of planning share: the open findings' graph (vertex v is finding g.ids[v]). */
interface Planning {
  g: OpenGraph;
  /** the finding of each vertex */
  fs: SnapshotFinding[];
  components: number[][];
  comp: Int32Array;
  /** each component's tier (TIER_STEPS), pulled forward by what depends on it */
  compTier: Int32Array;
  inCycle: Uint8Array;
  effortOf(id: number): EffortEstimate;
}

export function generatePlan(snapshot: ProjectSnapshot, options: GenerateOptions = {}): Plan {
  const efforts = estimateEfforts(snapshot);
  const include = options.includeStatuses;
  const planned = include
    ? { ...snapshot, findings: snapshot.findings.map((f) => (include.includes(f.status) && !isOpen(f.status) ? { ...f, status: 'open' as const } : f)) }
    : snapshot;
  const g = buildOpenGraph(planned);
  const byId = new Map(snapshot.findings.map((f) => [f.id, f]));
  const fs = g.ids.map((id) => byId.get(id)!);
  const { components, comp } = stronglyConnected(g);
  const cycles = findCycles(g, components, comp);
  const effortOf = (id: number): EffortEstimate => efforts.get(id)!;
  const p: Planning = { g, fs, components, comp, compTier: tierComponents(g, fs, components, comp), inCycle: markCycles(g, cycles), effortOf };
  const steps = groupIntoSteps(p, orderByPrerequisites(p, priorityOf(p, snapshot.settings.severityWeights)));
  return {
    kind: 'generated',
    rule: GENERATED_RULE,
    steps,
    totals: sumRanges(steps.map((s) => s.effort)),
    criticalPath: criticalPath(g, components, comp, effortOf),
    cycles,
    warnings: cycles.map(
      (c) =>
        `Dependency cycle: ${c.path.map((id) => label(byId.get(id)!)).join(' -> ')} (${c.members.length} finding${c.members.length === 1 ? '' : 's'}); placed together, break the cycle to order them.`,
    ),
  };
}

/** 1 for the vertices in a dependency cycle (a cycle of two or more, or a self-loop) */
function markCycles(g: OpenGraph, cycles: DependencyCycle[]): Uint8Array {
  const inCycle = new Uint8Array(g.ids.length);
  for (const c of cycles) for (const id of c.members) if (c.members.length > 1) inCycle[g.index.get(id)!] = 1;
  for (const id of g.selfLoops) inCycle[g.index.get(id)!] = 1;
  return inCycle;
}

/** Each component's tier: its members' own, or the earliest of what depends on it. */
function tierComponents(g: OpenGraph, fs: SnapshotFinding[], components: number[][], comp: Int32Array): Int32Array {
  // components are emitted prerequisites first, so walk them backwards (dependents first)
  const compTier = new Int32Array(components.length);
  for (let c = components.length - 1; c >= 0; c--) {
    let t = 99;
    for (const v of components[c]) {
      t = Math.min(t, baseTier(fs[v]));
      for (const w of g.dependents[v]) if (comp[w] !== c) t = Math.min(t, compTier[comp[w]]);
    }
    compTier[c] = t;
  }
  return compTier;
}

/**
 * Which of two vertices goes first: earlier tier, blocks deployment, more dependents, higher
 * severity, more value per hour (severity weight / mid effort), then the lower id.
 */
function priorityOf({ g, fs, comp, compTier, effortOf }: Planning, weights: ProjectSnapshot['settings']['severityWeights']): (a: number, b: number) => boolean {
  const n = g.ids.length;
  const value = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const e = effortOf(g.ids[v]);
    const mid = (e.minHours + e.maxHours) / 2;
    value[v] = weights[fs[v].severity ?? 'unrated'] / Math.max(mid, 0.05);
  }
  // precomputed sort keys (typed arrays keep the comparator cheap on 10,000 findings)
  const tierOf = new Int32Array(n);
  const blockKey = new Uint8Array(n);
  const sevKey = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    tierOf[v] = compTier[comp[v]];
    blockKey[v] = fs[v].blocksDeployment === true ? 0 : 1;
    sevKey[v] = SEVERITY_RANK[fs[v].severity ?? 'unrated'];
  }
  return (a: number, b: number): boolean => {
    if (tierOf[a] !== tierOf[b]) return tierOf[a] < tierOf[b];
    if (blockKey[a] !== blockKey[b]) return blockKey[a] < blockKey[b];
    const da = g.dependents[a].length;
    const db = g.dependents[b].length;
    if (da !== db) return da > db;
    if (sevKey[a] !== sevKey[b]) return sevKey[a] < sevKey[b];
    if (value[a] !== value[b]) return value[a] > value[b];
    return g.ids[a] < g.ids[b];
  };
}

/** The vertices in plan order: prerequisites first (Kahn over the condensation), the best ready component next. */
function orderByPrerequisites({ g, components, comp }: Planning, lessNode: (a: number, b: number) => boolean): number[] {
  // each component is represented by its best member
  const rep = new Int32Array(components.length);
  const sortedMembers = components.map((members, c) => {
    const s = members.length === 1 ? members : [...members].sort((a, b) => (lessNode(a, b) ? -1 : lessNode(b, a) ? 1 : 0));
    rep[c] = s[0];
    return s;
  });
  const waiting = new Int32Array(components.length);
  const compDependents: number[][] = components.map(() => []);
  for (let v = 0; v < g.ids.length; v++) {
    for (const d of g.deps[v]) {
      if (comp[d] === comp[v]) continue;
      waiting[comp[v]]++;
      compDependents[comp[d]].push(comp[v]);
    }
  }
  const heap = new MinHeap<number>((x, y) => lessNode(rep[x], rep[y]));
  for (let c = 0; c < components.length; c++) if (waiting[c] === 0) heap.push(c);
  const order: number[] = [];
  while (heap.size > 0) {
    const c = heap.pop()!;
    for (const v of sortedMembers[c]) order.push(v);
    for (const w of compDependents[c]) if (--waiting[w] === 0) heap.push(w);
  }
  return order;
}

/** A vertex as a plan item, with the reasons for its place. */
function planItem({ g, fs, comp, compTier, inCycle, effortOf }: Planning, v: number): PlanItem {
  const f = fs[v];
  const reasons: string[] = [];
  if (f.blocksDeployment === true) reasons.push('blocks deployment');
  if (g.dependents[v].length > 0) {
    const names = g.dependents[v].slice(0, 3).map((w) => label(fs[w]));
    const more = g.dependents[v].length > 3 ? ` and ${g.dependents[v].length - 3} more` : '';
    reasons.push(`prerequisite of ${names.join(', ')}${more}`);
  }
  const tier = compTier[comp[v]];
  if (tier < baseTier(f)) reasons.push('pulled forward as a prerequisite');
  reasons.push(f.severity ?? 'unrated');
  if (inCycle[v]) reasons.push('in a dependency cycle');
  return {
    findingId: f.id,
    ref: f.ref,
    title: f.title,
    severity: f.severity,
    status: f.status,
    blocksDeployment: f.blocksDeployment === true,
    effort: effortOf(f.id),
    dependsOn: g.deps[v].map((d) => g.ids[d]),
    dependents: g.dependents[v].map((d) => g.ids[d]),
    inCycle: inCycle[v] === 1,
    reasons,
  };
}

/** The ordered vertices cut into one step per tier run, each with its effort. */
function groupIntoSteps(p: Planning, order: number[]): PlanStep[] {
  const steps: PlanStep[] = [];
  let current: PlanStep | null = null;
  let currentTier = -1;
  for (const v of order) {
    const tier = p.compTier[p.comp[v]];
    if (!current || tier !== currentTier) {
      const def = TIER_STEPS[Math.min(tier, TIER_STEPS.length - 1)];
      current = { key: def.key, title: def.title, description: def.description, items: [], effort: { minHours: 0, maxHours: 0 } };
      currentTier = tier;
      steps.push(current);
    }
    current.items.push(planItem(p, v));
  }
  for (const s of steps) s.effort = sumRanges(s.items.map((i) => i.effort));
  return steps;
}
