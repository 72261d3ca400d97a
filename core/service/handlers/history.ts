import { dependencyRepository, findingRepository } from '../../../db/repositories/finding-repository';
import type { PreparedUpdate } from '../../../db/prepared-insert';
import { eventRepository } from '../../../db/repositories/event-repository';
import { settingsRepository } from '../../../db/repositories/settings-repository';
import { noteChange } from '../changes';
import type { CoreContext } from '../context';
import { eventWriter } from '../events';
import { FIELD_COLUMNS, isField, toRowValue, type Field } from '../finding-fields';
import { parseJson } from '../mappers';
import { requireProject } from './projects';
import { replayMergeEvent } from './duplicates';
import { ftsDeleteFindings, ftsIndexFindings } from '../../../db/fts';
import type { Location } from '../../../shared/types';
import { removeFinding, replayRuleEvent, restoreFinding, setLocations, type FindingSnapshot } from '../corrections';
import { handlersOf, type Handler } from './types';

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
    // one compiled UPDATE per field, bound to a reused statement (a bulk undo can touch many rows)
    const setters = new Map<Field, PreparedUpdate>();
    const setField = (field: Field) => {
      let update = setters.get(field);
      if (!update) setters.set(field, (update = findingRepository(db).updater(runner, [FIELD_COLUMNS[field], 'updated_at'])));
      return update;
    };
    for (const e of batch) {
      const oldValue = parseJson<unknown>(e.old_value, null);
      const newValue = parseJson<unknown>(e.new_value, null);
      const [from, to] = direction === 'undo' ? [newValue, oldValue] : [oldValue, newValue];
      if (e.action === 'update' && isField(e.field)) {
        // a title is indexed for search: out of the index before it changes, back in after
        if (e.field === 'title') ftsDeleteFindings(runner, [e.entity_id]);
        setField(e.field).run([toRowValue(e.field, to), now], e.entity_id);
        if (e.field === 'title') ftsIndexFindings(runner, [e.entity_id]);
      } else if (e.action === 'rule.update') {
        replayRuleEvent(ctx, e.entity_id, e.field, to); // issue 15: a rule's state
      } else if (e.action === 'finding.add') {
        if (direction === 'undo') removeFinding(ctx, e.entity_id);
        else restoreFinding(ctx, newValue as FindingSnapshot);
      } else if (e.action === 'locations.set') {
        setLocations(ctx, e.entity_id, (to ?? []) as Location[]);
      } else if (e.action === 'dependency.add' || e.action === 'dependency.remove') {
        const target = Number(e.action === 'dependency.add' ? newValue : oldValue);
        const present = (e.action === 'dependency.add') === (direction === 'redo');
        if (present) {
          if (!runner.first(deps.exists(e.entity_id, target))) runner.run(deps.insert(e.entity_id, target));
        } else {
          runner.run(deps.remove(e.entity_id, target));
        }
      } else if (e.action === 'setting.set' && e.field !== null && e.project_id !== null) {
        // issue 18: the SLA, "me" (handlers/assignment.ts); the settings row holds the JSON value
        runner.run(settingsRepository(db).set(e.project_id, e.field, JSON.stringify(to ?? null)));
        noteChange(ctx, e.project_id);
      } else if (e.action === 'merge' || e.action === 'unmerge') {
        replayMergeEvent(ctx, e, oldValue, newValue, direction); // issue 6: duplicates
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

export const historyHandlers = handlersOf({ 'history.undo': undo, 'history.redo': redo });
