// issue 18: assignment, "me", and the per-severity SLA (shared/contract/assignment.ts).
import { eventRepository } from '../../../db/repositories/event-repository';
import { findingRepository } from '../../../db/repositories/finding-repository';
import { settingsRepository } from '../../../db/repositories/settings-repository';
import { cleanSla, ME_KEY, SLA_KEY, type Sla } from '../../../shared/assignment';
import { SEVERITIES } from '../../../shared/types';
import { randomUUID } from 'node:crypto';
import { meOf, onTeamDatabase, slaOf } from '../assignment';
import type { CoreContext } from '../context';
import { cardsByIds, patchFindings } from './findings-update';
import { requireProject } from './projects';
import { handlersOf, type Handler } from './types';

export const assign: Handler<'findings.assign'> = (ctx, { ids, assignee, me, reason, versions }) => {
  const unique = [...new Set(ids)];
  const first = ctx.runner.first(ctx.db.selectFrom('findings').select('project_id').where('id', '=', unique[0]));
  // "me" of the findings' project (one update = one project: patchFindings refuses a mix)
  const name = me ? (first ? meOf(ctx, first.project_id) : null) : (assignee ?? null);
  patchFindings(ctx, unique, { assignee: name }, reason, versions && new Map(versions.map((v) => [v.id, v.version])));
  return cardsByIds(ctx, unique);
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

/**
 * A project setting written with its event, action 'setting.set': the log shows who changed it and
 * undo puts it back (history.ts). Used for the SLA and "me", not the board's view settings.
 */
export function setProjectSetting(ctx: CoreContext, projectId: number, key: string, value: unknown): void {
  const json = JSON.stringify(value ?? null);
  ctx.runner.tx(() => {
    const repo = settingsRepository(ctx.db);
    const old = ctx.runner.first(repo.get(projectId, key));
    if (old?.value === json || (!old && value === null)) return;
    ctx.runner.run(eventRepository(ctx.db).discardRedo(projectId));
    ctx.runner.run(repo.set(projectId, key, json));
    ctx.runner.run(
      eventRepository(ctx.db).insert({
        at: ctx.now(),
        actor: ctx.actor,
        project_id: projectId,
        entity: 'setting',
        entity_id: projectId,
        action: 'setting.set',
        field: key,
        old_value: old ? old.value : null,
        new_value: json,
        batch_id: randomUUID(),
      }),
    );
  });
}

export const assignmentSetMe: Handler<'assignment.setMe'> = (ctx, { projectId, name }) => {
  requireProject(ctx, projectId);
  setProjectSetting(ctx, projectId, ME_KEY, name);
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
  setProjectSetting(ctx, projectId, SLA_KEY, cleanSla(next));
  return slaOf(ctx, projectId);
};

export const assignmentHandlers = handlersOf({
  'findings.assign': assign,
  'assignment.people': assignmentPeople,
  'assignment.setMe': assignmentSetMe,
  'sla.get': getSla,
  'sla.set': setSla,
});
