// The one typed contract between the renderer and the core (Electron IPC or the loopback HTTP host).
// Each method is defined once, in its feature module under shared/contract/ (input schema, output
// type, scope, what it reads and writes), merged by the registry (shared/contract/index.ts); its
// handler sits under the same name in core/service/handlers/. Inputs are validated where they
// arrive (the core's dispatch); calls never throw across the boundary: they resolve to a Result.
import type { Claims, Location, Severity, Status } from './types';
// issue 5: plan, checklists, exports
import type { Plan } from './plan';
import type { PlanSettings } from './snapshot';
// issue 15: import review and corrections
import type { BlockKind, Rule } from './rules';
import type { Input, Method, Output, RendererInput, RendererMethod } from './contract';
import type { Progress, Result } from './contract/define';

export type { ApiError, Entity, ErrorCode, Progress, Result } from './contract/define';
export { contract, definitionOf, formatZodError, isMethod, METHODS, methodsReading, projectOfCall, rendererCall } from './contract';
export type { Contract, Input, MainProcessOnlyMethod, Method, Output, ParsedInput, RendererInput, RendererMethod } from './contract';
export { findingFilterSchema, findingPatchSchema, type FindingFilter, type FindingPatch } from './contract/findings';
export { correctionSchema, type Correction } from './contract/review';

export interface Project {
  id: number;
  name: string;
  createdAt: string;
}

export interface ReportSummary {
  id: number;
  projectId: number;
  sourcePath: string;
  sha256: string;
  format: string;
  title: string | null;
  date: string | null;
  tool: string | null;
  ingestedAt: string;
  repairs: string[];
  claims: Claims | null;
  findingCount: number;
  /** findings by severity as found, to set against claims (the drift) */
  found: Claims;
}

export interface FindingCard {
  id: number;
  projectId: number;
  reportId: number;
  ref: string | null;
  title: string;
  severity: Severity | null;
  status: Status;
  phase: string | null;
  category: string | null;
  ruleId: string | null;
  blocksDeployment: boolean | null;
  effortMinHours: number | null;
  effortMaxHours: number | null;
  /** 'report' | 'severity-group' | 'user' | 'default' | null */
  effortSource: string | null;
  primaryPath: string | null;
  primaryLine: number | null;
  updatedAt: string;
  /** the row's version (one more on every change): findings.update sends it back to be refused when stale */
  version: number;
  /** issue 18: when the finding was first ingested (the SLA clock starts that day) */
  createdAt: string;
  /** issue 18: who fixes it, null: nobody */
  assignee: string | null;
  /** issue 18: the due date (YYYY-MM-DD): set by hand (dueManual), else from the project's SLA; null: none */
  dueAt: string | null;
  dueManual: boolean;
  /** issue 18: still open and past its due date (the core's today) */
  overdue: boolean;
}

export interface HistoryEvent {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  /** why (findings.update `reason`), when given */
  reason?: string | null;
  /** true once the change was undone (and not redone) */
  undone?: boolean;
}

export interface FindingDetail extends FindingCard {
  severityText: string | null;
  body: string;
  notes: string | null;
  fingerprint: string;
  locations: Location[];
  dependsOn: Array<{ id: number; ref: string | null; title: string; status: Status }>;
  dependents: Array<{ id: number; ref: string | null; title: string; status: Status }>;
  history: HistoryEvent[];
  /** format: issue 15 (a Markdown report can be reviewed) */
  report: { id: number; title: string | null; sourcePath: string; format?: string };
  /** an earlier finding of the project with the same fingerprint (from another report), if any */
  duplicateOf?: number | null;
}

