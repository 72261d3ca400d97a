// punchlist plan: the fix-order plan of a project (database) or straight from report files.
import { readReportFile } from '../../ingest/files';
import { parseReportBytes } from '../../ingest/index';
import { resolveDbPath } from '../../paths';
import { openCoreAsync } from '../../service';
import { planFor, planView, type PlanSource } from '../../service/handlers/plan';
import { gateStatus, type GateStatus, type Plan } from '../../../shared/plan';
import { snapshotFromParsed } from '../../../shared/snapshot';
import type { PlanView } from '../../../shared/api';
import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveProject, unwrap } from '../project';

export const PLAN_HELP = `Usage: punchlist plan [--db PATH] [--project NAME] [--source generated|report|current] [--report ID] [--json]
       punchlist plan FILE… [--source generated|report] [--json]

Prints the fix-order plan: steps of open findings with effort ranges (min-max hours and where each
came from), step and plan totals, the critical path through dependencies, dependency cycles and
the deployment gate verdict.
With FILE arguments the reports are parsed and planned directly (no database is touched).

Options:
  --source S        current (default: the saved manual order, else generated), generated, or
                    report (a report's own "Recommended Fix Order")
  --report ID       with --source report: which report (default: the first with a fix order)
  --db PATH         database file (default: $PUNCHLIST_DB, else the app's data folder)
  --project NAME    project (default: "Default", else the first project)
  --json            print {plan, manual, fixOrderReports, settings, gate} as JSON
  -h, --help        this help
`;

const h = (n: number) => String(Math.round(n * 100) / 100);
const range = (r: { minHours: number; maxHours: number }) => (r.minHours === r.maxHours ? `${h(r.minHours)} h` : `${h(r.minHours)}-${h(r.maxHours)} h`);

export function planText(plan: Plan, gate: GateStatus): string {
  const lines: string[] = [];
  const count = plan.steps.reduce((n, s) => n + s.items.length, 0);
  const names = new Map<number, string>();
  for (const s of plan.steps) for (const it of s.items) names.set(it.findingId, it.ref ?? `#${it.findingId}`);
  lines.push(`Plan (${plan.kind}): ${count} open finding${count === 1 ? '' : 's'} in ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}, total ${range(plan.totals)}`);
  lines.push(`Rule: ${plan.rule}`, '');
  plan.steps.forEach((s, k) => {
    const stated = s.statedEffort ? `; the report says ${range(s.statedEffort)}` : '';
    lines.push(`Step ${k + 1}: ${s.title} (${range(s.effort)}${stated})`);
    s.items.forEach((it, i) => {
      const flags = [it.blocksDeployment ? 'blocks deployment' : null, it.inCycle ? 'in a cycle' : null, plan.criticalPath.findingIds.includes(it.findingId) ? 'critical path' : null]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${String(i + 1).padStart(3)}. ${(it.ref ?? `#${it.findingId}`).padEnd(10)} ${(it.severity ?? 'unrated').padEnd(8)} ${it.title}  [${range(it.effort)} ${it.effort.source}]${flags ? ` (${flags})` : ''}`,
      );
    });
    for (const u of s.unlinked ?? []) lines.push(`       - ${u.done ? '[x]' : '[ ]'} ${u.text} (names no finding)`);
  });
  const cp = plan.criticalPath;
  lines.push('', `Critical path: ${cp.findingIds.length ? cp.findingIds.map((id) => names.get(id) ?? `#${id}`).join(' -> ') : '(none)'} (${range(cp)})`);
  for (const c of plan.cycles) lines.push(`Cycle: ${c.path.map((id) => names.get(id) ?? `#${id}`).join(' -> ')}`);
  if (plan.warnings.length) lines.push('', 'Warnings:', ...plan.warnings.map((w) => `  ${w}`));
  lines.push('', `Ready to deploy? ${gate.verdict}`);
  for (const f of gate.openBlockingFindings) lines.push(`  blocking: ${f.ref ?? `#${f.id}`} ${f.title}`);
  for (const i of gate.openGateItems) lines.push(`  gate item: [${i.checklistTitle}] ${i.text}`);
  return lines.join('\n');
}

export async function planCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'plan',
    args,
    { db: { type: 'string' }, project: { type: 'string' }, source: { type: 'string' }, report: { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  if (values.help) {
    io.out(PLAN_HELP);
    return EXIT_OK;
  }
  const source = (values.source ?? 'current') as PlanSource;
  if (!['generated', 'report', 'current'].includes(source)) throw new UsageError(`plan: --source must be generated, report or current, not '${source}'`);
  let reportId: number | undefined;
  if (values.report !== undefined) {
    reportId = Number(values.report);
    if (!Number.isInteger(reportId) || reportId <= 0) throw new UsageError('plan: --report must be a report id (a positive whole number)');
  }
  let view: PlanView;
  let gate: GateStatus;
  if (positionals.length > 0) {
    if (values.db !== undefined || values.project !== undefined) throw new UsageError('plan: FILE arguments plan without a database; drop --db/--project');
    const parsed = positionals.map((f) => parseReportBytes(readReportFile(f), f));
    const snapshot = snapshotFromParsed(parsed, { sourcePaths: positionals, projectName: 'Reports' });
    view = planView(snapshot, planFor(snapshot, source, reportId));
    gate = gateStatus(snapshot);
  } else {
    const core = await openCoreAsync({ dbPath: resolveDbPath({ argDb: values.db, env: io.env }), actor: 'cli' });
    try {
      const project = await resolveProject(core, values.project, false);
      view = unwrap(await core.call('plan.get', { projectId: project.id, source, reportId }));
      gate = unwrap(await core.call('gate.status', { projectId: project.id }));
    } finally {
      core.close();
    }
  }
  io.out(values.json ? JSON.stringify({ ...view, gate }, null, 2) : planText(view.plan, gate));
  return EXIT_OK;
}
