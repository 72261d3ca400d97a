// Figure (issue 18): a team triaging one project on a shared PostgreSQL. A throwaway cluster
// (tests/pg/cluster.ts) holds a project with the five seeds (102 findings); each simulated user has
// a database login of their own and runs their own serve host (their app), and over its HTTP API does
// what a person at the board does: reads the board, picks a card, changes its status, severity or
// phase to another value, sending the version of the card as read; then reads the board again (the
// app does after its own write) and thinks a little. Every write request is timed.
// Checks, with plain SQL on the database afterwards (a failed one fails the bench):
// - no lost update: every accepted write is in the event log, in the order of the versions it
//   produced, with its user; replaying the log from the state before the run gives the final state,
//   each event's old value being the value the one before it left;
// - every refused write is a `conflict` whose message names the finding and what changed.
// Run alone: node bin/run-ts.mjs bench/team-load.ts [--smoke]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';
import { runCli } from '../core/cli/cli';
import { openCore } from '../core/service';
import { pgUnavailable, startCluster } from '../tests/pg/cluster';
import { seedFiles } from '../tests/service/helpers';
import { mulberry32 as rng } from '../shared/plan/bench';
import { apiCall as call, stopHost as stop, type Answer } from './host-api';
import { quantile } from './stats';

export interface TeamLoadFigures {
  users: number;
  hosts: number;
  seconds: number;
  findings: number;
  /** p95 of the write requests (accepted and refused) of each `windowS`-second window of the run */
  windowP95: number[];
  windowS: number;
  writesMs: number[];
  p95: number;
  accepted: number;
  refused: number;
  reads: number;
  /** events checked against the accepted writes (equal to `accepted`) */
  events: number;
}

const FIELDS = {
  status: ['open', 'in_progress', 'fixed', 'verified', 'wont_fix', 'false_positive'],
  severity: ['critical', 'high', 'medium', 'low', 'info'],
  phase: ['P1', 'P2', 'P3', 'P4'],
} as const;
type Field = keyof typeof FIELDS;

interface Card {
  id: number;
  version: number;
  status: string;
  severity: string | null;
  phase: string | null;
}

interface Host {
  child: ChildProcess;
  base: string;
  token: string;
  login: string;
}

interface Write {
  user: number;
  login: string;
  id: number;
  field: Field;
  value: string;
  read: number;
  /** ms since the run's start, and the request's latency */
  at: number;
  ms: number;
  /** the version it produced (accepted) or the refusal */
  version?: number;
  error?: { code: string; message: string };
}


