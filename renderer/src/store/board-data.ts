// The server data the board shows, read from the query cache (api/queries.ts): the cards of the
// current project (the board's filters select among them), the reports, a finding's detail. The
// project and the open finding are UI state (the zustand store), the filters too (those chosen in
// this window, per project; the saved ones are in this cache: board-settings.ts); the answers are
// not kept there. The phase filter's choices come from the cards.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { FindingCard, FindingFilter, FindingPatch } from '../../../shared/api';
import { NO_PHASE } from '../../../shared/types';
import { api } from '../api/client';
import { applyChange, cached, fetchApi, keyOf, queryClient, refreshOnChange, useApi, type ApiFailure } from '../api/queries';
import { useStore } from './index';
import { boardSettingsOf, useBoardFilters } from './board-settings';
import type { BoardFilters } from './types';

export function toFilter(projectId: number, f: BoardFilters): FindingFilter {
  const filter: FindingFilter = { projectId };
  if (f.severity?.length) filter.severity = f.severity as FindingFilter['severity'];
  if (f.status?.length) filter.status = f.status as FindingFilter['status'];
  if (f.phase?.length) filter.phase = f.phase;
  if (f.reportId?.length) filter.reportId = f.reportId;
  if (f.pathPrefix?.trim()) filter.pathPrefix = f.pathPrefix.trim();
  if (typeof f.blocksDeployment === 'boolean') filter.blocksDeployment = f.blocksDeployment;
  if (f.text?.trim()) filter.text = f.text.trim();
  if (f.assignee?.length) filter.assignee = f.assignee;
  return filter;
}

// Big boards (issue 17). The board holds every card of the project, one findings.list answer
// ({ projectId }), loaded in batches: the first FIRST_BATCH cards are on screen while the rest come,
// BATCH at a time after the last id (a column's first cards, by severity then id, are those of the
// first batch as soon as it holds a screenful of its top severity). Filters select among the cards
// held: the core answers the ids of a filter (findings.ids, a few ms), never the cards again. An edit
// fetches again only the cards it changed (refreshOnChange below), not the whole board.

/** cards in the first batch of a board: enough for the first screen of every column */
const FIRST_BATCH = 1_000;
/** cards in each later batch (about 90 ms of the core's time for 5,000: other calls go between batches) */
const BATCH = 5_000;
/** at most this many findings changed by an edit are fetched again by id; more: the whole board */
const REFRESH_MAX = 2_000;

/** the board's cards: every finding of the project (the filters select among them) */
const allInput = (projectId: number): FindingFilter => ({ projectId });
const isAllInput = (input: unknown): input is { projectId: number } =>
  !!input && typeof input === 'object' && Object.keys(input).length === 1 && typeof (input as { projectId?: unknown }).projectId === 'number';

/** the projects whose cards are still coming in batches (the answer so far is a part of the board) */
const partial = new Set<number>();

/** `batch` (the cards with ids in (after, upTo]) in place of that range of `cards`; a card with an edit on its way stays as the edit shows it */
function mergeBatch(cards: readonly FindingCard[] | undefined, batch: readonly FindingCard[], after: number, upTo: number): FindingCard[] {
  if (!cards || cards.length === 0) return [...batch];
  const out: FindingCard[] = [];
  let i = 0;
  while (i < cards.length && cards[i].id <= after) out.push(cards[i++]);
  const mine = new Map<number, FindingCard>();
  while (i < cards.length && cards[i].id <= upTo) {
    if (inflight.has(cards[i].id)) mine.set(cards[i].id, cards[i]);
    i++;
  }
  for (const c of batch) out.push(mine.get(c.id) ?? c);
  while (i < cards.length) out.push(cards[i++]);
  return out;
}

/**
 * The cards of a project, in id order, in batches. When the board has none of them yet (or only a
 * part), each batch is put on screen as it comes; otherwise (fetched again) the answer replaces the
 * cards once whole. A host that answers more than it was asked for has answered everything.
 */
async function loadCards(input: FindingFilter, signal?: AbortSignal): Promise<FindingCard[]> {
  const key = keyOf('findings.list', input);
  const first = await fetchApi('findings.list', { ...input, limit: FIRST_BATCH });
  if (first.length !== FIRST_BATCH) return first;
  const projectId = input.projectId;
  const stream = isAllInput(input) && (queryClient.getQueryData(key) === undefined || partial.has(projectId));
  const put = (batch: FindingCard[], after: number, upTo: number, last: boolean) => {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    if (last) partial.delete(projectId);
    queryClient.setQueryData<FindingCard[]>(key, (cards) => mergeBatch(cards, batch, after, upTo));
  };
  const whole: FindingCard[] = [...first];
  let after = first[first.length - 1].id;
  if (stream) {
    partial.add(projectId);
    put(first, 0, after, false);
  }
  for (;;) {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    const batch = await fetchApi('findings.list', { ...input, afterId: after, limit: BATCH });
    const last = batch.length < BATCH;
    const upTo = last ? Number.MAX_SAFE_INTEGER : batch[batch.length - 1].id;
    if (stream) put(batch, after, upTo, last);
    else for (const c of batch) whole.push(c);
    if (last) break;
    after = upTo;
  }
  return stream ? (queryClient.getQueryData<FindingCard[]>(key) ?? whole) : whole;
}

