// Export buttons (Markdown, CSV, JSON, HTML, SARIF) and re-import of a Punchlist JSON export.
import { useRef } from 'react';
import { usePlan, type ExportFormat } from './plan-store';

const FORMATS: Array<[ExportFormat, string]> = [
  ['md', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
  ['html', 'HTML'],
  ['sarif', 'SARIF'],
];

export function ExportBar() {
  const exportAs = usePlan((s) => s.exportAs);
  const importJson = usePlan((s) => s.importJson);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="export-bar" role="group" aria-label="Export">
      <span>Export:</span>
      {FORMATS.map(([f, label]) => (
        <button key={f} type="button" onClick={() => void exportAs(f)} data-testid={`export-${f}`}>
          {label}
        </button>
      ))}
      <button type="button" onClick={() => input.current?.click()}>
        Import JSON export…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label="Import a Punchlist JSON export"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void importJson(f);
        }}
      />
    </div>
  );
}
