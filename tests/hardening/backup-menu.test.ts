// File > Backup… / Restore… are in the menu and call the shell's actions (the actions themselves
// call backup.create / backup.restore, tested in tests/migrations/backup-api.test.ts).
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { name: 'Punchlist' }, Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined } }));

describe('File menu: Backup… and Restore…', () => {
  it.each(['linux', 'darwin', 'win32'] as const)('on %s', async (platform) => {
    const { buildMenuTemplate } = await import('../../electron/menu');
    const calls: string[] = [];
    const template = buildMenuTemplate({
      importPaths: () => calls.push('import'),
      showDatabase: () => calls.push('show'),
      backup: () => calls.push('backup'),
      restore: () => calls.push('restore'),
      isDev: false,
      platform,
    });
    const file = template.find((m) => m.label === 'File')!.submenu as Array<{ label?: string; click?: () => void }>;
    const labels = file.map((i) => i.label).filter(Boolean);
    expect(labels).toContain('Backup…');
    expect(labels).toContain('Restore…');
    expect(labels.indexOf('Backup…')).toBe(labels.indexOf('Show Database File') + 1);
    file.find((i) => i.label === 'Backup…')!.click!();
    file.find((i) => i.label === 'Restore…')!.click!();
    expect(calls).toEqual(['backup', 'restore']);
  });

  it('the items are left out when the shell provides no backup actions', async () => {
    const { buildMenuTemplate } = await import('../../electron/menu');
    const template = buildMenuTemplate({ importPaths: () => undefined, showDatabase: () => undefined, isDev: false, platform: 'linux' });
    const file = template.find((m) => m.label === 'File')!.submenu as Array<{ label?: string }>;
    expect(file.map((i) => i.label)).not.toContain('Backup…');
  });
});
