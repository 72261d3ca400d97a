import { toBase64 } from '../lib/base64';
import { api } from '../api/client';
import { PUNCHLIST_EXPORT_HEAD } from '../../../shared/snapshot';
import { ingestOrReingest } from '../components/reingest/reingest-store';
import type { ImportItem, ImportSlice, Slice } from './types';

let nextKey = 1;

export const createImportSlice: Slice<ImportSlice> = (set, get) => {
  const patchItem = (key: number, patch: Partial<ImportItem>) =>
    set({ importItems: get().importItems.map((it) => (it.key === key ? { ...it, ...patch } : it)) });

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
      set({ importItems: items, importing: true, importPanelOpen: true });
      let imported: number | null = null;
      for (let i = 0; i < files.length; i++) {
        const { key } = items[i];
        patchItem(key, { state: 'reading' });
        let base64: string;
        try {
          base64 = toBase64(await files[i].file.arrayBuffer());
        } catch (err) {
          patchItem(key, { state: 'failed', error: `could not read the file: ${(err as Error).message}` });
          continue;
        }
        patchItem(key, { state: 'ingesting' });
        // issue 15: a Punchlist JSON export is imported as a new project, as `punchlist import` does
        if (PUNCHLIST_EXPORT_HEAD.test(await files[i].file.slice(0, 200).text())) {
          const r = await api('import.json', { base64 });
          if (!r.ok) patchItem(key, { state: 'failed', error: `${files[i].name}: ${r.error.message}` });
          else {
            imported = r.value.project.id;
            patchItem(key, { state: 'done', imported: `a Punchlist export: imported as project “${r.value.project.name}” (${r.value.findings} findings, ${r.value.reports} reports)` });
          }
          continue;
        }
        // issue 6: a newer version of a report already here asks "update it?" first
        const r = await ingestOrReingest(projectId, files[i].name, base64);
        if (!r.ok) patchItem(key, { state: 'failed', error: r.error.message });
        else if (!r.value.ok) patchItem(key, { state: 'failed', result: r.value, error: r.value.error });
        else patchItem(key, { state: 'done', result: r.value });
      }
      set({ importing: false });
      // what was imported reaches the board through the change events; a new project is shown
      if (imported !== null) await get().selectProject(imported);
    },
    closeImportPanel() {
      if (!get().importing) set({ importPanelOpen: false });
    },
  };
};
