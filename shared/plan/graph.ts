// The dependency graph of open findings: strongly connected components (iterative Tarjan, so
// 10,000-node chains do not overflow the stack), cycles, and the critical path.
import { isOpen, type ProjectSnapshot } from '../snapshot';
import type { CriticalPath, DependencyCycle, EffortEstimate } from './types';

export interface OpenGraph {
  /** open finding ids, in snapshot order */
  ids: number[];
  index: Map<number, number>;
  /** deps[i]: indices that i waits for (deduplicated, no self loops) */
  deps: number[][];
  /** dependents[i]: indices waiting for i */
  dependents: number[][];
  /** ids with a dependency on themselves */
  selfLoops: number[];
}

/** Edges between two open findings only: a dependency on a closed finding is satisfied. */
export function buildOpenGraph(snapshot: ProjectSnapshot): OpenGraph {
  const ids: number[] = [];
  const index = new Map<number, number>();
  for (const f of snapshot.findings) {
    if (isOpen(f.status) && !index.has(f.id)) {
      index.set(f.id, ids.length);
      ids.push(f.id);
    }
  }
  const deps: number[][] = ids.map(() => []);
  const dependents: number[][] = ids.map(() => []);
  const seen = new Set<string>();
  const selfLoops: number[] = [];
  for (const d of snapshot.dependencies) {
    const a = index.get(d.findingId);
    const b = index.get(d.dependsOnId);
    if (a === undefined || b === undefined) continue;
    if (a === b) {
      if (!selfLoops.includes(d.findingId)) selfLoops.push(d.findingId);
      continue;
    }
    const k = `${a}>${b}`;
    if (seen.has(k)) continue;
    seen.add(k);
    deps[a].push(b);
    dependents[b].push(a);
  }
  return { ids, index, deps, dependents, selfLoops };
}

/**
 * Strongly connected components along dep edges, emitted prerequisites first (every component
 * comes after all components it depends on). comp[i] is i's component number in that order.
 */
export function stronglyConnected(g: OpenGraph): { components: number[][]; comp: Int32Array } {
  const n = g.ids.length;
  const idx = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  const comp = new Int32Array(n).fill(-1);
  let counter = 0;
  const callStack: Array<[number, number]> = []; // [node, next edge position]
  for (let s = 0; s < n; s++) {
    if (idx[s] !== -1) continue;
    callStack.push([s, 0]);
    idx[s] = low[s] = counter++;
    stack.push(s);
    onStack[s] = 1;
    while (callStack.length > 0) {
      const frame = callStack[callStack.length - 1];
      const v = frame[0];
      const edges = g.deps[v];
      if (frame[1] < edges.length) {
        const w = edges[frame[1]++];
        if (idx[w] === -1) {
          idx[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callStack.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], idx[w]);
        }
        continue;
      }
      callStack.pop();
      if (callStack.length > 0) {
        const parent = callStack[callStack.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === idx[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = components.length;
          members.push(w);
        } while (w !== v);
        components.push(members);
      }
    }
  }
  return { components, comp };
}

/** Cycles: components of more than one finding, and self-dependencies. Deterministic order. */
export function findCycles(g: OpenGraph, components: number[][], comp: Int32Array): DependencyCycle[] {
  const cycles: DependencyCycle[] = [];
  for (const members of components) {
    if (members.length < 2) continue;
    const ids = members.map((i) => g.ids[i]).sort((a, b) => a - b);
    const start = g.index.get(ids[0])!;
    const c = comp[start];
    // BFS inside the component for the shortest way back to start
    const parent = new Map<number, number>();
    const queue = [start];
    let closing = -1;
    outer: for (let q = 0; q < queue.length; q++) {
      const u = queue[q];
      for (const w of g.deps[u]) {
        if (comp[w] !== c) continue;
        if (w === start) {
          closing = u;
          break outer;
        }
        if (!parent.has(w)) {
          parent.set(w, u);
          queue.push(w);
        }
      }
    }
    const path: number[] = [];
    for (let u = closing; u !== start && u !== -1; u = parent.get(u)!) path.push(g.ids[u]);
    path.push(g.ids[start]);
    path.reverse();
    path.push(g.ids[start]);
    cycles.push({ members: ids, path });
  }
  for (const id of [...g.selfLoops].sort((a, b) => a - b)) cycles.push({ members: [id], path: [id, id] });
  cycles.sort((a, b) => a.members[0] - b.members[0]);
  return cycles;
}

/**
 * Longest chain of dependencies by max hours (edges inside a cycle are ignored). Ties go to the
 * chain found first in component order, so the result is deterministic.
 */
export function criticalPath(
  g: OpenGraph,
  components: number[][],
  comp: Int32Array,
  effort: (id: number) => EffortEstimate,
): CriticalPath {
  const n = g.ids.length;
  const best = new Float64Array(n);
  const pred = new Int32Array(n).fill(-1);
  let end = -1;
  for (const members of components) {
    // prerequisites first, so every dep outside this component is final already
    for (const v of [...members].sort((a, b) => a - b)) {
      let base = 0;
      let from = -1;
      for (const d of g.deps[v]) {
        if (comp[d] === comp[v]) continue;
        if (best[d] > base) {
          base = best[d];
          from = d;
        }
      }
      best[v] = base + effort(g.ids[v]).maxHours;
      pred[v] = from;
      if (end === -1 || best[v] > best[end]) end = v;
    }
  }
  const findingIds: number[] = [];
  let minHours = 0;
  let maxHours = 0;
  for (let v = end; v !== -1; v = pred[v]) {
    const e = effort(g.ids[v]);
    findingIds.push(g.ids[v]);
    minHours += e.minHours;
    maxHours += e.maxHours;
  }
  findingIds.reverse();
  return { findingIds, minHours, maxHours };
}
