// The one typed contract between the renderer and the core (Electron IPC or the loopback HTTP host).
// Every method has a zod schema for its input (validated in the main process / serve host) and an
// output type. Calls never throw across the boundary: they resolve to a Result.
import { z } from 'zod';
import { SEVERITIES, STATUSES, type Claims, type Location, type Severity, type Status } from './types';
// issue 5: plan, checklists, exports
import type { GateStatus, Plan } from './plan';
import type { PlanSettings, SnapshotChecklist } from './snapshot';
// issue 9: insights
import type { InsightsFigures } from './insights';
import type { BYTES_ONLY_FROM_RENDERER, RendererMethod } from './channel';
// issue 15: import review and corrections
import { fieldPatchSchema, rulesFileSchema, type BlockKind, type Rule, type RulesFile } from './rules';

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
export interface ApiError {
  /** 'invalid_input' | 'not_found' | 'parse_error' | 'conflict' | 'unavailable' | 'internal' | ... */
  code: string;
  message: string;
}

const id = z.number().int().positive();
const severity = z.enum(SEVERITIES);
const status = z.enum(STATUSES);

export const findingFilterSchema = z.object({
  projectId: id,
  severity: z.array(severity.or(z.literal('unrated'))).optional(),
  status: z.array(status).optional(),
  phase: z.array(z.string().max(200)).optional(),
  reportId: z.array(id).optional(),
  pathPrefix: z.string().max(1000).optional(),
  blocksDeployment: z.boolean().optional(),
  /** full-text search (FTS5): words and prefixes */
  text: z.string().max(500).optional(),
  limit: z.number().int().positive().max(1_000_000).optional(),
});
export type FindingFilter = z.infer<typeof findingFilterSchema>;

export const findingPatchSchema = z
  .object({
    status: status.optional(),
    severity: severity.nullable().optional(),
    phase: z.string().max(200).nullable().optional(),
    effortMinHours: z.number().min(0).max(100_000).nullable().optional(),
    effortMaxHours: z.number().min(0).max(100_000).nullable().optional(),
    notes: z.string().max(100_000).nullable().optional(),
    blocksDeployment: z.boolean().nullable().optional(),
  })
  .strict();
export type FindingPatch = z.infer<typeof findingPatchSchema>;

/** Input schemas, one per method. */

/**
 * How an ingest treats a file that is a newer version of a report already in the project (the family
 * rule, shared/report-family.ts). By default it updates that report (decisions kept, absent findings
 * marked); core/ingest/reingest.ts ingestReport is the one code path for every caller.
 */
const ingestChoices = {
  /** add the file as a separate report even when it is a newer version of one */
  asNew: z.boolean().optional(),
  /** update this report (the user chose it) instead of the one the family rule finds */
  reportId: id.optional(),
  /** say what would happen; write nothing */
  dryRun: z.boolean().optional(),
  /** close the findings the new version no longer has that are still open (status fixed, reason "not in latest report") */
  closeAbsent: z.boolean().optional(),
  /** compare against this earlier version of the report (its number, a sha256 prefix or its file name); writes nothing */
  baseline: z.string().trim().min(1).max(4096).optional(),
};

const blockIndexes = z.array(z.number().int().min(0).max(10_000_000)).min(1).max(200);
/** a correction in the import review (issue 15): blocks are indexes into review.get's `blocks` */
export const correctionSchema = z.discriminatedUnion('action', [
  /** these blocks are findings; all: every block like the first (its list, its table) */
  z.object({ action: z.literal('take'), blocks: blockIndexes, all: z.boolean().optional() }).strict(),
  /** not findings; all: none of its set */
  z.object({ action: z.literal('drop'), blocks: blockIndexes, all: z.boolean().optional() }).strict(),
  z.object({ action: z.literal('merge'), blocks: blockIndexes.min(2) }).strict(),
  z.object({ action: z.literal('split'), blocks: blockIndexes.max(1) }).strict(),
  z.object({ action: z.literal('edit'), blocks: blockIndexes.max(1), patch: fieldPatchSchema }).strict(),
  /** the report's own severity word means this severity, for its family or the whole project */
  z
    .object({ action: z.literal('severity'), word: z.string().trim().min(1).max(100), severity, scope: z.enum(['family', 'project']).default('family') })
    .strict(),
]);
export type Correction = z.output<typeof correctionSchema>;

