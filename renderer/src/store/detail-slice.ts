import { api } from '../api/client';
import { keyOf, queryClient, useApi } from '../api/queries';
import { useStore } from './index';
import type { DetailSlice, Slice } from './types';

export const DEFAULT_EDITOR_TEMPLATE = 'vscode://file/{path}:{line}';
const TEMPLATE_KEY = 'editorTemplate';

/** the current project's editor link template (a project setting: server data, in the query cache) */
export function useEditorTemplate(): string {
  const projectId = useStore((s) => s.projectId);
  const saved = useApi('settings.get', projectId == null ? null : { projectId, key: TEMPLATE_KEY }).data?.value;
  return typeof saved === 'string' && saved ? saved : DEFAULT_EDITOR_TEMPLATE;
}

export const createDetailSlice: Slice<DetailSlice> = (set, get) => ({
  detailId: null,

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
  async setEditorTemplate(template) {
    const projectId = get().projectId;
    if (projectId == null) return;
    // shown at once; the save's change event fetches the saved one again
    const key = keyOf('settings.get', { projectId, key: TEMPLATE_KEY });
    queryClient.setQueryData(key, { value: template });
    const r = await api('settings.set', { projectId, key: TEMPLATE_KEY, value: template });
    if (!r.ok) {
      get().toast(`Could not save the editor template: ${r.error.message}`, 'error');
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
    }
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