const cardsQuery = (projectId: number) => {
  const input = allInput(projectId);
  return { queryKey: keyOf('findings.list', input), queryFn: ({ signal }: { signal: AbortSignal }) => loadCards(input, signal) };
};

/**
 * Starts loading a project's cards (startup, issue 8) and resolves once the first of them are in
 * (or the load failed: the board shows why).
 */
export function prefetchCards(projectId: number): Promise<void> {
  const q = cardsQuery(projectId);
  const done = queryClient.prefetchQuery(q);
  const has = () => queryClient.getQueryData(q.queryKey) !== undefined;
  if (has()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = queryClient.getQueryCache().subscribe(() => {
      if (has()) finish();
    });
    const finish = () => {
      stop();
      resolve();
    };
    void done.finally(finish);
  });
}

/** The ids of a filter (the board's cards are those of the project's cards with these ids). */
export function prefetchFilterIds(projectId: number, filters: BoardFilters): Promise<void> {
  const input = toFilter(projectId, filters);
  if (!isFiltered(input)) return Promise.resolve();
  return queryClient.prefetchQuery({ queryKey: keyOf('findings.ids', input), queryFn: () => fetchApi('findings.ids', input) });
}

const isFiltered = (input: FindingFilter) => Object.keys(input).length > 1;

let selection: { cards: readonly FindingCard[]; ids: readonly number[]; out: FindingCard[] } | null = null;
/** the cards with these ids, in the cards' order (both in id order: one walk; else a set) */
function selectCards(cards: readonly FindingCard[], ids: readonly number[]): FindingCard[] {
  if (selection && selection.cards === cards && selection.ids === ids) return selection.out;
  const out: FindingCard[] = [];
  let sorted = true;
  for (let k = 1; k < ids.length && sorted; k++) sorted = ids[k - 1] < ids[k];
  if (sorted) {
    let k = 0;
    for (const c of cards) {
      while (k < ids.length && ids[k] < c.id) k++;
      if (k === ids.length) break;
      if (ids[k] === c.id) out.push(c);
    }
  } else {
    const want = new Set(ids);
    for (const c of cards) if (want.has(c.id)) out.push(c);
  }
  selection = { cards, ids, out };
  return out;
}

/** the ids the board last selected with, per project (kept on screen while the next filter's come) */
let shownIds: { projectId: number; ids: readonly number[] | null } | null = null;

export interface BoardCards {
  /** the cards on the board (undefined until the first of them are in) */
  data: FindingCard[] | undefined;
  error: ApiFailure | null;
  /** something the board shows is being fetched */
  isFetching: boolean;
  /** more of the project's cards are still coming (counts are not final) */
  partial: boolean;
}

/** The board's cards: the project's cards, those of the filters' ids when filtered (the previous filters' stay on screen while the next ids come). */
export function useBoardCards(): BoardCards {
  const projectId = useStore((s) => s.projectId);
  const filters = useBoardFilters();
  const input = useMemo(() => (projectId == null ? null : toFilter(projectId, filters)), [projectId, filters]);
  const filtered = input !== null && isFiltered(input);
  const all = useQuery<FindingCard[], ApiFailure>({ ...cardsQuery(projectId ?? 0), enabled: projectId != null });
  const ids = useApi('findings.ids', filtered ? input : null, {
    placeholderData: (previous, previousQuery) =>
      previousQuery && (previousQuery.queryKey[1] as FindingFilter).projectId === projectId ? keepPreviousData(previous) : undefined,
  });
  const cards = projectId == null ? undefined : all.data;
  const shown = filtered ? (ids.data ?? null) : null;
  if (projectId != null) shownIds = { projectId, ids: shown };
  const data = cards && shown ? selectCards(cards, shown) : cards;
  // a load in batches stopped half-way (its query left the screen, a project switch): the rest now
  const stopped = projectId != null && partial.has(projectId) && !all.isFetching;
  const refetch = all.refetch;
  useEffect(() => {
    if (stopped) void refetch({ cancelRefetch: false });
  }, [stopped, refetch]);
  return {
    data,
    error: all.error ?? (filtered ? ids.error : null) ?? null,
    isFetching: all.isFetching || (filtered && ids.isFetching),
    partial: projectId != null && partial.has(projectId) && all.isFetching,
  };
}

