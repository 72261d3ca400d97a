#!/usr/bin/env node
// Security lint of the Electron shell with @doyensec/electronegativity (offline; its version and
// translation look-ups fail quietly without a network and cost a few seconds).
// Scans electron/ and fails when a finding above INFORMATIONAL is not in
// electron/electronegativity-accepted.json (each accepted entry needs a reason), or when a file
// cannot be parsed. Prints one summary line.
//   node scripts/electronegativity.mjs [--json]
// (The package's CLI is unusable here: it expects an older `commander` than the one hoisted in
// node_modules and ignores its options, so this uses its programmatic runner.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = join(root, 'electron');
const acceptedFile = join(input, 'electronegativity-accepted.json');
const asJson = process.argv.includes('--json');

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

const accepted = JSON.parse(readFileSync(acceptedFile, 'utf8')).accepted ?? [];
for (const a of accepted) {
  if (!a.id || !a.file || typeof a.reason !== 'string' || a.reason.trim().length < 20) {
    console.error(`electronegativity: accepted entry ${JSON.stringify(a)} needs id, file and a reason`);
    process.exit(2);
  }
}

const run = require('@doyensec/electronegativity');
const result = await run(
  {
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: [],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

const norm = (f) => relative(input, resolve(input, String(f))).split('\\').join('/');
const findings = result.issues.map((i) => ({
  id: i.id,
  severity: i.severity?.name ?? String(i.severity),
  confidence: i.confidence?.name ?? String(i.confidence),
  file: norm(i.file),
  line: i.location?.line ?? 0,
  column: i.location?.column ?? 0,
  manualReview: Boolean(i.manualReview),
  sample: typeof i.sample === 'string' ? i.sample.slice(0, 200) : undefined,
  description: i.description,
}));

const isAccepted = (f) => accepted.some((a) => a.id === f.id && a.file === f.file);
const relevant = findings.filter((f) => f.severity !== 'INFORMATIONAL');
const unaccepted = relevant.filter((f) => !isAccepted(f));
const acceptedHits = relevant.filter(isAccepted);
const stale = accepted.filter((a) => !relevant.some((f) => f.id === a.id && f.file === a.file));
const errors = result.errors ?? [];

if (asJson) console.log(JSON.stringify({ electronVersion, findings, unaccepted, stale, errors }, null, 2));
else {
  for (const f of findings) {
    const tag = f.severity === 'INFORMATIONAL' ? 'info    ' : isAccepted(f) ? 'accepted' : 'FAIL    ';
    console.log(`  ${tag} ${f.id} ${f.severity}/${f.confidence} electron/${f.file}:${f.line}:${f.column}`);
  }
  for (const e of errors) console.log(`  ERROR   could not parse ${e.file}: ${e.message}`);
  for (const a of stale) console.log(`  note    accepted entry ${a.id} (${a.file}) no longer matches a finding; remove it`);
}

const ok = unaccepted.length === 0 && errors.length === 0;
console.log(
  `electronegativity ${ok ? 'PASS' : 'FAIL'}: ${result.atomicChecks + result.globalChecks} checks on electron/ (Electron ${electronVersion}); ` +
    `${findings.length} finding(s): ${findings.length - relevant.length} informational, ${acceptedHits.length} accepted, ` +
    `${unaccepted.length} unaccepted; ${errors.length} parse error(s)`,
);
process.exit(ok ? 0 : 1);
