// Ingest with re-runs: the one code path behind `punchlist ingest`, the serve host's API and the app's
// drop and menu import (issues 6 and 19). A file that is a newer version of a report of the project
// (the family rule, shared/report-family.ts) updates that report unless the caller asks for a new one:
//
// - Findings are matched by fingerprint (then by identical normalized title); a match keeps its row,
//   so every user decision stays: status, severity override, effort, notes, plan position,
//   dependencies, checklist links, merges. Report-owned fields (title, body, severity text,
//   locations, rule, ref, category) update, each change logged as a `report.update` event; fields the
//   user never changed (status, severity, phase, deployment block, effort not set by the user) follow
//   the report.
// - New findings are added; findings the new version no longer has are kept and marked "not in
//   latest report" (table finding_absence), closed only when asked (closeAbsent, or the app's
//   one-action findings.closeAbsent), with the reason "not in latest report".
// - Each version is a row of report_versions with what it changed (core/ingest/versions.ts), so a
//   later run can be compared with any earlier version (`baseline`) and the SARIF export can say
//   new / unchanged / updated / absent.
//
// Fast on big logs: a row stores a digest of what the report said about it, so the findings a new
// version repeats are recognised without reading their rows, and only the changed ones are written
// and re-indexed (a 200,000-result SARIF with 1% changed: bench/reingest.ts).
import type { Selectable } from 'kysely';
import { findingBody, splitBody } from '../../db/finding-body';
import { locationPath } from '../../db/location-path';
import { ftsDeleteFindings, ftsIndexFindings } from '../../db/fts';
import { duplicateRepository } from '../../db/repositories/duplicate-repository';
import type { FindingsTable } from '../../db/schema';
import type { IngestFileResult, IngestGate, IngestUpdate, ReingestCounts, ReingestPreview, UpdateCounts } from '../../shared/api';
import { familyReason } from '../../shared/report-family';
import { updateCountsText } from '../../shared/updates';
import { SEVERITIES, type Location, type ParsedFinding, type ParsedReport } from '../../shared/types';
import { CoreError, type CoreContext } from '../service/context';
import { eventWriter, type EventWriter } from '../service/events';
import { Cancelled, checkpoint } from '../service/job';
import { patchFindings } from '../service/handlers/findings-update';
import { fromBool } from '../service/mappers';
import { fingerprintAll, normalizePath, Occurrences, occurrenceFingerprint, reportDigest, type PathOptions } from './fingerprint';
import { readReportFile } from './files';
import { parseWithRules, reportText } from './rule-store';
import { looksLikePunchlistExport } from '../export/json';
import { appliedText, type AppliedRule } from './rules';
import { ruleRepository } from '../../db/repositories/rule-repository';
import { checklistRepository } from '../../db/repositories/checklist-repository';
import { dependencyRepository, findingRepository, nextVersion } from '../../db/repositories/finding-repository';
import { reportRepository } from '../../db/repositories/report-repository';
import { parseReportBytes } from './index';
import { partsTotal, reportParts, SARIF_STREAM_MIN_BYTES } from './sarif-stream';
import {
  errorText,
  findReportBySha,
  insertFindings,
  insertLocations,
  pathOptions,
  refsIn,
  reportColumns,
  ruleTextIds,
  sha256Hex,
  storeParsedReport,
  type ReportParser,
} from './store';
import { encodeDelta, lastEventId, membersAt, reportVersions, resolveVersion, versionEventMark } from './versions';
import { isRefusal, refusalMessage } from '../service/refusal';

export type { ReingestCounts, ReingestPreview };

/** the reason findings closed for being absent from the latest version carry (an automatic close, not a decision) */
export const ABSENT_REASON = 'not in latest report';

/** the report a file is taken for a newer version of, and why */
export type PreviousReport = NonNullable<ReingestPreview['previous']>;

export interface ReingestInput {
  name: string;
  bytes: Uint8Array;
}

/** What to do with a file (see `ingestChoices` in shared/api.ts). */
export interface IngestChoices {
  asNew?: boolean;
  reportId?: number;
  dryRun?: boolean;
  closeAbsent?: boolean;
  baseline?: string;
  /**
   * the app asks first (ingest.bytes `confirmUpdate`): a newer version of a report found by the family
   * rule is answered as a dry run would (nothing written); anything else is ingested at once
   */
  askUpdate?: boolean;
}

const previousReport = (
  r: { id: number; title: string | null; source_path: string; format: string; tool: string | null },
  reason: string,
): PreviousReport => ({ id: r.id, title: r.title, sourcePath: r.source_path, format: r.format, tool: r.tool, reason });

/** The report of the project that `name` + `parsed` are a newer version of (the family rule), if any. */
export function findPreviousVersion(core: CoreContext, projectId: number, name: string, parsed: ParsedReport): PreviousReport | null {
  const rows = core.runner.all(
    core.db.selectFrom('reports').select(['id', 'title', 'source_path', 'format', 'tool']).where('project_id', '=', projectId).orderBy('id', 'desc'),
  );
  const me = { format: parsed.report.format, tool: parsed.report.tool ?? null, title: parsed.report.title ?? null, sourcePath: name };
  let best: PreviousReport | null = null;
  for (const r of rows) {
    const reason = familyReason(me, { format: r.format, tool: r.tool, title: r.title, sourcePath: r.source_path });
    if (reason === 'same path') return previousReport(r, reason);
    if (reason && !best) best = previousReport(r, reason);
  }
  return best;
}

// ---- matching a new version against the report's findings (reads only) ------------------------

/** the columns of a finding that comparing and applying a newer version read */
const OLD_FINDING_COLUMNS = [
  'id', 'fingerprint', 'ref', 'title', 'severity', 'severity_text', 'status', 'phase', 'category', 'rule_id',
  'blocks_deployment', 'effort_min_hours', 'effort_max_hours', 'effort_source', 'effort_text', 'baseline_state', 'suppression',
] as const;
/** …and the whole body, as shown (db/finding-body.ts) */
type OldFinding = Pick<Selectable<FindingsTable>, (typeof OLD_FINDING_COLUMNS)[number] | 'body'>;

/** what matching reads of every finding of the report */
interface OldLite {
  id: number;
  fingerprint: string;
  digest: string | null;
}

