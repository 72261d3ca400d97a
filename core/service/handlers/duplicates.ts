// Duplicates across reports (issue 6): suggestions (core/service/similarity.ts), merge, un-merge,
// and what the detail panel shows (sources, merged duplicates, all locations, absence).
//
// A merge marks the duplicate `status = duplicate`, `duplicate_of = keep`, and raises the kept
// finding's severity to the stronger of the two; the kept finding then shows the sources and
// locations of both (read through its duplicates, nothing is copied). A finding_merges row keeps what
// the merge changed. The events of one merge are one batch: status/severity as `update` events (the
// history replays those like any edit) plus a `merge` event on the duplicate; un-merge writes the
// reverse with an `unmerge` event. history.undo / history.redo call replayMergeEvent for those.
import { locationPath } from '../../../db/location-path';
import { findingBody } from '../../../db/finding-body';
import { duplicateRepository } from '../../../db/repositories/duplicate-repository';
import { findingRepository } from '../../../db/repositories/finding-repository';
import type { DuplicateInfo, DuplicateSide } from '../../../shared/api';
import { SEVERITIES, type Location, type Severity, type Status } from '../../../shared/types';
import { CoreError, notFound, type CoreContext } from '../context';
import { eventWriter } from '../events';
import { suggestDuplicates, type SimilarityItem } from '../similarity';
import { cardsByIds } from './findings-update';
import { requireProject } from './projects';
import { handlersOf } from './types';

const rank = (s: string | null): number => (s === null ? SEVERITIES.length : SEVERITIES.indexOf(s as Severity));
/** the stronger of two severities (critical > … > info > unrated) */
export const strongest = (a: string | null, b: string | null): string | null => (rank(b) < rank(a) ? b : a);

function sides(ctx: CoreContext, ids: readonly number[]): Map<number, DuplicateSide> {
  const out = new Map<number, DuplicateSide>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = ctx.runner.all(
      ctx.db
        .selectFrom('findings as f')
        .innerJoin('reports as r', 'r.id', 'f.report_id')
        .leftJoin('locations as l', (j) => j.onRef('l.finding_id', '=', 'f.id').on('l.ordinal', '=', 0))
        .select(['f.id', 'f.ref', 'f.title', 'f.severity', 'f.status', 'f.report_id', 'r.title as report_title', locationPath('l').as('path'), 'l.start_line'])
        .where('f.id', 'in', ids.slice(i, i + 500)),
    );
    for (const r of rows) {
      out.set(r.id, {
        id: r.id,
        ref: r.ref,
        title: r.title,
        severity: r.severity as Severity | null,
        status: r.status as Status,
        reportId: r.report_id,
        reportTitle: r.report_title,
        primaryPath: r.path,
        primaryLine: r.start_line,
      });
    }
  }
  return out;
}

function findingRow(ctx: CoreContext, id: number) {
  const row = ctx.runner.first(
    ctx.db.selectFrom('findings').select(['id', 'project_id', 'report_id', 'severity', 'status', 'duplicate_of']).where('id', '=', id),
  );
  if (!row) throw notFound(`finding ${id}`);
  return row;
}

function setDuplicateOf(ctx: CoreContext, id: number, keepId: number | null) {
  ctx.runner.run(findingRepository(ctx.db).update(id, { duplicate_of: keepId, updated_at: ctx.now() }));
}

/** the newest merge row of this pair */
function mergeOfPair(ctx: CoreContext, keepId: number, duplicateId: number) {
  return ctx.runner.first(
    ctx.db
      .selectFrom('finding_merges')
      .select(['id'])
      .where('keep_id', '=', keepId)
      .where('duplicate_id', '=', duplicateId)
      .orderBy('id', 'desc')
      .limit(1),
  );
}

/**
 * history.undo / history.redo of a `merge` or `unmerge` event (entity = the duplicate; the kept
 * finding's id is the event's new value for a merge, old value for an un-merge).
 */
export function replayMergeEvent(
  ctx: CoreContext,
  e: { action: string; entity_id: number },
  oldValue: unknown,
  newValue: unknown,
  direction: 'undo' | 'redo',
): void {
  const keepId = Number(e.action === 'merge' ? newValue : oldValue);
  const merged = (e.action === 'merge') === (direction === 'redo');
  setDuplicateOf(ctx, e.entity_id, merged ? keepId : null);
  const m = mergeOfPair(ctx, keepId, e.entity_id);
  if (m) ctx.runner.run(duplicateRepository(ctx.db).setMergeActive(m.id, merged ? 1 : 0));
}

