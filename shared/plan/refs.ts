// Finding references in free text ("BUG-A10 + A13", "Issue #3") and fuzzy title matching.

/** Canonical form of a report ref: upper case, single spaces, "ISSUE #2" and "#2" kept apart. */
export function normalizeRef(ref: string): string {
  return ref.trim().toUpperCase().replace(/\s+/g, ' ');
}

/** Alternative keys under which a ref can be named in text ("Critical Issue #3" -> "#3"). */
export function refAliases(ref: string): string[] {
  const n = normalizeRef(ref);
  const out = [n];
  const hash = /#\s*(\d+)$/.exec(n);
  if (hash && `#${hash[1]}` !== n) out.push(`#${hash[1]}`);
  return out;
}

const FULL_REF = /\b([A-Z][A-Z0-9]{0,11})-([A-Z]{0,3}\d+(?:\.\d+)*)\b/g;
const CONTINUATION = /^\s*(?:\+|,|&|\/|\band\b|\bor\b)\s*(?:\+\s*)?([A-Z]{0,3}\d+(?:\.\d+)*)\b/i;
const HASH_REF = /(?:^|[^\w&])#(\d+)\b/g;

/**
 * Refs named in a text, in order of appearance, without duplicates: full refs ("BUG-A10"),
 * shorthand continuations after a full ref ("BUG-A10 + A13" -> BUG-A13), "#3".
 */
export function extractRefs(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (r: string) => {
    const n = normalizeRef(r);
    if (!seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  };
  for (const m of text.matchAll(FULL_REF)) {
    const prefix = m[1];
    add(`${prefix}-${m[2]}`);
    let rest = text.slice((m.index ?? 0) + m[0].length);
    for (let guard = 0; guard < 50; guard++) {
      const c = CONTINUATION.exec(rest);
      if (!c) break;
      // a shorthand must look like the ref it continues (A13 after A10, 7 after 6)
      const shapeOk = /^[A-Z]*/i.exec(c[1])![0].length === /^[A-Z]*/.exec(m[2])![0].length;
      if (!shapeOk) break;
      add(`${prefix}-${c[1].toUpperCase()}`);
      rest = rest.slice(c[0].length);
    }
  }
  for (const m of text.matchAll(HASH_REF)) add(`#${m[1]}`);
  return out;
}

const STOPWORDS = new Set(
  (
    'a an the to of for in on at by with and or not no is are be was were it its this that from into as ' +
    'fix fixes fixed fixing add adds added update updated make ensure implement handle properly use using ' +
    'should must all any each per via bug issue can t s don doesn isn won didn aren'
  ).split(' '),
);

export function titleTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!raw || STOPWORDS.has(raw)) continue;
    const t = raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    out.add(t);
  }
  return out;
}

/**
 * Similarity of two short texts in [0, 1]: the mean of the Dice coefficient and the overlap
 * coefficient over content words (stop words and "fix"/"add" verbs dropped, plural s stripped).
 */
export function titleSimilarity(a: string | Set<string>, b: string | Set<string>): number {
  return overlapStats(a, b).score;
}

function overlapStats(a: string | Set<string>, b: string | Set<string>) {
  const ta = typeof a === 'string' ? titleTokens(a) : a;
  const tb = typeof b === 'string' ? titleTokens(b) : b;
  if (ta.size === 0 || tb.size === 0) return { inter: 0, overlap: 0, score: 0 };
  let inter = 0;
  for (const t of ta) if (tb.has(t)) inter++;
  const dice = (2 * inter) / (ta.size + tb.size);
  const overlap = inter / Math.min(ta.size, tb.size);
  return { inter, overlap, score: (dice + overlap) / 2 };
}

/**
 * A fix-order item names a finding by title when they share at least two content words covering
 * at least 40% of the shorter one ("Fix singleton services (convert to request-scoped)" ~
 * "Singleton Services Can't Access Database"), or when one side's content words all occur in the
 * other ("Add authentication to sensitive endpoints" ~ "No Authentication"). Returns the
 * similarity (for ranking) or 0 when it is no match.
 */
export function titleMatchScore(a: string | Set<string>, b: string | Set<string>): number {
  const s = overlapStats(a, b);
  if ((s.inter >= 2 && s.overlap >= 0.4) || (s.inter >= 1 && s.overlap === 1)) return s.score;
  return 0;
}
