// Table types for Kysely. JSON columns hold JSON text; booleans are stored as 0/1 integers
// (SQLite has no boolean; PostgreSQL would take the same values through a smallint/boolean cast).
import type { Generated } from 'kysely';

export type Json = string;
export type Bool = number;

export interface ProjectsTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

export interface ReportsTable {
  id: Generated<number>;
  project_id: number;
  source_path: string;
  sha256: string;
  format: string;
  title: string | null;
  date: string | null;
  tool: string | null;
  ingested_at: string;
  claims: Json | null;
  repairs: Json;
  effort_by_severity: Json | null;
}

export interface FindingsTable {
  id: Generated<number>;
  project_id: number;
  report_id: number;
  ref: string | null;
  title: string;
  severity: string | null;
  severity_text: string | null;
  status: string;
  phase: string | null;
  category: string | null;
  rule_id: string | null;
  fingerprint: string;
  blocks_deployment: Bool | null;
  effort_min_hours: number | null;
  effort_max_hours: number | null;
  effort_source: string | null;
  effort_text: string | null;
  body: string;
  notes: string | null;
  duplicate_of: number | null;
  baseline_state: string | null;
  suppression: Json | null;
  created_at: string;
  updated_at: string;
  /** issue 5 (migration 005) */
  status_reason: string | null;
  tool_fingerprints: Json | null;
  /** issue 19 (migration 008): digest of what the report said (core/ingest/fingerprint.ts reportDigest) */
  report_digest: string | null;
  /** issue 18 (migration 011): one more on every change of the row (optimistic concurrency) */
  version: Generated<number>;
  /**
   * issue 17 (migration 012): the rule text `body` is followed by (rule_texts), NULL: `body` is the
   * whole body (db/finding-body.ts composes it on read)
   */
  rule_text_id: number | null;
  /** issue 18 (migration 013): who fixes it (a typed name or a database login), NULL: unassigned */
  assignee: string | null;
  /** issue 18 (migration 013): a due date (YYYY-MM-DD) set by hand, NULL: from the project's SLA */
  due_at: string | null;
}

/** issue 17 (migration 012): every path locations refer to, once */
export interface PathsTable {
  id: Generated<number>;
  path: string;
}

/** issue 17 (migration 012): a rule's text, stored once for every finding that shows it */
export interface RuleTextsTable {
  id: Generated<number>;
  /** sha256 (hex) of text */
  digest: string;
  text: string;
}

export interface LocationsTable {
  id: Generated<number>;
  finding_id: number;
  ordinal: number;
  /** '' since migration 012 (the path is paths.path of path_id; rows stored before keep theirs too) */
  path: string;
  /** issue 17 (migration 012): the location's path (paths), each path stored once (db/location-path.ts) */
  path_id: number | null;
  start_line: number | null;
  end_line: number | null;
  start_column: number | null;
  end_column: number | null;
}

export interface FindingDependenciesTable {
  finding_id: number;
  depends_on_id: number;
}

export interface ChecklistsTable {
  id: Generated<number>;
  project_id: number;
  report_id: number | null;
  title: string;
  gate: Bool;
  ordinal: number;
}

export interface ChecklistItemsTable {
  id: Generated<number>;
  checklist_id: number;
  text: string;
  checked: Bool;
  ordinal: number;
  /** issue 5 (migration 005): ticked/unticked by hand, auto-ticking leaves it alone */
  manual: Generated<Bool>;
}

export interface ChecklistItemFindingsTable {
  item_id: number;
  finding_id: number;
}

export interface FixOrderStepsTable {
  id: Generated<number>;
  report_id: number;
  title: string;
  ordinal: number;
  effort_min_hours: number | null;
  effort_max_hours: number | null;
  effort_text: string | null;
}

export interface FixOrderItemsTable {
  id: Generated<number>;
  step_id: number;
  text: string;
  done: Bool;
  refs: Json;
  ordinal: number;
}

