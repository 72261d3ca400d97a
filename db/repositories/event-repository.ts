import type { Insertable, Kysely } from 'kysely';
import type { Database, EventsTable } from '../schema';

/** actions a user can undo / redo */
export const UNDOABLE_ACTIONS = ['update', 'dependency.add', 'dependency.remove', 'merge', 'unmerge', 'rule.update', 'finding.add', 'locations.set', 'setting.set'] as const;

/** the first batch of the project's user actions in `undone` state, in `order` of event id */
const undoableBatch = (db: Kysely<Database>, projectId: number, undone: 0 | 1, order: 'asc' | 'desc') =>
  db
    .selectFrom('events')
    .select('batch_id')
    .where('project_id', '=', projectId)
    .where('undone', '=', undone)
    .where('action', 'in', UNDOABLE_ACTIONS)
    .orderBy('id', order)
    .limit(1);

export const eventRepository = (db: Kysely<Database>) => ({
  insert: (e: Insertable<EventsTable>) => db.insertInto('events').values(e),
  forEntity: (entity: string, entityId: number) =>
    db
      .selectFrom('events')
      .select(['id', 'at', 'actor', 'entity', 'entity_id', 'action', 'field', 'old_value', 'new_value', 'undone', 'reason'])
      .where('entity', '=', entity)
      .where('entity_id', '=', entityId)
      .orderBy('id'),
  /** the newest `limit` events of an entity, newest first (what changed it last: a refused stale write) */
  latestOf: (entity: string, entityId: number, limit: number) =>
    db
      .selectFrom('events')
      .select(['id', 'at', 'actor', 'action', 'field', 'old_value', 'new_value', 'batch_id'])
      .where('entity', '=', entity)
      .where('entity_id', '=', entityId)
      .orderBy('id', 'desc')
      .limit(limit),
  /** the newest live user batch (undo) */
  lastLiveBatch: (projectId: number) => undoableBatch(db, projectId, 0, 'desc'),
  /** the most recently undone batch (redo): undone batches form a suffix, undone newest first */
  firstUndoneBatch: (projectId: number) => undoableBatch(db, projectId, 1, 'asc'),
  batch: (batchId: string) =>
    db
      .selectFrom('events')
      .select(['id', 'project_id', 'entity', 'entity_id', 'action', 'field', 'old_value', 'new_value'])
      .where('batch_id', '=', batchId)
      .orderBy('id'),
  markBatch: (batchId: string, undone: number) =>
    db.updateTable('events').set({ undone }).where('batch_id', '=', batchId),
  /** a new change discards the redo stack */
  discardRedo: (projectId: number) =>
    db.updateTable('events').set({ undone: 2 }).where('project_id', '=', projectId).where('undone', '=', 1),
});
