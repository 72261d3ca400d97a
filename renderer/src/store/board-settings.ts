// The board's settings of a project (group by, swimlanes, filters): what the project has saved is
// server data, in the query cache (settings.get, key 'board'; fetched again when a change event
// says settings changed); what the user chose in this window since is UI state, kept per project in
// the zustand store (boardEdits). The settings shown are the project's own choices over its own
// saved ones: nothing fetched for one project is ever applied to another, whatever the order the
// answers come in.
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../shared/api';
import { cached, fetchApi, keyOf } from '../api/queries';
import { GROUP_FIELDS, type GroupField } from '../lib/grouping';
import { useStore } from './index';
import type { BoardFilters, BoardSettings } from './types';

export const BOARD_SETTINGS_KEY = 'board';

export function cleanFilters(f: BoardFilters): BoardFilters {
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
export function rememberFilters(projectId: number, filters: BoardFilters): void {
  try {
    localStorage.setItem(FILTERS_KEY(projectId), JSON.stringify(filters));
  } catch {
    /* storage may be unavailable: the next startup then guesses "no filters" */
  }
}

const isField = (v: unknown): v is GroupField => typeof v === 'string' && (GROUP_FIELDS as string[]).includes(v);

type SettingsAnswer = Output<'settings.get'>;
const parsed = new WeakMap<SettingsAnswer, BoardSettings>();
/** the settings a saved answer holds (defaults for what it lacks); one object per answer */
function parseSettings(answer: SettingsAnswer): BoardSettings {
  let out = parsed.get(answer);
  if (!out) {
    const v = answer.value as { groupBy?: unknown; laneBy?: unknown; filters?: unknown } | null;
    out = {
      groupBy: isField(v?.groupBy) ? v.groupBy : 'status',
      laneBy: isField(v?.laneBy) ? v.laneBy : null,
      filters: v && typeof v.filters === 'object' && v.filters ? cleanFilters(v.filters as BoardFilters) : {},
    };
    parsed.set(answer, out);
  }
  return out;
}

/** the project's saved board settings, as a query (its answer also kept as this browser's guess for the next startup) */
export function boardSettingsQuery(projectId: number) {
  const input = { projectId, key: BOARD_SETTINGS_KEY };
  return {
    queryKey: keyOf('settings.get', input),
    queryFn: async () => {
      const answer = await fetchApi('settings.get', input);
      rememberFilters(projectId, parseSettings(answer).filters);
      return answer;
    },
  };
}

const guesses = new Map<number, BoardSettings>();
/** while the saved settings are not in (or could not be read): the filters this browser last saw */
function guess(projectId: number): BoardSettings {
  let g = guesses.get(projectId);
  if (!g) guesses.set(projectId, (g = { groupBy: 'status', laneBy: null, filters: rememberedFilters(projectId) }));
  return g;
}

function settingsOf(projectId: number, edit: BoardSettings | undefined, saved: SettingsAnswer | undefined): BoardSettings {
  return edit ?? (saved ? parseSettings(saved) : guess(projectId));
}

/** A project's board settings now: this window's choices, else the saved ones (code outside rendering). */
export function boardSettingsOf(projectId: number): BoardSettings {
  return settingsOf(projectId, useStore.getState().boardEdits[projectId], cached('settings.get', { projectId, key: BOARD_SETTINGS_KEY }));
}

const NO_PROJECT: BoardSettings = { groupBy: 'status', laneBy: null, filters: {} };

/** The current project's board settings now (keyboard handlers, drag and drop, actions). */
export function boardSettings(): BoardSettings {
  const projectId = useStore.getState().projectId;
  return projectId == null ? NO_PROJECT : boardSettingsOf(projectId);
}

/** The current project's board settings, for rendering. */
export function useBoardSettings(): BoardSettings {
  const projectId = useStore((s) => s.projectId);
  const edit = useStore((s) => (s.projectId == null ? undefined : s.boardEdits[s.projectId]));
  const saved = useQuery({ ...boardSettingsQuery(projectId ?? 0), enabled: projectId != null }).data;
  return projectId == null ? NO_PROJECT : settingsOf(projectId, edit, saved);
}

/** the board's filters (shorthand) */
export const useBoardFilters = (): BoardFilters => useBoardSettings().filters;
