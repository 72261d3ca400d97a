import { api } from '../api/client';
import type { DetailSlice, Slice } from './types';

export const DEFAULT_EDITOR_TEMPLATE = 'vscode://file/{path}:{line}';

export const createDetailSlice: Slice<DetailSlice> = (set, get) => ({
  detailId: null,
  editorTemplate: DEFAULT_EDITOR_TEMPLATE,

  // the detail itself is server data: board-data.ts useDetail
  openDetail(id) {
    set({ detailId: id });
  },
  closeDetail() {
    set({ detailId: null });
  },
  async addDependency(findingId, dependsOnId) {
    const r = await api('dependencies.add', { findingId, dependsOnId });
    if (!r.ok) get().toast(`Could not add the dependency: ${r.error.message}`, 'error');
  },
  async removeDependency(findingId, dependsOnId) {
    const r = await api('dependencies.remove', { findingId, dependsOnId });
    if (!r.ok) get().toast(`Could not remove the dependency: ${r.error.message}`, 'error');
  },
  setEditorTemplate(template) {
    set({ editorTemplate: template });
    const projectId = get().projectId;
    if (projectId != null) void api('settings.set', { projectId, key: 'editorTemplate', value: template });
  },
  async openExternal(url) {
    const r = await api('app.openExternal', { url });
    if (!r.ok) get().toast(`Not opened: ${r.error.message}`, 'error');
    else if (!r.value.opened) {
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        /* clipboard may be unavailable */
      }
      get().toast(`Link not opened from the browser host${copied ? ' (copied)' : ''}: ${url}`);
    }
  },
});
