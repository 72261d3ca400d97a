// The import review (issue 15): a Markdown report's text on one side, rendered and sanitized as in
// the detail panel, what was extracted on the other. Selecting a finding scrolls to its block and
// highlights it; candidates the extractor rejected and findings it was unsure of are marked. Every
// correction is kept as a rule of the report's family (or the project's) and is one undoable step.
import { useEffect, useState } from 'react';
import type { Correction, ReviewBlock } from '../../../../shared/api';
import type { Severity, Status } from '../../../../shared/types';
import { SEVERITIES, SEVERITY_LABEL, STATUSES, STATUS_LABEL } from '../../lib/labels';
import { MarkdownBody } from '../markdown-body';
import { Options } from '../select-options';
import { candidates, reviewView, useReview, useReviewView } from './review-store';

const SEVERITY_KEYS: Record<string, Severity> = { '1': 'critical', '2': 'high', '3': 'medium', '4': 'low', '5': 'info' };

const STATE_TAG: Record<ReviewBlock['state'], string> = { finding: 'finding', rejected: 'rejected', dropped: 'not a finding', plain: '' };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

const firstLine = (b: ReviewBlock) => b.text.split('\n')[0].replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^#+\s*/, '').slice(0, 140);
const lines = (b: { startLine: number; endLine: number }) => `L${b.startLine}${b.endLine !== b.startLine ? `–${b.endLine}` : ''}`;

/** what a correction of the selected block does, from the keyboard or a button */
export function actions(b: ReviewBlock | null, marked: readonly number[]) {
  const { correct } = useReview.getState();
  const take = (all: boolean) => b && void correct({ action: 'take', blocks: [b.index], all }, all ? 'All like this one are findings' : 'A finding');
  const drop = (all: boolean) => b && void correct({ action: 'drop', blocks: [b.index], all }, all ? 'None of its set is a finding' : 'Not a finding');
  const edit = (patch: Extract<Correction, { action: 'edit' }>['patch'], what: string) => b && b.state === 'finding' && void correct({ action: 'edit', blocks: [b.index], patch }, what);
  const merge = () => {
    const set = [...new Set([...marked, ...(b ? [b.index] : [])])];
    if (set.length >= 2) void correct({ action: 'merge', blocks: set }, 'One finding');
  };
  const split = () => b && b.state === 'finding' && void correct({ action: 'split', blocks: [b.index] }, 'Split');
  return { take, drop, edit, merge, split };
}

function useReviewKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const st = useReview.getState();
      if (st.reportId == null || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        if (isTyping(e.target)) (e.target as HTMLElement).blur();
        else st.close();
        e.preventDefault();
        return;
      }
      if (isTyping(e.target)) return;
      const b = reviewView()?.blocks.find((x) => x.index === st.selected) ?? null;
      const act = actions(b, st.marked);
      const run = (fn: () => unknown) => {
        e.preventDefault();
        e.stopImmediatePropagation();
        fn();
      };
      switch (e.key) {
        case 'j':
        case 'ArrowDown':
          return run(() => st.move(1));
        case 'k':
        case 'ArrowUp':
          return run(() => st.move(-1));
        case 'a':
          return run(() => act.take(false));
        case 'A':
          return run(() => act.take(true));
        case 'r':
          return run(() => act.drop(false));
        case 'R':
          return run(() => act.drop(true));
        case 'm':
          return run(() => b && st.toggleMark(b.index));
        case 'M':
          return run(() => act.merge());
        case 's':
          return run(() => act.split());
        case 'e':
          return run(() => document.querySelector<HTMLInputElement>('[data-testid="review-title"]')?.focus());
        case 'z':
          return run(() => void st.history('undo'));
        case 'Z':
          return run(() => void st.history('redo'));
        case '0':
          return run(() => act.edit({ severity: null }, 'Severity cleared'));
      }
      if (SEVERITY_KEYS[e.key]) return run(() => act.edit({ severity: SEVERITY_KEYS[e.key] }, `Severity ${SEVERITY_KEYS[e.key]}`));
    };
    // capture: the board's triage keys must not see keys meant for the review
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
}

function SevBadge({ severity }: { severity: Severity | null }) {
  return <span className={`sev sev-${severity ?? 'unrated'}`}>{SEVERITY_LABEL[severity ?? 'unrated']}</span>;
}