/** a matched finding whose row the new version changes */
interface Match {
  /** index into plan.findings */
  k: number;
  old: OldFinding;
  /** report-owned fields that differ ('locations' among them when it moved) */
  changed: string[];
  /** the finding was marked "not in latest report" */
  back: boolean;
}

export interface ReingestPlan {
  projectId: number;
  reportId: number;
  report: ParsedReport['report'];
  checklists: ParsedReport['checklists'];
  /** the findings of the new version that need writing (new, or matched with a change); the rest are unchanged rows */
  findings: ParsedFinding[];
  fps: string[];
  opts: PathOptions;
  matches: Match[];
  /** indexes into `findings` of new findings */
  added: number[];
  /** matched findings the new version repeats exactly, by digest (nothing to write) */
  unchanged: number[];
  /** findings of the report the new version does not have */
  absent: Array<{ id: number; title: string; newlyGone: boolean }>;
  /** ref → id of every matched finding (dependencies and checklist links of new findings) */
  refs: Map<string, number>;
  /** matched findings with a decision of someone's */
  decisionsKept: number;
  counts: UpdateCounts;
  /** the counts the app's re-ingest API reported before issue 19 */
  legacyCounts: ReingestCounts;
  /** baseline: the version compared with (a comparison never writes) */
  baseline: IngestUpdate['baseline'];
}

const normTitle = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function locationsOf(f: ParsedFinding, opts: PathOptions): Location[] {
  return f.locations.map((l) => ({
    path: normalizePath(l.path, opts),
    startLine: l.startLine ?? null,
    endLine: l.endLine ?? null,
    startColumn: l.startColumn ?? null,
    endColumn: l.endColumn ?? null,
  }));
}

/** rows of `ids` by chunks of 500 (SQLite's bound-parameter limit) */
function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) for (const r of read(ids.slice(i, i + 500))) out.push(r);
  return out;
}

function locationsByFinding(core: CoreContext, ids: readonly number[]): Map<number, Location[]> {
  const out = new Map<number, Location[]>();
  const rows = inChunks(ids, (chunk) =>
    core.runner.all(
      core.db
        .selectFrom('locations')
        .select(['finding_id', locationPath('locations').as('path'), 'start_line', 'end_line', 'start_column', 'end_column'])
        .where('finding_id', 'in', chunk)
        .orderBy('finding_id')
        .orderBy('ordinal'),
    ),
  );
  for (const l of rows) {
    const list = out.get(l.finding_id) ?? [];
    list.push({ path: l.path, startLine: l.start_line, endLine: l.end_line, startColumn: l.start_column, endColumn: l.end_column });
    out.set(l.finding_id, list);
  }
  return out;
}

/** report-owned fields of a finding: [field, column, old value, new value] */
function reportFields(old: OldFinding, f: ParsedFinding): Array<[string, string, unknown, unknown]> {
  return [
    ['title', 'title', old.title, f.title],
    ['body', 'body', old.body, f.body ?? ''],
    ['severityText', 'severity_text', old.severity_text, f.severityText ?? null],
    ['ref', 'ref', old.ref, f.ref ?? null],
    ['ruleId', 'rule_id', old.rule_id, f.ruleId ?? null],
    ['category', 'category', old.category, f.category ?? null],
    ['baselineState', 'baseline_state', old.baseline_state, f.baselineState ?? null],
    ['suppression', 'suppression', old.suppression, f.suppression ? JSON.stringify(f.suppression) : null],
  ];
}

/** findings (of `ids`) with a live decision of someone's: any change recorded in their history but the report's own and automatic closes */
function decidedAmong(core: CoreContext, reportId: number): Set<number> {
  const rows = core.runner.all(
    core.db
      .selectFrom('events as e')
      .innerJoin('findings as f', 'f.id', 'e.entity_id')
      .select('e.entity_id')
      .distinct()
      .where('e.entity', '=', 'finding')
      .where('f.report_id', '=', reportId)
      .where('e.undone', '=', 0)
      .where('e.action', 'not like', 'report.%')
      .where((eb) => eb.or([eb('e.reason', 'is', null), eb('e.reason', '!=', ABSENT_REASON)])),
  );
  return new Set(rows.map((r) => r.entity_id));
}

/** fields of these findings that a user changed (a live `update` event): they are not the report's to set */
function userSetFields(core: CoreContext, ids: readonly number[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const rows = inChunks(ids, (chunk) =>
    core.runner.all(
      core.db
        .selectFrom('events')
        .select(['entity_id', 'field'])
        .where('entity', '=', 'finding')
        .where('action', '=', 'update')
        .where('undone', '=', 0)
        .where((eb) => eb.or([eb('reason', 'is', null), eb('reason', '!=', ABSENT_REASON)]))
        .where('entity_id', 'in', chunk),
    ),
  );
  for (const r of rows) {
    if (!r.field) continue;
    const set = out.get(r.entity_id) ?? new Set<string>();
    set.add(r.field);
    out.set(r.entity_id, set);
  }
  return out;
}

/** findings (of `ids`) whose status was last set by a close for being absent: the status they had before */
function closedForAbsence(core: CoreContext, ids: readonly number[]): Map<number, string> {
  const rows = inChunks(ids, (chunk) =>
    core.runner.all(
      core.db
        .selectFrom('events')
        .select(['entity_id', 'old_value', 'reason'])
        .where('entity', '=', 'finding')
        .where('action', '=', 'update')
        .where('field', '=', 'status')
        .where('undone', '=', 0)
        .where('entity_id', 'in', chunk)
        .orderBy('id', 'desc'),
    ),
  );
  const latest = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.entity_id)) latest.set(r.entity_id, r);
  const out = new Map<number, string>();
  for (const [id, r] of latest) if (r.reason === ABSENT_REASON && r.old_value) out.set(id, JSON.parse(r.old_value) as string);
  return out;
}

