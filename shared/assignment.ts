// Assignment and SLA due dates (issue 18), pure: the core computes every card's due date with it,
// the renderer and the CLI show what it says.
import { SEVERITIES, type Severity, type Status } from './types';

/** days to fix a finding, per severity (a project setting; a severity left out: no due date) */
export type Sla = Partial<Record<Severity, number>>;

/** the settings key the SLA is kept under */
export const SLA_KEY = 'sla';
/** the settings key of "me" on an offline database (a team database's "me" is the login) */
export const ME_KEY = 'assignment.me';

/** In an assignee filter: the findings nobody is assigned to. */
export const NO_ASSIGNEE = '(unassigned)';
/** In an assignee filter or an assignment: whoever asks (the database login on a team database). */
export const ME = '(me)';

/** the statuses a finding can still be overdue in (a fixed, verified or dismissed one cannot) */
export const OPEN_STATUSES: readonly Status[] = ['open', 'in_progress'];

export const SLA_MAX_DAYS = 3650;

/** an SLA as stored (unknown JSON), cleaned: whole days 0..SLA_MAX_DAYS per known severity */
export function cleanSla(value: unknown): Sla {
  const out: Sla = {};
  if (!value || typeof value !== 'object') return out;
  for (const s of SEVERITIES) {
    const v = (value as Record<string, unknown>)[s];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= SLA_MAX_DAYS) out[s] = v;
  }
  return out;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/** whether `text` is a real calendar date written YYYY-MM-DD */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * The SLA due date of a finding first seen at `firstSeen` (an ISO time): that day (UTC) plus the
 * SLA days of its severity; null when the SLA names no days for it (or it has no severity).
 */
export function slaDueDate(firstSeen: string, severity: Severity | null, sla: Sla): string | null {
  if (severity === null) return null;
  const days = sla[severity];
  if (days === undefined) return null;
  const start = Date.parse(`${firstSeen.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start)) return null;
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}

/** overdue: still open, and `today` (YYYY-MM-DD) is after its due date (the due day itself is not late) */
export function isOverdue(dueAt: string | null, status: Status, today: string): boolean {
  return dueAt !== null && OPEN_STATUSES.includes(status) && today > dueAt;
}

/** a name as typed: spaces collapsed and trimmed, '' = nobody */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}
