// Duplicate suggestions: which findings of different reports likely describe the same bug.
//
// The measure (documented in the README section "Duplicates"):
//   words(text) = lowercase letter/digit runs, camelCase split, stop words and 1-letter words
//                 dropped, a light English stemmer (plural -s/-es/-ies, -ing, -ed)
//   idf(w)      = ln(1 + N / df(w)) over the N candidate findings (title + body words)
//   title       = ½·(weighted Jaccard + weighted containment) of the title word sets, idf-weighted:
//                 Σ idf(A∩B) / Σ idf(A∪B) and Σ idf(A∩B) / min(Σ idf(A), Σ idf(B)); a short title
//                 contained in a longer one ("No Authentication" ⊂ "No Authentication/Authorization")
//                 scores high, shared common words ("missing", "error") count little
//   body        = cosine of the tf·idf vectors of the bodies (code included)
//   location    = 1 when both name the same path with start lines at most LINE_SLACK apart (or
//                 both without lines), 0.5 when they share a path, else 0
//   score       = 0.5·title + 0.3·body + 0.2·location
// A pair is suggested when score ≥ THRESHOLD, or when location = 1 and score ≥ LOCATION_THRESHOLD
// (same place, some shared words). Only findings of different reports are paired, never findings
// already marked duplicate; candidates come from shared uncommon title words or a shared path
// (words in more than BLOCK_MAX_DF findings do not generate candidates), so it stays near-linear.

export const THRESHOLD = 0.28;
export const LOCATION_THRESHOLD = 0.25;
export const LINE_SLACK = 5;
const BLOCK_MAX_DF = 200;

export interface SimilarityItem {
  id: number;
  reportId: number;
  title: string;
  body: string;
  /** normalized paths with their start lines */
  locations: Array<{ path: string; line: number | null }>;
}

export interface SimilarityPair {
  a: number;
  b: number;
  score: number;
  title: number;
  body: number;
  location: number;
  /** "same location", "similar title", "similar description" (joined with ", ") */
  reason: string;
}

const STOP = new Set(
  (
    'a an the and or but of in on at to for from by with without into onto is are was were be been being ' +
    'this that these those it its as if then than so such can could should would will may might must ' +
    'do does did done has have had not all any some each every very more most less least there here ' +
    'which who whom what when where why how also only just out up down over under via per vs etc use used using'
  ).split(' '),
);

export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && /(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  return w;
}

export function words(text: string): string[] {
  const out: string[] = [];
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2');
  for (const raw of spaced.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOP.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

interface Prepared {
  item: SimilarityItem;
  titleSet: Set<string>;
  bodyTf: Map<string, number>;
  bodyNorm: number;
  paths: Map<string, Array<number | null>>;
}

function setWeight(set: Iterable<string>, idf: (w: string) => number): number {
  let s = 0;
  for (const w of set) s += idf(w);
  return s;
}

export function titleSimilarity(a: Set<string>, b: Set<string>, idf: (w: string) => number): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter += idf(w);
  if (inter === 0) return 0;
  const wa = setWeight(a, idf);
  const wb = setWeight(b, idf);
  const union = wa + wb - inter;
  return 0.5 * (inter / union) + 0.5 * (inter / Math.min(wa, wb));
}

function locationScore(a: Prepared, b: Prepared): number {
  let shared = false;
  for (const [path, linesA] of a.paths) {
    const linesB = b.paths.get(path);
    if (!linesB) continue;
    shared = true;
    for (const la of linesA) {
      for (const lb of linesB) {
        if (la === null && lb === null) return 1;
        if (la !== null && lb !== null && Math.abs(la - lb) <= LINE_SLACK) return 1;
      }
    }
  }
  return shared ? 0.5 : 0;
}

/** scores the candidate pairs of `items` and returns the suggested ones, best first */
export function suggestDuplicates(items: readonly SimilarityItem[], limit = 500, threshold = THRESHOLD): SimilarityPair[] {
  const df = new Map<string, number>();
  const prepared: Prepared[] = items.map((item) => {
    const titleSet = new Set(words(item.title));
    const bodyTf = new Map<string, number>();
    for (const w of words(`${item.title}\n${item.body}`)) bodyTf.set(w, (bodyTf.get(w) ?? 0) + 1);
    const seen = new Set<string>([...titleSet, ...bodyTf.keys()]);
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
    const paths = new Map<string, Array<number | null>>();
    for (const l of item.locations) {
      if (!l.path) continue;
      const key = l.path.toLowerCase();
      const lines = paths.get(key) ?? [];
      lines.push(l.line ?? null);
      paths.set(key, lines);
    }
    return { item, titleSet, bodyTf, bodyNorm: 0, paths };
  });
  const n = Math.max(1, items.length);
  const idfCache = new Map<string, number>();
  const idf = (w: string) => {
    let v = idfCache.get(w);
    if (v === undefined) {
      v = Math.log(1 + n / (df.get(w) ?? 1));
      idfCache.set(w, v);
    }
    return v;
  };
  for (const p of prepared) {
    let s = 0;
    for (const [w, tf] of p.bodyTf) s += (tf * idf(w)) ** 2;
    p.bodyNorm = Math.sqrt(s);
  }

  // candidates: shared uncommon title word, or shared path
  const postings = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  prepared.forEach((p, i) => {
    for (const w of p.titleSet) add(`w\u0000${w}`, i);
    for (const path of p.paths.keys()) add(`p\u0000${path}`, i);
  });
  const pairs = new Set<number>();
  const out: SimilarityPair[] = [];
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > BLOCK_MAX_DF) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        const A = prepared[i];
        const B = prepared[j];
        if (A.item.reportId === B.item.reportId) continue;
        const key = i < j ? i * n + j : j * n + i;
        if (pairs.has(key)) continue;
        pairs.add(key);
        const pair = scorePair(A, B, idf, threshold);
        if (pair) out.push(pair);
      }
    }
  }
  out.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
  return out.slice(0, limit);
}

function cosine(a: Prepared, b: Prepared, idf: (w: string) => number): number {
  if (!a.bodyNorm || !b.bodyNorm) return 0;
  const [small, large] = a.bodyTf.size <= b.bodyTf.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, tf] of small.bodyTf) {
    const other = large.bodyTf.get(w);
    if (other) dot += tf * other * idf(w) ** 2;
  }
  return dot / (a.bodyNorm * b.bodyNorm);
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

function scorePair(A: Prepared, B: Prepared, idf: (w: string) => number, threshold: number): SimilarityPair | null {
  const title = titleSimilarity(A.titleSet, B.titleSet, idf);
  const body = cosine(A, B, idf);
  const location = locationScore(A, B);
  const score = 0.5 * title + 0.3 * body + 0.2 * location;
  const suggested = score >= threshold || (location === 1 && score >= LOCATION_THRESHOLD);
  if (!suggested) return null;
  const reasons: string[] = [];
  if (location === 1) reasons.push('same location');
  else if (location > 0) reasons.push('same file');
  if (title >= 0.5) reasons.push('similar title');
  if (body >= 0.3) reasons.push('similar description');
  if (!reasons.length) reasons.push('similar wording');
  const [a, b] = A.item.id < B.item.id ? [A.item.id, B.item.id] : [B.item.id, A.item.id];
  return { a, b, score: round3(score), title: round3(title), body: round3(body), location, reason: reasons.join(', ') };
}