function Editor({ b }: { b: ReviewBlock }) {
  const [title, setTitle] = useState(b.title ?? '');
  const [location, setLocation] = useState('');
  useEffect(() => setTitle(b.title ?? ''), [b.index, b.title]);
  const act = actions(b, useReview.getState().marked);
  if (b.state !== 'finding') return null;
  return (
    <form
      className="review-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim() && title !== b.title) act.edit({ title: title.trim() }, 'Title');
        if (location.trim()) act.edit({ location: location.trim() }, 'Location');
        (document.activeElement as HTMLElement | null)?.blur();
      }}
    >
      <label>
        Title <input data-testid="review-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        Severity{' '}
        <select aria-label="Severity of the finding" value={b.severity ?? ''} onChange={(e) => act.edit({ severity: (e.target.value || null) as Severity | null }, 'Severity')}>
          <option value="">Unrated</option>
          <Options values={SEVERITIES} labels={SEVERITY_LABEL} />
        </select>
      </label>
      <label>
        Status{' '}
        <select aria-label="Status of the finding" value={b.status ?? 'open'} onChange={(e) => act.edit({ status: e.target.value as Status }, 'Status')}>
          <Options values={STATUSES} labels={STATUS_LABEL} />
        </select>
      </label>
      <label>
        Location <input placeholder="path/to/file.ts:12" value={location} onChange={(e) => setLocation(e.target.value)} aria-label="Location of the finding" />
      </label>
      <button type="submit">Save (Enter)</button>
    </form>
  );
}

function SeverityMap({ suggested }: { suggested: string | null }) {
  const [word, setWord] = useState('');
  const [severity, setSeverity] = useState<Severity>('critical');
  const [scope, setScope] = useState<'family' | 'project'>('family');
  const correct = useReview((s) => s.correct);
  return (
    <form
      className="review-map"
      aria-label="Severity words"
      onSubmit={(e) => {
        e.preventDefault();
        const w = word.trim() || suggested;
        if (w) void correct({ action: 'severity', word: w, severity, scope }, `“${w}” → ${severity}`);
        setWord('');
      }}
    >
      <h3>The report's severity words</h3>
      <input aria-label="Severity word" placeholder={suggested ?? 'Sev-1, Blocker, Red, 🔥'} value={word} onChange={(e) => setWord(e.target.value)} />
      <span aria-hidden="true">→</span>
      <select aria-label="Means severity" value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
        <Options values={SEVERITIES} labels={SEVERITY_LABEL} />
      </select>
      <select aria-label="For" value={scope} onChange={(e) => setScope(e.target.value as 'family' | 'project')}>
        <option value="family">this report and its next versions</option>
        <option value="project">every report of the project</option>
      </select>
      <button type="submit">Map</button>
    </form>
  );
}

