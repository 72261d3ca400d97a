import type { ReportsSlice, Slice } from './types';

export const createReportsSlice: Slice<ReportsSlice> = (set) => ({
  reportsOpen: false,
  setReportsOpen(open) {
    set({ reportsOpen: open });
  },
});
