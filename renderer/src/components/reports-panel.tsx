import { SEVERITIES } from '../../../shared/types';
import type { ReportSummary } from '../../../shared/api';
import { SEVERITY_LABEL } from '../lib/labels';
import { useStore } from '../store';
import { useReview } from './review/review-store';
import { useReports } from '../store/board-data';

function Drift({ report }: { report: ReportSummary }) {
  const claims = report.claims;
  return (
    <table className="drift">
      <thead>
        <tr>
          <th scope="col">Severity</th>
          <th scope="col">Claimed</th>
          <th scope="col">Found</th>
        </tr>
      </thead>
      <tbody>
        {[...SEVERITIES, 'total' as const].map((sev) => {
          const claimed = claims?.[sev];
          const found = sev === 'total' ? report.findingCount : (report.found[sev] ?? 0);
          if (claimed === undefined && !found) return null;
          const drift = claimed !== undefined && claimed !== found;
          return (
            <tr key={sev} className={drift ? 'drifted' : undefined}>
              <th scope="row">{sev === 'total' ? 'Total' : SEVERITY_LABEL[sev]}</th>
              <td>{claimed ?? '—'}</td>
              <td>
                {found}
                {drift ? <span className="drift-mark"> ({found - (claimed ?? 0) > 0 ? '+' : ''}{found - (claimed ?? 0)})</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ReportsPanel() {
  const open = useStore((s) => s.reportsOpen);
  const reports = useReports();
  const setOpen = useStore((s) => s.setReportsOpen);
  const setFilters = useStore((s) => s.setFilters);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onClick={() => setOpen(false)}>
      <div className="modal wide" role="dialog" aria-modal="true" aria-label="Reports" onClick={(e) => e.stopPropagation()}>
        <header className="modal-head">
          <h2>Reports</h2>
          <button type="button" onClick={() => setOpen(false)} aria-label="Close reports">
            ×
          </button>
        </header>
        {reports.length === 0 ? <p className="muted">No reports yet. Use Import… or drop report files on the window.</p> : null}
        <ul className="report-list">
          {reports.map((r) => (
            <li key={r.id} data-testid="report">
              <h3>{r.title ?? r.sourcePath}</h3>
              <p className="muted small">
                {r.sourcePath} · {r.format}
                {r.tool ? ` · ${r.tool}` : ''}
                {r.date ? ` · ${r.date}` : ''} · {r.findingCount} findings
                {r.repairs.length ? ` · repaired: ${r.repairs.join(', ')}` : ''}
              </p>
              <Drift report={r} />
              <button
                type="button"
                onClick={() => {
                  setFilters({ reportId: [r.id] });
                  setOpen(false);
                }}
              >
                Show only this report
              </button>
              {r.format === 'markdown' ? (
                <button
                  type="button"
                  data-testid="review-report"
                  onClick={() => {
                    setOpen(false);
                    void useReview.getState().open(r.id);
                  }}
                >
                  Review extraction
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
