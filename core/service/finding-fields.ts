// The finding fields a user can change, their columns, and the API ⇄ row value conversions.
import type { FindingPatch } from '../../shared/api';

export const FIELD_COLUMNS = {
  status: 'status',
  severity: 'severity',
  phase: 'phase',
  effortMinHours: 'effort_min_hours',
  effortMaxHours: 'effort_max_hours',
  effortSource: 'effort_source',
  notes: 'notes',
  blocksDeployment: 'blocks_deployment',
  /** issue 15: a correction's title edit (not a findings.update field: the patch schema has no title) */
  title: 'title',
  /** issue 18 (migration 013) */
  assignee: 'assignee',
  dueAt: 'due_at',
} as const;

export type Field = keyof typeof FIELD_COLUMNS;
export type Column = (typeof FIELD_COLUMNS)[Field];

export const isField = (f: string | null): f is Field =>
  f !== null && Object.prototype.hasOwnProperty.call(FIELD_COLUMNS, f);

export function toRowValue(field: Field, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (field === 'blocksDeployment') return value ? 1 : 0;
  return value;
}

export function toApiValue(field: Field, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (field === 'blocksDeployment') return value !== 0;
  return value;
}

/** The fields a patch sets, with derived ones (a user-set effort marks effortSource 'user'). */
export function patchValues(patch: FindingPatch): Map<Field, unknown> {
  const out = new Map<Field, unknown>();
  for (const [k, v] of Object.entries(patch)) {
    if (v !== undefined && isField(k)) out.set(k, v);
  }
  if (out.has('effortMinHours') || out.has('effortMaxHours')) out.set('effortSource', 'user');
  return out;
}
