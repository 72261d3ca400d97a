// Helpers shared by the exporters.
import { currentPlan, estimateEfforts, type Plan } from '../../shared/plan';
import type { ProjectSnapshot, SnapshotFinding } from '../../shared/snapshot';
import type { Location } from '../../shared/types';

export interface ExportOptions {
  /** the plan to render (default: the manual order if any, else the generated plan) */
  plan?: Plan;
  /** ISO timestamp written into the export (default: now); fixed in tests */
  exportedAt?: string;
}

export function resolvePlan(snapshot: ProjectSnapshot, options?: ExportOptions): Plan {
  return options?.plan ?? currentPlan(snapshot);
}

export function exportedAt(options?: ExportOptions): string {
  return options?.exportedAt ?? new Date().toISOString();
}

/** "path:line" (or "path:start-end", or just the path) */
export function locationText(l: Location | undefined): string | null {
  if (!l || !l.path) return null;
  if (l.startLine == null) return l.path;
  if (l.endLine != null && l.endLine !== l.startLine) return `${l.path}:${l.startLine}-${l.endLine}`;
  return `${l.path}:${l.startLine}`;
}

export function findingLabel(f: Pick<SnapshotFinding, 'ref' | 'id'>): string {
  return f.ref ?? `#${f.id}`;
}

export interface Lookup {
  byId: Map<number, SnapshotFinding>;
  reportName: Map<number, string>;
  efforts: ReturnType<typeof estimateEfforts>;
  /** finding id -> [step number (1-based), position in plan (1-based), step title] */
  planPos: Map<number, { step: number; position: number; title: string }>;
}

export function lookup(snapshot: ProjectSnapshot, plan: Plan): Lookup {
  const planPos = new Map<number, { step: number; position: number; title: string }>();
  let position = 0;
  plan.steps.forEach((s, k) => s.items.forEach((it) => planPos.set(it.findingId, { step: k + 1, position: ++position, title: s.title })));
  return {
    byId: new Map(snapshot.findings.map((f) => [f.id, f])),
    reportName: new Map(snapshot.reports.map((r) => [r.id, r.title ?? r.sourcePath])),
    efforts: estimateEfforts(snapshot),
    planPos,
  };
}

export const STATUS_LABEL: Record<SnapshotFinding['status'], string> = {
  open: 'open',
  in_progress: 'in progress',
  fixed: 'fixed',
  verified: 'verified',
  wont_fix: "won't fix",
  false_positive: 'false positive',
  duplicate: 'duplicate',
};
