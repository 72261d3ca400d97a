// What `npm run bench` measures (issue 14, points 1-6): the pure pieces of bench/, and the shape of
// the committed full run (bench/results/<date>-<commit>.json). The figures' values are judged by the
// benchmark itself, never by a timed unit test.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { droppedFramePct, median, quantile, searchQuerySets } from '../bench/stats';
// @ts-expect-error -- a plain .mjs script without type declarations
import { latestResults } from '../scripts/bench-tables.mjs';

interface Fig {
  id: string;
  unit: string;
  samples: number[];
  compare?: { label: string; kind: string; samples: number[] };
  target?: { kind: string; limit: number };
}
const run = latestResults(join(__dirname, '..', 'bench', 'results')) as { data: { figures: Fig[]; raw: { searchMs: unknown[] } } } | null;
const fig = (id: string) => run!.data.figures.find((f) => f.id === id)!;

describe('bench/stats', () => {
  it('median, and the p95 by nearest rank', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(xs, 0.95)).toBe(95);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('dropped frames are frames over the 16.7 ms budget: uniformly slow scrolling drops them all', () => {
    expect(droppedFramePct(Array(300).fill(33.4))).toBe(100); // judged against the median frame, this was 0 %
    expect(droppedFramePct([16.6, 16.7, 16.8, 16.5, 16.7])).toBe(0); // on time, timestamp jitter
    expect(droppedFramePct([16.7, 16.7, 33.3, 16.7])).toBe(25);
    expect(droppedFramePct([])).toBe(0);
  });

  it('search: the measured queries are never the warm-up queries', () => {
    const vocab = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'alphabet', 'charter'];
    const { warm, measured } = searchQuerySets(vocab);
    expect(warm.length).toBeGreaterThan(0);
    expect(measured.length).toBeGreaterThan(0);
    expect(measured.filter((q) => warm.includes(q))).toEqual([]);
    // 'alphabet' and 'charter' share their prefixes with warm-up words: those prefix queries are left out
    expect(measured).toContain('alphabet');
    expect(measured).not.toContain('alp');
  });
});

describe('the committed full run', () => {
  it('exists (npm run bench writes it)', () => expect(run).not.toBeNull());

  it('search: p95 of first-time queries and of repeated ones, separately, per process', () => {
    for (const id of ['search-first-p95', 'search-repeated-p95']) {
      expect(fig(id).samples.length, id).toBeGreaterThanOrEqual(3);
      expect(fig(id).target).toEqual({ kind: 'abs', limit: 20 });
    }
    expect(run!.data.raw.searchMs.length).toBe(fig('search-first-p95').samples.length);
  });

  it("Markdown: the floor is remark's chunked parse, with every sample", () => {
    const md = fig('markdown');
    expect(md.compare!.label).toMatch(/chunked parse/);
    expect(md.samples.length).toBeGreaterThanOrEqual(5);
    expect(md.compare!.samples.length).toBe(md.samples.length);
  });

  it('every figure of a full run has several samples', () => {
    for (const f of run!.data.figures) expect(f.samples.length, f.id).toBeGreaterThanOrEqual(3);
  });

  it('SARIF: the same-rows floor, and the whole CLI process against sarif-multitool and the lean floor, alternated', () => {
    expect(fig('sarif-ingest-wall').compare!.label).toBe('same-rows floor');
    const peer = fig('cli-vs-multitool');
    const lean = fig('cli-vs-lean');
    expect(peer.compare!.kind).toBe('peer');
    expect(peer.compare!.label).toMatch(/^sarif-multitool project/);
    expect(lean.compare!.kind).toBe('floor');
    expect(lean.compare!.label).toMatch(/JSON\.parse \+ raw inserts/);
    expect(peer.samples).toEqual(lean.samples); // the same CLI runs, set against both
    expect(peer.compare!.samples.length).toBe(peer.samples.length);
    expect(lean.compare!.samples.length).toBe(peer.samples.length);
  });

  it('RSS is set against the file size, and says so', () => {
    const rss = fig('sarif-ingest-rss');
    expect(rss.compare!.kind).toBe('file size');
    expect(rss.compare!.label).toMatch(/file's size \(not a measured process\)/);
  });

  it('scrolling counts frames over the 16.7 ms budget', () => {
    const s = fig('scroll-dropped');
    expect(s.unit).toBe('%');
    expect(s.samples.length).toBeGreaterThanOrEqual(3);
  });
});
