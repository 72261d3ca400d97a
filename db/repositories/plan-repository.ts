// The user's manual plan order per project (migration 005): plan_steps + plan_step_findings.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export const planRepository = (db: Kysely<Database>) => ({
  steps: (projectId: number) =>
    db.selectFrom('plan_steps').select(['id', 'title', 'ordinal']).where('project_id', '=', projectId).orderBy('ordinal'),
  /** every step's findings of a project, in plan order */
  stepFindings: (projectId: number) =>
    db
      .selectFrom('plan_step_findings as sf')
      .innerJoin('plan_steps as s', 's.id', 'sf.step_id')
      .select(['sf.step_id', 'sf.finding_id'])
      .where('s.project_id', '=', projectId)
      .orderBy('s.ordinal')
      .orderBy('sf.ordinal'),
  clear: (projectId: number) => db.deleteFrom('plan_steps').where('project_id', '=', projectId),
  insertStep: (projectId: number, ordinal: number, title: string) =>
    db.insertInto('plan_steps').values({ project_id: projectId, ordinal, title }),
  insertStepFinding: (stepId: number, findingId: number, ordinal: number) =>
    db.insertInto('plan_step_findings').values({ step_id: stepId, finding_id: findingId, ordinal }),
});