export type IngestFileResult =
  | {
      file: string;
      ok: true;
      /** the report added or updated (0 when a dry run would add a new one) */
      reportId: number;
      format: string;
      /** findings added (new rows) */
      added: number;
      alreadyPresent: boolean;
      repairs: string[];
      /** added: a new report; updated: a newer version of `update.previous`; present: these bytes are already in the project */
      action?: 'added' | 'updated' | 'present';
      /** nothing was written (a dry run, or a comparison with a baseline) */
      dryRun?: boolean;
      /** when the file is (or would be) a newer version of a report of the project */
      update?: IngestUpdate;
      /** what a CI gate looks at: the new findings and the report's open blockers */
      gate?: IngestGate;
      /** the one-line summary `punchlist ingest` prints */
      summary?: string;
      /** Markdown: the corrections kept as rules (issue 15) that changed what was read, and how many findings each touched */
      rulesApplied?: Array<{ id: number; label: string; count: number }>;
      /** ingest.bytes with `confirmUpdate`, a newer version: the core holds the bytes under this token for the follow-up call */
      staged?: string;
    }
  | { file: string; ok: false; error: string };

// ---- issue 19: re-runs ----
/** What a newer version of a report does to it, counted over the findings of the file and of the version before. */
export interface UpdateCounts {
  /** findings the version before did not have: new rows */
  new: number;
  /** findings marked "not in latest report" before that this version has again */
  back: number;
  /** findings of the version before that this version no longer has (now marked "not in latest report") */
  gone: number;
  /** findings already not in the version before, still not in this one */
  stillAbsent: number;
  /** findings of both whose location changed */
  moved: number;
  /** findings of both whose text, rule or severity changed, not their location */
  changed: number;
  unchanged: number;
  /** findings of both that carry a decision of someone's (status, severity, effort, notes, merge…): kept */
  decisionsKept: number;
  /** findings closed because they are not in this version (closeAbsent) */
  closed: number;
}

export interface IngestUpdate {
  previous: NonNullable<ReingestPreview['previous']>;
  /** the version number the file becomes (or would become); versions count from 1, the first ingest */
  version: number;
  /** with a baseline: the version the file was compared with (nothing was written) */
  baseline: { number: number; sha256: string; sourcePath: string; appliedAt: string } | null;
  counts: UpdateCounts;
  samples: { added: string[]; absent: string[]; changed: string[] };
}

export interface IngestGate {
  /**
   * New findings per severity (as the project now rates them) that are neither suppressed nor
   * triaged as false positive, won't fix or duplicate: what `--fail-on new:high` looks at
   */
  newBySeverity: Record<Severity | 'unrated', number>;
  /** findings of the report that block deployment, still open, and in its latest version */
  openBlockers: number;
}

// ---- issue 5: plan, checklists, exports ----
export interface PlanView {
  plan: Plan;
  /** true when the project has a saved manual order (plan.reset discards it) */
  manual: boolean;
  /** reports with a fix order of their own (offered as a starting plan) */
  fixOrderReports: Array<{ id: number; title: string; steps: number }>;
  settings: PlanSettings;
}
export interface ExportFile {
  text: string;
  fileName: string;
  mimeType: string;
}
export interface JsonImportResult {
  project: Project;
  reports: number;
  findings: number;
  checklists: number;
}

// ---- issue 7: backups ----
export interface BackupEntry {
  /** absolute path */
  file: string;
  name: string;
  createdAt: string;
  schemaVersion: number;
  /** 'manual' | 'pre-migration' | 'pre-restore' */
  reason: string;
  bytes: number;
}
export interface BackupRestoreResult {
  /** the backup that was restored */
  restored: { file: string; schemaVersion: number };
  /** the copy of the database as it was just before the restore */
  previous: BackupEntry;
  /** migrations run on the restored copy (it was of an older schema) */
  migrated: number[];
}

// ---- issue 6: re-ingest and duplicates ----
/** settings key (per project): extra path prefixes to strip before fingerprinting, e.g. ["builds/acme/api/"] */
export const PATH_PREFIXES_SETTING = 'ingest.pathPrefixes';

export interface ReingestCounts {
  matched: number;
  /** matched findings whose report-owned fields (text, locations, rule) changed */
  changed: number;
  added: number;
  /** findings of the report the new version does not have ("not in latest report") */
  absent: number;
  /** findings marked absent before that the new version has again */
  reappeared: number;
}