/** the fields of a matched finding that follow the report because no one set them: [field, column, new value] */
function followWrites(old: OldFinding, f: ParsedFinding, user: ReadonlySet<string>): Array<[string, keyof OldFinding, unknown]> {
  const follow: Array<[string, keyof OldFinding, unknown]> = [
    ['severity', 'severity', f.severity ?? null],
    ['status', 'status', f.status ?? 'open'],
    ['phase', 'phase', f.phase ?? null],
    ['blocksDeployment', 'blocks_deployment', fromBool(f.blocksDeployment)],
  ];
  return follow.filter(([field, column, value]) => {
    if (user.has(field) || (old[column] ?? null) === value) return false;
    return !(field === 'status' && old.status === 'duplicate'); // a merge decided that
  });
}

/** the latest version's delta is missing: the report was stored before issue 19 (fingerprints without the rule) */
function storedBeforeDeltas(core: CoreContext, reportId: number): boolean {
  const v = core.runner.first(
    core.db.selectFrom('report_versions').select('delta').where('report_id', '=', reportId).orderBy('id', 'desc').limit(1),
  );
  return !v || v.delta === null;
}

interface ReportChange {
  field: string | null;
  old: unknown;
}

/** the report's own changes to its findings after event `mark`, newest first, per finding */
function reportChangesSince(core: CoreContext, reportId: number, mark: number): Map<number, ReportChange[]> {
  const rows = core.runner.all(
    core.db
      .selectFrom('events as e')
      .innerJoin('findings as f', 'f.id', 'e.entity_id')
      .select(['e.entity_id', 'e.field', 'e.old_value'])
      .where('e.entity', '=', 'finding')
      .where('f.report_id', '=', reportId)
      .where('e.action', '=', 'report.update')
      .where('e.id', '>', mark)
      .orderBy('e.id', 'desc'),
  );
  const out = new Map<number, ReportChange[]>();
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    list.push({ field: r.field, old: r.old_value === null ? null : JSON.parse(r.old_value) });
    out.set(r.entity_id, list);
  }
  return out;
}

/** event field → findings column, for the fields a report sets */
const FIELD_COLUMN: Record<string, keyof OldFinding> = {
  title: 'title',
  body: 'body',
  severityText: 'severity_text',
  ref: 'ref',
  ruleId: 'rule_id',
  category: 'category',
  baselineState: 'baseline_state',
  suppression: 'suppression',
  severity: 'severity',
  status: 'status',
  phase: 'phase',
  blocksDeployment: 'blocks_deployment',
};

/** a finding's row and locations as they were before `changes` (newest first) */
function rewind(row: OldFinding | undefined, locs: Map<number, Location[]>, id: number, changes: readonly ReportChange[]) {
  if (!row) return;
  const r = row as Record<string, unknown>;
  for (const c of changes) {
    if (c.field === 'locations') locs.set(id, c.old as Location[]);
    else if (c.field === 'effort' && Array.isArray(c.old)) [r.effort_min_hours, r.effort_max_hours] = c.old as number[];
    else if (c.field && FIELD_COLUMN[c.field]) r[FIELD_COLUMN[c.field]] = c.old;
  }
}

/**
 * Matches a parsed newer version against report `reportId` (or, with `baselineName`, against the
 * findings that earlier version had); reads only.
 */
