import type { ParsedFinding } from '../../../shared/types';

// What the extractor can say about its decisions: each finding's source lines, record set and the
// fields that made it one; each close candidate it rejected and why (`punchlist parse --explain`,
// and the import review that shows the report beside what was extracted).

/** Offsets -> 1-based line numbers of one text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

export type RecordKind = 'heading' | 'item' | 'row' | 'paragraph';

/** Where a finding came from and why it was taken. */
export interface Provenance {
  kind: RecordKind;
  startLine: number;
  endLine: number;
  /** the record set it belongs to ("list at line 40 (7 items)"), or null for a lone record */
  set: string | null;
  /** how many records its set has */
  size?: number;
  /** the fields and context that made it a finding: severity, id, location, status, group, set… */
  reasons: string[];
  confidence: number;
  /** the section holding the record and the record's place in its set (FindingSource) */
  where?: RecordPlace;
}

export interface RecordPlace {
  section: string | null;
  sectionLine: number | null;
  position: number | null;
}

export interface Rejected {
  kind: RecordKind;
  startLine: number;
  endLine: number;
  text: string;
  reason: string;
  /** what it did state (why it came close) */
  fields: string[];
  /** the record set it belongs to, as for findings ("list at line 40 (7 items)") */
  set: string | null;
  /** what it would be as a finding (for an import review that takes it after all) */
  finding: ParsedFinding | null;
  /** the section holding it and its place in its set, as for findings */
  where: RecordPlace | null;
}

export class Explain {
  readonly rejected: Rejected[] = [];
  readonly lines: LineIndex;
  /** collect rejected candidates (only when asked: the normal parse skips that work) */
  readonly enabled: boolean;
  constructor(text: string, enabled = false) {
    this.lines = new LineIndex(text);
    this.enabled = enabled;
  }
  reject(kind: RecordKind, start: number, end: number, text: string, reason: string, fields: string[], set: string | null = null, finding: ParsedFinding | null = null, where: RecordPlace | null = null): void {
    if (!this.enabled || this.rejected.length >= 2000) return;
    const startLine = this.lines.lineOf(start);
    const endLine = this.lines.lineOf(Math.max(start, end - 1));
    if (finding) finding = { ...finding, source: { kind, startLine, endLine, set, reasons: [], ...where }, confidence: 0 };
    this.rejected.push({ kind, startLine, endLine, text: text.slice(0, 200), reason, fields, set, finding, where });
  }
}

/** Where a record sits: the section holding it (its heading text and line) and its place in its set. */
export function recordPlace(lines: LineIndex, holder: { depth: number; start: number; h: { text: string } } | null, position: number | null): RecordPlace {
  const named = holder && holder.depth > 0 ? holder : null;
  return { section: named ? named.h.text : null, sectionLine: named ? lines.lineOf(named.start) : null, position };
}
