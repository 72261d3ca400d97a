// ProjectSnapshot → fresh rows in ONE transaction, every id remapped (reports, findings, checklists,
// items). Target: a new project (named after the snapshot's, made unique) or an existing empty one.
import { createHash, randomUUID } from 'node:crypto';
import { ftsIndexReport } from '../../db/fts';
import { duplicateRepository } from '../../db/repositories/duplicate-repository';
import { eventRepository } from '../../db/repositories/event-repository';
import { dependencyRepository, findingRepository } from '../../db/repositories/finding-repository';
import { reportRepository } from '../../db/repositories/report-repository';
import { checklistRepository } from '../../db/repositories/checklist-repository';
import { planRepository } from '../../db/repositories/plan-repository';
import { projectRepository } from '../../db/repositories/project-repository';
import { settingsRepository } from '../../db/repositories/settings-repository';
import type { Project } from '../../shared/api';
import type { ProjectSnapshot } from '../../shared/snapshot';
import { insertLocations, reportColumns, storeFixOrder } from '../ingest/store';
import { insertRule } from '../ingest/rule-store';
import { ruleRepository } from '../../db/repositories/rule-repository';
import { CoreError, type CoreContext } from './context';
import { createProject, requireProject } from './handlers/projects';
import { fromBool } from './mappers';
import { PLAN_SETTINGS_KEY } from './snapshot';
import { cleanSla, SLA_KEY } from '../../shared/assignment';

export interface ImportResult {
  project: Project;
  reports: number;
  findings: number;
  checklists: number;
}

function uniqueName(ctx: CoreContext, name: string): string {
  const repo = projectRepository(ctx.db);
  const base = name.trim().slice(0, 180) || 'Imported project';
  if (!ctx.runner.first(repo.byName(base))) return base;
  for (let n = 1; ; n++) {
    const candidate = `${base} (imported${n === 1 ? '' : ` ${n}`})`;
    if (!ctx.runner.first(repo.byName(candidate))) return candidate;
  }
}

