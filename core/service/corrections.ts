// Import review and corrections (issue 15): what the review screen shows of a Markdown report, and
// every change to the project's rules (a correction, turning one off or on, deleting one, importing
// a rules file). A change to the rules is one undoable step: one event batch holding the rule's own
// change and every change it makes to the findings of the reports it applies to, each naming the
// rule as its reason (so the finding's history lists it). Findings a rule adds are new rows (undo
// removes them, redo brings them back with the same id); findings it removes are marked false
// positive, never deleted, so their status, notes and plan place come back when the rule goes.
import { locationPath } from '../../db/location-path';
import type { Selectable } from 'kysely';
import { ftsDeleteFindings, ftsIndexFindings } from '../../db/fts';
import { ruleRepository } from '../../db/repositories/rule-repository';
import { findingRepository } from '../../db/repositories/finding-repository';
import type { FindingsTable } from '../../db/schema';
import type { Correction, ReviewBlock, ReviewView } from '../../shared/api';
import { familyKeys } from '../../shared/report-family';
import { ruleAppliesTo, ruleLabel, type Rule, type RuleSpec } from '../../shared/rules';
import type { Location, ParsedFinding, ParsedReport, Status } from '../../shared/types';
import { fingerprintAll } from '../ingest/fingerprint';
import { explainMarkdown } from '../ingest/markdown';
import type { Rejected } from '../ingest/markdown/explain';
import { insertRule, projectRules, ruleOf, type NewRule } from '../ingest/rule-store';
import { applyRules, type RuleOutcome } from '../ingest/rules';
import { insertFindings, insertLocations, pathOptions } from '../ingest/store';
import { CoreError, notFound, type CoreContext } from './context';
import { eventWriter, type EventWriter } from './events';

/** confidence under which a finding is marked for a look */
export const LOW_CONFIDENCE = 0.7;

interface KeptReport {
  id: number;
  projectId: number;
  title: string | null;
  sourcePath: string;
  text: string;
  keys: string[];
}

function keptReport(core: CoreContext, reportId: number): KeptReport {
  const r = core.runner.first(core.db.selectFrom('reports').select(['id', 'project_id', 'title', 'source_path', 'format']).where('id', '=', reportId));
  if (!r) throw notFound(`report ${reportId}`);
  if (r.format !== 'markdown') throw new CoreError('invalid_input', `report ${reportId} is ${r.format}: only Markdown reports are reviewed (every result of a ${r.format} file is a finding)`);
  const t = core.runner.first(ruleRepository(core.db).text(reportId));
  if (!t) throw new CoreError('not_found', `report ${reportId} has no kept text (it was imported before reviews existed): import the same file again to keep its text`);
  return { id: r.id, projectId: r.project_id, title: r.title, sourcePath: r.source_path, text: t.text, keys: familyKeys({ format: 'markdown', tool: null, title: r.title, sourcePath: r.source_path }) };
}

/** the extractor's reading of a kept text, once per text (corrections re-read the same text) */
const extractions = new Map<string, { report: ParsedReport; rejected: Rejected[] }>();
function extraction(text: string, name: string) {
  let e = extractions.get(text);
  if (!e) {
    e = explainMarkdown(text, name);
    if (extractions.size >= 8) extractions.delete(extractions.keys().next().value!);
    extractions.set(text, e);
  }
  return e;
}

function outcomeOf(r: KeptReport, rules: readonly Rule[]): RuleOutcome {
  const ex = extraction(r.text, r.sourcePath);
  return applyRules(r.text, ex.report, ex.rejected, rules.filter((x) => ruleAppliesTo(x.family, r.keys)));
}

type Row = Pick<Selectable<FindingsTable>, 'id' | 'fingerprint' | 'title' | 'severity' | 'status'>;
const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** the rows of the report the findings of an outcome are (by fingerprint, then by title) */
function rowsOf(core: CoreContext, r: KeptReport, findings: readonly ParsedFinding[]): Array<Row | null> {
  const rows = core.runner.all(core.db.selectFrom('findings').select(['id', 'fingerprint', 'title', 'severity', 'status']).where('report_id', '=', r.id).orderBy('id'));
  const byFp = new Map(rows.map((x) => [x.fingerprint, x]));
  const used = new Set<number>();
  const fps = fingerprintAll('markdown', findings, pathOptions(core, r.projectId));
  const out = fps.map((fp) => {
    const row = byFp.get(fp);
    if (row) used.add(row.id);
    return row ?? null;
  });
  return out.map((row, i) => {
    if (row) return row;
    const t = norm(findings[i].title);
    const other = rows.find((x) => !used.has(x.id) && norm(x.title) === t) ?? null;
    if (other) used.add(other.id);
    return other;
  });
}

