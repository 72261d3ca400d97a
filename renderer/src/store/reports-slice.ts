import { api } from '../api/client';
import type { ReportsSlice, Slice } from './types';

export const createReportsSlice: Slice<ReportsSlice> = (set, get) => ({
  reports: [],
  reportsOpen: false,
  async loadReports() {
    const projectId = get().projectId;
    if (projectId == null) return;
    const r = await api('reports.list', { projectId });
    if (get().projectId !== projectId) return;
    if (r.ok) set({ reports: r.value });
    else get().toast(`Could not load reports: ${r.error.message}`, 'error');
  },
  setReportsOpen(open) {
    set({ reportsOpen: open });
    if (open) void get().loadReports();
  },
});
