import type { Kysely } from 'kysely';
import type { Query } from '../runner';

/** One schema step. `up` returns the statements to run, in order (built with Kysely, or raw SQL). */
export interface Migration {
  version: number;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Array<Query<unknown> | string>;
}