export function planReingest(core: CoreContext, projectId: number, reportId: number, parsed: ParsedReport, baselineName?: string): ReingestPlan {
  const { db, runner } = core;
  const report = runner.first(db.selectFrom('reports').select(['id', 'project_id', 'title', 'source_path']).where('id', '=', reportId));
  if (!report || report.project_id !== projectId) throw new CoreError('not_found', `report ${reportId} not found in project ${projectId}`);
  const opts = pathOptions(core, projectId);
  const format = parsed.report.format;
  let olds: OldLite[] = runner
    .all(db.selectFrom('findings').select(['id', 'fingerprint', 'report_digest']).where('report_id', '=', reportId).orderBy('id'))
    .map((r) => ({ id: r.id, fingerprint: r.fingerprint, digest: r.report_digest }));
  const absentNow = new Set(runner.all(duplicateRepository(db).absentIds(projectId, reportId)).map((r) => r.finding_id));

  // a comparison with an earlier version: the findings it had, all present then, as the report said then
  let baseline: IngestUpdate['baseline'] = null;
  let since = new Map<number, ReportChange[]>();
  if (baselineName !== undefined) {
    const label = `report "${report.title ?? report.source_path}"`;
    const versions = reportVersions(core, reportId);
    const v = resolveVersion(versions, baselineName, label);
    const members = membersAt(versions, v, olds.map((o) => o.id), label);
    olds = olds.filter((o) => members.has(o.id));
    absentNow.clear();
    baseline = { number: v.number, sha256: v.sha256, sourcePath: v.sourcePath, appliedAt: v.appliedAt };
    since = reportChangesSince(core, reportId, versionEventMark(core, reportId, v));
  }

  const byFp = new Map<string, OldLite[]>();
  for (const o of olds) {
    const list = byFp.get(o.fingerprint);
    if (list) list.push(o);
    else byFp.set(o.fingerprint, [o]);
  }
  const used = new Set<number>();
  const take = (fp: string) => {
    const o = byFp.get(fp)?.find((c) => !used.has(c.id));
    if (o) used.add(o.id);
    return o;
  };
  const legacy = format !== 'markdown' && storedBeforeDeltas(core, reportId);

  // pass 1, streaming through the new version (a big SARIF log slice by slice): a finding whose
  // fingerprint and digest are those of an old row is settled here, and not kept
  let pool: ParsedFinding[] = [];
  const poolFps: string[] = [];
  const poolPlain: string[] = [];
  const poolLegacy: string[] = [];
  const matchOf = new Map<number, OldLite>(); // pool index → old
  const pending: number[] = [];
  const unchanged: number[] = [];
  const refs = new Map<string, number>();
  const seen = new Occurrences();
  const seenLegacy = new Occurrences();
  const plains: string[] = [];
  for (const part of reportParts(parsed)) {
    const single = part === parsed;
    const fps = fingerprintAll(format, part.findings, opts, seen, false, plains);
    const legacyFps = legacy ? fingerprintAll(format, part.findings, opts, seenLegacy, true) : null;
    part.findings.forEach((f, i) => {
      const o = byFp.get(fps[i])?.find((c) => !used.has(c.id));
      if (o && !absentNow.has(o.id) && !since.has(o.id) && o.digest !== null && o.digest === reportDigest(f, opts)) {
        used.add(o.id);
        unchanged.push(o.id);
        if (f.ref && !refs.has(f.ref)) refs.set(f.ref, o.id);
        return;
      }
      const k = single ? i : pool.push(f) - 1;
      poolFps[k] = fps[i];
      poolPlain[k] = plains[i];
      if (legacyFps) poolLegacy[k] = legacyFps[i];
      pending.push(k);
    });
    if (single) pool = part.findings;
  }

  // pass 1c: findings a report repeats (one rule, one place, one message) share a fingerprint but
  // for their occurrence number; one that moved or went away shifts the numbers of the rest. Among
  // a repeated group, a row the new finding repeats exactly comes first, then the rows in order.
  const groups = new Map<string, OldLite[]>();
  const groupOf = (plain: string): OldLite[] => {
    let g = groups.get(plain);
    if (!g) {
      g = [];
      for (let n = 0, list = byFp.get(plain); list; list = byFp.get(occurrenceFingerprint(plain, ++n))) g.push(...list);
      groups.set(plain, g);
    }
    return g;
  };
  for (const k of pending) {
    const d = reportDigest(pool[k], opts);
    const o = groupOf(poolPlain[k]).find((c) => !used.has(c.id) && c.digest === d && !since.has(c.id));
    if (o) {
      used.add(o.id);
      matchOf.set(k, o);
    }
  }
  let rest = pending.filter((k) => {
    if (matchOf.has(k)) return false;
    const o = groupOf(poolPlain[k]).find((c) => !used.has(c.id));
    if (o) {
      used.add(o.id);
      matchOf.set(k, o);
    }
    return !o;
  });

  // pass 1b: rows stored before issue 19 carry the tool fingerprints without the rule
  if (legacy && rest.length) {
    rest = rest.filter((k) => {
      const o = take(poolLegacy[k]);
      if (o) matchOf.set(k, o);
      return !o;
    });
  }
  // pass 2: the same normalized title, when it names exactly one unmatched finding on each side
  const restOld = olds.filter((o) => !used.has(o.id));
  if (rest.length && restOld.length) {
    const titles = new Map(
      inChunks(restOld.map((o) => o.id), (chunk) => runner.all(db.selectFrom('findings').select(['id', 'title']).where('id', 'in', chunk))).map((r) => [
        r.id,
        normTitle(r.title),
      ]),
    );
    const count = (list: string[]) => list.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
    const newTitles = count(rest.map((k) => normTitle(pool[k].title)));
    const oldTitles = count([...titles.values()]);
    const oldByTitle = new Map(restOld.map((o) => [titles.get(o.id)!, o]));
    rest = rest.filter((k) => {
      const t = normTitle(pool[k].title);
      const o = oldByTitle.get(t);
      if (!t || !o || newTitles.get(t) !== 1 || oldTitles.get(t) !== 1 || used.has(o.id)) return true;
      used.add(o.id);
      matchOf.set(k, o);
      return false;
    });
  }
  for (const [k, o] of matchOf) {
    const ref = pool[k].ref;
    if (ref && !refs.has(ref)) refs.set(ref, o.id);
  }

  // the matched findings with something to write: what changed, field by field
  const matchedIds = [...matchOf.values()].map((o) => o.id);
  const oldRows = new Map(
    inChunks(matchedIds, (chunk) => runner.all(db.selectFrom('findings').select(OLD_FINDING_COLUMNS).select(findingBody().as('body')).where('id', 'in', chunk))).map((r) => [r.id, r]),
  );
  const oldLocs = locationsByFinding(core, matchedIds);
  for (const [id, changes] of since) rewind(oldRows.get(id), oldLocs, id, changes);
  const userSet = userSetFields(core, matchedIds);
  const matches: Match[] = [];
  let moved = 0;
  let edited = 0;
  let back = 0;
  let same = 0; // matched with nothing the user sees changed (a fingerprint or digest to store)
  for (const [k, lite] of [...matchOf.entries()].sort((a, b) => a[0] - b[0])) {
    const old = oldRows.get(lite.id)!;
    const f = pool[k];
    const changed = reportFields(old, f)
      .filter(([, , a, b]) => (a ?? null) !== (b ?? null))
      .map(([name]) => name);
    if (JSON.stringify(oldLocs.get(old.id) ?? []) !== JSON.stringify(locationsOf(f, opts))) changed.push('locations');
    const isBack = absentNow.has(old.id);
    matches.push({ k, old, changed, back: isBack });
    if (isBack) back++;
    else if (changed.includes('locations')) moved++;
    else if (changed.length || followWrites(old, f, userSet.get(old.id) ?? new Set()).length) edited++;
    else same++;
  }

  const absentIds = olds.filter((o) => !used.has(o.id)).map((o) => o.id);
  const absentTitles = new Map(
    inChunks(absentIds, (chunk) => runner.all(db.selectFrom('findings').select(['id', 'title']).where('id', 'in', chunk))).map((r) => [r.id, r.title]),
  );
  const absent = absentIds.map((id) => ({ id, title: absentTitles.get(id) ?? '', newlyGone: !absentNow.has(id) }));
  const decided = decidedAmong(core, reportId);
  const decisionsKept = unchanged.filter((id) => decided.has(id)).length + matches.filter((m) => decided.has(m.old.id)).length;
  const gone = absent.filter((a) => a.newlyGone).length;
  return {
    projectId,
    reportId,
    report: parsed.report,
    checklists: parsed.checklists,
    findings: pool,
    fps: poolFps,
    opts,
    matches,
    added: rest,
    unchanged,
    absent,
    refs,
    decisionsKept,
    baseline,
    counts: {
      new: rest.length,
      back,
      gone,
      stillAbsent: absent.length - gone,
      moved,
      changed: edited,
      unchanged: unchanged.length + same,
      decisionsKept,
      closed: 0,
    },
    legacyCounts: {
      matched: unchanged.length + matches.length,
      changed: matches.filter((m) => m.changed.length > 0).length,
      added: rest.length,
      absent: absent.length,
      reappeared: back,
    },
  };
}

// ---- applying a plan (one transaction) ----------------------------------------------------------

