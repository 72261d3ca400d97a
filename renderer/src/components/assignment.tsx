// Issue 18: assignment and SLA due dates in the renderer — the card's assignee and due date (an
// overdue one marked in words and with an icon, not by colour alone), the detail panel's assignee
// (typed, the project's names suggested, "me") and due date by hand, the board's assignee filter,
// and the project's SLA (days per severity) with the offline "me" name.
import { useEffect, useState } from 'react';
import { ME, NO_ASSIGNEE, SLA_MAX_DAYS, type Sla } from '../../../shared/assignment';
import type { FindingCard, FindingDetail, FindingPatch } from '../../../shared/api';
import { SEVERITIES, type Severity } from '../../../shared/types';
import { api } from '../api/client';
import { useApi } from '../api/queries';
import { SEVERITY_LABEL } from '../lib/labels';
import { useStore } from '../store';
import { useBoardFilters } from '../store/board-settings';
import { VisibleText } from './visible-text';
import { CommitField } from './commit-field';

/** who "me" is and the project's names (assignment.people), for the current project */
export function usePeople() {
  const projectId = useStore((s) => s.projectId);
  return useApi('assignment.people', projectId == null ? null : { projectId }).data ?? null;
}

/** the assignee and due date on a card */
export function CardAssignment({ card }: { card: FindingCard }) {
  if (!card.assignee && !card.dueAt) return null;
  return (
    <div className="card-assign">
      {card.assignee ? (
        <span className="card-assignee" data-testid="card-assignee" title={`Assigned to ${card.assignee}`}>
          <span aria-hidden="true">@</span>
          <VisibleText text={card.assignee} />
        </span>
      ) : null}
      {card.dueAt ? (
        card.overdue ? (
          <span className="badge-overdue" data-testid="card-overdue" title={`Overdue: it was due ${card.dueAt}`}>
            <span aria-hidden="true">⚠ </span>Overdue · due {card.dueAt}
          </span>
        ) : (
          <span className="card-due" data-testid="card-due" title={card.dueManual ? 'Due date set by hand' : 'Due date from the SLA'}>
            due {card.dueAt}
          </span>
        )
      ) : null}
    </div>
  );
}

/** The detail panel's assignee and due date. */
export function AssignmentFields({ detail, update }: { detail: FindingDetail; update: (patch: FindingPatch) => void }) {
  const people = usePeople();
  const commit = (v: string) => {
    const next = v.replace(/\s+/g, ' ').trim() || null;
    if (next !== detail.assignee) update({ assignee: next });
  };
  return (
    <>
      <CommitField label="Assignee" list="assignee-options" placeholder="unassigned: type a name" value={detail.assignee ?? ''} onCommit={commit} />
      <datalist id="assignee-options">
        {(people?.names ?? []).map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <div className="field assign-actions">
        <button type="button" disabled={!people || detail.assignee === people.me} onClick={() => people && update({ assignee: people.me })}>
          Assign to me{people ? ` (${people.me})` : ''}
        </button>
        <button type="button" disabled={!detail.assignee} onClick={() => update({ assignee: null })}>
          Unassign
        </button>
      </div>
      <label className="field">
        Due date{detail.dueAt ? (detail.dueManual ? ' (set by hand)' : ' (from the SLA)') : ''}
        <input
          type="date"
          aria-label="Due date"
          value={detail.dueAt ?? ''}
          onChange={(e) => {
            if (e.target.value && e.target.value !== detail.dueAt) update({ dueAt: e.target.value });
          }}
        />
        {detail.overdue ? (
          <span className="badge-overdue" data-testid="detail-overdue">
            <span aria-hidden="true">⚠ </span>Overdue
          </span>
        ) : null}
      </label>
      {detail.dueManual ? (
        <div className="field assign-actions">
          <button type="button" onClick={() => update({ dueAt: null })}>
            Due date from the SLA
          </button>
        </div>
      ) : null}
    </>
  );
}

/** The board's assignee filter: any, mine, unassigned, or one of the project's names. */
export function AssigneeFilter() {
  const value = useBoardFilters().assignee?.[0] ?? '';
  const setFilters = useStore((s) => s.setFilters);
  const people = usePeople();
  const names = people?.names ?? [];
  return (
    <label>
      Assignee
      <select aria-label="Filter by assignee" value={value} onChange={(e) => setFilters({ assignee: e.target.value ? [e.target.value] : [] })}>
        <option value="">Any</option>
        <option value={ME}>Mine{people ? ` (${people.me})` : ''}</option>
        <option value={NO_ASSIGNEE}>Unassigned</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
        {value && value !== ME && value !== NO_ASSIGNEE && !names.includes(value) ? <option value={value}>{value}</option> : null}
      </select>
    </label>
  );
}

/** The project's SLA and the offline "me", in a dialog opened from the toolbar. */
export function SlaButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} title="Days to fix per severity, and who you are">
        SLA
      </button>
      {open ? <SlaDialog close={() => setOpen(false)} /> : null}
    </>
  );
}

