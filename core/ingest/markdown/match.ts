// Matching a short mention ("Redis crash", a table row) to a detailed finding title by shared words.

// ("SQL injection via `sort` on the schedule API": "via" links words as "by" and "from" do, naming nothing)
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'is', 'are', 'be', 'by', 'at', 'from', 'as', 'it', 'its', 'this', 'that', 'via']);
const SYN: Record<string, string> = {
  db: 'database',
  auth: 'authentication',
  authn: 'authentication',
  authz: 'authorization',
  config: 'configuration',
  cfg: 'configuration',
  creds: 'credential',
  perf: 'performance',
  ws: 'websocket',
  env: 'environment',
  msg: 'message',
  err: 'error',
};

const WORD_SET_RE = /[^\p{L}\p{N}]+/u;
export function wordSet(text: string): string[] {
  const out: string[] = [];
  for (let w of text.toLowerCase().split(WORD_SET_RE)) {
    if (!w || STOP.has(w)) continue;
    w = Object.hasOwn(SYN, w) ? SYN[w] : w; // not SYN[w]: "constructor" would find Object.prototype's
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return n >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/** How many of the mention's words are found in the title. */
export function sharedWords(mention: string[], title: string[]): number {
  let hit = 0;
  for (const w of mention) if (title.some((t) => same(w, t))) hit++;
  return hit;
}

/** Share of the mention's words found in the title (0..1). */
export function overlap(mention: string[], title: string[]): number {
  return mention.length ? sharedWords(mention, title) / mention.length : 0;
}
