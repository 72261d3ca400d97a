// toJson / fromJson: the versioned Punchlist export a fresh database can re-import without loss.
import { z } from 'zod';
import { currentPlan } from '../../shared/plan';
import { PUNCHLIST_EXPORT_HEAD, resolveSettings, type ProjectSnapshot } from '../../shared/snapshot';
import { SEVERITIES, STATUSES } from '../../shared/types';
import { rulesFileSchema } from '../../shared/rules';
import { isIsoDate, SLA_MAX_DAYS } from '../../shared/assignment';
import { exportedAt, type ExportOptions } from './common';
import { jsonWithVisibleEscapes } from './escape';

export const PUNCHLIST_EXPORT_VERSION = 1;

export interface PunchlistExport {
  punchlist: 1;
  exportedAt: string;
  snapshot: ProjectSnapshot;
  /** the plan as it stood (informational: re-derived from the snapshot on import) */
  plan?: unknown;
}

/** whether a file's first bytes are those of a Punchlist JSON export (toJson writes `"punchlist"` first) */
export function looksLikePunchlistExport(bytes: Uint8Array): boolean {
  return PUNCHLIST_EXPORT_HEAD.test(Buffer.from(bytes.subarray(0, 200)).toString('utf8'));
}

/** Pretty JSON; `plan` is included unless options.includePlan === false. */
export function toJson(snapshot: ProjectSnapshot, options: ExportOptions & { includePlan?: boolean } = {}): string {
  const doc: PunchlistExport = { punchlist: 1, exportedAt: exportedAt(options), snapshot };
  if (options.includePlan !== false) doc.plan = options.plan ?? currentPlan(snapshot);
  // lossless: hidden characters in report text are written as \u escapes (the same value, visibly)
  return `${jsonWithVisibleEscapes(JSON.stringify(doc, null, 2))}\n`;
}

const id = z.number().int().positive();
const hours = z.number().finite().min(0).max(100_000);
const str = (max: number) => z.string().max(max);
const nullableStr = (max: number) => str(max).nullable();
const line = z.number().int().min(0).nullable().optional();
const effort = z.object({ minHours: hours, maxHours: hours, text: str(1000) });
const pair = z.tuple([hours, hours]);
const severityKeyed = <T extends z.ZodType>(v: T) =>
  z.object({ critical: v, high: v, medium: v, low: v, info: v, unrated: v }).partial();

const claims = z
  .object({
    critical: z.number().int().min(0),
    high: z.number().int().min(0),
    medium: z.number().int().min(0),
    low: z.number().int().min(0),
    info: z.number().int().min(0),
    total: z.number().int().min(0),
  })
  .partial();

const fixOrderStep = z.object({
  title: str(2000),
  effort: effort.nullable(),
  items: z.array(z.object({ text: str(10_000), done: z.boolean(), refs: z.array(str(200)) })),
});

const reportSchema = z.object({
  id,
  title: nullableStr(2000),
  sourcePath: str(4096),
  format: str(50),
  tool: nullableStr(500),
  date: nullableStr(50),
  claims: claims.nullable(),
  effortBySeverity: z.object({ critical: effort, high: effort, medium: effort, low: effort, info: effort }).partial().nullable(),
  fixOrder: z.array(fixOrderStep),
  text: z.string().max(50_000_000).nullable().optional(),
});

const findingSchema = z.object({
  id,
  reportId: id,
  ref: nullableStr(200),
  title: str(10_000),
  severity: z.enum(SEVERITIES).nullable(),
  severityText: nullableStr(500),
  status: z.enum(STATUSES),
  phase: nullableStr(500),
  category: nullableStr(2000),
  ruleId: nullableStr(1000),
  fingerprint: str(500),
  toolFingerprints: z.record(z.string(), z.string()).nullable(),
  blocksDeployment: z.boolean().nullable(),
  effortMinHours: hours.nullable(),
  effortMaxHours: hours.nullable(),
  effortSource: z.enum(['report', 'severity-group', 'user', 'default']).nullable(),
  body: str(5_000_000),
  notes: nullableStr(100_000),
  locations: z.array(
    z.object({ path: str(4096), startLine: line, endLine: line, startColumn: line, endColumn: line }),
  ),
  duplicateOf: id.nullable(),
  suppression: z
    .object({ kind: str(100), status: nullableStr(100), justification: nullableStr(100_000) })
    .nullable(),
  statusReason: nullableStr(10_000),
  baselineState: nullableStr(50),
  history: z
    .array(z.object({ at: str(100), actor: str(200), action: str(100), field: nullableStr(100), oldValue: z.unknown(), newValue: z.unknown(), reason: nullableStr(10_000) }))
    .max(100_000)
    .optional(),
  notInLatestSince: nullableStr(100).optional(),
  // issue 18
  firstSeen: str(100).regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d/, 'an ISO time').optional(),
  assignee: nullableStr(200).optional(),
  dueAt: z.string().refine(isIsoDate, 'a date written YYYY-MM-DD').nullable().optional(),
  dueManual: z.boolean().optional(),
});

