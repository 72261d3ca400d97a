// Whether the CLI bundle `npm run build:cli` made (.build/cli/, scripts/build-cli.mjs) can run: it
// exists and none of the files it was built from (its manifest lists them, with package-lock.json)
// changed since the build started. bin/punchlist.mjs otherwise runs the TypeScript sources.
//
// This runs before every command, `--help` included, so it stays cheap: node:fs through
// process.getBuiltinModule (an `import ... from 'node:fs'` builds the ES module facade, whose getters
// load fs.promises and the fs streams: ~5 ms) and one stat per file by plain path (a URL argument
// costs a fileURLToPath per call, ~3x the stat). `punchlist`, `--help` and `--version` check only
// the manifest's `top` list, the four sources of .build/cli/top.mjs, instead of the 200-odd of the
// whole CLI (issue 17: ~1.5 ms).
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { fileURLToPath } = process.getBuiltinModule('node:url');

/**
 * `root`: the repository's URL (ending in '/'); `part`: 'main' (the whole CLI, .build/cli/main.mjs)
 * or 'top' (.build/cli/top.mjs: its top-level answers only, core/cli/top.ts)
 */
export function cliBundle(root, part = 'main') {
  const main = new URL(`.build/cli/${part}.mjs`, root);
  const dir = fileURLToPath(root);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${dir}.build/cli/inputs.json`, 'utf8'));
  } catch {
    return { ok: false, main, why: 'not built (npm run build:cli)' };
  }
  const since = manifest.startedAt;
  const inputs = part === 'top' ? manifest.top : manifest.inputs;
  if (!Array.isArray(inputs)) return { ok: false, main, why: `no ${part}.mjs in the build (npm run build:cli)` };
  for (const file of inputs) {
    const st = statSync(dir + file, { throwIfNoEntry: false });
    if (!st) return { ok: false, main, why: `${file} is gone since the build` };
    if (st.mtimeMs > since) return { ok: false, main, why: `${file} changed since the build` };
  }
  return { ok: true, main, why: '' };
}
