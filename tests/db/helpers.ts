import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export function tempDir(prefix = 'punchlist-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every row of every ordinary table (FTS shadow tables included), for before/after comparisons. */
export function dumpTables(sqlite: BetterSqlite3.Database): Record<string, unknown[]> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string }>;
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    try {
      out[name] = sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all();
    } catch {
      // virtual tables without readable content (contentless FTS): count what matches everything
      out[name] = [];
    }
  }
  return out;
}

/** dumpTables of the database file at `path` as one string, read through its own read-only connection. */
export function dumpFile(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return JSON.stringify(dumpTables(db));
  } finally {
    db.close();
  }
}
