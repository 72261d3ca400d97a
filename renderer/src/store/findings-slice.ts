import type { FindingCard, FindingFilter, FindingPatch } from '../../../shared/api';
import { NO_PHASE } from '../../../shared/types';
import { api } from '../api/client';
import type { BoardFilters, FindingsSlice, PrefetchedCards, Slice } from './types';

let loadSeq = 0;

function toFilter(projectId: number, f: BoardFilters): FindingFilter {
  const filter: FindingFilter = { projectId };
  if (f.severity?.length) filter.severity = f.severity as FindingFilter['severity'];
  if (f.status?.length) filter.status = f.status as FindingFilter['status'];
  if (f.phase?.length) filter.phase = f.phase;
  if (f.reportId?.length) filter.reportId = f.reportId;
  if (f.pathPrefix?.trim()) filter.pathPrefix = f.pathPrefix.trim();
  if (typeof f.blocksDeployment === 'boolean') filter.blocksDeployment = f.blocksDeployment;
  if (f.text?.trim()) filter.text = f.text.trim();
  return filter;
}

/** Starts the findings.list the board will want if its saved filters turn out to be `filters`. */
export function prefetchCards(projectId: number, filters: BoardFilters): PrefetchedCards {
  return { filters, result: api('findings.list', toFilter(projectId, filters)) };
}

const sameFilters = (a: BoardFilters, b: BoardFilters) => JSON.stringify(toFilter(0, a)) === JSON.stringify(toFilter(0, b));

function applyPatch(card: FindingCard, patch: FindingPatch): FindingCard {
  const next: FindingCard = { ...card };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.severity !== undefined) next.severity = patch.severity;
  if (patch.phase !== undefined) next.phase = patch.phase;
  if (patch.effortMinHours !== undefined) next.effortMinHours = patch.effortMinHours;
  if (patch.effortMaxHours !== undefined) next.effortMaxHours = patch.effortMaxHours;
  if (patch.blocksDeployment !== undefined) next.blocksDeployment = patch.blocksDeployment;
  return next;
}

export const createFindingsSlice: Slice<FindingsSlice> = (set, get) => ({
  cards: [],
  cardsLoading: false,
  cardsLoaded: false,
  cardsError: null,

  async loadCards(prefetched) {
    const projectId = get().projectId;
    if (projectId == null) return;
    const seq = ++loadSeq;
    set({ cardsLoading: true });
    const filters = get().filters;
    const r = await (prefetched && sameFilters(prefetched.filters, filters) ? prefetched.result : api('findings.list', toFilter(projectId, filters)));
    if (seq !== loadSeq || get().projectId !== projectId) return;
    if (!r.ok) {
      set({ cardsLoading: false, cardsError: r.error.message });
      return;
    }
    const phases = new Set(get().phaseOptions);
    // findings without a phase are filtered as NO_PHASE (the Insights heat map's "(no phase)" row too)
    for (const c of r.value) phases.add(c.phase || NO_PHASE);
    set({
      cards: r.value,
      cardsLoading: false,
      cardsLoaded: true,
      cardsError: null,
      phaseOptions: phases.size === get().phaseOptions.length ? get().phaseOptions : [...phases].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })),
    });
  },

  async updateFindings(ids, patch, reason) {
    const idSet = new Set(ids);
    const before = new Map<number, FindingCard>();
    set({
      cards: get().cards.map((c) => {
        if (!idSet.has(c.id)) return c;
        before.set(c.id, c);
        return applyPatch(c, patch);
      }),
    });
    const r = await api('findings.update', reason ? { ids, patch, reason } : { ids, patch });
    if (!r.ok) {
      // roll back only what we changed, keeping anything that changed since
      set({ cards: get().cards.map((c) => before.get(c.id) ?? c) });
      get().toast(`Change not saved: ${r.error.message}`, 'error');
      return false;
    }
    const fresh = new Map(r.value.map((c) => [c.id, c]));
    set({ cards: get().cards.map((c) => fresh.get(c.id) ?? c) });
    const detailId = get().detailId;
    if (detailId != null && idSet.has(detailId)) void get().reloadDetail();
    return true;
  },
});
