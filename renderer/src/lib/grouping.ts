// Groups cards into columns (and optional swimlanes) by status, severity or phase.
import type { FindingCard, FindingPatch } from '../../../shared/api';
import { SEVERITIES, SEVERITY_LABEL, STATUSES, STATUS_LABEL } from './labels';

export type GroupField = 'status' | 'severity' | 'phase';
export const GROUP_FIELDS: GroupField[] = ['status', 'severity', 'phase'];
export const NO_PHASE = '\u0000none';

export interface Column {
  key: string;
  label: string;
  cards: FindingCard[];
  effortMin: number;
  effortMax: number;
}

export interface Lane {
  key: string;
  label: string;
  columns: Column[];
  count: number;
}

export interface Layout {
  lanes: Lane[];
  /** every column key in display order (first lane) */
  columnKeys: string[];
}

export function keyOf(card: FindingCard, field: GroupField): string {
  if (field === 'status') return card.status;
  if (field === 'severity') return card.severity ?? 'unrated';
  return card.phase ?? NO_PHASE;
}

export function labelOf(field: GroupField, key: string): string {
  if (field === 'status') return STATUS_LABEL[key as keyof typeof STATUS_LABEL] ?? key;
  if (field === 'severity') return SEVERITY_LABEL[key as keyof typeof SEVERITY_LABEL] ?? key;
  return key === NO_PHASE ? 'No phase' : key;
}

function keysFor(field: GroupField, cards: FindingCard[]): string[] {
  if (field === 'status') return [...STATUSES];
  if (field === 'severity') return [...SEVERITIES, 'unrated'];
  const phases = new Set<string>();
  let none = false;
  for (const c of cards) {
    if (c.phase == null) none = true;
    else phases.add(c.phase);
  }
  const sorted = [...phases].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  return none || sorted.length === 0 ? [...sorted, NO_PHASE] : sorted;
}

/** The patch that moves a card into a column (or lane) of this field. */
export function patchFor(field: GroupField, key: string): FindingPatch {
  if (field === 'status') return { status: key as FindingPatch['status'] };
  if (field === 'severity') return { severity: key === 'unrated' ? null : (key as FindingPatch['severity']) };
  return { phase: key === NO_PHASE ? null : key };
}

const SEV_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** ranks 0-4, then unrated */
const RANKS = 6;
const rankOf = (card: FindingCard) => SEV_RANK[card.severity ?? ''] ?? 5;

function compareCards(a: FindingCard, b: FindingCard): number {
  const s = rankOf(a) - rankOf(b);
  return s !== 0 ? s : a.id - b.id;
}

function inIdOrder(cards: readonly FindingCard[]): boolean {
  for (let i = 1; i < cards.length; i++) if (cards[i - 1].id >= cards[i].id) return false;
  return true;
}

/**
 * Columns of `keys` (and of any other key a card has), each in severity then id order: cards that
 * come in id order (the board's) go into one list per severity, put together at the end (one pass,
 * no sort of 50,000 cards: issue 17); others are sorted.
 */
function buildColumns(field: GroupField, keys: string[], cards: readonly FindingCard[], sorted: boolean): Column[] {
  const map = new Map<string, { col: Column; ranks: FindingCard[][] }>();
  const open = (key: string) => {
    const entry = { col: { key, label: labelOf(field, key), cards: [], effortMin: 0, effortMax: 0 } as Column, ranks: Array.from({ length: RANKS }, () => [] as FindingCard[]) };
    map.set(key, entry);
    return entry;
  };
  for (const key of keys) open(key);
  for (const card of cards) {
    const k = keyOf(card, field);
    const entry = map.get(k) ?? open(k);
    entry.ranks[rankOf(card)].push(card);
    entry.col.effortMin += card.effortMinHours ?? card.effortMaxHours ?? 0;
    entry.col.effortMax += card.effortMaxHours ?? card.effortMinHours ?? 0;
  }
  return [...map.values()].map(({ col, ranks }) => {
    col.cards = ([] as FindingCard[]).concat(...ranks);
    if (!sorted) col.cards.sort(compareCards);
    return col;
  });
}

/** layouts of a cards array, by grouping (switching back and forth reuses them; a new array, new layouts) */
const layouts = new WeakMap<readonly FindingCard[], Map<string, Layout>>();

/** the last layout made, which the next cards array patches when it differs from its array in a few cards (an edit) */
let last: { cards: readonly FindingCard[]; fields: string; layout: Layout } | null = null;
/** at most this many cards changed in place are moved in the last layout; more: it is made again */
const PATCH_MAX = 64;

/** the cards of `next` that are other objects than those of `prev` at the same place, same ids (null: more or otherwise different) */
function changedCards(prev: readonly FindingCard[], next: readonly FindingCard[]): Array<[FindingCard, FindingCard]> | null {
  if (prev.length !== next.length) return null;
  const out: Array<[FindingCard, FindingCard]> = [];
  for (let i = 0; i < next.length; i++) {
    if (prev[i] === next[i]) continue;
    if (prev[i].id !== next[i].id || out.length === PATCH_MAX) return null;
    out.push([prev[i], next[i]]);
  }
  return out;
}

