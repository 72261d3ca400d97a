import { SEVERITIES, STATUSES, type Severity, type Status } from '../../../shared/types';

export const STATUS_LABEL: Record<Status, string> = {
  open: 'Open',
  in_progress: 'In progress',
  fixed: 'Fixed',
  verified: 'Verified',
  wont_fix: "Won't fix",
  false_positive: 'False positive',
  duplicate: 'Duplicate',
};

export const SEVERITY_LABEL: Record<Severity | 'unrated', string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
  unrated: 'Unrated',
};

export { SEVERITIES, STATUSES };

export function formatEffort(min: number | null, max: number | null): string {
  if (min == null && max == null) return '';
  const a = min ?? max ?? 0;
  const b = max ?? min ?? 0;
  const f = (n: number) => String(Number(n.toFixed(1)));
  return a === b ? `${f(a)} h` : `${f(a)}–${f(b)} h`;
}

export function formatLocation(path: string | null, line: number | null | undefined): string {
  if (!path) return '';
  return line ? `${path}:${line}` : path;
}
