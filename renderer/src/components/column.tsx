import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { FindingCard } from '../../../shared/api';
import type { Column } from '../lib/grouping';
import { formatEffort } from '../lib/labels';
import { useStore } from '../store';
import { DraggableCard } from './card';

// A column of 24,000 cards (issue 17) scrolls at 60 frames a second only if the virtualizer rarely
// recomputes the position of every card after the first it changes, which it does whenever its
// item keys function changes (so: one per cards array) and whenever a card measures other than its
// estimate (so: a card's estimate is the height last measured for a card of its kind, the kinds of
// a column's cards worked out once per cards array, not at each of the virtualizer's passes).

/** a card's kind as far as its height goes: a meta line, an assignment line, its title's length in 4-character steps (wrapping) */
const kindOf = (c: FindingCard): number =>
  (c.primaryPath || c.effortMinHours != null || c.effortMaxHours != null ? 1 : 0) | (c.assignee || c.dueAt ? 2 : 0) | (Math.min(63, c.title.length >> 2) << 2);
const kindsByCards = new WeakMap<readonly FindingCard[], Uint8Array>();
function kindsOf(cards: readonly FindingCard[]): Uint8Array {
  let kinds = kindsByCards.get(cards);
  if (!kinds) {
    kinds = new Uint8Array(cards.length);
    for (let i = 0; i < cards.length; i++) kinds[i] = kindOf(cards[i]);
    kindsByCards.set(cards, kinds);
  }
  return kinds;
}
/** the height last measured for each kind of card, in any column (px) */
const heightOfKind: Array<number | undefined> = [];
/** before any card of a kind was measured: the height measured last */
let lastHeight = 80;

/** `more`: the board's cards are still coming (the count is so far) */
function BoardColumnInner({ laneKey, column, more = false }: { laneKey: string; column: Column; more?: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${laneKey}::${column.key}`, data: { laneKey, colKey: column.key } });
  const scrollRef = useRef<HTMLDivElement>(null);
  const cards = column.cards;
  const focusedId = useStore((s) => s.focusedId);
  const focusTick = useStore((s) => s.focusTick);

  const getItemKey = useCallback((i: number) => cards[i]?.id ?? i, [cards]);
  const kinds = useMemo(() => kindsOf(cards), [cards]);
  const estimateSize = useCallback((i: number) => heightOfKind[kinds[i]] ?? lastHeight, [kinds]);
  const measureElement = useCallback(
    (el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, Element>) => {
      const index = Number(el.getAttribute('data-index'));
      const box = entry?.borderBoxSize?.[0];
      // a card measured before and not resized keeps its height (no layout to read it again)
      const known = box ? undefined : v.itemSizeCache.get(getItemKey(index));
      const size = box ? Math.round(box.blockSize) : (known ?? (el as HTMLElement).offsetHeight);
      if (known === undefined && index < kinds.length) {
        heightOfKind[kinds[index]] = size;
        lastHeight = size;
      }
      return size;
    },
    [getItemKey, kinds],
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
