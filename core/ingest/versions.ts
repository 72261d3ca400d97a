// The versions of a report (table report_versions, one row per ingested or applied version) and what
// each changed (its `delta`: finding-id sets). From them: which findings an earlier version had
// (`--baseline N`), and how the latest version compares with the one before (SARIF baselineState).
import { duplicateRepository } from '../../db/repositories/duplicate-repository';
import { CoreError, type CoreContext } from '../service/context';

/** What one version changed, as finding ids of its report. */
export interface VersionDelta {
  /** findings this version added (new rows) */
  added: number[];
  /** findings marked "not in latest report" before that this version has again */
  back: number[];
  /** findings of the version before that this version no longer has */
  left: number[];
  /** findings of both whose report text or location changed */
  updated: number[];
  /** the last event written when the version was applied: later `report.update` events are what came after it */
  lastEvent?: number;
}

/** Sorted ids as runs: "1-200000,200017,200100-200102" (a first ingest's ids are one run). */
export function encodeIds(ids: Iterable<number>): string {
  const sorted = [...ids].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] <= sorted[j] + 1) j++;
    out.push(sorted[i] === sorted[j] ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

export function decodeIds(text: string): number[] {
  const out: number[] = [];
  if (!text) return out;
  for (const part of text.split(',')) {
    const dash = part.indexOf('-');
    if (dash < 0) {
      out.push(Number(part));
      continue;
    }
    const to = Number(part.slice(dash + 1));
    for (let id = Number(part.slice(0, dash)); id <= to; id++) out.push(id);
  }
  return out;
}

export function encodeDelta(d: Partial<VersionDelta>): string {
  return JSON.stringify({
    added: encodeIds(d.added ?? []),
    back: encodeIds(d.back ?? []),
    left: encodeIds(d.left ?? []),
    updated: encodeIds(d.updated ?? []),
    lastEvent: d.lastEvent ?? null,
  });
}

export function decodeDelta(text: string | null): VersionDelta | null {
  if (!text) return null;
  const raw = JSON.parse(text) as { added: string; back: string; left: string; updated: string; lastEvent?: number | null };
  const d: VersionDelta = { added: decodeIds(raw.added), back: decodeIds(raw.back), left: decodeIds(raw.left), updated: decodeIds(raw.updated) };
  if (typeof raw.lastEvent === 'number') d.lastEvent = raw.lastEvent;
  return d;
}

export interface ReportVersion {
  /** 1 = the first ingest */
  number: number;
  id: number;
  sha256: string;
  sourcePath: string;
  appliedAt: string;
  delta: VersionDelta | null;
}

export function reportVersions(core: CoreContext, reportId: number): ReportVersion[] {
  return core.runner.all(duplicateRepository(core.db).versions(reportId)).map((v, i) => ({
    number: i + 1,
    id: v.id,
    sha256: v.sha256,
    sourcePath: v.source_path,
    appliedAt: v.applied_at,
    delta: decodeDelta(v.delta),
  }));
}

/**
 * The version `name` names: its number ("3"), a sha256 prefix of its file (7+ hex digits), or the
 * path or file name it was read from (the latest such version).
 */
export function resolveVersion(versions: readonly ReportVersion[], name: string, label: string): ReportVersion {
  const n = name.trim();
  const list = () => versions.map((v) => `${v.number} (${v.sourcePath}, ${v.appliedAt.slice(0, 10)}, ${v.sha256.slice(0, 12)})`).join('; ');
  let found: ReportVersion | undefined;
  if (/^\d+$/.test(n)) found = versions.find((v) => v.number === Number(n));
  else if (/^[0-9a-f]{7,64}$/i.test(n)) found = versions.find((v) => v.sha256.startsWith(n.toLowerCase()));
  if (!found) {
    const base = (p: string) => p.replace(/\\/g, '/').split('/').pop();
    found = [...versions].reverse().find((v) => v.sourcePath === n) ?? [...versions].reverse().find((v) => base(v.sourcePath) === base(n));
  }
  if (!found) throw new CoreError('invalid_input', `${label} has no version "${name}"; its versions: ${list() || 'none recorded'}`);
  return found;
}

/**
 * The findings version `v` of the report had, by replaying the deltas. `all` are the ids of every
 * finding of the report (rows are never deleted). Versions stored before deltas were recorded can
 * be replayed only when they are the first.
 */
export function membersAt(versions: readonly ReportVersion[], v: ReportVersion, all: readonly number[], label: string): Set<number> {
  const later = versions.slice(1);
  if (later.some((x) => x.delta === null)) {
    throw new CoreError(
      'invalid_input',
      `${label}: its versions before this release of Punchlist were recorded without what each one contained; a baseline can be any version ingested from now on`,
    );
  }
  // version 1: every finding, less those added by later versions
  const addedLater = new Set(later.flatMap((x) => x.delta!.added));
  const members = new Set(versions[0].delta ? versions[0].delta.added : all.filter((id) => !addedLater.has(id)));
  for (const x of later) {
    if (x.number > v.number) break;
    const d = x.delta!;
    for (const id of d.added) members.add(id);
    for (const id of d.back) members.add(id);
    for (const id of d.left) members.delete(id);
  }
  return members;
}

/** the id of the last event written so far (0 when there is none) */
export function lastEventId(core: CoreContext): number {
  return Number(core.runner.first(core.db.selectFrom('events').select((eb) => eb.fn.max('id').as('m')))?.m ?? 0);
}

/**
 * The last event written when version `v` of report `reportId` was applied; for a first version
 * stored before deltas, its `ingest` event.
 */
export function versionEventMark(core: CoreContext, reportId: number, v: ReportVersion): number {
  if (v.delta?.lastEvent !== undefined) return v.delta.lastEvent;
  const first = core.runner.first(
    core.db
      .selectFrom('events')
      .select((eb) => eb.fn.min('id').as('m'))
      .where('entity', '=', 'report')
      .where('entity_id', '=', reportId)
      .where('action', 'in', ['ingest', 'import']),
  );
  return Number(first?.m ?? 0);
}

/**
 * How each finding of the project's updated reports compares with the version before the latest
 * (SARIF baselineState): new (added or back), updated (text or location changed), absent (not in
 * the latest version), unchanged. Reports with one version, or whose latest version was stored
 * before deltas were recorded, have no entry.
 */
export function latestComparison(core: CoreContext, projectId: number): Map<number, 'new' | 'unchanged' | 'updated' | 'absent'> {
  const out = new Map<number, 'new' | 'unchanged' | 'updated' | 'absent'>();
  const dup = duplicateRepository(core.db);
  const reports = core.runner.all(core.db.selectFrom('reports').select('id').where('project_id', '=', projectId));
  for (const { id } of reports) {
    const versions = reportVersions(core, id);
    const latest = versions[versions.length - 1];
    if (versions.length < 2 || !latest.delta) continue;
    for (const f of core.runner.all(core.db.selectFrom('findings').select('id').where('report_id', '=', id))) out.set(f.id, 'unchanged');
    for (const fid of latest.delta.updated) out.set(fid, 'updated');
    for (const fid of [...latest.delta.added, ...latest.delta.back]) out.set(fid, 'new');
    for (const a of core.runner.all(dup.absentIds(projectId, id))) out.set(a.finding_id, 'absent');
  }
  return out;
}
