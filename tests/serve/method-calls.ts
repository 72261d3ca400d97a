// Every method of the registry called for real, for the contract test "every method that writes says
// so in its definition" (contract.test.ts): a base SQLite database holding real ingested reports (the
// SARIF and review fixtures) and one of everything a method can act on (a dependency, a checklist
// with a linked item, a merge, a rule, an undo and a redo, a backup), then one valid input per method,
// built from its zod schema with ids read from that database. What each table is made of (its
// entity) maps a changed table to what a change event must name.
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { openCore, type Core } from '../../core/service';
import { contract, type Entity, type Method } from '../../shared/api';
import { ok } from '../service/helpers';

const FIXTURES = join(__dirname, '..', 'fixtures');
export const SARIF = join(FIXTURES, 'sarif', 'defectdojo_bash-report.sarif');
export const OTHER_SARIF = join(FIXTURES, 'corpus', 'sarif', 'defectdojo_njsscan.sarif');
export const REVIEW_V1 = join(FIXTURES, 'review', 'walkthrough-v1.md');
export const REVIEW_V2 = join(FIXTURES, 'review', 'walkthrough-v2.md');
const b64 = (path: string) => readFileSync(path).toString('base64');
/** a newer version of the review report than any in the base database: v2 with a line more */
const REVIEW_V3 = () => Buffer.from(`${readFileSync(REVIEW_V2, 'utf8')}\nReviewed again a week later.\n`).toString('base64');

/**
 * The entity each table holds (what a change event names when a row of it changes). A table missing
 * here fails the test: a new table needs its entity.
 */
export const TABLE_ENTITY: Record<string, Entity | 'none'> = {
  projects: 'projects',
  project_members: 'projects',
  reports: 'reports',
  report_versions: 'reports',
  report_texts: 'reports',
  // a report's own fix order (plan.get source 'report' reads it through 'reports')
  fix_order_steps: 'reports',
  fix_order_items: 'reports',
  findings: 'findings',
  locations: 'findings',
  paths: 'findings',
  rule_texts: 'findings',
  finding_absence: 'findings',
  finding_merges: 'findings',
  finding_dependencies: 'dependencies',
  events: 'history',
  settings: 'settings',
  plan_steps: 'plan',
  plan_step_findings: 'plan',
  checklists: 'checklists',
  checklist_items: 'checklists',
  checklist_item_findings: 'checklists',
  rules: 'rules',
  // written by migrations only
  schema_migrations: 'none',
};

/** the entity of a table; the FTS index's shadow tables (findings_fts_data, …) hold findings */
export function entityOfTable(table: string): Entity | 'none' | undefined {
  if (table.startsWith('findings_fts')) return 'findings';
  return TABLE_ENTITY[table];
}

/** the backups next to a database file (the `backups` entity): names and sizes */
export function backupsState(dbPath: string): string {
  const dir = join(dbPath, '..', 'backups');
  if (!existsSync(dir)) return '';
  return readdirSync(dir)
    .sort()
    .map((f) => `${f}:${statSync(join(dir, f)).size}`)
    .join('\n');
}

/** What the base database holds, by id: the things the inputs name. */
export interface BaseIds {
  projectId: number;
  /** the SARIF report and three of its findings */
  sarifReportId: number;
  findingIds: number[];
  /** the review fixture (Markdown) report, its findings made by a rule */
  reviewReportId: number;
  ruleId: number;
  /** a dependency findingIds[0] → findingIds[1] */
  dependency: { findingId: number; dependsOnId: number };
  checklistId: number;
  itemId: number;
  /** the finding linked to itemId */
  linkedFindingId: number;
  /** findingIds[3] merged into findingIds[2] */
  merged: { keepId: number; duplicateId: number };
  backupFile: string;
}

/** A review block of the given kind whose text contains `text`. */
function blockIndex(review: { blocks: Array<{ index: number; kind: string; text: string }> }, text: string): number {
  const b = review.blocks.find((x) => x.kind === 'item' && x.text.includes(text));
  if (!b) throw new Error(`no review item with ${text}`);
  return b.index;
}

