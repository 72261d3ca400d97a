// backup.list / backup.create / backup.restore (issue 7): copies of the database file in backups/
// next to it, through SQLite's online backup API (db/backup.ts).
import { CompiledQuery } from 'kysely';
import { basename, isAbsolute, join } from 'node:path';
import { backupDir, BackupError, checkBackupFile, createBackup, listBackups, restoreBackup } from '../../../db/backup';
import { isPostgresUrl } from '../../../db/location';
import { migrate } from '../../../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { CoreError, type CoreContext } from '../context';
import { checkpoint } from '../job';
import { handlersOf, type Handler } from './types';

function requireFileDb(ctx: CoreContext): void {
  if (isPostgresUrl(ctx.dbPath)) throw new CoreError('unavailable', 'a team database (PostgreSQL) is backed up on its server (pg_dump), not by Punchlist');
  if (ctx.dbPath === ':memory:' || ctx.dbPath === '') throw new CoreError('unavailable', 'an in-memory database has no backups');
}

async function wrap<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof BackupError) throw new CoreError('invalid_input', e.message);
    throw e;
  }
}

const list: Handler<'backup.list'> = (ctx) => {
  requireFileDb(ctx);
  return listBackups(ctx.dbPath);
};

const create: Handler<'backup.create'> = (ctx) => {
  requireFileDb(ctx);
  // long work (a job): progress per step of pages, and a cancel stops it at the next step
  return wrap(() => createBackup(ctx.dbPath, 'manual', undefined, (done, total) => checkpoint(ctx, 'backup', done, total)));
};

const restore: Handler<'backup.restore'> = (ctx, { file }) => {
  requireFileDb(ctx);
  return wrap(async () => {
    // a bare name is one of ours (backup.list); anything else must be an absolute path
    const path = isAbsolute(file) ? file : basename(file) === file ? join(backupDir(ctx.dbPath), file) : file;
    const version = checkBackupFile(path, LATEST_SCHEMA_VERSION);
    const previous = await createBackup(ctx.dbPath, 'pre-restore');
    await restoreBackup(ctx.dbPath, path);
    // an older backup is brought up to this version's schema on the open connection
    const { applied, version: now } = migrate(ctx.db, ctx.runner, (v) => {
      ctx.runner.run(CompiledQuery.raw(`PRAGMA user_version = ${v | 0}`));
    });
    ctx.schemaVersion = now;
    return { restored: { file: path, schemaVersion: version }, previous, migrated: applied };
  });
};

export const backupHandlers = handlersOf({
  'backup.list': list,
  'backup.create': create,
  'backup.restore': restore,
});
