// Compares a ParsedReport with a hand-written expectation file (tests/fixtures/markdown/*.expected.json).
import type { ParsedFinding, ParsedReport } from '../../shared/types';

export interface ExpectedFinding {
  title: string;
  titleMatch?: 'exact' | 'prefix';
  ref?: string;
  severity?: string | null | string[];
  status?: string[];
  path?: string;
  line?: number;
  phase?: string;
  effortHours?: [number, number];
  dependsOn?: string[];
}

export interface Expected {
  source: string;
  findingCount?: number;
  title?: string;
  date?: string;
  repairs?: string[];
  findings: ExpectedFinding[];
  notFindings?: string[];
  claims?: Record<string, number>;
  checklists?: { title: string; items: number; checked: number; gate: boolean }[];
  mustContain?: string[];
  /** blocksDeployment by finding title */
  blocks?: Record<string, boolean | null>;
}

export const norm = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function findTitle(found: ParsedFinding[], e: ExpectedFinding): ParsedFinding | undefined {
  const t = norm(e.title);
  return found.find((f) => (e.titleMatch === 'prefix' ? norm(f.title).startsWith(t) : norm(f.title) === t));
}

/** Every mismatch, as a readable line; [] when the report meets the expectation. */
export function compare(rep: ParsedReport, exp: Expected): string[] {
  const errs: string[] = [];
  const found = rep.findings;
  if (exp.findingCount !== undefined && found.length !== exp.findingCount)
    errs.push(`expected ${exp.findingCount} findings, got ${found.length}: ${found.map((f) => f.title).join(' | ')}`);
  for (const e of exp.findings) {
    const f = findTitle(found, e);
    if (!f) {
      errs.push(`missing finding "${e.title}"`);
      continue;
    }
    if (!f.title.trim()) errs.push(`"${e.title}" has an empty title`);
    if ('severity' in e) {
      const ok = Array.isArray(e.severity) ? e.severity.includes(String(f.severity)) : f.severity === e.severity;
      if (!ok) errs.push(`"${e.title}" severity ${f.severity} != ${JSON.stringify(e.severity)}`);
    }
    if (e.status && !e.status.includes(f.status)) errs.push(`"${e.title}" status ${f.status} not in ${e.status}`);
    if (e.ref) {
      const a = norm(f.ref);
      const b = norm(e.ref);
      if (!(a === b || a.endsWith(' ' + b) || b.endsWith(' ' + a))) errs.push(`"${e.title}" ref ${f.ref} != ${e.ref}`);
    }
    if (e.path) {
      const loc = f.locations[0];
      if (!loc || !loc.path.replace(/\/+$/, '').endsWith(e.path.replace(/\/+$/, '')))
        errs.push(`"${e.title}" first path ${loc?.path} !~ ${e.path}`);
      else if (e.line !== undefined && loc.startLine !== e.line) errs.push(`"${e.title}" first line ${loc.startLine} != ${e.line}`);
    }
    if (e.phase && !norm(f.phase).includes(norm(e.phase))) errs.push(`"${e.title}" phase ${f.phase} !~ ${e.phase}`);
    if (e.effortHours && (f.effort?.minHours !== e.effortHours[0] || f.effort?.maxHours !== e.effortHours[1]))
      errs.push(`"${e.title}" effort ${f.effort?.minHours}-${f.effort?.maxHours} != ${e.effortHours.join('-')}`);
    for (const d of e.dependsOn ?? []) if (!f.dependsOn.map(norm).includes(norm(d))) errs.push(`"${e.title}" should depend on ${d}`);
  }
  const forbidden = new Set((exp.notFindings ?? []).map(norm));
  for (const f of found) if (forbidden.has(norm(f.title))) errs.push(`section heading taken for a finding: "${f.title}"`);
  for (const f of found) if (!f.title.trim()) errs.push('finding with an empty title');
  if (exp.title !== undefined && rep.report.title !== exp.title) errs.push(`title ${rep.report.title} != ${exp.title}`);
  if (exp.date !== undefined && rep.report.date !== exp.date) errs.push(`date ${rep.report.date} != ${exp.date}`);
  if (exp.repairs !== undefined && JSON.stringify(rep.report.repairs) !== JSON.stringify(exp.repairs))
    errs.push(`repairs ${JSON.stringify(rep.report.repairs)} != ${JSON.stringify(exp.repairs)}`);
  for (const [k, v] of Object.entries(exp.claims ?? {})) {
    const got = (rep.report.claims as Record<string, number> | null)?.[k];
    if (got !== v) errs.push(`claims.${k} ${got} != ${v}`);
  }
  for (const c of exp.checklists ?? []) {
    const cl = rep.checklists.find((x) => norm(x.title).includes(norm(c.title)));
    if (!cl) {
      errs.push(`missing checklist "${c.title}"`);
      continue;
    }
    if (cl.items.length !== c.items) errs.push(`checklist "${c.title}" has ${cl.items.length} items, expected ${c.items}`);
    if (cl.items.filter((i) => i.checked).length !== c.checked) errs.push(`checklist "${c.title}" checked count != ${c.checked}`);
    if (cl.gate !== c.gate) errs.push(`checklist "${c.title}" gate ${cl.gate} != ${c.gate}`);
  }
  for (const [title, b] of Object.entries(exp.blocks ?? {})) {
    const f = found.find((x) => norm(x.title) === norm(title));
    if (f && f.blocksDeployment !== b) errs.push(`"${title}" blocksDeployment ${f.blocksDeployment} != ${b}`);
  }
  const json = JSON.stringify(rep);
  for (const s of exp.mustContain ?? []) if (!json.includes(s)) errs.push(`output lacks ${JSON.stringify(s)}`);
  return errs;
}
