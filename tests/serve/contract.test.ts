// The contract's registry (shared/contract/) is the one list of methods: every method it defines is
// reachable through the serve host and has its input validated there; a name defined twice is
// refused; every write announces a change event, which the serve host streams at /events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract, METHODS, definitionOf, type Entity, type Method } from '../../shared/api';
import { mergeByName, out } from '../../shared/contract/define';
import type { ChangeEvent } from '../../shared/changes';
import { isStale } from '../../shared/changes';
import { handlers } from '../../core/service/handlers';
import { TOKEN_HEADER, type ServeHost } from '../../core/serve/server';
import { openCore } from '../../core/service';
import { dbState } from '../worker/db-state';
import { backupsState, buildBase, copyBase, entityOfTable, inputOf, methodCalls, type BaseIds } from './method-calls';
import { startTestHost, type TestHost } from './test-host';
import { z } from 'zod';

let t: TestHost;
let host: ServeHost;

beforeAll(async () => {
  t = await startTestHost('punchlist-contract-');
  host = t.host;
});

afterAll(() => t.close());

const post = (method: string, input: unknown) => t.call(method, input);

/** follows GET /events; `next(pred)` resolves with the first event (from now on) that matches */
async function follow() {
  const ac = new AbortController();
  const res = await fetch(`http://127.0.0.1:${host.port}/events`, { headers: { [TOKEN_HEADER]: host.token }, signal: ac.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const seen: ChangeEvent[] = [];
  let buffered = '';
  let following = false;
  const waiters: Array<() => void> = [];
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffered += new TextDecoder().decode(value);
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
        if (line.following) following = true;
        else seen.push(line as ChangeEvent);
      }
      for (const w of waiters.splice(0)) w();
    }
  })();
  await expect.poll(() => following).toBe(true);
  return {
    seen,
    async next(pred: (c: ChangeEvent) => boolean): Promise<ChangeEvent> {
      await expect.poll(() => seen.some(pred), { timeout: 10_000 }).toBe(true);
      return seen.find(pred)!;
    },
    stop: () => ac.abort(),
  };
}

describe('the registry', () => {
  it('refuses a method name defined twice', () => {
    const a = { 'x.get': { input: z.object({}), output: out<number>() } };
    const b = { 'x.get': { input: z.object({ id: z.number() }), output: out<string>() } };
    expect(() => mergeByName(a, b)).toThrow('method x.get is defined twice');
    expect(Object.keys(mergeByName(a, { 'x.set': b['x.get'] }))).toEqual(['x.get', 'x.set']);
  });

  it('has one handler per method the core answers, and none for the host methods', () => {
    const core = METHODS.filter((m) => !definitionOf(m).host).sort();
    expect(Object.keys(handlers).sort()).toEqual(core);
    expect(METHODS.filter((m) => definitionOf(m).host)).toEqual(['app.openExternal', 'calls.cancel']);
  });
});

describe('every method through the serve host', () => {
  it('reaches its schema (or is refused on the renderer channel when it takes paths)', async () => {
    expect(METHODS.length).toBe(Object.keys(contract).length);
    for (const method of METHODS) {
      const r = await post(method, { notAField: 1 });
      expect(r.ok, method).toBe(false);
      if (definitionOf(method).caller === 'main') expect(r.error, method).toMatchObject({ code: 'forbidden' });
      else {
        expect(r.error?.code, method).toBe('invalid_input');
        expect(r.error?.message.startsWith(`${method}: `), `${method}: ${r.error?.message}`).toBe(true);
      }
    }
  });

  it('answers valid calls of the read methods that need only a project', async () => {
    const projects = await post('projects.list', {});
    const projectId = projects.value[0].id as number;
    const reads = METHODS.filter((m) => {
      const shape = (contract[m].input as z.ZodObject).shape as Record<string, z.ZodType> | undefined;
      return definitionOf(m).reads && !definitionOf(m).writes && !definitionOf(m).job && shape && 'projectId' in shape && Object.keys(shape).every((k) => k === 'projectId' || shape[k].safeParse(undefined).success);
    });
    expect(reads.length).toBeGreaterThan(8);
    for (const m of reads) expect(await post(m, { projectId }), m).toMatchObject({ ok: true });
  });
});