export const MERGE_ACTIONS = ['merge', 'unmerge'] as const;

export const duplicateHandlers = handlersOf({
  'duplicates.suggest': (ctx, { projectId, limit }) => {
    requireProject(ctx, projectId);
    const { db, runner } = ctx;
    const rows = runner.all(
      db
        .selectFrom('findings')
        .select(['id', 'report_id', 'title', findingBody().as('body')])
        .where('project_id', '=', projectId)
        .where('duplicate_of', 'is', null)
        .where('status', '<>', 'duplicate')
        .orderBy('id'),
    );
    // keepers of an active merge pair with nothing they already hold
    const merged = new Set<string>();
    for (const m of runner.all(duplicateRepository(db).activeMerges(projectId))) merged.add(`${m.keep_id}:${m.duplicate_id}`);
    const locs = new Map<number, SimilarityItem['locations']>();
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500).map((r) => r.id);
      for (const l of runner.all(
        db.selectFrom('locations').select(['finding_id', locationPath('locations').as('path'), 'start_line']).where('finding_id', 'in', chunk).orderBy('ordinal'),
      )) {
        const list = locs.get(l.finding_id) ?? [];
        if (list.length < 8) list.push({ path: l.path, line: l.start_line });
        locs.set(l.finding_id, list);
      }
    }
    const items: SimilarityItem[] = rows.map((r) => ({
      id: r.id,
      reportId: r.report_id,
      title: r.title,
      body: r.body,
      locations: locs.get(r.id) ?? [],
    }));
    const pairs = suggestDuplicates(items, limit ?? 200).filter((p) => !merged.has(`${p.a}:${p.b}`) && !merged.has(`${p.b}:${p.a}`));
    const info = sides(ctx, [...new Set(pairs.flatMap((p) => [p.a, p.b]))]);
    return pairs.map((p) => ({
      a: info.get(p.a)!,
      b: info.get(p.b)!,
      score: p.score,
      title: p.title,
      body: p.body,
      location: p.location,
      reason: p.reason,
    }));
  },

  'duplicates.merge': (ctx, { keepId, duplicateId }) => {
    if (keepId === duplicateId) throw new CoreError('invalid_input', 'a finding cannot be merged into itself');
    const { runner, db } = ctx;
    const dupRepo = duplicateRepository(ctx.db);
    const mergeId = runner.tx(() => {
      const keep = findingRow(ctx, keepId);
      const dup = findingRow(ctx, duplicateId);
      if (keep.project_id !== dup.project_id) throw new CoreError('invalid_input', 'both findings must belong to the same project');
      if (keep.duplicate_of !== null) throw new CoreError('conflict', `finding ${keepId} is itself a duplicate of ${keep.duplicate_of}`);
      if (dup.duplicate_of !== null) throw new CoreError('conflict', `finding ${duplicateId} is already a duplicate of ${dup.duplicate_of}`);
      if (runner.first(dupRepo.activeMergesOf(duplicateId))) {
        throw new CoreError('conflict', `finding ${duplicateId} holds merged duplicates: un-merge them first`);
      }
      const now = ctx.now();
      const id = runner.run(
        dupRepo.insertMerge({
          project_id: keep.project_id,
          keep_id: keepId,
          duplicate_id: duplicateId,
          score: null,
          reason: null,
          keep_severity_before: keep.severity,
          duplicate_status_before: dup.status,
          active: 1,
          created_at: now,
        }),
      ).lastId;
      const log = eventWriter(ctx, 'merged as duplicate');
      log.discardRedo(keep.project_id);
      const severity = strongest(keep.severity, dup.severity);
      if (severity !== keep.severity) {
        runner.run(findingRepository(db).update(keepId, { severity, updated_at: now }));
        log.write({ projectId: keep.project_id, entity: 'finding', entityId: keepId, action: 'update', field: 'severity', oldValue: keep.severity, newValue: severity });
      }
      if (dup.status !== 'duplicate') {
        runner.run(findingRepository(db).update(duplicateId, { status: 'duplicate', updated_at: now }));
        log.write({ projectId: keep.project_id, entity: 'finding', entityId: duplicateId, action: 'update', field: 'status', oldValue: dup.status, newValue: 'duplicate' });
      }
      setDuplicateOf(ctx, duplicateId, keepId);
      log.write({ projectId: keep.project_id, entity: 'finding', entityId: duplicateId, action: 'merge', field: 'duplicateOf', oldValue: null, newValue: keepId });
      return id;
    });
    const [keep, duplicate] = [cardsByIds(ctx, [keepId])[0], cardsByIds(ctx, [duplicateId])[0]];
    return { mergeId, keep, duplicate };
  },

  'duplicates.unmerge': (ctx, { findingId }) => {
    const { runner, db } = ctx;
    const dupRepo = duplicateRepository(db);
    return runner.tx(() => {
      const row = findingRow(ctx, findingId);
      const merges = runner.all(dupRepo.activeMergesOf(findingId));
      if (!merges.length) return { unmerged: 0 };
      const log = eventWriter(ctx, 'un-merged');
      log.discardRedo(row.project_id);
      const now = ctx.now();
      const keeps = new Set<number>();
      for (const m of merges) {
        const dup = findingRow(ctx, m.duplicate_id);
        if (dup.status === 'duplicate' && m.duplicate_status_before !== 'duplicate') {
          runner.run(findingRepository(db).update(dup.id, { status: m.duplicate_status_before, updated_at: now }));
          log.write({ projectId: m.project_id, entity: 'finding', entityId: dup.id, action: 'update', field: 'status', oldValue: 'duplicate', newValue: m.duplicate_status_before });
        }
        setDuplicateOf(ctx, dup.id, null);
        runner.run(dupRepo.setMergeActive(m.id, 0));
        log.write({ projectId: m.project_id, entity: 'finding', entityId: dup.id, action: 'unmerge', field: 'duplicateOf', oldValue: m.keep_id, newValue: null });
        keeps.add(m.keep_id);
      }
      // a kept finding's severity goes back to what it was, unless a remaining duplicate still raises it
      for (const keepId of keeps) {
        const keep = findingRow(ctx, keepId);
        const first = runner.first(
          ctx.db.selectFrom('finding_merges').select(['keep_severity_before']).where('keep_id', '=', keepId).where('id', 'in', merges.map((m) => m.id)).orderBy('id').limit(1),
        );
        let target: string | null = first ? first.keep_severity_before : keep.severity;
        const remaining = runner.all(
          ctx.db
            .selectFrom('finding_merges as m')
            .innerJoin('findings as f', 'f.id', 'm.duplicate_id')
            .select(['f.severity'])
            .where('m.keep_id', '=', keepId)
            .where('m.active', '=', 1),
        );
        for (const r of remaining) target = strongest(target, r.severity);
        if (target !== keep.severity) {
          runner.run(findingRepository(db).update(keepId, { severity: target, updated_at: now }));
          log.write({ projectId: keep.project_id, entity: 'finding', entityId: keepId, action: 'update', field: 'severity', oldValue: keep.severity, newValue: target });
        }
      }
      return { unmerged: merges.length };
    });
  },

  'duplicates.info': (ctx, { findingId }) => {
    const { runner, db } = ctx;
    const row = findingRow(ctx, findingId);
    const dupRepo = duplicateRepository(db);
    const dupIds = runner
      .all(db.selectFrom('findings').select('id').where('duplicate_of', '=', findingId).orderBy('id'))
      .map((r) => r.id);
    const info = sides(ctx, [findingId, ...dupIds, ...(row.duplicate_of !== null ? [row.duplicate_of] : [])]);
    const owners = [findingId, ...dupIds];
    const locations: Location[] = [];
    const sources: DuplicateInfo['sources'] = [];
    for (const owner of owners) {
      for (const l of runner.all(
        db.selectFrom('locations').select([locationPath('locations').as('path'), 'start_line', 'end_line', 'start_column', 'end_column']).where('finding_id', '=', owner).orderBy('ordinal'),
      )) {
        locations.push({ path: l.path, startLine: l.start_line, endLine: l.end_line, startColumn: l.start_column, endColumn: l.end_column });
      }
      const f = findingRow(ctx, owner);
      const report = runner.first(db.selectFrom('reports').select(['id', 'title', 'source_path']).where('id', '=', f.report_id))!;
      sources.push({ reportId: report.id, title: report.title, sourcePath: report.source_path, findingId: owner });
    }
    const absence = runner.first(dupRepo.absence(findingId));
    return {
      findingId,
      duplicateOf: row.duplicate_of !== null ? (info.get(row.duplicate_of) ?? null) : null,
      duplicates: dupIds.map((id) => info.get(id)!).filter(Boolean),
      sources,
      locations,
      notInLatest: absence ? { reportId: absence.report_id, since: absence.since } : null,
    };
  },
});
