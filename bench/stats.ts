// The benchmark's pure pieces (unit-tested in tests/bench.test.ts).

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** the p-quantile, nearest rank */
export const quantile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))];

/** a 60 Hz display's frame budget; rAF timestamps are frame-aligned, 0.5 ms allows for their rounding */
export const FRAME_BUDGET_MS = 1000 / 60 + 0.5;

/** % of frames (rAF to rAF durations) over the 60 Hz budget: uniformly slow scrolling drops them all */
export function droppedFramePct(deltas: number[]): number {
  return deltas.length ? (100 * deltas.filter((d) => d > FRAME_BUDGET_MS).length) / deltas.length : 0;
}

/**
 * The search benchmark's queries from a vocabulary (in a seeded order): each word, its 3-letter
 * prefix, and it paired with another word of its half. The first half warms the app; the second is
 * measured, minus any query string the warm-up ran, so every measured query is new to the process.
 */
export function searchQuerySets(vocab: string[]): { warm: string[]; measured: string[] } {
  const queriesOf = (ws: string[]) => ws.flatMap((w, i) => [w, w.slice(0, 3), `${w} ${ws[(i + 7) % ws.length]}`]);
  const half = vocab.length >> 1;
  const warm = [...new Set(queriesOf(vocab.slice(0, half)))];
  const seen = new Set(warm);
  return { warm, measured: [...new Set(queriesOf(vocab.slice(half)))].filter((q) => !seen.has(q)) };
}
