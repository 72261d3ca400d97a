// Domain types shared by the main process, the CLI, the renderer and the tests.
// ParsedReport is what every parser returns (text -> ParsedReport) and what
// `punchlist parse FILE --json` prints; see ../shared/goldens/README.md (team folder).

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const STATUSES = [
  'open',
  'in_progress',
  'fixed',
  'verified',
  'wont_fix',
  'false_positive',
  'duplicate',
] as const;
export type Status = (typeof STATUSES)[number];

/** In a phase filter: the findings that have no phase (a board filter, a chart cell, the CLI). */
export const NO_PHASE = '(no phase)';

export const FORMATS = ['markdown', 'sarif', 'json'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface Effort {
  minHours: number;
  maxHours: number;
  /** the text it was read from ("2-3 hours"), or a short note such as "user" */
  text: string;
}

export interface Location {
  path: string;
  startLine?: number | null;
  endLine?: number | null;
  startColumn?: number | null;
  endColumn?: number | null;
}

/** Counts a report states about itself ("Bugs found: 18 (P0: 3, P1: 8, P2: 7)"). */
export interface Claims {
  critical?: number;
  high?: number;
  medium?: number;
  low?: number;
  info?: number;
  total?: number;
}

export interface ParsedFinding {
  /** the report's own identifier ("BUG-A01", "1.1", "#3"), or null */
  ref: string | null;
  /** clean title: no severity word, id, status marker or emoji */
  title: string;
  severity: Severity | null;
  /** severity as written in the report ("P0 (Critical)", "error", "7.5") */
  severityText: string | null;
  status: Status;
  phase: string | null;
  category: string | null;
  locations: Location[];
  blocksDeployment: boolean | null;
  /** refs of findings that must be fixed first */
  dependsOn: string[];
  effort: Effort | null;
  /** Markdown of the finding's own text */
  body: string;
  /** Markdown: where in the report the finding was read (1-based lines) and as what kind of record */
  source?: FindingSource | null;
  /** Markdown: 0..1, how sure the extractor is that this is a finding (low ones are worth a look) */
  confidence?: number | null;
  // ---- machine formats (SARIF / scanner JSON); absent for Markdown ----
  ruleId?: string | null;
  /**
   * the text of the rule the finding breaks, when `body` ends with it (SARIF: rule line, description,
   * help): stored once per rule, not once per finding (db/finding-body.ts)
   */
  ruleText?: string | null;
  /** tool-provided fingerprints (SARIF partialFingerprints / fingerprints), kept verbatim */
  fingerprints?: Record<string, string> | null;
  /** SARIF baselineState: new | unchanged | updated | absent */
  baselineState?: string | null;
  /** suppression state carried by the source (SARIF suppressions) */
  suppression?: { kind: string; status?: string | null; justification?: string | null } | null;
}

export interface FindingSource {
  kind: 'heading' | 'item' | 'row' | 'paragraph';
  startLine: number;
  endLine: number;
  /** the record set it belongs to ("list at line 40 (7 items)"), when it has one */
  set: string | null;
  /** what made it a finding: "severity", "id", "location", "a severity field", "set", … */
  reasons: string[];
  /**
   * The heading of the section that holds the record (for a heading record, its parent's), its
   * line, and the record's 0-based place in its set: an identity that survives lines moving above
   * it, for corrections that apply to "every item like this one" in the next version of a report.
   */
  section?: string | null;
  sectionLine?: number | null;
  position?: number | null;
}

export interface ChecklistItem {
  text: string;
  checked: boolean;
}

export interface ParsedChecklist {
  title: string;
  /** true when it must pass before deploying */
  gate: boolean;
  items: ChecklistItem[];
}

export interface FixOrderItem {
  text: string;
  done: boolean;
  refs: string[];
}

export interface FixOrderStep {
  title: string;
  effort: Effort | null;
  items: FixOrderItem[];
}

export interface ParsedReport {
  report: {
    title: string | null;
    /** ISO date (YYYY-MM-DD) when the report states one, else null */
    date: string | null;
    format: ReportFormat;
    /** the tool that produced it (SARIF driver name, scanner name), or null */
    tool?: string | null;
    /** what was repaired on the way in ("mojibake:windows-1252", "encoding:utf-16le"), [] when nothing */
    repairs: string[];
    claims: Claims | null;
    /** effort the report gives per severity group ("P1 bugs: 8-12 hours"), when it does */
    effortBySeverity?: Partial<Record<Severity, Effort>> | null;
  };
  findings: ParsedFinding[];
  checklists: ParsedChecklist[];
  fixOrder: FixOrderStep[];
}

/** A parse failure that names the file, the format tried and where it broke. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly format: string,
    readonly where: string | null = null,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}
