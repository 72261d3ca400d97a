import { sql, type Kysely } from 'kysely';
import { ftsMatch, ftsQuery } from '../../../db/fts';
import { findingRepository } from '../../../db/repositories/finding-repository';
import type { Database } from '../../../db/schema';
import type { FindingFilter } from '../../../shared/api';
import { NO_PHASE } from '../../../shared/types';
import { normalizePrefix } from '../paths-filter';
import { toCard } from '../mappers';
import { dueContext, meOf, slaOfRow, slaSetting, todayOf } from '../assignment';
import { ME, NO_ASSIGNEE } from '../../../shared/assignment';
import { handlersOf, type Handler } from './types';

/** The board query: one SELECT with the primary location joined; every filter of FindingFilter. */
export function findingListQuery(db: Kysely<Database>, filter: FindingFilter) {
  let q = findingRepository(db).cards().where('f.project_id', '=', filter.projectId);
  /** `column IN (values)`, where `none` among the values stands for "no value" (NULL) */
  const inOrNull = (column: 'f.severity' | 'f.phase' | 'f.assignee', values: readonly string[], none: string) => {
    const named = values.filter((v) => v !== none);
    const withNull = named.length !== values.length;
    q = q.where((eb) => eb.or([...(named.length ? [eb(column, 'in', named)] : []), ...(withNull ? [eb(column, 'is', null)] : [])]));
  };
  if (filter.severity?.length) inOrNull('f.severity', filter.severity, 'unrated');
  if (filter.status?.length) q = q.where('f.status', 'in', filter.status);
  if (filter.phase?.length) inOrNull('f.phase', filter.phase, NO_PHASE);
  if (filter.reportId?.length) q = q.where('f.report_id', 'in', filter.reportId);
  if (filter.afterId !== undefined) q = q.where('f.id', '>', filter.afterId);
  if (filter.ids) q = filter.ids.length ? q.where('f.id', 'in', filter.ids) : q.where(sql<boolean>`0 = 1`);
  // issue 18: ME is resolved by the handler (listFindings), NO_ASSIGNEE stands for nobody
  if (filter.assignee?.length) inOrNull('f.assignee', filter.assignee, NO_ASSIGNEE);
  if (filter.blocksDeployment !== undefined) {
    q = filter.blocksDeployment
      ? q.where('f.blocks_deployment', '=', 1)
      : q.where((eb) => eb.or([eb('f.blocks_deployment', '=', 0), eb('f.blocks_deployment', 'is', null)]));
  }
  if (filter.pathPrefix !== undefined) {
    const prefix = normalizePrefix(filter.pathPrefix);
    if (prefix) {
      // a range on locations(path) rather than LIKE: index-friendly on every dialect, no escaping
      q = q.where('f.id', 'in', (eb) =>
        eb
          .selectFrom('locations as lp')
          .select('lp.finding_id')
          .where('lp.path_id', 'in', (eb2) => eb2.selectFrom('paths as pp').select('pp.id').where('pp.path', '>=', prefix).where('pp.path', '<', `${prefix}\u{10FFFF}`)),
      );
    }
  }
  const match = filter.text === undefined ? null : ftsQuery(filter.text);
  if (match) {
    // FTS drives the loop, in rowid (= finding id) order
    q = q.innerJoin('findings_fts', 'findings_fts.rowid', 'f.id').where(ftsMatch(match, db)).orderBy('findings_fts.rowid');
  } else {
    q = q.orderBy('f.id');
  }
  if (filter.limit) q = q.limit(filter.limit);
  return q;
}

/** ME among the assignees resolved to whoever asks */
const resolved = (ctx: Parameters<typeof listFindings>[0], filter: FindingFilter): FindingFilter =>
  filter.assignee ? { ...filter, assignee: filter.assignee.map((a) => (a === ME ? meOf(ctx, filter.projectId) : a)) } : filter;

export const listFindings: Handler<'findings.list'> = (ctx, filter) => {
  const query = findingListQuery(ctx.db, resolved(ctx, filter));
  // on PostgreSQL the cards and the project's SLA in one round trip
  if (ctx.runner.readTogether) {
    const [rows, sla] = ctx.runner.readTogether(query, slaSetting(ctx, filter.projectId));
    const due = { sla: slaOfRow(sla[0]), today: todayOf(ctx) };
    return rows.map((r) => toCard(r, due));
  }
  const due = dueContext(ctx, filter.projectId);
  return ctx.runner.all(query).map((r) => toCard(r, due));
};

/** the same query, its ids only (no card columns, no primary location) */
export const listFindingIds: Handler<'findings.ids'> = (ctx, filter) =>
  ctx.runner.all(findingListQuery(ctx.db, resolved(ctx, filter)).clearSelect().select('f.id')).map((r) => r.id);

export const findingsListHandlers = handlersOf({ 'findings.list': listFindings, 'findings.ids': listFindingIds });
