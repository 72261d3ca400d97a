import { dependencyRepository } from '../../../db/repositories/finding-repository';
import { CoreError, notFound, type CoreContext } from '../context';
import { eventWriter } from '../events';
import { handlersOf, type Handler } from './types';

function projectOf(ctx: CoreContext, id: number): number {
  const row = ctx.runner.first(ctx.db.selectFrom('findings').select('project_id').where('id', '=', id));
  if (!row) throw notFound(`finding ${id}`);
  return row.project_id;
}

/** Logs a dependency added or removed as a user action of its own (which discards the redo stack). */
function logDependency(ctx: CoreContext, projectId: number, findingId: number, dependsOnId: number, added: boolean) {
  const events = eventWriter(ctx);
  events.discardRedo(projectId);
  events.write({
    projectId,
    entity: 'finding',
    entityId: findingId,
    action: added ? 'dependency.add' : 'dependency.remove',
    field: 'dependsOn',
    oldValue: added ? null : dependsOnId,
    newValue: added ? dependsOnId : null,
  });
}

/** A path from `from` to `to` following depends-on links, or null. */
function dependencyPath(ctx: CoreContext, from: number, to: number): number[] | null {
  const next = ctx.runner.prepare(dependencyRepository(ctx.db).next(-1));
  const parent = new Map<number, number>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const cur = queue.shift()!;
    if (cur === to) {
      const path = [cur];
      for (let n = cur; n !== from; ) path.unshift((n = parent.get(n)!));
      return path;
    }
    for (const r of next.all([cur])) {
      if (!parent.has(r.depends_on_id)) {
        parent.set(r.depends_on_id, cur);
        queue.push(r.depends_on_id);
      }
    }
  }
  return null;
}

export const addDependency: Handler<'dependencies.add'> = (ctx, { findingId, dependsOnId }) => {
  if (findingId === dependsOnId) throw new CoreError('invalid_input', 'a finding cannot depend on itself');
  ctx.runner.tx(() => {
    const project = projectOf(ctx, findingId);
    if (projectOf(ctx, dependsOnId) !== project) {
      throw new CoreError('invalid_input', 'both findings must belong to the same project');
    }
    const repo = dependencyRepository(ctx.db);
    if (ctx.runner.first(repo.exists(findingId, dependsOnId))) return;
    const cycle = dependencyPath(ctx, dependsOnId, findingId);
    if (cycle) {
      throw new CoreError(
        'conflict',
        `refused: finding ${findingId} depending on ${dependsOnId} would create a cycle (${[findingId, ...cycle].join(' → ')})`,
      );
    }
    ctx.runner.run(repo.insert(findingId, dependsOnId));
    logDependency(ctx, project, findingId, dependsOnId, true);
  });
  return { ok: true };
};

export const removeDependency: Handler<'dependencies.remove'> = (ctx, { findingId, dependsOnId }) => {
  ctx.runner.tx(() => {
    const project = projectOf(ctx, findingId);
    const repo = dependencyRepository(ctx.db);
    if (!ctx.runner.first(repo.exists(findingId, dependsOnId))) {
      throw notFound(`dependency of finding ${findingId} on ${dependsOnId}`);
    }
    ctx.runner.run(repo.remove(findingId, dependsOnId));
    logDependency(ctx, project, findingId, dependsOnId, false);
  });
  return { ok: true };
};

export const dependencyHandlers = handlersOf({ 'dependencies.add': addDependency, 'dependencies.remove': removeDependency });
