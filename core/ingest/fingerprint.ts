// Stable identity of a finding across re-ingests of the same (or a newer) report.
//
// A fingerprint survives line shifts and whitespace edits:
// - SARIF / scanner JSON: the rule + the tool's own (partial) fingerprints when present (SARIF's are
//   per rule: ShellCheck gives SC1035 and SC2072 on one line the same ones); else rule + normalized
//   path + a hash of the normalized source snippet (the first code block of the body, line-number
//   prefixes dropped) or, without one, of the normalized message. Line numbers are never part of it.
//   (Until schema 8 the tool's fingerprints were used without the rule: `legacy` gives those, so
//   reports stored before still match on their next version.)
// - Markdown: the report's ref when it is a stable identifier ("BUG-A01", "SEC-3", "CVE-…"); a
//   positional number ("1.1", "#3", "Issue #3") changes when sections move, so then the normalized
//   title + primary path.
// Findings of one report that would share a fingerprint (gosec G104 twice in one file) get an
// occurrence index, in report order: the first keeps the plain fingerprint, the next ones a hash of it with `#1`, `#2`.
// Paths: backslashes → /, file:, leading ./ and / removed, then the first matching configured prefix
// (a CI checkout folder, "*" = one path segment) is stripped.
import { hash } from 'node:crypto';
import type { ParsedFinding, ReportFormat } from '../../shared/types';

const FP_HEX = 16;

/** settings key (per project): extra path prefixes to strip, e.g. ["builds/acme/api/"] */
export const PATH_PREFIX_SETTING = 'ingest.pathPrefixes';

/** CI checkout folders stripped by default (GitHub Actions host and container runners) */
export const DEFAULT_STRIP_PREFIXES: readonly string[] = ['github/workspace/', 'home/runner/work/*/*/', '__w/*/*/'];

function shortHash(text: string): string {
  // one-shot crypto.hash: ~5x faster than createHash() per call, which matters at 200k findings
  return hash('sha256', text, 'hex').slice(0, FP_HEX);
}

export interface PathOptions {
  /** prefixes to strip after the basic normalization; "*" matches one path segment */
  stripPrefixes?: readonly string[];
}

const prefixCache = new Map<string, RegExp>();
function prefixRegExp(prefix: string): RegExp {
  let re = prefixCache.get(prefix);
  if (!re) {
    let p = prefix.trim().replace(/\\/g, '/').replace(/^\.?\/+/, '');
    if (p && !p.endsWith('/')) p += '/';
    const body = p
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    re = new RegExp(`^${body}`, 'i');
    prefixCache.set(prefix, re);
  }
  return re;
}

/**
 * normalizePath's answers by options object (none: `plain`): a log names the same few thousand paths
 * over and over (three times a location: fingerprint, digest, row), and each answer costs a trim, a
 * replace and a regular expression a strip prefix. Callers never change an options object they passed.
 */
const normalized = new WeakMap<PathOptions, Map<string, string>>();
const plainNormalized = new Map<string, string>();
/** paths remembered per options object (then it starts over) */
const NORMALIZED_MAX = 20_000;

/** backslashes → /, leading file://, ./ and / removed, then the first matching strip prefix */
export function normalizePath(path: string, options?: PathOptions): string {
  let memo = plainNormalized;
  if (options) {
    memo = normalized.get(options) ?? new Map<string, string>();
    if (memo.size === 0) normalized.set(options, memo);
  }
  let p = memo.get(path);
  if (p === undefined) {
    p = normalizeUncached(path, options);
    if (memo.size >= NORMALIZED_MAX) memo.clear();
    memo.set(path, p);
  }
  return p;
}

