import { eventRepository } from '../../../db/repositories/event-repository';
import { findingRepository } from '../../../db/repositories/finding-repository';
import { reportRepository } from '../../../db/repositories/report-repository';
import type { FindingDetail } from '../../../shared/api';
import type { Status } from '../../../shared/types';
import { notFound } from '../context';
import { toCard, toHistoryEvent } from '../mappers';
import { dueContext } from '../assignment';
import { handlersOf, type Handler } from './types';

export const getFinding: Handler<'findings.get'> = (ctx, { id }) => {
  const { runner, db } = ctx;
  const repo = findingRepository(db);
  const row = runner.first(repo.detail(id));
  if (!row) throw notFound(`finding ${id}`);
  const report = runner.first(reportRepository(db).byId(row.report_id))!;
  const link = (r: { id: number; ref: string | null; title: string; status: string }) => ({
    id: r.id,
    ref: r.ref,
    title: r.title,
    status: r.status as Status,
  });
  const detail: FindingDetail = {
    ...toCard(row, dueContext(ctx, row.project_id)),
    severityText: row.severity_text,
    body: row.body,
    notes: row.notes,
    fingerprint: row.fingerprint,
    locations: runner.all(repo.locations(id)).map((l) => ({
      path: l.path,
      startLine: l.start_line,
      endLine: l.end_line,
      startColumn: l.start_column,
      endColumn: l.end_column,
    })),
    dependsOn: runner.all(repo.dependsOn(id)).map(link),
    dependents: runner.all(repo.dependents(id)).map(link),
    history: runner.all(eventRepository(db).forEntity('finding', id)).map(toHistoryEvent),
    report: { id: report.id, title: report.title, sourcePath: report.source_path, format: report.format },
    duplicateOf: row.duplicate_of,
  };
  return detail;
};

export const findingsGetHandlers = handlersOf({ 'findings.get': getFinding });
