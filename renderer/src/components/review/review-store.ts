// The import review's own small store (issue 15): which report is under review, what the core says
// about it (review.get), the selected block and the blocks marked for a merge. Corrections go to the
// core (review.correct) as one undoable step each; the board reloads after every change.
import { create } from 'zustand';
import type { Correction, ReviewBlock, ReviewView } from '../../../../shared/api';
import { api } from '../../api/client';
import { useStore } from '../../store';

export interface ReviewState {
  reportId: number | null;
  view: ReviewView | null;
  selected: number | null;
  marked: number[];
  busy: boolean;
  error: string | null;
  /** the last thing done, for the status line */
  said: string | null;
  /** opens the review of a report, on the block of `findingId` when given */
  open(reportId: number, findingId?: number): Promise<void>;
  close(): void;
  load(): Promise<void>;
  select(index: number | null): void;
  move(delta: 1 | -1): void;
  toggleMark(index: number): void;
  correct(c: Correction, what: string): Promise<void>;
  history(direction: 'undo' | 'redo'): Promise<void>;
  setRule(id: number, change: 'on' | 'off' | 'delete'): Promise<void>;
}

/** the blocks j/k visit: what was read or set aside, and every list item and table row */
export function candidates(view: ReviewView | null): ReviewBlock[] {
  if (!view) return [];
  return view.blocks.filter((b) => b.state !== 'plain' || b.kind === 'item' || b.kind === 'row');
}

async function afterChange() {
  const s = useStore.getState();
  await Promise.all([s.loadCards(), s.loadReports(), s.reloadDetail()]);
}

export const useReview = create<ReviewState>()((set, get) => ({
  reportId: null,
  view: null,
  selected: null,
  marked: [],
  busy: false,
  error: null,
  said: null,
  async open(reportId, findingId) {
    set({ reportId, view: null, selected: null, marked: [], error: null, said: null });
    await get().load();
    const list = candidates(get().view);
    const first = (findingId !== undefined ? list.find((b) => b.findingId === findingId) : undefined) ?? list.find((b) => b.state === 'rejected' || b.low) ?? list[0];
    if (first) set({ selected: first.index });
  },
  close() {
    set({ reportId: null, view: null, selected: null, marked: [], error: null });
  },
  async load() {
    const reportId = get().reportId;
    if (reportId == null) return;
    const r = await api('review.get', { reportId });
    if (get().reportId !== reportId) return;
    if (!r.ok) set({ error: r.error.message });
    else set({ view: r.value, error: null });
  },
  select(index) {
    set({ selected: index });
  },
  move(delta) {
    const list = candidates(get().view);
    if (!list.length) return;
    const at = list.findIndex((b) => b.index === get().selected);
    const next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    set({ selected: list[next].index });
  },
  toggleMark(index) {
    const m = get().marked;
    set({ marked: m.includes(index) ? m.filter((x) => x !== index) : [...m, index] });
  },
  async correct(c, what) {
    const reportId = get().reportId;
    if (reportId == null || get().busy) return;
    set({ busy: true });
    const r = await api('review.correct', { reportId, correction: c });
    if (!r.ok) set({ busy: false, error: r.error.message });
    else {
      set({ busy: false, view: r.value.review, error: null, marked: [], said: `${what}: ${r.value.touched} finding${r.value.touched === 1 ? '' : 's'} changed (rule: ${r.value.rule.label})` });
      await afterChange();
    }
  },
  async history(direction) {
    const s = useStore.getState();
    await (direction === 'undo' ? s.undo() : s.redo());
    set({ said: direction === 'undo' ? 'Undone' : 'Redone' });
    await get().load();
  },
  async setRule(id, change) {
    const r = change === 'delete' ? await api('rules.delete', { id }) : await api('rules.setEnabled', { id, enabled: change === 'on' });
    if (!r.ok) set({ error: r.error.message });
    else set({ said: `Rule ${change === 'delete' ? 'deleted' : change === 'on' ? 'turned on' : 'turned off'}: ${r.value.touched} finding${r.value.touched === 1 ? '' : 's'} changed` });
    await Promise.all([get().load(), afterChange()]);
  },
}));
