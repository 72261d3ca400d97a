#!/usr/bin/env node
// The goldens step of `npm test`: scores `punchlist parse` against the expected extractions.
//   1. the repository's own copy (tests/fixtures: checker, goldens, seeds) on the five seeds: must be 1.000
//   2. the same copy on the corpus goldens (tests/fixtures/goldens/corpus): must be 1.000
//   3-4. where the team folder ../shared exists, its own checker on its own seeds and corpus goldens
//        (both must be 1.000), so a change there is seen before it is vendored
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const parse = [process.execPath, join(root, 'bin', 'punchlist.cjs'), 'parse', '{file}', '--json'];

function runs(base, label) {
  return [
    { name: `${label}: seeds`, base, goldens: join(base, 'goldens'), inputs: join(base, 'seeds') },
    { name: `${label}: corpus`, base, goldens: join(base, 'goldens', 'corpus'), inputs: join(base, 'corpus', 'markdown') },
  ];
}
const team = join(root, '..', 'shared');
const all = [...runs(join(root, 'tests', 'fixtures'), 'vendored (tests/fixtures)')];
if (existsSync(join(team, 'tools', 'check-goldens.mjs'))) all.push(...runs(team, 'team folder (../shared)'));
else console.log('(no ../shared beside the repository: the vendored goldens only)');

const summary = [];
let failed = false;
for (const r of all) {
  console.log(`\n--- goldens, ${r.name}`);
  const res = spawnSync(process.execPath, [join(r.base, 'tools', 'check-goldens.mjs'), '--goldens', r.goldens, '--inputs', r.inputs, '--', ...parse], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(res.stdout);
  process.stderr.write(res.stderr);
  const score = /^score: .*$/m.exec(res.stdout)?.[0] ?? `no score (exit ${res.status ?? res.signal})`;
  const bad = res.status !== 0 || !/^score: /.test(score);
  if (bad) failed = true;
  summary.push(`${r.name}: ${score}${bad ? '  FAILED' : ''}`);
}
console.log('\n--- goldens summary');
for (const s of summary) console.log(s);
process.exit(failed ? 1 : 0);
