import { findingRepository } from '../../../db/repositories/finding-repository';
import { eventRepository } from '../../../db/repositories/event-repository';
import { writeProbe } from '../../../db/write-probe';
import type { SqlRunner } from '../../../db/runner';
import type { FindingCard, FindingPatch } from '../../../shared/api';
import { CoreError, notFound, type CoreContext } from '../context';
import { eventWriter } from '../events';
import { FIELD_COLUMNS, patchValues, toApiValue, toRowValue, type Field } from '../finding-fields';
import { dueContext, slaOfRow, slaSetting, todayOf } from '../assignment';
import { parseJson, toCard, type CardRow, type DueContext } from '../mappers';
import { handlersOf, type Handler } from './types';

export function cardsByIds(ctx: CoreContext, ids: readonly number[]): FindingCard[] {
  const out: FindingCard[] = [];
  const due = new Map<number, DueContext>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = ctx.runner.all(findingRepository(ctx.db).cards().where('f.id', 'in', chunk).orderBy('f.id'));
    for (const r of rows) {
      let d = due.get(r.project_id);
      if (!d) due.set(r.project_id, (d = dueContext(ctx, r.project_id)));
      out.push(toCard(r, d));
    }
  }
  return out;
}

/**
 * The cards of `ids` (all of project `projectId`) as a transaction leaves them: read with its COMMIT
 * (`read`: runner.readAtCommit), the project's SLA with them; the cards once it has committed.
 */
function cardsAtCommit(ctx: CoreContext, ids: readonly number[], projectId: number, read: NonNullable<SqlRunner['readAtCommit']>): () => FindingCard[] {
  const chunks: Array<{ rows(): CardRow[] }> = [];
  for (let i = 0; i < ids.length; i += 500) chunks.push(read<CardRow>(findingRepository(ctx.db).cards().where('f.id', 'in', ids.slice(i, i + 500)).orderBy('f.id')));
  const sla = read(slaSetting(ctx, projectId));
  return () => {
    const due: DueContext = { sla: slaOfRow(sla.rows()[0]), today: todayOf(ctx) };
    return chunks.flatMap((c) => c.rows().map((r) => toCard(r, due)));
  };
}

/**
 * patchFindings, answered with the findings' cards as written. Where the runner reads at commit
 * (PostgreSQL) the cards come back with the COMMIT, no round trip of their own; else they are read
 * after it.
 */
export function patchToCards(ctx: CoreContext, ids: readonly number[], patch: FindingPatch, reason?: string | null, versions?: ReadonlyArray<{ id: number; version: number }>): FindingCard[] {
  const unique = [...new Set(ids)];
  const read = ctx.runner.readAtCommit?.bind(ctx.runner);
  let answer: (() => FindingCard[]) | undefined;
  const atCommit = read && ((projectId: number) => void (answer = cardsAtCommit(ctx, unique, projectId, read)));
  patchFindings(ctx, unique, patch, reason, versions && new Map(versions.map((v) => [v.id, v.version])), atCommit);
  return answer ? answer() : cardsByIds(ctx, unique);
}

export const updateFindings: Handler<'findings.update'> = (ctx, { ids, patch, reason, versions }) => patchToCards(ctx, ids, patch, reason, versions);

/**
 * Applies `patch` to the findings `ids` in one transaction (nested: a savepoint), one event per
 * changed field, all in one batch (one undo). Returns the ids that changed. `versions`: the version
 * of each finding the caller read; when one has moved on, nothing is written (a `conflict` error).
 * `atCommit`: called last inside the transaction with the findings' project (reads to send with
 * the COMMIT).
 */
