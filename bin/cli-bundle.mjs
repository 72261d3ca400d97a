// Whether the CLI bundle `npm run build:cli` made (.build/cli/, scripts/build-cli.mjs) can run: it
// exists and none of the files it was built from (its manifest lists them, with package-lock.json)
// changed since the build started. bin/punchlist.mjs otherwise runs the TypeScript sources.
import { readFileSync, statSync } from 'node:fs';

/** `root`: the repository's URL (ending in '/') */
export function cliBundle(root) {
  const main = new URL('.build/cli/main.mjs', root);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('.build/cli/inputs.json', root), 'utf8'));
  } catch {
    return { ok: false, main, why: 'not built (npm run build:cli)' };
  }
  for (const file of manifest.inputs) {
    const st = statSync(new URL(file, root), { throwIfNoEntry: false });
    if (!st) return { ok: false, main, why: `${file} is gone since the build` };
    if (st.mtimeMs > manifest.startedAt) return { ok: false, main, why: `${file} changed since the build` };
  }
  return { ok: true, main, why: '' };
}