export const apiSchemas = {
  'meta.info': z.object({}).strict(),
  'projects.list': z.object({}).strict(),
  'projects.create': z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  'reports.list': z.object({ projectId: id }).strict(),
  /** ingest files or folders by path (Electron's File > Import… dialog, CLI); not on the renderer's channel */
  'ingest.paths': z.object({ projectId: id, paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000), ...ingestChoices }).strict(),
  /** ingest bytes the renderer read itself (browser drop); base64 */
  'ingest.bytes': z
    .object({ projectId: id, name: z.string().min(1).max(1000), base64: z.string().max(700_000_000), ...ingestChoices })
    .strict(),
  'findings.list': findingFilterSchema,
  'findings.get': z.object({ id }).strict(),
  'findings.update': z
    .object({ ids: z.array(id).min(1).max(1_000_000), patch: findingPatchSchema, reason: z.string().max(10_000).optional() })
    .strict(),
  'dependencies.add': z.object({ findingId: id, dependsOnId: id }).strict(),
  'dependencies.remove': z.object({ findingId: id, dependsOnId: id }).strict(),
  'history.undo': z.object({ projectId: id }).strict(),
  'history.redo': z.object({ projectId: id }).strict(),
  'settings.get': z.object({ projectId: id, key: z.string().min(1).max(200) }).strict(),
  'settings.set': z.object({ projectId: id, key: z.string().min(1).max(200), value: z.unknown() }).strict(),
  /** open a link from report text: only http(s) and editor URLs, after a check (Electron only) */
  'app.openExternal': z.object({ url: z.string().min(1).max(8192) }).strict(),
  // ---- issue 9: insights ----
  /** every figure of the Insights view in one call; `now` (ISO) ends the burndown (default: the core's clock) */
  'insights.get': z.object({ projectId: id, now: z.string().datetime({ offset: true }).optional() }).strict(),
  // ---- issue 5: plan, checklists, exports ----
  /** the plan: 'current' = the manual order when saved, else generated; 'report' = a report's own fix order */
  'plan.get': z
    .object({ projectId: id, source: z.enum(['generated', 'report', 'current']).default('current'), reportId: id.optional() })
    .strict(),
  /** save the user's order (drag between steps, reorder); it survives re-planning until plan.reset */
  'plan.setManual': z
    .object({
      projectId: id,
      steps: z.array(z.object({ title: z.string().trim().min(1).max(2000), findingIds: z.array(id).max(1_000_000) })).max(10_000),
    })
    .strict(),
  'plan.reset': z.object({ projectId: id }).strict(),
  'plan.settings.get': z.object({ projectId: id }).strict(),
  /** effort defaults per severity ([min, max] hours) and severity weights; partial, merged over the defaults */
  'plan.settings.set': z
    .object({
      projectId: id,
      settings: z
        .object({
          effortDefaults: z.partialRecord(z.enum([...SEVERITIES, 'unrated']), z.tuple([z.number().min(0).max(100_000), z.number().min(0).max(100_000)])).optional(),
          severityWeights: z.partialRecord(z.enum([...SEVERITIES, 'unrated']), z.number().min(0).max(1_000_000)).optional(),
        })
        .strict(),
    })
    .strict(),
  'gate.status': z.object({ projectId: id }).strict(),
  'checklists.list': z.object({ projectId: id }).strict(),
  'checklists.create': z.object({ projectId: id, title: z.string().trim().min(1).max(2000), gate: z.boolean().optional() }).strict(),
  'checklists.update': z.object({ id, title: z.string().trim().min(1).max(2000).optional(), gate: z.boolean().optional() }).strict(),
  'checklists.addItem': z
    .object({ checklistId: id, text: z.string().trim().min(1).max(10_000), findingIds: z.array(id).max(10_000).optional() })
    .strict(),
  'checklists.editItem': z.object({ itemId: id, text: z.string().trim().min(1).max(10_000) }).strict(),
  /** tick (true) / untick (false) by hand, or null: hand the item back to auto-ticking from its findings */
  'checklists.setItem': z.object({ itemId: id, checked: z.boolean().nullable() }).strict(),
  'checklists.removeItem': z.object({ itemId: id }).strict(),
  'checklists.linkFinding': z.object({ itemId: id, findingId: id }).strict(),
  'checklists.unlinkFinding': z.object({ itemId: id, findingId: id }).strict(),
  /** render an export; the renderer saves it as a download, the Electron menu writes a file */
  'export.render': z.object({ projectId: id, format: z.enum(['md', 'csv', 'json', 'html', 'sarif']) }).strict(),
  /** re-import a Punchlist JSON export (base64 bytes) as a new project, or into an empty project */
  'import.json': z.object({ projectId: id.optional(), base64: z.string().max(700_000_000) }).strict(),
  // ---- issue 7: backups ----
  /** this database's backups (backups/ next to the file), newest first */
  'backup.list': z.object({}).strict(),
  /** a copy of the database now (SQLite online backup API); the last few of each kind are kept */
  'backup.create': z.object({}).strict(),
  /** replace the database with a backup (a name from backup.list, or an absolute path chosen by the user in File > Restore…); a copy of the current state is kept first; not on the renderer's channel */
  'backup.restore': z.object({ file: z.string().min(1).max(4096) }).strict(),
  // ---- issue 6: re-ingest and duplicates ----
  /** what re-ingesting a file would do: the report it looks like a newer version of, and the counts */
  'reingest.preview': z
    .object({
      projectId: id,
      /** a file path (CLI; never from the renderer), or `name` + `base64` (what the app window sends) */
      path: z.string().min(1).max(4096).optional(),
      name: z.string().min(1).max(1000).optional(),
      base64: z.string().max(700_000_000).optional(),
      /** compare against this report instead of the one found by path / file name / tool */
      reportId: id.optional(),
    })
    .strict(),
  /** the user confirmed: the file becomes the newest version of `reportId` (decisions kept) */
  'reingest.apply': z
    .object({
      projectId: id,
      reportId: id,
      path: z.string().min(1).max(4096).optional(),
      name: z.string().min(1).max(1000).optional(),
      base64: z.string().max(700_000_000).optional(),
    })
    .strict(),
  /** findings marked "not in latest report" (of one report, or of the project) */
  'findings.absent': z.object({ projectId: id, reportId: id.optional() }).strict(),
  /** close every open "not in latest report" finding in one (undoable) action */
  'findings.closeAbsent': z
    .object({
      projectId: id,
      reportId: id.optional(),
      status: z.enum(['fixed', 'verified', 'wont_fix', 'false_positive']).default('fixed'),
    })
    .strict(),
  /** likely duplicates across reports, best first */
  'duplicates.suggest': z.object({ projectId: id, limit: z.number().int().positive().max(5000).optional() }).strict(),
  /** merge: `duplicateId` is marked duplicate of `keepId`, which gains its sources, locations and stronger severity */
  'duplicates.merge': z.object({ keepId: id, duplicateId: id }).strict(),
  /** undo merges: of this duplicate, or every duplicate merged into this finding */
  'duplicates.unmerge': z.object({ findingId: id }).strict(),
  /** a finding's sources, merged duplicates, all locations and "not in latest report" state */
  'duplicates.info': z.object({ findingId: id }).strict(),
  // ---- issue 15: import review and corrections ----
  /** a Markdown report's kept text beside what was extracted, under the project's rules */
  'review.get': z.object({ reportId: id }).strict(),
  /** a correction, kept as a rule of the report's family (or the project's) and applied now; one undoable step */
  'review.correct': z.object({ reportId: id, correction: correctionSchema }).strict(),
  'rules.list': z.object({ projectId: id }).strict(),
  /** turn a rule off (its corrections are taken back) or on again; one undoable step */
  'rules.setEnabled': z.object({ id, enabled: z.boolean() }).strict(),
  'rules.delete': z.object({ id }).strict(),
  'rules.export': z.object({ projectId: id }).strict(),
  /** add the rules of a rules file (`punchlist rules export`) and apply them; one undoable step */
  'rules.import': z.object({ projectId: id, file: rulesFileSchema }).strict(),
} as const;

