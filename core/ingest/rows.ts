// The rows a parsed finding is stored as (findings, locations): each column declared once, with how
// its value is got (db/prepared-insert.ts RowSpec). The store fills them on its thread; a large SARIF
// log's rows are filled by its parse thread (sarif-thread.ts), from these same specs.
import { splitBody } from '../../db/finding-body';
import { rowSpec } from '../../db/prepared-insert';
import type { Effort, Location, ParsedFinding } from '../../shared/types';
import { fromBool } from '../service/mappers';
import { normalizePath, reportDigest, type PathOptions } from './fingerprint';

export const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** what a finding's row is made of (one object, refilled for each finding) */
export interface FindingSource {
  f: ParsedFinding;
  id: number;
  projectId: number;
  reportId: number;
  fingerprint: string;
  effort: Effort | null | undefined;
  effortSource: string | null;
  now: string;
  opts: PathOptions;
  /**
   * the rule_text_id of a rule text (rule_texts, db/finding-body.ts); on a parse thread, which
   * cannot know ids, the text itself, which the store then looks up (store.ts)
   */
  ruleTextId: (text: string) => number | string;
}

/** splitBody of the body and rule text last asked about (a row asks twice: body and rule_text_id) */
const lastSplit = { body: '', ruleText: null as string | null | undefined, parts: splitBody('', null) };
function bodyParts(f: ParsedFinding): ReturnType<typeof splitBody> {
  const body = f.body ?? '';
  if (body !== lastSplit.body || f.ruleText !== lastSplit.ruleText) {
    lastSplit.parts = splitBody(body, f.ruleText);
    lastSplit.body = body;
    lastSplit.ruleText = f.ruleText;
  }
  return lastSplit.parts;
}

/** the stored body: the finding's own text, without the rule text it ends with (stored once) */
const ownBody = (f: ParsedFinding): string => bodyParts(f).own;
const ruleTextOf = (f: ParsedFinding): string | null => bodyParts(f).ruleText;

export const FINDING_ROW = rowSpec<'findings', FindingSource>('findings', [
  ['id', (s) => s.id],
  ['project_id', (s) => s.projectId],
  ['report_id', (s) => s.reportId],
  ['ref', (s) => s.f.ref ?? null],
  ['title', (s) => s.f.title],
  ['severity', (s) => s.f.severity ?? null],
  ['severity_text', (s) => s.f.severityText ?? null],
  ['status', (s) => s.f.status ?? 'open'],
  ['phase', (s) => s.f.phase ?? null],
  ['category', (s) => s.f.category ?? null],
  ['rule_id', (s) => s.f.ruleId ?? null],
  ['fingerprint', (s) => s.fingerprint],
  ['blocks_deployment', (s) => fromBool(s.f.blocksDeployment)],
  ['effort_min_hours', (s) => (s.effort ? num(s.effort.minHours) : null)],
  ['effort_max_hours', (s) => (s.effort ? num(s.effort.maxHours) : null)],
  ['effort_source', (s) => s.effortSource],
  ['effort_text', (s) => (s.effort ? s.effort.text : null)],
  ['body', (s) => ownBody(s.f)],
  ['rule_text_id', (s) => {
    const text = ruleTextOf(s.f);
    return text === null ? null : s.ruleTextId(text);
  }],
  ['duplicate_of', () => null], // set only by a user merge (duplicates.merge)
  ['baseline_state', (s) => s.f.baselineState ?? null],
  ['suppression', (s) => (s.f.suppression ? JSON.stringify(s.f.suppression) : null)],
  ['created_at', (s) => s.now],
  ['updated_at', (s) => s.now],
  ['report_digest', (s) => reportDigest(s.f, s.opts)],
]);

/** a location's row: the finding's id, its position and the location (path normalized) */
export interface LocationSource {
  findingId: number;
  ordinal: number;
  l: Location;
  opts: PathOptions;
  /** the id of a path (paths); on a parse thread, the path itself, which the store looks up (store.ts) */
  pathId: (path: string) => number | string;
}

export const LOCATION_ROW = rowSpec<'locations', LocationSource>('locations', [
  ['finding_id', (s) => s.findingId],
  ['ordinal', (s) => s.ordinal],
  ['path', () => ''], // the path is paths.path of path_id (db/location-path.ts)
  ['path_id', (s) => s.pathId(normalizePath(s.l.path, s.opts))],
  ['start_line', (s) => s.l.startLine ?? null],
  ['end_line', (s) => s.l.endLine ?? null],
  ['start_column', (s) => s.l.startColumn ?? null],
  ['end_column', (s) => s.l.endColumn ?? null],
]);
