// Electron main process: a thin, locked-down shell around the core, which runs in its own utility
// process (electron/core-process.ts; long work in a job thread there), so an import never freezes
// the window, menus or IPC. The renderer talks to the core
// through ONE IPC channel (API_CHANNEL) whose handler checks the sender, refuses the methods and
// fields that take filesystem paths (rendererCall) and forwards (method, input) to core.dispatch,
// which validates the input with zod and returns a Result. Long work the renderer names with a call
// id (the third argument) sends its progress back on PROGRESS_CHANNEL; calls.cancel stops it. Paths reach the core only from the main
// process's own dialogs (File > Import…, File > Restore…).
// Security policy (origins, CSP, URL allow-list, argv) lives in ./policy (pure, tested in Node).
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell, type IpcMainInvokeEvent } from 'electron';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { API_CHANNEL, definitionOf, projectOfCall, rendererCall, type ErrorCode, type Result } from '../shared/api';
import { CHANGES_CHANNEL, isCallId, PROGRESS_CHANNEL, type ProgressEvent } from '../shared/channel';
import { answerHostCall, isHostMethod, RunningCalls } from '../core/host-calls';
import { DB_FILE_NAME, resolveDbPath } from '../core/paths';
import { displayLocation, isPostgresUrl } from '../db/location';
import type { Progress } from '../core/service/job';
import { startCoreProcess, type CoreClient } from './core-client';
import { installMenu, type MenuExportFormat } from './menu';
import { readPromptSubmission, teamDbPromptHtml, type PromptAnswer } from './team-db-prompt';
import { connectionUrl, parseTeamUrl, readSettings, rememberedTeamDatabase, saveLocalDatabase, saveTeamDatabase, type SecretBox } from './team-db';
import {
  APP_ORIGIN,
  APP_SCHEME,
  appAssetPath,
  appOrigin,
  isAllowedNavigation,
  isPermissionAllowed,
  isTrustedSender,
  parseDbArg,
  withCsp,
} from './policy';
import { rendererCsp, rendererHeaders, resolveRendererFile } from '../core/host-policy';

// Set by @electron-forge/plugin-vite (see vite.main.config.ts for the standalone build).
const DEV_SERVER_URL: string | undefined =
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL
    ? MAIN_WINDOW_VITE_DEV_SERVER_URL
    : undefined;
const RENDERER_NAME: string = typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';
const IS_DEV = !app.isPackaged;
const ORIGIN = appOrigin(DEV_SERVER_URL);
const CSP = rendererCsp(DEV_SERVER_URL);
/** Built renderer: .vite/renderer/<name>/ next to .vite/build/main.cjs. */
const RENDERER_ROOT = join(__dirname, '..', 'renderer', RENDERER_NAME);

let core: CoreClient | null = null;
/** the SQLite file, or the team database's postgres:// URL (with the password, if one was given: in memory only) */
let dbPath = '';
let mainWindow: BrowserWindow | null = null;
/** the project the renderer last worked in: where File > Import… goes */
let activeProjectId: number | null = null;
/** the renderer's long calls in flight, by the id it named each with (calls.cancel) */
const rendererCalls = new RunningCalls();

function fail<T>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

// ---------------------------------------------------------------------------------------------
// Startup

// Before anything else: a second launch focuses the first window instead of opening the DB twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every renderer is sandboxed, whatever its webPreferences say.
  app.enableSandbox();
  // app://punchlist is a standard, secure origin (so 'self' in the CSP and fetch() work), served
  // from the built renderer folder by protocol.handle below; file:// is never loaded.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && core && BrowserWindow.getAllWindows().length === 0) createWindow();
  });

  app.on('will-quit', () => {
    const c = core;
    core = null;
    c?.close().catch((err: unknown) => console.error('punchlist: closing the database failed', err));
  });

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Punchlist could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}

const settingsFile = () => join(app.getPath('userData'), 'settings.json');
/**
 * safeStorage as the SecretBox (electron/team-db.ts): on Linux without a keyring it falls back to
 * 'basic_text' (a key built into Chromium, i.e. obfuscation): counted as no encryption there.
 */
