// Issue 18: assignees, due dates by hand and the SLA go with a project from local to team and back:
// `punchlist push` copies them into the team database, `punchlist pull` into an offline copy, and an
// assignment made offline is pushed back as an ordinary change (an event by the database login).
// Real SQLite files, a throwaway PostgreSQL cluster, the CLI as a user runs it; expected values are
// read back with plain SQL on both ends.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { readGolden, SEEDS_DIR } from '../goldens';
import { ok } from '../service/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';
import { engines, PG_LOGIN } from './engines';

const why = pgUnavailable();
/** plain SQL on either end (expected values), not through the code under test */
const [sqlite, postgres] = engines();
const SEED = readGolden('000_fc571ca0a1401530');
/** what each finding carries, in a stable order, on either engine */
const ASSIGNMENT = `SELECT fingerprint, assignee, due_at, created_at FROM findings WHERE project_id = ? ORDER BY fingerprint`;

describe.skipIf(why !== null)('assignment through push and pull', () => {
  let cluster: Cluster;
  let tmp: ReturnType<typeof tempDir>;
  let url: string;
  let local: string;
  let offline: string;

  beforeAll(async () => {
    cluster = await startCluster();
    tmp = tempDir('punchlist-assign-sync-');
    url = await cluster.createDatabase({ name: PG_LOGIN, password: 'alice-pw' });
    local = join(tmp.dir, 'local.sqlite');
    offline = join(tmp.dir, 'offline.sqlite');
  });
  afterAll(() => {
    cluster?.stop();
    tmp?.cleanup();
  });

  const team = <R>(text: string, params: unknown[] = []) => postgres.query<R>(url, text, params);
  const lite = <R>(file: string, text: string, params: unknown[] = []) => sqlite.query<R>(file, text, params);
  const liteProject = async (file: string) => (await lite<{ id: number }>(file, `SELECT id FROM projects WHERE name = 'Seeds'`))[0].id;
  const teamProject = async () => Number((await team<{ id: number }>(`SELECT id FROM projects WHERE name = 'Seeds'`))[0].id);
  const slaIn = (rows: Array<{ value: string }>) => JSON.parse(rows[0].value) as unknown;

  it('pushes assignees, due dates by hand and the SLA, and pulls them into an offline copy', async () => {
    expect(cli(['ingest', `${SEEDS_DIR}/${SEED.source}`, '--db', local, '--project', 'Seeds']).code).toBe(0);
    const core = openCore({ dbPath: local, actor: 'lead-offline' });
    try {
      const projectId = ok(await core.call('projects.list', {})).find((p) => p.name === 'Seeds')!.id;
      const cards = ok(await core.call('findings.list', { projectId }));
      ok(await core.call('findings.assign', { ids: [cards[0].id, cards[1].id], assignee: 'Maria Lopez' }));
      ok(await core.call('findings.update', { ids: [cards[2].id], patch: { dueAt: '2026-02-01' } }));
      ok(await core.call('sla.set', { projectId, sla: { critical: 7, high: 30 } }));
    } finally {
      core.close();
    }
    const here = await lite<Record<string, unknown>>(local, ASSIGNMENT, [await liteProject(local)]);
    expect(here.filter((r) => r.assignee === 'Maria Lopez')).toHaveLength(2);
    expect(here.filter((r) => r.due_at === '2026-02-01')).toHaveLength(1);

    const push = cli(['push', '--db', local, '--to', url, '--project', 'Seeds']);
    expect(push.code, push.stderr).toBe(0);
    expect(await team(ASSIGNMENT, [await teamProject()])).toEqual(here);
    expect(slaIn(await team(`SELECT value FROM settings WHERE project_id = ? AND key = 'sla'`, [await teamProject()]))).toEqual({ critical: 7, high: 30 });

    const pull = cli(['pull', url, '--project', 'Seeds', '--to', offline]);
    expect(pull.code, pull.stderr).toBe(0);
    expect(await lite(offline, ASSIGNMENT, [await liteProject(offline)])).toEqual(here);
    expect(slaIn(await lite(offline, `SELECT value FROM settings WHERE project_id = ? AND key = 'sla'`, [await liteProject(offline)]))).toEqual({ critical: 7, high: 30 });
  });

  it('pushes an assignment made offline back as a change by the database login', async () => {
    const projectId = await liteProject(offline);
    const [target] = await lite<{ id: number; fingerprint: string }>(offline, 'SELECT id, fingerprint FROM findings WHERE project_id = ? AND assignee IS NULL ORDER BY id LIMIT 1', [projectId]);
    const off = openCore({ dbPath: offline, actor: 'lead-offline' });
    try {
      ok(await off.call('findings.assign', { ids: [target.id], assignee: 'Offline Person' }));
    } finally {
      off.close();
    }
    const push = cli(['push', '--db', offline, '--to', url]);
    expect(push.code, push.stderr).toBe(0);
    expect(push.stdout).toMatch(/pushed 1 change/);
    const [row] = await team<{ id: number; assignee: string }>('SELECT id, assignee FROM findings WHERE project_id = ? AND fingerprint = ?', [await teamProject(), target.fingerprint]);
    expect(row.assignee).toBe('Offline Person');
    const log = await team<{ actor: string; new_value: string }>(`SELECT actor, new_value FROM events WHERE entity = 'finding' AND entity_id = ? AND field = 'assignee' ORDER BY id`, [row.id]);
    expect(log.at(-1)).toEqual({ actor: PG_LOGIN, new_value: '"Offline Person"' });
  });
});
