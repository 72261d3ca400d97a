import { api } from '../api/client';
import type { HistorySlice, Slice } from './types';

// what an undo or redo changed reaches every view through its change event
export const createHistorySlice: Slice<HistorySlice> = (_set, get) => ({
  async undo() {
    const projectId = get().projectId;
    if (projectId == null) return;
    const r = await api('history.undo', { projectId });
    if (!r.ok) return get().toast(`Undo failed: ${r.error.message}`, 'error');
    if (r.value.undone === 0) get().toast('Nothing to undo');
    else get().toast('Undone');
  },
  async redo() {
    const projectId = get().projectId;
    if (projectId == null) return;
    const r = await api('history.redo', { projectId });
    if (!r.ok) return get().toast(`Redo failed: ${r.error.message}`, 'error');
    if (r.value.redone === 0) get().toast('Nothing to redo');
  },
});
