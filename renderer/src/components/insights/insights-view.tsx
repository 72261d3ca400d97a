// The Insights tab (issue 9): where we stand, are we converging, where it hurts, and the reports'
// drift and version changes, each chart clickable into the board. Loaded lazily (ECharts chunk).
import { useEffect, useMemo, useState } from 'react';
import { allCharts } from '../../../../shared/insights/charts';
import { useStore } from '../../store';
import { ChartCard } from './chart-card';
import { useInsights } from './insights-store';
import { currentPalette, isDark } from './palette';
import './insights.css';

function useDarkScheme(): boolean {
  const [dark, setDark] = useState(isDark);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const on = () => setDark(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return dark;
}

const HEIGHTS: Record<string, number> = { burndown: 340, hotspots: 420, 'phase-severity': 320 };

export default function InsightsView() {
  const figures = useInsights((s) => s.figures);
  const figuresFor = useInsights((s) => s.figuresFor);
  const loading = useInsights((s) => s.loading);
  const error = useInsights((s) => s.error);
  const load = useInsights((s) => s.load);
  const projectId = useStore((s) => s.projectId);
  const dark = useDarkScheme();

  useEffect(() => {
    void load();
  }, [projectId, load]);

  const charts = useMemo(() => (figures ? allCharts(figures, currentPalette(dark)) : []), [figures, dark]);
  const byId = new Map(charts.map((c) => [c.id, c]));
  const current = figures && figuresFor === projectId;

  return (
    <div className="insights" data-testid="insights" aria-busy={loading}>
      <div className="insights-head">
        <h2>Insights</h2>
        {figures && current ? (
          <p className="insights-summary" data-testid="insights-summary">
            {figures.totals.open} open of {figures.totals.findings} findings · {figures.gate.blockers.open} open blocker
            {figures.gate.blockers.open === 1 ? '' : 's'} · {figures.gate.gateItems.open} gate item{figures.gate.gateItems.open === 1 ? '' : 's'} open
          </p>
        ) : null}
        <button type="button" onClick={() => void load()} disabled={loading}>
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
        <>
          <h3 className="insights-section">Where we stand</h3>
          <div className="chart-grid">
            {(['severity-status', 'phase-severity', 'gate'] as const).map((id) => (
              <ChartCard key={id} spec={byId.get(id)!} height={HEIGHTS[id] ?? (id === 'gate' ? 200 : 300)} />
            ))}
          </div>
          <h3 className="insights-section">Are we converging</h3>
          <div className="chart-grid">
            <ChartCard spec={byId.get('burndown')!} height={HEIGHTS.burndown} wide />
          </div>
          <h3 className="insights-section">Where it hurts</h3>
          <div className="chart-grid">
            <ChartCard spec={byId.get('hotspots')!} height={HEIGHTS.hotspots} wide />
          </div>
          <h3 className="insights-section">Reports</h3>
          <div className="chart-grid">
            <ChartCard spec={byId.get('drift')!} height={Math.max(200, 60 + 44 * (figures?.drift.length ?? 0))} />
            <ChartCard spec={byId.get('versions')!} height={Math.max(200, 60 + 36 * (figures?.versions.length ?? 0))} />
          </div>
        </>
      )}
    </div>
  );
}
