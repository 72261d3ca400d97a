// Writing the event log: one row per changed field, all rows of one user action share a batch id.
import { randomUUID } from 'node:crypto';
import { EVENT_COLUMNS, preparedInsert } from '../../db/prepared-insert';
import { eventRepository } from '../../db/repositories/event-repository';
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

export function eventWriter(ctx: CoreContext, reason: string | null = null): EventWriter {
  const insert = preparedInsert(ctx.db, ctx.runner, 'events', EVENT_COLUMNS);
  const batchId = randomUUID();
  const at = ctx.now();
  const discarded = new Set<number>();
  const row = new Array<unknown>(EVENT_COLUMNS.length);
  return {
    batchId,
    write(e) {
      row[0] = at;
      row[1] = ctx.actor;
      row[2] = e.projectId;
      row[3] = e.entity;
      row[4] = e.entityId;
      row[5] = e.action;
      row[6] = e.field;
      row[7] = json(e.oldValue);
      row[8] = json(e.newValue);
      row[9] = batchId;
      row[10] = reason;
      insert.run(row);
    },
    discardRedo(projectId) {
      if (discarded.has(projectId)) return;
      discarded.add(projectId);
      ctx.runner.run(eventRepository(ctx.db).discardRedo(projectId));
    },
  };
}
