// The board's settings as the user changes them in this window: UI state, per project (a choice
// made for one project never shows on another). What a project has saved is in the query cache
// (board-settings.ts); each choice is saved to the project it was made for, a moment later.
import { api } from '../api/client';
import { boardSettingsOf, BOARD_SETTINGS_KEY, cleanFilters, rememberFilters } from './board-settings';
import type { BoardSettings, BoardSlice, Slice } from './types';

/** the saves on their way, per project: the last choice of each is saved */
const saveTimers = new Map<number, ReturnType<typeof setTimeout>>();

export const createBoardSlice: Slice<BoardSlice> = (set, get) => {
  /** the current project's settings changed by `change`, shown at once and saved shortly */
  const choose = (change: (now: BoardSettings) => BoardSettings) => {
    const projectId = get().projectId;
    if (projectId == null) return;
    const next = change(boardSettingsOf(projectId));
    set({ boardEdits: { ...get().boardEdits, [projectId]: next } });
    rememberFilters(projectId, next.filters);
    clearTimeout(saveTimers.get(projectId));
    saveTimers.set(
      projectId,
      setTimeout(() => {
        saveTimers.delete(projectId);
        void api('settings.set', { projectId, key: BOARD_SETTINGS_KEY, value: next }).then((r) => {
          if (!r.ok) get().toast(`Could not save board settings: ${r.error.message}`, 'error');
        });
      }, 300),
    );
  };

  return {
    boardEdits: {},

    setGroupBy(field) {
      choose((s) => ({ ...s, groupBy: field, laneBy: s.laneBy === field ? null : s.laneBy }));
    },
    setLaneBy(field) {
      choose((s) => ({ ...s, laneBy: field === s.groupBy ? null : field }));
    },
    setFilters(patch) {
      choose((s) => ({ ...s, filters: cleanFilters({ ...s.filters, ...patch }) }));
    },
    clearFilters() {
      choose((s) => ({ ...s, filters: {} }));
    },
  };
};
