// Keyboard triage: change a card and, when it leaves its column, move focus to its neighbour.
import type { FindingPatch } from '../../../shared/api';
import { STATUSES } from '../../../shared/types';
import { useStore } from '../store';
import { boardSettings } from '../store/board-settings';
import { boardCards } from '../store/board-data';
import { keyOf, layoutFor, positionOf } from './grouping';

export function triage(id: number, patch: FindingPatch, reason?: string): void {
  const s = useStore.getState();
  const { groupBy, laneBy } = boardSettings();
  const card = boardCards().find((c) => c.id === id);
  if (!card) return;
  const layout = layoutFor(boardCards(), groupBy, laneBy);
  const pos = positionOf(layout, id);
  let neighbour: number | null = null;
  if (pos) {
    const column = layout.lanes[pos.lane].columns[pos.col].cards;
    neighbour = column[pos.row + 1]?.id ?? column[pos.row - 1]?.id ?? null;
  }
  const beforeKey = keyOf(card, groupBy);
  const pending = s.updateFindings([id], patch, reason);
  const after = boardCards().find((c) => c.id === id);
  if (after && keyOf(after, groupBy) !== beforeKey && neighbour != null) s.focusCard(neighbour, true);
  else s.focusCard(id, true);
  void pending;
}

export function nextStatus(id: number): FindingPatch | null {
  const card = boardCards().find((c) => c.id === id);
  if (!card) return null;
  const i = STATUSES.indexOf(card.status);
  return { status: STATUSES[(i + 1) % STATUSES.length] };
}

/** Move keyboard focus through the board: dRow within a column, dCol across non-empty columns. */
export function moveFocus(dRow: number, dCol: number): void {
  const s = useStore.getState();
  const { groupBy, laneBy } = boardSettings();
  const layout = layoutFor(boardCards(), groupBy, laneBy);
  const flat = layout.lanes.flatMap((lane, l) => lane.columns.map((col, c) => ({ l, c, cards: col.cards })));
  const nonEmpty = flat.filter((x) => x.cards.length > 0);
  if (nonEmpty.length === 0) return;
  const pos = s.focusedId != null ? positionOf(layout, s.focusedId) : null;
  if (!pos) {
    s.focusCard(nonEmpty[0].cards[0].id, true);
    return;
  }
  if (dCol !== 0) {
    const idx = nonEmpty.findIndex((x) => x.l === pos.lane && x.c === pos.col);
    const target = nonEmpty[Math.max(0, Math.min(nonEmpty.length - 1, idx + dCol))];
    s.focusCard(target.cards[Math.min(pos.row, target.cards.length - 1)].id, true);
    return;
  }
  const column = layout.lanes[pos.lane].columns[pos.col].cards;
  const row = Math.max(0, Math.min(column.length - 1, pos.row + dRow));
  s.focusCard(column[row].id, true);
}
