import type { Updateable } from 'kysely';
import { findingRepository } from '../../../db/repositories/finding-repository';
import type { FindingsTable } from '../../../db/schema';
import { writeProbe } from '../../../db/write-probe';
import type { FindingCard, FindingPatch } from '../../../shared/api';
import { CoreError, notFound, type CoreContext } from '../context';
import { eventWriter } from '../events';
import { FIELD_COLUMNS, patchValues, toApiValue, toRowValue } from '../finding-fields';
import { toCard } from '../mappers';
import type { Handler } from './types';

const ID_SENTINEL = -424242;

export function cardsByIds(ctx: CoreContext, ids: readonly number[]): FindingCard[] {
  const out: FindingCard[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = ctx.runner.all(findingRepository(ctx.db).cards().where('f.id', 'in', chunk).orderBy('f.id'));
    for (const r of rows) out.push(toCard(r));
  }
  return out;
}

export const updateFindings: Handler<'findings.update'> = (ctx, { ids, patch, reason }) => {
  const unique = [...new Set(ids)];
  patchFindings(ctx, unique, patch, reason);
  return cardsByIds(ctx, unique);
};

/**
 * Applies `patch` to the findings `ids` in one transaction (nested: a savepoint), one event per
 * changed field, all in one batch (one undo). Returns the ids that changed.
 */
export function patchFindings(ctx: CoreContext, ids: readonly number[], patch: FindingPatch, reason?: string | null): number[] {
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

  runner.tx(() => {
    const now = ctx.now();
    // the rows are read 500 at a time (on PostgreSQL a read per finding is a round trip each)
    const rows = new Map<number, Record<string, unknown> & { project_id: number }>();
    for (let i = 0; i < unique.length; i += 500) {
      for (const r of runner.all(findingRepository(db).patchableOf(unique.slice(i, i + 500)))) rows.set(r.id, r);
    }
    const set: Record<string, unknown> = { updated_at: now };
    for (const f of fields) set[FIELD_COLUMNS[f]] = toRowValue(f, values.get(f));
    const update = runner.prepare(
      db
        .updateTable('findings')
        .set(set as Updateable<FindingsTable>)
        .where('id', '=', ID_SENTINEL),
    );
    const params = update.params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
    const idAt = params.lastIndexOf(ID_SENTINEL);
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
      params[idAt] = id;
      update.run(params);
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
  });
  return changedIds;
}
