// toMarkdown: the fix plan as a Markdown checklist, safe to paste into an issue or a wiki.
import { autoTick, gateStatus } from '../../shared/plan';
import { isOpen, type ProjectSnapshot } from '../../shared/snapshot';
import { exportedAt, findingLabel, locationText, lookup, resolvePlan, STATUS_LABEL, type ExportOptions } from './common';
import { formatHours, mdInline } from './escape';

/**
 * Sections: header with totals, deployment gate verdict, one "## Step N" per plan step (each open
 * finding as "- [ ]", with severity, ref, location, effort and what it waits for), closed findings
 * as "- [x]", checklists, critical path, warnings. Every piece of report text goes through mdInline.
 */
export function toMarkdown(snapshot: ProjectSnapshot, options: ExportOptions = {}): string {
  const plan = resolvePlan(snapshot, options);
  const L = lookup(snapshot, plan);
  const gate = gateStatus(snapshot);
  const out: string[] = [];
  const openCount = snapshot.findings.filter((f) => isOpen(f.status)).length;
  const name = (id: number) => {
    const f = L.byId.get(id);
    return f ? mdInline(findingLabel(f)) : `#${id}`;
  };

  out.push(`# Fix plan: ${mdInline(snapshot.project.name)}`, '');
  out.push(
    `Exported by Punchlist on ${mdInline(exportedAt(options))}. ${openCount} open of ${snapshot.findings.length} findings; ` +
      `total effort **${formatHours(plan.totals)}**.`,
    '',
  );
  out.push(`Order: ${mdInline(plan.rule)}`, '');

  out.push('## Deployment gate', '', `**${mdInline(gate.verdict)}**`, '');
  for (const b of gate.openBlockingFindings) out.push(`- [ ] Blocker ${mdInline(b.ref ?? `#${b.id}`)}: ${mdInline(b.title)}`);
  for (const c of gate.openCriticalFindings) out.push(`- [ ] Critical ${mdInline(c.ref ?? `#${c.id}`)}: ${mdInline(c.title)}`);
  for (const g of gate.openGateItems) out.push(`- [ ] ${mdInline(g.checklistTitle)}: ${mdInline(g.text)}`);
  if (gate.openBlockingFindings.length + gate.openCriticalFindings.length + gate.openGateItems.length > 0) out.push('');

  plan.steps.forEach((step, k) => {
    out.push(`## Step ${k + 1}: ${mdInline(step.title)} (${formatHours(step.effort)})`, '');
    if (step.statedEffort) out.push(`_The report estimates ${formatHours(step.statedEffort)} for this step._`, '');
    for (const it of step.items) {
      const f = L.byId.get(it.findingId);
      const parts = [`**${it.severity ?? 'unrated'}**`];
      if (it.ref) parts.push(mdInline(it.ref));
      parts.push(mdInline(it.title));
      const loc = locationText(f?.locations[0]);
      if (loc) parts.push(`at ${mdInline(loc)}`);
      parts.push(`${formatHours(it.effort)} (${it.effort.source})`);
      if (it.blocksDeployment) parts.push('blocks deployment');
      if (it.status === 'in_progress') parts.push('in progress');
      if (it.dependsOn.length > 0) parts.push(`after ${it.dependsOn.map(name).join(', ')}`);
      if (it.inCycle) parts.push('in a dependency cycle');
      out.push(`- [ ] ${parts.join(' · ')}`);
    }
    for (const u of step.unlinked ?? []) out.push(`- [${u.done ? 'x' : ' '}] ${mdInline(u.text)} _(not linked to a finding)_`);
    if (step.items.length === 0 && (step.unlinked ?? []).length === 0) out.push('_Nothing open in this step._');
    out.push('');
  });

  const closed = snapshot.findings.filter((f) => !isOpen(f.status));
  if (closed.length > 0) {
    out.push('## Closed', '');
    for (const f of closed) {
      const loc = locationText(f.locations[0]);
      out.push(
        `- [x] **${f.severity ?? 'unrated'}** ${f.ref ? `${mdInline(f.ref)} · ` : ''}${mdInline(f.title)}` +
          `${loc ? ` · at ${mdInline(loc)}` : ''} · ${STATUS_LABEL[f.status]}`,
      );
    }
    out.push('');
  }

  if (snapshot.checklists.length > 0) {
    out.push('## Checklists', '');
    for (const c of snapshot.checklists) {
      out.push(`### ${mdInline(c.title)}${c.gate ? ' (deployment gate)' : ''}`, '');
      for (const it of autoTick(c.items, snapshot.findings)) {
        const links = it.findingIds.length > 0 ? ` _(verifies ${it.findingIds.map(name).join(', ')})_` : '';
        out.push(`- [${it.checked ? 'x' : ' '}] ${mdInline(it.text)}${links}`);
      }
      out.push('');
    }
  }

  if (plan.criticalPath.findingIds.length > 1) {
    out.push(
      '## Critical path',
      '',
      `${plan.criticalPath.findingIds.map(name).join(' → ')} (${formatHours(plan.criticalPath)})`,
      '',
    );
  }
  if (plan.warnings.length > 0) {
    out.push('## Warnings', '');
    for (const w of plan.warnings) out.push(`- ${mdInline(w)}`);
    out.push('');
  }
  return out.join('\n');
}
