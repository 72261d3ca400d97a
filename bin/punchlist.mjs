#!/usr/bin/env node
// The punchlist CLI. Runs the bundle `npm run build:cli` made in .build/cli/ while it is up to date
// (bin/cli-bundle.mjs); otherwise core/cli/main.ts through tsx, so a plain clone or an edited
// checkout works without a build step (only slower to start: tsx transpiles at each start).
// PUNCHLIST_CLI=tsx always runs the sources; PUNCHLIST_CLI=bundle fails when the bundle is stale.
//
// `punchlist`, `--help` and `--version` (issue 17: ≤ 80 ms) are answered by .build/cli/top.mjs, one
// small file that only needs its own four sources unchanged, before the whole CLI's staleness check
// and chunks; every other command (and `help COMMAND`) goes on to main.mjs, which gives the same
// top-level answers itself (core/cli/top.ts).
import { cliBundle } from './cli-bundle.mjs';

const want = process.env.PUNCHLIST_CLI;
const root = new URL('..', import.meta.url);
const top = want === 'tsx' ? null : cliBundle(root, 'top');
const answered = top?.ok ? (await import(top.main.href)).topLevel(process.argv.slice(2)) : undefined;
if (answered !== undefined) {
  process.exitCode = answered;
} else {
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
