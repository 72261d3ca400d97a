import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach } from 'vitest';
import { openCore, type Core } from '../../core/service';
import type { FindingDetail } from '../../shared/api';
import { tempDir } from '../db/helpers';
import type { TestEngine } from '../pg/engines';
import { ok, SEEDS_DIR } from '../service/helpers';
import { VENDORED } from '../team';

export { ok, seedFiles, SEEDS_DIR } from '../service/helpers';
export const CORPUS = `${VENDORED}/corpus`;

export async function openProject(dbPath: string): Promise<{ core: Core; projectId: number }> {
  const core = openCore({ dbPath, actor: 'test' });
  const projectId = ok(await core.call('projects.list', {}))[0].id;
  return { core, projectId };
}

export interface FreshProject {
  core: Core;
  projectId: number;
  /** the test's temp folder (the database is db.sqlite in it) */
  dir: string;
}

/**
 * A fresh database per test in a temp folder of its own: `open()` makes one (closing the one before,
 * if any), `close()` closes and removes it; each test's is closed and removed after it. Call at the
 * top of a test file (it registers an afterEach). With `engine` the database is one of that engine
 * (tests/pg/engines.ts: a PostgreSQL database when it is PostgreSQL; the folder is still made).
 */
export function freshProjects(engine?: TestEngine) {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let core: Core | undefined;
  const close = () => {
    core?.close();
    core = undefined;
    tmp?.cleanup();
    tmp = undefined;
  };
  afterEach(close);
  return {
    async open(): Promise<FreshProject> {
      close();
      tmp = tempDir();
      const opened = await openProject(engine?.name === 'postgres' ? await engine.fresh() : join(tmp.dir, 'db.sqlite'));
      core = opened.core;
      return { ...opened, dir: tmp.dir };
    },
    close,
  };
}

/** the seed report whose file name starts with `prefix` ("000_") */
export const seed = (prefix: string) => join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!);

/** adds `by` to every startLine / endLine anywhere in a JSON document */
export function shiftLines(node: unknown, by: number): unknown {
  if (Array.isArray(node)) return node.map((n) => shiftLines(n, by));
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = (k === 'startLine' || k === 'endLine') && typeof v === 'number' ? v + by : shiftLines(v, by);
    }
    return out;
  }
  return node;
}

/** a copy of a SARIF log with lines shifted and result `drop` (run 0) removed */
export function shiftedSarif(text: string, by: number, drop: number | null): { text: string; dropped: unknown } {
  const log = shiftLines(JSON.parse(text), by) as { runs: Array<{ results: unknown[] }> };
  let dropped: unknown = null;
  if (drop !== null) dropped = log.runs[0].results.splice(drop, 1)[0];
  return { text: JSON.stringify(log, null, 2), dropped };
}

export function writeCopy(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export const read = (path: string) => readFileSync(path, 'utf8');
export const nameOf = (path: string) => basename(path);

/** the user-owned state of a finding, for before/after comparisons */
export function decisions(d: FindingDetail) {
  return {
    status: d.status,
    severity: d.severity,
    notes: d.notes,
    effortMinHours: d.effortMinHours,
    effortMaxHours: d.effortMaxHours,
    phase: d.phase,
  };
}

export async function details(core: Core, ids: readonly number[]): Promise<FindingDetail[]> {
  const out: FindingDetail[] = [];
  for (const id of ids) out.push(ok(await core.call('findings.get', { id })));
  return out;
}
