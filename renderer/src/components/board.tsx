import { useMemo, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import type { FindingCard, FindingPatch } from '../../../shared/api';
import { keyOf, labelOf, layoutFor, patchFor } from '../lib/grouping';
import { useStore } from '../store';
import { boardSettings, useBoardSettings } from '../store/board-settings';
import { boardCards, useAbsentIds, useBoardCards } from '../store/board-data';
import { AbsentIds } from './reingest/reingest-views';
import { CardView } from './card';
import { BoardColumn } from './column';

const NO_CARDS: FindingCard[] = [];

const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** Arrow keys jump from column to column (left/right) and lane to lane (up/down) while dragging. */
const coordinateGetter: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const dir = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[event.code];
  const rect = context.collisionRect;
  if (!dir || !rect) return undefined;
  event.preventDefault();
  const cx = rect.left + rect.width / 2;
  const cy = rect.top + rect.height / 2;
  let best: { dx: number; dy: number; score: number } | null = null;
  for (const container of context.droppableContainers.getEnabled()) {
    const r = context.droppableRects.get(container.id);
    if (!r) continue;
    const tx = r.left + r.width / 2;
    const ty = r.top + Math.min(r.height / 2, 80);
    const dx = tx - cx;
    const dy = ty - cy;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 8) continue;
    const across = Math.abs(dir[0] ? dy : dx);
    const score = along + across * 3;
    if (!best || score < best.score) best = { dx, dy, score };
  }
  if (!best) return undefined;
  return { x: currentCoordinates.x + best.dx, y: currentCoordinates.y + best.dy };
};

/** "lane::key" → the column's label, for screen-reader announcements */
function overLabel(id: string | number): string {
  const key = String(id).split('::').pop() ?? '';
  return labelOf(boardSettings().groupBy, key);
}

export function Board() {
  const board = useBoardCards();
  const cards = board.data ?? NO_CARDS;
  const more = board.partial;
  const absentIds = useAbsentIds();
  const { groupBy, laneBy } = useBoardSettings();
  const layout = useMemo(() => layoutFor(cards, groupBy, laneBy), [cards, groupBy, laneBy]);
  const [active, setActive] = useState<FindingCard | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const onDragStart = (e: DragStartEvent) => {
    useStore.getState().setDragging(true);
    setActive((e.active.data.current as { card?: FindingCard } | undefined)?.card ?? null);
  };
  const onDragEnd = (e: DragEndEvent) => {
    // let the key that ended the drag pass before triage keys listen again
    setTimeout(() => useStore.getState().setDragging(false), 0);
    setActive(null);
    const card = (e.active.data.current as { card?: FindingCard } | undefined)?.card;
    const target = e.over?.data.current as { laneKey: string; colKey: string } | undefined;
    if (!card || !target) return;
    const state = useStore.getState();
    const { groupBy: byCol, laneBy: byLane } = boardSettings();
    const current = boardCards().find((c) => c.id === card.id) ?? card;
    let patch: FindingPatch = {};
    if (keyOf(current, byCol) !== target.colKey) patch = { ...patch, ...patchFor(byCol, target.colKey) };
    if (byLane && target.laneKey && keyOf(current, byLane) !== target.laneKey) {
      patch = { ...patch, ...patchFor(byLane, target.laneKey) };
    }
    if (Object.keys(patch).length === 0) return;
    void state.updateFindings([card.id], patch);
  };

  return (
    <AbsentIds.Provider value={absentIds}>
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setTimeout(() => useStore.getState().setDragging(false), 0);
          setActive(null);
        }}
        accessibility={{
          screenReaderInstructions: {
            draggable:
              'To move a finding, press Space. Use the arrow keys to move between columns, Space or Enter to drop, Escape to cancel.',
          },
          announcements: {
            onDragStart: ({ active: a }) => `Picked up finding ${String(a.id)}.`,
            onDragOver: ({ over }) => (over ? `Over ${overLabel(over.id)}.` : 'Not over a column.'),
            onDragEnd: ({ over }) => (over ? `Dropped in ${overLabel(over.id)}.` : 'Dropped.'),
            onDragCancel: () => 'Move cancelled.',
          },
        }}
      >
        <div className={`board${laneBy ? ' with-lanes' : ''}`} data-testid="board">
          {layout.lanes.map((lane) =>
            laneBy ? (
              <section key={lane.key} className="lane" role="region" aria-label={`Lane ${lane.label}`}>
                <h2 className="lane-title">
                  {labelOf(laneBy, lane.key)} <span className="lane-count">{more ? `${lane.count}+` : lane.count}</span>
                </h2>
                <div className="lane-columns">
                  {lane.columns.map((col) => (
                    <BoardColumn key={col.key} laneKey={lane.key} column={col} more={more} />
                  ))}
                </div>
              </section>
            ) : (
              <div key="single" className="lane-columns single">
                {lane.columns.map((col) => (
                  <BoardColumn key={col.key} laneKey="" column={col} more={more} />
                ))}
              </div>
            ),
          )}
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className="card overlay">
              <CardView card={active} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </AbsentIds.Provider>
  );
}
