// What a plan is: ordered steps of open findings with effort ranges, the critical path and any
// dependency cycles. Plain data (serialisable), produced by generatePlan / planFromFixOrder /
// applyManualOrder.
import type { Severity, Status } from '../types';
import type { EffortSource } from '../snapshot';

export interface HoursRange {
  minHours: number;
  maxHours: number;
}

export interface EffortEstimate extends HoursRange {
  source: EffortSource;
}

export interface PlanItem {
  findingId: number;
  ref: string | null;
  title: string;
  severity: Severity | null;
  status: Status;
  blocksDeployment: boolean;
  effort: EffortEstimate;
  /** open findings this one waits for */
  dependsOn: number[];
  /** open findings waiting for this one */
  dependents: number[];
  /** true when it sits in a dependency cycle (order inside the cycle is arbitrary but stable) */
  inCycle: boolean;
  /** why it sits where it does ("blocks deployment", "prerequisite of BUG-A10", "critical") */
  reasons: string[];
}

export interface PlanStep {
  /** stable key of the step ("blockers", "high", "report-1-step-2", "manual-3", "unplanned") */
  key: string;
  title: string;
  description: string;
  items: PlanItem[];
  effort: HoursRange;
  /** effort the report states for this step ("Phase 1: Make It Start (1 hour)"), when it does */
  statedEffort?: HoursRange | null;
  /** report fix-order items that name no finding Punchlist could link */
  unlinked?: Array<{ text: string; done: boolean }>;
}

export interface DependencyCycle {
  /** every finding of the strongly connected component, ascending */
  members: number[];
  /** one concrete cycle through it, first id repeated at the end (a -> b -> a) */
  path: number[];
}

export interface CriticalPath extends HoursRange {
  /** prerequisites first */
  findingIds: number[];
}

export interface Plan {
  kind: 'generated' | 'report' | 'manual';
  /** the ordering rule in words */
  rule: string;
  steps: PlanStep[];
  /** sum over steps (sum of min, sum of max) */
  totals: HoursRange;
  criticalPath: CriticalPath;
  cycles: DependencyCycle[];
  /** human-readable problems: cycles, manual orders that break a dependency, unresolved refs */
  warnings: string[];
}
