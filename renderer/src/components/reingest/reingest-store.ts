// Re-ingest and duplicates (issue 6): the renderer's own small store. "Not in latest report" ids of
// the project, duplicate suggestions, the open panel, and the "newer version?" question asked while
// importing. Kept apart from the app store so the board's slices stay as they are; every call goes
// through the typed contract, and the board reloads through its own actions afterwards.
import { create } from 'zustand';
import type { DuplicateSuggestion, IngestFileResult, ReingestPreview, Result } from '../../../../shared/api';
import { api } from '../../api/client';
import { useStore } from '../../store';

export type ReingestAnswer = 'update' | 'new';

export interface ReingestState {
  absentIds: ReadonlySet<number>;
  absentFor: number | null;
  suggestions: DuplicateSuggestion[];
  suggestionsLoading: boolean;
  panelOpen: boolean;
  /** the open "newer version?" question while importing */
  question: { preview: ReingestPreview; answer(a: ReingestAnswer): void } | null;
  loadAbsent(): Promise<void>;
  loadSuggestions(): Promise<void>;
  setPanelOpen(open: boolean): void;
  closeAbsent(): Promise<void>;
  merge(keepId: number, duplicateId: number): Promise<void>;
  unmerge(findingId: number): Promise<void>;
  ask(preview: ReingestPreview): Promise<ReingestAnswer>;
}

const projectId = () => useStore.getState().projectId;

async function refreshBoard() {
  const s = useStore.getState();
  await Promise.all([s.loadCards(), s.reloadDetail()]);
}

export const useReingest = create<ReingestState>()((set, get) => ({
  absentIds: new Set<number>(),
  absentFor: null,
  suggestions: [],
  suggestionsLoading: false,
  panelOpen: false,
  question: null,

  async loadAbsent() {
    const pid = projectId();
    if (pid == null) return;
    const r = await api('findings.absent', { projectId: pid });
    if (r.ok) set({ absentIds: new Set(r.value.map((a) => a.findingId)), absentFor: pid });
  },

  async loadSuggestions() {
    const pid = projectId();
    if (pid == null) return;
    set({ suggestionsLoading: true });
    const r = await api('duplicates.suggest', { projectId: pid });
    set({ suggestionsLoading: false, suggestions: r.ok ? r.value : [] });
    if (!r.ok) useStore.getState().toast(`Could not find duplicates: ${r.error.message}`, 'error');
  },

  setPanelOpen(open) {
    set({ panelOpen: open });
    if (open) void Promise.all([get().loadSuggestions(), get().loadAbsent()]);
  },

  async closeAbsent() {
    const pid = projectId();
    if (pid == null) return;
    const r = await api('findings.closeAbsent', { projectId: pid, status: 'fixed' });
    if (!r.ok) return useStore.getState().toast(`Could not close: ${r.error.message}`, 'error');
    useStore.getState().toast(r.value.closed ? `Closed ${r.value.closed} finding${r.value.closed === 1 ? '' : 's'} not in the latest report (undo with z)` : 'No open finding to close');
    await refreshBoard();
  },

  async merge(keepId, duplicateId) {
    const r = await api('duplicates.merge', { keepId, duplicateId });
    if (!r.ok) return useStore.getState().toast(`Merge failed: ${r.error.message}`, 'error');
    useStore.getState().toast('Merged (undo with z)');
    await Promise.all([refreshBoard(), get().loadSuggestions()]);
  },

  async unmerge(findingId) {
    const r = await api('duplicates.unmerge', { findingId });
    if (!r.ok) return useStore.getState().toast(`Un-merge failed: ${r.error.message}`, 'error');
    await Promise.all([refreshBoard(), get().panelOpen ? get().loadSuggestions() : Promise.resolve()]);
  },

  ask(preview) {
    return new Promise<ReingestAnswer>((resolve) => {
      set({
        question: {
          preview,
          answer: (a) => {
            set({ question: null });
            resolve(a);
          },
        },
      });
    });
  },
}));

/**
 * Import one dropped / chosen file: when it looks like a newer version of a report of the project,
 * ask the user ("update it?"); update it through reingest.apply, else ingest it as a new report.
 */
export async function ingestOrReingest(pid: number, name: string, base64: string): Promise<Result<IngestFileResult>> {
  const preview = await api('reingest.preview', { projectId: pid, name, base64 });
  if (preview.ok && preview.value.previous && !preview.value.alreadyPresent) {
    const answer = await useReingest.getState().ask(preview.value);
    if (answer === 'update') {
      const r = await api('reingest.apply', { projectId: pid, reportId: preview.value.previous.id, name, base64 });
      if (!r.ok) return r;
      void useReingest.getState().loadAbsent();
      return {
        ok: true,
        value: { file: name, ok: true, reportId: r.value.reportId, format: preview.value.previous.format, added: r.value.counts.added, alreadyPresent: r.value.alreadyPresent, repairs: [] },
      };
    }
  }
  return api('ingest.bytes', { projectId: pid, name, base64 });
}
