// The transport side of the API contract, kept apart from shared/api.ts so the renderer and the
// preload can use it without pulling zod and every schema into their bundles (they only send; the
// main process and the serve host validate every payload with the schemas).
import type { Method, Result } from './api';

/** The name of the single IPC channel, and of the HTTP route prefix on the serve host. */
export const API_CHANNEL = 'punchlist:api';
export const API_HTTP_PREFIX = '/api/';

/** Every method of the contract (the keys of apiSchemas; the compiler checks both ways). */
export const API_METHODS = [
  'meta.info',
  'projects.list',
  'projects.create',
  'reports.list',
  'ingest.paths',
  'ingest.bytes',
  'findings.list',
  'findings.get',
  'findings.update',
  'dependencies.add',
  'dependencies.remove',
  'history.undo',
  'history.redo',
  'settings.get',
  'settings.set',
  'app.openExternal',
  'insights.get',
  'plan.get',
  'plan.setManual',
  'plan.reset',
  'plan.settings.get',
  'plan.settings.set',
  'gate.status',
  'checklists.list',
  'checklists.create',
  'checklists.update',
  'checklists.addItem',
  'checklists.editItem',
  'checklists.setItem',
  'checklists.removeItem',
  'checklists.linkFinding',
  'checklists.unlinkFinding',
  'export.render',
  'import.json',
  'backup.list',
  'backup.create',
  'backup.restore',
  'reingest.preview',
  'reingest.apply',
  'findings.absent',
  'findings.closeAbsent',
  'duplicates.suggest',
  'duplicates.merge',
  'duplicates.unmerge',
  'duplicates.info',
  'review.get',
  'review.correct',
  'rules.list',
  'rules.setEnabled',
  'rules.delete',
  'rules.export',
  'rules.import',
] as const satisfies readonly Method[];

type Unlisted = Exclude<Method, (typeof API_METHODS)[number]>;
// a method added to apiSchemas but not here fails to compile (Unlisted is then not never)
const everyMethodListed: [Unlisted] extends [never] ? true : false = true;
void everyMethodListed;

const KNOWN: ReadonlySet<string> = new Set(API_METHODS);

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && KNOWN.has(name);
}

// ---- the renderer's channel (Electron IPC, the serve host's HTTP API) ----
// A compromised or buggy renderer must not reach the filesystem by naming paths: it reads the files
// the user drops or picks itself and sends their bytes. Paths are supplied only by the main
// process's own dialogs and drops (File > Import…, File > Restore… after its confirmation), the CLI
// and tests, which call the core directly.

/** methods that take filesystem paths: never accepted from the renderer */
export const MAIN_PROCESS_ONLY = ['ingest.paths', 'backup.restore'] as const satisfies readonly Method[];
/** methods whose input may name a file by `path` instead of sending its bytes: from the renderer, bytes only */
export const BYTES_ONLY_FROM_RENDERER = ['reingest.preview', 'reingest.apply'] as const satisfies readonly Method[];

export type MainProcessOnlyMethod = (typeof MAIN_PROCESS_ONLY)[number];
export type RendererMethod = Exclude<Method, MainProcessOnlyMethod>;

const MAIN_ONLY: ReadonlySet<string> = new Set(MAIN_PROCESS_ONLY);
const BYTES_ONLY: ReadonlySet<string> = new Set(BYTES_ONLY_FROM_RENDERER);

/** A call arriving on the renderer's channel: its method when the core may take it, else the error to answer with. */
export function rendererCall(method: unknown, input: unknown): Result<RendererMethod> {
  if (!isMethod(method)) return { ok: false, error: { code: 'invalid_input', message: `unknown method: ${String(method).slice(0, 100)}` } };
  if (MAIN_ONLY.has(method)) {
    return { ok: false, error: { code: 'forbidden', message: `${method} is not available to the app window: it takes filesystem paths, which only the app's own dialogs supply` } };
  }
  if (BYTES_ONLY.has(method) && typeof input === 'object' && input !== null && 'path' in input) {
    return { ok: false, error: { code: 'forbidden', message: `${method}: the app window sends a file's bytes (name and base64), not a path` } };
  }
  return { ok: true, value: method as RendererMethod };
}
