import { lazy, Suspense, useState } from 'react';
import type { FindingDetail, FindingPatch } from '../../../shared/api';
import type { Location } from '../../../shared/types';
import { SEVERITIES, SEVERITY_LABEL, STATUSES, STATUS_LABEL, formatEffort, formatLocation } from '../lib/labels';
import { useStore } from '../store';
import { DEFAULT_EDITOR_TEMPLATE, useEditorTemplate } from '../store/detail-slice';
import { useReview } from './review/review-store';
// the Markdown renderer (react-markdown + highlight.js) is loaded with the first detail panel, not at
// startup: it is a large part of the bundle and the board does not need it (issue 8, startup paint)
const MarkdownBody = lazy(() => import('./markdown-body').then((m) => ({ default: m.MarkdownBody })));
import { FindingSources } from './reingest/reingest-views';
import { AssignmentFields } from './assignment';
import { Options, YesNoOptions } from './select-options';
import { HiddenCharsMarker, VisibleText } from './visible-text';
import { useBoardCards, useDetail } from '../store/board-data';
import { CommitField } from './commit-field';

function editorUrl(template: string, loc: Location): string {
  return template
    .replaceAll('{path}', encodeURI(loc.path))
    .replaceAll('{line}', String(loc.startLine ?? 1))
    .replaceAll('{column}', String(loc.startColumn ?? 1));
}

