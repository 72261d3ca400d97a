// Fix-order planning, effort rollups and deployment gates (pure; shared by core, CLI and renderer).
export type { CriticalPath, DependencyCycle, EffortEstimate, HoursRange, Plan, PlanItem, PlanStep } from './types';
export { estimateEfforts, sumRanges } from './effort';
export { generatePlan, GENERATED_RULE, baseTier, type GenerateOptions } from './generate';
export { planFromFixOrder, FIX_ORDER_RULE } from './fix-order';
export { applyManualOrder, toManualSteps, MANUAL_RULE } from './manual';
export { autoTick, clearManual, gateStatus, isDoneStatus, setItemChecked, type GateFinding, type GateItemRef, type GateStatus } from './checklists';
export { extractRefs, normalizeRef, titleMatchScore, titleSimilarity } from './refs';
export { orderWarnings } from './finalize';

import type { ProjectSnapshot } from '../snapshot';
import { applyManualOrder } from './manual';
import { generatePlan } from './generate';
import type { Plan } from './types';

/** The plan to show: the manual order when the snapshot has one, else the generated plan. */
export function currentPlan(snapshot: ProjectSnapshot): Plan {
  const generated = generatePlan(snapshot);
  return snapshot.planSteps && snapshot.planSteps.length > 0 ? applyManualOrder(generated, snapshot.planSteps) : generated;
}
