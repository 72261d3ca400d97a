// scripts/ensure-native.mjs: tells an ABI mismatch from other load failures, and passes here.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const script = join(root, 'scripts', 'ensure-native.mjs');

describe('scripts/ensure-native.mjs', () => {
  it('recognises ABI mismatches (and only those)', async () => {
    const mod = (await import(script as string)) as { isAbiMismatch(message: string): boolean };
    expect(
      mod.isAbiMismatch(
        "Error: The module '/x/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
          'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 140. This version of Node.js requires\nNODE_MODULE_VERSION 115.',
      ),
    ).toBe(true);
    expect(mod.isAbiMismatch('Error: Module did not self-register: better_sqlite3.node')).toBe(true);
    expect(mod.isAbiMismatch("Error: Cannot find module 'better-sqlite3'")).toBe(false);
    expect(mod.isAbiMismatch('Error: libc.so.6: version `GLIBC_2.38` not found')).toBe(false);
  });

  it('--check passes: better-sqlite3 loads in this Node', () => {
    const r = spawnSync(process.execPath, [script, '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ensure-native: better-sqlite3 loads in Node v\d+.*nothing to do/);
    expect(r.status).toBe(0);
  });
});
