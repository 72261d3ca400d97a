// Writing the event log: one row per changed field, all rows of one user action share a batch id.
import { randomUUID } from 'node:crypto';
import { preparedRow, rowSpec } from '../../db/prepared-insert';
import { eventRepository } from '../../db/repositories/event-repository';
import { noteChange } from './changes';
import type { CoreContext } from './context';

export interface EventInput {
  projectId: number | null;
  entity: string;
  entityId: number;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
}

export interface EventWriter {
  readonly batchId: string;
  write(e: EventInput): void;
  /** a new user change clears the project's redo stack (once per project per batch) */
  discardRedo(projectId: number): void;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** one event row: what the batch shares, and the change */
interface EventSource {
  at: string;
  actor: string;
  batchId: string;
  reason: string | null;
  e: EventInput;
}

const EVENT_ROW = rowSpec<'events', EventSource>('events', [
  ['at', (s) => s.at],
  ['actor', (s) => s.actor],
  ['project_id', (s) => s.e.projectId],
  ['entity', (s) => s.e.entity],
  ['entity_id', (s) => s.e.entityId],
  ['action', (s) => s.e.action],
  ['field', (s) => s.e.field],
  ['old_value', (s) => json(s.e.oldValue)],
  ['new_value', (s) => json(s.e.newValue)],
  ['batch_id', (s) => s.batchId],
  ['reason', (s) => s.reason],
]);

export function eventWriter(ctx: CoreContext, reason: string | null = null): EventWriter {
  const insert = preparedRow(ctx.db, ctx.runner, EVENT_ROW);
  const batchId = randomUUID();
  const discarded = new Set<number>();
  const source: EventSource = { at: ctx.now(), actor: ctx.actor, batchId, reason, e: null as unknown as EventInput };
  return {
    batchId,
    write(e) {
      noteChange(ctx, e.projectId, e.entity === 'finding' ? [e.entityId] : []);
      source.e = e;
      insert.run(source);
    },
    discardRedo(projectId) {
      if (discarded.has(projectId)) return;
      discarded.add(projectId);
      // prepared: on PostgreSQL it goes with the transaction's other writes (db/postgres/runner.ts)
      const q = ctx.runner.prepare(eventRepository(ctx.db).discardRedo(projectId));
      q.run(q.params);
    },
  };
}
