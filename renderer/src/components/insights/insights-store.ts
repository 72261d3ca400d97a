// The Insights view's own small store (issue 9): which view is shown (the figures of the current
// project are server data: one `insights.get` in the query cache, insights-view.tsx). Kept apart from the app store so the
// board's slices stay as they are; a chart click hands its filter to the board's own action.
import { create } from 'zustand';
import type { InsightFilter } from '../../../../shared/insights';
import { useStore } from '../../store';
import type { BoardFilters } from '../../store/types';

export type View = 'board' | 'insights' | 'plan' | 'deploy'; // plan, deploy: issue 5

export interface InsightsState {
  view: View;
  setView(view: View): void;
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
  assignee: undefined,
};

export const useInsights = create<InsightsState>()((set) => ({
  view: 'board',
  setView(view) {
    set({ view });
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
