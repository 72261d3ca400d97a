// One chart of the Insights view: ECharts on a canvas, a click on an element opens the board with
// that element's filter, and a table toggle shows the same numbers as text.
import { useEffect, useRef, useState } from 'react';
import type { ChartSpec } from '../../../../shared/insights/charts';
import { echarts, type EChartsInstance } from './echarts-setup';
import { useInsights } from './insights-store';

function ChartCanvas({ spec, height }: { spec: ChartSpec; height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsInstance | null>(null);
  const specRef = useRef(spec);
  specRef.current = spec;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = c;
    // the instance, for tests that click a bar at its drawn position
    Object.defineProperty(el, 'echart', { value: c, configurable: true });
    c.on('click', (p) => {
      const [si, di] = [p.seriesIndex ?? 0, p.dataIndex ?? 0];
      const filter = specRef.current.filterAt(si, di);
      if (filter) useInsights.getState().showOnBoard(filter);
      else if (specRef.current.viewAt?.(si, di)) useInsights.getState().setView('deploy');
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(spec.option, { notMerge: true });
  }, [spec]);

  return <div ref={ref} className="chart-canvas" style={{ height }} role="img" aria-label={spec.description} data-testid={`chart-canvas-${spec.id}`} />;
}

function ChartTable({ spec }: { spec: ChartSpec }) {
  const showOnBoard = useInsights((s) => s.showOnBoard);
  return (
    <div className="chart-table-wrap">
      <table className="chart-table" data-testid={`chart-table-${spec.id}`}>
        <caption className="sr-only">{spec.title}</caption>
        <thead>
          <tr>
            {spec.table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.table.rows.map((r, i) => (
            <tr key={i}>
              {r.cells.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {r.filter ? (
                      <button type="button" className="linkish" onClick={() => showOnBoard(r.filter!)} title="Show these findings on the board">
                        {c}
                      </button>
                    ) : (
                      c
                    )}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChartCard({ spec, height = 300, wide = false }: { spec: ChartSpec; height?: number; wide?: boolean }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section className={`chart-card${wide ? ' wide' : ''}`} data-chart={spec.id} aria-labelledby={`chart-title-${spec.id}`}>
      <header className="chart-head">
        <h3 id={`chart-title-${spec.id}`}>{spec.title}</h3>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)} data-testid={`toggle-table-${spec.id}`}>
          {asTable ? 'Chart' : 'Table'}
        </button>
      </header>
      {spec.empty ? (
        <p className="chart-empty">{spec.description}</p>
      ) : asTable ? (
        <ChartTable spec={spec} />
      ) : (
        <ChartCanvas spec={spec} height={height} />
      )}
    </section>
  );
}
