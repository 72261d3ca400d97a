// What every handler and the ingest store get: the query builder, the synchronous runner, who acts.
import type { Kysely } from 'kysely';
import type { Database, SqlRunner } from '../../db';
import type { ErrorCode } from '../../shared/api';
import type { ChangeNotes } from './changes';
import type { JobControl } from './job';

export interface CoreContext {
  db: Kysely<Database>;
  runner: SqlRunner;
  dbPath: string;
  schemaVersion: number;
  actor: string;
  now(): string;
  /** set when the call runs as a job (progress, cancel: ./job.ts) */
  job?: JobControl;
  /** set during a call: what it wrote, for its change event (./changes.ts) */
  changes?: ChangeNotes;
}

/** A typed failure the dispatcher turns into `{ ok: false, error: { code, message } }`. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}

export const notFound = (what: string) => new CoreError('not_found', `${what} not found`);
