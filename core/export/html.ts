// toHtml: a standalone, print-friendly HTML page of the plan (the app prints it to PDF).
// No scripts, inline CSS only, a CSP that forbids everything else; every text is HTML-escaped, and
// invisible or bidirectional characters in it are shown as marked <U+XXXX> escapes.
import { autoTick, gateStatus } from '../../shared/plan';
import { isOpen, type ProjectSnapshot } from '../../shared/snapshot';
import { exportedAt, findingLabel, locationText, lookup, resolvePlan, STATUS_LABEL, type ExportOptions } from './common';
import { revealHiddenChars } from '../../shared/hidden-chars';
import { escapeHtml, formatHours, htmlText } from './escape';

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const CSS = `
body{font:14px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d1d1f;margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.6rem 0 .4rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
h3{font-size:1rem;margin:1rem 0 .3rem}.meta{color:#555}.verdict{padding:.5rem .75rem;border-radius:4px;font-weight:600}
.ready{background:#e6f4ea;border:1px solid #8bc79b}.notready{background:#fdecea;border:1px solid #e5a29b}
ul.items{list-style:none;padding-left:0;margin:.3rem 0}ul.items li{padding:.25rem 0;border-bottom:1px dotted #ddd;page-break-inside:avoid;break-inside:avoid}
.box{font-family:monospace;margin-right:.4rem}.sev{display:inline-block;min-width:4.5rem;font-size:.75rem;font-weight:700;text-transform:uppercase}
.critical{color:#a50e0e}.high{color:#c5221f}.medium{color:#b06000}.low{color:#1a73e8}.info,.unrated{color:#5f6368}
.ref{font-weight:600;margin-right:.3rem}.loc{font-family:monospace;font-size:.85em;color:#444;word-break:break-all}
.detail{color:#555;font-size:.85em}.effort{white-space:nowrap}.warn{color:#a50e0e}
.hidden-char{font-family:monospace;font-size:.8em;color:#7a4100;background:#fff3cd;border:1px dashed #b06000;border-radius:3px;padding:0 .15em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{page-break-after:avoid;break-after:avoid}a{color:inherit;text-decoration:none}}
`;

/** report text in the body: escaped, hidden characters shown as marked escapes */
const e = htmlText;

const CHARTS_CSS = 'figure.chart{margin:1rem 0;page-break-inside:avoid;break-inside:avoid}figure.chart svg{max-width:100%;height:auto}figcaption{font-weight:600}';

/**
 * `chartsHtml`: the Insights section (static SVG charts, issue 9), placed before the deployment gate.
 * toHtmlWithCharts (./charts) renders it; export.render's html always has it.
 */
