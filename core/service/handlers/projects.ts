import { randomUUID } from 'node:crypto';
import { eventRepository } from '../../../db/repositories/event-repository';
import { projectRepository } from '../../../db/repositories/project-repository';
import type { Project } from '../../../shared/api';
import { CoreError, notFound, type CoreContext } from '../context';
import { isRefusal } from '../refusal';
import { handlersOf, type Handler } from './types';

const toProject = (r: { id: number; name: string; created_at: string }): Project => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
});

export const listProjects: Handler<'projects.list'> = (ctx) =>
  ctx.runner.all(projectRepository(ctx.db).list()).map(toProject);

export function createProject(ctx: CoreContext, name: string): Project {
  return ctx.runner.tx(() => {
    const repo = projectRepository(ctx.db);
    if (ctx.runner.first(repo.byName(name))) throw new CoreError('conflict', `a project named "${name}" already exists`);
    const id = ctx.runner.run(repo.insert(name, ctx.now())).lastId;
    ctx.runner.run(
      eventRepository(ctx.db).insert({
        at: ctx.now(),
        actor: ctx.actor,
        project_id: id,
        entity: 'project',
        entity_id: id,
        action: 'create',
        field: null,
        old_value: null,
        new_value: JSON.stringify({ name }),
        batch_id: randomUUID(),
      }),
    );
    return toProject(ctx.runner.first(repo.byId(id))!);
  });
}

export const createProjectHandler: Handler<'projects.create'> = (ctx, input) => createProject(ctx, input.name);

export function requireProject(ctx: CoreContext, projectId: number): Project {
  const row = ctx.runner.first(projectRepository(ctx.db).byId(projectId));
  if (!row) throw notFound(`project ${projectId}`);
  return toProject(row);
}

export const DEFAULT_PROJECT_NAME = 'Default';

/**
 * A "Default" project exists after the first open. Looked for again inside the write transaction:
 * two apps opening a fresh team database at once both find none at first, the second to get the
 * write lock then finds the first one's.
 */
export function ensureDefaultProject(ctx: CoreContext): void {
  const repo = projectRepository(ctx.db);
  const none = () => !ctx.runner.first(repo.list().limit(1));
  if (!none()) return;
  try {
    ctx.runner.tx(() => none() && createProject(ctx, DEFAULT_PROJECT_NAME));
  } catch (e) {
    // a team login with no role in any project sees none and may create none: it opens with none
    if (!isRefusal(e)) throw e;
  }
}

export const projectHandlers = handlersOf({ 'projects.list': listProjects, 'projects.create': createProjectHandler });
