// The whole content of a SQLite file, for "the database is as it was" after a cancelled job.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

/** every row of every table (FTS shadow tables included), hashed per table */
export function dbState(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as Array<{ name: string }>;
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const virtual = /^CREATE VIRTUAL/i.test((db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(name) as { sql: string }).sql);
      if (virtual) continue; // its shadow tables hold its content
      const h = createHash('sha256');
      let n = 0;
      for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate()) {
        h.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)));
        n++;
      }
      out[name] = `${n} ${h.digest('hex').slice(0, 16)}`;
    }
    return out;
  } finally {
    db.close();
  }
}
