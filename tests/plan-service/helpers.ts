// Real databases in temp folders, real reports from the team folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../core/service';
import type { Result } from '../../shared/api';
import { VENDORED } from '../team';
import type { TestEngine } from '../pg/engines';


export const SEEDS = readdirSync(join(VENDORED, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(VENDORED, 'seeds', f));
export const SEED_000 = SEEDS.find((f) => f.includes('/000_'))!;
export const SEED_001 = SEEDS.find((f) => f.includes('/001_'))!;
export const CORPUS = ['markdown', 'sarif', 'json'].flatMap((d) =>
  readdirSync(join(VENDORED, 'corpus', d))
    .sort()
    .map((f) => join(VENDORED, 'corpus', d, f)),
);

export function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

export interface TempDb {
  dir: string;
  path: string;
  core: Core;
  cleanup(): void;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'punchlist-plan-'));
}

export function tempCore(name = 'db.sqlite', dir = tempDir()): TempDb {
  return coreAt(dir, join(dir, name));
}

/** tempCore on `engine` (tests/pg/engines.ts): on PostgreSQL a fresh database, the folder still made */
export async function tempCoreOn(engine: TestEngine): Promise<TempDb> {
  if (engine.name !== 'postgres') return tempCore();
  return coreAt(tempDir(), await engine.fresh());
}

/** a core on the database at `path`; cleanup closes it and removes the folder `dir` */
function coreAt(dir: string, path: string): TempDb {
  const core = openCore({ dbPath: path });
  return {
    dir,
    path,
    core,
    cleanup() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** ingests files into the project; fails the test if any file fails */
export async function ingest(core: Core, projectId: number, paths: string[]): Promise<void> {
  const results = ok(await core.call('ingest.paths', { projectId, paths }));
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`ingest failed: ${JSON.stringify(failed)}`);
}

export async function findingByRef(core: Core, projectId: number, ref: string) {
  const cards = ok(await core.call('findings.list', { projectId }));
  const c = cards.find((x) => x.ref === ref);
  if (!c) throw new Error(`no finding ${ref}`);
  return c;
}
