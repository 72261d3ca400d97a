// The registry: every method of the contract, merged from the feature modules (a name defined twice
// throws when this module loads). The core's handlers are keyed by the same names
// (core/service/handlers/index.ts); hosts, the preload and the renderer's client derive what they
// need from here or from the types below. Adding a method: its definition in its feature module
// here, its handler in the core's module of the same feature, its test.
import type { z } from 'zod';
import { mergeByName, type Entity, type MethodDefinition, type Result } from './define';
import { assignmentMethods } from './assignment';
import { backupMethods } from './backup';
import { findingMethods } from './findings';
import { ingestMethods } from './ingest';
import { metaMethods } from './meta';
import { checklistMethods, exportMethods, planMethods } from './plan';
import { projectMethods } from './projects';
import { duplicateMethods, reingestMethods } from './reingest';
import { reviewMethods } from './review';

export const contract = mergeByName(
  metaMethods,
  projectMethods,
  ingestMethods,
  findingMethods,
  planMethods,
  checklistMethods,
  exportMethods,
  backupMethods,
  reingestMethods,
  duplicateMethods,
  reviewMethods,
  assignmentMethods,
);

export type Contract = typeof contract;
export type Method = keyof Contract & string;
/** what a caller sends (defaults may be left out) */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** what the handler gets (defaults filled in) */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** A schema's complaint in one line: `field.path: message; …`. */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const where = i.path.length ? i.path.map(String).join('.') : 'input';
      return `${where}: ${i.message}`;
    })
    .join('; ');
}

export function definitionOf(method: Method): MethodDefinition {
  return contract[method] as MethodDefinition;
}

/** Methods whose answer is made of any of `entities`: what a change to them makes stale. */
export function methodsReading(entities: readonly Entity[]): Method[] {
  const touched = new Set(entities);
  return METHODS.filter((m) => (definitionOf(m).reads ?? []).some((e) => touched.has(e)));
}

// ---- the renderer's channel (Electron IPC, the serve host's HTTP API) ----
// A compromised or buggy renderer must not reach the filesystem by naming paths: it reads the files
// the user drops or picks itself and sends their bytes. Paths are supplied only by the main
// process's own dialogs and drops (File > Import…, File > Restore… after its confirmation), the CLI
// and tests, which call the core directly.

export type MainProcessOnlyMethod = { [M in Method]: Contract[M] extends { caller: 'main' } ? M : never }[Method];
type BytesOnlyMethod = { [M in Method]: Contract[M] extends { caller: 'bytes' } ? M : never }[Method];
export type RendererMethod = Exclude<Method, MainProcessOnlyMethod>;
/** What the renderer's channel accepts of a method's input: files as bytes, never as paths. */
export type RendererInput<M extends RendererMethod> = M extends BytesOnlyMethod ? Omit<Input<M>, 'path'> : Input<M>;

/** A call arriving on the renderer's channel: its method when the core may take it, else the error to answer with. */
export function rendererCall(method: unknown, input: unknown): Result<RendererMethod> {
  if (!isMethod(method)) return { ok: false, error: { code: 'invalid_input', message: `unknown method: ${String(method).slice(0, 100)}` } };
  const caller = definitionOf(method).caller;
  if (caller === 'main') {
    return { ok: false, error: { code: 'forbidden', message: `${method} is not available to the app window: it takes filesystem paths, which only the app's own dialogs supply` } };
  }
  if (caller === 'bytes' && typeof input === 'object' && input !== null && 'path' in input) {
    return { ok: false, error: { code: 'forbidden', message: `${method}: the app window sends a file's bytes (name and base64), not a path` } };
  }
  return { ok: true, value: method as RendererMethod };
}

/**
 * The project a successful call was about, or null: `input.projectId` of a project-scoped method;
 * `projects.create` makes its new project the one.
 */
export function projectOfCall(method: string, input: unknown, value?: unknown): number | null {
  const pick = (o: unknown, key: string): number | null => {
    if (o && typeof o === 'object' && key in o) {
      const v = (o as Record<string, unknown>)[key];
      if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return v;
    }
    return null;
  };
  if (method === 'projects.create') return pick(value, 'id');
  if (isMethod(method) && definitionOf(method).scope === 'project') return pick(input, 'projectId');
  return null;
}
