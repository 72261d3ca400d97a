import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core } from '../../core/service';
import type { Result } from '../../shared/api';
import type { ParsedReport } from '../../shared/types';
import { parseReportBytes } from '../../core/ingest/index';
import { SEEDS_DIR } from '../goldens';

export { SEEDS_DIR };
export const seedFiles = () =>
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS_DIR, f));

export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** the parser's output for the seeds, as input data (expected values come from the goldens: ../goldens.ts) */
export function parsedSeeds(): Array<{ file: string; parsed: ParsedReport }> {
  return seedFiles().map((file) => ({ file, parsed: parseReportBytes(readFileSync(file), file) }));
}

export async function coreWithSeeds(dbPath: string): Promise<{ core: Core; projectId: number }> {
  const core = openCore({ dbPath, actor: 'test' });
  const projectId = ok(await core.call('projects.list', {}))[0].id;
  const results = ok(await core.call('ingest.paths', { projectId, paths: seedFiles() }));
  for (const r of results) if (!r.ok) throw new Error(r.error);
  return { core, projectId };
}