export function importSnapshot(ctx: CoreContext, snapshot: ProjectSnapshot, intoProjectId?: number): ImportResult {
  const { db, runner } = ctx;
  return runner.tx(() => {
    let project: Project;
    if (intoProjectId !== undefined) {
      project = requireProject(ctx, intoProjectId);
      const used =
        runner.first(db.selectFrom('reports').select('id').where('project_id', '=', intoProjectId).limit(1)) ??
        runner.first(db.selectFrom('checklists').select('id').where('project_id', '=', intoProjectId).limit(1));
      if (used) throw new CoreError('conflict', `project "${project.name}" is not empty: import into a new project instead`);
    } else {
      project = createProject(ctx, uniqueName(ctx, snapshot.project.name));
    }
    const projectId = project.id;
    const now = ctx.now();

    const reportIds = new Map<number, number>();
    for (const r of snapshot.reports) {
      const sha256 = createHash('sha256').update(`punchlist-import\u0000${r.sourcePath}\u0000${r.id}\u0000${randomUUID()}`).digest('hex');
      const newId = runner.run(
        reportRepository(db).insert({ project_id: projectId, source_path: r.sourcePath, sha256, format: String(r.format), ...reportColumns(r, [], now) }),
      ).lastId;
      reportIds.set(r.id, newId);
      storeFixOrder(ctx, newId, r);
      if (typeof r.text === 'string') runner.run(ruleRepository(db).setText(newId, r.text));
    }

    const findingIds = new Map<number, number>();
    const mapFinding = (id: number): number => {
      const v = findingIds.get(id);
      if (v === undefined) throw new CoreError('invalid_input', `the export refers to finding ${id}, which it does not contain`);
      return v;
    };
    for (const f of snapshot.findings) {
      const reportId = reportIds.get(f.reportId);
      if (reportId === undefined) throw new CoreError('invalid_input', `finding ${f.id} refers to report ${f.reportId}, which the export does not contain`);
      const newId = runner.run(
        findingRepository(db).insert({
          project_id: projectId,
          report_id: reportId,
          ref: f.ref,
          title: f.title,
          severity: f.severity,
          severity_text: f.severityText,
          status: f.status,
          phase: f.phase,
          category: f.category,
          rule_id: f.ruleId,
          fingerprint: f.fingerprint,
          blocks_deployment: fromBool(f.blocksDeployment),
          effort_min_hours: f.effortMinHours,
          effort_max_hours: f.effortMaxHours,
          effort_source: f.effortSource,
          effort_text: null,
          body: f.body,
          notes: f.notes,
          duplicate_of: null,
          baseline_state: f.baselineState,
          suppression: f.suppression ? JSON.stringify(f.suppression) : null,
          status_reason: f.statusReason,
          tool_fingerprints: f.toolFingerprints ? JSON.stringify(f.toolFingerprints) : null,
          // issue 18: the SLA keeps counting from when it was first seen; a due date by hand comes along
          created_at: f.firstSeen ?? now,
          updated_at: now,
          assignee: f.assignee ?? null,
          due_at: f.dueManual && f.dueAt ? f.dueAt : null,
        }),
      ).lastId;
      findingIds.set(f.id, newId);
      insertLocations(ctx, newId, f.locations);
      // issue 15: its history (corrections with their rule) and "not in latest report" mark come along;
      // history rows belong to no project's undo stack (project_id NULL): they are what happened before
      for (const e of f.history ?? []) {
        runner.run(
          eventRepository(db).insert({
            at: e.at, actor: e.actor, project_id: null, entity: 'finding', entity_id: newId, action: e.action, field: e.field,
            old_value: JSON.stringify(e.oldValue ?? null), new_value: JSON.stringify(e.newValue ?? null), batch_id: 'imported', reason: e.reason,
          }),
        );
      }
      if (f.notInLatestSince) {
        runner.run(duplicateRepository(db).markAbsent({ finding_id: newId, project_id: projectId, report_id: reportId, version_id: null, since: f.notInLatestSince }));
      }
    }
    for (const f of snapshot.findings) {
      if (f.duplicateOf === null) continue;
      runner.run(findingRepository(db).linkDuplicate(mapFinding(f.id), mapFinding(f.duplicateOf)));
    }
    const seenDeps = new Set<string>();
    for (const d of snapshot.dependencies) {
      const a = mapFinding(d.findingId);
      const b = mapFinding(d.dependsOnId);
      const k = `${a}>${b}`;
      if (a === b || seenDeps.has(k)) continue;
      seenDeps.add(k);
      runner.run(dependencyRepository(db).insert(a, b));
    }

    const lists = checklistRepository(db);
    snapshot.checklists.forEach((c, ci) => {
      const listId = runner.run(
        lists.insert({
          project_id: projectId,
          report_id: c.reportId === null ? null : (reportIds.get(c.reportId) ?? null),
          title: c.title,
          gate: c.gate ? 1 : 0,
          ordinal: ci,
        }),
      ).lastId;
      c.items.forEach((it, ii) => {
        const itemId = runner.run(
          lists.insertItem({ checklist_id: listId, text: it.text, checked: it.checked ? 1 : 0, manual: it.manual ? 1 : 0, ordinal: ii }),
        ).lastId;
        for (const fid of new Set(it.findingIds)) runner.run(lists.link(itemId, mapFinding(fid)));
      });
    });

    if (snapshot.planSteps && snapshot.planSteps.length > 0) writeManualSteps(ctx, projectId, snapshot.planSteps.map((s) => ({ title: s.title, findingIds: s.findingIds.map(mapFinding) })));
    runner.run(settingsRepository(db).set(projectId, PLAN_SETTINGS_KEY, JSON.stringify(snapshot.settings)));
    if (snapshot.sla && Object.keys(snapshot.sla).length) runner.run(settingsRepository(db).set(projectId, SLA_KEY, JSON.stringify(cleanSla(snapshot.sla))));

    for (const r of snapshot.rules ?? []) insertRule(ctx, projectId, { ...r, familyLabel: r.familyLabel ?? null });
    for (const id of reportIds.values()) ftsIndexReport(runner, id);
    runner.run(
      eventRepository(db).insert({
        at: now,
        actor: ctx.actor,
        project_id: projectId,
        entity: 'project',
        entity_id: projectId,
        action: 'import',
        field: null,
        old_value: null,
        new_value: JSON.stringify({ reports: reportIds.size, findings: findingIds.size, checklists: snapshot.checklists.length }),
        batch_id: randomUUID(),
      }),
    );
    return { project, reports: reportIds.size, findings: findingIds.size, checklists: snapshot.checklists.length };
  });
}

/** Replaces the project's manual plan order (call inside a transaction). */
export function writeManualSteps(ctx: CoreContext, projectId: number, steps: Array<{ title: string; findingIds: number[] }>): void {
  const repo = planRepository(ctx.db);
  ctx.runner.run(repo.clear(projectId));
  steps.forEach((s, k) => {
    const stepId = ctx.runner.run(repo.insertStep(projectId, k, s.title)).lastId;
    const seen = new Set<number>();
    s.findingIds.forEach((fid, i) => {
      if (seen.has(fid)) return;
      seen.add(fid);
      ctx.runner.run(repo.insertStepFinding(stepId, fid, i));
    });
  });
}