/** What the review screen shows of a report under the project's current rules. */
export function reviewOf(core: CoreContext, reportId: number): ReviewView {
  const r = keptReport(core, reportId);
  const all = projectRules(core, r.projectId);
  const rules = all.filter((x) => ruleAppliesTo(x.family, r.keys));
  const out = outcomeOf(r, rules);
  const rows = rowsOf(core, r, out.report.findings);
  const byBlock = new Map(out.findings.map((e, i) => [e.block?.index, i] as const));
  const blocks: ReviewBlock[] = out.blocks.map((b) => {
    const i = byBlock.get(b.index);
    const base = { index: b.index, kind: b.kind, startLine: b.startLine, endLine: b.endLine, text: b.text, tableHead: b.tableHead, heading: b.heading, set: b.set };
    if (i !== undefined) {
      const e = out.findings[i];
      const f = e.finding;
      const conf = e.origin === 'rule' ? 1 : (f.confidence ?? null);
      return {
        ...base,
        state: 'finding' as const,
        findingId: rows[i]?.id ?? null,
        title: f.title,
        severity: f.severity,
        severityText: f.severityText,
        status: (rows[i]?.status ?? f.status) as Status,
        confidence: conf,
        low: conf !== null && conf < LOW_CONFIDENCE,
        reason: e.origin === 'rule' ? 'taken by a rule' : `taken for: ${f.source?.reasons.join(', ') || '-'}`,
        rules: e.rules,
        lastLine: f.source?.endLine ?? b.endLine,
      };
    }
    const rj = out.rejected.get(b.index);
    const dropRule = out.dropped.get(b.index);
    return {
      ...base,
      state: dropRule !== undefined ? ('dropped' as const) : rj ? ('rejected' as const) : ('plain' as const),
      findingId: null,
      title: rj?.finding?.title ?? null,
      severity: null,
      severityText: null,
      status: null,
      confidence: null,
      low: false,
      reason: dropRule !== undefined ? 'not a finding (a rule)' : rj ? `${rj.reason}${rj.fields.length ? ` (stated: ${rj.fields.join(', ')})` : ''}` : null,
      rules: dropRule !== undefined ? [dropRule] : [],
      lastLine: b.endLine,
    };
  });
  return {
    report: { id: r.id, projectId: r.projectId, title: r.title, sourcePath: r.sourcePath },
    blocks,
    rules,
    applied: out.applied,
    text: r.text,
  };
}

// ---- applying a change of the rules to the findings ---------------------------------------

const LOCATION_COLUMNS = ['start_line', 'end_line', 'start_column', 'end_column'] as const;

function locationsOf(core: CoreContext, findingId: number): Location[] {
  return core.runner
    .all(core.db.selectFrom('locations').select(LOCATION_COLUMNS).select(locationPath('locations').as('path')).where('finding_id', '=', findingId).orderBy('ordinal'))
    .map((l) => ({ path: l.path, startLine: l.start_line, endLine: l.end_line, startColumn: l.start_column, endColumn: l.end_column }));
}

const sameLocations = (a: readonly Location[], b: readonly Location[]) =>
  a.length === b.length && a.every((l, i) => l.path === b[i].path && (l.startLine ?? null) === (b[i].startLine ?? null));

/** a finding row as it stands, for bringing it back on redo */
export interface FindingSnapshot {
  row: Selectable<FindingsTable>;
  locations: Location[];
}

function snapshotOf(core: CoreContext, id: number): FindingSnapshot {
  return { row: core.runner.first(core.db.selectFrom('findings').selectAll().where('id', '=', id))!, locations: locationsOf(core, id) };
}

/** undo of a finding a rule added: the row goes (its links cascade) */
export function removeFinding(core: CoreContext, id: number): void {
  ftsDeleteFindings(core.runner, [id]);
  core.runner.run(findingRepository(core.db).remove(id));
}

/** redo: the row comes back with its id */
export function restoreFinding(core: CoreContext, s: FindingSnapshot): void {
  if (core.runner.first(core.db.selectFrom('findings').select('id').where('id', '=', s.row.id))) return;
  core.runner.run(findingRepository(core.db).insert(s.row));
  insertLocations(core, s.row.id, s.locations);
  ftsIndexFindings(core.runner, [s.row.id]);
}

/** replaces a finding's locations (a rule's location edit, its undo and redo) */
export function setLocations(core: CoreContext, id: number, locations: readonly Location[]): void {
  core.runner.run(findingRepository(core.db).clearLocations(id));
  insertLocations(core, id, locations);
}

