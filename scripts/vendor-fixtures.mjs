#!/usr/bin/env node
// Copies the team folder's test data (../shared: seeds, goldens, corpus reports, the goldens
// checker) into tests/fixtures, so a plain clone has what `npm test` reads, and writes
// tests/fixtures/MANIFEST.sha256 (one "sha256  path" line per vendored file).
//   node scripts/vendor-fixtures.mjs           copy from ../shared and rewrite the manifest
//   node scripts/vendor-fixtures.mjs --check   copy nothing; exit 1 when a vendored file differs from
//                                              the manifest or, where ../shared exists, from the team's copy
// Sources and licences of these files: tests/fixtures/SOURCES.md (update it when files are added).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const team = join(root, '..', 'shared');
const fixtures = join(root, 'tests', 'fixtures');
const manifest = join(fixtures, 'MANIFEST.sha256');
/** what is vendored: folders of the team folder, copied as they are */
const VENDORED_DIRS = ['seeds', 'goldens', 'corpus/markdown', 'corpus/sarif', 'corpus/json', 'tools'];

const sha = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');
function files(base, dir) {
  const at = join(base, dir);
  if (!existsSync(at)) return [];
  return readdirSync(at, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (VENDORED_DIRS.includes(`${dir}/${e.name}`) ? [] : files(base, `${dir}/${e.name}`)) : [`${dir}/${e.name}`],
  );
}
const listed = (base) => VENDORED_DIRS.flatMap((d) => files(base, d)).sort();

if (process.argv.includes('--check')) {
  const problems = [];
  const recorded = new Map(
    readFileSync(manifest, 'utf8').trim().split('\n').map((l) => [l.slice(66), l.slice(0, 64)]),
  );
  const here = listed(fixtures);
  for (const f of here) if (recorded.get(f) !== sha(join(fixtures, f))) problems.push(`${f}: differs from MANIFEST.sha256`);
  for (const f of recorded.keys()) if (!here.includes(f)) problems.push(`${f}: listed in MANIFEST.sha256, missing`);
  if (existsSync(team)) {
    for (const f of listed(team)) {
      if (!existsSync(join(fixtures, f))) problems.push(`${f}: in ../shared, not vendored`);
      else if (sha(join(team, f)) !== sha(join(fixtures, f))) problems.push(`${f}: differs from ../shared/${f}`);
    }
  }
  for (const p of problems) console.log(p);
  console.log(`${here.length} vendored files checked${existsSync(team) ? ' against the manifest and ../shared' : ' against the manifest (no ../shared here)'}: ${problems.length ? `${problems.length} problems; run node scripts/vendor-fixtures.mjs` : 'ok'}`);
  process.exit(problems.length ? 1 : 0);
}

if (!existsSync(team)) {
  console.error(`no team folder at ${team}`);
  process.exit(1);
}
for (const f of listed(team)) {
  mkdirSync(dirname(join(fixtures, f)), { recursive: true });
  copyFileSync(join(team, f), join(fixtures, f));
}
const lines = listed(fixtures).map((f) => `${sha(join(fixtures, f))}  ${f}`);
writeFileSync(manifest, lines.join('\n') + '\n');
console.log(`vendored ${lines.length} files from ${relative(root, team)} into ${relative(root, fixtures)}; MANIFEST.sha256 written`);