/** Fills `dbPath` with the base state (through the core's own methods) and closes it. */
export async function buildBase(dbPath: string): Promise<BaseIds> {
  let clock = 0;
  const core = openCore({ dbPath, actor: 'test', now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString() });
  try {
    const projectId = ok(await core.call('projects.list', {}))[0].id;
    const [sarif] = ok(await core.call('ingest.paths', { projectId, paths: [SARIF] }));
    if (!sarif.ok) throw new Error(sarif.error);
    const cards = ok(await core.call('findings.list', { projectId, reportId: [sarif.reportId] }));
    if (cards.length < 8) throw new Error(`the SARIF fixture has ${cards.length} findings`);
    const findingIds = cards.map((c) => c.id);

    // the review fixture: v2 made into findings by a rule, then v1 as its newer version (one item absent)
    const [md] = ok(await core.call('ingest.paths', { projectId, paths: [REVIEW_V2] }));
    if (!md.ok) throw new Error(md.error);
    const review = ok(await core.call('review.get', { reportId: md.reportId }));
    const firstItem = readFileSync(REVIEW_V2, 'utf8').split('\n').find((l) => /^\d+\. /.test(l))!;
    const taken = ok(await core.call('review.correct', { reportId: md.reportId, correction: { action: 'take', blocks: [blockIndex(review, firstItem.replace(/^\d+\. \w+ — /, '').replace(/`/g, '').slice(0, 20))], all: true } }));
    const [v1] = ok(await core.call('ingest.paths', { projectId, paths: [REVIEW_V1] }));
    if (!v1.ok || v1.reportId !== md.reportId) throw new Error(`v1 did not update the review report: ${JSON.stringify(v1)}`);
    if (ok(await core.call('findings.absent', { projectId })).length === 0) throw new Error('no finding is absent after v1');

    const dependency = { findingId: findingIds[0], dependsOnId: findingIds[1] };
    ok(await core.call('dependencies.add', dependency));
    const checklist = ok(await core.call('checklists.create', { projectId, title: 'Before release' }));
    const withItem = ok(await core.call('checklists.addItem', { checklistId: checklist.id, text: 'Fix the first', findingIds: [findingIds[4]] }));
    const merged = { keepId: findingIds[2], duplicateId: findingIds[3] };
    ok(await core.call('duplicates.merge', merged));
    const backup = ok(await core.call('backup.create', {}));
    // after the backup, so that restoring it changes the database; then an undo, so that there is a redo
    ok(await core.call('findings.update', { ids: [findingIds[5]], patch: { status: 'in_progress' } }));
    ok(await core.call('findings.update', { ids: [findingIds[6]], patch: { notes: 'looked at' } }));
    ok(await core.call('history.undo', { projectId }));
    return {
      projectId,
      sarifReportId: sarif.reportId,
      findingIds,
      reviewReportId: md.reportId,
      ruleId: taken.rule.id,
      dependency,
      checklistId: checklist.id,
      itemId: withItem.items[0].id,
      linkedFindingId: findingIds[4],
      merged,
      backupFile: backup.file,
    };
  } finally {
    core.close();
  }
}

/** A copy of the base database (and its backups) in `dir`. */
export function copyBase(baseDir: string, dir: string): string {
  cpSync(baseDir, dir, { recursive: true });
  return join(dir, 'db.sqlite');
}

/**
 * The smallest value a schema accepts for its required fields (optional ones left out): strings of
 * their minimum length, the first enum member, numbers at their minimum, the first union member.
 * Ids come from the overrides.
 */
export function minimalInput(schema: z.ZodType): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        if (s.safeParse(undefined).success) continue;
        out[k] = minimalInput(s);
      }
      return out;
    }
    case 'string': {
      const min = (schema as z.ZodString).minLength ?? 0;
      return 'x'.repeat(Math.max(1, min));
    }
    case 'number':
      return Math.max(1, (schema as z.ZodNumber).minValue ?? 1);
    case 'boolean':
      return false;
    case 'enum':
      return (schema as z.ZodEnum).options[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'array': {
      const min = ((def.checks as Array<{ _zod: { def: { check: string; minimum?: number } } }> | undefined) ?? []).find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
      return Array.from({ length: min }, () => minimalInput(def.element as z.ZodType));
    }
    case 'nullable':
      return null;
    case 'unknown':
    case 'any':
      return 1;
    case 'pipe':
      return minimalInput(def.in as z.ZodType);
    case 'union':
      return minimalInput((def.options as z.ZodType[])[0]);
    case 'record':
      return {};
    default:
      throw new Error(`no minimal value for a ${def.type} schema`);
  }
}

/**
 * What a method's call needs beyond its schema's minimal input: ids of the base database, and values
 * with a meaning (a file, a correction). `prepare` runs on the fresh core before the state is taken:
 * what it writes is part of the "before" (plan.reset needs a manual plan to reset).
 */
export interface MethodCall {
  input?: Record<string, unknown>;
  prepare?: (core: Core) => Promise<Record<string, unknown>>;
}

export function methodCalls(ids: BaseIds): Partial<Record<Method, MethodCall>> {
  const [f0, f1, , , , f5, f6, f7] = ids.findingIds;
  return {
    'projects.create': { input: { name: 'Second project' } },
    'settings.get': { input: { key: 'marker' } },
    'settings.set': { input: { key: 'marker', value: 2 } },
    'ingest.paths': { input: { paths: [OTHER_SARIF] } },
    'ingest.bytes': { input: { name: 'njsscan.sarif', base64: b64(OTHER_SARIF) } },
    'ingest.unstage': {
      // bytes left in the core by "Update the report?" (a newer version of the review report)
      async prepare(core) {
        const asked = ok(await core.call('ingest.bytes', { projectId: ids.projectId, name: 'walkthrough-v3.md', base64: REVIEW_V3(), confirmUpdate: true }));
        if (!asked.ok || !asked.staged) throw new Error(`no staged upload: ${JSON.stringify(asked)}`);
        return { staged: asked.staged };
      },
    },
    'findings.get': { input: { id: f0 } },
    'findings.update': { input: { ids: [f7], patch: { status: 'fixed', notes: 'done' } } },
    'dependencies.add': { input: { findingId: f5, dependsOnId: f6 } },
    'dependencies.remove': { input: ids.dependency },
    'plan.setManual': { input: { steps: [{ title: 'First', findingIds: [f1, f0] }] } },
    'plan.reset': {
      async prepare(core) {
        ok(await core.call('plan.setManual', { projectId: ids.projectId, steps: [{ title: 'Mine', findingIds: [f0] }] }));
        return {};
      },
    },
    'plan.settings.set': { input: { settings: { severityWeights: { critical: 50 } } } },
    'checklists.create': { input: { title: 'Second list' } },
    'checklists.update': { input: { id: ids.checklistId, title: 'Renamed', gate: true } },
    'checklists.addItem': { input: { checklistId: ids.checklistId, text: 'Another', findingIds: [f6] } },
    'checklists.editItem': { input: { itemId: ids.itemId, text: 'Edited' } },
    'checklists.setItem': { input: { itemId: ids.itemId, checked: true } },
    'checklists.removeItem': { input: { itemId: ids.itemId } },
    'checklists.linkFinding': { input: { itemId: ids.itemId, findingId: f7 } },
    'checklists.unlinkFinding': { input: { itemId: ids.itemId, findingId: ids.linkedFindingId } },
    'export.render': { input: { format: 'json' } },
    'import.json': {
      // the project exported, imported as a new project
      async prepare(core) {
        const file = ok(await core.call('export.render', { projectId: ids.projectId, format: 'json' }));
        return { projectId: undefined, base64: Buffer.from(file.text).toString('base64') };
      },
    },
    'backup.restore': { input: { file: ids.backupFile } },
    'reingest.preview': { input: { reportId: ids.reviewReportId, name: 'walkthrough-v3.md', base64: REVIEW_V3() } },
    'reingest.apply': { input: { reportId: ids.reviewReportId, name: 'walkthrough-v3.md', base64: REVIEW_V3() } },
    'duplicates.merge': { input: { keepId: f5, duplicateId: f6 } },
    'duplicates.unmerge': { input: { findingId: ids.merged.duplicateId } },
    'duplicates.info': { input: { findingId: ids.merged.keepId } },
    'review.get': { input: { reportId: ids.reviewReportId } },
    'review.correct': { input: { reportId: ids.reviewReportId, correction: { action: 'severity', word: 'Amber', severity: 'medium' } } },
    'rules.setEnabled': { input: { id: ids.ruleId, enabled: false } },
    'rules.delete': { input: { id: ids.ruleId } },
    'rules.import': {
      input: { file: { punchlistRules: 1, rules: [{ family: null, spec: { kind: 'severity', word: 'Red', severity: 'critical' } }] } },
    },
    'findings.assign': { input: { ids: [f5, f6], assignee: 'Dana' } },
    'assignment.setMe': { input: { name: 'Dana' } },
    'sla.set': { input: { sla: { critical: 7, high: 30 } } },
  };
}

/** A method's input: the schema's minimal one, the project, then the method's own values. */
export async function inputOf(method: Method, ids: BaseIds, core: Core, call: MethodCall | undefined): Promise<Record<string, unknown>> {
  const schema = contract[method].input as z.ZodType;
  const input = { ...(minimalInput(schema) as Record<string, unknown>) };
  if ('projectId' in input) input.projectId = ids.projectId;
  Object.assign(input, call?.input ?? {}, call?.prepare ? await call.prepare(core) : {});
  for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
  return input;
}
