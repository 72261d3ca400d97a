import { useStore } from '../store';
import type { ImportItem } from '../store/types';
import { updateCountsText } from '../../../shared/updates';
import { useReview } from './review/review-store';

const STATE_LABEL: Record<ImportItem['state'], string> = {
  queued: 'Waiting',
  reading: 'Reading…',
  ingesting: 'Importing…',
  done: 'Done',
  failed: 'Failed',
};

export function ImportPanel() {
  const items = useStore((s) => s.importItems);
  const importing = useStore((s) => s.importing);
  const open = useStore((s) => s.importPanelOpen);
  const close = useStore((s) => s.closeImportPanel);
  const review = useReview((s) => s.open);
  if (!open) return null;
  const finished = items.filter((i) => i.state === 'done' || i.state === 'failed').length;
  let added = 0;
  let already = 0;
  const failed: ImportItem[] = [];
  for (const it of items) {
    if (it.state === 'failed') failed.push(it);
    if (it.result?.ok) {
      added += it.result.added;
      if (it.result.alreadyPresent) already++;
    }
  }
  return (
    <section className="import-panel" role="region" aria-label="Import" data-testid="import-panel">
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
            <span className="mono">{it.name}</span> <span className="import-state">{STATE_LABEL[it.state]}</span>
            {it.state === 'ingesting' || it.state === 'reading' ? <progress aria-label={`Importing ${it.name}`} /> : null}
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
          Added {added} finding{added === 1 ? '' : 's'}; {already} file{already === 1 ? '' : 's'} already present; {failed.length} failed.
        </p>
      ) : null}
    </section>
  );
}
