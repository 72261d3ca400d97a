// The benchmark tables in README.md and bench/RESULTS.md are generated from the latest full results
// file (bench/results/<date>-<commit>.json), never edited by hand; that file keeps every sample.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { latestResults } from '../scripts/bench-tables.mjs';

const ROOT = join(__dirname, '..');

interface Fig {
  name: string;
  samples: number[];
  load: number[];
  median: number;
  min: number;
  max: number;
  n: number;
  compare?: { samples: number[] };
  compareMedian?: number;
  ratio?: number;
}

describe('benchmark results and tables', () => {
  const latest = latestResults(join(ROOT, 'bench', 'results')) as { name: string; data: { commit: string; machine: { cpus: number }; load: { start: number[]; end: number[] }; figures: Fig[]; smoke: boolean } } | null;

  it('a full run is committed, with every sample, the cores and the load', () => {
    expect(latest, 'bench/results/<date>-<commit>.json').not.toBeNull();
    const r = latest!.data;
    expect(r.smoke).toBe(false);
    expect(latest!.name).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}-${r.commit.slice(0, 10)}\\.json$`));
    expect(r.machine.cpus).toBeGreaterThan(0);
    expect(r.load.start).toHaveLength(3);
    expect(r.figures.length).toBeGreaterThanOrEqual(15);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    for (const f of r.figures) {
      expect(f.samples.length, f.name).toBe(f.n);
      expect(f.load.length, f.name).toBe(f.n);
      const s = sorted(f.samples);
      expect([f.min, f.max], f.name).toEqual([s[0], s[s.length - 1]]);
      const mid = s.length >> 1;
      expect(f.median, f.name).toBeCloseTo(s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, 9);
      if (f.compare) expect(f.ratio, f.name).toBeCloseTo(f.median / f.compareMedian!, 9);
    }
  });

  it('README.md and bench/RESULTS.md hold exactly the tables generated from it, naming the commit', () => {
    const r = spawnSync(process.execPath, ['scripts/bench-tables.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain(`tables match bench/results/${latest!.name}`);
    expect(r.status).toBe(0);
    const short = latest!.data.commit.slice(0, 10);
    for (const f of ['README.md', 'bench/RESULTS.md']) expect(readFileSync(join(ROOT, f), 'utf8'), f).toContain(`Measured at commit \`${short}\``);
  });
});
