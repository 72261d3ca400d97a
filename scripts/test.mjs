#!/usr/bin/env node
// `npm test`: every check the project has, in order, on the real parts.
// typecheck, lint, unit + integration (Vitest, real SQLite files, the fixtures in tests/fixtures),
// the goldens check, the renderer build, browser e2e (Playwright in Chromium, Electron where a
// binary exists), Electron security scan, and a smoke run of the benchmark so it never rots.
// Runs every step even when one fails; exits non-zero when any failed. The last line sums the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  ['native', 'node', ['scripts/ensure-native.mjs']],
  ['typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'vitest.json')}`]],
  // the vendored goldens (tests/fixtures), and ../shared's own checker where it exists (scripts/goldens.mjs)
  ['goldens', 'node', ['scripts/goldens.mjs']],
  ['build', bin('vite'), ['build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn']],
  ['e2e', bin('playwright'), ['test']],
  ['security', 'node', ['scripts/electronegativity.mjs']],
  ['bench-smoke', 'node', ['bin/run-ts.mjs', 'bench/run.ts', '--smoke']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  if (cmd === 'node' && !existsSync(join(root, args[0])) && !existsSync(args[0])) {
    console.log(`\n=== ${name}: FAILED (missing ${args[0]})`);
    results.push([name, false, 0]);
    continue;
  }
  console.log(`\n=== ${name}: ${[cmd.replace(root, ''), ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = r.status === 0;
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${s}s`);
  results.push([name, ok, s]);
}

// Sum the test counts the runners wrote.
let passed = 0, failed = 0, skipped = 0;
// Each failed test by name with its first error line, so the summary at the end of a long log
// (all a CI page may show) says what failed, not only how many.
const failures = [];
const firstLine = (m) => String(m ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
try {
  const v = JSON.parse(readFileSync(join(out, 'vitest.json'), 'utf8'));
  passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  for (const file of v.testResults ?? []) {
    const rel = file.name.replace(root, '');
    const bad = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of bad) failures.push(`unit  ${rel} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    if (!bad.length && file.status === 'failed') failures.push(`unit  ${rel}: ${firstLine(file.message)}`);
  }
} catch { /* vitest did not run */ }
try {
  const p = JSON.parse(readFileSync(join(out, 'playwright.json'), 'utf8'));
  passed += p.stats.expected; failed += p.stats.unexpected + (p.stats.flaky ?? 0); skipped += p.stats.skipped;
  const walk = (suite, trail) => {
    for (const s of suite.suites ?? []) walk(s, [...trail, s.title]);
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
        const err = t.results?.find((r) => r.error)?.error?.message;
        failures.push(`e2e   ${[...trail, spec.title].filter(Boolean).join(' > ')} (${t.status}): ${firstLine(err)}`);
      }
    }
  };
  for (const s of p.suites ?? []) walk(s, [s.title]);
} catch { /* playwright did not run */ }
const stepFailures = results.filter(([, ok]) => !ok).map(([n]) => n);

console.log('\n=== summary');
for (const [name, ok, s] of results) console.log(`${ok ? 'ok    ' : 'FAILED'} ${name} (${s}s)`);
if (stepFailures.length) console.log(`failed steps: ${stepFailures.join(', ')}`);
for (const f of failures) console.log(`failed: ${f.slice(0, 400)}`);
// A failed non-test step counts as a failure in the closing line too.
const extra = stepFailures.filter((n) => n !== 'unit' && n !== 'e2e').length;
console.log(`tests: ${passed} passed, ${failed + extra} failed, ${skipped} skipped`);
process.exit(stepFailures.length ? 1 : 0);
