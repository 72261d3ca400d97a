#!/usr/bin/env node
// npm run dist: package the app with Electron Forge, then build installers from that packaged app
// with electron-builder --prepackaged (AppImage + deb on Linux, dmg on macOS, nsis on Windows).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const bin = (name) => join('node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

run(bin('electron-forge'), ['package']);
const dir = join('out', `Punchlist-${process.platform}-${process.arch}`);
const prepackaged = process.platform === 'darwin' ? join(dir, 'Punchlist.app') : dir;
run(bin('electron-builder'), ['--prepackaged', prepackaged, '--config', 'electron-builder.yml']);
