// The transport side of the API contract, kept apart from shared/api.ts so the renderer and the
// preload can use it without pulling zod and every schema into their bundles (they only send; the
// main process and the serve host validate every payload with the schemas).
import type { Method } from './api';

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
] as const satisfies readonly Method[];

type Unlisted = Exclude<Method, (typeof API_METHODS)[number]>;
// a method added to apiSchemas but not here fails to compile (Unlisted is then not never)
const everyMethodListed: [Unlisted] extends [never] ? true : false = true;
void everyMethodListed;

const KNOWN: ReadonlySet<string> = new Set(API_METHODS);

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && KNOWN.has(name);
}