function normalizeUncached(path: string, options?: PathOptions): string {
  let p = path.trim().replace(/\\/g, '/');
  if (/^file:/i.test(p)) p = p.replace(/^file:\/*/i, '');
  for (;;) {
    if (p.startsWith('./')) p = p.slice(2);
    else if (p.startsWith('/')) p = p.slice(1);
    else break;
  }
  const strip = options?.stripPrefixes;
  if (strip && strip.length) {
    for (const prefix of strip) {
      if (!prefix.trim()) continue;
      const m = prefixRegExp(prefix).exec(p);
      if (m && m[0].length < p.length) {
        p = p.slice(m[0].length);
        break;
      }
    }
  }
  return p;
}

function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** title words only: case, punctuation, emphasis and spacing do not count */
function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** message / snippet: case, spacing and numbers (line numbers inside messages) do not count */
function normalizeMessage(text: string): string {
  return normalizeText(text).replace(/\d+/g, '#');
}

const POSITIONAL_REF = /^(?:(?:issue|bug|finding|item|problem|no\.?|number|nr\.?)\s*)?#?\s*\d+(?:\.\d+)*\.?$/i;

/** a ref that names the finding (not its position in the report) */
export function isStableRef(ref: string | null | undefined): ref is string {
  if (!ref) return false;
  const r = ref.trim();
  return r.length > 0 && !POSITIONAL_REF.test(r);
}

const FENCE = /(^|\n)\s*(```+|~~~+)[^\n]*\n([\s\S]*?)\n\s*\2/;

/** the first fenced code block of a body, line-number prefixes ("64: ") removed, normalized */
export function snippetOf(body: string | null | undefined): string | null {
  if (!body) return null;
  const m = FENCE.exec(body);
  if (!m) return null;
  const code = m[3]
    .split('\n')
    .map((line) => line.replace(/^\s*\d+\s*[:|]\s?/, ''))
    .join('\n');
  const n = normalizeMessage(code);
  return n ? n : null;
}

function baseKey(format: ReportFormat, f: ParsedFinding, options?: PathOptions, legacy = false): string {
  const path = f.locations.length ? normalizePath(f.locations[0].path, options) : '';
  if (format === 'markdown') {
    if (isStableRef(f.ref)) return `md-ref\u0000${f.ref.trim().toLowerCase()}`;
    return `md\u0000${normalizeTitle(f.title)}\u0000${path.toLowerCase()}`;
  }
  const fps = f.fingerprints;
  if (fps) {
    const keys = Object.keys(fps);
    if (keys.length) {
      keys.sort();
      let s = legacy ? 'tool-fp' : `tool-fp\u0000${f.ruleId ?? ''}`;
      for (const k of keys) s += `\u0000${k}=${fps[k]}`;
      return s;
    }
  }
  // rule + normalized path + the normalized snippet, else the normalized message
  const snippet = snippetOf(f.body);
  const text = snippet !== null ? `snippet\u0000${snippet}` : `msg\u0000${normalizeMessage(f.title)}`;
  return `tool\u0000${f.ruleId ?? ''}\u0000${path}\u0000${text}`;
}

/** the fingerprint of one finding on its own (occurrence 0) */
export function fingerprint(format: ReportFormat, f: ParsedFinding, options?: PathOptions): string {
  return shortHash(baseKey(format, f, options));
}

/**
 * How many times each plain fingerprint was seen in a report (its findings' occurrence indexes).
 * A 200,000-finding log has as many fingerprints: held as strings in a Map (each a 16-character
 * slice keeping its 64-character hex digest alive) they took ~35 MB of the parse thread's heap, the
 * most of an ingest's peak-RSS growth; here they are two 32-bit halves and a count in typed arrays
 * (an open-addressing table, ~24 bytes a fingerprint).
 */
export class Occurrences {
  private hi = new Int32Array(1024);
  private lo = new Int32Array(1024);
  /** 0: an empty slot; else the count */
  private counts = new Uint32Array(1024);
  private size = 0;
  /** anything not of FP_HEX hex digits (never from shortHash; kept correct all the same) */
  private other: Map<string, number> | null = null;

  /** how many times `plain` was counted before (0 the first time); counts it */
  next(plain: string): number {
    const h = plain.length === FP_HEX ? parseInt(plain.slice(0, 8), 16) : NaN;
    const l = plain.length === FP_HEX ? parseInt(plain.slice(8), 16) : NaN;
    if (Number.isNaN(h) || Number.isNaN(l) || !/^[0-9a-f]+$/.test(plain)) {
      this.other ??= new Map();
      const n = this.other.get(plain) ?? 0;
      this.other.set(plain, n + 1);
      return n;
    }
    const hi = h | 0;
    const lo = l | 0;
    const mask = this.counts.length - 1;
    let i = lo & mask;
    for (;;) {
      const c = this.counts[i];
      if (c === 0) break;
      if (this.lo[i] === lo && this.hi[i] === hi) {
        this.counts[i] = c + 1;
        return c;
      }
      i = (i + 1) & mask;
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.counts[i] = 1;
    if (++this.size * 2 > this.counts.length) this.grow();
    return 0;
  }

  private grow(): void {
    const { hi, lo, counts } = this;
    const cap = counts.length * 2;
    const mask = cap - 1;
    this.hi = new Int32Array(cap);
    this.lo = new Int32Array(cap);
    this.counts = new Uint32Array(cap);
    for (let j = 0; j < counts.length; j++) {
      if (counts[j] === 0) continue;
      let i = lo[j] & mask;
      while (this.counts[i] !== 0) i = (i + 1) & mask;
      this.hi[i] = hi[j];
      this.lo[i] = lo[j];
      this.counts[i] = counts[j];
    }
  }
}

/**
 * the fingerprints of a report's findings, with occurrence indexes for repeats within the report
 * (`seen` carries the counts over when a report's findings come in several batches)
 */
export function fingerprintAll(
  format: ReportFormat,
  findings: readonly ParsedFinding[],
  options?: PathOptions,
  seen = new Occurrences(),
  legacy = false,
  /** receives each finding's plain fingerprint (occurrence 0 of its group) */
  plains?: string[],
): string[] {
  const out = new Array<string>(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const key = baseKey(format, findings[i], options, legacy);
    const plain = shortHash(key); // counted by its hash: no long strings kept alive
    out[i] = occurrenceFingerprint(plain, seen.next(plain));
    if (plains) plains[i] = plain;
  }
  return out;
}

/** the fingerprint of occurrence `n` of a group of findings whose plain fingerprint is `plain` */
export function occurrenceFingerprint(plain: string, n: number): string {
  return n === 0 ? plain : shortHash(`${plain}#${n}`);
}

/**
 * A digest of everything a report says about a finding (text, rule, severity and status as the
 * report gives them, effort, suppression, locations as stored): equal digests mean the new version
 * says nothing new about it, so a re-ingest leaves its row alone without reading it.
 */
export function reportDigest(f: ParsedFinding, options?: PathOptions): string {
  const e = f.effort;
  let s = `${f.title}\u0000${f.body ?? ''}\u0000${f.severityText ?? ''}\u0000${f.ref ?? ''}\u0000${f.ruleId ?? ''}\u0000${f.category ?? ''}`;
  s += `\u0000${f.baselineState ?? ''}\u0000${f.suppression ? JSON.stringify(f.suppression) : ''}\u0000${f.severity ?? ''}\u0000${f.status ?? 'open'}`;
  s += `\u0000${f.phase ?? ''}\u0000${f.blocksDeployment ?? ''}\u0000${e ? `${e.minHours}/${e.maxHours}/${e.text}` : ''}`;
  for (const l of f.locations) {
    s += `\u0001${normalizePath(l.path, options)}\u0000${l.startLine ?? ''}\u0000${l.endLine ?? ''}\u0000${l.startColumn ?? ''}\u0000${l.endColumn ?? ''}`;
  }
  return shortHash(s);
}
