// toCsv: one row per finding, for spreadsheets. RFC 4180, UTF-8 BOM, CRLF, formula-safe.
import type { ProjectSnapshot } from '../../shared/snapshot';
import { findingLabel, lookup, resolvePlan, type ExportOptions } from './common';
import { csvField } from './escape';

export const CSV_COLUMNS = [
  'id',
  'report',
  'ref',
  'title',
  'severity',
  'severity_text',
  'status',
  'blocks_deployment',
  'phase',
  'category',
  'rule_id',
  'path',
  'line',
  'effort_min_hours',
  'effort_max_hours',
  'effort_source',
  'plan_step',
  'plan_position',
  'depends_on',
  'notes',
  'fingerprint',
  'assignee',
  'due_date',
  'due_by',
] as const;

/** Header + one row per finding (all statuses), in plan order first, then the rest in id order. */
export function toCsv(snapshot: ProjectSnapshot, options: ExportOptions = {}): string {
  const plan = resolvePlan(snapshot, options);
  const L = lookup(snapshot, plan);
  const deps = new Map<number, number[]>();
  for (const d of snapshot.dependencies) deps.set(d.findingId, [...(deps.get(d.findingId) ?? []), d.dependsOnId]);
  const rows: string[] = [CSV_COLUMNS.join(',')];
  const ordered = [...snapshot.findings].sort((a, b) => {
    const pa = L.planPos.get(a.id)?.position ?? Infinity;
    const pb = L.planPos.get(b.id)?.position ?? Infinity;
    return pa !== pb ? pa - pb : a.id - b.id;
  });
  for (const f of ordered) {
    const e = L.efforts.get(f.id)!;
    const pos = L.planPos.get(f.id);
    const loc = f.locations[0];
    const dependsOn = (deps.get(f.id) ?? []).map((id) => {
      const g = L.byId.get(id);
      return g ? findingLabel(g) : `#${id}`;
    });
    const cells = [
      f.id,
      L.reportName.get(f.reportId) ?? '',
      f.ref,
      f.title,
      f.severity ?? '',
      f.severityText,
      f.status,
      f.blocksDeployment === null ? '' : f.blocksDeployment ? 'yes' : 'no',
      f.phase,
      f.category,
      f.ruleId,
      loc?.path ?? '',
      loc?.startLine ?? null,
      e.minHours,
      e.maxHours,
      e.source,
      pos ? `${pos.step}. ${pos.title}` : '',
      pos?.position ?? null,
      dependsOn.join('; '),
      f.notes,
      f.fingerprint,
      f.assignee ?? '',
      f.dueAt ?? '',
      f.dueAt ? (f.dueManual ? 'hand' : 'sla') : '',
    ];
    rows.push(cells.map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
