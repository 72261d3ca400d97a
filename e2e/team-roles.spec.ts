// Roles on a team database (issue 18), in the real renderer: a viewer of a project on PostgreSQL
// opens the app on it, sees the project's board (and only that project), and a status change by
// keyboard is refused by the database: the card stays where it was and the toast says, in one
// line, that the login is a viewer of the project. The database is checked unchanged with the
// superuser's SQL. The team database is a throwaway cluster (tests/pg/cluster.ts); the project is
// ingested and the role given with the CLI, as a lead would.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { pgUnavailable, startCluster, type Cluster } from '../tests/pg/cluster';
import { column, expect, ROOT, seedFiles, serveOn, test } from './fixtures';

const why = pgUnavailable();

const cliRun = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'punchlist.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PUNCHLIST_DB: undefined }, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`punchlist ${args.slice(0, 2).join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
};

test('a viewer of a team project sees its board, and a change is refused with a one-line message', async ({ page }) => {
  test.skip(why !== null, `PostgreSQL: ${why}`);
  let cluster: Cluster | null = null;
  let host: Awaited<ReturnType<typeof serveOn>> | null = null;
  try {
    cluster = await startCluster();
    const ownerUrl = await cluster.createDatabase({ name: 'lead_lee', password: 'lee-pw' });
    const db = new URL(ownerUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: cluster.adminUrl.replace(/\/postgres$/, `/${db}`) });
    await admin.connect();
    try {
      cliRun(['ingest', seedFiles()[0], '--db', ownerUrl, '--project', 'Web']);
      await admin.query(`CREATE ROLE viewer_val LOGIN PASSWORD 'val-pw'`);
      expect(cliRun(['team', 'grant', 'viewer_val', '--project', 'Web', '--role', 'viewer', '--db', ownerUrl])).toContain('viewer_val is now a viewer of project "Web"');
      const rows = async () => (await admin.query<{ id: number; status: string; version: number }>('SELECT id, status, version FROM findings ORDER BY id')).rows;
      const before = await rows();
      const events = (await admin.query('SELECT count(*) AS n FROM events')).rows[0].n;

      host = await serveOn(`postgres://viewer_val:val-pw@127.0.0.1:${cluster.port}/${db}`);
      expect((await host.call('projects.list', {})).map((p) => p.name)).toEqual(['Web']);
      await page.goto(host.url);
      const open = column(page, 'Open');
      await expect(open.getByTestId('card').first()).toBeVisible();
      const shown = await open.getByTestId('card').count();
      expect(shown).toBe(before.filter((r) => r.status === 'open').length);
      const card = open.getByTestId('card').first();
      const id = Number(await card.getAttribute('data-id'));

      await card.focus();
      await page.keyboard.press('f');
      const toasts = page.locator('.toasts');
      await expect(toasts).toContainText('You are a viewer of project "Web": changes are refused by the database');
      await expect(open.locator(`[data-id="${id}"]`)).toBeVisible();
      await expect(column(page, 'Fixed').locator(`[data-id="${id}"]`)).toHaveCount(0);
      expect(await rows()).toEqual(before);
      expect((await admin.query('SELECT count(*) AS n FROM events')).rows[0].n).toBe(events);
    } finally {
      await admin.end();
    }
  } finally {
    host?.stop();
    cluster?.stop();
  }
});