/** Applies a plan: the file becomes the newest version of the report. Returns the new finding ids. */
export function applyReingest(core: CoreContext, plan: ReingestPlan, sourcePath: string, sha256: string, closeAbsent = false): UpdateCounts {
  if (plan.baseline) throw new CoreError('invalid_input', 'a comparison with a baseline writes nothing');
  return core.runner.tx(() => {
    const w: VersionWrite = { core, plan, sourcePath, now: core.now(), log: eventWriter(core) };
    const touched = plan.matches.filter((m) => m.changed.some((c) => c !== 'baselineState' && c !== 'suppression' && c !== 'severityText' && c !== 'category'));
    ftsDeleteFindings(core.runner, touched.map((m) => m.old.id)); // reads the current rows: before they change
    const versionId = recordVersion(w, sha256);
    const steps = 4;
    checkpoint(core, 'update', 0, steps, sourcePath);
    updateMatched(w);
    checkpoint(core, 'update', 1, steps, sourcePath);
    const back = markPresence(w, versionId);
    // new findings, with dependencies also on matched ones
    checkpoint(core, 'update', 2, steps, sourcePath);
    const { ids, refs } = insertNewFindings(w);
    addNewChecklistItems(core, plan.projectId, plan.reportId, plan.checklists, refs);
    checkpoint(core, 'update', 3, steps, sourcePath);
    ftsIndexFindings(core.runner, [...touched.map((m) => m.old.id), ...ids]);
    w.log.write({ projectId: plan.projectId, entity: 'report', entityId: plan.reportId, action: 'reingest', field: null, oldValue: null, newValue: { file: sourcePath, ...plan.legacyCounts } });
    const closed = closeAbsent ? closeAbsentFindings(w) : 0;
    recordDelta(w, versionId, ids, back);
    return { ...plan.counts, closed };
  });
}

/** What the steps of applying a new version share (one transaction). */
interface VersionWrite {
  core: CoreContext;
  plan: ReingestPlan;
  sourcePath: string;
  now: string;
  log: EventWriter;
}

/** a change to a finding, in the event log */
function writeFindingChange({ plan, log }: VersionWrite, id: number, field: string, oldValue: unknown, newValue: unknown): void {
  log.write({ projectId: plan.projectId, entity: 'finding', entityId: id, action: 'report.update', field, oldValue, newValue });
}

/** The report takes the new version's file and facts; the version is recorded. Returns its id. */
function recordVersion({ core, plan, sourcePath, now }: VersionWrite, sha256: string): number {
  const { db, runner } = core;
  runner.run(
    reportRepository(db).update(plan.reportId, { source_path: sourcePath, sha256, ...reportColumns(plan.report, plan.report.repairs ?? [], now) }),
  );
  const c = plan.legacyCounts;
  return runner.run(
    duplicateRepository(db).insertVersion({
      report_id: plan.reportId,
      sha256,
      source_path: sourcePath,
      applied_at: now,
      matched: c.matched,
      added: c.added,
      absent: c.absent,
      changed: c.changed,
    }),
  ).lastId;
}

/**
 * The findings both versions have: the report's fields follow the new version; fields no one set
 * follow the report; a finding closed for being absent gets its status back; locations are replaced.
 */
function updateMatched(w: VersionWrite): void {
  const { core, plan, now } = w;
  const { db, runner } = core;
  const { opts } = plan;
  const write = (id: number, field: string, oldValue: unknown, newValue: unknown) => writeFindingChange(w, id, field, oldValue, newValue);
  const userSet = userSetFields(core, plan.matches.map((m) => m.old.id));
  const reopen = closedForAbsence(core, plan.matches.filter((m) => m.back).map((m) => m.old.id));
  const ruleTextId = ruleTextIds(core);
  for (const m of plan.matches) {
    const f = plan.findings[m.k];
    const old = m.old;
    const set: Record<string, unknown> = { fingerprint: plan.fps[m.k], report_digest: reportDigest(f, opts) };
    for (const [name, column, a, b] of reportFields(old, f)) {
      if ((a ?? null) === (b ?? null)) continue;
      if (column === 'body') {
        // stored as own text + the rule text it ends with (db/finding-body.ts)
        const { own, ruleText } = splitBody(b as string, f.ruleText);
        set.body = own;
        set.rule_text_id = ruleText === null ? null : ruleTextId(ruleText);
      } else set[column] = b;
      write(old.id, name, a, b);
    }
    const follow = followWrites(old, f, userSet.get(old.id) ?? new Set()).filter(([field]) => !(field === 'status' && reopen.has(old.id)));
    const before = reopen.get(old.id);
    if (before !== undefined && before !== old.status) follow.push(['status', 'status', before]);
    for (const [field, column, value] of follow) {
      set[column] = value;
      write(old.id, field, old[column], value);
    }
    if (old.effort_source !== 'user' && f.effort && (old.effort_min_hours !== f.effort.minHours || old.effort_max_hours !== f.effort.maxHours)) {
      set.effort_min_hours = f.effort.minHours;
      set.effort_max_hours = f.effort.maxHours;
      set.effort_text = f.effort.text;
      set.effort_source = 'report';
      write(old.id, 'effort', [old.effort_min_hours, old.effort_max_hours], [f.effort.minHours, f.effort.maxHours]);
    }
    if (Object.keys(set).length > 2 || m.changed.length) {
      set.updated_at = now;
      set.version = nextVersion();
    }
    runner.run(findingRepository(db).setColumns(old.id, set));
    if (m.changed.includes('locations')) {
      const before = locationsByFinding(core, [old.id]).get(old.id) ?? [];
      const after = locationsOf(f, opts);
      runner.run(findingRepository(db).clearLocations(old.id));
      insertLocations(core, old.id, after);
      write(old.id, 'locations', before, after);
    }
  }
}

