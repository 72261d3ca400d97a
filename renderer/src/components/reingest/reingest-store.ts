// Re-ingest and duplicates (issue 6): the renderer's own small store. "Not in latest report" ids of
// the project, duplicate suggestions, the open panel, and the "newer version?" question asked while
// importing. Kept apart from the app store so the board's slices stay as they are; every call goes
// through the typed contract; the answers (absent ids, suggestions) are server data in the query cache.
import { create } from 'zustand';
import type { CallWatch, IngestFileResult, IngestUpdate, Result } from '../../../../shared/api';
import { api } from '../../api/client';
import { useStore } from '../../store';

export type ReingestAnswer = 'update' | 'new';

export interface ReingestState {
  panelOpen: boolean;
  /** the open "newer version?" question while importing: the file and what updating would do */
  question: { file: string; update: IngestUpdate; answer(a: ReingestAnswer): void } | null;
  setPanelOpen(open: boolean): void;
  closeAbsent(): Promise<void>;
  merge(keepId: number, duplicateId: number): Promise<void>;
  unmerge(findingId: number): Promise<void>;
  ask(file: string, update: IngestUpdate): Promise<ReingestAnswer>;
}

const projectId = () => useStore.getState().projectId;
const toast = (text: string, kind?: 'error') => useStore.getState().toast(text, kind);

// the board, the detail, the absent ids and the suggestions follow these writes through their change events
export const useReingest = create<ReingestState>()((set) => ({
  panelOpen: false,
  question: null,

  setPanelOpen(open) {
    set({ panelOpen: open });
  },

  async closeAbsent() {
    const pid = projectId();
    if (pid == null) return;
    const r = await api('findings.closeAbsent', { projectId: pid, status: 'fixed' });
    if (!r.ok) return toast(`Could not close: ${r.error.message}`, 'error');
    toast(r.value.closed ? `Closed ${r.value.closed} finding${r.value.closed === 1 ? '' : 's'} not in the latest report (undo with z)` : 'No open finding to close');
  },

  async merge(keepId, duplicateId) {
    const r = await api('duplicates.merge', { keepId, duplicateId });
    if (!r.ok) return toast(`Merge failed: ${r.error.message}`, 'error');
    toast('Merged (undo with z)');
  },

  async unmerge(findingId) {
    const r = await api('duplicates.unmerge', { findingId });
    if (!r.ok) return toast(`Un-merge failed: ${r.error.message}`, 'error');
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
 * Import one dropped / chosen file through the core's one ingest path. Its bytes cross once: the core
 * ingests it at once unless it is a newer version of a report of the project; then it answers what
 * updating would do and holds the bytes (`staged`), the user is asked ("update it?"), and the
 * follow-up call names the held bytes to update that report or add a new one. `watch` follows both
 * calls' progress and cancels them.
 */
export async function ingestOrReingest(pid: number, name: string, base64: string, watch?: CallWatch): Promise<Result<IngestFileResult>> {
  const first = await api('ingest.bytes', { projectId: pid, name, base64, confirmUpdate: true }, watch);
  if (!first.ok || !first.value.ok || !first.value.dryRun || !first.value.update || !first.value.staged) return first;
  const { update, staged } = first.value;
  const answer = await useReingest.getState().ask(name, update);
  if (watch?.signal?.aborted) {
    void api('ingest.unstage', { projectId: pid, staged });
    return { ok: false, error: { code: 'cancelled', message: 'cancelled: nothing was imported' } };
  }
  return api('ingest.bytes', answer === 'update' ? { projectId: pid, name, staged, reportId: update.previous.id } : { projectId: pid, name, staged, asNew: true }, watch);
}
