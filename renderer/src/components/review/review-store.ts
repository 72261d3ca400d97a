// The import review's own small store (issue 15): which report is under review, what the core says
// about it (review.get), the selected block and the blocks marked for a merge. Corrections go to the
// core (review.correct) as one undoable step each. What the core says (review.get) is server data in
// the query cache: every change (a correction here, an undo, an import) makes it stale, and the
// board's, through their change events.
import { create } from 'zustand';
import type { Correction, ReviewBlock, ReviewView } from '../../../../shared/api';
import { api } from '../../api/client';
import { cached, fetchApi, keyOf, queryClient, useApi } from '../../api/queries';
import { useStore } from '../../store';

export interface ReviewState {
  reportId: number | null;
  selected: number | null;
  marked: number[];
  busy: boolean;
  error: string | null;
  /** the last thing done, for the status line */
  said: string | null;
  /** opens the review of a report, on the block of `findingId` when given */
  open(reportId: number, findingId?: number): Promise<void>;
  close(): void;
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

/** the review of the report under review */
export function useReviewView() {
  const reportId = useReview((s) => s.reportId);
  return useApi('review.get', reportId == null ? null : { reportId });
}

/** the review now in the cache (keyboard handlers, actions) */
export function reviewView(): ReviewView | null {
  const reportId = useReview.getState().reportId;
  return reportId == null ? null : (cached('review.get', { reportId }) ?? null);
}

export const useReview = create<ReviewState>()((set, get) => ({
  reportId: null,
  selected: null,
  marked: [],
  busy: false,
  error: null,
  said: null,
  async open(reportId, findingId) {
    set({ reportId, selected: null, marked: [], error: null, said: null });
    let view: ReviewView;
    try {
      view = await queryClient.fetchQuery({ queryKey: keyOf('review.get', { reportId }), queryFn: () => fetchApi('review.get', { reportId }) });
    } catch (err) {
      if (get().reportId === reportId) set({ error: (err as Error).message });
      return;
    }
    if (get().reportId !== reportId) return;
    const list = candidates(view);
    const first = (findingId !== undefined ? list.find((b) => b.findingId === findingId) : undefined) ?? list.find((b) => b.state === 'rejected' || b.low) ?? list[0];
    if (first) set({ selected: first.index });
  },
  close() {
    set({ reportId: null, selected: null, marked: [], error: null });
  },
  select(index) {
    set({ selected: index });
  },
  move(delta) {
    const list = candidates(reviewView());
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
      queryClient.setQueryData(keyOf('review.get', { reportId }), r.value.review);
      set({ busy: false, error: null, marked: [], said: `${what}: ${r.value.touched} finding${r.value.touched === 1 ? '' : 's'} changed (rule: ${r.value.rule.label})` });
    }
  },
  async history(direction) {
    const s = useStore.getState();
    await (direction === 'undo' ? s.undo() : s.redo());
    set({ said: direction === 'undo' ? 'Undone' : 'Redone' });
  },
  async setRule(id, change) {
    const r = change === 'delete' ? await api('rules.delete', { id }) : await api('rules.setEnabled', { id, enabled: change === 'on' });
    if (!r.ok) set({ error: r.error.message });
    else set({ said: `Rule ${change === 'delete' ? 'deleted' : change === 'on' ? 'turned on' : 'turned off'}: ${r.value.touched} finding${r.value.touched === 1 ? '' : 's'} changed` });
  },
}));
