import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useStore } from '../store';
import type { ImportItem } from '../store/types';
import { updateCountsText } from '../../../shared/updates';
import { phaseWords, progressCount, progressFraction, progressUnit } from '../../../shared/progress';
import { useReview } from './review/review-store';

const STATE_LABEL: Record<ImportItem['state'], string> = {
  queued: 'Waiting',
  reading: 'Reading…',
  ingesting: 'Importing…',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled — nothing imported',
};

const cancellable = (it: ImportItem) => it.state === 'queued' || it.state === 'reading' || it.state === 'ingesting';
const running = (it: ImportItem) => it.state === 'reading' || it.state === 'ingesting';

/** one file's bar and words: where the core is ("storing findings: 41,000 of 200,000 results, 20 %") */
function FileProgress({ item }: { item: ImportItem }) {
  const p = item.progress;
  const fraction = p ? progressFraction(p) : null;
  const label = `${item.state === 'done' ? 'Imported' : 'Importing'} ${item.name}`;
  if (item.state === 'done') {
    return (
      <>
        <progress aria-label={label} max={1} value={1} data-testid="import-progress" />
        <span className="import-count muted" data-testid="import-count">
          {' '}100 %
        </span>
      </>
    );
  }
  if (!running(item)) return null;
  const count = p ? progressCount(p) : '';
  return (
    <>
      {fraction === null ? (
        <progress aria-label={label} data-testid="import-progress" />
      ) : (
        <progress aria-label={label} max={1} value={fraction} data-testid="import-progress" />
      )}
      <span className="import-count muted" data-testid="import-count">
        {' '}
        {item.state === 'reading' ? 'opening the file' : p ? `${phaseWords(p)}${count ? `: ${count} ${progressUnit(p)}`.trimEnd() : '…'}` : 'sending the file…'}
        {fraction !== null ? `, ${Math.floor(fraction * 100)} %` : ''}
      </span>
    </>
  );
}

export function ImportPanel() {
  const items = useStore((s) => s.importItems);
  const importing = useStore((s) => s.importing);
  const open = useStore((s) => s.importPanelOpen);
  const close = useStore((s) => s.closeImportPanel);
  const cancel = useStore((s) => s.cancelImport);
  const review = useReview((s) => s.open);
  const panel = useRef<HTMLElement>(null);
  // the panel takes the focus when it opens: Esc then cancels the file being imported
  useEffect(() => {
    if (open) panel.current?.focus({ preventScroll: true });
  }, [open]);
  if (!open) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const current = items.find(running) ?? items.find(cancellable);
    if (!current) return;
    e.preventDefault();
    cancel(current.key);
  };
  const finished = items.filter((i) => i.state === 'done' || i.state === 'failed' || i.state === 'cancelled').length;
  let added = 0;
  let already = 0;
  const failed: ImportItem[] = [];
  let cancelledFiles = 0;
  for (const it of items) {
    if (it.state === 'failed') failed.push(it);
    if (it.state === 'cancelled') cancelledFiles++;
    if (it.result?.ok) {
      added += it.result.added;
      if (it.result.alreadyPresent) already++;
    }
  }
  return (
    <section className="import-panel" role="region" aria-label="Import" data-testid="import-panel" ref={panel} tabIndex={-1} onKeyDown={onKeyDown}>
      <header>
        <h2>Import</h2>
        <button type="button" onClick={close} disabled={importing} aria-label="Close import">
          ×
        </button>
      </header>
      <progress max={items.length} value={finished} aria-label="Files imported" />
      <ul className="import-list">
        {items.map((it) => (
          <li key={it.key} className={`import-${it.state}`} data-testid="import-item" data-state={it.state}>
            <span className="mono">{it.name}</span>{' '}
            <span className="import-state" data-testid="import-state">
              {it.cancelling ? 'Cancelling…' : STATE_LABEL[it.state]}
            </span>
            {cancellable(it) ? (
              <button type="button" className="link import-cancel" onClick={() => cancel(it.key)} disabled={it.cancelling} aria-label={`Cancel ${it.name}`}>
                Cancel
              </button>
            ) : null}
            <div className="import-bar">
              <FileProgress item={it} />
            </div>
            {it.result?.ok ? (
              <span className="muted">
                {' '}
                {it.result.alreadyPresent
                  ? 'already present'
                  : it.result.update
                    ? `updated “${it.result.update.previous.title ?? it.result.update.previous.sourcePath}”: ${updateCountsText(it.result.update.counts)}`
                    : `${it.result.added} added`}{' '}
                ({it.result.format})
              </span>
            ) : null}
            {it.result?.ok && it.result.rulesApplied?.length ? (
              <span className="rules-applied" data-testid="rules-applied">
                {' '}
                rules applied: {it.result.rulesApplied.map((a) => `${a.label} (${a.count})`).join('; ')}
              </span>
            ) : null}
            {it.result?.ok && it.result.format === 'markdown' && it.result.reportId > 0 ? (
              <button type="button" className="link" data-testid="review-link" onClick={() => void review(it.result!.ok ? it.result!.reportId : 0)}>
                Review
              </button>
            ) : null}
            {it.imported ? <span className="muted"> {it.imported}</span> : null}
            {it.error ? <span className="error"> {it.error}</span> : null}
          </li>
        ))}
      </ul>
      {!importing ? (
        <p className="import-summary" data-testid="import-summary" role="status">
          Added {added} finding{added === 1 ? '' : 's'}; {already} file{already === 1 ? '' : 's'} already present; {failed.length} failed
          {cancelledFiles ? `; ${cancelledFiles} cancelled` : ''}.
        </p>
      ) : null}
    </section>
  );
}