/** undone: 0 live, 1 undone (on the redo stack), 2 undone and discarded by a later change */
export interface EventsTable {
  id: Generated<number>;
  at: string;
  actor: string;
  project_id: number | null;
  entity: string;
  entity_id: number;
  action: string;
  field: string | null;
  old_value: Json | null;
  new_value: Json | null;
  batch_id: string;
  undone: Generated<number>;
  reason: string | null;
}

export interface SettingsTable {
  project_id: number;
  key: string;
  value: Json;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** SQLite FTS5 virtual table (db/fts.ts), rowid = findings.id; only joined on rowid and MATCHed. */
export interface FindingsFtsTable {
  rowid: number;
  findings_fts: string;
}

/** issue 5 (migration 005): the user's manual plan order per project */
export interface PlanStepsTable {
  id: Generated<number>;
  project_id: number;
  ordinal: number;
  title: string;
}

export interface PlanStepFindingsTable {
  step_id: number;
  finding_id: number;
  ordinal: number;
}

/** issue 15 (migration 009): the text of a Markdown report's latest version */
export interface ReportTextsTable {
  report_id: number;
  text: string;
}

/** issue 15 (migration 009): a correction kept as a rule (spec: shared/rules.ts RuleSpec as JSON) */
export interface RulesTable {
  id: Generated<number>;
  project_id: number;
  /** JSON list of family keys (shared/report-family.ts), NULL: the whole project */
  family: Json | null;
  family_label: string | null;
  spec: Json;
  label: string;
  enabled: Generated<Bool>;
  deleted: Generated<Bool>;
  created_at: string;
}

/** migration 006: re-ingest and duplicates */
export interface ReportVersionsTable {
  id: Generated<number>;
  report_id: number;
  sha256: string;
  source_path: string;
  applied_at: string;
  matched: Generated<number>;
  added: Generated<number>;
  absent: Generated<number>;
  changed: Generated<number>;
  /** issue 19 (migration 008): what this version changed, finding-id sets as JSON (core/ingest/versions.ts) */
  delta: string | null;
}

export interface FindingAbsenceTable {
  finding_id: number;
  project_id: number;
  report_id: number;
  version_id: number | null;
  since: string;
}

export interface FindingMergesTable {
  id: Generated<number>;
  project_id: number;
  keep_id: number;
  duplicate_id: number;
  score: number | null;
  reason: string | null;
  keep_severity_before: string | null;
  duplicate_status_before: string;
  active: Generated<number>;
  created_at: string;
}

/** issue 18 (migration 014): a login's role in a project (enforced on PostgreSQL: db/postgres/policies.ts) */
export interface ProjectMembersTable {
  login: string;
  /** NULL: the role in every project */
  project_id: number | null;
  role: 'viewer' | 'triager' | 'lead';
  granted_by: string;
  granted_at: string;
}

export interface Database {
  projects: ProjectsTable;
  reports: ReportsTable;
  findings: FindingsTable;
  locations: LocationsTable;
  finding_dependencies: FindingDependenciesTable;
  checklists: ChecklistsTable;
  checklist_items: ChecklistItemsTable;
  checklist_item_findings: ChecklistItemFindingsTable;
  fix_order_steps: FixOrderStepsTable;
  fix_order_items: FixOrderItemsTable;
  events: EventsTable;
  settings: SettingsTable;
  schema_migrations: SchemaMigrationsTable;
  findings_fts: FindingsFtsTable;
  plan_steps: PlanStepsTable;
  plan_step_findings: PlanStepFindingsTable;
  report_texts: ReportTextsTable;
  rules: RulesTable;
  report_versions: ReportVersionsTable;
  finding_absence: FindingAbsenceTable;
  finding_merges: FindingMergesTable;
  rule_texts: RuleTextsTable;
  paths: PathsTable;
  project_members: ProjectMembersTable;
}
