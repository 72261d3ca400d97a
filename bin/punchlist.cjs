#!/usr/bin/env node
// The punchlist CLI. Runs the bundle `npm run build:cli` made in .build/cli/ while it is up to date
// (bin/cli-bundle.mjs); otherwise core/cli/main.ts through tsx, so a plain clone or an edited
// checkout works without a build step (only slower to start: tsx transpiles at each start).
// PUNCHLIST_CLI=tsx always runs the sources; PUNCHLIST_CLI=bundle fails when the bundle is stale.
//
// `punchlist`, `--help` and `--version` (issue 17: ≤ 80 ms) are answered by .build/cli/top.cjs, one
// small file that only needs its own few sources (the manifest's `top` list) unchanged; every other
// command (and `help COMMAND`) goes on to the whole CLI's check and main.mjs, which gives the same
// top-level answers itself (core/cli/top.ts). This file and top.cjs are CommonJS: Node starts a
// CommonJS entry ~4 ms sooner than an ES module one (no ES module loader before the first line),
// and require() of the small top.cjs costs less than an import; the rest of the CLI is ES modules,
// imported only for a command. The `top` check is bin/cli-bundle.mjs's loop written out here
// (tests/cli/bundle.test.ts runs this file on a stand-in repository).
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { dirname, sep } = require('node:path');

const want = process.env.PUNCHLIST_CLI;
/** the repository's folder, ending in the path separator */
const dir = dirname(__dirname) + sep;
const answered = want === 'tsx' ? undefined : topAnswer();
if (answered === undefined) void full();
else process.exitCode = answered;

/** the exit code when top.cjs is up to date and answers these arguments, else undefined */
function topAnswer() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${dir}.build/cli/inputs.json`, 'utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(manifest.top)) return undefined;
  for (const file of manifest.top) {
    const st = statSync(dir + file, { throwIfNoEntry: false });
    if (!st || st.mtimeMs > manifest.startedAt) return undefined;
  }
  return require(`${dir}.build/cli/top.cjs`).topLevel(process.argv.slice(2));
}

async function full() {
  const root = require('node:url').pathToFileURL(dir);
  const { cliBundle } = await import('./cli-bundle.mjs');
  const bundle = want === 'tsx' ? null : cliBundle(root);
  if (bundle?.ok) {
    await import(bundle.main.href);
  } else if (want === 'bundle') {
    process.stderr.write(`punchlist: PUNCHLIST_CLI=bundle but the CLI bundle cannot run: ${bundle.why}\n`);
    process.exitCode = 1;
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../core/cli/main.ts');
  }
}
