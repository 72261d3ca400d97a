// The application menu. Shell file (imports electron). Only items that work are shown.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** open the native dialog and import what the user picked; `kind` picks the dialog mode */
  importPaths(kind: 'any' | 'files' | 'folders'): void;
  /** reveal the database file in the OS file manager */
  showDatabase(): void;
  /** File > Export (issue 5): render the current project, ask where to save it, write it */
  exportAs?(format: MenuExportFormat): void;
  /** File > Backup… / Restore… (issue 7): copy the database to backups/, or put a backup back */
  backup?(): void;
  restore?(): void;
  /** File > Open Team Database… / Open Local Database (issue 18): switch the database the app works on */
  openTeamDatabase?(): void;
  openLocalDatabase?(): void;
  /** the app is on a team database (PostgreSQL): Open Local Database is enabled, the file items are not */
  onTeamDatabase?: boolean;
  isDev: boolean;
  platform: NodeJS.Platform;
}

export type MenuExportFormat = 'md' | 'csv' | 'json' | 'html' | 'pdf' | 'sarif';
export const MENU_EXPORTS: ReadonlyArray<[MenuExportFormat, string]> = [
  ['md', 'Markdown Fix Plan…'],
  ['csv', 'CSV…'],
  ['json', 'JSON (Re-importable)…'],
  ['html', 'HTML…'],
  ['pdf', 'PDF…'],
  ['sarif', 'SARIF 2.1.0…'],
];

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = actions.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: app.name,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }

  // macOS open panels can pick files and folders at once; on Windows and Linux a dialog is either a
  // file picker or a folder picker, so there are two items there.
  const importItems: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importPaths('any') }]
    : [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importPaths('files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importPaths('folders') },
      ];

  template.push({
    label: 'File',
    submenu: [
      ...importItems,
      ...(actions.exportAs
        ? ([
            { type: 'separator' },
            { label: 'Export', submenu: MENU_EXPORTS.map(([f, label]) => ({ label, click: () => actions.exportAs?.(f) })) },
          ] as MenuItemConstructorOptions[])
        : []),
      { type: 'separator' },
      ...(actions.openTeamDatabase && actions.openLocalDatabase
        ? ([
            { label: 'Open Team Database…', click: () => actions.openTeamDatabase?.() },
            { label: 'Open Local Database', enabled: Boolean(actions.onTeamDatabase), click: () => actions.openLocalDatabase?.() },
            { type: 'separator' },
          ] as MenuItemConstructorOptions[])
        : []),
      { label: actions.onTeamDatabase ? 'Show Database' : 'Show Database File', click: () => actions.showDatabase() },
      ...(actions.backup && actions.restore
        ? ([
            // copies of the SQLite file: a team database is backed up by its server's tools
            { label: 'Backup…', enabled: !actions.onTeamDatabase, click: () => actions.backup?.() },
            { label: 'Restore…', enabled: !actions.onTeamDatabase, click: () => actions.restore?.() },
          ] as MenuItemConstructorOptions[])
        : []),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });

  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac
        ? ([{ role: 'pasteAndMatchStyle' }, { role: 'delete' }, { role: 'selectAll' }] as MenuItemConstructorOptions[])
        : ([{ role: 'delete' }, { type: 'separator' }, { role: 'selectAll' }] as MenuItemConstructorOptions[])),
    ],
  });

  template.push({
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(actions.isDev
        ? ([{ role: 'forceReload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])
        : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });

  template.push({
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  });

  template.push({
    role: 'help',
    submenu: isMac ? [{ label: 'Show Database File', click: () => actions.showDatabase() }] : [{ role: 'about' }],
  });

  return template;
}

export function installMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions)));
}
