// Ingest: bytes → ParsedReport → rows, in one transaction. Rows go through Kysely-compiled INSERTs
// bound once to prepared statements (one reused statement per table, one run per row); the FTS index
// is filled for the new report afterwards with a single INSERT … SELECT. On PostgreSQL rows go by
// COPY, and a streamed log's search documents are made from its rows and copied beside them.
import { createHash, randomUUID } from 'node:crypto';
import { FTS_DOC_COLUMNS, ftsDocumentMaker, ftsIndexReport, ftsIndexRuleText } from '../../db/fts';
import { composeBody, ruleTextDigest } from '../../db/finding-body';
import { BatchInserter, preparedRow, rowSpec } from '../../db/prepared-insert';
import { FINDING_ROW, LOCATION_ROW, num, type FindingSource, type LocationSource } from './rows';
import { writeProbe } from '../../db/write-probe';
import { type Effort, type Location, type ParsedFinding, type ParsedReport, type Severity } from '../../shared/types';
import type { CoreContext } from '../service/context';
import { FileReadError } from './files';
import { duplicateRepository } from '../../db/repositories/duplicate-repository';
import { settingsRepository } from '../../db/repositories/settings-repository';
import { checklistRepository } from '../../db/repositories/checklist-repository';
import { eventRepository } from '../../db/repositories/event-repository';
import { findingRepository } from '../../db/repositories/finding-repository';
import { reportRepository } from '../../db/repositories/report-repository';
import { storedOnceRepository } from '../../db/repositories/stored-once-repository';
import { DEFAULT_STRIP_PREFIXES, fingerprintAll, Occurrences, PATH_PREFIX_SETTING, type PathOptions } from './fingerprint';
import { encodeDelta, lastEventId } from './versions';
import { partsTotal, reportParts, streamSource } from './sarif-stream';
import { parallelRowParts } from './sarif-parallel';
import { col, FINDING_BLANKS, FINDING_REF, FINDING_WIDTH, LOCATION_FINDING, LOCATION_PATH_ID, LOCATION_WIDTH, type RowPart } from './sarif-rows';
import { RowUnpacker } from './row-pack';
import { checkpoint } from '../service/job';

export type ReportParser = (bytes: Uint8Array, fileName: string) => ParsedReport;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** the one-line message of a failed ingest, naming the file */
export function errorText(file: string, e: unknown): string {
  const base = e instanceof Error ? e.message : String(e);
  const msg = oneLine(base || 'unknown error');
  if (e instanceof FileReadError) return msg;
  return msg.includes(file) ? msg : `${file}: ${msg}`;
}

/** the report holding these bytes as its latest version, or as an earlier one (re-ingest) */
export function findReportBySha(core: CoreContext, projectId: number, sha256: string) {
  return (
    core.runner.first(
      core.db
        .selectFrom('reports')
        .select(['id', 'format', 'repairs'])
        .where('project_id', '=', projectId)
        .where('sha256', '=', sha256),
    ) ?? core.runner.first(duplicateRepository(core.db).versionBySha(projectId, sha256))
  );
}

/** the project's path normalization: default CI checkout prefixes + the `ingest.pathPrefixes` setting */
export function pathOptions(core: CoreContext, projectId: number): PathOptions {
  const row = core.runner.first(settingsRepository(core.db).get(projectId, PATH_PREFIX_SETTING));
  let extra: string[] = [];
  if (row) {
    try {
      const v = JSON.parse(row.value) as unknown;
      if (Array.isArray(v)) extra = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    } catch {
      extra = [];
    }
  }
  return { stripPrefixes: [...extra, ...DEFAULT_STRIP_PREFIXES] };
}

// ---- prepared inserts -------------------------------------------------------------------------

const DEPENDENCY_ROW = rowSpec<'finding_dependencies', { findingId: number; dependsOnId: number }>('finding_dependencies', [
  ['finding_id', (s) => s.findingId],
  ['depends_on_id', (s) => s.dependsOnId],
]);