const NO_CARDS: FindingCard[] = [];
/** the cards on the board now, for code outside rendering (keyboard triage, drag and drop) */
export function boardCards(): FindingCard[] {
  const projectId = useStore.getState().projectId;
  if (projectId == null) return NO_CARDS;
  const filters = boardSettingsOf(projectId).filters;
  const cards = cached('findings.list', allInput(projectId));
  if (!cards) return NO_CARDS;
  const input = toFilter(projectId, filters);
  if (!isFiltered(input)) return cards;
  const ids = cached('findings.ids', input) ?? (shownIds?.projectId === projectId ? shownIds.ids : null);
  return ids ? selectCards(cards, ids) : cards;
}

const phasesOf = new WeakMap<readonly FindingCard[], string[]>();
/** The phase filter's choices: the phases of the project's cards (NO_PHASE for those without), and those chosen. */
export function usePhaseOptions(): string[] {
  const projectId = useStore((s) => s.projectId);
  const chosen = useBoardFilters().phase;
  const cards = useQuery<FindingCard[], ApiFailure>({ ...cardsQuery(projectId ?? 0), enabled: projectId != null }).data;
  let phases = cards ? phasesOf.get(cards) : undefined;
  if (cards && !phases) {
    const seen = new Set<string>();
    for (const c of cards) seen.add(c.phase || NO_PHASE);
    phasesOf.set(cards, (phases = [...seen]));
  }
  return useMemo(() => [...new Set([...(phases ?? []), ...(chosen ?? [])])].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })), [phases, chosen]);
}

/** `fresh` (the cards of `ids` now) in place of those cards: the others stay, new ones go in id order, those not answered are gone */
function mergeRefreshed(cards: readonly FindingCard[], ids: readonly number[], fresh: readonly FindingCard[]): FindingCard[] {
  const asked = new Set(ids.filter((id) => !inflight.has(id)));
  const byId = new Map(fresh.filter((c) => asked.has(c.id)).map((c) => [c.id, c]));
  const out: FindingCard[] = [];
  for (const c of cards) {
    if (!asked.has(c.id)) out.push(c);
    else {
      const f = byId.get(c.id);
      if (f) out.push(f);
      byId.delete(c.id);
    }
  }
  if (byId.size === 0) return out;
  return [...out, ...byId.values()].sort((a, b) => a.id - b.id);
}

/** An edit's change event: its cards fetched again by id and put in place (the ids of filters are fetched again as any answer is). */
async function refreshCards(projectId: number, ids: number[]): Promise<void> {
  const key = keyOf('findings.list', allInput(projectId));
  const r = await api('findings.list', { projectId, ids });
  if (!r.ok) return void queryClient.invalidateQueries({ queryKey: key, exact: true });
  queryClient.setQueryData<FindingCard[]>(key, (cards) => (cards ? mergeRefreshed(cards, ids, r.value) : cards));
}

refreshOnChange((change, method, input) => {
  if (method !== 'findings.list' || !isAllInput(input) || !change.cardEdit) return false;
  const ids = change.findingIds;
  if (!ids || ids.length === 0 || ids.length > REFRESH_MAX || change.projectId !== input.projectId) return false;
  if (queryClient.getQueryData(keyOf('findings.list', input)) === undefined) return false;
  void refreshCards(input.projectId, ids);
  return true;
});

function applyPatch(card: FindingCard, patch: FindingPatch): FindingCard {
  const next: FindingCard = { ...card };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.severity !== undefined) next.severity = patch.severity;
  if (patch.phase !== undefined) next.phase = patch.phase;
  if (patch.effortMinHours !== undefined) next.effortMinHours = patch.effortMinHours;
  if (patch.effortMaxHours !== undefined) next.effortMaxHours = patch.effortMaxHours;
  if (patch.blocksDeployment !== undefined) next.blocksDeployment = patch.blocksDeployment;
  // issue 18 (a due date back to the SLA's shows with the core's answer)
  if (patch.assignee !== undefined) next.assignee = patch.assignee;
  if (patch.dueAt) next.dueAt = patch.dueAt;
  return next;
}

/** the version of a finding the user sees now: its card on the board, else its open detail */
function versionSeen(id: number, cards: readonly FindingCard[] | undefined): number | undefined {
  return cards?.find((c) => c.id === id)?.version ?? cached('findings.get', { id })?.version;
}

