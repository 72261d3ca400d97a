#!/usr/bin/env node
// npm run build:cli: the CLI and the core as bundled JavaScript (esbuild) in .build/cli/, which
// bin/punchlist.cjs runs instead of transpiling TypeScript with tsx at every start (--help: ~350 ms
// through tsx, ~60 ms bundled). Code splitting keeps each command in its own chunk, so `--help`
// loads neither the database code nor remark. better-sqlite3 (native) stays external.
//
// .build/cli/inputs.json lists the repository's source files the bundle was made from and when the
// build started: bin/punchlist.cjs runs the bundle only while none of them (nor package-lock.json)
// is newer, and falls back to tsx otherwise, so an edited checkout never runs stale code. Its `top`
// lists the few sources of .build/cli/top.cjs, the separate one-file bundle that answers `punchlist`,
// `--help` and `--version` after checking only those (issue 17).
import { build } from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
export const CLI_OUT = join(root, '.build', 'cli');

/** builds into `outDir` (default .build/cli), replacing it whole once the new build is complete */
export async function buildCli({ outDir = CLI_OUT, quiet = false } = {}) {
  const startedAt = Date.now();
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'core/cli/main.ts', 'job-thread': 'core/worker/job-thread.ts', 'sarif-thread': 'core/ingest/sarif-thread.ts' },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // (Node 20 has Unicode property escapes: without this esbuild writes each /\p{…}/u literal as `new RegExp(…)`,
    // which a function then builds again on every call)
    supported: { 'regexp-unicode-property-escapes': true },
    external: ['better-sqlite3'],
    // the job thread and the SARIF parse thread are this build's own files, not the TypeScript modules
    // (core/worker/start-thread.ts, core/ingest/sarif-parallel.ts)
    define: { __PUNCHLIST_JOB_THREAD__: JSON.stringify('./job-thread.mjs'), __PUNCHLIST_SARIF_THREAD__: JSON.stringify('./sarif-thread.mjs') },
    // bundled CommonJS dependencies call require() for Node's built-ins (through
    // process.getBuiltinModule: an `import` of node:module would build its ES module facade in every
    // process, `--help` included)
    banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
    // every file in one folder: the job thread's path is relative to whichever chunk holds start-thread.ts
    chunkNames: '[name]-[hash]',
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  // top.cjs: the answers to `punchlist`, `--help` and `--version` (core/cli/top.ts), one small file
  // of its own (no splitting, no chunks, no require banner), CommonJS, which bin/punchlist.cjs
  // require()s first (issue 17)
  const top = await build({
    absWorkingDir: root,
    entryPoints: { top: 'core/cli/top.ts' },
    outdir: tmp,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // (Node 20 has Unicode property escapes: without this esbuild writes each /\p{…}/u literal as `new RegExp(…)`,
    // which a function then builds again on every call)
    supported: { 'regexp-unicode-property-escapes': true },
    legalComments: 'none',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  const sources = (metafile) =>
    Object.keys(metafile.inputs)
      .filter((p) => !p.includes('node_modules/'))
      .map((p) => relative(root, join(root, p)))
      .sort();
  const inputs = sources(result.metafile);
  const topInputs = sources(top.metafile);
  // package-lock.json stands for the dependencies, which top.cjs has none of (so far)
  if (Object.keys(top.metafile.inputs).some((p) => p.includes('node_modules/'))) topInputs.push('package-lock.json');
  // inputs: main.mjs and its chunks; top: top.cjs
  writeFileSync(join(tmp, 'inputs.json'), JSON.stringify({ startedAt, inputs: [...inputs, 'package-lock.json'], top: topInputs }) + '\n');
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
  return { inputs: inputs.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const { inputs } = await buildCli();
  console.log(`built .build/cli/ from ${inputs} source files in ${Date.now() - t0} ms`);
}
