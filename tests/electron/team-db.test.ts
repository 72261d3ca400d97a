// The app's team-database setting (electron/team-db.ts), in Node on real files: URL checks,
// sslmode kept, the password never written in plain text, refused when nothing can encrypt it.
// The SecretBox is a real cipher standing in for Electron's safeStorage (./secret-box.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  connectionUrl,
  parseTeamUrl,
  readSettings,
  rememberedTeamDatabase,
  saveLocalDatabase,
  saveTeamDatabase,
} from '../../electron/team-db';
import { aesBox } from './secret-box';

let dir = '';
let file = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'punchlist-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('parseTeamUrl', () => {
  it('reads user, host, port, database and sslmode; strips the password from the URL', () => {
    const p = parseTeamUrl(' postgres://alice:s3cr%40t@db.example.com:6543/punch_list?sslmode=verify-full&sslrootcert=/etc/ca.pem ');
    expect(p).toEqual({
      ok: true,
      value: {
        url: 'postgres://alice@db.example.com:6543/punch_list?sslmode=verify-full&sslrootcert=/etc/ca.pem',
        user: 'alice',
        host: 'db.example.com',
        port: 6543,
        database: 'punch_list',
        sslmode: 'verify-full',
        password: 's3cr@t',
      },
    });
  });

  it('defaults the port to 5432 and accepts postgresql://', () => {
    const p = parseTeamUrl('postgresql://bob@10.0.0.5/team');
    expect(p.ok && [p.value.port, p.value.sslmode, p.value.password, p.value.url]).toEqual([5432, null, '', 'postgresql://bob@10.0.0.5/team']);
  });

  it.each([
    ['/home/me/punchlist.sqlite', 'starts with postgres://'],
    ['postgres://alice@db.example.com', 'no database'],
    ['postgres://alice@db.example.com/', 'no database'],
    ['postgres:///punchlist', 'no host'],
    ['postgres://alice@db.example.com/p?sslmode=sometimes', 'unknown sslmode "sometimes"'],
  ])('refuses %s with a one-line reason', (url, reason) => {
    const p = parseTeamUrl(url);
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.error).toContain(reason);
      expect(p.error).not.toContain('\n');
    }
  });

  it('connectionUrl puts a password back, percent-encoded', () => {
    expect(connectionUrl('postgres://alice@h/db?sslmode=require', 'p@ss:w/rd')).toBe('postgres://alice:p%40ss%3Aw%2Frd@h/db?sslmode=require');
    expect(connectionUrl('postgres://alice@h/db', '')).toBe('postgres://alice@h/db');
  });
});

describe('settings.json', () => {
  it('stores the URL without the password and the password only encrypted; reads it back', () => {
    writeFileSync(file, JSON.stringify({ windowBounds: { width: 900 } }));
    const box = aesBox();
    const saved = saveTeamDatabase(file, { url: 'postgres://alice@db.example.com/punchlist?sslmode=require', password: 'correct horse battery' }, box);
    expect(saved.ok && saved.passwordStored).toBe(true);
    const raw = readFileSync(file, 'utf8');
    expect(raw).not.toContain('correct horse battery');
    expect(raw).not.toContain(Buffer.from('correct horse battery').toString('base64'));
    const stored = JSON.parse(raw);
    expect(stored.windowBounds).toEqual({ width: 900 }); // other settings kept
    expect(stored.teamDatabase.url).toBe('postgres://alice@db.example.com/punchlist?sslmode=require');
    expect(typeof stored.teamDatabase.passwordEncrypted).toBe('string');
    expect(rememberedTeamDatabase(file, box)).toEqual({
      ok: true,
      value: {
        url: 'postgres://alice@db.example.com/punchlist?sslmode=require',
        location: 'postgres://alice:correct%20horse%20battery@db.example.com/punchlist?sslmode=require',
      },
    });
  });

  it('a password typed into the URL is moved out of it and encrypted too', () => {
    const box = aesBox();
    const saved = saveTeamDatabase(file, { url: 'postgres://alice:hunter2@db.example.com/punchlist' }, box);
    expect(saved.ok && saved.passwordStored).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain('hunter2');
    expect(box.calls).toBe(1);
  });

  it('refuses to save a password when nothing can encrypt it, and writes nothing', () => {
    const box = aesBox(() => false);
    const saved = saveTeamDatabase(file, { url: 'postgres://alice@db.example.com/punchlist', password: 'hunter2' }, box);
    expect(saved).toMatchObject({ ok: false, reason: 'no-encryption' });
    expect(!saved.ok && saved.error).toContain('PGPASSWORD');
    expect(existsSync(file)).toBe(false);
    // the same URL without a password is fine: PGPASSWORD / ~/.pgpass give it
    const without = saveTeamDatabase(file, { url: 'postgres://alice@db.example.com/punchlist' }, box);
    expect(without.ok && without.passwordStored).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ teamDatabase: { url: 'postgres://alice@db.example.com/punchlist' } });
    expect(rememberedTeamDatabase(file, box)).toEqual({
      ok: true,
      value: { url: 'postgres://alice@db.example.com/punchlist', location: 'postgres://alice@db.example.com/punchlist' },
    });
  });

  it('a bad URL saves nothing', () => {
    expect(saveTeamDatabase(file, { url: 'mysql://x/y' }, aesBox())).toMatchObject({ ok: false, reason: 'invalid-url' });
    expect(existsSync(file)).toBe(false);
  });

  it('a password that no longer decrypts (another key) is an error, not a silent local fallback', () => {
    saveTeamDatabase(file, { url: 'postgres://alice@h/db', password: 'x' }, aesBox());
    const other = rememberedTeamDatabase(file, aesBox());
    expect(other).toMatchObject({ ok: false });
  });

  it('Open Local Database forgets the team database; no settings file means the local file', () => {
    expect(rememberedTeamDatabase(file, aesBox())).toBeNull();
    writeFileSync(file, '{not json');
    expect(readSettings(file)).toEqual({});
    saveTeamDatabase(file, { url: 'postgres://alice@h/db', password: 'x' }, aesBox());
    saveLocalDatabase(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({});
    expect(rememberedTeamDatabase(file, aesBox())).toBeNull();
  });
});