export function patchFindings(
  ctx: CoreContext,
  ids: readonly number[],
  patch: FindingPatch,
  reason?: string | null,
  versions?: ReadonlyMap<number, number>,
  atCommit?: (projectId: number) => void,
): number[] {
  const values = patchValues(patch);
  const min = values.get('effortMinHours');
  const max = values.get('effortMaxHours');
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    throw new CoreError('invalid_input', 'effortMinHours must not exceed effortMaxHours');
  }
  const unique = [...new Set(ids)];
  const changedIds: number[] = [];
  if (values.size === 0) return changedIds;
  const fields = [...values.keys()];
  const { db, runner } = ctx;

  // on PostgreSQL edits of different findings run side by side: each locks the rows it reads
  // (db/runner.ts rowLockTx), in id order so that two bulk edits never wait for each other in a circle
  const rowLocks = !!runner.rowLockTx;
  const inTx = <T>(fn: () => T): T => (rowLocks ? runner.rowLockTx!(fn) : runner.tx(fn));
  const readOrder = rowLocks ? [...unique].sort((a, b) => a - b) : unique;
  inTx(() => {
    const now = ctx.now();
    // the rows are read 500 at a time (on PostgreSQL a read per finding is a round trip each)
    const rows = new Map<number, Record<string, unknown> & { id: number; project_id: number }>();
    for (let i = 0; i < readOrder.length; i += 500) {
      const read = findingRepository(db).patchableOf(readOrder.slice(i, i + 500));
      // on PostgreSQL a prepared statement (parsed and planned once per connection), sent with the BEGIN
      const locked = rowLocks ? runner.prepare(read.orderBy('id').forUpdate()) : null;
      for (const r of locked ? locked.all(locked.params) : runner.all(read)) rows.set(r.id, r);
    }
    // inside the write transaction (writers queue: SQLite's BEGIN IMMEDIATE; on PostgreSQL the rows
    // are locked), so nobody can change a row between this check and the UPDATE
    if (versions?.size) {
      const stale = unique.filter((id) => {
        const row = rows.get(id);
        const read = versions.get(id);
        return row !== undefined && read !== undefined && Number(row.version) !== read;
      });
      if (stale.length) throw staleWrite(ctx, stale.map((id) => ({ row: rows.get(id)!, read: versions.get(id)! })), fields);
    }
    // one prepared UPDATE for every finding: the same columns and values, only the id differs
    const columns = ['updated_at', ...fields.map((f) => FIELD_COLUMNS[f])] as const;
    const setValues = [now, ...fields.map((f) => toRowValue(f, values.get(f)))];
    const update = findingRepository(db).updater(runner, columns);
    const events = eventWriter(ctx, reason?.trim() || null);
    let project: number | undefined;
    const half = unique[unique.length >> 1];
    for (const id of unique) {
      if (id === half) writeProbe('half of the findings updated');
      const row = rows.get(id);
      if (!row) throw notFound(`finding ${id}`);
      // one batch = one project, so a project's undo never reaches into another project
      if (project === undefined) project = row.project_id;
      else if (row.project_id !== project) throw new CoreError('invalid_input', 'all findings of one update must belong to the same project');
      const changed = fields.filter((f) => toApiValue(f, row[FIELD_COLUMNS[f]]) !== values.get(f));
      if (!changed.length) continue;
      changedIds.push(id);
      events.discardRedo(row.project_id);
      update.run(setValues, id);
      for (const f of changed) {
        events.write({
          projectId: row.project_id,
          entity: 'finding',
          entityId: id,
          action: 'update',
          field: f,
          oldValue: toApiValue(f, row[FIELD_COLUMNS[f]]),
          newValue: values.get(f) ?? null,
        });
      }
    }
    if (project !== undefined) atCommit?.(project);
  });
  return changedIds;
}

type StaleRow = Record<string, unknown> & { id: number; title?: unknown; version?: unknown };

/** an event value as a person reads it */
function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** an ISO time as "2026-12-03 08:50:12 UTC" */
const when = (iso: string) => (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : iso);

/**
 * The refusal of a write on stale versions: for each finding, what its latest change was (fields,
 * who, when, from the event log) and the current value of the fields the caller meant to set.
 */
function staleWrite(ctx: CoreContext, stale: Array<{ row: StaleRow; read: number }>, fields: readonly Field[]): CoreError {
  const shownRows = stale.slice(0, 3).map(({ row, read }) => {
    const events = ctx.runner.all(eventRepository(ctx.db).latestOf('finding', row.id, 50));
    const batch = events.filter((e) => e.batch_id === events[0]?.batch_id);
    const since = Number(row.version) - read;
    const changed = batch
      .filter((e) => e.field !== null)
      .map((e) => `${e.field} ${shown(parseJson(e.old_value, null))} → ${shown(parseJson(e.new_value, null))}`)
      .join(', ');
    const last = batch.length ? `${batch[0].actor} changed ${changed || batch[0].action} at ${when(batch[0].at)}` : `it was changed at ${when(String(row.updated_at ?? ''))}`;
    const now = fields.filter((f) => f !== 'effortSource').map((f) => `${f} ${shown(toApiValue(f, row[FIELD_COLUMNS[f]]))}`).join(', ');
    const times = since > 1 ? ` (${since} changes since you read it; the latest:` : ' (';
    return `finding ${row.id} "${String(row.title ?? '')}" changed after you read it${times} ${last}); it now has ${now}`;
  });
  const more = stale.length > 3 ? `; and ${stale.length - 3} more` : '';
  return new CoreError('conflict', `Not saved: ${shownRows.join('; ')}${more}. Nothing was changed; reload to see the current values.`);
}

export const findingsUpdateHandlers = handlersOf({ 'findings.update': updateFindings });
