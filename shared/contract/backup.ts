import { z } from 'zod';
import type { BackupEntry, BackupRestoreResult } from '../api';
import { ENTITIES } from './define';
import { none, out } from './parts';

export const backupMethods = {
  /** this database's backups (backups/ next to the file), newest first */
  'backup.list': { input: none, output: out<BackupEntry[]>(), reads: ['backups'] },
  /** a copy of the database now (SQLite online backup API); the last few of each kind are kept */
  'backup.create': { input: none, output: out<BackupEntry>(), job: true, writes: ['backups'] },
  /**
   * replace the database with a backup (a name from backup.list, or an absolute path chosen by the
   * user in File > Restore…); a copy of the current state is kept first; not on the renderer's channel
   */
  'backup.restore': { input: z.object({ file: z.string().min(1).max(4096) }).strict(), output: out<BackupRestoreResult>(), caller: 'main', writes: ENTITIES },
} as const;
