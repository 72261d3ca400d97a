// Whether the CLI bundle `npm run build:cli` made (.build/cli/, scripts/build-cli.mjs) can run: it
// exists and none of the files it was built from (its manifest lists them, with package-lock.json)
// changed since the build started. bin/punchlist.cjs otherwise runs the TypeScript sources.
//
// This runs before every command (`--help` and `--version` check only top.cjs's sources, in
// bin/punchlist.cjs), so it stays cheap: node:fs through
// process.getBuiltinModule (an `import ... from 'node:fs'` builds the ES module facade, whose getters
// load fs.promises and the fs streams: ~5 ms) and one stat per file by plain path (a URL argument
// costs a fileURLToPath per call, ~3x the stat).
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { fileURLToPath } = process.getBuiltinModule('node:url');

/** `root`: the repository's URL (ending in '/') */
export function cliBundle(root) {
  const main = new URL('.build/cli/main.mjs', root);
  const dir = fileURLToPath(root);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${dir}.build/cli/inputs.json`, 'utf8'));
  } catch {
    return { ok: false, main, why: 'not built (npm run build:cli)' };
  }
  const since = manifest.startedAt;
  for (const file of manifest.inputs) {
    const st = statSync(dir + file, { throwIfNoEntry: false });
    if (!st) return { ok: false, main, why: `${file} is gone since the build` };
    if (st.mtimeMs > since) return { ok: false, main, why: `${file} changed since the build` };
  }
  return { ok: true, main, why: '' };
}
