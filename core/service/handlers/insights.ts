// insights.get: every figure of the Insights view from the database in one call (issue 9). The rows
// are read with a handful of Kysely queries; the figures are computed by shared/insights (pure),
// the same code the HTML export uses. The burndown replays the event log up to `now`.
import { locationPath } from '../../../db/location-path';
import { computeInsights, type InsightEvent, type InsightFinding, type InsightsData } from '../../../shared/insights';
import type { Claims, Severity, Status } from '../../../shared/types';
import type { CoreContext } from '../context';
import { parseJson, toBool } from '../mappers';
import { readChecklists, readPlanSettings } from '../snapshot';
import { requireProject } from './projects';
import { handlersOf, type Handler } from './types';

const INSIGHT_FIELDS = ['status', 'severity', 'blocksDeployment', 'effortMinHours', 'effortMaxHours'];

/** the rows behind the figures, for one project */
export function loadInsightsData(ctx: CoreContext, projectId: number): InsightsData {
  const { db, runner } = ctx;
  const rows = runner.all(
    db
      .selectFrom('findings')
      .select([
        'id',
        'report_id',
        'severity',
        'status',
        'phase',
        'blocks_deployment',
        'effort_min_hours',
        'effort_max_hours',
        'fingerprint',
        'title',
        'created_at',
      ])
      .where('project_id', '=', projectId)
      .orderBy('id'),
  );
  const findings: InsightFinding[] = rows.map((r) => ({
    id: r.id,
    reportId: r.report_id,
    severity: r.severity as Severity | null,
    status: r.status as Status,
    phase: r.phase,
    blocksDeployment: toBool(r.blocks_deployment),
    effortMinHours: r.effort_min_hours,
    effortMaxHours: r.effort_max_hours,
    fingerprint: r.fingerprint,
    title: r.title,
    paths: [],
    createdAt: r.created_at,
  }));
  const byId = new Map(findings.map((f) => [f.id, f]));
  const locs = runner.all(
    db
      .selectFrom('locations as l')
      .innerJoin('findings as f', 'f.id', 'l.finding_id')
      .select(['l.finding_id', locationPath('l').as('path')])
      .where('f.project_id', '=', projectId)
      .orderBy('l.finding_id')
      .orderBy('l.ordinal'),
  );
  for (const l of locs) {
    const f = byId.get(l.finding_id);
    if (f && l.path && !f.paths.includes(l.path)) f.paths.push(l.path);
  }
  const reports = runner
    .all(
      db
        .selectFrom('reports')
        .select(['id', 'title', 'source_path', 'date', 'claims', 'ingested_at', 'format', 'tool'])
        .where('project_id', '=', projectId)
        .orderBy('id'),
    )
    .map((r) => ({
      id: r.id,
      title: r.title,
      sourcePath: r.source_path,
      date: r.date,
      claims: parseJson<Claims | null>(r.claims, null),
      ingestedAt: r.ingested_at,
      format: r.format,
      tool: r.tool,
    }));
  // the Ready-to-deploy rule: gate items, auto-ticked from their findings unless ticked by hand
  const gateItems = readChecklists(ctx, projectId, findings)
    .filter((c) => c.gate)
    .flatMap((c) => c.items.map((i) => ({ checked: i.checked })));
  const events: InsightEvent[] = runner
    .all(
      db
        .selectFrom('events')
        .select(['at', 'entity_id', 'field', 'old_value', 'new_value'])
        .where('project_id', '=', projectId)
        .where('entity', '=', 'finding')
        .where('action', 'in', ['update', 'undo', 'redo'])
        .where('field', 'in', INSIGHT_FIELDS)
        .orderBy('id'),
    )
    .map((e) => ({
      at: e.at,
      findingId: e.entity_id,
      field: e.field ?? '',
      oldValue: parseJson<unknown>(e.old_value, null),
      newValue: parseJson<unknown>(e.new_value, null),
    }));
  return { findings, reports, gateItems, events, settings: readPlanSettings(ctx, projectId) };
}

export const getInsights: Handler<'insights.get'> = (ctx, { projectId, now }) => {
  requireProject(ctx, projectId);
  const at = now ? new Date(now).toISOString() : ctx.now();
  return computeInsights(loadInsightsData(ctx, projectId), at);
};

export const insightsHandlers = handlersOf({ 'insights.get': getInsights });
