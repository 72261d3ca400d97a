// Test data from the team's real reports: ParsedReports built from the goldens (real expectations)
// plus the fix order and checklist read straight from the seed text, and — when the Markdown
// parser module exists — the parser's own output for the same seeds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFinding, ParsedReport, Severity, Status } from '../../shared/types';
import { VENDORED } from '../team';


export const SEED_000 = '000_fc571ca0a1401530';
export const SEED_001 = '001_c521d2f203cdc00c';
export const ALL_SEEDS = [SEED_000, SEED_001, '002_4cbe7d9cd0518e8d', '003_b0db75ce1d4515af', '004_d545436be19f6c08'];

interface GoldenFinding {
  ref?: string;
  title: string;
  severity?: Severity | null;
  status?: Status[];
  path?: string;
  line?: number;
  phase?: string;
  category?: string;
  blocksDeployment?: boolean;
  dependsOn?: string[];
}
interface Golden {
  findings: GoldenFinding[];
  claims?: Record<string, number>;
  effortBySeverity?: Partial<Record<Severity, [number, number]>>;
  checklists?: Array<{ title: string; items: number; checked: number; gate: boolean }>;
  fixOrder?: Array<{ title: string; refs?: string[]; items?: number; done?: number; hours?: [number, number] }>;
}

export function readGolden(seed: string): Golden {
  return JSON.parse(readFileSync(join(VENDORED, 'goldens', `${seed}.golden.json`), 'utf8')) as Golden;
}

export function seedText(seed: string): string {
  return readFileSync(join(VENDORED, 'seeds', `${seed}.txt`), 'utf8');
}

/** "### Phase 1: Make It Start (1 hour)" + numbered items, and "- [ ]" checklists, read from the seed. */
function sectionsFromSeed(seed: string) {
  const lines = seedText(seed).split(/\r?\n/);
  const steps: ParsedReport['fixOrder'] = [];
  const checklists: ParsedReport['checklists'] = [];
  let inFixOrder = false;
  let list: ParsedReport['checklists'][number] | null = null;
  for (const line of lines) {
    const h2 = /^## (.*)$/.exec(line);
    if (h2) {
      inFixOrder = /fix order/i.test(h2[1]);
      list = null;
      if (/checklist/i.test(h2[1])) {
        list = { title: h2[1].trim(), gate: /before deploy/i.test(h2[1]), items: [] };
        checklists.push(list);
      }
      continue;
    }
    const h3 = /^### (?:Phase \d+: )?(.*?)(?: \((\d+(?:\.\d+)?) hours?\))?$/.exec(line);
    if (inFixOrder && h3) {
      const hrs = h3[2] ? Number(h3[2]) : null;
      steps.push({ title: h3[1], effort: hrs === null ? null : { minHours: hrs, maxHours: hrs, text: `${hrs} hours` }, items: [] });
      continue;
    }
    const num = /^\d+\.\s+(.*)$/.exec(line);
    if (inFixOrder && num && steps.length > 0) {
      const done = /✅|âœ…/.test(num[1]);
      steps[steps.length - 1].items.push({ text: num[1].replace(/✅|âœ…/g, '').trim(), done, refs: [] });
      continue;
    }
    const box = /^- \[( |x)\] (.*)$/i.exec(line);
    if (list && box) list.items.push({ text: box[2], checked: box[1] !== ' ' });
  }
  return { steps, checklists };
}

/** A ParsedReport assembled from a golden file (and, for 000, the seed's fix order and checklist). */
export function parsedFromGolden(seed: string): ParsedReport {
  const g = readGolden(seed);
  const findings: ParsedFinding[] = g.findings.map((f) => ({
    ref: f.ref ?? null,
    title: f.title,
    severity: f.severity ?? null,
    severityText: f.severity ?? null,
    status: f.status?.[0] ?? 'open',
    phase: f.phase ?? null,
    category: f.category ?? null,
    locations: f.path ? [{ path: f.path, startLine: f.line ?? null, endLine: f.line ?? null }] : [],
    blocksDeployment: f.blocksDeployment ?? null,
    dependsOn: f.dependsOn ?? [],
    effort: null,
    body: '',
  }));
  const fromSeed = sectionsFromSeed(seed);
  const fixOrder: ParsedReport['fixOrder'] =
    g.fixOrder?.some((s) => s.refs)
      ? g.fixOrder.map((s) => ({
          title: s.title,
          effort: null,
          items: (s.refs ?? []).map((r) => ({ text: `${r} (from golden)`, done: false, refs: [] })),
        }))
      : fromSeed.steps;
  const effortBySeverity = g.effortBySeverity
    ? Object.fromEntries(
        Object.entries(g.effortBySeverity).map(([k, [a, b]]) => [k, { minHours: a, maxHours: b, text: `${a}-${b} hours` }]),
      )
    : null;
  return {
    report: { title: seed, date: null, format: 'markdown', repairs: [], claims: g.claims ?? null, effortBySeverity },
    findings,
    checklists: fromSeed.checklists,
    fixOrder,
  };
}

/** The real parser's output for a seed, or null while the Markdown parser does not exist yet. */
export async function parsedByParser(seed: string): Promise<ParsedReport | null> {
  if (!existsSync(join(import.meta.dirname, '../../core/ingest/markdown/index.ts'))) return null;
  try {
    const mod = (await import('../../core/ingest/index')) as {
      parseReportBytes: (bytes: Uint8Array, fileName: string) => ParsedReport;
    };
    return mod.parseReportBytes(new Uint8Array(readFileSync(join(VENDORED, 'seeds', `${seed}.txt`))), `${seed}.txt`);
  } catch {
    return null;
  }
}
