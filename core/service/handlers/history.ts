import type { Updateable } from 'kysely';
import { dependencyRepository } from '../../../db/repositories/finding-repository';
import { eventRepository } from '../../../db/repositories/event-repository';
import type { FindingsTable } from '../../../db/schema';
import type { CoreContext } from '../context';
import { eventWriter } from '../events';
import { FIELD_COLUMNS, isField, toRowValue } from '../finding-fields';
import { parseJson } from '../mappers';
import { requireProject } from './projects';
import type { Handler } from './types';

/** Undoes the project's newest live batch, or redoes the most recently undone one. */
function replay(ctx: CoreContext, projectId: number, direction: 'undo' | 'redo'): number {
  requireProject(ctx, projectId);
  const { db, runner } = ctx;
  const repo = eventRepository(db);
  return runner.tx(() => {
    const head = runner.first(direction === 'undo' ? repo.lastLiveBatch(projectId) : repo.firstUndoneBatch(projectId));
    if (!head) return 0;
    const batch = runner.all(repo.batch(head.batch_id));
    if (direction === 'undo') batch.reverse();
    const deps = dependencyRepository(db);
    const log = eventWriter(ctx);
    const now = ctx.now();
    const touched = new Set<number>();
    for (const e of batch) {
      const oldValue = parseJson<unknown>(e.old_value, null);
      const newValue = parseJson<unknown>(e.new_value, null);
      const [from, to] = direction === 'undo' ? [newValue, oldValue] : [oldValue, newValue];
      if (e.action === 'update' && isField(e.field)) {
        const set = { [FIELD_COLUMNS[e.field]]: toRowValue(e.field, to), updated_at: now } as Updateable<FindingsTable>;
        runner.run(db.updateTable('findings').set(set).where('id', '=', e.entity_id));
      } else if (e.action === 'dependency.add' || e.action === 'dependency.remove') {
        const target = Number(e.action === 'dependency.add' ? newValue : oldValue);
        const present = (e.action === 'dependency.add') === (direction === 'redo');
        if (present) {
          if (!runner.first(deps.exists(e.entity_id, target))) runner.run(deps.insert(e.entity_id, target));
        } else {
          runner.run(deps.remove(e.entity_id, target));
        }
      } else {
        continue;
      }
      touched.add(e.entity_id);
      log.write({
        projectId: e.project_id,
        entity: e.entity,
        entityId: e.entity_id,
        action: direction,
        field: e.field,
        oldValue: from,
        newValue: to,
      });
    }
    runner.run(repo.markBatch(head.batch_id, direction === 'undo' ? 1 : 0));
    return touched.size;
  });
}

export const undo: Handler<'history.undo'> = (ctx, { projectId }) => ({ undone: replay(ctx, projectId, 'undo') });
export const redo: Handler<'history.redo'> = (ctx, { projectId }) => ({ redone: replay(ctx, projectId, 'redo') });
