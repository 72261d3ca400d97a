// The one typed contract between the renderer and the core (Electron IPC or the loopback HTTP host).
// Every method has a zod schema for its input (validated in the main process / serve host) and an
// output type. Calls never throw across the boundary: they resolve to a Result.
import { z } from 'zod';
import { SEVERITIES, STATUSES, type Claims, type Location, type Severity, type Status } from './types';

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
export const apiSchemas = {
  'meta.info': z.object({}).strict(),
  'projects.list': z.object({}).strict(),
  'projects.create': z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  'reports.list': z.object({ projectId: id }).strict(),
  /** ingest files or folders by path (Electron dialog / drop, CLI) */
  'ingest.paths': z.object({ projectId: id, paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(),
  /** ingest bytes the renderer read itself (browser drop); base64 */
  'ingest.bytes': z
    .object({ projectId: id, name: z.string().min(1).max(1000), base64: z.string().max(700_000_000) })
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
  report: { id: number; title: string | null; sourcePath: string };
  /** an earlier finding of the project with the same fingerprint (from another report), if any */
  duplicateOf?: number | null;
}

export type IngestFileResult =
  | { file: string; ok: true; reportId: number; format: string; added: number; alreadyPresent: boolean; repairs: string[] }
  | { file: string; ok: false; error: string };

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
}

export type Output<M extends Method> = Outputs[M];

/** What the renderer holds: one function per method, resolving to a Result. */
export type ApiClient = <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;

/** The name of the single IPC channel, and of the HTTP route prefix on the serve host. */
export const API_CHANNEL = 'punchlist:api';
export const API_HTTP_PREFIX = '/api/';

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiSchemas, name);
}
