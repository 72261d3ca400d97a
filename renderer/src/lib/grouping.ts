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

function compareCards(a: FindingCard, b: FindingCard): number {
  const s = (SEV_RANK[a.severity ?? ''] ?? 5) - (SEV_RANK[b.severity ?? ''] ?? 5);
  return s !== 0 ? s : a.id - b.id;
}

function buildColumns(field: GroupField, keys: string[], cards: FindingCard[]): Column[] {
  const map = new Map<string, Column>();
  for (const key of keys) map.set(key, { key, label: labelOf(field, key), cards: [], effortMin: 0, effortMax: 0 });
  for (const card of cards) {
    const k = keyOf(card, field);
    let col = map.get(k);
    if (!col) {
      col = { key: k, label: labelOf(field, k), cards: [], effortMin: 0, effortMax: 0 };
      map.set(k, col);
    }
    col.cards.push(card);
    col.effortMin += card.effortMinHours ?? card.effortMaxHours ?? 0;
    col.effortMax += card.effortMaxHours ?? card.effortMinHours ?? 0;
  }
  const cols = [...map.values()];
  for (const c of cols) c.cards.sort(compareCards);
  return cols;
}

let cache: { cards: FindingCard[]; groupBy: GroupField; laneBy: GroupField | null; layout: Layout } | null = null;

/** Memoized on the identity of the cards array and the two fields. */
export function layoutFor(cards: FindingCard[], groupBy: GroupField, laneBy: GroupField | null): Layout {
  if (cache && cache.cards === cards && cache.groupBy === groupBy && cache.laneBy === laneBy) return cache.layout;
  const colKeys = keysFor(groupBy, cards);
  let lanes: Lane[];
  if (!laneBy || laneBy === groupBy) {
    lanes = [{ key: '', label: '', columns: buildColumns(groupBy, colKeys, cards), count: cards.length }];
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
      .map(([key, list]) => ({ key, label: labelOf(laneBy, key), columns: buildColumns(groupBy, colKeys, list), count: list.length }));
    if (lanes.length === 0) lanes = [{ key: '', label: '', columns: buildColumns(groupBy, colKeys, []), count: 0 }];
  }
  const layout = { lanes, columnKeys: lanes[0]?.columns.map((c) => c.key) ?? [] };
  cache = { cards, groupBy, laneBy, layout };
  return layout;
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
