import type { Slice, UiSlice } from './types';

let toastId = 1;

export const createUiSlice: Slice<UiSlice> = (set, get) => ({
  focusedId: null,
  focusTick: 0,
  dragging: false,
  helpOpen: false,
  reasonFor: null,
  searchTick: 0,
  toasts: [],
  focusCard(id, takeDomFocus = false) {
    set(takeDomFocus ? { focusedId: id, focusTick: get().focusTick + 1 } : { focusedId: id });
  },
  setDragging(dragging) {
    set({ dragging });
  },
  setHelpOpen(open) {
    set({ helpOpen: open });
  },
  askReason(ids) {
    set({ reasonFor: ids });
  },
  focusSearch() {
    set({ searchTick: get().searchTick + 1 });
  },
  toast(text, kind = 'info') {
    const id = toastId++;
    set({ toasts: [...get().toasts.slice(-3), { id, kind, text }] });
    setTimeout(() => get().dismissToast(id), kind === 'error' ? 8000 : 4000);
  },
  dismissToast(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
});
