// Per-project roles on a team database (issue 18): `punchlist team grant` gives logins a role in a
// project, and PostgreSQL's row-level security (db/postgres/policies.ts) enforces it for SQL typed
// directly as each login: a viewer's writes are refused, a triager changes triage but ingests and
// deletes nothing, a lead does everything in its project, a non-member sees no row of it. The app
// gets a refusal as an error value with a one-line message. What each project holds comes from the
// superuser's SQL (RLS does not apply to it), the role table from the grants the test makes.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../core/cli/cli';
import { openCore } from '../../core/service';
import { readGolden, titleKey } from '../goldens';
import { ok, seedFiles } from '../service/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';
import { basename } from 'node:path';

const why = pgUnavailable();
if (why) console.warn(`PostgreSQL tests skipped: ${why}`);

/** who gets which role where (the expected `team list`) */
const GRANTS = [
  { login: 'viewer_vic', project: 'Alpha', role: 'viewer' },
  { login: 'triager_tia', project: 'Alpha', role: 'triager' },
  { login: 'lead_leo', project: 'Alpha', role: 'lead' },
  { login: 'lead_oli', project: 'Beta', role: 'lead' },
] as const;
/** nobody_ned may use the tables but has no role (any more); fresh_fay was never granted anything */
type Login = (typeof GRANTS)[number]['login'] | 'nobody_ned' | 'fresh_fay';

