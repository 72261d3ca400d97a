import { memo, useCallback, useEffect, useRef } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { Column } from '../lib/grouping';
import { formatEffort } from '../lib/labels';
import { useStore } from '../store';
import { DraggableCard } from './card';

// A column of 24,000 cards (issue 17) scrolls at 60 frames a second only if the virtualizer rarely
// recomputes the positions of every card, which it does from the first card whenever its item keys
// function changes (so: one per cards array), and from a card on whenever a card measures other
// than its estimate (so: the estimate is the height measured most often, in any column).

/** how many cards measured each height (px) */
const heightCounts = new Map<number, number>();
/** the height measured most often so far */
let usualHeight = 80;
function measured(size: number): void {
  const n = (heightCounts.get(size) ?? 0) + 1;
  heightCounts.set(size, n);
  if (n > (heightCounts.get(usualHeight) ?? 0)) usualHeight = size;
}
const estimateSize = () => usualHeight;

/** `more`: the board's cards are still coming (the count is so far) */
function BoardColumnInner({ laneKey, column, more = false }: { laneKey: string; column: Column; more?: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${laneKey}::${column.key}`, data: { laneKey, colKey: column.key } });
  const scrollRef = useRef<HTMLDivElement>(null);
  const cards = column.cards;
  const focusedId = useStore((s) => s.focusedId);
  const focusTick = useStore((s) => s.focusTick);

  const getItemKey = useCallback((i: number) => cards[i]?.id ?? i, [cards]);
  const measureElement = useCallback(
    (el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, Element>) => {
      const index = Number(el.getAttribute('data-index'));
      const box = entry?.borderBoxSize?.[0];
      // a card measured before and not resized keeps its height (no layout to read it again)
      const known = box ? undefined : v.itemSizeCache.get(getItemKey(index));
      const size = box ? Math.round(box.blockSize) : (known ?? (el as HTMLElement).offsetHeight);
      if (known === undefined) measured(size);
      return size;
    },
    [getItemKey],
  );
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    measureElement,
    // cards rendered beyond the visible ones, each side: enough for a wheel's steps (each card is a few DOM nodes and a draggable)
    overscan: 4,
    getItemKey,
  });

  useEffect(() => {
    if (focusedId == null) return;
    const index = cards.findIndex((c) => c.id === focusedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [focusedId, focusTick, cards, virtualizer]);

  const effort = formatEffort(column.effortMin || null, column.effortMax || null);
  return (
    <section
      ref={setNodeRef}
      className={`column${isOver ? ' over' : ''}`}
      role="region"
      aria-label={column.label}
      data-testid="column"
      data-key={column.key}
    >
      <header className="column-head">
        <h2 className="column-title">{column.label}</h2>
        <span className="column-count" data-testid="column-count" aria-label={more ? `${cards.length} findings so far, more loading` : `${cards.length} findings`}>
          {more ? `${cards.length}+` : cards.length}
        </span>
        <span className="column-effort" data-testid="column-effort" title="Effort total (min–max hours)">
          {effort || '0 h'}
        </span>
      </header>
      <div ref={scrollRef} className="column-scroll">
        {cards.length === 0 ? <p className="column-empty">Drop cards here</p> : null}
        <div className="column-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const card = cards[item.index];
            if (!card) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="card-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <DraggableCard card={card} />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

/** (a column an edit did not touch keeps its object, grouping.ts: it is not rendered again) */
export const BoardColumn = memo(BoardColumnInner);