function Rules() {
  const view = useReviewView().data ?? null;
  const setRule = useReview((s) => s.setRule);
  if (!view) return null;
  const count = new Map(view.applied.map((a) => [a.id, a.count]));
  return (
    <section className="review-rules" aria-label="Rules">
      <h3>Rules for this report ({view.rules.length})</h3>
      {view.rules.length === 0 ? <p className="muted small">None yet: every correction you make becomes one, applied to the next versions of this report.</p> : null}
      <ul>
        {view.rules.map((r) => (
          <li key={r.id} data-testid="review-rule" className={r.enabled ? undefined : 'muted'}>
            <label>
              <input type="checkbox" checked={r.enabled} onChange={() => void setRule(r.id, r.enabled ? 'off' : 'on')} aria-label={`Rule on: ${r.label}`} /> {r.label}
            </label>{' '}
            <span className="muted small">
              {r.family === null ? 'project-wide' : 'this report family'}
              {count.get(r.id) ? ` · ${count.get(r.id)} now` : ''}
            </span>{' '}
            <button type="button" className="link" onClick={() => void setRule(r.id, 'delete')} aria-label={`Delete rule: ${r.label}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function ReviewScreen() {
  const reportId = useReview((s) => s.reportId);
  const query = useReviewView();
  const view = query.data ?? null;
  const selected = useReview((s) => s.selected);
  const marked = useReview((s) => s.marked);
  const error = useReview((s) => s.error) ?? query.error?.message ?? null;
  const said = useReview((s) => s.said);
  const busy = useReview((s) => s.busy);
  const select = useReview((s) => s.select);
  const close = useReview((s) => s.close);
  useReviewKeys();
  useEffect(() => {
    if (selected == null) return;
    for (const el of document.querySelectorAll(`[data-review-index="${selected}"]`)) el.scrollIntoView({ block: 'nearest' });
  }, [selected, view]);
  if (reportId == null) return null;
  const list = candidates(view);
  const sel = view?.blocks.find((b) => b.index === selected) ?? null;
  const act = actions(sel, marked);
  const found = view?.blocks.filter((b) => b.state === 'finding').length ?? 0;
  const attention = list.filter((b) => b.state === 'rejected' || b.low).length;
  return (
    <div className="modal-backdrop">
      <div className="modal review" role="dialog" aria-modal="true" aria-label="Import review" data-testid="review">
        <header className="modal-head">
          <h2>Review: {view?.report.title ?? view?.report.sourcePath ?? '…'}</h2>
          <span className="muted small">
            {view ? `${view.report.sourcePath} · ${found} finding${found === 1 ? '' : 's'} · ${attention} to look at` : ''}
          </span>
          <button type="button" onClick={close} aria-label="Close review">
            ×
          </button>
        </header>
        <p className="muted small review-keys">
          j/k move · a finding · A all like this one · r not a finding · R none of its set · m mark, M merge marked · s split · e edit title · 1–5 severity, 0 none · z undo, Z redo · Esc close
        </p>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="review-panes">
          <section className="review-text" aria-label="Report text" data-testid="review-text">
            {view?.blocks.map((b) => (
              <div
                key={b.index}
                data-testid="review-block"
                data-review-index={b.index}
                data-state={b.state}
                data-low={b.low || undefined}
                className={`review-block state-${b.state}${b.low ? ' low' : ''}${b.index === selected ? ' selected' : ''}${marked.includes(b.index) ? ' marked' : ''}`}
                onClick={() => b.kind !== 'other' && select(b.index)}
              >
                <span className="review-lines mono" aria-hidden="true">
                  {lines(b)}
                </span>
                {b.state !== 'plain' || b.low ? <span className={`review-tag tag-${b.state}`}>{b.low ? 'low confidence' : STATE_TAG[b.state]}</span> : null}
                <MarkdownBody text={b.kind === 'row' && b.tableHead ? `${b.tableHead}\n${b.text}` : b.text} testId="review-block-body" />
              </div>
            ))}
          </section>
          <section className="review-side" aria-label="Extracted">
            <div className="review-actions" aria-label="Corrections">
              <button type="button" disabled={!sel || busy || sel.kind === 'other'} onClick={() => act.take(false)}>
                This is a finding (a)
              </button>
              <button type="button" disabled={!sel || busy || !sel.set} onClick={() => act.take(true)}>
                All items like this one (A)
              </button>
              <button type="button" disabled={!sel || busy || sel.state !== 'finding'} onClick={() => act.drop(false)}>
                Not a finding (r)
              </button>
              <button type="button" disabled={!sel || busy || !sel.set} onClick={() => act.drop(true)}>
                None of its set (R)
              </button>
              <button type="button" disabled={busy || new Set([...marked, ...(sel ? [sel.index] : [])]).size < 2} onClick={act.merge}>
                These are one finding (M)
              </button>
              <button type="button" disabled={!sel || busy || sel.state !== 'finding'} onClick={act.split}>
                Split (s)
              </button>
            </div>
            {sel ? (
              <div className="review-selected" data-testid="review-selected">
                <p>
                  <span className="mono">{lines(sel)}</span> {sel.kind} {sel.state !== 'plain' ? <strong>{STATE_TAG[sel.state]}</strong> : null}
                  {sel.reason ? <span className="muted small"> — {sel.reason}</span> : null}
                  {sel.confidence != null ? <span className="muted small"> · confidence {sel.confidence.toFixed(2)}</span> : null}
                </p>
                <Editor b={sel} />
              </div>
            ) : null}
            <ul className="review-list" aria-label="Candidates">
              {list.map((b) => (
                <li key={b.index}>
                  <button
                    type="button"
                    data-testid="review-candidate"
                    data-review-index={b.index}
                    data-state={b.state}
                    aria-pressed={b.index === selected}
                    className={`state-${b.state}${b.low ? ' low' : ''}${marked.includes(b.index) ? ' marked' : ''}`}
                    onClick={() => select(b.index)}
                  >
                    <span className="mono muted">{lines(b)}</span> {b.state === 'finding' ? <SevBadge severity={b.severity} /> : null} {b.title ?? firstLine(b)}
                    {b.state !== 'plain' ? <span className={`review-tag tag-${b.state}`}>{STATE_TAG[b.state]}</span> : null}
                    {b.low ? <span className="review-tag tag-low">low confidence</span> : null}
                  </button>
                </li>
              ))}
            </ul>
            <SeverityMap suggested={sel?.severityText ?? null} />
            <Rules />
          </section>
        </div>
        <p className="review-status" role="status" data-testid="review-status">
          {said}
        </p>
      </div>
    </div>
  );
}
