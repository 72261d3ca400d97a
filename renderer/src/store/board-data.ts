// The server data the board shows, read from the query cache (api/queries.ts): the cards of the
// current project under the board's filters, the reports, a finding's detail. The filters, the
// project and the open finding are UI state (the zustand store); the answers are not kept there.
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { FindingCard, FindingFilter, FindingPatch } from '../../../shared/api';
import { NO_PHASE } from '../../../shared/types';
import { api } from '../api/client';
import { applyChange, cached, fetchApi, keyOf, queryClient, useApi } from '../api/queries';
import { useStore } from './index';
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

/** the board's findings.list input now (null without a project) */
function boardInput(): FindingFilter | null {
  const { projectId, filters } = useStore.getState();
  return projectId == null ? null : toFilter(projectId, filters);
}

/** Fetches the cards for these filters (startup: before the saved filters are known, issue 8). */
export function prefetchCards(projectId: number, filters: BoardFilters): Promise<void> {
  const input = toFilter(projectId, filters);
  return queryClient.prefetchQuery({ queryKey: keyOf('findings.list', input), queryFn: () => fetchApi('findings.list', input) });
}

/** The board's cards (the previous filters' cards stay on screen, within a project, while the next arrive). */
export function useBoardCards() {
  const projectId = useStore((s) => s.projectId);
  const filters = useStore((s) => s.filters);
  const input = useMemo(() => (projectId == null ? null : toFilter(projectId, filters)), [projectId, filters]);
  const query = useApi('findings.list', input, {
    placeholderData: (previous, previousQuery) =>
      previousQuery && (previousQuery.queryKey[1] as FindingFilter).projectId === projectId ? keepPreviousData(previous) : undefined,
  });
  const cards = query.data;
  useEffect(() => {
    if (cards) rememberPhases(cards);
  }, [cards]);
  return query;
}

const NO_CARDS: FindingCard[] = [];
/** the cards on the board now, for code outside rendering (keyboard triage, drag and drop) */
export function boardCards(): FindingCard[] {
  const input = boardInput();
  return (input && cached('findings.list', input)) || NO_CARDS;
}

/** phases seen on the board, for the phase filter (findings without one count as NO_PHASE) */
function rememberPhases(cards: FindingCard[]): void {
  const known = useStore.getState().phaseOptions;
  const phases = new Set(known);
  for (const c of cards) phases.add(c.phase || NO_PHASE);
  if (phases.size !== known.length) useStore.setState({ phaseOptions: [...phases].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })) });
}

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
  const input = boardInput();
  const key = input ? keyOf('findings.list', input) : null;
  const idSet = new Set(ids);
  const before = new Map<number, FindingCard>();
  // what the user saw when they acted (before the optimistic change below)
  const seen = new Map<number, Promise<number | null> | number | undefined>();
  const shown = key ? queryClient.getQueryData<FindingCard[]>(key) : undefined;
  for (const id of idSet) seen.set(id, inflight.get(id) ?? versionSeen(id, shown));
  if (key) {
    // (synchronous, so keyboard triage sees the change at once:) a fetch of the cards on its way
    // would bring back the state before this edit; the change event of this edit fetches them again
    void queryClient.cancelQueries({ queryKey: key });
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
