import { create } from 'zustand';
import { createBoardSlice } from './board-slice';
import { createDetailSlice } from './detail-slice';
import { createFindingsSlice } from './findings-slice';
import { createHistorySlice } from './history-slice';
import { createImportSlice } from './import-slice';
import { createProjectsSlice } from './projects-slice';
import { createReportsSlice } from './reports-slice';
import { createUiSlice } from './ui-slice';
import type { AppState } from './types';

export const useStore = create<AppState>()((...a) => ({
  ...createProjectsSlice(...a),
  ...createBoardSlice(...a),
  ...createFindingsSlice(...a),
  ...createDetailSlice(...a),
  ...createHistorySlice(...a),
  ...createImportSlice(...a),
  ...createReportsSlice(...a),
  ...createUiSlice(...a),
}));

export type { AppState } from './types';