/**
 * This window's writes on their way, per finding: the version each will leave the finding at (null
 * when it was refused). A second edit of a card before the first is answered (keyboard triage) is
 * based on what the first shows, so it carries the version the first will produce, not the one
 * read before it, and is refused with it when the first is.
 */
const inflight = new Map<number, Promise<number | null>>();

/**
 * Edits findings: the board shows the change at once (optimistic), the core's answer replaces it,
 * a failure puts back what this edit changed. Other views follow through the change event. Every
 * edit carries the versions of the findings as the user saw them (issue 18): when someone else has
 * changed one since, the core refuses it, the message says what changed, and the board is fetched
 * again to show the current values.
 */
export async function updateFindings(ids: number[], patch: FindingPatch, reason?: string): Promise<boolean> {
  const projectId = useStore.getState().projectId;
  const key = projectId == null ? null : keyOf('findings.list', allInput(projectId));
  const idSet = new Set(ids);
  const before = new Map<number, FindingCard>();
  // what the user saw when they acted (before the optimistic change below)
  const seen = new Map<number, Promise<number | null> | number | undefined>();
  const shown = key ? queryClient.getQueryData<FindingCard[]>(key) : undefined;
  for (const id of idSet) seen.set(id, inflight.get(id) ?? versionSeen(id, shown));
  if (key) {
    // (synchronous, so keyboard triage sees the change at once:) a fetch of the cards on its way
    // would bring back the state before this edit; the change event of this edit fetches them again.
    // (Not the batches of a board still loading: they bring cards after those on screen, and keep
    // the cards of edits on their way as the edits show them.)
    if (projectId != null && !partial.has(projectId)) void queryClient.cancelQueries({ queryKey: key, exact: true });
    queryClient.setQueryData<FindingCard[]>(key, (cards) =>
      cards?.map((c) => {
        if (!idSet.has(c.id)) return c;
        before.set(c.id, c);
        return applyPatch(c, patch);
      }),
    );
  }
  const write = (async () => {
    const versions: Array<{ id: number; version: number }> = [];
    for (const [id, v] of seen) {
      const version = await v;
      // an earlier edit of this card, which this one builds on, was refused: so is this one
      if (version === null) return { ok: false as const, error: { code: 'conflict' as const, message: '' } };
      if (version !== undefined) versions.push({ id, version });
    }
    return api('findings.update', { ids, patch, ...(reason ? { reason } : {}), ...(versions.length ? { versions } : {}) });
  })();
  const done = write.then((r) => (r.ok ? new Map(r.value.map((c) => [c.id, c.version])) : null));
  for (const id of idSet) {
    const mine = done.then((m) => m?.get(id) ?? null);
    inflight.set(id, mine);
    void mine.then(() => {
      if (inflight.get(id) === mine) inflight.delete(id);
    });
  }
  const r = await write;
  if (!r.ok) {
    // roll back only what we changed, keeping anything that changed since
    if (key) queryClient.setQueryData<FindingCard[]>(key, (cards) => cards?.map((c) => before.get(c.id) ?? c));
    // (no message for an edit refused with the earlier one it built on: that one's message says why)
    // (a refusal by the team database for the login's role says so in its own words: core/service/refusal.ts)
    if (r.error.message) useStore.getState().toast(r.error.message.startsWith('Not saved') || r.error.code === 'forbidden' ? r.error.message : `Change not saved: ${r.error.message}`, 'error');
    // someone else changed these findings: show what they are now
    if (r.error.code === 'conflict') applyChange(null);
    return false;
  }
  const fresh = new Map(r.value.map((c) => [c.id, c]));
  if (key) queryClient.setQueryData<FindingCard[]>(key, (cards) => cards?.map((c) => fresh.get(c.id) ?? c));
  return true;
}

/** the reports of the current project */
export function useReports() {
  const projectId = useStore((s) => s.projectId);
  return useApi('reports.list', projectId == null ? null : { projectId }).data ?? [];
}

/** the open finding's detail (the one shown stays while it is fetched again) */
export function useDetail() {
  const detailId = useStore((s) => s.detailId);
  return useApi('findings.get', detailId == null ? null : { id: detailId });
}

const absentSets = new WeakMap<object, ReadonlySet<number>>();
const NONE: ReadonlySet<number> = new Set();
/** the findings of the current project marked "not in latest report" (one set per answer, shared by every card) */
export function useAbsentIds(): ReadonlySet<number> {
  const projectId = useStore((s) => s.projectId);
  const data = useApi('findings.absent', projectId == null ? null : { projectId }).data;
  if (!data) return NONE;
  let set = absentSets.get(data);
  if (!set) absentSets.set(data, (set = new Set(data.map((a) => a.findingId))));
  return set;
}