export type Method = keyof typeof apiSchemas;
export type Input<M extends Method> = z.input<(typeof apiSchemas)[M]>;

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

export interface Outputs {
  'meta.info': { version: string; dbPath: string; schemaVersion: number };
  'projects.list': Project[];
  'projects.create': Project;
  'reports.list': ReportSummary[];
  'ingest.paths': IngestFileResult[];
  'ingest.bytes': IngestFileResult;
  'findings.list': FindingCard[];
  'findings.get': FindingDetail;
  'findings.update': FindingCard[];
  'dependencies.add': { ok: true };
  'dependencies.remove': { ok: true };
  'history.undo': { undone: number };
  'history.redo': { redone: number };
  'settings.get': { value: unknown };
  'settings.set': { ok: true };
  'app.openExternal': { opened: boolean };
  // ---- issue 9: insights ----
  'insights.get': InsightsFigures;
  // ---- issue 5: plan, checklists, exports ----
  'plan.get': PlanView;
  'plan.setManual': PlanView;
  'plan.reset': PlanView;
  'plan.settings.get': PlanSettings;
  'plan.settings.set': PlanSettings;
  'gate.status': GateStatus;
  'checklists.list': SnapshotChecklist[];
  'checklists.create': SnapshotChecklist;
  'checklists.update': SnapshotChecklist;
  'checklists.addItem': SnapshotChecklist;
  'checklists.editItem': SnapshotChecklist;
  'checklists.setItem': SnapshotChecklist;
  'checklists.removeItem': SnapshotChecklist;
  'checklists.linkFinding': SnapshotChecklist;
  'checklists.unlinkFinding': SnapshotChecklist;
  'export.render': ExportFile;
  'import.json': JsonImportResult;
  // ---- issue 7: backups ----
  'backup.list': BackupEntry[];
  'backup.create': BackupEntry;
  'backup.restore': BackupRestoreResult;
  // ---- issue 6: re-ingest and duplicates ----
  'reingest.preview': ReingestPreview;
  'reingest.apply': ReingestApplyResult;
  'findings.absent': AbsentFinding[];
  'findings.closeAbsent': { closed: number; ids: number[] };
  'duplicates.suggest': DuplicateSuggestion[];
  'duplicates.merge': { mergeId: number; keep: FindingCard; duplicate: FindingCard };
  'duplicates.unmerge': { unmerged: number };
  'duplicates.info': DuplicateInfo;
  // ---- issue 15 ----
  'review.get': ReviewView;
  'review.correct': { rule: Rule; touched: number; review: ReviewView };
  'rules.list': Rule[];
  'rules.setEnabled': { rule: Rule; touched: number };
  'rules.delete': { rule: Rule; touched: number };
  'rules.export': RulesFile;
  'rules.import': { added: number; touched: number };
}

export type Output<M extends Method> = Outputs[M];

/** Every method of the contract, resolving to a Result (the core's own callers: CLI, main process, tests). */
export type ApiClient = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

/** What the renderer's channel accepts of a method's input: files as bytes, never as paths (channel.ts). */
export type RendererInput<M extends RendererMethod> = M extends BytesOnlyMethod ? Omit<Input<M>, 'path'> : Input<M>;
type BytesOnlyMethod = (typeof BYTES_ONLY_FROM_RENDERER)[number];
/** What the renderer holds: one function per method its channel accepts, resolving to a Result. */
export type RendererApiClient = <M extends RendererMethod>(method: M, input: RendererInput<M>) => Promise<Result<Output<M>>>;

export { API_CHANNEL, API_HTTP_PREFIX, API_METHODS, isMethod, rendererCall, type RendererMethod } from './channel';


