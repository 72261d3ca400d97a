import { api } from '../api/client';
import type { HistorySlice, Slice } from './types';

export const createHistorySlice: Slice<HistorySlice> = (_set, get) => ({
  async undo() {
    const projectId = get().projectId;
    if (projectId == null) return;
    const r = await api('history.undo', { projectId });
    if (!r.ok) return get().toast(`Undo failed: ${r.error.message}`, 'error');
    if (r.value.undone === 0) get().toast('Nothing to undo');
    else get().toast('Undone');
    await Promise.all([get().loadCards(), get().reloadDetail()]);
  },
  async redo() {
    const projectId = get().projectId;
    if (projectId == null) return;
    const r = await api('history.redo', { projectId });
    if (!r.ok) return get().toast(`Redo failed: ${r.error.message}`, 'error');
    if (r.value.redone === 0) get().toast('Nothing to redo');
    await Promise.all([get().loadCards(), get().reloadDetail()]);
  },
});
