import { api } from '../api/client';
import { rememberedFilters } from './board-slice';
import { prefetchCards } from './findings-slice';
import type { ProjectsSlice, Slice } from './types';

const LAST_PROJECT = 'punchlist.projectId';

function remember(id: number): void {
  try {
    localStorage.setItem(LAST_PROJECT, String(id));
  } catch {
    /* storage may be unavailable (opaque origin); the choice is then not kept */
  }
}

function recall(): number {
  try {
    return Number(localStorage.getItem(LAST_PROJECT));
  } catch {
    return NaN;
  }
}

function announceProject(id: number | null): void {
  // the current project, for whoever hosts the page (Electron shell, tests): <html data-project-id> + an event
  if (id == null) delete document.documentElement.dataset.projectId;
  else document.documentElement.dataset.projectId = String(id);
  window.dispatchEvent(new CustomEvent('punchlist:project', { detail: { projectId: id } }));
}

export const createProjectsSlice: Slice<ProjectsSlice> = (set, get) => ({
  projects: [],
  projectsLoaded: false,
  projectsError: null,
  projectId: null,

  async loadProjects() {
    const r = await api('projects.list', {});
    if (!r.ok) {
      set({ projectsLoaded: true, projectsError: r.error.message });
      return;
    }
    set({ projects: r.value, projectsLoaded: true, projectsError: null });
    if (r.value.length === 0) return;
    const saved = recall();
    const current = get().projectId;
    const pick = r.value.find((p) => p.id === current) ?? r.value.find((p) => p.id === saved) ?? r.value[0];
    if (pick.id !== current) await get().selectProject(pick.id);
  },

  async selectProject(id) {
    remember(id);
    set({ projectId: id, cards: [], cardsLoaded: false, detailId: null, detail: null, focusedId: null, reports: [] });
    announceProject(id);
    // startup (issue 8): the reports do not depend on the board's saved filters, and the cards are
    // asked for with the filters this browser last saw for the project, all at once; the cards are
    // asked for again only when the saved filters turn out to differ
    const reports = get().loadReports();
    const cards = prefetchCards(id, rememberedFilters(id));
    await get().loadBoardSettings(id);
    await Promise.all([get().loadCards(cards), reports]);
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
