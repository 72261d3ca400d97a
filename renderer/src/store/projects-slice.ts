import { api } from '../api/client';
import type { ProjectsSlice, Slice } from './types';

const LAST_PROJECT = 'punchlist.projectId';

function announceProject(id: number | null): void {
  // the Electron shell (File > Import) reads the current project from here
  if (id == null) delete document.documentElement.dataset.projectId;
  else document.documentElement.dataset.projectId = String(id);
  window.dispatchEvent(new CustomEvent('punchlist:project', { detail: { projectId: id } }));
}

export const createProjectsSlice: Slice<ProjectsSlice> = (set, get) => ({
  projects: [],
  projectsLoaded: false,
  projectId: null,

  async loadProjects() {
    const r = await api('projects.list', {});
    if (!r.ok) {
      set({ projectsLoaded: true });
      get().toast(`Could not load projects: ${r.error.message}`, 'error');
      return;
    }
    set({ projects: r.value, projectsLoaded: true });
    if (r.value.length === 0) return;
    const saved = Number(localStorage.getItem(LAST_PROJECT));
    const current = get().projectId;
    const pick = r.value.find((p) => p.id === current) ?? r.value.find((p) => p.id === saved) ?? r.value[0];
    if (pick.id !== current) await get().selectProject(pick.id);
  },

  async selectProject(id) {
    localStorage.setItem(LAST_PROJECT, String(id));
    set({ projectId: id, cards: [], cardsLoaded: false, detailId: null, detail: null, focusedId: null, reports: [] });
    announceProject(id);
    await get().loadBoardSettings(id);
    await Promise.all([get().loadCards(), get().loadReports()]);
  },

  async createProject(name) {
    const r = await api('projects.create', { name });
    if (!r.ok) {
      get().toast(`Could not create the project: ${r.error.message}`, 'error');
      return false;
    }
    set({ projects: [...get().projects, r.value] });
    await get().selectProject(r.value.id);
    return true;
  },
});