export function toHtml(snapshot: ProjectSnapshot, options: ExportOptions & { chartsHtml?: string } = {}): string {
  const plan = resolvePlan(snapshot, options);
  const L = lookup(snapshot, plan);
  const gate = gateStatus(snapshot);
  const name = (id: number) => {
    const f = L.byId.get(id);
    return e(f ? findingLabel(f) : `#${id}`);
  };
  const openCount = snapshot.findings.filter((f) => isOpen(f.status)).length;
  const h: string[] = [];
  h.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>Fix plan: ${escapeHtml(revealHiddenChars(snapshot.project.name))}</title>`,
    `<style>${CSS}${options.chartsHtml ? CHARTS_CSS : ''}</style>`,
    '</head>',
    '<body>',
    `<h1>Fix plan: ${e(snapshot.project.name)}</h1>`,
    `<p class="meta">Exported by Punchlist on ${e(exportedAt(options))}. ${openCount} open of ${snapshot.findings.length} findings; total effort <strong>${e(formatHours(plan.totals))}</strong>.</p>`,
    `<p class="meta">Order: ${e(plan.rule)}</p>`,
    // the status at a glance first, then the gate's details and the plan
    ...(options.chartsHtml ? [options.chartsHtml] : []),
    '<h2>Deployment gate</h2>',
    `<p class="verdict ${gate.ready ? 'ready' : 'notready'}">${e(gate.verdict)}</p>`,
  );
  if (gate.openBlockingFindings.length + gate.openCriticalFindings.length + gate.openGateItems.length > 0) {
    h.push('<ul class="items">');
    for (const b of gate.openBlockingFindings)
      h.push(`<li><span class="box">&#9744;</span>Blocker <span class="ref">${e(b.ref ?? `#${b.id}`)}</span>${e(b.title)}</li>`);
    for (const c of gate.openCriticalFindings)
      h.push(`<li><span class="box">&#9744;</span>Critical <span class="ref">${e(c.ref ?? `#${c.id}`)}</span>${e(c.title)}</li>`);
    for (const g of gate.openGateItems) h.push(`<li><span class="box">&#9744;</span>${e(g.checklistTitle)}: ${e(g.text)}</li>`);
    h.push('</ul>');
  }
  plan.steps.forEach((step, k) => {
    h.push(`<h2>Step ${k + 1}: ${e(step.title)} <span class="effort">(${e(formatHours(step.effort))})</span></h2>`);
    if (step.statedEffort) h.push(`<p class="detail">The report estimates ${e(formatHours(step.statedEffort))} for this step.</p>`);
    h.push('<ul class="items">');
    for (const it of step.items) {
      const f = L.byId.get(it.findingId);
      const sev = it.severity ?? 'unrated';
      const loc = locationText(f?.locations[0]);
      const details = [`${formatHours(it.effort)} (${it.effort.source})`];
      if (it.blocksDeployment) details.push('blocks deployment');
      if (it.status === 'in_progress') details.push('in progress');
      if (it.inCycle) details.push('in a dependency cycle');
      h.push(
        `<li><span class="box">&#9744;</span><span class="sev ${sev}">${sev}</span>` +
          `${it.ref ? `<span class="ref">${e(it.ref)}</span>` : ''}${e(it.title)}` +
          `${loc ? ` <span class="loc">${e(loc)}</span>` : ''}` +
          `<div class="detail">${e(details.join(' · '))}${it.dependsOn.length > 0 ? ` · after ${it.dependsOn.map(name).join(', ')}` : ''}</div></li>`,
      );
    }
    for (const u of step.unlinked ?? [])
      h.push(`<li><span class="box">${u.done ? '&#9745;' : '&#9744;'}</span>${e(u.text)} <span class="detail">(not linked to a finding)</span></li>`);
    if (step.items.length === 0 && (step.unlinked ?? []).length === 0) h.push('<li class="detail">Nothing open in this step.</li>');
    h.push('</ul>');
  });
  const closed = snapshot.findings.filter((f) => !isOpen(f.status));
  if (closed.length > 0) {
    h.push('<h2>Closed</h2>', '<ul class="items">');
    for (const f of closed) {
      const sev = f.severity ?? 'unrated';
      const loc = locationText(f.locations[0]);
      h.push(
        `<li><span class="box">&#9745;</span><span class="sev ${sev}">${sev}</span>${f.ref ? `<span class="ref">${e(f.ref)}</span>` : ''}` +
          `${e(f.title)}${loc ? ` <span class="loc">${e(loc)}</span>` : ''} <span class="detail">${e(STATUS_LABEL[f.status])}</span></li>`,
      );
    }
    h.push('</ul>');
  }
  if (snapshot.checklists.length > 0) {
    h.push('<h2>Checklists</h2>');
    for (const c of snapshot.checklists) {
      h.push(`<h3>${e(c.title)}${c.gate ? ' (deployment gate)' : ''}</h3>`, '<ul class="items">');
      for (const it of autoTick(c.items, snapshot.findings)) {
        const links = it.findingIds.length > 0 ? ` <span class="detail">(verifies ${it.findingIds.map(name).join(', ')})</span>` : '';
        h.push(`<li><span class="box">${it.checked ? '&#9745;' : '&#9744;'}</span>${e(it.text)}${links}</li>`);
      }
      h.push('</ul>');
    }
  }
  if (plan.criticalPath.findingIds.length > 1) {
    h.push(
      '<h2>Critical path</h2>',
      `<p>${plan.criticalPath.findingIds.map(name).join(' &rarr; ')} (${e(formatHours(plan.criticalPath))})</p>`,
    );
  }
  if (plan.warnings.length > 0) {
    h.push('<h2>Warnings</h2>', '<ul>');
    for (const w of plan.warnings) h.push(`<li class="warn">${e(w)}</li>`);
    h.push('</ul>');
  }
  h.push('</body>', '</html>', '');
  return h.join('\n');
}
