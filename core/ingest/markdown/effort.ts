// Effort ranges ("2-3 hours", "1h", "2-3 days", "1 week", "30 min") in hours: day = 8 h, week = 40 h.
import type { Effort } from '../../../shared/types';

const EFFORT_RE =
  /(\d+(?:\.\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?))?\s*\+?\s*(hours?|hrs?|h|days?|d|weeks?|wks?|w|minutes?|mins?|m|tage?n?|stunden?|std|wochen?)\b/i;

function unitHours(unit: string): number {
  const u = unit.toLowerCase();
  if (/^(h|hrs?|hours?|stunden?|std)$/.test(u)) return 1;
  if (/^(d|days?|tage?n?)$/.test(u)) return 8;
  if (/^(w|wks?|weeks?|wochen?)$/.test(u)) return 40;
  if (/^(m|mins?|minutes?)$/.test(u)) return 1 / 60;
  return 1;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** First effort expression in `text`, or null. */
export function parseEffort(text: string): Effort | null {
  if (!text || text.length > 2000) text = (text ?? '').slice(0, 2000);
  const m = EFFORT_RE.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] !== undefined ? Number(m[2]) : a;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const f = unitHours(m[3]);
  const lo = Math.min(a, b) * f;
  const hi = Math.max(a, b) * f;
  return { minHours: round(lo), maxHours: round(hi), text: m[0].trim() };
}
