import { toBase64 } from '../lib/base64';
import { api } from '../api/client';
import type { CallWatch, Progress, Result } from '../../../shared/api';
import { PUNCHLIST_EXPORT_HEAD } from '../../../shared/snapshot';
import { ingestOrReingest } from '../components/reingest/reingest-store';
import type { ImportItem, ImportSlice, Slice } from './types';

let nextKey = 1;

/** each running or waiting file's cancel (UI state holds plain data only) */
const cancels = new Map<number, AbortController>();

const wasCancelled = (r: Result<unknown>) => !r.ok && r.error.code === 'cancelled';

export const createImportSlice: Slice<ImportSlice> = (set, get) => {
  const patchItem = (key: number, patch: Partial<ImportItem>) =>
    set({ importItems: get().importItems.map((it) => (it.key === key ? { ...it, ...patch } : it)) });
  const cancelled = (key: number) => patchItem(key, { state: 'cancelled', cancelling: false, progress: undefined });

  /** the core's progress for one file, at most one render per animation frame */
  const follow = (key: number, signal: AbortSignal): CallWatch => {
    let latest: Progress | null = null;
    let frame = 0;
    return {
      signal,
      onProgress(p) {
        latest = p;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (latest) patchItem(key, { progress: latest });
        });
      },
    };
  };

  return {
    importItems: [],
    importing: false,
    importPanelOpen: false,

    async importFiles(files) {
      const projectId = get().projectId;
      if (projectId == null) {
        get().toast('Create or choose a project before importing.', 'error');
        return;
      }
      if (files.length === 0) return;
      const items: ImportItem[] = files.map((f) => ({ key: nextKey++, name: f.name, size: f.file.size, state: 'queued' }));
      for (const it of items) cancels.set(it.key, new AbortController());
      set({ importItems: items, importing: true, importPanelOpen: true });
      let imported: number | null = null;
      for (let i = 0; i < files.length; i++) {
        const { key } = items[i];
        const signal = cancels.get(key)!.signal;
        if (signal.aborted) continue; // cancelled while waiting (already shown so)
        patchItem(key, { state: 'reading' });
        let base64: string;
        try {
          base64 = toBase64(await files[i].file.arrayBuffer());
        } catch (err) {
          patchItem(key, { state: 'failed', error: `could not read the file: ${(err as Error).message}` });
          continue;
        }
        if (signal.aborted) {
          cancelled(key);
          continue;
        }
        patchItem(key, { state: 'ingesting' });
        const watch = follow(key, signal);
        // issue 15: a Punchlist JSON export is imported as a new project, as `punchlist import` does
        if (PUNCHLIST_EXPORT_HEAD.test(await files[i].file.slice(0, 200).text())) {
          const r = await api('import.json', { base64 }, watch);
          if (wasCancelled(r)) cancelled(key);
          else if (!r.ok) patchItem(key, { state: 'failed', error: `${files[i].name}: ${r.error.message}` });
          else {
            imported = r.value.project.id;
            patchItem(key, { state: 'done', imported: `a Punchlist export: imported as project “${r.value.project.name}” (${r.value.findings} findings, ${r.value.reports} reports)` });
          }
          continue;
        }
        // issue 6: a newer version of a report already here asks "update it?" first
        const r = await ingestOrReingest(projectId, files[i].name, base64, watch);
        if (wasCancelled(r)) cancelled(key);
        else if (!r.ok) patchItem(key, { state: 'failed', error: r.error.message });
        else if (!r.value.ok) patchItem(key, { state: 'failed', result: r.value, error: r.value.error });
        else patchItem(key, { state: 'done', result: r.value, cancelling: false });
      }
      for (const it of items) cancels.delete(it.key);
      set({ importing: false });
      // what was imported reaches the board through the change events; a new project is shown
      if (imported !== null) await get().selectProject(imported);
    },
    cancelImport(key) {
      const item = get().importItems.find((it) => it.key === key);
      const control = cancels.get(key);
      if (!item || !control || control.signal.aborted) return;
      control.abort();
      // a waiting file is simply skipped; a running one says so once the core has stopped it
      if (item.state === 'queued') cancelled(key);
      else patchItem(key, { cancelling: true });
    },
    closeImportPanel() {
      if (!get().importing) set({ importPanelOpen: false });
    },
  };
};
