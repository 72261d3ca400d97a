#!/usr/bin/env node
// The punchlist CLI. Runs the bundle `npm run build:cli` made in .build/cli/ while it is up to date
// (bin/cli-bundle.mjs); otherwise core/cli/main.ts through tsx, so a plain clone or an edited
// checkout works without a build step (only slower to start: tsx transpiles at each start).
// PUNCHLIST_CLI=tsx always runs the sources; PUNCHLIST_CLI=bundle fails when the bundle is stale.
import { cliBundle } from './cli-bundle.mjs';

const want = process.env.PUNCHLIST_CLI;
const bundle = want === 'tsx' ? null : cliBundle(new URL('..', import.meta.url));
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