function SlaDialog({ close }: { close: () => void }) {
  const projectId = useStore((s) => s.projectId);
  const toast = useStore((s) => s.toast);
  const sla = useApi('sla.get', projectId == null ? null : { projectId }).data;
  const people = usePeople();
  const [days, setDays] = useState<Record<Severity, string> | null>(null);
  const [me, setMe] = useState<string | null>(null);
  useEffect(() => {
    if (sla && days === null) setDays(Object.fromEntries(SEVERITIES.map((s) => [s, sla[s]?.toString() ?? ''])) as Record<Severity, string>);
  }, [sla, days]);
  useEffect(() => {
    if (people && me === null) setMe(people.me);
  }, [people, me]);
  const save = async () => {
    if (projectId == null || !days) return;
    const next: Partial<Record<Severity, number | null>> = {};
    for (const s of SEVERITIES) {
      const v = days[s].trim();
      const n = Number(v);
      if (v === '') next[s] = null;
      else if (!Number.isInteger(n) || n < 0 || n > SLA_MAX_DAYS) return toast(`${SEVERITY_LABEL[s]}: days must be a whole number from 0 to ${SLA_MAX_DAYS}`, 'error');
      else next[s] = n;
    }
    const r = await api('sla.set', { projectId, sla: next });
    if (!r.ok) return toast(`SLA not saved: ${r.error.message}`, 'error');
    if (people && !people.team && me !== null && me.trim() && me.trim() !== people.me) {
      const m = await api('assignment.setMe', { projectId, name: me });
      if (!m.ok) return toast(`Your name was not saved: ${m.error.message}`, 'error');
    }
    toast(describeSla(r.value));
    close();
  };
  return (
    <div className="modal-backdrop" onClick={close}>
      <div className="modal" role="dialog" aria-modal="true" aria-label="SLA" onClick={(e) => e.stopPropagation()}>
        <header className="modal-head">
          <h2>SLA: days to fix</h2>
          <button type="button" onClick={close} aria-label="Close SLA">
            ×
          </button>
        </header>
        <p className="muted small">
          A finding is due this many days after the day it was first imported; a severity change moves its due date, a date set by hand
          stays. Leave a severity empty for no due date.
        </p>
        <form
          className="sla-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {SEVERITIES.map((s) => (
            <label key={s} className="field">
              {SEVERITY_LABEL[s]}
              <input
                type="number"
                min={0}
                max={SLA_MAX_DAYS}
                step={1}
                aria-label={`${SEVERITY_LABEL[s]} days`}
                placeholder="no due date"
                value={days?.[s] ?? ''}
                disabled={!days}
                onChange={(e) => setDays((d) => (d ? { ...d, [s]: e.target.value } : d))}
              />
            </label>
          ))}
          <label className="field">
            Me{people?.team ? ' (your database login)' : ''}
            <input aria-label="My name" value={me ?? ''} disabled={!people || people.team} onChange={(e) => setMe(e.target.value)} />
          </label>
          <div className="modal-actions">
            <button type="submit" className="primary" disabled={!days}>
              Save
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

export function describeSla(sla: Sla): string {
  const parts = SEVERITIES.filter((s) => sla[s] !== undefined).map((s) => `${SEVERITY_LABEL[s]} ${sla[s]} days`);
  return parts.length ? `SLA: ${parts.join(', ')}` : 'No SLA: findings have no due dates';
}