describe.skipIf(why !== null)('project roles enforced by PostgreSQL', () => {
  let cluster: Cluster;
  let ownerUrl: string;
  let adminUrl: string;
  let port: number;
  let db: string;
  const projects: Record<'Alpha' | 'Beta', number> = { Alpha: 0, Beta: 0 };
  const seeds = seedFiles().slice(0, 2);

  const urlOf = (login: Login) => `postgres://${login}:${login}-pw@127.0.0.1:${port}/${db}`;
  const sql = async <R extends Record<string, unknown>>(url: string, text: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query<R>(text, params)).rows;
    } finally {
      await c.end();
    }
  };
  /** 'ok n' (rows affected) or the SQLSTATE of a statement run as `login` */
  const attempt = async (login: Login, text: string, params: unknown[] = []) => {
    const c = new pg.Client({ connectionString: urlOf(login) });
    await c.connect();
    try {
      const r = await c.query(text, params);
      return `ok ${r.rowCount}`;
    } catch (e) {
      return (e as { code?: string }).code ?? String(e);
    } finally {
      await c.end();
    }
  };
  const cli = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['team', ...args], { out: (t) => void out.push(t), err: (t) => void err.push(t), env: {} });
    return { code, out: out.join(''), err: err.join('') };
  };
  /** the whole database as the superuser sees it: what a refused write must leave as it was */
  const state = () =>
    sql(
      adminUrl,
      `SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM project_members) AS members,
              (SELECT string_agg(id || status || coalesce(severity, '-') || version || title, ',' ORDER BY id) FROM findings) AS findings,
              (SELECT string_agg(id || ':' || checked, ',' ORDER BY id) FROM checklist_items) AS items`,
    );
  const idsOf = async (project: 'Alpha' | 'Beta') =>
    (await sql<{ id: number }>(adminUrl, 'SELECT id FROM findings WHERE project_id = $1 ORDER BY id', [projects[project]])).map((r) => Number(r.id));

  beforeAll(async () => {
    cluster = await startCluster();
    port = cluster.port;
    ownerUrl = await cluster.createDatabase({ name: 'owner_olga', password: 'olga-pw' });
    db = new URL(ownerUrl).pathname.slice(1);
    adminUrl = cluster.adminUrl.replace(/\/postgres$/, `/${db}`);
    const owner = openCore({ dbPath: ownerUrl });
    try {
      for (const [i, name] of (['Alpha', 'Beta'] as const).entries()) {
        projects[name] = ok(await owner.call('projects.create', { name })).id;
        for (const r of ok(await owner.call('ingest.paths', { projectId: projects[name], paths: [seeds[i]] }))) if (!r.ok) throw new Error(r.error);
      }
    } finally {
      owner.close();
    }
    for (const login of [...GRANTS.map((g) => g.login), 'nobody_ned', 'fresh_fay']) await sql(adminUrl, `CREATE ROLE ${login} LOGIN PASSWORD '${login}-pw'`);
    for (const g of GRANTS) {
      const r = await cli(['grant', g.login, '--project', g.project, '--role', g.role, '--db', ownerUrl]);
      expect(r).toEqual({ code: 0, out: `${g.login} is now a ${g.role} of project "${g.project}"\n`, err: '' });
    }
    expect((await cli(['grant', 'nobody_ned', '--project', 'Beta', '--role', 'lead', '--db', ownerUrl])).code).toBe(0);
    expect((await cli(['revoke', 'nobody_ned', '--project', 'Beta', '--db', ownerUrl])).code).toBe(0);
  }, 120_000);
  afterAll(() => cluster?.stop());

  it('lists who has which role where', async () => {
    const r = await cli(['list', '--json', '--db', ownerUrl]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Array<{ login: string; project: string; role: string; grantedBy: string }>;
    const expected = [...GRANTS].sort((a, b) => projects[a.project] - projects[b.project] || a.login.localeCompare(b.login));
    expect(rows.map((m) => ({ login: m.login, project: m.project, role: m.role, by: m.grantedBy }))).toEqual(
      expected.map((g) => ({ login: g.login, project: g.project, role: g.role, by: 'owner_olga' })),
    );
    const text = await cli(['list', '--project', 'Beta', '--db', ownerUrl]);
    expect(text.out.split('\n')[0]).toMatch(/^PROJECT\s+LOGIN\s+ROLE\s+GRANTED BY$/);
    expect(text.out.split('\n')[1]).toMatch(/^Beta\s+lead_oli\s+lead\s+owner_olga \d{4}-\d\d-\d\d$/);
    expect(text.out.trim().split('\n')).toHaveLength(2);
  });

  it('lets each login see only the projects it has a role in', async () => {
    const alpha = await idsOf('Alpha');
    const beta = await idsOf('Beta');
    // the seeds' findings are there (what the goldens require), and the projects do not overlap
    const golden = readGolden(basename(seeds[0]).replace(/\.txt$/, ''));
    const titles = new Set((await sql<{ title: string }>(urlOf('viewer_vic'), 'SELECT title FROM findings')).map((r) => titleKey(r.title)));
    for (const f of golden.findings) expect(titles.has(titleKey(f.title)), f.title).toBe(true);
    expect(alpha.length).toBeGreaterThanOrEqual(golden.findings.length);
    expect(beta.length).toBeGreaterThan(0);
    const seen = async (login: Login, table = 'findings') => (await sql<{ id: number }>(urlOf(login), `SELECT id FROM ${table} ORDER BY id`)).map((r) => Number(r.id));
    for (const login of ['viewer_vic', 'triager_tia', 'lead_leo'] as const) expect(await seen(login), login).toEqual(alpha);
    expect(await seen('lead_oli')).toEqual(beta);
    expect(await seen('nobody_ned')).toEqual([]);
    expect((await seen('lead_oli', 'projects')).sort()).toEqual([projects.Beta]);
    // child tables follow their parent's project
    const locations = await sql<{ n: string }>(adminUrl, 'SELECT count(*) AS n FROM locations l JOIN findings f ON f.id = l.finding_id WHERE f.project_id = $1', [projects.Beta]);
    expect((await sql<{ n: string }>(urlOf('lead_oli'), 'SELECT count(*) AS n FROM locations'))[0].n).toBe(locations[0].n);
    expect((await sql<{ n: string }>(urlOf('lead_oli'), 'SELECT count(*) AS n FROM events WHERE project_id = $1', [projects.Alpha]))[0].n).toBe('0');
    // a non-member's write on another project touches nothing it cannot see
    expect(await attempt('lead_oli', "UPDATE findings SET status = 'fixed' WHERE project_id = $1", [projects.Alpha])).toBe('ok 0');
    expect(await attempt('lead_oli', 'DELETE FROM findings WHERE project_id = $1', [projects.Alpha])).toBe('ok 0');
    // the app opens for a login with no role, with no project (it may create none)
    const none = openCore({ dbPath: urlOf('nobody_ned') });
    try {
      expect(await none.call('projects.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      none.close();
    }
    expect(await attempt('fresh_fay', 'SELECT id FROM findings')).toBe('42501');
  });

  it('refuses a viewer every write', async () => {
    const before = await state();
    const [id] = await idsOf('Alpha');
    // 42501: insufficient_privilege
    expect(await attempt('viewer_vic', "UPDATE findings SET status = 'fixed', version = version + 1 WHERE id = $1", [id])).toBe('42501');
    expect(await attempt('viewer_vic', "UPDATE findings SET notes = 'mine' WHERE project_id = $1", [projects.Alpha])).toBe('42501');
    expect(await attempt('viewer_vic', 'DELETE FROM findings WHERE id = $1', [id])).toBe('42501');
    expect(await attempt('viewer_vic', 'UPDATE checklist_items SET checked = 1 - checked')).toBe('42501');
    expect(await attempt('viewer_vic', "INSERT INTO events (at, actor, project_id, entity, entity_id, action, batch_id) VALUES ('x', 'viewer_vic', $1, 'finding', $2, 'update', 'b')", [projects.Alpha, id])).toBe('42501');
    expect(await attempt('viewer_vic', 'TRUNCATE findings CASCADE')).toBe('42501');
    expect(await attempt('viewer_vic', 'ALTER TABLE findings DISABLE ROW LEVEL SECURITY')).toBe('42501');
    expect(await attempt('viewer_vic', "INSERT INTO project_members (login, project_id, role, granted_by, granted_at) VALUES ('viewer_vic', $1, 'lead', 'viewer_vic', 'now')", [projects.Alpha])).toBe('42501');
    expect(await state()).toEqual(before);
  });

  it('lets a triager change triage and tick checklists, not ingest or delete', async () => {
    const [id, other] = await idsOf('Alpha');
    const items = await sql<{ id: number }>(adminUrl, 'SELECT i.id FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id WHERE c.project_id = $1 ORDER BY i.id', [projects.Alpha]);
    const before = await state();
    expect(await attempt('triager_tia', "UPDATE findings SET status = 'in_progress', severity = 'low', notes = 'on it', version = version + 1 WHERE id = $1", [id])).toBe('ok 1');
    expect(await attempt('triager_tia', "INSERT INTO events (at, actor, project_id, entity, entity_id, action, field, batch_id) VALUES ('t', 'triager_tia', $1, 'finding', $2, 'update', 'status', 'b1')", [projects.Alpha, id])).toBe('ok 1');
    if (items.length) expect(await attempt('triager_tia', 'UPDATE checklist_items SET checked = 1, manual = 1 WHERE id = $1', [items[0].id])).toBe('ok 1');
    // what the report says, reports, deletions, another's name in the log, another project
    expect(await attempt('triager_tia', "UPDATE findings SET title = 'renamed' WHERE id = $1", [other])).toBe('42501');
    expect(await attempt('triager_tia', "INSERT INTO reports (project_id, source_path, sha256, format, ingested_at) VALUES ($1, 'x.md', 'abc', 'markdown', 'now')", [projects.Alpha])).toBe('42501');
    expect(await attempt('triager_tia', 'DELETE FROM findings WHERE id = $1', [other])).toBe('42501');
    expect(await attempt('triager_tia', 'DELETE FROM reports')).toBe('42501');
    expect(await attempt('triager_tia', "INSERT INTO events (at, actor, project_id, entity, entity_id, action, batch_id) VALUES ('t', 'lead_leo', $1, 'finding', $2, 'update', 'b2')", [projects.Alpha, id])).toBe('42501');
    expect(await attempt('triager_tia', "UPDATE findings SET project_id = $1 WHERE id = $2", [projects.Beta, other])).toBe('42501');
    expect(await attempt('triager_tia', "INSERT INTO settings (project_id, key, value) VALUES ($1, 'sla', '{}')", [projects.Alpha])).toBe('42501');
    const after = await state();
    expect(Number(after[0].events)).toBe(Number(before[0].events) + 1);
    expect(after[0].reports).toBe(before[0].reports);
    const [row] = await sql<{ status: string; severity: string; notes: string; title: string }>(adminUrl, 'SELECT status, severity, notes, title FROM findings WHERE id = $1', [id]);
    expect(row).toMatchObject({ status: 'in_progress', severity: 'low', notes: 'on it' });
    expect((await sql<{ title: string }>(adminUrl, 'SELECT title FROM findings WHERE id = $1', [other]))[0].title).not.toBe('renamed');
  });

  it('lets a lead do everything in its project and manage its members, nothing elsewhere', async () => {
    const alpha = await idsOf('Alpha');
    const last = alpha[alpha.length - 1];
    expect(await attempt('lead_leo', "UPDATE findings SET title = 'retitled by the lead' WHERE id = $1", [alpha[1]])).toBe('ok 1');
    expect(await attempt('lead_leo', "INSERT INTO reports (project_id, source_path, sha256, format, ingested_at) VALUES ($1, 'lead.md', 'lead-sha', 'markdown', 'now')", [projects.Alpha])).toBe('ok 1');
    expect(await attempt('lead_leo', 'DELETE FROM findings WHERE id = $1', [last])).toBe('ok 1');
    expect(await attempt('lead_leo', "INSERT INTO settings (project_id, key, value) VALUES ($1, 'sla', '{}')", [projects.Alpha])).toBe('ok 1');
    expect(await attempt('lead_leo', "INSERT INTO reports (project_id, source_path, sha256, format, ingested_at) VALUES ($1, 'x.md', 'x', 'markdown', 'now')", [projects.Beta])).toBe('42501');
    expect(await idsOf('Alpha')).toEqual(alpha.slice(0, -1));
    // members: vic (already a team login) becomes a triager of Alpha by the lead; Beta is not the lead's
    expect(await cli(['grant', 'viewer_vic', '--project', 'Alpha', '--role', 'triager', '--db', urlOf('lead_leo')])).toMatchObject({ code: 0 });
    expect(await attempt('lead_leo', "INSERT INTO project_members (login, project_id, role, granted_by, granted_at) VALUES ('lead_leo', $1, 'lead', 'lead_leo', 'now')", [projects.Beta])).toBe('42501');
    const beta = await cli(['grant', 'fresh_fay', '--project', String(projects.Beta), '--role', 'viewer', '--db', urlOf('lead_leo')]);
    expect(beta.code).toBe(1);
    expect(beta.err).toContain('there is no project');
    // a login's first role needs the owner: it gets the tables' privileges then
    const first = await cli(['grant', 'fresh_fay', '--project', 'Alpha', '--role', 'viewer', '--db', urlOf('lead_leo')]);
    expect(first.code).toBe(1);
    expect(first.err).toContain("fresh_fay may not use the team database's tables yet, and your login (lead_leo) cannot let it");
    expect((await sql<{ role: string }>(adminUrl, "SELECT role FROM project_members WHERE login = 'viewer_vic'")).map((r) => r.role)).toEqual(['triager']);
    expect(await cli(['grant', 'viewer_vic', '--project', 'Alpha', '--role', 'viewer', '--db', urlOf('lead_leo')])).toMatchObject({ code: 0 });
    expect(await cli(['revoke', 'fresh_fay', '--project', 'Alpha', '--db', urlOf('lead_leo')])).toMatchObject({ code: 1 });
    // the lead revokes and grants again within its project
    expect(await cli(['revoke', 'nobody_ned', '--project', 'Beta', '--db', urlOf('lead_leo')])).toMatchObject({ code: 1 });
    expect(await cli(['grant', 'nobody_ned', '--project', 'Alpha', '--role', 'viewer', '--db', urlOf('lead_leo')])).toMatchObject({ code: 0 });
    expect((await sql(urlOf('nobody_ned'), 'SELECT id FROM findings')).length).toBe((await idsOf('Alpha')).length);
    expect(await cli(['revoke', 'nobody_ned', '--project', 'Alpha', '--db', urlOf('lead_leo')])).toMatchObject({ code: 0 });
  });

  it('lets a lead ingest a report through the app, beside rows of projects it cannot see', async () => {
    const before = await idsOf('Alpha');
    const beta = await idsOf('Beta');
    const seed = seedFiles()[2];
    const golden = readGolden(basename(seed).replace(/\.txt$/, ''));
    const lead = openCore({ dbPath: urlOf('lead_leo') });
    try {
      const [r] = ok(await lead.call('ingest.paths', { projectId: projects.Alpha, paths: [seed] }));
      expect(r.ok ? 'ok' : r.error).toBe('ok');
      const added = (await idsOf('Alpha')).filter((id) => !before.includes(id));
      expect(added.length).toBeGreaterThanOrEqual(golden.findings.length);
      expect(Math.min(...added)).toBeGreaterThan(Math.max(...before, ...beta));
      // its search documents went in too (by INSERT: PostgreSQL refuses COPY under row-level security)
      const word = golden.findings[0].title.split(/\s+/).find((w) => /^[a-z]{4,}$/i.test(w))!;
      const found = ok(await lead.call('findings.list', { projectId: projects.Alpha, text: word })).map((c) => c.id);
      expect(found.some((id) => added.includes(id))).toBe(true);
      // a later id from the identity sequence does not collide either
      const created = ok(await lead.call('checklists.create', { projectId: projects.Alpha, title: 'lead checklist' }));
      expect(created).toBeTruthy();
    } finally {
      lead.close();
    }
  });

  it('takes a role back: the login sees nothing of the project any more', async () => {
    const login = 'lead_oli';
    expect((await sql(urlOf(login), 'SELECT id FROM findings')).length).toBeGreaterThan(0);
    expect(await cli(['revoke', login, '--project', 'Beta', '--db', ownerUrl])).toEqual({ code: 0, out: `${login} has no role in project "Beta" any more\n`, err: '' });
    expect(await sql(urlOf(login), 'SELECT id FROM findings')).toEqual([]);
    expect(await cli(['grant', login, '--project', 'Beta', '--role', 'lead', '--db', ownerUrl])).toMatchObject({ code: 0 });
  });

  it('returns a refusal value to the app, with a one-line message naming the role and project', async () => {
    const before = await state();
    const viewer = openCore({ dbPath: urlOf('viewer_vic') });
    try {
      const cards = ok(await viewer.call('findings.list', { projectId: projects.Alpha }));
      expect(cards.map((c) => c.id)).toEqual(await idsOf('Alpha'));
      const c = cards[2];
      const r = await viewer.call('findings.update', { ids: [c.id], patch: { status: c.status === 'fixed' ? 'open' : 'fixed' }, versions: [{ id: c.id, version: c.version }] });
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!r.ok) {
        expect(r.error.message.split('\n')).toHaveLength(1);
        expect(r.error.message).toMatch(/^You are a viewer of project "Alpha": changes are refused by the database \(.+\)$/);
      }
    } finally {
      viewer.close();
    }
    expect(await state()).toEqual(before);
    const triager = openCore({ dbPath: urlOf('triager_tia') });
    try {
      const cards = ok(await triager.call('findings.list', { projectId: projects.Alpha }));
      const c = cards[3];
      const [after] = ok(await triager.call('findings.update', { ids: [c.id], patch: { status: 'wont_fix' }, versions: [{ id: c.id, version: c.version }] }));
      expect(after).toMatchObject({ status: 'wont_fix', version: c.version + 1 });
      const [event] = await sql<{ actor: string; field: string }>(adminUrl, "SELECT actor, field FROM events WHERE entity = 'finding' AND entity_id = $1 ORDER BY id DESC LIMIT 1", [c.id]);
      expect(event).toEqual({ actor: 'triager_tia', field: 'status' });
      const r = await triager.call('ingest.paths', { projectId: projects.Alpha, paths: [seedFiles()[3]] });
      const refusal = r.ok ? r.value.find((x) => !x.ok) : r;
      expect(JSON.stringify(refusal)).toMatch(/You are a triager of project \\"Alpha\\": only a lead may do this; the database refused it/);
      // a project it has no role in
      const beta = await triager.call('findings.list', { projectId: projects.Beta });
      expect(beta).toEqual({ ok: true, value: [] });
    } finally {
      triager.close();
    }
  });
});