const keychain: SecretBox = {
  isEncryptionAvailable: () =>
    safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text'),
  encryptString: (plain) => safeStorage.encryptString(plain),
  decryptString: (cipher) => safeStorage.decryptString(cipher),
};
const localDbPath = () => join(app.getPath('userData'), DB_FILE_NAME);

async function start(): Promise<void> {
  // --db, then PUNCHLIST_DB (a SQLite path or a postgres:// URL), then the database remembered in
  // settings.json (File > Open Team Database…), else <userData>/punchlist.sqlite
  const argDb = parseDbArg(process.argv);
  let startupProblem: string | null = null;
  if (argDb || process.env.PUNCHLIST_DB) {
    const given = resolveDbPath({ argDb: argDb ?? undefined, env: process.env });
    dbPath = isPostgresUrl(given) ? given.trim() : resolve(given);
  } else {
    const team = rememberedTeamDatabase(settingsFile(), keychain);
    dbPath = team?.ok ? team.value.location : localDbPath();
    if (team && !team.ok) startupProblem = team.error;
  }
  // pending migrations: a backup first (online backup API); a failed one is restored and the
  // error ("… restored from the backup taken before migrating (…)") goes to the start-up dialog
  try {
    core = await startCoreProcess(dbPath, __dirname);
  } catch (err) {
    // a remembered team database that cannot be reached: the local file instead, and say so
    if (argDb || process.env.PUNCHLIST_DB || !isPostgresUrl(dbPath)) throw err;
    startupProblem = err instanceof Error ? err.message : String(err);
    dbPath = localDbPath();
    core = await startCoreProcess(dbPath, __dirname);
  }
  followChanges(core);

  app.setAboutPanelOptions({ applicationName: 'Punchlist', applicationVersion: app.getVersion() });
  lockDownSession();
  ipcMain.handle(API_CHANNEL, handleApiCall);
  refreshMenu();
  createWindow();
  if (startupProblem)
    await message(mainWindow, {
      type: 'warning',
      message: 'The team database could not be opened; the local database is open instead',
      detail: `${startupProblem}\n\nFile > Open Team Database… connects again.`,
    });
}

/**
 * every write's change event (whoever made it: the window, File > Import…, a restore, on a team
 * database another user: core/service/live.ts) goes to the window, while `c` is the open core
 */
function followChanges(c: CoreClient): void {
  c.onChange((change) => {
    const win = mainWindow;
    if (core === c && win && !win.isDestroyed()) win.webContents.send(CHANGES_CHANNEL, change);
  });
}

function refreshMenu(): void {
  installMenu({
    importPaths: (kind) => void importFromDialog(kind),
    showDatabase: () => void showDatabase(),
    exportAs: (format) => void exportFromMenu(format),
    backup: () => void backupFromMenu(),
    restore: () => void restoreFromMenu(),
    openTeamDatabase: () => void openTeamDatabaseFromMenu(),
    openLocalDatabase: () => void openLocalDatabaseFromMenu(),
    onTeamDatabase: isPostgresUrl(dbPath),
    isDev: IS_DEV,
    platform: process.platform,
  });
}

async function showDatabase(): Promise<void> {
  if (!isPostgresUrl(dbPath)) return shell.showItemInFolder(dbPath);
  await message(mainWindow, { type: 'info', message: 'Team database (PostgreSQL)', detail: displayLocation(dbPath) });
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // No camera, microphone, notifications, geolocation, clipboard-read, …: only clipboard writes
  // from our own page (isPermissionAllowed).
  ses.setPermissionRequestHandler((wc, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl || wc?.getURL(), ORIGIN));
  });
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, ORIGIN),
  );
  // CSP on every response the window gets (the Vite dev server in dev; app:// sets it itself too).
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, CSP) });
  });
  // The packaged renderer: app://punchlist/<file> → .vite/renderer/main_window/<file>.
  // (the one host policy, core/host-policy.ts: the serve host answers the same way)
  protocol.handle(APP_SCHEME, async (request) => {
    const path = appAssetPath(request.url);
    const file = path === null ? null : await resolveRendererFile(RENDERER_ROOT, path);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, { status: 200, headers: rendererHeaders(file, CSP) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Applied to every webContents (the window and anything it might try to create). */
function hardenWebContents(contents: Electron.WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, ORIGIN)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, ORIGIN)) event.preventDefault();
  });
  // No new windows: links meant for the browser go through app.openExternal (with a confirmation).
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function createWindow(): void {
  const win = new BrowserWindow({
    title: 'Punchlist',
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    backgroundColor: '#1e1f24',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // middle-click (auxclick) can open links without a click event the page handles
      disableBlinkFeatures: 'Auxclick',
      devTools: IS_DEV,
    },
  });
  mainWindow = win;
  // Keep "Punchlist" rather than the page's <title>.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame) return;
    console.error(`punchlist: could not load ${url}: ${description} (${code})`);
    if (!win.isVisible()) win.show();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  const url = DEV_SERVER_URL ?? `${APP_ORIGIN}/index.html`;
  void win.loadURL(url);
}