interface Statements {
  finding: BatchInserter<FindingSource, 'findings'>;
  location: BatchInserter<LocationSource, 'locations'>;
  dependency: { run(source: { findingId: number; dependsOnId: number }): void };
  /** PostgreSQL: search documents written beside a streamed log's rows ([id, document] values) */
  doc: BatchInserter<never, 'findings_fts'> | null;
}

/** findings_fts as PostgreSQL has it (db/postgres/fts.ts): values given by addValues only */
const FTS_DOC_ROW = rowSpec<'findings_fts', never>('findings_fts', FTS_DOC_COLUMNS.map((c) => [c as 'rowid', () => null] as const));

const statementCache = new WeakMap<CoreContext, Statements>();

function statements(core: CoreContext): Statements {
  let s = statementCache.get(core);
  if (!s) {
    s = {
      finding: new BatchInserter(core.db, core.runner, FINDING_ROW),
      location: new BatchInserter(core.db, core.runner, LOCATION_ROW),
      dependency: preparedRow(core.db, core.runner, DEPENDENCY_ROW),
      // where rows go by COPY (PostgreSQL), so do search documents; SQLite fills FTS5 after the rows
      doc: core.runner.copyRows ? new BatchInserter(core.db, core.runner, FTS_DOC_ROW) : null,
    };
    s.finding.parentOf(s.location); // locations are written only after their findings (prepared-insert.ts)
    if (s.doc) s.location.parentOf(s.doc); // documents after both
    statementCache.set(core, s);
  }
  return s;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Per-finding share of a severity group's effort, for findings of that severity without their own. */
function severityGroupShares(parsed: ParsedReport): Map<Severity, Effort> {
  const shares = new Map<Severity, Effort>();
  const groups = parsed.report.effortBySeverity;
  if (!groups) return shares;
  const counts = new Map<Severity, number>();
  for (const f of parsed.findings) {
    if (f.severity && !f.effort && groups[f.severity]) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  }
  for (const [sev, n] of counts) {
    const e = groups[sev]!;
    shares.set(sev, { minHours: round2(e.minHours / n), maxHours: round2(e.maxHours / n), text: e.text });
  }
  return shares;
}

/** The columns of a report row that its parsed (or exported) report sets, as of `now`. */
export function reportColumns(
  r: Pick<ParsedReport['report'], 'title' | 'date' | 'tool' | 'claims' | 'effortBySeverity'>,
  repairs: readonly string[],
  now: string,
) {
  return {
    title: r.title ?? null,
    date: r.date ?? null,
    tool: r.tool ?? null,
    ingested_at: now,
    claims: r.claims ? JSON.stringify(r.claims) : null,
    repairs: JSON.stringify(repairs),
    effort_by_severity: r.effortBySeverity ? JSON.stringify(r.effortBySeverity) : null,
  };
}

/** Inserts a finding's locations (paths as given), one row each in order; call inside a transaction. */
export function insertLocations(core: CoreContext, findingId: number, locations: readonly Location[]): void {
  const pathId = pathIds(core);
  locations.forEach((l, ordinal) =>
    core.runner.run(
      findingRepository(core.db).insertLocation({
        finding_id: findingId,
        ordinal,
        path: '',
        path_id: pathId(l.path),
        start_line: l.startLine ?? null,
        end_line: l.endLine ?? null,
        start_column: l.startColumn ?? null,
        end_column: l.endColumn ?? null,
      }),
    ),
  );
}

/**
 * The id of each value stored once in its own table (rule texts, paths): `find` looks it up, `add`
 * stores it; one lookup per distinct value. Use it within one transaction (an id it handed out goes
 * if that rolls back).
 */
function storedOnce(find: (value: string) => number | undefined, add: (value: string) => number): (value: string) => number {
  const ids = new Map<string, number>();
  return (value) => {
    let id = ids.get(value);
    if (id === undefined) {
      id = find(value) ?? add(value);
      ids.set(value, id);
    }
    return id;
  };
}

/**
 * The id of each rule text (rule_texts, db/finding-body.ts), indexed for search when first stored;
 * `indexed`: the rule texts it stored (and indexed) itself.
 */
export function ruleTextIds({ db, runner }: Pick<CoreContext, 'db' | 'runner'>, indexed?: Set<number>): (text: string) => number {
  return storedOnce(
    (text) => runner.first(storedOnceRepository(db).ruleTextByDigest(ruleTextDigest(text)))?.id,
    (text) => {
      const id = runner.run(storedOnceRepository(db).insertRuleText(ruleTextDigest(text), text)).lastId;
      ftsIndexRuleText(runner, id, text);
      indexed?.add(id);
      return id;
    },
  );
}

/** The id of each location path (paths, db/location-path.ts). */
export function pathIds({ db, runner }: Pick<CoreContext, 'db' | 'runner'>): (path: string) => number {
  return storedOnce(
    (path) => runner.first(storedOnceRepository(db).path(path))?.id,
    (path) => runner.run(storedOnceRepository(db).insertPath(path)).lastId,
  );
}

/** values a statement of pathIdsInBulk names at most (well under both engines' parameter limits) */
const PATHS_PER_STATEMENT = 1000;

/**
 * The id of each location path, like pathIds, for paths that come many at a time (a streamed log's
 * part): `resolve(paths)` looks up those it has no id for yet with one SELECT and stores the missing
 * ones with one INSERT (per PATHS_PER_STATEMENT). On PostgreSQL each lookup waits for the COPY in
 * flight; one per part instead of two per new path keeps the COPYs running beside the parsing.
 */
export function pathIdsInBulk({ db, runner }: Pick<CoreContext, 'db' | 'runner'>): { resolve(paths: readonly string[]): void; id(path: string): number } {
  const ids = new Map<string, number>();
  const resolve = (paths: readonly string[]) => {
    let missing: string[] = [];
    for (const p of paths) if (!ids.has(p)) missing.push(p);
    if (!missing.length) return;
    missing = [...new Set(missing)];
    for (let at = 0; at < missing.length; at += PATHS_PER_STATEMENT) {
      const some = missing.slice(at, at + PATHS_PER_STATEMENT);
      for (const r of runner.all(storedOnceRepository(db).pathsIn(some))) ids.set(r.path, r.id);
      const add = some.filter((p) => !ids.has(p));
      if (!add.length) continue;
      for (const r of runner.all(storedOnceRepository(db).insertPaths(add))) ids.set(r.path, r.id);
    }
  };
  return {
    resolve,
    id(path) {
      let id = ids.get(path);
      if (id === undefined) {
        resolve([path]);
        id = ids.get(path)!;
      }
      return id;
    },
  };
}

/** reports of at least this many findings may be stored as a bulk load (SqlRunner.bulkLoad) */
const BULK_LOAD_MIN = 5_000;

/**
 * The indexes a bulk load appends to in order (SqlRunner.bulkLoad's `appended`): every row of one
 * report has the same project and report, no assignee and no duplicate yet, one of a few statuses
 * and severities, and ids that grow, and its locations follow their finding's id. Not here: the
 * fingerprint and location-path indexes, whose keys come in no order (tests/db/bulk-load.test.ts
 * checks that every name is an index of the schema).
 */
export const APPENDED_INDEXES = [
  'findings_assignee',
  'findings_duplicate_of',
  'findings_project',
  'findings_project_severity',
  'findings_project_status',
  'findings_report',
  'locations_finding',
] as const;

/** the highest finding id, rows of projects the login may not see included (ids are assigned past it) */
function maxFindingId(core: CoreContext): number {
  return core.runner.maxId ? core.runner.maxId('findings') : Number(core.runner.first(core.db.selectFrom('findings').select((eb) => eb.fn.max('id').as('m')))?.m ?? 0);
}

/** about how many findings the database holds (the highest id: one index lookup) */
function findingCount(core: CoreContext): number {
  return Number(core.runner.first(core.db.selectFrom('findings').select((eb) => eb.fn.max('id').as('m')))?.m ?? 0);
}

/** findings stored with these values of severity, status and suppression (as stored): `n` of them */
export interface StoredGroup {
  severity: string | null;
  status: string;
  suppression: string | null;
  n: number;
}

/** counts stored findings by severity, status and suppression (what the ingest gate reads) */
class GroupTally {
  private readonly groups = new Map<string, StoredGroup>();
  add(severity: string | null, status: string, suppression: string | null): void {
    const key = `${severity}\u0000${status}\u0000${suppression}`;
    const g = this.groups.get(key);
    if (g) g.n++;
    else this.groups.set(key, { severity, status, suppression, n: 1 });
  }
  list(): StoredGroup[] {
    return [...this.groups.values()];
  }
}

/**
 * Inserts one parsed report; call inside a transaction. Returns the new report id, the finding
 * count, and the findings stored by severity, status and suppression (`groups`: counted as the rows
 * are written, so nobody has to read 200,000 rows back for the ingest gate).
 */
export function storeParsedReport(
  core: CoreContext,
  projectId: number,
  sourcePath: string,
  sha256: string,
  parsed: ParsedReport,
): { reportId: number; added: number; groups: StoredGroup[] } {
  const { db, runner } = core;
  const now = core.now();
  const r = parsed.report;
  const reportId = runner.run(
    reportRepository(db).insert({ project_id: projectId, source_path: sourcePath, sha256, format: r.format, ...reportColumns(r, r.repairs ?? [], now) }),
  ).lastId;
  writeProbe('report row');

  const opts = pathOptions(core, projectId);
  // a large SARIF log comes in parts of a few hundred findings (sarif-stream.ts), so its findings are
  // never all alive at once; any other report is one part
  const seen = new Occurrences();
  let byRef = new Map<string, number>();
  let added = 0;
  const ids: number[] = [];
  const tally = new GroupTally();
  const total = partsTotal(parsed);
  checkpoint(core, 'store', 0, total, sourcePath);
  const src = streamSource(parsed);
  const store = () => {
    if (src) {
      // a large SARIF log: its rows come ready from a parse thread (sarif-parallel.ts)
      const broken = (): never => {
        for (const part of reportParts(parsed)) void part; // the whole-document path's error for the bad result
        throw new Error(`${sourcePath}: SARIF: invalid result`);
      };
      const parts = parallelRowParts(src, total, r.format, opts, broken);
      added = insertRowParts(core, projectId, reportId, parts, ids, byRef, tally, (n) => {
        writeProbe(`findings ${n}`);
        checkpoint(core, 'store', n, total, sourcePath);
      });
      return;
    }
    for (const part of reportParts(parsed)) {
      const fps = fingerprintAll(r.format, part.findings, opts, seen);
      const ins = insertFindings(core, projectId, reportId, part, part.findings.map((_, i) => i), fps, opts);
      for (const f of part.findings) tally.add(FINDING_ROW_GET.severity(f), FINDING_ROW_GET.status(f), FINDING_ROW_GET.suppression(f));
      for (const id of ins.ids) ids.push(id);
      if (added === 0) byRef = ins.byRef;
      else for (const [ref, id] of ins.byRef) if (!byRef.has(ref)) byRef.set(ref, id);
      added += part.findings.length;
      writeProbe(`findings ${added}`);
      checkpoint(core, 'store', added, total, sourcePath);
    }
  };
  // a report larger than what the database holds (a first big log): its indexes are built once
  // after the rows instead of row by row (rebuilding them over fewer existing rows costs less)
  const bulk = !!runner.bulkLoad && total >= BULK_LOAD_MIN && total > findingCount(core);
  // a streamed log's search documents are written with its rows where the engine copies rows (PostgreSQL)
  const docsWithRows = !!src && !!statements(core).doc;
  if (bulk) runner.bulkLoad!(docsWithRows ? ['findings', 'locations', 'findings_fts'] : ['findings', 'locations'], store, APPENDED_INDEXES);
  else store();

  storeChecklists(core, projectId, reportId, parsed, byRef);
  storeFixOrder(core, reportId, parsed);

  runner.run(
    eventRepository(db).insert({
      at: now,
      actor: core.actor,
      project_id: projectId,
      entity: 'report',
      entity_id: reportId,
      action: 'ingest',
      field: null,
      old_value: null,
      new_value: JSON.stringify({ file: sourcePath, findings: added }),
      batch_id: randomUUID(),
    }),
  );
  runner.run(
    duplicateRepository(db).insertVersion({ report_id: reportId, sha256, source_path: sourcePath, applied_at: now, added, delta: encodeDelta({ added: ids, lastEvent: lastEventId(core) }) }),
  );
  writeProbe('checklists, fix order, events');
  if (!docsWithRows) ftsIndexReport(runner, reportId, (done, n) => checkpoint(core, 'index', done, n, sourcePath));
  return { reportId, added, groups: tally.list() };
}

/** the values FINDING_ROW stores for a finding's severity, status and suppression */
const FINDING_ROW_GET = (() => {
  const get = (name: string) => {
    const g = FINDING_ROW.columns.find(([c]) => c === name)![1];
    return (f: ParsedFinding) => g({ f } as FindingSource) as string | null;
  };
  return { severity: get('severity'), status: get('status') as (f: ParsedFinding) => string, suppression: get('suppression') };
})();

/**
 * Inserts `which` findings of a parsed report (indexes into parsed.findings) into report `reportId`
 * with their locations and the dependencies among them; call inside a transaction. `byRef` maps
 * refs to the new ids (callers may add refs of existing findings before linking checklists).
 */
export function insertFindings(
  core: CoreContext,
  projectId: number,
  reportId: number,
  parsed: ParsedReport,
  which: readonly number[],
  fps: readonly string[],
  opts: PathOptions,
): { ids: number[]; byRef: Map<string, number> } {
  const { runner } = core;
  const now = core.now();
  const st = statements(core);
  st.finding.reset(); // rows an insert that failed midway buffered (its transaction rolled back)
  const shares = severityGroupShares(parsed);
  const all = parsed.findings;
  // ids are assigned here (what SQLite would pick: max + 1, inside this write transaction), so rows
  // can be written in multi-row batches and locations refer to their finding without a read-back
  const maxId = maxFindingId(core);
  let nextId = Number(maxId) + 1;
  const ids = new Array<number>(which.length);
  const byRef = new Map<string, number>();
  runner.deferForeignKeys(); // location batches may be written before their findings' batch
  const fs: FindingSource = { f: all[0], id: 0, projectId, reportId, fingerprint: '', effort: undefined, effortSource: null, now, opts, ruleTextId: ruleTextIds(core) };
  const ls: LocationSource = { findingId: 0, ordinal: 0, l: { path: '' }, opts, pathId: pathIds(core) };
  for (let k = 0; k < which.length; k++) {
    const f: ParsedFinding = all[which[k]];
    const id = nextId++;
    let effort = f.effort;
    let effortSource: string | null = effort ? 'report' : null;
    if (!effort && f.severity) {
      const share = shares.get(f.severity);
      if (share) {
        effort = share;
        effortSource = 'severity-group';
      }
    }
    fs.f = f;
    fs.id = id;
    fs.fingerprint = fps[which[k]];
    fs.effort = effort;
    fs.effortSource = effortSource;
    st.finding.add(fs);
    ids[k] = id;
    if (f.ref && !byRef.has(f.ref)) byRef.set(f.ref, id);
    const locs = f.locations;
    if (locs) {
      ls.findingId = id;
      for (let j = 0; j < locs.length; j++) {
        ls.ordinal = j;
        ls.l = locs[j];
        st.location.add(ls);
      }
    }
  }
  st.finding.flush();
  st.location.flush();

  // dependencies named by ref within this report
  const dep = { findingId: 0, dependsOnId: 0 };
  for (let k = 0; k < which.length; k++) {
    const refs = all[which[k]].dependsOn;
    if (!refs || !refs.length) continue;
    const seen = new Set<number>();
    for (const ref of refs) {
      const target = byRef.get(ref);
      if (target === undefined || target === ids[k] || seen.has(target)) continue;
      seen.add(target);
      dep.findingId = ids[k];
      dep.dependsOnId = target;
      st.dependency.run(dep);
    }
  }
  return { ids, byRef };
}

/**
 * Inserts the rows of a streamed SARIF log (sarif-rows.ts: everything but ids, project, report and
 * time filled in) into report `reportId`; call inside a transaction. Pushes the new ids to `ids`,
 * the first id of each ref to `byRef`; returns how many findings it added. (A SARIF log names no
 * dependencies and no effort by severity, so there are none to store.)
 */
function insertRowParts(
  core: CoreContext,
  projectId: number,
  reportId: number,
  parts: Iterable<RowPart>,
  ids: number[],
  byRef: Map<string, number>,
  tally: GroupTally,
  onPart: (added: number) => void,
): number {
  const { runner } = core;
  const now = core.now();
  const st = statements(core);
  st.finding.reset(); // rows an insert that failed midway buffered (its transaction rolled back)
  runner.deferForeignKeys();
  const maxId = maxFindingId(core);
  let nextId = Number(maxId) + 1;
  let added = 0;
  const B = FINDING_BLANKS;
  const doc = st.doc;
  const paths: string[] = [];
  const docRow: unknown[] = [0, ''];
  const document = ftsDocumentMaker();
  /** rule texts indexed by this ingest: a document holds their mark, not their words (db/postgres/fts.ts ruleMark) */
  const indexedRuleTexts = new Set<number>();
  const ruleTextId = ruleTextIds(core, indexedRuleTexts);
  /** each finding's rule text in this part (its whole body is its own text and this) */
  const ruleTexts: (string | null)[] = [];
  const pathId = pathIdsInBulk(core);
  const partPaths: string[] = [];
  const unpacker = new RowUnpacker();
  /** a part's cells: its findings' values, then its locations' (reused from part to part) */
  const cells: unknown[] = [];
  const rows = cells;
  for (const part of parts) {
    unpacker.unpack(part.packed, cells);
    for (let k = 0; k < part.n; k++) {
      const id = nextId + k;
      const at = k * FINDING_WIDTH;
      rows[at + B.id] = id;
      rows[at + B.projectId] = projectId;
      rows[at + B.reportId] = reportId;
      rows[at + B.createdAt] = now;
      rows[at + B.updatedAt] = now;
      const text = rows[at + B.ruleText] as string | null; // the rule text itself (sarif-rows.ts)
      if (text !== null) rows[at + B.ruleText] = ruleTextId(text);
      ruleTexts[k] = text;
      tally.add(rows[at + GROUP.severity] as string | null, rows[at + GROUP.status] as string, rows[at + GROUP.suppression] as string | null);
      st.finding.addValues(rows, at);
      ids.push(id);
      const ref = rows[at + FINDING_REF] as string | null;
      if (ref && !byRef.has(ref)) byRef.set(ref, id);
    }
    const locs = cells;
    if (doc) paths.length = 0;
    const locEnd = part.n * FINDING_WIDTH + part.locations * LOCATION_WIDTH;
    partPaths.length = 0;
    for (let at = part.n * FINDING_WIDTH; at < locEnd; at += LOCATION_WIDTH) partPaths.push(locs[at + LOCATION_PATH_ID] as string);
    pathId.resolve(partPaths);
    for (let at = part.n * FINDING_WIDTH; at < locEnd; at += LOCATION_WIDTH) {
      const k = locs[at + LOCATION_FINDING] as number;
      const path = locs[at + LOCATION_PATH_ID] as string; // the path itself (sarif-rows.ts)
      if (doc) paths[k] = paths[k] === undefined ? path : `${paths[k]} ${path}`;
      locs[at + LOCATION_FINDING] = nextId + k;
      locs[at + LOCATION_PATH_ID] = pathId.id(path);
      st.location.addValues(locs, at);
    }
    if (doc) {
      for (let k = 0; k < part.n; k++) {
        const at = k * FINDING_WIDTH;
        docRow[0] = nextId + k;
        const textId = ruleTexts[k] === null ? null : (rows[at + B.ruleText] as number);
        const marked = textId !== null && indexedRuleTexts.has(textId);
        const body = marked ? (rows[at + DOC.body] as string) : composeBody(rows[at + DOC.body] as string, ruleTexts[k]);
        docRow[1] = document([rows[at + DOC.title] as string, body, paths[k] ?? null, rows[at + DOC.ref] as string | null, rows[at + DOC.ruleId] as string | null], marked ? textId : null);
        doc.addValues(docRow, 0);
      }
    }
    nextId += part.n;
    added += part.n;
    onPart(added);
  }
  st.finding.flush(); // its locations' and documents' rows after it
  return added;
}

/** where the gate's values are in FINDING_ROW values */
const GROUP = { severity: col(FINDING_ROW, 'severity'), status: col(FINDING_ROW, 'status'), suppression: col(FINDING_ROW, 'suppression') };

/** where a search document's texts are in FINDING_ROW values (its paths: the locations' path_id values, before they become ids) */
const DOC = {
  title: col(FINDING_ROW, 'title'),
  body: col(FINDING_ROW, 'body'),
  ref: col(FINDING_ROW, 'ref'),
  ruleId: col(FINDING_ROW, 'rule_id'),
};

export function refsIn(text: string, byRef: Map<string, number>): number[] {
  const out: number[] = [];
  for (const [ref, id] of byRef) {
    const at = text.indexOf(ref);
    if (at < 0) continue;
    const before = text[at - 1];
    const after = text[at + ref.length];
    if ((before === undefined || !/[\w-]/.test(before)) && (after === undefined || !/[\w-]/.test(after))) out.push(id);
  }
  return out;
}

export function storeChecklists(core: CoreContext, projectId: number, reportId: number, parsed: ParsedReport, byRef: Map<string, number>) {
  const { db, runner } = core;
  parsed.checklists.forEach((c, ci) => {
    const checklistId = runner.run(
      checklistRepository(db).insert({ project_id: projectId, report_id: reportId, title: c.title, gate: c.gate ? 1 : 0, ordinal: ci }),
    ).lastId;
    c.items.forEach((item, ii) => {
      const itemId = runner.run(
        checklistRepository(db).insertItem({ checklist_id: checklistId, text: item.text, checked: item.checked ? 1 : 0, ordinal: ii }),
      ).lastId;
      for (const findingId of refsIn(item.text, byRef)) {
        runner.run(checklistRepository(db).insertLink(itemId, findingId));
      }
    });
  });
}

export function storeFixOrder(core: CoreContext, reportId: number, parsed: Pick<ParsedReport, 'fixOrder'>) {
  const { db, runner } = core;
  parsed.fixOrder.forEach((step, si) => {
    const stepId = runner.run(
      reportRepository(db).insertFixStep({
        report_id: reportId,
        title: step.title,
        ordinal: si,
        effort_min_hours: step.effort ? num(step.effort.minHours) : null,
        effort_max_hours: step.effort ? num(step.effort.maxHours) : null,
        effort_text: step.effort?.text ?? null,
      }),
    ).lastId;
    step.items.forEach((item, ii) => {
      runner.run(
        reportRepository(db).insertFixItem({ step_id: stepId, text: item.text, done: item.done ? 1 : 0, refs: JSON.stringify(item.refs ?? []), ordinal: ii }),
      );
    });
  });
}