export interface ReingestPreview {
  file: string;
  /** these exact bytes are already in the project: nothing to do */
  alreadyPresent: boolean;
  /** the report this file looks like a newer version of; null: ingest it as a new report */
  previous: {
    id: number;
    title: string | null;
    sourcePath: string;
    format: string;
    tool: string | null;
    /** 'same path' | 'same title' | 'same file name' | 'same tool and file name' | 'chosen' */
    reason: string;
  } | null;
  counts: ReingestCounts | null;
  samples: { added: string[]; absent: string[]; changed: string[] };
}

export interface ReingestApplyResult {
  reportId: number;
  alreadyPresent: boolean;
  counts: ReingestCounts;
}

export interface AbsentFinding {
  findingId: number;
  reportId: number;
  since: string;
}

export interface DuplicateSide {
  id: number;
  ref: string | null;
  title: string;
  severity: Severity | null;
  status: Status;
  reportId: number;
  reportTitle: string | null;
  primaryPath: string | null;
  primaryLine: number | null;
}

export interface DuplicateSuggestion {
  a: DuplicateSide;
  b: DuplicateSide;
  /** 0..1, see core/service/similarity.ts */
  score: number;
  title: number;
  body: number;
  location: number;
  reason: string;
}

export interface DuplicateInfo {
  findingId: number;
  duplicateOf: DuplicateSide | null;
  duplicates: DuplicateSide[];
  /** the reports this finding comes from: its own and those of merged duplicates */
  sources: Array<{ reportId: number; title: string | null; sourcePath: string; findingId: number }>;
  /** its own locations, then those of merged duplicates */
  locations: Location[];
  notInLatest: { reportId: number; since: string } | null;
}

// ---- issue 15: import review and corrections ----
export interface ReviewBlock {
  /** index into ReviewView.blocks, what corrections name */
  index: number;
  kind: BlockKind | 'other';
  startLine: number;
  endLine: number;
  /** the block's Markdown source */
  text: string;
  /** table rows: the table's header and separator, to render the row as a table */
  tableHead: string | null;
  /** the heading it sits under (normalized) */
  heading: string;
  set: string | null;
  /** finding: read as one (by the extractor or a rule); rejected: a candidate the extractor set aside; dropped: a rule says it is none */
  state: 'finding' | 'rejected' | 'dropped' | 'plain';
  /** the finding row it is in the project */
  findingId: number | null;
  title: string | null;
  severity: Severity | null;
  severityText: string | null;
  status: Status | null;
  /** 0..1 (1: taken by a rule) */
  confidence: number | null;
  /** confidence under 0.7: worth a look */
  low: boolean;
  /** why it was taken or rejected */
  reason: string | null;
  /** rules that touched it */
  rules: number[];
  /** the last line of the finding read from it (a heading's finding spans its section) */
  lastLine: number;
}

export interface ReviewView {
  report: { id: number; projectId: number; title: string | null; sourcePath: string };
  /** the report's text (LF line endings) */
  text: string;
  blocks: ReviewBlock[];
  /** the rules that apply to this report (its family's and the project-wide ones), on or off */
  rules: Rule[];
  /** the rules that changed what was read, and how many findings each touched */
  applied: Array<{ id: number; label: string; count: number }>;
}



/** Every method of the contract, resolving to a Result (the core's own callers: CLI, main process, tests). */
export type ApiClient = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;


/** How the renderer follows and stops long work (a `job` method) it calls. */
export interface CallWatch {
  /** the core's progress reports, as they come */
  onProgress?(p: Progress): void;
  /** aborting it asks the host to cancel the call (calls.cancel); the call then answers "cancelled" once stopped */
  signal?: AbortSignal;
}

/** What the renderer holds: one function per method its channel accepts, resolving to a Result. */
export type RendererApiClient = <M extends RendererMethod>(method: M, input: RendererInput<M>, watch?: CallWatch) => Promise<Result<Output<M>>>;

export { API_CHANNEL, API_HTTP_PREFIX } from './channel';


