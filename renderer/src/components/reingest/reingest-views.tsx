// Re-ingest and duplicates (issue 6): the "not in latest report" badge on cards, the toolbar button,
// the duplicates & updates panel, the "newer version?" question and the detail panel's sources.
import { createContext, useContext, useEffect, useState } from 'react';
import type { DuplicateSide, DuplicateSuggestion } from '../../../../shared/api';
import { useApi } from '../../api/queries';
import { useAbsentIds, useBoardCards } from '../../store/board-data';
import { formatLocation, SEVERITY_LABEL, STATUS_LABEL } from '../../lib/labels';
import { useStore } from '../../store';
import { useReingest } from './reingest-store';
import './reingest.css';

/** the board's "not in latest report" ids, given once to every card (one cache subscription, not one per card) */
export const AbsentIds = createContext<ReadonlySet<number>>(new Set());

export function AbsentBadge({ id }: { id: number }) {
  const absent = useContext(AbsentIds).has(id);
  if (!absent) return null;
  return (
    <span className="badge-absent" data-testid="badge-absent" title="The latest version of its report no longer has this finding">
      not in latest report
    </span>
  );
}

/** toolbar button; also keeps the "not in latest report" ids in step with the board */
export function ReingestButton() {
  const count = useAbsentIds().size;
  const setOpen = useReingest((s) => s.setPanelOpen);
  return (
    <button type="button" onClick={() => setOpen(true)} data-testid="open-duplicates">
      Duplicates &amp; updates
      {count ? (
        <span className="badge-absent-count" title="findings not in the latest version of their report">
          ({count} absent)
        </span>
      ) : null}
    </button>
  );
}

function Side({ side }: { side: DuplicateSide }) {
  const loc = formatLocation(side.primaryPath, side.primaryLine);
  return (
    <div className="dup-side">
      <div className="dup-title">
        {side.ref ? `${side.ref} ` : ''}
        {side.title}
      </div>
      <div className="dup-report" title={side.reportTitle ?? ''}>
        {SEVERITY_LABEL[side.severity ?? 'unrated']} · {STATUS_LABEL[side.status]} · {side.reportTitle ?? `report ${side.reportId}`}
        {loc ? ` · ${loc}` : ''}
      </div>
    </div>
  );
}

function Pair({ pair }: { pair: DuplicateSuggestion }) {
  const merge = useReingest((s) => s.merge);
  const [busy, setBusy] = useState(false);
  const run = async (keep: number, dup: number) => {
    setBusy(true);
    await merge(keep, dup);
    setBusy(false);
  };
  return (
    <li className="dup-pair" data-testid="dup-pair" data-a={pair.a.id} data-b={pair.b.id}>
      <Side side={pair.a} />
      <Side side={pair.b} />
      <div className="dup-meta">
        score {Math.round(pair.score * 100)}% — {pair.reason}
      </div>
      <div className="dup-actions">
        <button type="button" disabled={busy} onClick={() => void run(pair.a.id, pair.b.id)}>
          Merge, keep left
        </button>
        <button type="button" disabled={busy} onClick={() => void run(pair.b.id, pair.a.id)}>
          Merge, keep right
        </button>
      </div>
    </li>
  );
}

