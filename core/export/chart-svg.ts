// ECharts' server-side SVG renderer for the HTML export's charts (issue 9). This is the only core
// module that imports ECharts, and core/export/charts.ts loads it with a dynamic import() when an
// HTML export with charts is rendered: a CLI, serve or Electron main process that never exports
// does not load ECharts (~40 MB of RSS).
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../shared/insights/charts';

echarts.use([BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

// Node has no canvas to measure text: estimate generously (wide sans-serif fonts), so axis labels are
// not clipped whichever font prints the page. Only the Node process is affected; the app's canvas measures.
function estimateWidth(text: string, font?: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  let em = 0;
  for (const ch of text) {
    if (/[ilIjft.,:;|!'`()[\] ]/.test(ch)) em += 0.36;
    else if (/[MWmw@%]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.72;
    else if (ch.charCodeAt(0) < 0x2e80) em += 0.62;
    else em += 1;
  }
  return em * size;
}
echarts.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: estimateWidth(text, font) }) as TextMetrics });

/** one chart as an SVG string (no script: ECharts' SSR output is plain SVG) */
export function chartSvg(spec: ChartSpec, width = 720, height = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const option: Record<string, unknown> = { ...spec.option, tooltip: { show: false } };
    // paper cannot page a legend: let it wrap, and leave it room
    const legend = option.legend as Record<string, unknown> | undefined;
    if (legend) {
      const names = (legend.data as unknown[] | undefined)?.length ?? (option.series as unknown[] | undefined)?.length ?? 0;
      const rows = Math.ceil(names / 3);
      const grid = option.grid as { top?: number };
      option.legend = { ...legend, type: 'plain', left: 8, right: 8 };
      option.grid = { ...grid, top: (grid.top ?? 36) + 24 * Math.max(0, rows - 1) };
    }
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
