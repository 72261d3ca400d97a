import { api } from '../api/client';
import type { DetailSlice, Slice } from './types';

export const DEFAULT_EDITOR_TEMPLATE = 'vscode://file/{path}:{line}';
let detailSeq = 0;

export const createDetailSlice: Slice<DetailSlice> = (set, get) => ({
  detailId: null,
  detail: null,
  detailError: null,
  editorTemplate: DEFAULT_EDITOR_TEMPLATE,

  async openDetail(id) {
    set({ detailId: id, detailError: null, detail: get().detail?.id === id ? get().detail : null });
    await get().reloadDetail();
  },
  closeDetail() {
    detailSeq++;
    set({ detailId: null, detail: null, detailError: null });
  },
  async reloadDetail() {
    const id = get().detailId;
    if (id == null) return;
    const seq = ++detailSeq;
    const r = await api('findings.get', { id });
    if (seq !== detailSeq) return;
    if (!r.ok) set({ detail: null, detailError: r.error.message });
    else set({ detail: r.value, detailError: null });
  },
  async addDependency(findingId, dependsOnId) {
    const r = await api('dependencies.add', { findingId, dependsOnId });
    if (!r.ok) get().toast(`Could not add the dependency: ${r.error.message}`, 'error');
    await get().reloadDetail();
  },
  async removeDependency(findingId, dependsOnId) {
    const r = await api('dependencies.remove', { findingId, dependsOnId });
    if (!r.ok) get().toast(`Could not remove the dependency: ${r.error.message}`, 'error');
    await get().reloadDetail();
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
