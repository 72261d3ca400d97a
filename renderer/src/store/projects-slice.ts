import type { Project } from '../../../shared/api';
import { api } from '../api/client';
import { fetchApi, keyOf, queryClient } from '../api/queries';
import { boardSettingsOf, boardSettingsQuery, rememberedFilters } from './board-settings';
import { prefetchCards, prefetchFilterIds } from './board-data';
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

const PROJECTS = keyOf('projects.list', {});

export const createProjectsSlice: Slice<ProjectsSlice> = (set, get) => ({
  projectsLoaded: false,
  projectsError: null,
  projectId: null,

  async loadProjects() {
    let projects: Project[];
    try {
      projects = await queryClient.fetchQuery({ queryKey: PROJECTS, queryFn: () => fetchApi('projects.list', {}), staleTime: 0 });
    } catch (err) {
      set({ projectsLoaded: true, projectsError: (err as Error).message });
      return;
    }
    set({ projectsLoaded: true, projectsError: null });
    if (projects.length === 0) return;
    const saved = recall();
    const current = get().projectId;
    const pick = projects.find((p) => p.id === current) ?? projects.find((p) => p.id === saved) ?? projects[0];
    if (pick.id !== current) await get().selectProject(pick.id);
  },

  async selectProject(id) {
    remember(id);
    set({ projectId: id, detailId: null, focusedId: null });
    announceProject(id);
    // startup (issue 8): the reports and the cards do not depend on the board's saved filters, and
    // the ids of the filters this browser last saw for the project are asked for at once; they are
    // asked for again only when the saved filters turn out to differ (another query key). The board
    // shows once the first batch of cards is in (issue 17: the rest follow on screen).
    // The reports (the report filter's choices; ~130 ms of the core's time for a report of 50,000
    // findings) are asked for last, so the core answers the first cards first, and not waited for.
    const cards = prefetchCards(id);
    const guessed = prefetchFilterIds(id, rememberedFilters(id));
    // (the saved settings are this project's, in the cache under its id: they apply to it alone, whenever they come)
    const settings = queryClient.prefetchQuery(boardSettingsQuery(id));
    void queryClient.prefetchQuery({ queryKey: keyOf('reports.list', { projectId: id }), queryFn: () => fetchApi('reports.list', { projectId: id }) });
    await settings;
    await Promise.all([cards, guessed, prefetchFilterIds(id, boardSettingsOf(id).filters)]);
  },

  async createProject(name) {
    const r = await api('projects.create', { name });
    if (!r.ok) {
      get().toast(`Could not create the project: ${r.error.message}`, 'error');
      return false;
    }
    // the switcher lists it at once (its change event makes the list fetched again too)
    queryClient.setQueryData<Project[]>(PROJECTS, (list) => (list && !list.some((p) => p.id === r.value.id) ? [...list, r.value] : list));
    await get().selectProject(r.value.id);
    return true;
  },
});