/** "Not in latest report": cleared for the findings back in the report, set for those gone. Returns the ids back. */
function markPresence({ core, plan, now, log }: VersionWrite, versionId: number): number[] {
  const { db, runner } = core;
  const { projectId, reportId } = plan;
  const back = plan.matches.filter((m) => m.back).map((m) => m.old.id);
  if (back.length) {
    const dup = duplicateRepository(db);
    for (let i = 0; i < back.length; i += 500) runner.run(dup.clearAbsence(back.slice(i, i + 500)));
    for (const id of back) {
      log.write({ projectId, entity: 'finding', entityId: id, action: 'report.present', field: 'notInLatest', oldValue: true, newValue: false });
    }
  }
  for (const a of plan.absent) {
    if (!a.newlyGone) {
      runner.run(duplicateRepository(db).setAbsenceVersion(a.id, versionId));
      continue;
    }
    runner.run(duplicateRepository(db).markAbsent({ finding_id: a.id, project_id: projectId, report_id: reportId, version_id: versionId, since: now }));
    log.write({ projectId, entity: 'finding', entityId: a.id, action: 'report.absent', field: 'notInLatest', oldValue: false, newValue: true });
  }
  return back;
}

/** The findings the new version adds, with their dependencies (also on matched ones). Returns their ids and every ref's finding. */
function insertNewFindings({ core, plan, log }: VersionWrite): { ids: number[]; refs: Map<string, number> } {
  const { db, runner } = core;
  const { projectId, reportId, opts } = plan;
  const parsedPart: ParsedReport = { report: plan.report, checklists: plan.checklists, fixOrder: [], findings: plan.findings };
  const { ids, byRef } = insertFindings(core, projectId, reportId, parsedPart, plan.added, plan.fps, opts);
  const refs = new Map(byRef);
  for (const [ref, id] of plan.refs) if (!refs.has(ref)) refs.set(ref, id);
  plan.added.forEach((index, k) => {
    for (const ref of plan.findings[index].dependsOn ?? []) {
      const target = refs.get(ref);
      if (target === undefined || target === ids[k] || byRef.get(ref) === target) continue;
      const exists = runner.first(
        db.selectFrom('finding_dependencies').select('finding_id').where('finding_id', '=', ids[k]).where('depends_on_id', '=', target),
      );
      if (!exists) runner.run(dependencyRepository(db).insert(ids[k], target));
    }
  });
  for (const id of ids) log.write({ projectId, entity: 'finding', entityId: id, action: 'report.new', field: null, oldValue: null, newValue: reportId });
  return { ids, refs };
}

/** closeAbsent: the findings gone from the report that are still open are closed (fixed). Returns how many. */
function closeAbsentFindings({ core, plan }: VersionWrite): number {
  const { db, runner } = core;
  const open = inChunks(
    plan.absent.map((a) => a.id),
    (chunk) => runner.all(db.selectFrom('findings').select('id').where('id', 'in', chunk).where('status', 'in', ['open', 'in_progress'])),
  ).map((r) => r.id);
  return patchFindings(core, open, { status: 'fixed' }, ABSENT_REASON).length;
}

/** What the version changed (added, back, left, updated), kept with it. */
function recordDelta({ core, plan }: VersionWrite, versionId: number, ids: number[], back: number[]): void {
  const updated = plan.matches.filter((m) => !m.back && m.changed.length).map((m) => m.old.id);
  const left = plan.absent.filter((a) => a.newlyGone).map((a) => a.id);
  const delta = encodeDelta({ added: ids, back, left, updated, lastEvent: lastEventId(core) });
  core.runner.run(duplicateRepository(core.db).setVersionDelta(versionId, delta));
}

/**
 * Checklists of the new version: items already there keep their state and links (the user's);
 * items and checklists the new version adds are appended, linked to the findings their text names.
 */
function addNewChecklistItems(core: CoreContext, projectId: number, reportId: number, checklists: ParsedReport['checklists'], refs: Map<string, number>) {
  const { db, runner } = core;
  const existing = runner.all(db.selectFrom('checklists').select(['id', 'title', 'ordinal']).where('report_id', '=', reportId).orderBy('ordinal'));
  let nextOrdinal = existing.reduce((m, c) => Math.max(m, c.ordinal + 1), 0);
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const c of checklists) {
    let list = existing.find((e) => norm(e.title) === norm(c.title));
    if (!list) {
      const id = runner.run(
        checklistRepository(db).insert({ project_id: projectId, report_id: reportId, title: c.title, gate: c.gate ? 1 : 0, ordinal: nextOrdinal++ }),
      ).lastId;
      list = { id, title: c.title, ordinal: nextOrdinal - 1 };
      existing.push(list);
    }
    const items = runner.all(db.selectFrom('checklist_items').select(['id', 'text', 'ordinal']).where('checklist_id', '=', list.id));
    const have = new Set(items.map((i) => norm(i.text)));
    let ord = items.reduce((m, i) => Math.max(m, i.ordinal + 1), 0);
    for (const item of c.items) {
      if (have.has(norm(item.text))) continue;
      have.add(norm(item.text));
      const itemId = runner.run(
        checklistRepository(db).insertItem({ checklist_id: list.id, text: item.text, checked: item.checked ? 1 : 0, ordinal: ord++ }),
      ).lastId;
      for (const findingId of refsIn(item.text, refs)) {
        runner.run(checklistRepository(db).insertLink(itemId, findingId));
      }
    }
  }
}

// ---- the CI gate ----------------------------------------------------------------------------

type GateRow = { severity: string | null; status: string; suppression: string | null };

/** suppressed in the source (SARIF suppressions: accepted, or without a status) or triaged away */
function actionable(r: GateRow): boolean {
  if (r.status === 'false_positive' || r.status === 'wont_fix' || r.status === 'duplicate') return false;
  if (!r.suppression) return true;
  try {
    const s = JSON.parse(r.suppression) as { status?: string | null };
    return s.status === 'underReview' || s.status === 'rejected';
  } catch {
    return true;
  }
}

/** `rows`: findings, or groups of `n` findings with the same values */
function gateOf(rows: Iterable<GateRow & { n?: number }>, openBlockers: number): IngestGate {
  const newBySeverity = Object.fromEntries([...SEVERITIES, 'unrated'].map((s) => [s, 0])) as IngestGate['newBySeverity'];
  for (const r of rows) if (actionable(r)) newBySeverity[(r.severity ?? 'unrated') as keyof IngestGate['newBySeverity']] += r.n ?? 1;
  return { newBySeverity, openBlockers };
}

const parsedGateRow = (f: ParsedFinding): GateRow => ({
  severity: f.severity ?? null,
  status: f.status ?? 'open',
  suppression: f.suppression ? JSON.stringify(f.suppression) : null,
});
const isOpenStatus = (s: string | undefined | null) => (s ?? 'open') === 'open' || s === 'in_progress';