export function DuplicatesPanel() {
  const open = useReingest((s) => s.panelOpen);
  const setOpen = useReingest((s) => s.setPanelOpen);
  const projectId = useStore((s) => s.projectId);
  const found = useApi('duplicates.suggest', open && projectId != null ? { projectId } : null);
  const suggestions = found.data ?? [];
  const loading = found.isFetching && !found.data;
  const absentIds = useAbsentIds();
  const closeAbsent = useReingest((s) => s.closeAbsent);
  const cards = useBoardCards().data ?? [];
  const toast = useStore((s) => s.toast);
  const failed = found.error?.message;
  useEffect(() => {
    if (failed) toast(`Could not find duplicates: ${failed}`, 'error');
  }, [failed, toast]);
  if (!open) return null;
  const absentCards = cards.filter((c) => absentIds.has(c.id));
  const openAbsent = absentCards.filter((c) => c.status === 'open' || c.status === 'in_progress');
  return (
    <div className="modal-backdrop" onClick={() => setOpen(false)}>
      <div className="modal wide" role="dialog" aria-modal="true" aria-label="Duplicates and updates" onClick={(e) => e.stopPropagation()}>
        <header className="modal-head">
          <h2>Duplicates &amp; updates</h2>
          <button type="button" onClick={() => setOpen(false)} aria-label="Close duplicates">
            ×
          </button>
        </header>
        <section aria-label="Not in latest report">
          <h3>Not in the latest report ({absentIds.size})</h3>
          {absentIds.size === 0 ? (
            <p className="muted">Every finding is in the latest version of its report.</p>
          ) : (
            <>
              <p className="muted">Re-imported reports no longer list these. They are kept until you close them.</p>
              <ul className="sources-list">
                {absentCards.slice(0, 50).map((c) => (
                  <li key={c.id}>
                    <button type="button" className="link" onClick={() => void useStore.getState().openDetail(c.id)}>
                      {c.ref ? `${c.ref} ` : ''}
                      {c.title}
                    </button>{' '}
                    <span className="muted">({STATUS_LABEL[c.status]})</span>
                  </li>
                ))}
              </ul>
              <div className="modal-actions">
                <button type="button" className="primary" disabled={openAbsent.length === 0} onClick={() => void closeAbsent()} data-testid="close-absent">
                  Close {openAbsent.length} as fixed
                </button>
              </div>
            </>
          )}
        </section>
        <section aria-label="Duplicate suggestions">
          <h3>Likely duplicates across reports ({suggestions.length})</h3>
          {loading ? <p className="muted">Looking for duplicates…</p> : null}
          {!loading && suggestions.length === 0 ? <p className="muted">No likely duplicates.</p> : null}
          <ol className="dup-list">
            {suggestions.map((p) => (
              <Pair key={`${p.a.id}:${p.b.id}`} pair={p} />
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}

export function ReingestQuestion() {
  const question = useReingest((s) => s.question);
  if (!question) return null;
  const { file, update, answer } = question;
  const prev = update.previous;
  const c = update.counts;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label="Newer version of a report">
        <h2>
          This looks like a newer version of “{prev.title ?? prev.sourcePath}”: update it?
        </h2>
        <p className="muted">
          {file} — {prev.reason}. Your decisions (status, severity, effort, notes, plan) stay with the findings.
        </p>
        <ul className="sources-list" data-testid="reingest-counts">
          <li>{c.new} new{c.back ? `, ${c.back} back in the report` : ''}</li>
          <li>{c.gone} no longer in the report (kept, marked “not in latest report”)</li>
          <li>
            {c.moved} moved, {c.changed} changed, {c.unchanged} unchanged
          </li>
          <li>decisions kept on {c.decisionsKept}</li>
        </ul>
        <div className="modal-actions">
          <button type="button" className="primary" autoFocus onClick={() => answer('update')}>
            Update the report
          </button>
          <button type="button" onClick={() => answer('new')}>
            Import as a new report
          </button>
        </div>
      </div>
    </div>
  );
}

/** detail panel: where the finding comes from, what was merged into it, whether its report still has it */
export function FindingSources({ id }: { id: number }) {
  const info = useApi('duplicates.info', { findingId: id }).data ?? null;
  const unmerge = useReingest((s) => s.unmerge);
  if (!info) return null;
  const merged = info.duplicates.length > 0 || info.duplicateOf !== null;
  if (!merged && !info.notInLatest && info.sources.length < 2) return null;
  return (
    <section className="detail-section" aria-label="Sources" data-testid="finding-sources">
      <h3>Sources</h3>
      {info.notInLatest ? (
        <p className="absent-note">Not in the latest version of its report (since {info.notInLatest.since.slice(0, 10)}).</p>
      ) : null}
      {info.duplicateOf ? (
        <p>
          Duplicate of{' '}
          <button type="button" className="link" onClick={() => void useStore.getState().openDetail(info.duplicateOf!.id)}>
            {info.duplicateOf.ref ? `${info.duplicateOf.ref} ` : ''}
            {info.duplicateOf.title}
          </button>{' '}
          <button type="button" onClick={() => void unmerge(id)}>
            Un-merge
          </button>
        </p>
      ) : null}
      {info.sources.length > 1 ? (
        <ul className="sources-list">
          {info.sources.map((s) => (
            <li key={s.findingId}>
              {s.title ?? s.sourcePath}
              {s.findingId !== id ? (
                <>
                  {' '}
                  <button type="button" onClick={() => void unmerge(s.findingId)}>
                    Un-merge
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {info.duplicates.length ? <p className="muted">{info.locations.length} locations across the merged findings.</p> : null}
    </section>
  );
}
