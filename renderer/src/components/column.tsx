import { useEffect, useRef } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Column } from '../lib/grouping';
import { formatEffort } from '../lib/labels';
import { useStore } from '../store';
import { DraggableCard } from './card';

/** `more`: the board's cards are still coming (the count is so far) */
export function BoardColumn({ laneKey, column, more = false }: { laneKey: string; column: Column; more?: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${laneKey}::${column.key}`, data: { laneKey, colKey: column.key } });
  const scrollRef = useRef<HTMLDivElement>(null);
  const cards = column.cards;
  const focusedId = useStore((s) => s.focusedId);
  const focusTick = useStore((s) => s.focusTick);

  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 104,
    overscan: 8,
    getItemKey: (i) => cards[i]?.id ?? i,
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