// ---------------------------------------------------------------------------------------------
// IPC

async function handleApiCall(event: IpcMainInvokeEvent, method: unknown, input: unknown, callId?: unknown): Promise<Result<unknown>> {
  try {
    const win = mainWindow;
    const frame = event.senderFrame;
    const trusted =
      win !== null &&
      !win.isDestroyed() &&
      isTrustedSender(
        {
          frameUrl: frame?.url ?? null,
          // compared by frame tree node id: WebFrameMain wrappers need not be the same object
          isMainFrame:
            frame !== null &&
            !frame.detached &&
            frame.parent === null &&
            frame.frameTreeNodeId === win.webContents.mainFrame.frameTreeNodeId,
          isOurWindow: event.sender === win.webContents,
        },
        ORIGIN,
      );
    if (!trusted) return fail('forbidden', 'IPC from an untrusted frame');
    // the renderer's channel: known methods, none that takes a filesystem path (the registry's `caller`)
    const call = rendererCall(method, input);
    if (!call.ok) return call;
    if (isHostMethod(call.value)) return await answerHostCall(call.value, input, { openExternal, calls: rendererCalls });
    const c = core;
    if (!c) return fail('unavailable', 'the database is closed');
    // long work the renderer named: its progress goes back to that window, calls.cancel stops it
    const named = isCallId(callId) && definitionOf(call.value).job ? callId : null;
    const run = rendererCalls.start(named);
    const sender = event.sender;
    const onProgress = named
      ? (progress: Progress) => {
          if (!sender.isDestroyed()) sender.send(PROGRESS_CHANNEL, { callId: named, progress } satisfies ProgressEvent);
        }
      : undefined;
    let result: Result<unknown>;
    try {
      result = await c.dispatch(call.value, input, named ? { signal: run.signal, onProgress } : undefined);
    } finally {
      run.end();
    }
    if (result.ok) {
      const pid = projectOfCall(call.value, input, result.value);
      if (pid !== null) activeProjectId = pid;
    }
    return result;
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : String(err));
  }
}

/** app.openExternal (core/host-calls.ts checked the link): asks the user, then opens it. */
async function openExternal(verdict: { kind: 'web' | 'editor'; url: string }): Promise<boolean> {
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: verdict.kind === 'web' ? 'Open this link in your browser?' : 'Open this file in your editor?',
    detail: verdict.url,
  };
  const win = mainWindow;
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(verdict.url);
  return true;
}

// ---------------------------------------------------------------------------------------------
// File > Import…

