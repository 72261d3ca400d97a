import { useEffect, useRef, useState, type ReactNode } from 'react';
import { SEVERITIES, SEVERITY_LABEL, STATUSES, STATUS_LABEL } from '../lib/labels';
import { useStore } from '../store';
import { useBoardFilters } from '../store/board-settings';
import type { BoardFilters } from '../store/types';
import { Options, YesNoOptions } from './select-options';
import { usePhaseOptions, useReports } from '../store/board-data';
import { AssigneeFilter } from './assignment';

function PathPrefix() {
  const pathPrefix = useBoardFilters().pathPrefix ?? '';
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

type ListField = 'severity' | 'status' | 'phase' | 'reportId';

/** a select filtering on one value of a field ("Any": no filter) */
function ListFilter({ label, field, children }: { label: string; field: ListField; children: ReactNode }) {
  const value = useBoardFilters()[field]?.[0] ?? '';
  const setFilters = useStore((s) => s.setFilters);
  const choose = (v: string) => setFilters({ [field]: v ? [field === 'reportId' ? Number(v) : v] : [] } as Partial<BoardFilters>);
  return (
    <label>
      {label}
      <select aria-label={`Filter by ${label.toLowerCase()}`} value={value} onChange={(e) => choose(e.target.value)}>
        <option value="">Any</option>
        {children}
      </select>
    </label>
  );
}

export function Filters() {
  const filters = useBoardFilters();
  const setFilters = useStore((s) => s.setFilters);
  const clearFilters = useStore((s) => s.clearFilters);
  const phaseOptions = usePhaseOptions();
  const reports = useReports();
  const active = Object.keys(filters).length > 0;
  return (
    <div className="filters" role="group" aria-label="Filters">
      <ListFilter label="Severity" field="severity">
        <Options values={[...SEVERITIES, 'unrated' as const]} labels={SEVERITY_LABEL} />
      </ListFilter>
      <ListFilter label="Status" field="status">
        <Options values={STATUSES} labels={STATUS_LABEL} />
      </ListFilter>
      <ListFilter label="Phase" field="phase">
        <Options values={phaseOptions} />
      </ListFilter>
      <ListFilter label="Report" field="reportId">
        {reports.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title ?? r.sourcePath}
          </option>
        ))}
      </ListFilter>
      <AssigneeFilter />
      <PathPrefix />
      <label>
        Blocks deploy
        <select
          aria-label="Filter by blocks deployment"
          value={filters.blocksDeployment === undefined ? '' : String(filters.blocksDeployment)}
          onChange={(e) => setFilters({ blocksDeployment: e.target.value === '' ? undefined : e.target.value === 'true' })}
        >
          <YesNoOptions unset="Any" />
        </select>
      </label>
      <button type="button" onClick={clearFilters} disabled={!active}>
        Clear filters
      </button>
    </div>
  );
}
