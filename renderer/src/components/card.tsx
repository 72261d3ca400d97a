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

function DraggableCardInner({ card }: { card: FindingCard }) {
  const focused = useStore((s) => s.focusedId === card.id);
  const focusTick = useStore((s) => s.focusTick);
  const selected = useStore((s) => s.detailId === card.id);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id, data: { card } });
  const ref = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (focused && ref.current && document.activeElement !== ref.current) {
      ref.current.focus({ preventScroll: false });
    }
    // focusTick: re-run when the keyboard asks for focus
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
