// Figure (issue 16): board reads while a big SARIF is ingested through the serve host's HTTP API.
// A serve host process is started on a database holding a project with a 1,000-finding board; the
// bench sends the log into another project as the app window does (ingest.bytes, base64) and
// meanwhile reads the board (findings.list) over and over, one request at a time, each timed, until
// the ingest answers. (Reading another project keeps every read the same size: once the ingest has
// committed, its own project's board is 51 times larger.) The figure is the p95
// of those reads; the reference is the same run against the serve host as it was before (the core on
// the HTTP thread: bench/serve-inline.ts), both whole processes started the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSarif } from '../tests/ingest/gen-sarif';
import { apiCall as call, stopHost as stop } from './host-api';
import { quantile } from './stats';

export interface ServeReadRun {
  /** every read's latency, ms */
  readsMs: number[];
  /** the ingest request, ms */
  ingestMs: number;
}

/** the project whose board is read (the ingest goes into the default project, 1) */
const BOARD = 2;

interface Host {
  child: ChildProcess;
  base: string;
  token: string;
}

function startHost(root: string, args: string[]): Promise<Host> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        const url = new URL(line.trim());
        resolve({ child, base: url.origin, token: url.searchParams.get('token')! });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve host exited (${code}): ${err}`)));
  });
}


/** one run: a fresh copy of the board database, the host started with `args(db)`, the n-result log ingested while reading */
async function run(root: string, work: string, board: string, base64: string, args: (db: string, renderer: string) => string[], tag: string): Promise<ServeReadRun> {
  const db = join(work, `serve-${tag}.sqlite`);
  copyFileSync(board, db);
  const renderer = join(work, 'renderer');
  mkdirSync(renderer, { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>bench</title>');
  const h = await startHost(root, args(db, renderer));
  try {
    const warm = await call(h, 'findings.list', { projectId: BOARD });
    if (!warm.ok || (warm.value as unknown[]).length !== 1000) throw new Error(`board read failed: ${JSON.stringify(warm).slice(0, 200)}`);
    // a job first, so the host is fully started (its job thread loaded) before the clock runs
    const job = await call(h, 'export.render', { projectId: BOARD, format: 'csv' });
    if (!job.ok) throw new Error(`export failed: ${job.error?.message}`);
    const t0 = performance.now();
    let done = false;
    const ingest = call(h, 'ingest.bytes', { projectId: 1, name: 'nightly.sarif', base64 }).then((r) => {
      done = true;
      return r;
    });
    const readsMs: number[] = [];
    while (!done) {
      const a = performance.now();
      const r = await call(h, 'findings.list', { projectId: BOARD });
      if (!r.ok) throw new Error(`findings.list failed: ${r.error?.message}`);
      readsMs.push(performance.now() - a); // every read sent while the ingest ran, also one it held up
      await new Promise((resolve) => setTimeout(resolve, 20)); // a UI refreshing, not a flood
    }
    const r = await ingest;
    const ingestMs = performance.now() - t0;
    if (!r.ok) throw new Error(`ingest failed: ${r.error?.message}`);
    return { readsMs, ingestMs };
  } finally {
    await stop(h);
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  }
}

export interface ServeReadFigures {
  n: number;
  /** p95 of each run's reads: the serve host (core in a worker) and the reference (core on the HTTP thread) */
  workerP95: number[];
  inlineP95: number[];
  reads: number[];
  raw: { worker: ServeReadRun[]; inline: ServeReadRun[] };
}

/** `runs` alternated pairs (serve host, reference) for an n-result log */
export async function benchServeReads(root: string, work: string, n: number, runs: number): Promise<ServeReadFigures> {
  const board = join(work, `serve-board-${n}.sqlite`);
  const boardFile = join(work, `serve-board-${n}.sarif`);
  writeFileSync(boardFile, generateSarif(1000, 5));
  const seed = await startHost(root, [join(root, 'bin', 'run-ts.mjs'), join(root, 'bench', 'serve-inline.ts'), board, work]);
  const project = await call(seed, 'projects.create', { name: 'Board' });
  const seeded = await call(seed, 'ingest.bytes', { projectId: BOARD, name: 'board.sarif', base64: readFileSync(boardFile).toString('base64') });
  await stop(seed);
  if (!project.ok || (project.value as { id: number }).id !== BOARD) throw new Error(`project: ${JSON.stringify(project)}`);
  if (!seeded.ok) throw new Error(`board ingest failed: ${seeded.error?.message}`);
  const base64 = Buffer.from(generateSarif(n, 9)).toString('base64');
  const out: ServeReadFigures = { n, workerP95: [], inlineP95: [], reads: [], raw: { worker: [], inline: [] } };
  for (let i = 0; i < runs; i++) {
    for (const variant of i % 2 ? (['inline', 'worker'] as const) : (['worker', 'inline'] as const)) {
      const r =
        variant === 'worker'
          ? await run(root, work, board, base64, (db, renderer) => [join(root, 'bin', 'serve.mjs'), '--db', db, '--renderer', renderer], `w${i}`)
          : await run(root, work, board, base64, (db) => [join(root, 'bin', 'run-ts.mjs'), join(root, 'bench', 'serve-inline.ts'), db, work], `i${i}`);
      out.raw[variant].push(r);
      const p95 = r.readsMs.length ? quantile(r.readsMs, 0.95) : r.ingestMs;
      if (variant === 'worker') {
        out.workerP95.push(p95);
        out.reads.push(r.readsMs.length);
      } else out.inlineP95.push(p95);
    }
  }
  return out;
}