describe('change events', () => {
  it('announce what each write changed, streamed at /events', async () => {
    const events = await follow();
    try {
      const project = await post('projects.create', { name: 'Events' });
      const created = await events.next((c) => c.method === 'projects.create');
      expect(created).toMatchObject({ entities: ['projects', 'history'], projectId: project.value.id });
      expect(created.stale).toContain('projects.list');
      expect(created.stale).not.toContain('findings.list');
      const projectId = project.value.id as number;

      // an ingest (a job, in the job thread) announces its project, and what it makes stale
      const sarif = readFileSync(join(__dirname, '..', 'fixtures', 'sarif', 'defectdojo_bash-report.sarif')).toString('base64');
      const ingested = await post('ingest.bytes', { projectId, name: 'bash.sarif', base64: sarif });
      expect(ingested).toMatchObject({ ok: true, value: { ok: true } });
      const ingest = await events.next((c) => c.method === 'ingest.bytes');
      expect(ingest.projectId).toBe(projectId);
      expect(ingest.stale).toEqual(expect.arrayContaining(['findings.list', 'reports.list', 'plan.get', 'insights.get']));
      // (it may change anything a card shows: the board fetches its cards again whole)
      expect(ingest.cardEdit).toBe(false);

      // an edit names the findings it changed; a detail shows its dependencies' statuses, so every detail is stale
      const cards = (await post('findings.list', { projectId })).value as Array<{ id: number }>;
      expect(cards.length).toBeGreaterThan(1);
      const [a, b] = cards;
      await post('findings.update', { ids: [a.id], patch: { status: 'in_progress' } });
      const edit = await events.next((c) => c.method === 'findings.update');
      expect(edit).toMatchObject({ projectId, findingIds: [a.id], entities: ['findings', 'history'] });
      // an edit of cards only (its definition says cardEdit): the board fetches that card again by id
      expect(edit.cardEdit).toBe(true);
      await post('findings.assign', { ids: [b.id], assignee: 'Dana' });
      const assigned = await events.next((c) => c.method === 'findings.assign');
      expect(assigned).toMatchObject({ projectId, findingIds: [b.id], cardEdit: true });
      expect(isStale(edit, 'findings.get', { id: a.id })).toBe(true);
      expect(isStale(edit, 'findings.get', { id: b.id })).toBe(true);
      expect(isStale(edit, 'checklists.list', { projectId })).toBe(true);
      expect(isStale(edit, 'findings.list', { projectId })).toBe(true);
      expect(isStale(edit, 'findings.list', { projectId: projectId + 1000 })).toBe(false);
      expect(isStale(edit, 'projects.list', {})).toBe(false);

      // reads and dry runs announce nothing
      const before = events.seen.length;
      await post('findings.list', { projectId });
      await post('ingest.bytes', { projectId, name: 'bash.sarif', base64: sarif, dryRun: true });
      await post('settings.set', { projectId, key: 'marker', value: 1 });
      await events.next((c) => c.method === 'settings.set');
      expect(events.seen.slice(before).map((c) => c.method)).toEqual(['settings.set']);
    } finally {
      events.stop();
    }
  });

  it('none both reads nothing and writes nothing but the exports', () => {
    const silent = METHODS.filter((m: Method) => !definitionOf(m).reads && !definitionOf(m).writes);
    expect(silent.sort()).toEqual(['app.openExternal', 'calls.cancel', 'export.render', 'ingest.unstage', 'meta.info']);
  });

  it('refuses the stream without the token', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/events`);
    expect(res.status).toBe(403);
  });
});

// Every method called for real (./method-calls.ts): each on its own copy of a base database holding
// ingested reports, through the core's dispatch (what the core entry and the job thread run), with
// every table hashed before and after. A method that changed a table must declare its entity in
// `writes` (else no change event goes out and the renderer's cache keeps a stale answer), and the
// event it sent must name what changed: the entities, and the findings when it names findings.
describe('every method that writes says so in its definition', () => {
  /** answered by the host (a browser, the calls in flight), not the core: nothing to run here */
  const NOT_RUN_HERE: Partial<Record<Method, string>> = {
    'app.openExternal': 'answered by the host: opens a link in the desktop browser after asking',
    'calls.cancel': 'answered by the host: cancels a call in flight that the host holds',
  };
  let base: { dir: string; ids: BaseIds };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'punchlist-writes-base-'));
    base = { dir, ids: await buildBase(join(dir, 'db.sqlite')) };
  }, 20_000);
  afterAll(() => rmSync(base.dir, { recursive: true, force: true }));

  /** every row of findings, by id, as JSON */
  const findingRows = (dbPath: string) => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return new Map((db.prepare('SELECT * FROM findings').all() as Array<{ id: number; project_id: number }>).map((r) => [r.id, JSON.stringify(r)]));
    } finally {
      db.close();
    }
  };

  it('a call that changed a table declares its entity, and its change event names it', async () => {
    const calls = methodCalls(base.ids);
    const report: string[] = [];
    for (const method of METHODS) {
      const skip = NOT_RUN_HERE[method];
      if (skip) {
        expect(definitionOf(method).host, `${method} is skipped but the core answers it`).toBe(true);
        console.log(`not run here: ${method} (${skip})`);
        continue;
      }
      const dir = mkdtempSync(join(tmpdir(), 'punchlist-writes-'));
      const dbPath = copyBase(base.dir, dir);
      const core = openCore({ dbPath, actor: 'test' });
      try {
        const input = await inputOf(method, base.ids, core, calls[method]).catch((e: Error) => {
          throw new Error(`${method}: its input could not be made: ${e.message}`, { cause: e });
        });
        const events: ChangeEvent[] = [];
        core.onChange((c) => events.push(c));
        const before = { tables: dbState(dbPath), backups: backupsState(dbPath), findings: findingRows(dbPath) };
        const result = await core.dispatch(method, input);
        expect.soft(result, `${method} ${JSON.stringify(input).slice(0, 300)}`).toMatchObject({ ok: true });
        const after = { tables: dbState(dbPath), backups: backupsState(dbPath), findings: findingRows(dbPath) };

        const tables = [...new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])].filter((t) => before.tables[t] !== after.tables[t]);
        const changed = new Set<Entity>();
        for (const t of tables) {
          const entity = entityOfTable(t);
          expect.soft(entity, `table ${t} (changed by ${method}) has no entity in TABLE_ENTITY`).toBeDefined();
          expect.soft(entity, `${method} changed ${t}, which only migrations write`).not.toBe('none');
          changed.add(entity as Entity);
        }
        if (before.backups !== after.backups) changed.add('backups');

        const declared = definitionOf(method).writes ?? [];
        expect.soft([...changed].filter((e) => !declared.includes(e)), `${method} changed ${tables.join(', ')} but declares writes [${declared.join(', ')}]`).toEqual([]);
        if (declared.length === 0) expect.soft(events, `${method} declares no writes but sent a change event`).toEqual([]);
        if (changed.size === 0) {
          report.push(`${method}: changed nothing${declared.length ? ` (declares writes ${declared.join(', ')})` : ''}`);
          continue;
        }
        report.push(`${method}: changed ${[...changed].join(', ')}`);
        expect.soft(events.map((e) => e.method), `${method}: the change events it sent`).toEqual([method]);
        const [event] = events;
        if (!event) continue;
        expect.soft(event.entities, `${method}: its change event`).toEqual(expect.arrayContaining([...changed]));
        // the board fetches again only the cards an event names: it must name every finding changed
        const touched = [...new Set([...before.findings.keys(), ...after.findings.keys()])].filter((id) => before.findings.get(id) !== after.findings.get(id));
        if (touched.length > 0 && event.findingIds !== null) {
          expect.soft(touched.filter((id) => !event.findingIds!.includes(id)), `${method}: changed findings its event does not name`).toEqual([]);
        }
        if (event.projectId !== null && touched.length > 0) {
          const projects = new Set(touched.map((id) => JSON.parse((after.findings.get(id) ?? before.findings.get(id))!).project_id as number));
          expect.soft([...projects], `${method}: the projects of the findings it changed`).toEqual([event.projectId]);
        }
      } finally {
        core.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    console.log(report.join('\n'));
  }, 30_000);
});
