// The Insights tab (issue 9): where we stand, are we converging, where it hurts, and the reports'
// drift and version changes, each chart clickable into the board. Loaded lazily (ECharts chunk).
import { useEffect, useMemo, useState } from 'react';
import type { InsightsFigures } from '../../../../shared/insights';
import { allCharts, type ChartId } from '../../../../shared/insights/charts';
import { keepPreviousData } from '@tanstack/react-query';
import { useApi } from '../../api/queries';
import { useStore } from '../../store';
import { ChartCard } from './chart-card';
import { currentPalette, isDark } from './palette';
import './insights.css';

function useMedia(query: string, initial: () => boolean): boolean {
  const [matches, setMatches] = useState(initial);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const on = () => setMatches(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [query]);
  return matches;
}
const DARK = '(prefers-color-scheme: dark)';
/** more contrast asked for: the charts' areas get patterns (ECharts' ARIA decals) besides colours */
const MORE_CONTRAST = '(prefers-contrast: more)';

const SECTIONS: Array<[string, ChartId[]]> = [
  ['Where we stand', ['severity-status', 'phase-severity', 'gate']],
  ['Are we converging', ['burndown']],
  ['Where it hurts', ['hotspots']],
  ['Reports', ['drift', 'versions']],
];
const WIDE: ReadonlySet<ChartId> = new Set(['burndown', 'hotspots']);

function heightOf(id: ChartId, figures: InsightsFigures): number {
  switch (id) {
    case 'burndown':
      return 360;
    case 'hotspots':
      return Math.max(240, 40 + 26 * figures.hotspots.length);
    case 'drift':
      return Math.max(220, 70 + 44 * figures.drift.length);
    case 'versions':
      return Math.max(220, 70 + 36 * figures.versions.length);
    default:
      return 320;
  }
}

export default function InsightsView() {
  const projectId = useStore((s) => s.projectId);
  // another project's figures stay on screen (dimmed) while this one's arrive
  const query = useApi('insights.get', projectId == null ? null : { projectId }, { placeholderData: keepPreviousData });
  const figures = query.data ?? null;
  const loading = query.isFetching;
  const error = query.error?.message ?? null;
  const dark = useMedia(DARK, isDark);
  const decals = useMedia(MORE_CONTRAST, () => window.matchMedia?.(MORE_CONTRAST).matches === true);

  const charts = useMemo(() => (figures ? allCharts(figures, currentPalette(dark), { decals }) : []), [figures, dark, decals]);
  const byId = new Map(charts.map((c) => [c.id, c]));
  /** the figures of the project on screen (null while another project's are still shown) */
  const current = figures && !query.isPlaceholderData ? figures : null;

  return (
    <div className="insights" data-testid="insights" aria-busy={loading}>
      <div className="insights-head">
        <h2>Insights</h2>
        {current ? (
          <p className="insights-summary" data-testid="insights-summary">
            {current.totals.open} open of {current.totals.findings} findings · {current.gate.blockers.open} open blocker
            {current.gate.blockers.open === 1 ? '' : 's'} · {current.gate.gateItems.open} gate item{current.gate.gateItems.open === 1 ? '' : 's'} open
          </p>
        ) : null}
        <button type="button" onClick={() => void query.refetch()} disabled={loading}>
          {loading ? 'Loading…' : 'Refresh'}
        </button>
      </div>
      {error ? (
        <p className="error banner" role="alert">
          Could not load the insights: {error}
        </p>
      ) : null}
      {!current ? (
        <p className="empty">Loading…</p>
      ) : (
        SECTIONS.map(([title, ids]) => (
          <section key={title} aria-label={title}>
            <h3 className="insights-section">{title}</h3>
            <div className="chart-grid">
              {ids.map((id) => (
                <ChartCard key={id} spec={byId.get(id)!} height={heightOf(id, current)} wide={WIDE.has(id)} />
              ))}
            </div>
          </section>
        ))
      )}
    </div>
  );
}
