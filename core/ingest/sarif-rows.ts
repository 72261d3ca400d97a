// A streamed SARIF log's rows, a part of a few hundred findings at a time: the column values (rows.ts
// FINDING_ROW and LOCATION_ROW, fingerprints and report digests included) the store inserts. Made on
// a parse thread beside the store (sarif-thread.ts: parse, map and hash on one core while the store
// inserts on the other), or on the store's own thread when no thread can be started; packed either
// way (row-pack.ts: typed arrays, one string and a dictionary of repeated values cross threads far
// cheaper than arrays of values, which crossed ~5x cheaper than the findings' objects).
// The values the thread cannot know -- ids, project, report, time -- are left blank and set by the
// store (RowPart users: store.ts).
import type { ReportFormat } from '../../shared/types';
import { fingerprintAll, Occurrences, type PathOptions } from './fingerprint';
import { RowPacker, type PackedPart } from './row-pack';
import { FINDING_ROW, LOCATION_ROW, type FindingSource, type LocationSource } from './rows';
import { sourceBatches, type StreamSource } from './sarif-stream';

export interface RowPart {
  /** findings in this part */
  n: number;
  /** location rows in this part */
  locations: number;
  /**
   * FINDING_ROW values, row after row (id, project_id, report_id, created_at, updated_at blank;
   * rule_text_id holds the rule text itself, or null), then LOCATION_ROW values, row after row
   * (finding_id is the finding's index in this part, path_id the path), packed (row-pack.ts)
   */
  packed: PackedPart;
}

export const FINDING_WIDTH = FINDING_ROW.columns.length;
export const LOCATION_WIDTH = LOCATION_ROW.columns.length;
/** the index of a column in a RowSpec's values */
export const col = (spec: { columns: ReadonlyArray<readonly [string, unknown]> }, name: string) => spec.columns.findIndex(([c]) => c === name);
/** the FINDING_ROW columns the store fills in */
export const FINDING_BLANKS = { id: col(FINDING_ROW, 'id'), ruleText: col(FINDING_ROW, 'rule_text_id'), projectId: col(FINDING_ROW, 'project_id'), reportId: col(FINDING_ROW, 'report_id'), createdAt: col(FINDING_ROW, 'created_at'), updatedAt: col(FINDING_ROW, 'updated_at') };
export const FINDING_REF = col(FINDING_ROW, 'ref');
export const LOCATION_FINDING = col(LOCATION_ROW, 'finding_id');
/** the LOCATION_ROW column that holds the path itself, which the store turns into its id */
export const LOCATION_PATH_ID = col(LOCATION_ROW, 'path_id');

/**
 * Columns whose values are mostly a finding's own (they go inline in a packed part); the strings of
 * every other column repeat across findings (a rule's text and title, severities, paths, …) and
 * cross once through the packer's dictionary.
 */
const OWN_VALUES = new Set(['ref', 'fingerprint', 'body', 'report_digest']);
const DICT_COLUMNS = [...FINDING_ROW.columns, ...LOCATION_ROW.columns].map(([name]) => !OWN_VALUES.has(name));

/**
 * The rows of every finding of a streamed log, in order (fingerprints counted across parts, as
 * storeParsedReport does), packed (row-pack.ts; read them with a RowUnpacker). Only for reports
 * without effort by severity: a SARIF log has none.
 */
export function* rowParts(src: StreamSource, format: ReportFormat, opts: PathOptions, broken: () => never): Iterable<RowPart> {
  const seen = new Occurrences();
  const fgets = FINDING_ROW.columns.map(([, get]) => get);
  const lgets = LOCATION_ROW.columns.map(([, get]) => get);
  const fs: FindingSource = { f: null as never, id: 0, projectId: 0, reportId: 0, fingerprint: '', effort: null, effortSource: null, now: '', opts, ruleTextId: (text) => text };
  const ls: LocationSource = { findingId: 0, ordinal: 0, l: { path: '' }, opts, pathId: (path) => path };
  const packer = new RowPacker(DICT_COLUMNS);
  const locations: unknown[] = [];
  for (const batch of sourceBatches(src, broken)) {
    const fps = fingerprintAll(format, batch, opts, seen);
    locations.length = 0;
    for (let k = 0; k < batch.length; k++) {
      const f = batch[k];
      fs.f = f;
      fs.fingerprint = fps[k];
      fs.effort = f.effort;
      fs.effortSource = f.effort ? 'report' : null;
      for (let c = 0; c < FINDING_WIDTH; c++) packer.put(fgets[c](fs), c);
      const locs = f.locations;
      ls.findingId = k;
      for (let j = 0; j < locs.length; j++) {
        ls.ordinal = j;
        ls.l = locs[j];
        for (let c = 0; c < LOCATION_WIDTH; c++) locations.push(lgets[c](ls));
      }
    }
    for (let i = 0; i < locations.length; i++) packer.put(locations[i], FINDING_WIDTH + (i % LOCATION_WIDTH));
    yield { n: batch.length, locations: locations.length / LOCATION_WIDTH, packed: packer.part() };
  }
}
