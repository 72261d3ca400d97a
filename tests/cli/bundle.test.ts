// The CLI as bundled JavaScript (npm run build:cli, scripts/build-cli.mjs): the bundle runs the
// commands, its job thread included, and bin/punchlist.cjs runs it only while it is up to date.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations
import { cliBundle } from '../../bin/cli-bundle.mjs';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildCli } from '../../scripts/build-cli.mjs';
import { tempDir } from '../db/helpers';
import { ROOT } from './helpers';

type Check = { ok: boolean; why: string };
const check = cliBundle as (root: URL) => Check;

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('punchlist-cli-bundle-');
});
afterAll(() => tmp.cleanup());

// prints, at exit, the built-in modules the process loaded (Node's own list)
const LIST_BUILTINS = join(ROOT, 'tests/cli/list-builtins.cjs');
const SARIF = join(ROOT, 'tests/fixtures/corpus/sarif/defectdojo_suppression_test.sarif');

describe('the bundled CLI', () => {
  it('runs help and an ingest (in its job thread) from a fresh build, without tsx', async () => {
    // inside the repository, as .build/cli is: the external better-sqlite3 resolves from node_modules
    const out = join(ROOT, '.build', `cli-test-${process.pid}`);
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    const built = (await buildCli({ outDir: out, quiet: true })) as { inputs: number };
    expect(built.inputs).toBeGreaterThan(50);
    const run = (...args: string[]) => spawnSync(process.execPath, [join(out, 'main.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const help = run('--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toContain('punchlist ingest FILE|DIR');
    // startup (issue 17): `--help` and the staleness check load none of Node's stream or socket
    // modules, which an ES import of node:fs or creating process.stdout for a pipe would (~10 ms)
    const loaded = (args: string[]) => {
      const r = spawnSync(process.execPath, ['-r', LIST_BUILTINS, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      return { stdout: r.stdout, modules: JSON.parse(r.stderr.trim().split('\n').pop()!) as string[] };
    };
    const empty = join(tmp.dir, 'empty.mjs');
    writeFileSync(empty, '');
    const floor = new Set(loaded([empty]).modules);
    const helpRun = loaded([join(out, 'main.mjs'), '--help']);
    expect(helpRun.stdout).toBe(help.stdout);
    const checkRun = loaded(['--input-type=module', '-e', `(await import(${JSON.stringify(pathToFileURL(join(ROOT, 'bin/cli-bundle.mjs')).href)})).cliBundle(new URL('file:///nowhere/'))`]);
    const streams = (modules: string[]) => modules.filter((m) => !floor.has(m) && /^NativeModule (net|stream|tty|internal\/streams\/|internal\/fs\/streams)/.test(m));
    // the probe sees them where they are loaded: an ES import of node:fs, a write to process.stdout
    const naive = join(tmp.dir, 'naive.mjs');
    writeFileSync(naive, "import { statSync } from 'node:fs';\nstatSync('.');\nprocess.stdout.write('help\\n');\n");
    expect(streams(loaded([naive]).modules)).toEqual(expect.arrayContaining(['NativeModule stream', 'NativeModule internal/fs/streams']));
    expect(streams(helpRun.modules)).toEqual([]);
    // top.cjs (what bin/punchlist.cjs asks first): the same top-level answers, alone and stream-free
    const topFile = JSON.stringify(join(out, 'top.cjs'));
    const topRun = (args: string[]) => loaded(['-e', `process.exitCode = require(${topFile}).topLevel(${JSON.stringify(args)}) ?? 99`]);
    const topHelp = topRun(['--help']);
    expect(topHelp.stdout).toBe(help.stdout);
    expect(streams(topHelp.modules)).toEqual([]);
    expect(topRun(['--version']).stdout).toBe(run('--version').stdout);
    const undecided = spawnSync(process.execPath, ['-e', `const { topLevel } = require(${topFile}); console.log(JSON.stringify([['help', 'parse'], ['list'], ['help', 'nope']].map((a) => topLevel(a, { out() {}, err() {}, env: {} }) ?? null)))`], { encoding: 'utf8' });
    expect(undecided.stdout.trim()).toBe('[null,null,null]');
    expect(streams(checkRun.modules)).toEqual([]);
    const db = join(tmp.dir, 'bundle.sqlite');
    const ingest = run('ingest', SARIF, '--db', db);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toBe(`${SARIF}: added 5 findings (sarif)\n`);
    const list = run('list', '--db', db, '--json');
    expect(list.status, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(5);
  }, 120_000);

  it('is run only while none of the files it was built from changed', () => {
    const root = join(tmp.dir, 'repo');
    const url = pathToFileURL(`${root}/`);
    mkdirSync(join(root, '.build/cli'), { recursive: true });
    mkdirSync(join(root, 'core'), { recursive: true });
    expect(check(url)).toMatchObject({ ok: false, why: 'not built (npm run build:cli)' });
    const past = new Date(Date.now() - 60_000);
    for (const f of ['core/a.ts', 'package-lock.json']) {
      writeFileSync(join(root, f), '');
      utimesSync(join(root, f), past, past);
    }
    writeFileSync(join(root, '.build/cli/inputs.json'), JSON.stringify({ startedAt: Date.now() - 30_000, inputs: ['core/a.ts', 'package-lock.json'] }));
    expect(check(url)).toEqual(expect.objectContaining({ ok: true }));
    utimesSync(join(root, 'package-lock.json'), new Date(), new Date());
    expect(check(url)).toMatchObject({ ok: false, why: 'package-lock.json changed since the build' });
    utimesSync(join(root, 'package-lock.json'), past, past);
    rmSync(join(root, 'core/a.ts'));
    expect(check(url)).toMatchObject({ ok: false, why: 'core/a.ts is gone since the build' });
  });

  it('bin/punchlist.cjs answers from top.cjs only while its own sources are unchanged', () => {
    // a repository of stand-ins: top.cjs answers --help only, main.mjs says it ran
    const root = join(tmp.dir, 'bin-repo');
    mkdirSync(join(root, 'bin'), { recursive: true });
    mkdirSync(join(root, '.build/cli'), { recursive: true });
    mkdirSync(join(root, 'core'), { recursive: true });
    for (const f of ['punchlist.cjs', 'punchlist.mjs', 'cli-bundle.mjs']) copyFileSync(join(ROOT, 'bin', f), join(root, 'bin', f));
    writeFileSync(join(root, '.build/cli/top.cjs'), "exports.topLevel = function (argv) { if (argv[0] !== '--help') return undefined; console.log('top'); return 0; }\n");
    writeFileSync(join(root, '.build/cli/main.mjs'), "console.log('main ' + process.argv.slice(2).join(' '));\n");
    const past = new Date(Date.now() - 60_000);
    for (const f of ['core/top.ts', 'core/a.ts', 'package-lock.json']) {
      writeFileSync(join(root, f), '');
      utimesSync(join(root, f), past, past);
    }
    const manifest = (top?: string[]) => writeFileSync(join(root, '.build/cli/inputs.json'), JSON.stringify({ startedAt: Date.now() - 30_000, inputs: ['core/a.ts', 'core/top.ts', 'package-lock.json'], top }));
    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(root, 'bin/punchlist.cjs'), ...args], { encoding: 'utf8', env: { ...process.env, PUNCHLIST_CLI: 'bundle' } });
      return `${r.status} ${r.stdout}${r.stderr}`.trim();
    };
    manifest(['core/top.ts']);
    expect(run('--help')).toBe('0 top');
    expect(run('list', '--json')).toBe('0 main list --json');
    // the old entry, bin/punchlist.mjs (scripts and npx caches that name it), runs the new one
    const old = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(root, 'bin/punchlist.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, PUNCHLIST_CLI: 'bundle' } });
      return `${r.status} ${r.stdout}${r.stderr}`.trim();
    };
    expect(old('--help')).toBe('0 top');
    expect(old('list', '--json')).toBe('0 main list --json');
    // the rest of the CLI changed: top.cjs still answers, main.mjs no longer runs
    utimesSync(join(root, 'core/a.ts'), new Date(), new Date());
    expect(run('--help')).toBe('0 top');
    expect(run('list')).toBe('1 punchlist: PUNCHLIST_CLI=bundle but the CLI bundle cannot run: core/a.ts changed since the build');
    utimesSync(join(root, 'core/a.ts'), past, past);
    // top.cjs's own source changed, or an older manifest without `top`: the whole CLI answers
    utimesSync(join(root, 'core/top.ts'), new Date(), new Date());
    expect(run('--help')).toBe('1 punchlist: PUNCHLIST_CLI=bundle but the CLI bundle cannot run: core/top.ts changed since the build');
    utimesSync(join(root, 'core/top.ts'), past, past);
    manifest(undefined);
    expect(run('--help')).toBe('0 main --help');
  });
});
