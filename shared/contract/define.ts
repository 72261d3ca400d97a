// How a method of the contract is defined: once, in its feature module (shared/contract/<feature>.ts),
// with its input schema, what it is about and what it touches; its handler sits in the core under
// the same name (core/service/handlers/<feature>.ts, typed from this definition). The registry
// (./index.ts) merges the feature modules and refuses a name defined twice.
import type { z } from 'zod';

/** What the error of a failed call says, as a value (never thrown across the boundary). */
export type ErrorCode =
  /** the input failed its schema, or names something of another project */
  | 'invalid_input'
  | 'not_found'
  | 'parse_error'
  | 'conflict'
  /** the database is locked by another writer */
  | 'busy'
  /** the core is closed or stopped, or the call cannot run on this host */
  | 'unavailable'
  /** the renderer's channel refuses it (paths, untrusted frame, a refused link) */
  | 'forbidden'
  | 'cancelled'
  | 'internal'
  // the serve host's HTTP answers
  | 'unauthorized'
  | 'unknown_method'
  | 'method_not_allowed'
  | 'too_large'
  | 'http';

export interface ApiError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Where long work (a `job` method) is: the core reports it at its checkpoints (core/service/job.ts). */
export interface Progress {
  /** what the work is doing: 'parse', 'store', 'index', 'export', 'backup', … */
  phase: string;
  done: number;
  /** null when the amount of work is not known in advance */
  total: number | null;
  /** the file being worked on, when there is one */
  file?: string;
}

/**
 * What a change event names (core/service/changes.ts): the kinds of data a method writes, and a
 * method's reads are checked against them to tell which cached answers are stale.
 */
export const ENTITIES = ['projects', 'reports', 'findings', 'dependencies', 'history', 'settings', 'plan', 'checklists', 'rules', 'backups'] as const;
export type Entity = (typeof ENTITIES)[number];

export interface MethodDefinition<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** the answer's type (a type only: `out<T>()`); the handler must return it */
  output: O;
  /** 'project': `input.projectId` names the project the call is about (the Electron shell's target of File > Import…) */
  scope?: 'project';
  /**
   * who may call it: 'main' — only the host's own code (it takes filesystem paths), never the renderer's channel;
   * 'bytes' — from the renderer only with a file's bytes, never its `path`. Default: anyone.
   */
  caller?: 'main' | 'bytes';
  /** long work: runs in the job thread, reports progress and can be cancelled */
  job?: true;
  /** answered by the host itself (it needs the desktop: a dialog, the browser), not by the core's handler */
  host?: true;
  /** what its answer is made of: a change to any of these makes a cached answer stale */
  reads?: readonly Entity[];
  /** what it may change: a successful call announces a change event naming these */
  writes?: readonly Entity[];
  /**
   * it edits findings and nothing else a card shows, and its change event names every finding it
   * changed: a view holding cards fetches those cards again by id, not all of them (ChangeEvent.cardEdit)
   */
  cardEdit?: true;
}

/** The type of a method's answer, declared in its definition (no value at run time). */
export const out = <T>(): T => undefined as T;

export type Definitions = Record<string, MethodDefinition>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Merges feature modules (definitions, or the core's handlers) into one table; a name defined twice is an error. */
export function mergeByName<const M extends readonly object[]>(...modules: M): UnionToIntersection<M[number]> {
  const merged: Record<string, unknown> = {};
  for (const m of modules) {
    for (const [name, def] of Object.entries(m)) {
      if (Object.prototype.hasOwnProperty.call(merged, name)) throw new Error(`method ${name} is defined twice`);
      merged[name] = def;
    }
  }
  return Object.freeze(merged) as UnionToIntersection<M[number]>;
}
