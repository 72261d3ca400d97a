import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDbPath, userDataDir } from '../../core/paths';

describe('paths', () => {
  it('matches Electron userData for productName Punchlist', () => {
    expect(userDataDir({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.config/Punchlist');
    expect(userDataDir({ HOME: '/home/u', XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/Punchlist');
    expect(userDataDir({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Application Support/Punchlist');
    expect(userDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\u\\AppData\\Roaming', 'Punchlist'));
  });

  it('resolves --db, then PUNCHLIST_DB, then the data folder', () => {
    expect(resolveDbPath({ argDb: '/a.sqlite', env: { PUNCHLIST_DB: '/b.sqlite' } })).toBe('/a.sqlite');
    expect(resolveDbPath({ env: { PUNCHLIST_DB: '/b.sqlite' } })).toBe('/b.sqlite');
    expect(resolveDbPath({ env: { HOME: '/home/u' }, platform: 'linux' })).toBe('/home/u/.config/Punchlist/punchlist.sqlite');
  });
});
