// The Insights view's own small store (issue 9): which view is shown, and the figures of the
// current project, fetched in one batched `insights.get` call. Kept apart from the app store so the
// board's slices stay as they are; a chart click hands its filter to the board's own action.
import { create } from 'zustand';
import type { InsightFilter, InsightsFigures } from '../../../../shared/insights';
import { api } from '../../api/client';
import { useStore } from '../../store';
import type { BoardFilters } from '../../store/types';

export type View = 'board' | 'insights' | 'plan' | 'deploy'; // plan, deploy: issue 5

export interface InsightsState {
  view: View;
  figures: InsightsFigures | null;
  figuresFor: number | null;
  loading: boolean;
  error: string | null;
  setView(view: View): void;
  load(): Promise<void>;
  /** replace the board's filters with a chart element's, and show the board */
  showOnBoard(filter: InsightFilter): void;
}

const EMPTY: { [K in keyof Required<BoardFilters>]: undefined } = {
  severity: undefined,
  status: undefined,
  phase: undefined,
  reportId: undefined,
  pathPrefix: undefined,
  blocksDeployment: undefined,
  text: undefined,
};

export const useInsights = create<InsightsState>()((set, get) => ({
  view: 'board',
  figures: null,
  figuresFor: null,
  loading: false,
  error: null,
  setView(view) {
    set({ view });
    if (view === 'insights') void get().load();
  },
  async load() {
    const projectId = useStore.getState().projectId;
    if (projectId == null) return;
    set({ loading: true, error: null });
    const r = await api('insights.get', { projectId });
    if (useStore.getState().projectId !== projectId) return;
    if (r.ok) set({ figures: r.value, figuresFor: projectId, loading: false });
    else set({ error: r.error.message, loading: false });
  },
  showOnBoard(filter) {
    const board: BoardFilters = { ...EMPTY };
    if (filter.severity) board.severity = [...filter.severity];
    if (filter.status) board.status = [...filter.status];
    if (filter.phase) board.phase = [...filter.phase];
    if (filter.reportId) board.reportId = [...filter.reportId];
    if (filter.pathPrefix !== undefined) board.pathPrefix = filter.pathPrefix;
    if (filter.blocksDeployment !== undefined) board.blocksDeployment = filter.blocksDeployment;
    useStore.getState().setFilters(board);
    set({ view: 'board' });
  },
}));