/** open blockers of a report that its latest version has, less `except` */
function openBlockersOf(core: CoreContext, reportId: number, except: ReadonlySet<number> = new Set()): number {
  const rows = core.runner.all(
    core.db
      .selectFrom('findings as f')
      .leftJoin('finding_absence as a', 'a.finding_id', 'f.id')
      .select('f.id')
      .where('f.report_id', '=', reportId)
      .where('f.blocks_deployment', '=', 1)
      .where('f.status', 'in', ['open', 'in_progress'])
      .where('a.finding_id', 'is', null),
  );
  return rows.filter((r) => !except.has(r.id)).length;
}

/** new findings and open blockers of a planned (or just applied) version */
function planGate(core: CoreContext, plan: ReingestPlan, applied: boolean): IngestGate {
  const backIds = plan.matches.filter((m) => m.back).map((m) => m.old.id);
  const rows: GateRow[] = inChunks(backIds, (chunk) =>
    core.runner.all(core.db.selectFrom('findings').select(['severity', 'status', 'suppression']).where('id', 'in', chunk)),
  );
  let addedRows = plan.added.map((k) => parsedGateRow(plan.findings[k]));
  if (plan.baseline) {
    // new since the baseline, but perhaps triaged since (a finding of a later version)
    const fps = plan.added.map((k) => plan.fps[k]);
    const later = new Map(
      inChunks(fps.map((_, i) => i), (chunk) =>
        core.runner.all(
          core.db
            .selectFrom('findings')
            .select(['fingerprint', 'severity', 'status', 'suppression'])
            .where('report_id', '=', plan.reportId)
            .where('fingerprint', 'in', chunk.map((i) => fps[i])),
        ),
      ).map((r) => [r.fingerprint, r]),
    );
    addedRows = plan.added.map((k, i) => later.get(fps[i]) ?? addedRows[i]);
  }
  for (const r of addedRows) rows.push(r);
  if (applied) return gateOf(rows, openBlockersOf(core, plan.reportId));
  const addedBlockers = plan.baseline ? 0 : plan.added.filter((k) => plan.findings[k].blocksDeployment && isOpenStatus(plan.findings[k].status)).length;
  return gateOf(rows, openBlockersOf(core, plan.reportId, new Set(plan.absent.map((a) => a.id))) + addedBlockers);
}

// ---- the one entry point ----------------------------------------------------------------------

/** the last file parsed for a dry run, so the apply that follows (the app asks in between) parses it once */
const lastParse = new WeakMap<CoreContext, { sha: string; parsed: ParsedReport }>();

