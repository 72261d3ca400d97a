import { api } from '../api/client';
import { GROUP_FIELDS, type GroupField } from '../lib/grouping';
import type { BoardFilters, BoardSlice, Slice } from './types';

const SETTINGS_KEY = 'board';
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function cleanFilters(f: BoardFilters): BoardFilters {
  const out: BoardFilters = {};
  if (f.severity?.length) out.severity = f.severity;
  if (f.status?.length) out.status = f.status;
  if (f.phase?.length) out.phase = f.phase;
  if (f.reportId?.length) out.reportId = f.reportId;
  if (f.pathPrefix?.trim()) out.pathPrefix = f.pathPrefix;
  if (typeof f.blocksDeployment === 'boolean') out.blocksDeployment = f.blocksDeployment;
  if (f.text?.trim()) out.text = f.text;
  if (f.assignee?.length) out.assignee = f.assignee;
  return out;
}

const FILTERS_KEY = (projectId: number) => `punchlist.filters.${projectId}`;

/** The board's filters as last seen for this project in this browser (a guess for startup; the settings decide). */
export function rememberedFilters(projectId: number): BoardFilters {
  try {
    const v = JSON.parse(localStorage.getItem(FILTERS_KEY(projectId)) ?? '{}') as unknown;
    return v && typeof v === 'object' ? cleanFilters(v as BoardFilters) : {};
  } catch {
    return {};
  }
}

/** kept with every save of the board settings, and when they are loaded */
function rememberFilters(projectId: number, filters: BoardFilters): void {
  try {
    localStorage.setItem(FILTERS_KEY(projectId), JSON.stringify(filters));
  } catch {
    /* storage may be unavailable: the next startup then guesses "no filters" */
  }
}

function isField(v: unknown): v is GroupField {
  return typeof v === 'string' && (GROUP_FIELDS as string[]).includes(v);
}

export const createBoardSlice: Slice<BoardSlice> = (set, get) => {
  const persist = () => {
    const projectId = get().projectId;
    if (projectId == null) return;
    rememberFilters(projectId, get().filters);
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      const { groupBy, laneBy, filters } = get();
      void api('settings.set', { projectId, key: SETTINGS_KEY, value: { groupBy, laneBy, filters } }).then((r) => {
        if (!r.ok) get().toast(`Could not save board settings: ${r.error.message}`, 'error');
      });
    }, 300);
  };

  return {
    groupBy: 'status',
    laneBy: null,
    filters: {},
    phaseOptions: [],

    setGroupBy(field) {
      set({ groupBy: field, laneBy: get().laneBy === field ? null : get().laneBy });
      persist();
    },
    setLaneBy(field) {
      set({ laneBy: field === get().groupBy ? null : field });
      persist();
    },
    setFilters(patch) {
      set({ filters: cleanFilters({ ...get().filters, ...patch }) });
      persist();
    },
    clearFilters() {
      set({ filters: {} });
      persist();
    },
    async loadBoardSettings(projectId) {
      const [r, tpl] = await Promise.all([
        api('settings.get', { projectId, key: SETTINGS_KEY }),
        api('settings.get', { projectId, key: 'editorTemplate' }),
      ]);
      const value = r.ok ? (r.value.value as { groupBy?: unknown; laneBy?: unknown; filters?: unknown } | null) : null;
      set({
        groupBy: isField(value?.groupBy) ? value.groupBy : 'status',
        laneBy: isField(value?.laneBy) ? value.laneBy : null,
        filters: value && typeof value.filters === 'object' && value.filters ? cleanFilters(value.filters as BoardFilters) : {},
        phaseOptions: [],
        editorTemplate: tpl.ok && typeof tpl.value.value === 'string' && tpl.value.value ? tpl.value.value : get().editorTemplate,
      });
      rememberFilters(projectId, get().filters);
    },
  };
};
