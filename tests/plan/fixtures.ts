// Test data from the team's real reports: ParsedReports built from the goldens (real expectations)
// plus the fix order and checklist read straight from the seed text, and the parser's own output
// for the same seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportBytes } from '../../core/ingest/index';
import type { ParsedFinding, ParsedReport } from '../../shared/types';
import { readGolden, SEEDS_DIR } from '../goldens';

export const SEED_000 = '000_fc571ca0a1401530';
export const SEED_001 = '001_c521d2f203cdc00c';
export const ALL_SEEDS = [SEED_000, SEED_001, '002_4cbe7d9cd0518e8d', '003_b0db75ce1d4515af', '004_d545436be19f6c08'];

export function seedText(seed: string): string {
  return readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8');
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

/** The real parser's output for a seed. A parser failure is thrown, never turned into a skip. */
export function parsedByParser(seed: string, parse: (bytes: Uint8Array, fileName: string) => ParsedReport = parseReportBytes): ParsedReport {
  return parse(new Uint8Array(readFileSync(join(SEEDS_DIR, `${seed}.txt`))), `${seed}.txt`);
}
