// The contract's registry (shared/contract/) is the one list of methods: every method it defines is
// reachable through the serve host and has its input validated there; a name defined twice is
// refused; every write announces a change event, which the serve host streams at /events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract, METHODS, definitionOf, type Method } from '../../shared/api';
import { mergeByName, out } from '../../shared/contract/define';
import type { ChangeEvent } from '../../shared/changes';
import { isStale } from '../../shared/changes';
import { handlers } from '../../core/service/handlers';
import { TOKEN_HEADER, type ServeHost } from '../../core/serve/server';
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

  it('every method that writes says so in its definition, and none both reads nothing and writes nothing but the exports', () => {
    const silent = METHODS.filter((m: Method) => !definitionOf(m).reads && !definitionOf(m).writes);
    expect(silent.sort()).toEqual(['app.openExternal', 'calls.cancel', 'export.render', 'ingest.unstage', 'meta.info']);
  });

  it('refuses the stream without the token', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/events`);
    expect(res.status).toBe(403);
  });
});
