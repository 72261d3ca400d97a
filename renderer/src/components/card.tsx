import { memo, useEffect, useRef } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { FindingCard } from '../../../shared/api';
import { formatEffort, formatLocation, SEVERITY_LABEL, STATUS_LABEL } from '../lib/labels';
import { useStore } from '../store';
import { revealHiddenChars } from '../../../shared/hidden-chars';
import { AbsentBadge } from './reingest/reingest-views';
import { CardAssignment } from './assignment';
import { HiddenCharsMarker, VisibleText } from './visible-text';

export function CardView({ card }: { card: FindingCard }) {
  const sev = card.severity ?? 'unrated';
  const effort = formatEffort(card.effortMinHours, card.effortMaxHours);
  const loc = formatLocation(card.primaryPath, card.primaryLine);
  return (
    <>
      <div className="card-top">
        <span className={`sev sev-${sev}`} data-testid="card-severity">
          {SEVERITY_LABEL[sev]}
        </span>
        {card.ref ? (
          <span className="card-ref">
            <VisibleText text={card.ref} />
          </span>
        ) : null}
        <HiddenCharsMarker texts={[card.ref, card.title, card.primaryPath]} />
        {card.blocksDeployment ? (
          <span className="badge-block" title="Blocks deployment">
            blocks deploy
          </span>
        ) : null}
        <AbsentBadge id={card.id} />
        <span className="card-status">{STATUS_LABEL[card.status]}</span>
      </div>
      <div className="card-title" data-testid="card-title">
        <VisibleText text={card.title} />
      </div>
      <div className="card-meta">
        {loc ? (
          <span className="card-loc" title={revealHiddenChars(loc)}>
            <VisibleText text={loc} />
          </span>
        ) : null}
        {effort ? <span className="card-effort">{effort}</span> : null}
      </div>
      <CardAssignment card={card} />
    </>
  );
}

/** the last keyboard request for focus (ui-slice focusTick) a card took */
let focusTaken = 0;

function DraggableCardInner({ card }: { card: FindingCard }) {
  // (the focus tick of this card only: a keyboard move re-renders the two cards it concerns, not every card)
  const focusTick = useStore((s) => (s.focusedId === card.id ? s.focusTick : -1));
  const focused = focusTick >= 0;
  const selected = useStore((s) => s.detailId === card.id);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card } });
  const ref = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    // once per request of the keyboard (focusTick): the card may mount only after it (scrolled to),
    // but a card mounted again later (a filter, scrolling back) does not take the focus again, from
    // the search box for one
    if (!focused || focusTick <= focusTaken || !ref.current) return;
    focusTaken = focusTick;
    if (document.activeElement !== ref.current) ref.current.focus({ preventScroll: false });
  }, [focused, focusTick]);

  return (
    <div
      ref={(el) => {
        ref.current = el;
        setNodeRef(el);
      }}
      {...attributes}
      {...listeners}
      className={`card${focused ? ' focused' : ''}${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}`}
      data-testid="card"
      data-id={card.id}
      aria-label={revealHiddenChars(`${card.ref ? `${card.ref} ` : ''}${card.title}`)}
      onFocus={() => {
        if (useStore.getState().focusedId !== card.id) useStore.getState().focusCard(card.id);
      }}
      onClick={() => {
        useStore.getState().focusCard(card.id);
        void useStore.getState().openDetail(card.id);
      }}
    >
      <CardView card={card} />
    </div>
  );
}

export const DraggableCard = memo(DraggableCardInner);
