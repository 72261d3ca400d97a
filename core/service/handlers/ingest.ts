import { expandPaths, maxInputBytes, tooLargeMessage } from '../../ingest/files';
import { ingestBytes, ingestFile } from '../../ingest/store';
import type { IngestFileResult } from '../../../shared/api';
import { requireProject } from './projects';
import type { Handler } from './types';

export const ingestPaths: Handler<'ingest.paths'> = (ctx, { projectId, paths }) => {
  requireProject(ctx, projectId);
  const out: IngestFileResult[] = [];
  for (const entry of expandPaths(paths)) {
    if (entry.error !== undefined) out.push({ file: entry.file, ok: false, error: entry.error });
    else out.push(ingestFile(ctx, projectId, entry.file));
  }
  return out;
};

export const ingestBase64: Handler<'ingest.bytes'> = (ctx, { projectId, name, base64 }) => {
  requireProject(ctx, projectId);
  // refuse an oversized upload before decoding it (issue 7: a configurable input limit)
  const limit = maxInputBytes();
  const approx = Math.floor((base64.length * 3) / 4);
  if (approx > limit + 3) return { file: name, ok: false, error: `${name}: ${tooLargeMessage(approx, limit)}` };
  const clean = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean)) {
    return { file: name, ok: false, error: `${name}: the upload is not valid base64` };
  }
  return ingestBytes(ctx, projectId, name, Buffer.from(clean, 'base64'));
};
