// Which reports are versions of one another (a report "family"). The one rule behind every path that
// asks "is this a newer version of a report already in the project?" -- `punchlist ingest`, the serve
// host's API, the app's drop and menu import -- and behind the Insights versions chart:
//
// - SARIF and scanner JSON: the same format, the same tool and the same file name. A scanner run
//   every night writes the same file again ("semgrep.sarif"), or the same name with the date or run
//   number in it ("semgrep-2026-03-02.sarif"); the tool's version changes when the scanner is
//   upgraded. So dates, numbers and versions do not count in either. Two files of one tool under
//   other names (frontend.sarif, backend.sarif) are two reports; one file name written by two tools is too.
// - Markdown: the same title apart from dates and version numbers ("Audit Report v2 (updated)",
//   "Security Review — March 2026"), or the same file name (dates and numbers aside too).
//
// Pure: the renderer (Insights) runs it as well as the core.

export interface FamilyMember {
  format: string;
  tool: string | null;
  title: string | null;
  /** the file the report was read from (a path or a bare name) */
  sourcePath: string;
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** version-ish tokens: v2, version 1.2.3, 2026-03-02, 20260302, 4.2 */
const VERSION = /\b(?:v(?:ersion)?\s*)?\d+(?:[._-]\d+)*[a-z]?\b/giu;
const DATE_WORDS = new RegExp(`\\b(?:${MONTHS}|q[1-4]|updated|revised|draft|final|latest|rev)\\b`, 'giu');

/** Text with dates, run numbers, versions and words like "updated" or "draft" left out: lower-case words only. */
export function withoutVersions(text: string): string {
  return text
    .toLowerCase()
    .replace(VERSION, ' ')
    .replace(DATE_WORDS, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/** the file name of a path, without folders and extension, lower-case */
function baseName(path: string): string {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? path;
  return base.toLowerCase().replace(/\.[a-z0-9]+$/, '');
}

/** A file name with dates, numbers and versions aside; the bare name when nothing else is left ("2026-03-02.sarif"). */
export function fileKey(path: string): string {
  const base = baseName(path);
  return withoutVersions(base) || base;
}

export type FamilyReason = 'same path' | 'same title' | 'same file name' | 'same tool and file name';

/**
 * The keys that make a report a member of its family: two reports sharing any key are versions of
 * one another. (Markdown has two: its title's and its file name's.)
 */
export function familyKeys(r: FamilyMember): string[] {
  const file = fileKey(r.sourcePath);
  if (r.format === 'markdown') {
    const title = withoutVersions(r.title ?? '');
    return title ? [`md\u0000t\u0000${title}`, `md\u0000f\u0000${file}`] : [`md\u0000f\u0000${file}`];
  }
  return [`${r.format}\u0000${withoutVersions(r.tool ?? '')}\u0000${file}`];
}

/** Why `candidate` is an earlier version of `report`, or null when it is not one. */
export function familyReason(report: FamilyMember, candidate: FamilyMember): FamilyReason | null {
  if (report.format !== candidate.format) return null;
  const a = familyKeys(report);
  const b = new Set(familyKeys(candidate));
  const shared = a.filter((k) => b.has(k));
  if (!shared.length) return null;
  if (report.sourcePath === candidate.sourcePath) return 'same path';
  if (report.format !== 'markdown') return 'same tool and file name';
  return shared[0].startsWith('md\u0000t\u0000') ? 'same title' : 'same file name';
}

/**
 * The family of each report, as groups in the order given (a report joins every group it shares a
 * key with: with Markdown's two keys, a chain of renames stays one family).
 */
export function familyGroups<T extends FamilyMember>(reports: readonly T[]): T[][] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  reports.forEach((r, i) => {
    for (const k of familyKeys(r)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, T[]>();
  reports.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}
