// Re-ingest (issue 6): preview, apply, "not in latest report" list and the close-absent bulk action.
// Preview and apply are the one ingest path (ingestReport) with a dry run and a chosen report.
import { duplicateRepository } from '../../../db/repositories/duplicate-repository';
import type { IngestFileResult, ReingestApplyResult, ReingestPreview } from '../../../shared/api';
import { readReportFile } from '../../ingest/files';
import { ABSENT_REASON, ingestReport, type IngestChoices, type ReingestInput } from '../../ingest/reingest';
import { CoreError, type CoreContext } from '../context';
import { patchFindings } from './findings-update';
import { decodeUpload } from './ingest';
import { requireProject } from './projects';
import { handlersOf } from './types';

function inputOf(input: { path?: string; name?: string; base64?: string }): ReingestInput {
  if (input.path !== undefined) return { name: input.path, bytes: readReportFile(input.path) };
  if (input.base64 === undefined || input.name === undefined) {
    throw new CoreError('invalid_input', 'give either `path`, or `name` and `base64`');
  }
  const bytes = decodeUpload(input.name, input.base64);
  if (!(bytes instanceof Uint8Array)) throw new CoreError('invalid_input', bytes.ok ? input.name : bytes.error);
  return { name: input.name, bytes };
}

/** ingestReport, with a failure thrown as the error value of the call */
function run(ctx: CoreContext, projectId: number, input: ReingestInput, choices: IngestChoices) {
  const r = ingestReport(ctx, projectId, input, choices);
  if (!r.ok) throw new CoreError(/not found in project/.test(r.error) ? 'not_found' : 'parse_error', r.error);
  return r;
}

const ZERO = { matched: 0, changed: 0, added: 0, absent: 0, reappeared: 0 };

/** the counts re-ingest reported before issue 19: matched, changed, added, absent, reappeared */
function legacyCounts(r: Extract<IngestFileResult, { ok: true }>): ReingestApplyResult['counts'] {
  const c = r.update?.counts;
  if (!c) return ZERO;
  return {
    matched: c.back + c.moved + c.changed + c.unchanged,
    changed: c.moved + c.changed,
    added: c.new,
    absent: c.gone + c.stillAbsent,
    reappeared: c.back,
  };
}

export const reingestHandlers = handlersOf({
  'reingest.preview': (ctx, input): ReingestPreview => {
    requireProject(ctx, input.projectId);
    const file = inputOf(input);
    const r = run(ctx, input.projectId, file, { dryRun: true, reportId: input.reportId });
    const u = r.update ?? null;
    return {
      file: file.name,
      alreadyPresent: r.alreadyPresent,
      previous: u?.previous ?? null,
      counts: u ? legacyCounts(r) : null,
      samples: u?.samples ?? { added: [], absent: [], changed: [] },
    };
  },
  'reingest.apply': (ctx, input): ReingestApplyResult => {
    requireProject(ctx, input.projectId);
    const r = run(ctx, input.projectId, inputOf(input), { reportId: input.reportId });
    return { reportId: r.reportId, alreadyPresent: r.alreadyPresent, counts: r.alreadyPresent ? ZERO : legacyCounts(r) };
  },
  'findings.absent': (ctx, { projectId, reportId }) => {
    requireProject(ctx, projectId);
    return ctx.runner
      .all(duplicateRepository(ctx.db).absentIds(projectId, reportId))
      .map((r) => ({ findingId: r.finding_id, reportId: r.report_id, since: r.since }));
  },
  'findings.closeAbsent': (ctx, { projectId, reportId, status }) => {
    requireProject(ctx, projectId);
    const absent = ctx.runner.all(duplicateRepository(ctx.db).absentIds(projectId, reportId)).map((r) => r.finding_id);
    const open: number[] = [];
    for (let i = 0; i < absent.length; i += 500) {
      const rows = ctx.runner.all(
        ctx.db
          .selectFrom('findings')
          .select('id')
          .where('id', 'in', absent.slice(i, i + 500))
          .where('status', 'in', ['open', 'in_progress']),
      );
      for (const r of rows) open.push(r.id);
    }
    if (!open.length) return { closed: 0, ids: [] };
    // one batch: one undo restores every finding
    patchFindings(ctx, open, { status }, ABSENT_REASON);
    return { closed: open.length, ids: open };
  },
});
