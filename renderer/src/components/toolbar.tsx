import { useRef } from 'react';
import { GROUP_FIELDS, type GroupField } from '../lib/grouping';
import { useStore } from '../store';
import { useBoardSettings } from '../store/board-settings';
import { useBoardCards } from '../store/board-data';
import { Filters } from './filters';
import { ProjectSwitcher } from './project-switcher';
import { SearchBox } from './search-box';
import { ReingestButton } from './reingest/reingest-views';
import { SlaButton } from './assignment';

const FIELD_LABEL: Record<GroupField, string> = { status: 'Status', severity: 'Severity', phase: 'Phase' };

export function ImportButton() {
  const importFiles = useStore((s) => s.importFiles);
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="primary" onClick={() => inputRef.current?.click()}>
        Import…
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        aria-label="Import files"
        data-testid="import-input"
        accept=".md,.markdown,.txt,.sarif,.json,text/markdown,text/plain,application/json"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])].map((file) => ({ name: file.name, file }));
          e.target.value = '';
          void importFiles(files);
        }}
      />
    </>
  );
}

/** the board's count (its own component: the cards coming in batches, or an edit, re-render it, not the whole toolbar) */
function TotalCount() {
  const cards = useBoardCards();
  const count = cards.data?.length ?? 0;
  return (
    <span className="count" data-testid="total-count" aria-live="polite">
      {cards.isFetching ? 'Loading…' : `${count} finding${count === 1 ? '' : 's'}`}
    </span>
  );
}

export function Toolbar() {
  const { groupBy, laneBy } = useBoardSettings();
  const setGroupBy = useStore((s) => s.setGroupBy);
  const setLaneBy = useStore((s) => s.setLaneBy);
  const setReportsOpen = useStore((s) => s.setReportsOpen);
  const setHelpOpen = useStore((s) => s.setHelpOpen);
  const undo = useStore((s) => s.undo);
  return (
    <header className="toolbar">
      <div className="toolbar-row">
        <h1 className="brand">Punchlist</h1>
        <ProjectSwitcher />
        <SearchBox />
        <label>
          Group by
          <select aria-label="Group by" value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupField)}>
            {GROUP_FIELDS.map((f) => (
              <option key={f} value={f}>
                {FIELD_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Swimlanes
          <select aria-label="Swimlanes" value={laneBy ?? ''} onChange={(e) => setLaneBy((e.target.value || null) as GroupField | null)}>
            <option value="">None</option>
            {GROUP_FIELDS.filter((f) => f !== groupBy).map((f) => (
              <option key={f} value={f}>
                {FIELD_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        <TotalCount />
        <div className="toolbar-actions">
          <button type="button" onClick={() => void undo()} title="Undo (z)">
            Undo
          </button>
          <button type="button" onClick={() => setReportsOpen(true)}>
            Reports
          </button>
          <SlaButton />
          <ReingestButton />
          <ImportButton />
          <button type="button" onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
            ?
          </button>
        </div>
      </div>
      <Filters />
    </header>
  );
}