/** Brings the findings of one report from what `before` rules make of it to what `after` make of it. Returns the findings touched. */
function reconcile(core: CoreContext, log: EventWriter, r: KeptReport, before: readonly Rule[], after: readonly Rule[]): number {
  const A = outcomeOf(r, before);
  const B = outcomeOf(r, after);
  const rowsA = rowsOf(core, r, A.report.findings);
  const key = (e: RuleOutcome['findings'][number]) => (e.block ? `b${e.block.index}` : `t${norm(e.finding.title)}`);
  const inA = new Map(A.findings.map((e, i) => [key(e), { e, row: rowsA[i] }] as const));
  const inB = new Set(B.findings.map(key));
  const projectId = r.projectId;
  const write = (id: number, action: string, field: string | null, oldValue: unknown, newValue: unknown) =>
    log.write({ projectId, entity: 'finding', entityId: id, action, field, oldValue, newValue });
  const now = core.now();
  let touched = 0;
  const setField = (row: Row, field: 'title' | 'severity' | 'status', column: 'title' | 'severity' | 'status', value: unknown) => {
    const old = row[column];
    if ((old ?? null) === (value ?? null)) return false;
    if (field === 'title') ftsDeleteFindings(core.runner, [row.id]);
    core.runner.run(findingRepository(core.db).update(row.id, { [column]: value, updated_at: now }));
    if (field === 'title') ftsIndexFindings(core.runner, [row.id]);
    write(row.id, 'update', field, old, value);
    return true;
  };
  const rowsB = rowsOf(core, r, B.report.findings);
  const opts = pathOptions(core, projectId);
  B.findings.forEach((e, i) => {
    const a = inA.get(key(e));
    const f = e.finding;
    const row = a?.row ?? rowsB[i];
    if (a && a.row) {
      let changed = false;
      const was = a.e.finding;
      if (was.title !== f.title) changed = setField(a.row, 'title', 'title', f.title) || changed;
      if (was.severity !== f.severity) changed = setField(a.row, 'severity', 'severity', f.severity) || changed;
      if (was.status !== f.status) changed = setField(a.row, 'status', 'status', f.status) || changed;
      if (!sameLocations(was.locations, f.locations)) {
        const old = locationsOf(core, a.row.id);
        setLocations(core, a.row.id, f.locations);
        write(a.row.id, 'locations.set', 'locations', old, f.locations);
        changed = true;
      }
      if (changed) touched++;
      return;
    }
    if (row) {
      // a finding a rule had set aside comes back
      if (row.status === 'false_positive' && f.status !== 'false_positive' && setField(row, 'status', 'status', f.status)) touched++;
      return;
    }
    const parsed: ParsedReport = { report: { title: r.title, date: null, format: 'markdown', repairs: [], claims: null }, findings: [f], checklists: [], fixOrder: [] };
    const fp = fingerprintAll('markdown', [f], opts);
    const { ids } = insertFindings(core, projectId, r.id, parsed, [0], fp, opts);
    ftsIndexFindings(core.runner, ids);
    write(ids[0], 'finding.add', null, null, snapshotOf(core, ids[0]));
    touched++;
  });
  for (const [k, { row }] of inA) {
    if (inB.has(k) || !row) continue;
    if (setField(row, 'status', 'status', 'false_positive')) touched++;
  }
  return touched;
}

/** the Markdown reports of the project with a kept text that a rule of this family applies to */
function reportsFor(core: CoreContext, projectId: number, family: readonly string[] | null): KeptReport[] {
  const ids = core.runner.all(
    core.db.selectFrom('reports as r').innerJoin('report_texts as t', 't.report_id', 'r.id').select('r.id').where('r.project_id', '=', projectId).where('r.format', '=', 'markdown').orderBy('r.id'),
  );
  return ids.map((x) => keptReport(core, x.id)).filter((r) => ruleAppliesTo(family, r.keys));
}

/** One undoable change of the rules: `change` edits the rules table; the findings follow. */
function changeRules(core: CoreContext, projectId: number, reason: string, change: (log: EventWriter) => Array<string[] | null>): number {
  return core.runner.tx(() => {
    const log = eventWriter(core, reason);
    log.discardRedo(projectId);
    const before = projectRules(core, projectId);
    const families = change(log);
    const after = projectRules(core, projectId);
    const seen = new Set<number>();
    let touched = 0;
    for (const family of families) {
      for (const r of reportsFor(core, projectId, family)) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        touched += reconcile(core, log, r, before, after);
      }
    }
    return touched;
  });
}

const ruleEvent = (log: EventWriter, projectId: number, id: number, field: 'enabled' | 'deleted', oldValue: number, newValue: number) =>
  log.write({ projectId, entity: 'rule', entityId: id, action: 'rule.update', field, oldValue, newValue });

