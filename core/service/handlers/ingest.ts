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
  if (!isBase64(base64)) return { file: name, ok: false, error: `${name}: the upload is not valid base64` };
  // Node's decoder skips whitespace (and, with the check above, there is nothing else to skip)
  return Buffer.from(base64, 'base64');
}

/** whitespace as a regular expression's \s means it */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Base64 in the standard or the URL-safe alphabet, whitespace anywhere, at most two '=' at its end.
 * One pass over the characters, with no regular expression and no copy: an upload is tens of MB,
 * and with the fallback to V8's linear-time engine that ingest turns on (core/ingest/index.ts), a
 * scan of a subject that size can be handed to that engine, whose memory grows with the subject
 * (a 42 MB upload took the process past 20 GB).
 */
function isBase64(s: string): boolean {
  let pad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) {
      if (++pad > 2) return false;
    } else if (!isSpace(c)) {
      if (pad > 0) return false;
      const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45;
      if (!ok) return false;
    }
  }
  return true;
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
