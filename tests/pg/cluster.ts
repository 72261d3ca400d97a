// A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, its own free port, listening
// on 127.0.0.1 only, its unix socket in that folder; stopped and removed after. As root (initdb
// refuses root) the cluster belongs to the `postgres` OS user. Where PostgreSQL is not installed,
// `pgUnavailable()` says why and the PostgreSQL tests skip with that reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** the folder with initdb/pg_ctl: PG_BIN, else PATH, else the newest /usr/lib/postgresql/N/bin */
function binDir(): string | null {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/** Why PostgreSQL tests cannot run here (null: they can). */
export function pgUnavailable(): string | null {
  if (!binDir()) return 'PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql; .ci/run installs it with apt)';
  if (process.getuid?.() === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root and there is no `postgres` OS user to own a test cluster';
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  /** superuser URL of the cluster's `postgres` database */
  adminUrl: string;
  port: number;
  /** a fresh, empty database; returns its URL (as the superuser, or as `user` when given) */
  createDatabase(user?: { name: string; password: string }): Promise<string>;
  stop(): void;
}

export async function startCluster(): Promise<Cluster> {
  const bin = binDir();
  if (!bin) throw new Error(pgUnavailable() ?? 'PostgreSQL is not installed');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'punchlist-pg-'));
  const data = join(dir, 'data');
  const owner = asRoot ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()) : null;
  if (owner !== null) {
    chownSync(dir, owner, Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()));
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]) => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, 'postgres\n');
  if (owner !== null) chownSync(pwfile, owner, 0);
  run('initdb', ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth', 'scram-sha-256', '--encoding', 'UTF8', '--locale', 'C.UTF-8', '-N']);
  rmSync(pwfile);
  const port = await freePort();
  const conf = [`listen_addresses = '127.0.0.1'`, `port = ${port}`, `unix_socket_directories = '${dir}'`, 'fsync = off', 'synchronous_commit = off', 'full_page_writes = off', 'max_connections = 100', 'shared_buffers = 64MB'];
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', conf.map((c) => `-c ${c.replace(/ = /, '=')}`).join(' '), 'start']);
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  let n = 0;
  let stopped = false;
  // a test process that ends without its afterAll (a crash, a timeout) still stops its cluster
  const onExit = () => cluster.stop();
  process.once('exit', onExit);
  const cluster: Cluster = {
    adminUrl,
    port,
    async createDatabase(user) {
      const name = `t${process.pid}_${++n}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        if (user) {
          const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user.name]);
          if (!exists.rowCount) await admin.query(`CREATE ROLE "${user.name}" LOGIN PASSWORD '${user.password.replace(/'/g, "''")}'`);
        }
        await admin.query(`CREATE DATABASE "${name}"${user ? ` OWNER "${user.name}"` : ''}`);
      } finally {
        await admin.end();
      }
      const who = user ? `${encodeURIComponent(user.name)}:${encodeURIComponent(user.password)}` : 'postgres:postgres';
      return `postgres://${who}@127.0.0.1:${port}/${name}`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return cluster;
}