/** Adds rules (a correction, a rules file), deleting the ones they make redundant (`supersedes`); one undoable step. */
export function addRules(core: CoreContext, projectId: number, rules: readonly NewRule[], supersedes: readonly Rule[] = []): { rules: Rule[]; touched: number } {
  const added: Rule[] = [];
  const reason = rules.length === 1 ? `rule: ${rules[0].label || ruleLabel(rules[0].spec)}` : `rules imported (${rules.length})`;
  const touched = changeRules(core, projectId, reason, (log) => {
    for (const old of supersedes) {
      core.runner.run(ruleRepository(core.db).setState(old.id, { deleted: 1 }));
      ruleEvent(log, projectId, old.id, 'deleted', 0, 1);
    }
    return rules.map((nr) => {
      const rule = insertRule(core, projectId, nr);
      ruleEvent(log, projectId, rule.id, 'deleted', 1, 0);
      added.push(rule);
      return rule.family;
    });
  });
  return { rules: added, touched };
}

/** Turns a rule on or off, or deletes it; one undoable step. */
export function setRuleState(core: CoreContext, id: number, state: { enabled?: boolean; deleted?: boolean }): { rule: Rule; touched: number } {
  const row = core.runner.first(ruleRepository(core.db).get(id));
  if (!row || row.deleted) throw notFound(`rule ${id}`);
  const rule = ruleOf(row);
  const verb = state.deleted ? 'deleted' : state.enabled ? 'turned on' : 'turned off';
  const touched = changeRules(core, row.project_id, `rule ${verb}: ${rule.label}`, (log) => {
    if (state.enabled !== undefined && (row.enabled === 1) !== state.enabled) {
      core.runner.run(ruleRepository(core.db).setState(id, { enabled: state.enabled ? 1 : 0 }));
      ruleEvent(log, row.project_id, id, 'enabled', row.enabled, state.enabled ? 1 : 0);
    }
    if (state.deleted) {
      core.runner.run(ruleRepository(core.db).setState(id, { deleted: 1 }));
      ruleEvent(log, row.project_id, id, 'deleted', 0, 1);
    }
    return [rule.family];
  });
  return { rule: ruleOf(core.runner.first(ruleRepository(core.db).get(id))!), touched };
}

/** a rule's state change replayed by undo / redo (core/service/handlers/history.ts) */
export function replayRuleEvent(core: CoreContext, id: number, field: string | null, value: unknown): void {
  if (field !== 'enabled' && field !== 'deleted') return;
  core.runner.run(ruleRepository(core.db).setState(id, { [field]: Number(value) ? 1 : 0 }));
}

// ---- corrections from the review screen ---------------------------------------------------

/** A correction made in the review of `reportId`, kept as a rule of its family (or the project's), applied now. */
export function correct(core: CoreContext, reportId: number, c: Correction): { rule: Rule; touched: number } {
  const r = keptReport(core, reportId);
  const out = outcomeOf(r, projectRules(core, r.projectId));
  const pick = (indexes: readonly number[]) =>
    indexes.map((i) => {
      const b = out.blocks[i];
      if (!b) throw new CoreError('invalid_input', `report ${reportId} has no block ${i}`);
      if (b.kind === 'other') throw new CoreError('invalid_input', `block ${i} (line ${b.startLine}) is code or a table header: it cannot be a finding`);
      return { heading: b.heading, kind: b.kind, key: b.key };
    });
  let spec: RuleSpec;
  if (c.action === 'severity') spec = { kind: 'severity', word: c.word, severity: c.severity };
  else {
    const targets = pick(c.blocks);
    if (!targets.length) throw new CoreError('invalid_input', 'choose a block');
    if (c.action === 'take' || c.action === 'drop') spec = { kind: c.action, target: c.all ? { ...targets[0], key: null } : targets[0] };
    else if (c.action === 'merge') {
      if (targets.length < 2) throw new CoreError('invalid_input', 'merge needs two findings or more');
      spec = { kind: 'merge', targets };
    } else if (c.action === 'split') spec = { kind: 'split', target: targets[0] };
    else if (c.action === 'edit') spec = { kind: 'edit', target: targets[0], patch: c.patch };
    else throw new CoreError('invalid_input', 'unknown correction');
  }
  const project = c.action === 'severity' && c.scope === 'project';
  const family = project ? null : r.keys;
  // "all like this one" makes the rules about single blocks of that set redundant: they go in the same step
  const t = spec.kind === 'take' || spec.kind === 'drop' ? spec.target : null;
  const supersedes =
    t && t.key === null
      ? projectRules(core, r.projectId).filter((x) => x.spec.kind === spec.kind && 'target' in x.spec && x.spec.target.key !== null && x.spec.target.heading === t.heading && x.spec.target.kind === t.kind && JSON.stringify(x.family) === JSON.stringify(family))
      : [];
  const res = addRules(core, r.projectId, [{ spec, family, familyLabel: project ? null : (r.title ?? r.sourcePath) }], supersedes);
  return { rule: res.rules[0], touched: res.touched };
}
