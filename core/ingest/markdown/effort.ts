// Effort ranges ("2-3 hours", "1h", "2-3 days", "1 week", "30 min") in hours: day = 8 h, week = 40 h.
import type { Effort } from '../../../shared/types';

const EFFORT_RE =
  /(\d+(?:[.,]\d+)?)\s*(?:(?:-|–|—|to|a|à|bis)\s*(\d+(?:[.,]\d+)?))?\s*\+?\s*(hours?|hrs?|h|days?|d|weeks?|wks?|w|minutes?|mins?|m|tage?n?|stunden?|std|wochen?|heures?|jours?|semaines?|horas?|d[ií]as?|semanas?|minutos?)(?![\p{L}\p{N}])/iu;
const HALF = /\b(?:half an?|1\/2|½)\s*(hour|day|week)\b|\bhalf[\s-](day|hour|week)\b|\bune demi-(journée|heure)|\bmedio d[ií]a\b|\bmedia hora\b/i;

function unitHours(unit: string): number {
  const u = unit.toLowerCase();
  if (/^(h|hrs?|hours?|stunden?|std|heures?|horas?|hora|heure)$/.test(u)) return 1;
  if (/^(d|days?|tage?n?|jours?|d[ií]as?|journée|dia|día)$/.test(u)) return 8;
  if (/^(w|wks?|weeks?|wochen?|semaines?|semanas?)$/.test(u)) return 40;
  if (/^(m|mins?|minutes?|minutos?)$/.test(u)) return 1 / 60;
  return 1;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** First effort expression in `text`, or null. */
export function parseEffort(text: string): Effort | null {
  if (!text || text.length > 2000) text = (text ?? '').slice(0, 2000);
  const m = EFFORT_RE.exec(text);
  const half = HALF.exec(text);
  if (half && (!m || half.index < m.index)) {
    const unit = (half[1] ?? half[2] ?? '').toLowerCase();
    const h = /journée|d[ií]a|day/.test(unit) ? 4 : /week/.test(unit) ? 20 : 0.5;
    return { minHours: h, maxHours: h, text: half[0].trim() };
  }
  if (!m) return null;
  const a = Number(m[1].replace(',', '.'));
  const b = m[2] !== undefined ? Number(m[2].replace(',', '.')) : a;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const f = unitHours(m[3]);
  const lo = Math.min(a, b) * f;
  const hi = Math.max(a, b) * f;
  return { minHours: round(lo), maxHours: round(hi), text: m[0].trim() };
}