export const snapshotSchema = z.object({
  project: z.object({ id, name: str(200) }),
  reports: z.array(reportSchema),
  findings: z.array(findingSchema),
  dependencies: z.array(z.object({ findingId: id, dependsOnId: id })),
  checklists: z.array(
    z.object({
      id,
      title: str(2000),
      gate: z.boolean(),
      reportId: id.nullable(),
      items: z.array(
        z.object({ id, text: str(10_000), checked: z.boolean(), findingIds: z.array(id), manual: z.boolean() }),
      ),
    }),
  ),
  planSteps: z.array(z.object({ title: str(2000), findingIds: z.array(id) })).nullable(),
  settings: z.object({
    effortDefaults: severityKeyed(pair),
    severityWeights: severityKeyed(z.number().finite().min(0).max(1_000_000)),
  }),
  rules: rulesFileSchema.shape.rules.optional(),
  sla: z.partialRecord(z.enum(SEVERITIES), z.number().int().min(0).max(SLA_MAX_DAYS)).optional(),
});

const exportSchema = z.object({
  punchlist: z.number().int(),
  exportedAt: z.string().max(100),
  snapshot: snapshotSchema,
  plan: z.unknown().optional(),
});

/** A Punchlist JSON export that cannot be read; `issues` lists every problem with its JSON path. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(top level)' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * Reads a toJson export back into a ProjectSnapshot. Throws ImportError with clear messages:
 * not JSON, not a Punchlist export, a newer format, schema violations (with paths, first 20),
 * duplicate ids and references to findings/reports that are not in the file.
 */
export function fromJson(text: string): ProjectSnapshot {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(`Not a Punchlist export: the file is not valid JSON (${(e as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null || !('punchlist' in raw)) {
    throw new ImportError('Not a Punchlist export: the top-level object has no "punchlist" version field.');
  }
  const version = (raw as { punchlist: unknown }).punchlist;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ImportError(`Not a Punchlist export: "punchlist" must be a format version number, got ${JSON.stringify(version)}.`);
  }
  if (version > PUNCHLIST_EXPORT_VERSION) {
    throw new ImportError(
      `This export was written by a newer Punchlist (format ${version}); this version reads format ${PUNCHLIST_EXPORT_VERSION}.`,
    );
  }
  const parsed = exportSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${pathText(i.path)}: ${i.message}`);
    throw new ImportError(
      `Invalid Punchlist export (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${issues.slice(0, 20).join('; ')}`,
      issues,
    );
  }
  const s = parsed.data.snapshot;
  const problems: string[] = [];
  const dupes = (what: string, ids: number[]) => {
    const seen = new Set<number>();
    for (const i of ids) {
      if (seen.has(i)) problems.push(`duplicate ${what} id ${i}`);
      seen.add(i);
    }
    return seen;
  };
  const reportIds = dupes('report', s.reports.map((r) => r.id));
  const findingIds = dupes('finding', s.findings.map((f) => f.id));
  dupes('checklist', s.checklists.map((c) => c.id));
  dupes('checklist item', s.checklists.flatMap((c) => c.items.map((i) => i.id)));
  s.findings.forEach((f, i) => {
    if (!reportIds.has(f.reportId)) problems.push(`snapshot.findings[${i}].reportId: no report ${f.reportId}`);
    if (f.duplicateOf !== null && !findingIds.has(f.duplicateOf)) problems.push(`snapshot.findings[${i}].duplicateOf: no finding ${f.duplicateOf}`);
  });
  s.dependencies.forEach((d, i) => {
    if (!findingIds.has(d.findingId)) problems.push(`snapshot.dependencies[${i}].findingId: no finding ${d.findingId}`);
    if (!findingIds.has(d.dependsOnId)) problems.push(`snapshot.dependencies[${i}].dependsOnId: no finding ${d.dependsOnId}`);
  });
  s.checklists.forEach((c, i) => {
    if (c.reportId !== null && !reportIds.has(c.reportId)) problems.push(`snapshot.checklists[${i}].reportId: no report ${c.reportId}`);
    c.items.forEach((it, j) =>
      it.findingIds.forEach((fid) => {
        if (!findingIds.has(fid)) problems.push(`snapshot.checklists[${i}].items[${j}].findingIds: no finding ${fid}`);
      }),
    );
  });
  (s.planSteps ?? []).forEach((p, i) =>
    p.findingIds.forEach((fid) => {
      if (!findingIds.has(fid)) problems.push(`snapshot.planSteps[${i}].findingIds: no finding ${fid}`);
    }),
  );
  if (problems.length > 0) {
    throw new ImportError(
      `Invalid Punchlist export (${problems.length} broken reference${problems.length === 1 ? '' : 's'}): ${problems.slice(0, 20).join('; ')}`,
      problems,
    );
  }
  const snapshot = s as unknown as ProjectSnapshot;
  return { ...snapshot, settings: resolveSettings(s.settings) };
}
