// The chart palette from the app's own CSS variables, so charts follow the light or dark theme.
import { DARK_PALETTE, LIGHT_PALETTE, type ChartPalette } from '../../../../shared/insights/charts';
import type { SeverityOrUnrated } from '../../../../shared/snapshot';

const SEVS: SeverityOrUnrated[] = ['critical', 'high', 'medium', 'low', 'info', 'unrated'];

export function isDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

export function currentPalette(dark = isDark()): ChartPalette {
  const base = dark ? DARK_PALETTE : LIGHT_PALETTE;
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const severity = { ...base.severity };
  for (const s of SEVS) severity[s] = v(`--sev-${s}`, base.severity[s]);
  return {
    ...base,
    text: v('--text', base.text),
    muted: v('--muted', base.muted),
    border: v('--border', base.border),
    background: v('--panel', base.background),
    accent: v('--accent', base.accent),
    severity,
  };
}
