// Server data in the renderer: one cache (TanStack Query) of answers keyed by [method, input], kept
// fresh by the core's change events (shared/changes.ts) rather than by each view reloading after
// its own writes: a write anywhere (this window, File > Import…, another window) makes the answers
// it touched stale, and those on screen are fetched again. zustand keeps UI state only.
import { QueryClient, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { ErrorCode, Output, RendererInput, RendererMethod } from '../../../shared/api';
import { isStale, type ChangeEvent } from '../../../shared/changes';
import { api, followChanges } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    // fresh until a change event says otherwise
    queries: { staleTime: Infinity, gcTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
  },
});

/** a failed call, as a query's error */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type QueryKey<M extends RendererMethod> = readonly [M, RendererInput<M>];
export const keyOf = <M extends RendererMethod>(method: M, input: RendererInput<M>): QueryKey<M> => [method, input];

/** the call behind a query: its value, or an ApiFailure thrown */
export async function fetchApi<M extends RendererMethod>(method: M, input: RendererInput<M>): Promise<Output<M>> {
  const r = await api(method, input);
  if (!r.ok) throw new ApiFailure(r.error.code, r.error.message);
  return r.value;
}

/** the cached answer of a method for an input (fetched once, again after a change makes it stale); `input` null: not now */
export function useApi<M extends RendererMethod>(
  method: M,
  input: RendererInput<M> | null,
  options: Omit<UseQueryOptions<Output<M>, ApiFailure, Output<M>, QueryKey<M>>, 'queryKey' | 'queryFn' | 'enabled'> = {},
) {
  return useQuery<Output<M>, ApiFailure, Output<M>, QueryKey<M>>({
    queryKey: keyOf(method, (input ?? {}) as RendererInput<M>),
    queryFn: () => fetchApi(method, input as RendererInput<M>),
    enabled: input !== null,
    ...options,
  });
}

/** the answer now in the cache, if any (imperative code: keyboard handlers, actions) */
export function cached<M extends RendererMethod>(method: M, input: RendererInput<M>): Output<M> | undefined {
  return queryClient.getQueryData<Output<M>>(keyOf(method, input));
}

/**
 * Answers that follow some changes more cheaply than by being fetched again whole (the board's cards:
 * store/board-data.ts): true when it took care of the answer of `method` for `input`.
 */
type Refresher = (change: ChangeEvent, method: string, input: unknown) => boolean;
const refreshers: Refresher[] = [];
export function refreshOnChange(refresher: Refresher): void {
  refreshers.push(refresher);
}

/** what a change makes stale is fetched again if on screen, else when next asked for (null: everything) */
export function applyChange(change: ChangeEvent | null): void {
  if (!change) return void queryClient.invalidateQueries();
  void queryClient.invalidateQueries({
    predicate: (q) => {
      const [method, input] = q.queryKey as [string, unknown];
      return isStale(change, method, input) && !refreshers.some((refresh) => refresh(change, method, input));
    },
  });
}

let following = false;
/** Follows the core's change events (once). */
export function startFollowingChanges(): void {
  if (following) return;
  following = true;
  followChanges(applyChange);
}
