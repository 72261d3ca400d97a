import { z } from 'zod';
import { SEVERITIES } from '../types';
import type { ExportFile, JsonImportResult, PlanView } from '../api';
import type { InsightsFigures } from '../insights';
import type { GateStatus } from '../plan';
import type { PlanSettings, SnapshotChecklist } from '../snapshot';
import { byProject, id, out } from './parts';

const ranked = z.enum([...SEVERITIES, 'unrated']);
const hours = z.number().min(0).max(100_000);
const title = z.string().trim().min(1).max(2000);
const itemText = z.string().trim().min(1).max(10_000);
/** what a plan is made of */
const PLAN_READS = ['findings', 'dependencies', 'plan', 'reports'] as const;
const CHECKLIST_READS = ['checklists', 'findings'] as const;

export const planMethods = {
  /** the plan: 'current' = the manual order when saved, else generated; 'report' = a report's own fix order */
  'plan.get': {
    input: z.object({ projectId: id, source: z.enum(['generated', 'report', 'current']).default('current'), reportId: id.optional() }).strict(),
    output: out<PlanView>(),
    scope: 'project',
    reads: PLAN_READS,
  },
  /** save the user's order (drag between steps, reorder); it survives re-planning until plan.reset */
  'plan.setManual': {
    input: z
      .object({ projectId: id, steps: z.array(z.object({ title, findingIds: z.array(id).max(1_000_000) })).max(10_000) })
      .strict(),
    output: out<PlanView>(),
    scope: 'project',
    writes: ['plan'],
  },
  'plan.reset': { input: byProject, output: out<PlanView>(), scope: 'project', writes: ['plan'] },
  'plan.settings.get': { input: byProject, output: out<PlanSettings>(), scope: 'project', reads: ['plan'] },
  /** effort defaults per severity ([min, max] hours) and severity weights; partial, merged over the defaults */
  'plan.settings.set': {
    input: z
      .object({
        projectId: id,
        settings: z
          .object({
            effortDefaults: z.partialRecord(ranked, z.tuple([hours, hours])).optional(),
            severityWeights: z.partialRecord(ranked, z.number().min(0).max(1_000_000)).optional(),
          })
          .strict(),
      })
      .strict(),
    output: out<PlanSettings>(),
    scope: 'project',
    writes: ['plan', 'settings'],
  },
  'gate.status': { input: byProject, output: out<GateStatus>(), scope: 'project', reads: CHECKLIST_READS },
  /** every figure of the Insights view in one call; `now` (ISO) ends the burndown (default: the core's clock) */
  'insights.get': {
    input: z.object({ projectId: id, now: z.string().datetime({ offset: true }).optional() }).strict(),
    output: out<InsightsFigures>(),
    scope: 'project',
    reads: ['findings', 'reports', 'history', 'plan'],
  },
} as const;

export const checklistMethods = {
  'checklists.list': { input: byProject, output: out<SnapshotChecklist[]>(), scope: 'project', reads: CHECKLIST_READS },
  'checklists.create': {
    input: z.object({ projectId: id, title, gate: z.boolean().optional() }).strict(),
    output: out<SnapshotChecklist>(),
    scope: 'project',
    writes: ['checklists'],
  },
  'checklists.update': { input: z.object({ id, title: title.optional(), gate: z.boolean().optional() }).strict(), output: out<SnapshotChecklist>(), writes: ['checklists'] },
  'checklists.addItem': {
    input: z.object({ checklistId: id, text: itemText, findingIds: z.array(id).max(10_000).optional() }).strict(),
    output: out<SnapshotChecklist>(),
    writes: ['checklists'],
  },
  'checklists.editItem': { input: z.object({ itemId: id, text: itemText }).strict(), output: out<SnapshotChecklist>(), writes: ['checklists'] },
  /** tick (true) / untick (false) by hand, or null: hand the item back to auto-ticking from its findings */
  'checklists.setItem': { input: z.object({ itemId: id, checked: z.boolean().nullable() }).strict(), output: out<SnapshotChecklist>(), writes: ['checklists'] },
  'checklists.removeItem': { input: z.object({ itemId: id }).strict(), output: out<SnapshotChecklist>(), writes: ['checklists'] },
  'checklists.linkFinding': { input: z.object({ itemId: id, findingId: id }).strict(), output: out<SnapshotChecklist>(), writes: ['checklists'] },
  'checklists.unlinkFinding': { input: z.object({ itemId: id, findingId: id }).strict(), output: out<SnapshotChecklist>(), writes: ['checklists'] },
} as const;

export const exportMethods = {
  /** render an export; the renderer saves it as a download, the Electron menu writes a file */
  'export.render': {
    input: z.object({ projectId: id, format: z.enum(['md', 'csv', 'json', 'html', 'sarif']) }).strict(),
    output: out<ExportFile>(),
    scope: 'project',
    job: true,
  },
  /** re-import a Punchlist JSON export (base64 bytes) as a new project, or into an empty project */
  'import.json': {
    input: z.object({ projectId: id.optional(), base64: z.string().max(700_000_000) }).strict(),
    output: out<JsonImportResult>(),
    job: true,
    writes: ['projects', 'reports', 'findings', 'dependencies', 'history', 'checklists', 'plan', 'settings', 'rules'],
  },
} as const;