async function importFromDialog(kind: 'any' | 'files' | 'folders'): Promise<void> {
  const win = mainWindow;
  const c = core;
  if (!c) return;
  const properties: Array<'openFile' | 'openDirectory' | 'multiSelections'> =
    kind === 'files' ? ['openFile', 'multiSelections'] : kind === 'folders' ? ['openDirectory', 'multiSelections'] : ['openFile', 'openDirectory', 'multiSelections'];
  const options: Electron.OpenDialogOptions = {
    title: 'Import audit reports',
    buttonLabel: 'Import',
    properties,
    filters: kind === 'folders' ? undefined : [
      { name: 'Reports (Markdown, SARIF, JSON)', extensions: ['md', 'markdown', 'sarif', 'json'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (picked.canceled || picked.filePaths.length === 0) return;

  const projectId = await targetProject(c, picked.filePaths, win);
  if (projectId === null) return;
  const asNew = await askNewerVersions(c, projectId, picked.filePaths, win);
  if (asNew === null) return;
  // the window's progress bar (taskbar / dock) follows the import
  const result = await c.call('ingest.paths', { projectId, paths: picked.filePaths, asNew }, { onProgress: progressBar(win) });
  if (win && !win.isDestroyed()) win.setProgressBar(-1);
  activeProjectId = projectId;

  if (!result.ok) {
    await message(win, { type: 'error', message: 'Import failed', detail: result.error.message });
    return;
  }
  const files = result.value;
  const failed = files.filter((f) => !f.ok);
  if (failed.length > 0) {
    const lines = failed.slice(0, 20).map((f) => `${f.file}: ${f.ok ? '' : f.error}`);
    if (failed.length > 20) lines.push(`… and ${failed.length - 20} more`);
    await message(win, {
      type: 'warning',
      message: `${failed.length} of ${files.length} file(s) could not be imported`,
      detail: lines.join('\n'),
    });
  }
}

/** Long work's progress (ingest, export, backup) on the window's progress bar (taskbar / dock). */
function progressBar(win: BrowserWindow | null): (p: Progress) => void {
  return (p) => {
    if (win && !win.isDestroyed() && p.total) win.setProgressBar(Math.min(1, p.done / p.total));
  };
}

/**
 * Files that are newer versions of reports of the project (the core's dry run says so, by the same
 * rule as the drop and the CLI): asks once whether to update those reports or add the files as new
 * ones. Returns asNew, or null when the user cancelled.
 */
async function askNewerVersions(c: CoreClient, projectId: number, paths: string[], win: BrowserWindow | null): Promise<boolean | null> {
  const dry = await c.call('ingest.paths', { projectId, paths, dryRun: true });
  const updates = dry.ok ? dry.value.filter((r) => r.ok && r.action === 'updated') : [];
  if (!updates.length) return false;
  const lines = updates.slice(0, 20).map((r) => (r.ok ? (r.summary ?? r.file).replace(/^would update /, '') : ''));
  if (updates.length > 20) lines.push(`… and ${updates.length - 20} more`);
  const one = updates.length === 1;
  const { response } = await message(win, {
    type: 'question',
    message: `${one ? 'This file is a newer version of a report' : `${updates.length} files are newer versions of reports`} in this project: update ${one ? 'it' : 'them'}?`,
    detail: `${lines.join('\n')}\n\nDecisions (status, severity, effort, notes, plan) stay with the findings; findings a new version no longer has are marked "not in latest report".`,
    buttons: ['Update', 'Import as new reports', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return response === 2 ? null : response === 1;
}

/** The active project; else the only one; else ask; else create one named after the import. */
async function targetProject(c: CoreClient, paths: string[], win: BrowserWindow | null): Promise<number | null> {
  if (activeProjectId !== null) return activeProjectId;
  const listed = await c.call('projects.list', {});
  const projects = listed.ok ? listed.value : [];
  if (projects.length === 1) return projects[0].id;
  if (projects.length > 1) {
    const shown = projects.slice(0, 8);
    const { response } = await message(win, {
      type: 'question',
      message: 'Import into which project?',
      buttons: [...shown.map((p) => p.name), 'Cancel'],
      cancelId: shown.length,
      noLink: true,
    });
    return response < shown.length ? shown[response].id : null;
  }
  const created = await c.call('projects.create', { name: basename(paths[0]) || 'Punchlist' });
  if (!created.ok) {
    await message(win, { type: 'error', message: 'Could not create a project', detail: created.error.message });
    return null;
  }
  return created.value.id;
}

function message(win: BrowserWindow | null, options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue> {
  return win && !win.isDestroyed() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
}

// ---------------------------------------------------------------------------------------------
// File > Export (issue 5): the core renders the export, the user picks where it goes.

const EXPORT_FILTERS: Record<MenuExportFormat, Electron.FileFilter> = {
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'Punchlist JSON', extensions: ['json'] },
  html: { name: 'HTML', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  sarif: { name: 'SARIF', extensions: ['sarif', 'json'] },
};

async function exportFromMenu(format: MenuExportFormat): Promise<void> {
  const win = mainWindow;
  const c = core;
  if (!c) return;
  let projectId = activeProjectId;
  if (projectId === null) {
    const listed = await c.call('projects.list', {});
    projectId = listed.ok && listed.value.length > 0 ? listed.value[0].id : null;
  }
  if (projectId === null) return;
  // PDF is the standalone HTML export printed by Chromium (printToPDF), so both read the same.
  const rendered = await c.call('export.render', { projectId, format: format === 'pdf' ? 'html' : format }, { onProgress: progressBar(win) });
  if (win && !win.isDestroyed()) win.setProgressBar(-1);
  if (!rendered.ok) {
    await message(win, { type: 'error', message: 'Export failed', detail: rendered.error.message });
    return;
  }
  const fileName = format === 'pdf' ? rendered.value.fileName.replace(/\.html?$/i, '') + '.pdf' : rendered.value.fileName;
  const options: Electron.SaveDialogOptions = {
    title: 'Export',
    defaultPath: fileName,
    filters: [EXPORT_FILTERS[format]],
  };
  const picked = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (picked.canceled || !picked.filePath) return;
  // written next to the target and renamed into place: a failed write leaves no partial file
  const partial = `${picked.filePath}.partial`;
  try {
    if (format === 'pdf') await writeFile(partial, await htmlToPdf(rendered.value.text));
    else await writeFile(partial, rendered.value.text, 'utf8');
    await rename(partial, picked.filePath);
  } catch (err) {
    await rm(partial, { force: true });
    await message(win, { type: 'error', message: 'Export failed', detail: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * Prints the standalone HTML export to PDF in a hidden, throwaway window: JavaScript off, sandboxed,
 * no preload, loaded from a data: URL (the export carries its own CSP and has no scripts or remote
 * resources), destroyed as soon as the PDF bytes are out.
 */
async function htmlToPdf(html: string): Promise<Buffer> {
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  try {
    await printer.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await printer.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    printer.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// File > Backup… / Restore… (issue 7): the core copies the database (SQLite online backup API) into
// backups/ next to it; a restore keeps a copy of the current state first, then refreshes the window.

async function backupFromMenu(): Promise<void> {
  const win = mainWindow;
  const c = core;
  if (!c) return;
  const made = await c.call('backup.create', {}, { onProgress: progressBar(win) });
  if (win && !win.isDestroyed()) win.setProgressBar(-1);
  if (!made.ok) {
    await message(win, { type: 'error', message: 'Backup failed', detail: made.error.message });
    return;
  }
  const { response } = await message(win, {
    type: 'info',
    message: 'Backup written',
    detail: made.value.file,
    buttons: ['OK', 'Show in Folder'],
    defaultId: 0,
    noLink: true,
  });
  if (response === 1) shell.showItemInFolder(made.value.file);
}

async function restoreFromMenu(): Promise<void> {
  const win = mainWindow;
  const c = core;
  if (!c) return;
  const options: Electron.OpenDialogOptions = {
    title: 'Restore a backup',
    buttonLabel: 'Restore',
    defaultPath: isPostgresUrl(dbPath) ? undefined : join(dirname(dbPath), 'backups'),
    properties: ['openFile'],
    filters: [
      { name: 'Punchlist database', extensions: ['sqlite', 'db'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (picked.canceled || picked.filePaths.length === 0) return;
  const file = picked.filePaths[0];
  const { response } = await message(win, {
    type: 'warning',
    message: 'Replace the database with this backup?',
    detail: `${file}\n\nA copy of the database as it is now is kept in the backups folder first.`,
    buttons: ['Restore', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return;
  const restored = await c.call('backup.restore', { file });
  if (!restored.ok) {
    await message(win, { type: 'error', message: 'Restore failed', detail: restored.error.message });
    return;
  }
  await message(win, {
    type: 'info',
    message: 'Backup restored',
    detail: `${restored.value.restored.file}\n\nThe previous state was kept as ${restored.value.previous.file}.`,
  });
}

// ---------------------------------------------------------------------------------------------
// File > Open Team Database… / Open Local Database (issue 18): the core process is restarted on
// the other database (a postgres:// URL opens the same way as a file: core/worker → db openStore);
// the old one keeps running until the new one is open, so a failed connection changes nothing.
// The choice is remembered in settings.json; a password only through safeStorage (electron/team-db.ts).

async function openTeamDatabaseFromMenu(): Promise<void> {
  const current = isPostgresUrl(dbPath) ? parseTeamUrl(dbPath) : null;
  let prefill = current?.ok ? current.value.url : (readSettings(settingsFile()).teamDatabase?.url ?? '');
  let note = keychain.isEncryptionAvailable()
    ? ''
    : 'This system offers no encrypted storage: a password typed here is used for this session only, never saved.';
  for (;;) {
    const answer = await promptTeamDatabase(prefill, note);
    if (answer.action === 'cancel') return;
    const parsed = parseTeamUrl(answer.url);
    if (!parsed.ok) {
      prefill = answer.url;
      note = `Not opened: ${parsed.error}`;
      continue;
    }
    const password = answer.password || parsed.value.password;
    const switched = await switchDatabase(connectionUrl(parsed.value.url, password));
    if (!switched.ok) {
      prefill = parsed.value.url;
      note = `Could not connect: ${switched.error}`;
      continue;
    }
    const saved = saveTeamDatabase(settingsFile(), { url: parsed.value.url, password }, keychain);
    if (!saved.ok) {
      // connected; remembered without the password (PGPASSWORD / ~/.pgpass at the next start)
      saveTeamDatabase(settingsFile(), { url: parsed.value.url }, keychain);
      await message(mainWindow, { type: 'warning', message: 'Connected; the password was not saved', detail: saved.error });
    }
    return;
  }
}

async function openLocalDatabaseFromMenu(): Promise<void> {
  const switched = await switchDatabase(localDbPath());
  if (!switched.ok) {
    await message(mainWindow, { type: 'error', message: 'The local database could not be opened', detail: switched.error });
    return;
  }
  saveLocalDatabase(settingsFile());
}

async function switchDatabase(location: string): Promise<{ ok: true } | { ok: false; error: string }> {
  let next: CoreClient;
  try {
    next = await startCoreProcess(location, __dirname);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const previous = core;
  core = next;
  dbPath = location;
  activeProjectId = null;
  followChanges(next);
  previous?.close().catch((err: unknown) => console.error('punchlist: closing the previous database failed', err));
  refreshMenu();
  const win = mainWindow;
  // the renderer starts over on the other database (its caches belong to the old one)
  if (win && !win.isDestroyed()) win.webContents.reload();
  return { ok: true };
}

/** the form (electron/team-db-prompt.ts) in a modal, script-free, throwaway window; cancel when closed */
function promptTeamDatabase(url: string, note: string): Promise<PromptAnswer> {
  const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
  const prompt = new BrowserWindow({
    parent,
    modal: Boolean(parent),
    title: 'Open Team Database',
    width: 560,
    height: note ? 380 : 340,
    resizable: false,
    minimizable: false,
    maximizable: false,
    backgroundColor: '#1e1f24',
    webPreferences: {
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
    },
  });
  prompt.setMenu?.(null);
  return new Promise((resolvePrompt) => {
    let answered = false;
    const answer = (a: PromptAnswer) => {
      if (answered) return;
      answered = true;
      resolvePrompt(a);
      if (!prompt.isDestroyed()) prompt.destroy();
    };
    // the form's GET navigation is its answer; hardenWebContents cancels every such navigation too
    prompt.webContents.on('will-navigate', (event, target) => {
      event.preventDefault();
      const a = readPromptSubmission(target);
      if (a) answer(a);
    });
    prompt.on('closed', () => answer({ action: 'cancel' }));
    void prompt.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(teamDbPromptHtml(url, note), 'utf8').toString('base64')}`);
  });
}
