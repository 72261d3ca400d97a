// Re-ingest (issue 6): preview, apply, "not in latest report" list and the close-absent bulk action.
import { duplicateRepository } from '../../../db/repositories/duplicate-repository';
import type { Handlers } from './types';
import { readReportFile } from '../../ingest/files';
import { previewReingest, reingestBytes, type ReingestInput } from '../../ingest/reingest';
import { CoreError } from '../context';
import { updateFindings } from './findings-update';
import { requireProject } from './projects';

function inputOf(input: { path?: string; name?: string; base64?: string }): ReingestInput {
  if (input.path !== undefined) return { name: input.path, bytes: readReportFile(input.path) };
  if (input.base64 === undefined || input.name === undefined) {
    throw new CoreError('invalid_input', 'give either `path`, or `name` and `base64`');
  }
  const clean = input.base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) throw new CoreError('invalid_input', `${input.name}: the upload is not valid base64`);
  return { name: input.name, bytes: Buffer.from(clean, 'base64') };
}

function parseFailure(e: unknown, name: string): never {
  if (e instanceof CoreError) throw e;
  const msg = e instanceof Error ? e.message : String(e);
  throw new CoreError('parse_error', msg.includes(name) ? msg : `${name}: ${msg}`);
}

export const reingestHandlers: Pick<
  Handlers,
  'reingest.preview' | 'reingest.apply' | 'findings.absent' | 'findings.closeAbsent'
> = {
  'reingest.preview': (ctx, input) => {
    requireProject(ctx, input.projectId);
    const file = inputOf(input);
    try {
      return previewReingest(ctx, input.projectId, file, input.reportId);
    } catch (e) {
      return parseFailure(e, file.name);
    }
  },
  'reingest.apply': (ctx, input) => {
    requireProject(ctx, input.projectId);
    const file = inputOf(input);
    try {
      return reingestBytes(ctx, input.projectId, input.reportId, file);
    } catch (e) {
      return parseFailure(e, file.name);
    }
  },
  'findings.absent': (ctx, { projectId, reportId }) => {
    requireProject(ctx, projectId);
    return ctx.runner
      .all(duplicateRepository(ctx.db).absentIds(projectId, reportId))
      .map((r) => ({ findingId: r.finding_id, reportId: r.report_id, since: r.since }));
  },
  'findings.closeAbsent': async (ctx, { projectId, reportId, status }) => {
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
    // one findings.update batch: one undo restores every finding
    await updateFindings(ctx, { ids: open, patch: { status }, reason: 'not in latest report' });
    return { closed: open.length, ids: open };
  },
};
