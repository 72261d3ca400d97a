// plan.* and gate.status: the plan is computed from a fresh snapshot on every call (pure shared/plan);
// the manual order and the plan settings are what the database keeps.
import { settingsRepository } from '../../../db/repositories/settings-repository';
import type { PlanView } from '../../../shared/api';
import { currentPlan, gateStatus, generatePlan, planFromFixOrder, type Plan } from '../../../shared/plan';
import { resolveSettings, type DeepPartialSettings, type ProjectSnapshot } from '../../../shared/snapshot';
import { CoreError, notFound, type CoreContext } from '../context';
import { writeManualSteps } from '../import-json';
import { buildSnapshot, PLAN_SETTINGS_KEY, readPlanSettings } from '../snapshot';
import { requireProject } from './projects';
import { handlersOf, type Handler } from './types';

export type PlanSource = 'generated' | 'report' | 'current';

/** The plan of a snapshot from the given source (also used by the CLI on snapshots without a DB). */
export function planFor(snapshot: ProjectSnapshot, source: PlanSource, reportId?: number): Plan {
  if (source === 'generated') return generatePlan(snapshot);
  if (source === 'report') {
    const report = reportId !== undefined ? snapshot.reports.find((r) => r.id === reportId) : snapshot.reports.find((r) => r.fixOrder.length > 0);
    if (!report) {
      throw reportId !== undefined ? notFound(`report ${reportId} in project ${snapshot.project.id}`) : new CoreError('not_found', 'no report of this project has a fix order of its own');
    }
    return planFromFixOrder(snapshot, report.id);
  }
  return currentPlan(snapshot);
}

export function planView(snapshot: ProjectSnapshot, plan: Plan): PlanView {
  return {
    plan,
    manual: !!snapshot.planSteps && snapshot.planSteps.length > 0,
    fixOrderReports: snapshot.reports
      .filter((r) => r.fixOrder.length > 0)
      .map((r) => ({ id: r.id, title: r.title ?? r.sourcePath, steps: r.fixOrder.length })),
    settings: snapshot.settings,
  };
}

export const getPlan: Handler<'plan.get'> = (ctx, { projectId, source, reportId }) => {
  const snapshot = buildSnapshot(ctx, projectId);
  return planView(snapshot, planFor(snapshot, source, reportId));
};

function projectFindingIds(ctx: CoreContext, projectId: number): Set<number> {
  return new Set(ctx.runner.all(ctx.db.selectFrom('findings').select('id').where('project_id', '=', projectId)).map((r) => r.id));
}

export const setManualPlan: Handler<'plan.setManual'> = (ctx, { projectId, steps }) => {
  requireProject(ctx, projectId);
  ctx.runner.tx(() => {
    const ids = projectFindingIds(ctx, projectId);
    for (const s of steps)
      for (const fid of s.findingIds) if (!ids.has(fid)) throw new CoreError('invalid_input', `finding ${fid} is not in project ${projectId}`);
    writeManualSteps(ctx, projectId, steps);
  });
  const snapshot = buildSnapshot(ctx, projectId);
  return planView(snapshot, currentPlan(snapshot));
};

export const resetPlan: Handler<'plan.reset'> = (ctx, { projectId }) => {
  requireProject(ctx, projectId);
  ctx.runner.tx(() => writeManualSteps(ctx, projectId, []));
  const snapshot = buildSnapshot(ctx, projectId);
  return planView(snapshot, currentPlan(snapshot));
};

export const getPlanSettings: Handler<'plan.settings.get'> = (ctx, { projectId }) => {
  requireProject(ctx, projectId);
  return readPlanSettings(ctx, projectId);
};

export const setPlanSettings: Handler<'plan.settings.set'> = (ctx, { projectId, settings }) => {
  requireProject(ctx, projectId);
  const current = readPlanSettings(ctx, projectId);
  const merged = resolveSettings({
    effortDefaults: { ...current.effortDefaults, ...(settings.effortDefaults as DeepPartialSettings['effortDefaults']) },
    severityWeights: { ...current.severityWeights, ...settings.severityWeights },
  });
  ctx.runner.run(settingsRepository(ctx.db).set(projectId, PLAN_SETTINGS_KEY, JSON.stringify(merged)));
  return merged;
};

export const getGateStatus: Handler<'gate.status'> = (ctx, { projectId }) => gateStatus(buildSnapshot(ctx, projectId));

/** every issue-5 method (plan, gate, checklists, export/import), spread into the handler map */
export const planHandlers = handlersOf({
  'plan.get': getPlan,
  'plan.setManual': setManualPlan,
  'plan.reset': resetPlan,
  'plan.settings.get': getPlanSettings,
  'plan.settings.set': setPlanSettings,
  'gate.status': getGateStatus,
});
