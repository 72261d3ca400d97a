// How long work's progress (shared/contract/define.ts Progress) reads: the CLI's progress line and
// the app's Import panel say the same words. Pure: the renderer runs it too.
import type { Progress } from './contract/define';

/** what each phase of the core's checkpoints is doing, in words */
export const PHASE_WORDS: Record<string, string> = {
  files: 'file',
  parse: 'reading',
  store: 'storing findings',
  index: 'indexing for search',
  update: 'updating the report',
};

export const phaseWords = (p: Progress): string => PHASE_WORDS[p.phase] ?? p.phase;

/** "41,000 of 200,000", or '' when the amount of work is not known */
export function progressCount(p: Progress): string {
  return p.total === null ? '' : `${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}`;
}

/** the part done, 0 to 1, or null when the amount of work is not known */
export function progressFraction(p: Progress): number | null {
  if (p.total === null || p.total <= 0) return null;
  return Math.min(1, Math.max(0, p.done / p.total));
}

/** what the count of a phase counts: the results of the report for reading, storing and indexing */
export function progressUnit(p: Progress): string {
  return p.phase === 'parse' || p.phase === 'store' || p.phase === 'index' ? 'results' : p.phase === 'update' ? 'steps' : '';
}
