// Assignment and SLA due dates (issue 18): the project's SLA (a setting), "me", and the due context
// every card is computed with (shared/assignment.ts). A due date is not stored unless a lead sets
// it by hand (findings.due_at): the SLA's follows the finding's severity and the SLA at every read.
import { isPostgresUrl } from '../../db/location';
import { settingsRepository } from '../../db/repositories/settings-repository';
import { cleanSla, ME_KEY, SLA_KEY, type Sla } from '../../shared/assignment';
import type { CoreContext } from './context';
import { parseJson, type DueContext } from './mappers';

export function slaOf(ctx: CoreContext, projectId: number): Sla {
  return slaOfRow(ctx.runner.first(slaSetting(ctx, projectId)));
}

/** the query of the project's SLA setting, and the SLA its row (or none) says */
export const slaSetting = (ctx: CoreContext, projectId: number) => settingsRepository(ctx.db).get(projectId, SLA_KEY);
export const slaOfRow = (row: { value: string } | undefined): Sla => cleanSla(row ? parseJson<unknown>(row.value, null) : null);

/** today (UTC) by the core's clock */
export const todayOf = (ctx: CoreContext): string => ctx.now().slice(0, 10);

export const dueContext = (ctx: CoreContext, projectId: number): DueContext => ({ sla: slaOf(ctx, projectId), today: todayOf(ctx) });

/** on a team database "me" is the database login; offline the project's "me" name, else the core's actor */
export const onTeamDatabase = (ctx: CoreContext): boolean => isPostgresUrl(ctx.dbPath);

export function meOf(ctx: CoreContext, projectId: number): string {
  if (onTeamDatabase(ctx)) return ctx.actor;
  const row = ctx.runner.first(settingsRepository(ctx.db).get(projectId, ME_KEY));
  const name = row ? parseJson<unknown>(row.value, null) : null;
  return typeof name === 'string' && name ? name : ctx.actor;
}
