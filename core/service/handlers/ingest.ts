// ingest.paths and ingest.bytes: files into a project through the one ingest path (core/ingest/reingest.ts
// ingestReport): a newer version of a report of the project updates it unless `asNew`.
import { expandPaths, maxInputBytes, tooLargeMessage } from '../../ingest/files';
import { ingestFile, ingestReport, type IngestChoices } from '../../ingest/reingest';
import type { IngestFileResult } from '../../../shared/api';
import { CoreError } from '../context';
import { checkpoint } from '../job';
import { holdUpload, takeUpload } from '../staged';
import { STAGED_TTL_MINUTES } from '../../../shared/contract/ingest';
import { requireProject } from './projects';
import { handlersOf, type Handler } from './types';

export const ingestPaths: Handler<'ingest.paths'> = (ctx, { projectId, paths, ...choices }) => {
  requireProject(ctx, projectId);
  const entries = expandPaths(paths);
  if (choices.reportId !== undefined && entries.length > 1) throw new CoreError('invalid_input', 'reportId names the report one file updates: give one file');
  const out: IngestFileResult[] = [];
  for (const [i, entry] of entries.entries()) {
    checkpoint(ctx, 'files', i, entries.length, entry.file);
    if (entry.error !== undefined) out.push({ file: entry.file, ok: false, error: entry.error });
    else out.push(ingestFile(ctx, projectId, entry.file, choices));
  }
  return out;
};

/** base64 an upload (the browser drop) came as, checked and decoded; a failed result naming the file otherwise */
export function decodeUpload(name: string, base64: string): Uint8Array | IngestFileResult {
  // refuse an oversized upload before decoding it (issue 7: a configurable input limit)
  const limit = maxInputBytes();
  const approx = Math.floor((base64.length * 3) / 4);
  if (approx > limit + 3) return { file: name, ok: false, error: `${name}: ${tooLargeMessage(approx, limit)}` };
  const clean = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) return { file: name, ok: false, error: `${name}: the upload is not valid base64` };
  return Buffer.from(clean, 'base64');
}

export const ingestBase64: Handler<'ingest.bytes'> = (ctx, { projectId, name, base64, staged, confirmUpdate, ...choices }) => {
  requireProject(ctx, projectId);
  let bytes: Uint8Array;
  if (staged !== undefined) {
    const held = takeUpload(ctx, projectId, staged);
    if (!held) throw new CoreError('not_found', `${name}: the file is no longer held for this import (it waits ${STAGED_TTL_MINUTES} minutes for an answer): import it again`);
    bytes = held.bytes;
  } else {
    const decoded = decodeUpload(name, base64!);
    if (!(decoded instanceof Uint8Array)) return decoded;
    bytes = decoded;
  }
  const result = ingestReport(ctx, projectId, { name, bytes }, { ...choices, askUpdate: confirmUpdate } satisfies IngestChoices);
  // a newer version waiting for the user's answer: its bytes stay here for the call that applies it
  if (confirmUpdate && !choices.dryRun && result.ok && result.action === 'updated' && result.dryRun) return { ...result, staged: holdUpload(ctx, projectId, name, bytes) };
  return result;
};

export const ingestHandlers = handlersOf({
  'ingest.paths': ingestPaths,
  'ingest.bytes': ingestBase64,
  'ingest.unstage': (ctx, { projectId, staged }) => {
    requireProject(ctx, projectId);
    return { released: takeUpload(ctx, projectId, staged) !== undefined };
  },
});
