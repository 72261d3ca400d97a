// The app's database choice (issue 18): its local SQLite file or a team database on PostgreSQL,
// remembered in <userData>/settings.json for the next start. Pure Node (no 'electron' import): the
// main process injects Electron's safeStorage as the SecretBox, tests a stand-in.
// A password is never written in plain text: the settings keep the URL without it, and the password
// only as safeStorage ciphertext (base64). When the OS offers no encryption the password is refused
// (the user is told to use PGPASSWORD or ~/.pgpass, which `pg` reads like libpq does).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isPostgresUrl } from '../db/location';

/** what the app needs of Electron's safeStorage */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(cipher: Buffer): string;
}

export interface TeamUrl {
  /** the URL as stored: no password; query options (sslmode, sslrootcert, …) kept as given */
  url: string;
  user: string;
  host: string;
  port: number;
  database: string;
  sslmode: string | null;
  /** a password the URL itself carried (never stored as is) */
  password: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const SSLMODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'];

/** Parses a postgres:// (or postgresql://) URL for the team database; one-line error otherwise. */
export function parseTeamUrl(input: string): Parsed<TeamUrl> {
  const text = input.trim();
  if (!isPostgresUrl(text)) return { ok: false, error: 'a team database URL starts with postgres:// (e.g. postgres://alice@db.example.com/punchlist)' };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return { ok: false, error: 'not a valid URL (a password with @, : or / must be percent-encoded, or typed in the password field)' };
  }
  if (!u.hostname) return { ok: false, error: 'the URL names no host (postgres://USER@HOST/DATABASE)' };
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!database) return { ok: false, error: 'the URL names no database (postgres://USER@HOST/DATABASE)' };
  const port = u.port ? Number(u.port) : 5432;
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode !== null && !SSLMODES.includes(sslmode)) return { ok: false, error: `unknown sslmode "${sslmode}" (one of ${SSLMODES.join(', ')})` };
  const password = decodeURIComponent(u.password);
  u.password = '';
  return {
    ok: true,
    value: { url: u.toString(), user: decodeURIComponent(u.username), host: u.hostname, port, database, sslmode, password },
  };
}

/** The URL the core connects with: the stored URL and the password (if any) put back in. */
export function connectionUrl(url: string, password: string | null): string {
  if (!password) return url;
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}

// ---------------------------------------------------------------------------------------------
// settings.json

export interface TeamDatabaseSetting {
  /** without the password */
  url: string;
  /** safeStorage ciphertext, base64; absent: PGPASSWORD / ~/.pgpass (or no password) */
  passwordEncrypted?: string;
}

export interface AppSettings {
  /** the team database the app opens; absent: the local SQLite file */
  teamDatabase?: TeamDatabaseSetting;
  [other: string]: unknown;
}

export function readSettings(file: string): AppSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as AppSettings) : {};
  } catch {
    return {};
  }
}

function writeSettings(file: string, settings: AppSettings): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(settings, null, 2) + '\n', { encoding: 'utf8', mode: 0o600 });
  renameSync(tmp, file);
}

export type SaveOutcome =
  | { ok: true; team: TeamUrl; passwordStored: boolean }
  | { ok: false; error: string; reason: 'invalid-url' | 'no-encryption' };

/**
 * Remembers the team database: the URL without its password, the password (typed, or the one the
 * URL carried) encrypted with `box`. An empty password stores none (PGPASSWORD / ~/.pgpass). When
 * `box` cannot encrypt, nothing is saved and the outcome says why.
 */
export function saveTeamDatabase(file: string, input: { url: string; password?: string }, box: SecretBox): SaveOutcome {
  const parsed = parseTeamUrl(input.url);
  if (!parsed.ok) return { ok: false, error: parsed.error, reason: 'invalid-url' };
  const password = input.password || parsed.value.password;
  const setting: TeamDatabaseSetting = { url: parsed.value.url };
  if (password) {
    if (!box.isEncryptionAvailable())
      return {
        ok: false,
        reason: 'no-encryption',
        error:
          'this system offers no encrypted storage for the password (on Linux: a keyring such as GNOME Keyring or KWallet), and Punchlist never stores it in plain text: leave the password empty and set PGPASSWORD or ~/.pgpass instead',
      };
    setting.passwordEncrypted = box.encryptString(password).toString('base64');
  }
  writeSettings(file, { ...readSettings(file), teamDatabase: setting });
  return { ok: true, team: parsed.value, passwordStored: Boolean(password) };
}

/** Back to the local SQLite file: forgets the team database and its password. */
export function saveLocalDatabase(file: string): void {
  const { teamDatabase: _dropped, ...rest } = readSettings(file);
  writeSettings(file, rest);
}

/**
 * The remembered team database as the URL to connect with (password decrypted back in), or null
 * for the local file. A password that cannot be decrypted any more is an error the caller shows.
 */
export function rememberedTeamDatabase(file: string, box: SecretBox): Parsed<{ url: string; location: string }> | null {
  const team = readSettings(file).teamDatabase;
  if (!team || typeof team.url !== 'string') return null;
  const parsed = parseTeamUrl(team.url);
  if (!parsed.ok) return { ok: false, error: `settings.json: ${parsed.error}` };
  if (!team.passwordEncrypted) return { ok: true, value: { url: parsed.value.url, location: parsed.value.url } };
  if (!box.isEncryptionAvailable()) return { ok: false, error: 'the saved password cannot be decrypted: this system offers no encrypted storage now' };
  try {
    const password = box.decryptString(Buffer.from(team.passwordEncrypted, 'base64'));
    return { ok: true, value: { url: parsed.value.url, location: connectionUrl(parsed.value.url, password) } };
  } catch (err) {
    return { ok: false, error: `the saved password cannot be decrypted (${err instanceof Error ? err.message : String(err)})` };
  }
}
