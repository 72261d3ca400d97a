#!/usr/bin/env node
// Make sure better-sqlite3 loads in *Node* before the tests run.
// `npm start` / `npm run package` make Electron Forge rebuild better-sqlite3 for Electron's ABI
// (NODE_MODULE_VERSION of Electron, not of Node); afterwards Node cannot load it. This script
// loads it in a child Node process; on an ABI mismatch it runs `npm rebuild better-sqlite3` and
// checks again. Any other load failure is reported as it is (no rebuild). Prints what it did.
//   node scripts/ensure-native.mjs [--check]   (--check: report only, never rebuild)
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const PROBE = `
const Database = require('better-sqlite3');
const db = new Database(':memory:');
const row = db.prepare('select sqlite_version() as v').get();
db.close();
process.stdout.write('sqlite ' + row.v);
`;

/** Is this load error an ABI mismatch (module built for another Node/Electron)? */
export function isAbiMismatch(message) {
  return (
    /NODE_MODULE_VERSION/.test(message) ||
    /was compiled against a different Node\.js version/.test(message) ||
    /Module did not self-register/.test(message)
  );
}

/** Load better-sqlite3 in a fresh Node process. */
export function probe() {
  const r = spawnSync(process.execPath, ['-e', PROBE], { cwd: root, encoding: 'utf8' });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function firstLines(text, n = 6) {
  return text.split('\n').filter((l) => l.trim()).slice(0, n).join('\n    ');
}

export function main(argv = process.argv.slice(2)) {
  const checkOnly = argv.includes('--check');
  const abi = `Node ${process.version}, NODE_MODULE_VERSION ${process.versions.modules}`;
  const first = probe();
  if (first.ok) {
    console.log(`ensure-native: better-sqlite3 loads in ${abi} (${first.stdout}); nothing to do`);
    return 0;
  }
  if (!isAbiMismatch(first.stderr)) {
    console.error(`ensure-native: better-sqlite3 does not load in ${abi}, and not because of an ABI mismatch:\n    ${firstLines(first.stderr)}`);
    return 1;
  }
  if (checkOnly) {
    console.error(`ensure-native: better-sqlite3 is built for another ABI (probably Electron's, after npm start); run without --check to rebuild it for ${abi}`);
    return 1;
  }
  console.log(`ensure-native: better-sqlite3 is built for another ABI (probably Electron's, after npm start); running \`npm rebuild better-sqlite3\` for ${abi}…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const rebuilt = spawnSync(npm, ['rebuild', 'better-sqlite3'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (rebuilt.status !== 0) {
    console.error(`ensure-native: \`npm rebuild better-sqlite3\` failed (exit ${rebuilt.status ?? rebuilt.signal})`);
    return 1;
  }
  const second = probe();
  if (!second.ok) {
    console.error(`ensure-native: rebuilt, but better-sqlite3 still does not load:\n    ${firstLines(second.stderr)}`);
    return 1;
  }
  console.log(`ensure-native: rebuilt better-sqlite3 for ${abi} (${second.stdout}); it loads now`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
