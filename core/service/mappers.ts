// Row → API shape conversions.
import type { FindingCard, HistoryEvent } from '../../shared/api';
import type { Severity, Status } from '../../shared/types';
import { isOverdue, slaDueDate, type Sla } from '../../shared/assignment';

export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text == null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export const toJson = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export const toBool = (v: number | null): boolean | null => (v == null ? null : v !== 0);

/** a boolean as its 0/1 column value (null stays null) */
export const fromBool = (v: boolean | null | undefined): number | null => (v == null ? null : v ? 1 : 0);

export interface CardRow {
  id: number;
  project_id: number;
  report_id: number;
  ref: string | null;
  title: string;
  severity: string | null;
  status: string;
  phase: string | null;
  category: string | null;
  rule_id: string | null;
  blocks_deployment: number | null;
  effort_min_hours: number | null;
  effort_max_hours: number | null;
  effort_source: string | null;
  updated_at: string;
  version: number;
  created_at: string;
  assignee: string | null;
  due_at: string | null;
  primary_path: string | null;
  primary_line: number | null;
}

/**
 * A row as a board card. `due`: the project's SLA and today (issue 18, ./assignment.ts dueContext).
 */
export function toCard(r: CardRow, due: DueContext): FindingCard {
  const severity = r.severity as Severity | null;
  const status = r.status as Status;
  const dueAt = r.due_at ?? slaDueDate(r.created_at, severity, due.sla);
  return {
    id: r.id,
    projectId: r.project_id,
    reportId: r.report_id,
    ref: r.ref,
    title: r.title,
    severity,
    status,
    phase: r.phase,
    category: r.category,
    ruleId: r.rule_id,
    blocksDeployment: toBool(r.blocks_deployment),
    effortMinHours: r.effort_min_hours,
    effortMaxHours: r.effort_max_hours,
    effortSource: r.effort_source,
    primaryPath: r.primary_path,
    primaryLine: r.primary_line,
    updatedAt: r.updated_at,
    version: Number(r.version),
    createdAt: r.created_at,
    assignee: r.assignee,
    dueAt,
    dueManual: r.due_at !== null,
    overdue: isOverdue(dueAt, status, due.today),
  };
}

/** what a card's due date and overdue mark are computed from */
export interface DueContext {
  sla: Sla;
  /** YYYY-MM-DD (UTC) */
  today: string;
}

export interface EventRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  reason?: string | null;
  undone?: number;
}

export function toHistoryEvent(e: EventRow): HistoryEvent {
  return {
    id: e.id,
    at: e.at,
    actor: e.actor,
    entity: e.entity,
    entityId: e.entity_id,
    action: e.action,
    field: e.field,
    oldValue: parseJson(e.old_value, null),
    newValue: parseJson(e.new_value, null),
    reason: e.reason ?? null,
    undone: (e.undone ?? 0) !== 0,
  };
}