function parseOnce(core: CoreContext, input: ReingestInput, sha: string, parse: ReportParser, keep: boolean): ParsedReport {
  const cached = lastParse.get(core);
  lastParse.delete(core);
  if (cached && cached.sha === sha && parse === parseReportBytes) return cached.parsed;
  const parsed = parse(input.bytes, input.name);
  if (keep && parse === parseReportBytes && input.bytes.length < SARIF_STREAM_MIN_BYTES) lastParse.set(core, { sha, parsed });
  return parsed;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `updated "<report>" from <file>: 3 new, 10 gone, 5 moved, 289 unchanged, decisions kept on 12` */
export function summaryLine(file: string, u: IngestUpdate, dryRun: boolean): string {
  const label = JSON.stringify(u.previous.title ?? u.previous.sourcePath.replace(/\\/g, '/').split('/').pop());
  const head = u.baseline
    ? `compared ${file} with version ${u.baseline.number} of ${label}`
    : `${dryRun ? 'would update' : 'updated'} ${label} from ${file}`;
  return `${head}: ${updateCountsText(u.counts)}`;
}

/**
 * Ingests one file into a project: a newer version of one of its reports updates that report (unless
 * `asNew`), anything else becomes a new report. Every way into the project goes through here.
 * Failures come back as `{ ok: false, error }` naming the file; the database is then as it was.
 */
export function ingestReport(
  core: CoreContext,
  projectId: number,
  input: ReingestInput,
  choices: IngestChoices = {},
  parse: ReportParser = parseReportBytes,
): IngestFileResult {
  const { name } = input;
  try {
    const sha = sha256Hex(input.bytes);
    const dryRun = Boolean(choices.dryRun || choices.baseline !== undefined);
    if (choices.asNew && (choices.reportId !== undefined || choices.baseline !== undefined)) {
      throw new CoreError('invalid_input', 'asNew adds a separate report: it takes no reportId or baseline');
    }
    if (looksLikePunchlistExport(input.bytes)) {
      throw new CoreError('invalid_input', `${name} is a Punchlist JSON export, not a report: import it with \`punchlist import ${name}\` or drop it on the app window`);
    }
    const present = choices.baseline === undefined ? findReportBySha(core, projectId, sha) : undefined;
    if (present) {
      lastParse.delete(core);
      const repairs = JSON.parse(present.repairs) as string[];
      const gate = gateOf([], openBlockersOf(core, present.id));
      if (!dryRun && present.format === 'markdown') keepMissingText(core, present.id, sha, input);
      return { file: name, ok: true, reportId: present.id, format: present.format, added: 0, alreadyPresent: true, repairs, action: 'present', dryRun, gate, summary: `${name}: already present` };
    }
    // parse outside the write transaction (it can take a while); the project's rules apply to Markdown (issue 15)
    checkpoint(core, 'parse', 0, null, name);
    // a dry run keeps its parse for the apply that follows; so does a file that may turn out to ask first
    const keep = dryRun || Boolean(choices.askUpdate);
    const ruled = parseWithRules(core, projectId, { name, bytes: input.bytes, sha, keep }, () => parseOnce(core, input, sha, parse, keep), parse === parseReportBytes);
    const parsed = ruled.parsed;
    const rulesNote = appliedText(ruled.applied);
    const keepText = (reportId: number) => {
      if (ruled.text !== null) core.runner.run(ruleRepository(core.db).setText(reportId, ruled.text));
    };
    const withRules = <T extends { summary?: string }>(res: T): T & { rulesApplied?: AppliedRule[] } =>
      ruled.applied.length ? { ...res, rulesApplied: ruled.applied, summary: `${res.summary}; ${rulesNote}` } : res;
    const r = parsed.report;
    let previous: PreviousReport | null = null;
    if (choices.reportId !== undefined) {
      const row = core.runner.first(
        core.db.selectFrom('reports').select(['id', 'title', 'source_path', 'format', 'tool', 'project_id']).where('id', '=', choices.reportId),
      );
      if (!row || row.project_id !== projectId) throw new CoreError('not_found', `report ${choices.reportId} not found in project ${projectId}`);
      previous = previousReport(row, 'chosen');
    } else if (!choices.asNew) previous = findPreviousVersion(core, projectId, name, parsed);

    if (!previous) {
      if (choices.baseline !== undefined) throw new CoreError('invalid_input', 'no earlier version of this report in the project to compare with');
      const added = { file: name, ok: true as const, format: r.format, alreadyPresent: false, repairs: r.repairs ?? [], action: 'added' as const, dryRun };
      const line = (n: number) => `${name}: ${dryRun ? 'would add' : 'added'} ${plural(n, 'finding')} (${r.format})${added.repairs.length ? ` [repaired: ${added.repairs.join(', ')}]` : ''}`;
      if (dryRun) {
        // a large SARIF log is read part by part here: where it is, and a cancel stops it
        const total = partsTotal(parsed);
        const all: ParsedFinding[] = [];
        for (const part of reportParts(parsed)) {
          checkpoint(core, 'parse', all.length, total, name);
          for (const f of part.findings) all.push(f);
        }
        checkpoint(core, 'parse', all.length, total, name);
        const blockers = all.filter((f) => f.blocksDeployment && isOpenStatus(f.status)).length;
        return withRules({ ...added, reportId: 0, added: all.length, gate: gateOf(all.map(parsedGateRow), blockers), summary: line(all.length) });
      }
      return core.runner.tx((): IngestFileResult => {
        // check again inside the transaction, in case another process added the same bytes meanwhile
        const raced = findReportBySha(core, projectId, sha);
        if (raced) return { file: name, ok: true, reportId: raced.id, format: raced.format, added: 0, alreadyPresent: true, repairs: JSON.parse(raced.repairs) as string[], action: 'present', summary: `${name}: already present` };
        const stored = storeParsedReport(core, projectId, name, sha, parsed);
        keepText(stored.reportId);
        // the rows stored, counted by the store as it wrote them (no read-back of every finding)
        return withRules({ ...added, reportId: stored.reportId, added: stored.added, gate: gateOf(stored.groups, openBlockersOf(core, stored.reportId)), summary: line(stored.added) });
      });
    }

    const plan = planReingest(core, projectId, previous.id, parsed, choices.baseline);
    const version = reportVersions(core, previous.id).length + 1;
    const update = (counts: UpdateCounts): IngestUpdate => ({
      previous: previous!,
      version: plan.baseline ? plan.baseline.number : version,
      baseline: plan.baseline,
      counts,
      samples: {
        added: plan.added.slice(0, 5).map((k) => plan.findings[k].title),
        absent: plan.absent.slice(0, 5).map((a) => a.title),
        changed: plan.matches.filter((m) => m.changed.length).slice(0, 5).map((m) => m.old.title),
      },
    });
    const base = { file: name, ok: true as const, reportId: previous.id, format: r.format, added: plan.counts.new, alreadyPresent: false, repairs: r.repairs ?? [], action: 'updated' as const };
    if (dryRun || (choices.askUpdate && choices.reportId === undefined)) {
      const counts = { ...plan.counts, closed: choices.closeAbsent ? openAbsentCount(core, plan) : 0 };
      const u = update(counts);
      return withRules({ ...base, dryRun: true, update: u, gate: planGate(core, plan, false), summary: summaryLine(name, u, true) });
    }
    const counts = core.runner.tx(() => {
      const c = applyReingest(core, plan, name, sha, choices.closeAbsent);
      keepText(previous!.id);
      return c;
    });
    const u = update(counts);
    return withRules({ ...base, dryRun: false, update: u, gate: planGate(core, plan, true), summary: summaryLine(name, u, false) });
  } catch (e) {
    if (e instanceof Cancelled) throw e; // the whole call stops, not just this file
    // the team database refused the login's role this ingest: said so, naming the role
    if (isRefusal(e)) return { file: name, ok: false, error: `${name}: ${refusalMessage(core, e, { projectId })}` };
    return { file: name, ok: false, error: errorText(name, e) };
  }
}

/**
 * A Markdown report stored before texts were kept (issue 15) gets its text when its latest version's
 * bytes are imported again, so it can be reviewed.
 */
function keepMissingText(core: CoreContext, reportId: number, sha: string, input: ReingestInput): void {
  const repo = ruleRepository(core.db);
  if (core.runner.first(repo.text(reportId))) return;
  const latest = core.runner.first(core.db.selectFrom('reports').select('id').where('id', '=', reportId).where('sha256', '=', sha));
  if (latest) core.runner.run(repo.setText(reportId, reportText(input.bytes, input.name)));
}

/** absent findings a close would close (still open or in progress) */
function openAbsentCount(core: CoreContext, plan: ReingestPlan): number {
  return inChunks(
    plan.absent.map((a) => a.id),
    (chunk) => core.runner.all(core.db.selectFrom('findings').select('id').where('id', 'in', chunk).where('status', 'in', ['open', 'in_progress'])),
  ).length;
}

/** ingestReport of a file on disk; a file that cannot be read comes back as a failed result naming it */
export function ingestFile(core: CoreContext, projectId: number, path: string, choices: IngestChoices = {}, parse: ReportParser = parseReportBytes): IngestFileResult {
  let bytes: Uint8Array;
  try {
    bytes = readReportFile(path);
  } catch (e) {
    return { file: path, ok: false, error: errorText(path, e) };
  }
  return ingestReport(core, projectId, { name: path, bytes }, choices, parse);
}

/** ingestReport of bytes under a file name */
export function ingestBytes(
  core: CoreContext,
  projectId: number,
  name: string,
  bytes: Uint8Array,
  parse: ReportParser = parseReportBytes,
  choices: IngestChoices = {},
): IngestFileResult {
  return ingestReport(core, projectId, { name, bytes }, choices, parse);
}