function startHost(root: string, url: string, renderer: string, login: string): Promise<Host> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'serve.mjs'), '--db', url, '--renderer', renderer], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        const u = new URL(out.split('\n')[0].trim());
        resolve({ child, base: u.origin, token: u.searchParams.get('token')!, login });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve host of ${login} exited (${code}): ${err}`)));
  });
}


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** the message a refused write must carry (core/service/handlers/findings-update.ts) */
const REFUSAL = /^Not saved: finding (\d+) ".*" changed after you read it \(.*(status|severity|phase) .* → .*\); it now has (status|severity|phase) /;

export async function benchTeamLoad(root: string, opts: { smoke: boolean; users?: number; hosts?: number; seconds?: number }): Promise<TeamLoadFigures | { skipped: string }> {
  const why = pgUnavailable();
  if (why) return { skipped: why };
  const users = opts.users ?? 20;
  // smoke: the same 20 users on 2 hosts for a few seconds (20 hosts take half a minute to start)
  const hostsN = Math.min(users, opts.hosts ?? (opts.smoke ? 2 : users));
  const seconds = opts.seconds ?? (opts.smoke ? 4 : 60);
  const windowS = opts.smoke ? 4 : 10;
  const work = mkdtempSync(join(tmpdir(), 'punchlist-team-'));
  const renderer = join(work, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>bench</title>');
  const cluster = await startCluster();
  const hosts: Host[] = [];
  try {
    // the team database, owned by the lead, who migrates it and imports the seeds
    const ownerUrl = await cluster.createDatabase({ name: 'team_lead', password: 'lead-pw' });
    const dbName = new URL(ownerUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: cluster.adminUrl.replace(/\/postgres$/, `/${dbName}`) });
    await admin.connect();
    try {
      const core = openCore({ dbPath: ownerUrl });
      let seeded: number;
      try {
        const projectId = (await core.call('projects.list', {})) as Answer<Array<{ id: number }>>;
        if (!projectId.ok) throw new Error(projectId.error.message);
        seeded = projectId.value[0].id;
        const ingested = await core.call('ingest.paths', { projectId: seeded, paths: seedFiles() });
        if (!ingested.ok || ingested.value.some((r) => !r.ok)) throw new Error(`seed ingest failed: ${JSON.stringify(ingested).slice(0, 300)}`);
      } finally {
        core.close();
      }
      // each person logs in as themselves and is a triager of the project (punchlist team grant):
      // their reads and writes go through the row-level security policies (db/postgres/policies.ts)
      const logins = Array.from({ length: hostsN }, (_, i) => `triager_${String(i + 1).padStart(2, '0')}`);
      for (const l of logins) {
        await admin.query(`CREATE ROLE ${l} LOGIN PASSWORD '${l}-pw'`);
        const err: string[] = [];
        const code = await runCli(['team', 'grant', l, '--project', String(seeded), '--role', 'triager', '--db', ownerUrl], { out: () => undefined, err: (t) => void err.push(t), env: {} });
        if (code !== 0) throw new Error(`team grant ${l}: ${err.join('')}`);
      }
      const port = new URL(ownerUrl).port;
      hosts.push(...(await Promise.all(logins.map((l) => startHost(root, `postgres://${l}:${l}-pw@127.0.0.1:${port}/${dbName}`, renderer, l)))));

      const projectId = ((await call<Array<{ id: number }>>(hosts[0], 'projects.list', {})) as { value: Array<{ id: number }> }).value[0].id;
      const snapshot = async () =>
        new Map(
          (await admin.query<Card>('SELECT id, version, status, severity, phase FROM findings WHERE project_id = $1 ORDER BY id', [projectId])).rows.map((r) => [r.id, { ...r }]),
        );
      // warm-up, not measured: every host reads the board and sends writes that change nothing (the
      // values as read: no event, no new version), so compiling and first-call costs stay out of the figure.
      // Each host's job thread (long work) starts beside its core and compiles the core's TypeScript
      // (the serve host runs from source): on a busy machine, at its lower priority, that took past
      // the start of the run and was measured with it. A job call (backup.create, answered by the job
      // thread: 'unavailable' on a team database) is answered once that thread is up.
      await Promise.all(
        hosts.map(async (h) => {
          const job = await call(h, 'backup.create', {});
          if (job.ok || job.error.code !== 'unavailable') throw new Error(`the job thread of ${h.login}: ${JSON.stringify(job).slice(0, 200)}`);
          for (let i = 0; i < 20; i++) {
            const r = await call<Card[]>(h, 'findings.list', { projectId });
            if (!r.ok) throw new Error(`warm-up read for ${h.login}: ${r.error.message}`);
            const c = r.value[i];
            const w = await call<Card[]>(h, 'findings.update', { ids: [c.id], patch: { status: c.status }, versions: [{ id: c.id, version: c.version }] });
            if (!w.ok || w.value[0].version !== c.version) throw new Error(`warm-up write for ${h.login}: ${JSON.stringify(w).slice(0, 200)}`);
          }
        }),
      );
      await sleep(opts.smoke ? 200 : 3000); // the hosts' start-up work (compiling, first collections) settles
      const before = await snapshot();
      const lastEvent = Number((await admin.query<{ m: string | null }>('SELECT max(id) AS m FROM events')).rows[0].m ?? 0);

      // ---- the run
      const writes: Write[] = [];
      let reads = 0;
      const t0 = performance.now();
      const end = t0 + seconds * 1000;
      const user = async (u: number) => {
        const h = hosts[u % hostsN];
        const random = rng(1000 + u);
        const board = async () => {
          const r = await call<Card[]>(h, 'findings.list', { projectId });
          if (!r.ok) throw new Error(`findings.list for ${h.login}: ${r.error.message}`);
          reads++;
          return r.value;
        };
        let cards = await board();
        await sleep(random() * 500); // people do not start in step
        while (performance.now() < end) {
          const card = cards[Math.floor(random() * cards.length)];
          const field = (['status', 'severity', 'phase'] as const)[Math.floor(random() * 3)];
          const values = FIELDS[field].filter((v) => v !== card[field]);
          const value = values[Math.floor(random() * values.length)];
          const a = performance.now();
          const r = await call<Card[]>(h, 'findings.update', { ids: [card.id], patch: { [field]: value }, versions: [{ id: card.id, version: card.version }] });
          const ms = performance.now() - a;
          const w: Write = { user: u, login: h.login, id: card.id, field, value, read: card.version, at: a - t0, ms };
          if (r.ok) w.version = r.value[0].version;
          else w.error = r.error;
          writes.push(w);
          if (!r.ok && r.error.code !== 'conflict') throw new Error(`a write of ${h.login} failed: ${r.error.code}: ${r.error.message}`);
          // the app fetches the board again after its own write, and after a refusal
          cards = await board();
          await sleep(200 + random() * 800); // a person deciding on the next card
        }
      };
      await Promise.all(Array.from({ length: users }, (_, u) => user(u)));

      // ---- the checks, on the database itself
      const after = await snapshot();
      const events = (
        await admin.query<{ id: number; actor: string; entity_id: number; field: string; old_value: string | null; new_value: string | null }>(
          "SELECT id, actor, entity_id, field, old_value, new_value FROM events WHERE entity = 'finding' AND action = 'update' AND id > $1 ORDER BY id",
          [lastEvent],
        )
      ).rows;
      const otherEvents = Number((await admin.query<{ n: string }>("SELECT count(*) AS n FROM events WHERE id > $1 AND NOT (entity = 'finding' AND action = 'update')", [lastEvent])).rows[0].n);
      if (otherEvents) throw new Error(`${otherEvents} events besides the finding updates`);
      const accepted = writes.filter((w) => w.version !== undefined);
      const refused = writes.filter((w) => w.error);
      for (const w of refused) {
        if (w.error!.code !== 'conflict' || !REFUSAL.test(w.error!.message) || !w.error!.message.includes(`finding ${w.id} `)) {
          throw new Error(`a refusal without the expected message: ${w.error!.code}: ${w.error!.message}`);
        }
      }
      if (events.length !== accepted.length) throw new Error(`lost update: ${accepted.length} writes accepted, ${events.length} in the event log`);
      // replay the log from the state before the run
      const replay = new Map([...before].map(([id, c]) => [id, { ...c }]));
      const byFinding = new Map<number, typeof events>();
      for (const e of events) {
        const c = replay.get(e.entity_id);
        if (!c) throw new Error(`event ${e.id} names finding ${e.entity_id}, not of the project`);
        const f = e.field as Field;
        const old = e.old_value === null ? null : (JSON.parse(e.old_value) as string | null);
        if (old !== c[f]) throw new Error(`event ${e.id}: ${f} was ${String(c[f])} when it says ${String(old)} (an interleaved write)`);
        (c as Record<Field, string | null>)[f] = e.new_value === null ? null : (JSON.parse(e.new_value) as string);
        c.version++;
        byFinding.set(e.entity_id, [...(byFinding.get(e.entity_id) ?? []), e]);
      }
      for (const [id, c] of after) {
        const r = replay.get(id)!;
        if (r.status !== c.status || r.severity !== c.severity || r.phase !== c.phase || r.version !== Number(c.version)) {
          throw new Error(`finding ${id}: the log replayed gives ${JSON.stringify(r)}, the database holds ${JSON.stringify(c)}`);
        }
      }
      // each accepted write is the event of the version it produced, with its user
      const acceptedBy = new Map<number, Write[]>();
      for (const w of accepted) acceptedBy.set(w.id, [...(acceptedBy.get(w.id) ?? []), w]);
      for (const [id, ws] of acceptedBy) {
        ws.sort((x, y) => x.version! - y.version!);
        const log = byFinding.get(id) ?? [];
        const start = before.get(id)!.version;
        ws.forEach((w, i) => {
          const e = log[i];
          if (w.read !== start + i || w.version !== start + i + 1) throw new Error(`finding ${id}: a write on version ${w.read} produced ${w.version}`);
          if (!e || e.field !== w.field || JSON.parse(e.new_value ?? 'null') !== w.value || e.actor !== w.login) {
            throw new Error(`finding ${id}: accepted write ${i + 1} (${w.login} ${w.field}=${w.value}) is not the event log's (${JSON.stringify(e)})`);
          }
        });
      }
      const windows: number[] = [];
      for (let s = 0; s < seconds; s += windowS) {
        const inWindow = writes.filter((w) => w.at >= s * 1000 && w.at < (s + windowS) * 1000).map((w) => w.ms);
        if (inWindow.length) windows.push(quantile(inWindow, 0.95));
      }
      const writesMs = writes.map((w) => w.ms);
      return {
        users,
        hosts: hostsN,
        seconds,
        findings: before.size,
        windowP95: windows,
        windowS,
        writesMs,
        p95: quantile(writesMs, 0.95),
        accepted: accepted.length,
        refused: refused.length,
        reads,
        events: events.length,
      };
    } finally {
      await admin.end();
    }
  } finally {
    await Promise.all(hosts.map(stop));
    cluster.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && basename(process.argv[1]) === 'team-load.ts') {
  const smoke = process.argv.includes('--smoke');
  const num = (flag: string) => {
    const a = process.argv.find((x) => x.startsWith(`${flag}=`));
    return a ? Number(a.slice(flag.length + 1)) : undefined;
  };
  const r = await benchTeamLoad(new URL('..', import.meta.url).pathname, { smoke, users: num('--users'), hosts: num('--hosts'), seconds: num('--seconds') });
  if ('skipped' in r) console.log(`team load skipped: ${r.skipped}`);
  else {
    const { writesMs, ...rest } = r;
    console.log(JSON.stringify({ ...rest, writes: writesMs.length, medianMs: quantile(writesMs, 0.5), maxMs: Math.max(...writesMs) }));
  }
}
