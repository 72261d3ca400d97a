// issue 18: assignment, "me", and the per-severity SLA (shared/contract/assignment.ts).
import { findingRepository } from '../../../db/repositories/finding-repository';
import { cleanSla, ME_KEY, SLA_KEY, type Sla } from '../../../shared/assignment';
import { SEVERITIES } from '../../../shared/types';
import { meOf, onTeamDatabase, slaOf } from '../assignment';
import type { CoreContext } from '../context';
import { patchToCards } from './findings-update';
import { requireProject } from './projects';
import { writeSetting } from './settings';
import { handlersOf, type Handler } from './types';

export const assign: Handler<'findings.assign'> = (ctx, { ids, assignee, me, reason, versions }) => {
  const unique = [...new Set(ids)];
  const first = ctx.runner.first(findingRepository(ctx.db).patchable(unique[0]));
  // "me" of the findings' project (one update = one project: patchFindings refuses a mix)
  const name = me ? (first ? meOf(ctx, first.project_id) : null) : (assignee ?? null);
  return patchToCards(ctx, unique, { assignee: name }, reason, versions);
};

function people(ctx: CoreContext, projectId: number) {
  const me = meOf(ctx, projectId);
  const names = ctx.runner.all(findingRepository(ctx.db).assignees(projectId)).map((r) => r.assignee as string);
  if (!names.includes(me)) names.push(me);
  return { me, team: onTeamDatabase(ctx), names: names.sort((a, b) => a.localeCompare(b)) };
}

export const assignmentPeople: Handler<'assignment.people'> = (ctx, { projectId }) => {
  requireProject(ctx, projectId);
  return people(ctx, projectId);
};

export const assignmentSetMe: Handler<'assignment.setMe'> = (ctx, { projectId, name }) => {
  requireProject(ctx, projectId);
  writeSetting(ctx, projectId, ME_KEY, name, 'setting.set');
  return people(ctx, projectId);
};

export const getSla: Handler<'sla.get'> = (ctx, { projectId }) => {
  requireProject(ctx, projectId);
  return slaOf(ctx, projectId);
};

export const setSla: Handler<'sla.set'> = (ctx, { projectId, sla }) => {
  requireProject(ctx, projectId);
  const next: Sla = { ...slaOf(ctx, projectId) };
  for (const s of SEVERITIES) {
    if (!(s in sla)) continue;
    const days = sla[s];
    if (days === null || days === undefined) delete next[s];
    else next[s] = days;
  }
  writeSetting(ctx, projectId, SLA_KEY, cleanSla(next), 'setting.set');
  return slaOf(ctx, projectId);
};

export const assignmentHandlers = handlersOf({
  'findings.assign': assign,
  'assignment.people': assignmentPeople,
  'assignment.setMe': assignmentSetMe,
  'sla.get': getSla,
  'sla.set': setSla,
});
