// Small helpers shared by the machine-format parsers (SARIF and scanner JSON).
import type { Location, ParsedFinding, ParsedReport, ReportFormat, Severity, Status } from '../../../shared/types';

export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** A non-empty trimmed string, or null. */
export function text(v: unknown): string | null {
  const s = str(v);
  if (s === null) return null;
  const t = s.trim();
  return t === '' ? null : t;
}

/** A positive integer from a number or a numeric string ("79"), else null. */
export function int(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 ? v : null;
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) {
    const n = Number(v);
    return n > 0 ? n : null;
  }
  return null;
}

/** Describes a JSON value's type for error messages ("an object", "a string", "null"). */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return typeof v;
}

/**
 * Maps a severity word as scanners write it to the Severity enum.
 * Handles critical/high/medium/moderate/low/info plus SARIF-ish levels (error/warning/note/none).
 */
export function severityFromWord(word: string | null | undefined): Severity | null {
  if (!word) return null;
  switch (word.trim().toLowerCase()) {
    case 'critical':
    case 'blocker':
      return 'critical';
    case 'high':
    case 'error':
    case 'major':
      return 'high';
    case 'medium':
    case 'moderate':
    case 'warning':
      return 'medium';
    case 'low':
    case 'minor':
    case 'note':
      return 'low';
    case 'info':
    case 'informational':
    case 'information':
    case 'negligible':
    case 'none':
      return 'info';
    default:
      return null;
  }
}

/** GitHub's mapping of a CVSS-like score (SARIF `security-severity`) to a severity. */
export function severityFromScore(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

const SENTENCE_END = /[.!?](?=\s+[A-Z0-9"'`([]|\s*$)/g;
const ABBREV = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|incl|no|fig)$/i;

/** First sentence of a message, for use as a title (at most ~160 characters, no trailing period). */
export function firstSentence(s: string, max = 160): string {
  let t = s.trim();
  const nl = t.indexOf('\n');
  if (nl >= 0) t = t.slice(0, nl).trim();
  // a sentence ends at ". X" / "! X" / "? X" or at the end -- not inside "crypto.pseudoRandomBytes"
  // and not after "e.g." / "i.e." / "etc."
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(t); m; m = SENTENCE_END.exec(t)) {
    if (m[0] === '.' && ABBREV.test(t.slice(Math.max(0, m.index - 8), m.index))) continue;
    t = t.slice(0, m.index + (m[0] === '.' ? 0 : 1));
    break;
  }
  t = t.replace(/\.+$/, '').trim();
  if (t.length > max) {
    const cut = t.lastIndexOf(' ', max);
    t = t.slice(0, cut > max / 2 ? cut : max) + '…';
  }
  return t;
}

export function location(
  path: string,
  startLine: number | null = null,
  endLine: number | null = null,
  startColumn: number | null = null,
  endColumn: number | null = null,
): Location {
  return {
    path,
    startLine,
    endLine: endLine ?? startLine,
    startColumn,
    endColumn,
  };
}

export interface FindingInit {
  ref?: string | null;
  title: string;
  severity: Severity | null;
  severityText: string | null;
  status?: Status;
  category?: string | null;
  locations?: Location[];
  body: string;
  ruleId?: string | null;
  fingerprints?: Record<string, string> | null;
  baselineState?: string | null;
  suppression?: ParsedFinding['suppression'];
}

/** Builds a ParsedFinding with every field present (one object shape for all machine formats). */
export function finding(init: FindingInit): ParsedFinding {
  return {
    ref: init.ref ?? null,
    title: init.title,
    severity: init.severity,
    severityText: init.severityText,
    status: init.status ?? 'open',
    phase: null,
    category: init.category ?? null,
    locations: init.locations ?? [],
    blocksDeployment: null,
    dependsOn: [],
    effort: null,
    body: init.body,
    ruleId: init.ruleId ?? null,
    fingerprints: init.fingerprints ?? null,
    baselineState: init.baselineState ?? null,
    suppression: init.suppression ?? null,
  };
}

export function report(
  format: ReportFormat,
  tool: string | null,
  title: string | null,
  findings: ParsedFinding[],
  date: string | null = null,
): ParsedReport {
  return {
    report: { title, date, format, tool, repairs: [], claims: null, effortBySeverity: null },
    findings,
    checklists: [],
    fixOrder: [],
  };
}

/** YYYY-MM-DD from an ISO-ish timestamp, else null. */
export function isoDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  return m ? m[1] : null;
}

/** Markdown section builder: skips empty parts, joins with blank lines. */
export function joinBlocks(parts: (string | null | undefined | false)[]): string {
  let out = '';
  for (const p of parts) {
    if (!p) continue;
    out = out === '' ? p : out + '\n\n' + p;
  }
  return out;
}

/** A fenced code block whose fence cannot be closed by the content. */
export function codeBlock(code: string, lang = ''): string {
  let fence = '```';
  while (code.includes(fence)) fence += '`';
  const body = code.endsWith('\n') ? code : code + '\n';
  return fence + lang + '\n' + body + fence;
}

/** Inline code span that survives backticks inside. */
export function inlineCode(s: string): string {
  if (!s.includes('`')) return '`' + s + '`';
  let ticks = '``';
  while (s.includes(ticks)) ticks += '`';
  return ticks + ' ' + s + ' ' + ticks;
}

/** "- **Key:** value" lines for the scalar entries given (skipping empty ones). */
export function detailList(entries: [string, unknown][]): string | null {
  const lines: string[] = [];
  for (const [k, v] of entries) {
    let s: string | null = null;
    if (Array.isArray(v)) {
      const parts = v.map((x) => str(x)).filter((x): x is string => !!x && x.trim() !== '');
      s = parts.length ? parts.join(', ') : null;
    } else if (typeof v === 'boolean') {
      s = v ? 'yes' : 'no';
    } else {
      s = text(v);
    }
    if (s !== null) lines.push(`- **${k}:** ${s.includes('\n') ? s.replace(/\n/g, ' ') : s}`);
  }
  return lines.length ? lines.join('\n') : null;
}

/** Markdown bullet list of URLs / references. */
export function linkList(title: string, v: unknown): string | null {
  const items: string[] = [];
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = text(x);
      if (s) items.push(s);
    }
  } else {
    const s = text(v);
    if (s) for (const line of s.split(/\r?\n/)) if (line.trim()) items.push(line.trim());
  }
  if (!items.length) return null;
  return `**${title}:**\n\n` + items.map((i) => `- ${i}`).join('\n');
}

/** A suppression status mapped to a finding status. */
export function statusForSuppression(justification: string | null | undefined): Status {
  return justification && /false[\s_-]*positive|\bnot (?:a|an) (?:real )?(?:issue|bug|problem|vulnerability)\b|\bFP\b/i.test(justification)
    ? 'false_positive'
    : 'wont_fix';
}