function numOrNull(v: string): number | null {
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function Dependencies({ detail }: { detail: FindingDetail }) {
  const cards = useBoardCards().data ?? [];
  const addDependency = useStore((s) => s.addDependency);
  const removeDependency = useStore((s) => s.removeDependency);
  const openDetail = useStore((s) => s.openDetail);
  const toast = useStore((s) => s.toast);
  const [text, setText] = useState('');
  const add = () => {
    const q = text.trim();
    if (!q) return;
    const byId = /^#?(\d+)$/.exec(q);
    const target =
      cards.find((c) => c.ref === q && c.id !== detail.id) ??
      (byId ? cards.find((c) => c.id === Number(byId[1])) : undefined) ??
      cards.find((c) => c.id !== detail.id && `${c.ref ?? ''} ${c.title}`.trim() === q);
    if (!target) return toast(`No finding matches "${q}"`, 'error');
    setText('');
    void addDependency(detail.id, target.id);
  };
  return (
    <section className="detail-section" aria-label="Dependencies">
      <h3>Depends on</h3>
      {detail.dependsOn.length === 0 ? <p className="muted">Nothing.</p> : null}
      <ul className="dep-list">
        {detail.dependsOn.map((d) => (
          <li key={d.id}>
            <button type="button" className="link" onClick={() => void openDetail(d.id)}>
              <VisibleText text={d.ref ? `${d.ref} ${d.title}` : d.title} />
            </button>{' '}
            <span className="muted">({STATUS_LABEL[d.status]})</span>{' '}
            <button type="button" aria-label={`Remove dependency on ${d.title}`} onClick={() => void removeDependency(detail.id, d.id)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="dep-add">
        <input
          list="dep-options"
          aria-label="Add dependency (ref, #id or title)"
          placeholder="ref, #id or title"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <datalist id="dep-options">
          {cards
            .filter((c) => c.id !== detail.id)
            .slice(0, 500)
            .map((c) => (
              <option key={c.id} value={`${c.ref ?? ''} ${c.title}`.trim()} />
            ))}
        </datalist>
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
      {detail.dependents.length > 0 ? (
        <>
          <h3>Needed by</h3>
          <ul className="dep-list">
            {detail.dependents.map((d) => (
              <li key={d.id}>
                <button type="button" className="link" onClick={() => void openDetail(d.id)}>
                  <VisibleText text={d.ref ? `${d.ref} ${d.title}` : d.title} />
                </button>{' '}
                <span className="muted">({STATUS_LABEL[d.status]})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Locations({ detail }: { detail: FindingDetail }) {
  const template = useEditorTemplate();
  const setEditorTemplate = useStore((s) => s.setEditorTemplate);
  const openExternal = useStore((s) => s.openExternal);
  const toast = useStore((s) => s.toast);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      toast(`Copied ${text}`);
    } catch {
      toast(`Could not copy: ${text}`, 'error');
    }
  };
  return (
    <section className="detail-section" aria-label="Locations">
      <h3>Locations</h3>
      {detail.locations.length === 0 ? <p className="muted">No file locations.</p> : null}
      <ul className="loc-list">
        {detail.locations.map((loc, i) => {
          const text = formatLocation(loc.path, loc.startLine);
          return (
            <li key={`${text}-${i}`}>
              <button type="button" className="link mono" title="Copy path:line" onClick={() => void copy(text)}>
                <VisibleText text={text} />
              </button>{' '}
              <button type="button" onClick={() => void openExternal(editorUrl(template, loc))}>
                Open in editor
              </button>
            </li>
          );
        })}
      </ul>
      <details>
        <summary>Editor link</summary>
        <CommitField label="Template ({path}, {line}, {column})" value={template} onCommit={(v) => void setEditorTemplate(v.trim() || DEFAULT_EDITOR_TEMPLATE)} />
      </details>
    </section>
  );
}

function describe(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return (STATUS_LABEL as Record<string, string>)[v] ?? (SEVERITY_LABEL as Record<string, string>)[v] ?? v;
  return JSON.stringify(v);
}

function History({ detail }: { detail: FindingDetail }) {
  return (
    <section className="detail-section" aria-label="History">
      <h3>History</h3>
      {detail.history.length === 0 ? <p className="muted">No changes yet.</p> : null}
      <ol className="history">
        {detail.history.map((h) => (
          <li key={h.id}>
            <time dateTime={h.at}>{new Date(h.at).toLocaleString()}</time> <span className="muted">{h.actor}</span> {h.action}
            {h.field ? (
              <>
                {' '}
                <strong>{h.field}</strong>: {describe(h.oldValue)} → {describe(h.newValue)}
              </>
            ) : null}
            {h.reason ? <span className="muted"> — {h.reason}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function DetailPanel() {
  const detailId = useStore((s) => s.detailId);
  const query = useDetail();
  const detail = query.data ?? null;
  const error = query.error?.message ?? null;
  const closeDetail = useStore((s) => s.closeDetail);
  const updateFindings = useStore((s) => s.updateFindings);
  if (detailId == null) return null;
  const update = (patch: FindingPatch) => {
    if (detail) void updateFindings([detail.id], patch);
  };
  return (
    <aside className="detail" aria-label="Finding detail" data-testid="detail">
      <div className="detail-head">
        <h2 className="detail-title">
          {detail?.ref ? (
            <span className="card-ref">
              <VisibleText text={detail.ref} />
            </span>
          ) : null}{' '}
          {detail ? <VisibleText text={detail.title} /> : error ? 'Not found' : 'Loading…'}
        </h2>
        <button type="button" onClick={closeDetail} aria-label="Close detail">
          ×
        </button>
      </div>
      {error ? <p className="error">{error}</p> : null}
      {detail ? (
        <div className="detail-body">
          <div className="detail-fields">
            <label className="field">
              Severity
              <select
                value={detail.severity ?? ''}
                onChange={(e) => update({ severity: (e.target.value || null) as FindingPatch['severity'] })}
              >
                <option value="">Unrated</option>
                <Options values={SEVERITIES} labels={SEVERITY_LABEL} />
              </select>
            </label>
            <label className="field">
              Status
              <select value={detail.status} onChange={(e) => update({ status: e.target.value as FindingPatch['status'] })}>
                <Options values={STATUSES} labels={STATUS_LABEL} />
              </select>
            </label>
            <CommitField label="Phase" value={detail.phase ?? ''} onCommit={(v) => update({ phase: v.trim() || null })} />
            <CommitField
              label="Effort min (h)"
              type="number"
              value={detail.effortMinHours?.toString() ?? ''}
              onCommit={(v) => update({ effortMinHours: numOrNull(v) })}
            />
            <CommitField
              label="Effort max (h)"
              type="number"
              value={detail.effortMaxHours?.toString() ?? ''}
              onCommit={(v) => update({ effortMaxHours: numOrNull(v) })}
            />
            <label className="field">
              Blocks deployment
              <select
                value={detail.blocksDeployment == null ? '' : String(detail.blocksDeployment)}
                onChange={(e) => update({ blocksDeployment: e.target.value === '' ? null : e.target.value === 'true' })}
              >
                <YesNoOptions unset="Unknown" />
              </select>
            </label>
            <AssignmentFields detail={detail} update={update} />
          </div>
          <HiddenCharsMarker texts={[detail.ref, detail.title, detail.body, detail.report.title, detail.report.sourcePath, ...detail.locations.map((l) => l.path)]} />
          <p className="muted small">
            {detail.severityText ? `As written: ${detail.severityText} · ` : ''}
            Effort {formatEffort(detail.effortMinHours, detail.effortMaxHours) || 'unknown'}
            {detail.effortSource ? ` (${detail.effortSource})` : ''} · Report: <VisibleText text={detail.report.title ?? detail.report.sourcePath} />
            {detail.category ? ' · ' : ''}
            <VisibleText text={detail.category} />
            {detail.report.format === 'markdown' ? (
              <>
                {' · '}
                <button type="button" className="link" data-testid="detail-review" onClick={() => void useReview.getState().open(detail.report.id, detail.id)}>
                  Review extraction
                </button>
              </>
            ) : null}
          </p>
          <Locations detail={detail} />
          <Dependencies detail={detail} />
          <section className="detail-section" aria-label="Notes">
            <CommitField label="Notes" multiline value={detail.notes ?? ''} onCommit={(v) => update({ notes: v.trim() ? v : null })} />
          </section>
          <section className="detail-section" aria-label="Description">
            <h3>Description</h3>
            <Suspense fallback={<p aria-busy="true">Loading…</p>}>
              <MarkdownBody text={detail.body} />
            </Suspense>
          </section>
          <FindingSources id={detail.id} />
          <History detail={detail} />
        </div>
      ) : null}
    </aside>
  );
}
