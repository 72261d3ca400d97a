// Figure (issue 19): re-ingest of the next nightly run of a big SARIF log, 1% of its results changed
// (a third moved 3 lines down, a third gone, a third replaced by new ones), against the first ingest
// of the same log. Each run ingests the first log into a fresh database and then the next run into
// it, both through the API in a fresh plain-Node process (sarif-child.ts, bundled by run.ts as the app
// bundles its core); the ratio is of the medians of the two. Target: <= 1.0x.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSarif } from '../tests/ingest/gen-sarif';

type Result = { message: { text: string }; locations: Array<{ physicalLocation: { region: { startLine: number; endLine?: number } } }>; partialFingerprints: Record<string, string> };

/** The next run: of every 300 results, one moved 3 lines down, one gone, one replaced by a new one. */
export function nextNightlyRun(text: string): { text: string; moved: number; gone: number; added: number } {
  const log = JSON.parse(text) as { runs: Array<{ results: Result[] }> };
  let moved = 0;
  let gone = 0;
  let added = 0;
  const out: Result[] = [];
  log.runs[0].results.forEach((r, i) => {
    const k = i % 300;
    if (k === 0) {
      gone++;
      return;
    }
    if (k === 100) {
      const region = r.locations[0].physicalLocation.region;
      r.message.text = r.message.text.replace(`from line ${region.startLine}`, `from line ${region.startLine + 3}`);
      region.startLine += 3;
      if (region.endLine !== undefined) region.endLine += 3;
      moved++;
    } else if (k === 200) {
      r.message.text = `A new finding in this run (#${i}).`;
      r.partialFingerprints = { primaryLocationLineHash: `new${i}:1` };
      gone++;
      added++;
    }
    out.push(r);
  });
  log.runs[0].results = out;
  return { text: JSON.stringify(log), moved, gone, added };
}

export interface ReingestFigures {
  ingestMs: number[];
  reingestMs: number[];
  ingestCpuMs: number[];
  reingestCpuMs: number[];
}

/**
 * `runs` pairs of (first ingest, re-ingest of the next run) of an n-result log, in `work`, each by
 * `sarifChild` (bench/sarif-child.ts as run.ts bundles it) in a fresh process.
 */
export function benchReingest(root: string, sarifChild: string, work: string, n: number, runs: number): ReingestFigures {
  const child = (file: string, db: string): { ms: number; cpuMs: number; added: number } => {
    const r = spawnSync(process.execPath, [sarifChild, 'ingest', file, db], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`sarif-child ingest failed: ${r.stderr || r.stdout}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };
  const first = join(work, 'nightly-1', 'scan.sarif');
  const next = join(work, 'nightly-2', 'scan.sarif');
  const v1 = generateSarif(n, 3);
  const v2 = nextNightlyRun(v1);
  for (const d of ['nightly-1', 'nightly-2']) mkdirSync(join(work, d), { recursive: true });
  writeFileSync(first, v1);
  writeFileSync(next, v2.text);
  console.log(`re-ingest: next run of ${n} results: ${v2.moved} moved, ${v2.gone} gone, ${v2.added} new`);
  const f: ReingestFigures = { ingestMs: [], reingestMs: [], ingestCpuMs: [], reingestCpuMs: [] };
  for (let i = 0; i < runs; i++) {
    const db = join(work, `reingest-${i}.sqlite`);
    const a = child(first, db);
    if (a.added !== n) throw new Error(`first ingest added ${a.added}, expected ${n}`);
    const b = child(next, db);
    // an update, not a copy (a replaced result may still match a gone one of its rule by title)
    if (b.added > v2.added) throw new Error(`re-ingest added ${b.added}, expected at most ${v2.added}`);
    f.ingestMs.push(a.ms);
    f.ingestCpuMs.push(a.cpuMs);
    f.reingestMs.push(b.ms);
    f.reingestCpuMs.push(b.cpuMs);
    for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
  }
  return f;
}
