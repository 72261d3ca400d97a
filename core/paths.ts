// Where Punchlist keeps its data: the same folder Electron's app.getPath('userData') gives for
// productName "Punchlist", so the CLI and the desktop app share one database by default.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Punchlist';
export const DB_FILE_NAME = 'punchlist.sqlite';

type Env = Record<string, string | undefined>;

export function userDataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_NAME);
}

/** --db, then PUNCHLIST_DB, else <userData>/punchlist.sqlite. */
export function resolveDbPath(opts: { argDb?: string | null; env?: Env; platform?: NodeJS.Platform } = {}): string {
  const env = opts.env ?? process.env;
  if (opts.argDb) return opts.argDb;
  if (env.PUNCHLIST_DB) return env.PUNCHLIST_DB;
  return join(userDataDir(env, opts.platform), DB_FILE_NAME);
}
