// Re-ingest and duplicates (issue 6): the renderer's own small store. "Not in latest report" ids of
// the project, duplicate suggestions, the open panel, and the "newer version?" question asked while
// importing. Kept apart from the app store so the board's slices stay as they are; every call goes
// through the typed contract, and the board reloads through its own actions afterwards.
import { create } from 'zustand';
import type { DuplicateSuggestion, IngestFileResult, IngestUpdate, Result } from '../../../../shared/api';
import { api } from '../../api/client';
import { useStore } from '../../store';

export type ReingestAnswer = 'update' | 'new';

export interface ReingestState {
  absentIds: ReadonlySet<number>;
  absentFor: number | null;
  suggestions: DuplicateSuggestion[];
  suggestionsLoading: boolean;
  panelOpen: boolean;
  /** the open "newer version?" question while importing: the file and what updating would do */
  question: { file: string; update: IngestUpdate; answer(a: ReingestAnswer): void } | null;
  loadAbsent(): Promise<void>;
  loadSuggestions(): Promise<void>;
  setPanelOpen(open: boolean): void;
  closeAbsent(): Promise<void>;
  merge(keepId: number, duplicateId: number): Promise<void>;
  unmerge(findingId: number): Promise<void>;
  ask(file: string, update: IngestUpdate): Promise<ReingestAnswer>;
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

  ask(file, update) {
    return new Promise<ReingestAnswer>((resolve) => {
      set({
        question: {
          file,
          update,
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
 * Import one dropped / chosen file through the core's one ingest path: a dry run says whether it is a
 * newer version of a report of the project; if so the user is asked ("update it?") and the file then
 * updates that report, or is added as a new one.
 */
export async function ingestOrReingest(pid: number, name: string, base64: string): Promise<Result<IngestFileResult>> {
  const dry = await api('ingest.bytes', { projectId: pid, name, base64, dryRun: true });
  if (dry.ok && dry.value.ok && dry.value.action === 'updated' && dry.value.update) {
    const update = dry.value.update;
    const answer = await useReingest.getState().ask(name, update);
    const r = await api('ingest.bytes', answer === 'update' ? { projectId: pid, name, base64, reportId: update.previous.id } : { projectId: pid, name, base64, asNew: true });
    if (answer === 'update') void useReingest.getState().loadAbsent();
    return r;
  }
  return api('ingest.bytes', { projectId: pid, name, base64 });
}
