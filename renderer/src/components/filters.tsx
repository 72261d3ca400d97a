import { useEffect, useRef, useState } from 'react';
import { SEVERITIES, SEVERITY_LABEL, STATUSES, STATUS_LABEL } from '../lib/labels';
import { useStore } from '../store';

function PathPrefix() {
  const pathPrefix = useStore((s) => s.filters.pathPrefix ?? '');
  const setFilters = useStore((s) => s.setFilters);
  const [value, setValue] = useState(pathPrefix);
  const [last, setLast] = useState(pathPrefix);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  if (pathPrefix !== last) {
    setLast(pathPrefix);
    if (pathPrefix !== value.trim()) setValue(pathPrefix);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <label>
      Path
      <input
        aria-label="Filter by path prefix"
        value={value}
        placeholder="prefix, e.g. src/api/"
        onChange={(e) => {
          const v = e.target.value;
          setValue(v);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setFilters({ pathPrefix: v }), 250);
        }}
      />
    </label>
  );
}

export function Filters() {
  const filters = useStore((s) => s.filters);
  const setFilters = useStore((s) => s.setFilters);
  const clearFilters = useStore((s) => s.clearFilters);
  const phaseOptions = useStore((s) => s.phaseOptions);
  const reports = useStore((s) => s.reports);
  const active = Object.keys(filters).length > 0;
  return (
    <div className="filters" role="group" aria-label="Filters">
      <label>
        Severity
        <select aria-label="Filter by severity" value={filters.severity?.[0] ?? ''} onChange={(e) => setFilters({ severity: e.target.value ? [e.target.value] : [] })}>
          <option value="">Any</option>
          {[...SEVERITIES, 'unrated' as const].map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select aria-label="Filter by status" value={filters.status?.[0] ?? ''} onChange={(e) => setFilters({ status: e.target.value ? [e.target.value] : [] })}>
          <option value="">Any</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Phase
        <select aria-label="Filter by phase" value={filters.phase?.[0] ?? ''} onChange={(e) => setFilters({ phase: e.target.value ? [e.target.value] : [] })}>
          <option value="">Any</option>
          {phaseOptions.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label>
        Report
        <select
          aria-label="Filter by report"
          value={filters.reportId?.[0] ?? ''}
          onChange={(e) => setFilters({ reportId: e.target.value ? [Number(e.target.value)] : [] })}
        >
          <option value="">Any</option>
          {reports.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title ?? r.sourcePath}
            </option>
          ))}
        </select>
      </label>
      <PathPrefix />
      <label>
        Blocks deploy
        <select
          aria-label="Filter by blocks deployment"
          value={filters.blocksDeployment === undefined ? '' : String(filters.blocksDeployment)}
          onChange={(e) => setFilters({ blocksDeployment: e.target.value === '' ? undefined : e.target.value === 'true' })}
        >
          <option value="">Any</option>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </select>
      </label>
      <button type="button" onClick={clearFilters} disabled={!active}>
        Clear filters
      </button>
    </div>
  );
}