/** where `card` goes in a column's cards (severity then id order) */
function slotOf(cards: readonly FindingCard[], card: FindingCard): number {
  let lo = 0;
  let hi = cards.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareCards(cards[mid], card) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `prev` (one lane) with each changed card moved out of its column and into the one it belongs to
 * now: only those columns get new arrays (the others, and their virtualized lists, stay as they
 * are: an edit on a board of 50,000 cards does not group them all again). Null when the columns
 * themselves would change (a phase appearing or emptied) or a card is not where it should be.
 */
function patchLayout(prev: Layout, groupBy: GroupField, changes: Array<[FindingCard, FindingCard]>): Layout | null {
  const lane = prev.lanes[0];
  const cols = lane.columns.slice();
  const open = (key: string): Column | null => {
    const i = cols.findIndex((c) => c.key === key);
    if (i < 0) return null;
    if (cols[i] === lane.columns[i]) cols[i] = { ...cols[i], cards: cols[i].cards.slice() };
    return cols[i];
  };
  for (const [before, after] of changes) {
    const from = open(keyOf(before, groupBy));
    const to = open(keyOf(after, groupBy));
    if (!from || !to) return null;
    const at = slotOf(from.cards, before);
    if (from.cards[at] !== before) return null;
    from.cards.splice(at, 1);
    from.effortMin -= before.effortMinHours ?? before.effortMaxHours ?? 0;
    from.effortMax -= before.effortMaxHours ?? before.effortMinHours ?? 0;
    to.cards.splice(slotOf(to.cards, after), 0, after);
    to.effortMin += after.effortMinHours ?? after.effortMaxHours ?? 0;
    to.effortMax += after.effortMaxHours ?? after.effortMinHours ?? 0;
  }
  // phase columns are the phases present: one emptied goes away
  if (groupBy === 'phase' && cols.some((c, i) => c !== lane.columns[i] && c.cards.length === 0)) return null;
  return { lanes: [{ ...lane, columns: cols }], columnKeys: prev.columnKeys };
}

/** Memoized on the identity of the cards array and the two fields. */
export function layoutFor(cards: FindingCard[], groupBy: GroupField, laneBy: GroupField | null): Layout {
  const fields = `${groupBy}|${laneBy ?? ''}`;
  let mine = layouts.get(cards);
  const hit = mine?.get(fields);
  if (hit) return hit;
  const changes = last && last.fields === fields && (!laneBy || laneBy === groupBy) ? changedCards(last.cards, cards) : null;
  const layout = changes && last ? (changes.length === 0 ? last.layout : patchLayout(last.layout, groupBy, changes)) ?? buildLayout(cards, groupBy, laneBy) : buildLayout(cards, groupBy, laneBy);
  if (!mine) layouts.set(cards, (mine = new Map()));
  mine.set(fields, layout);
  last = { cards, fields, layout };
  return layout;
}

function buildLayout(cards: FindingCard[], groupBy: GroupField, laneBy: GroupField | null): Layout {
  const sorted = inIdOrder(cards);
  const colKeys = keysFor(groupBy, cards);
  let lanes: Lane[];
  if (!laneBy || laneBy === groupBy) {
    lanes = [{ key: '', label: '', columns: buildColumns(groupBy, colKeys, cards, sorted), count: cards.length }];
  } else {
    const laneKeys = keysFor(laneBy, cards);
    const byLane = new Map<string, FindingCard[]>(laneKeys.map((k) => [k, []]));
    for (const card of cards) {
      const k = keyOf(card, laneBy);
      if (!byLane.has(k)) byLane.set(k, []);
      byLane.get(k)!.push(card);
    }
    lanes = [...byLane.entries()]
      .filter(([, list]) => list.length > 0)
      .map(([key, list]) => ({ key, label: labelOf(laneBy, key), columns: buildColumns(groupBy, colKeys, list, sorted), count: list.length }));
    if (lanes.length === 0) lanes = [{ key: '', label: '', columns: buildColumns(groupBy, colKeys, [], true), count: 0 }];
  }
  return { lanes, columnKeys: lanes[0]?.columns.map((c) => c.key) ?? [] };
}

/** Where a card sits: lane index, column index, row index. */
export function positionOf(layout: Layout, id: number): { lane: number; col: number; row: number } | null {
  for (let l = 0; l < layout.lanes.length; l++) {
    const cols = layout.lanes[l].columns;
    for (let c = 0; c < cols.length; c++) {
      const r = cols[c].cards.findIndex((card) => card.id === id);
      if (r >= 0) return { lane: l, col: c, row: r };
    }
  }
  return null;
}
