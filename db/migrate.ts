// Runs pending migrations at open, all in one (immediate) transaction; records each version in
// schema_migrations and the latest in PRAGMA user_version.
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { SqlRunner } from './runner';
import { migrations as allMigrations, type Migration } from './migrations';

export interface MigrationOutcome {
  applied: number[];
  version: number;
}

/**
 * `beforeSteps` runs first inside the write transaction (openDatabase checks there that nobody
 * changed the file since its pre-migration backup); what it throws rolls everything back.
 */
export function migrate(
  db: Kysely<Database>,
  runner: SqlRunner,
  setUserVersion: (v: number) => void,
  migrations: readonly Migration[] = allMigrations,
  beforeSteps?: () => void,
): MigrationOutcome {
  return runner.tx(() => {
    beforeSteps?.();
    runner.run(
      db.schema
        .createTable('schema_migrations')
        .ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull()),
    );
    const done = new Set(
      runner.all(db.selectFrom('schema_migrations').select('version')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const step of m.up(db)) {
        runner.run(typeof step === 'string' ? CompiledQuery.raw(step) : step);
      }
      runner.run(
        db
          .insertInto('schema_migrations')
          .values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }),
      );
      applied.push(m.version);
    }
    const version = Math.max(0, ...done, ...applied);
    if (applied.length) setUserVersion(version);
    return { applied, version };
  });
}
