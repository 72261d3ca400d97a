import { reportRepository } from '../../../db/repositories/report-repository';
import type { ReportSummary } from '../../../shared/api';
import type { Claims } from '../../../shared/types';
import { parseJson } from '../mappers';
import { requireProject } from './projects';
import { handlersOf, type Handler } from './types';

export const listReports: Handler<'reports.list'> = (ctx, { projectId }) => {
  requireProject(ctx, projectId);
  const repo = reportRepository(ctx.db);
  const found = new Map<number, Claims>();
  for (const c of ctx.runner.all(repo.severityCounts(projectId))) {
    let claims = found.get(c.report_id);
    if (!claims) found.set(c.report_id, (claims = { total: 0 }));
    const n = Number(c.n);
    if (c.severity) claims[c.severity as keyof Claims] = n;
    claims.total = (claims.total ?? 0) + n;
  }
  return ctx.runner.all(repo.listByProject(projectId)).map(
    (r): ReportSummary => {
      const f = found.get(r.id) ?? { total: 0 };
      return {
        id: r.id,
        projectId: r.project_id,
        sourcePath: r.source_path,
        sha256: r.sha256,
        format: r.format,
        title: r.title,
        date: r.date,
        tool: r.tool,
        ingestedAt: r.ingested_at,
        repairs: parseJson<string[]>(r.repairs, []),
        claims: parseJson<Claims | null>(r.claims, null),
        findingCount: f.total ?? 0,
        found: f,
      };
    },
  );
};

export const reportHandlers = handlersOf({ 'reports.list': listReports });
