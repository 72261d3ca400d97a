// The seeds' goldens (tests/fixtures/goldens) as expected values for tests of what the app stores
// and shows: which findings a report holds, with their severity, status, ref and first path.
// Findings are matched by title the way tools/check-goldens.mjs matches them; a golden's
// `optionalFindings` may or may not be extracted, so a selection is checked as "every finding the
// goldens require is there, no finding they exclude is, and nothing else but optional ones".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Severity, Status } from '../shared/types';
import { VENDORED } from './team';

export interface GoldenFinding {
  ref?: string;
  title: string;
  severity?: Severity | null;
  /** the statuses a correct extraction may give it */
  status?: Status[];
  path?: string;
  line?: number;
  phase?: string;
  category?: string;
  blocksDeployment?: boolean;
  dependsOn?: string[];
}
export interface Golden {
  source: string;
  findings: GoldenFinding[];
  optionalFindings?: Array<{ ref?: string; title: string; effortHours?: [number, number] }>;
  notFindings: string[];
  claims?: Record<string, number>;
  effortBySeverity?: Partial<Record<Severity, [number, number]>>;
  checklists?: Array<{ title: string; items: number; checked: number; gate: boolean }>;
  fixOrder?: Array<{ title: string; refs?: string[]; items?: number; done?: number; hours?: [number, number] }>;
}

export const GOLDENS_DIR = join(VENDORED, 'goldens');
export const SEEDS_DIR = join(VENDORED, 'seeds');

/** the checker's title key: lower case, every run of other characters than a-z 0-9 one space */
export const titleKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function readGolden(seed: string): Golden {
  return JSON.parse(readFileSync(join(GOLDENS_DIR, `${seed}.golden.json`), 'utf8')) as Golden;
}

/** every seed's golden, with the seed file it describes */
export function seedGoldens(): Array<Golden & { file: string }> {
  return readdirSync(GOLDENS_DIR)
    .filter((n) => n.endsWith('.golden.json'))
    .sort()
    .map((n) => {
      const g = JSON.parse(readFileSync(join(GOLDENS_DIR, n), 'utf8')) as Golden;
      return { ...g, file: join(SEEDS_DIR, g.source) };
    });
}

export const requiredFindings = (goldens: Golden[]) => goldens.flatMap((g) => g.findings);
export const optionalTitles = (goldens: Golden[]) => new Set(goldens.flatMap((g) => (g.optionalFindings ?? []).map((o) => titleKey(o.title))));

/**
 * `titles` (what the app shows or returned) against the goldens: every golden finding for which
 * `must` holds is among them; a golden finding for which `may` does not hold is not; any other title
 * is an optional finding of the goldens. Returns the golden findings found.
 */
export function expectGoldenSelection(
  titles: string[],
  goldens: Golden[],
  must: (f: GoldenFinding) => boolean,
  may: (f: GoldenFinding) => boolean = must,
  label = 'selection',
): GoldenFinding[] {
  const got = new Set(titles.map(titleKey));
  const all = requiredFindings(goldens);
  const byKey = new Map(all.map((f) => [titleKey(f.title), f]));
  const optional = optionalTitles(goldens);
  const missing = all.filter((f) => must(f) && !got.has(titleKey(f.title))).map((f) => f.title);
  const excluded = all.filter((f) => !may(f) && got.has(titleKey(f.title))).map((f) => f.title);
  const unknown = [...got].filter((k) => !byKey.has(k) && !optional.has(k));
  expect({ missing, excluded, unknown }, label).toEqual({ missing: [], excluded: [], unknown: [] });
  return [...got].map((k) => byKey.get(k)).filter((f): f is GoldenFinding => !!f);
}

/** a golden finding whose allowed statuses all lie within `statuses` (a golden without statuses allows any) */
export const statusWithin = (statuses: readonly Status[]) => (f: GoldenFinding) => !!f.status && f.status.every((s) => statuses.includes(s));
/** a golden finding that may have one of `statuses` */
export const statusMay = (statuses: readonly Status[]) => (f: GoldenFinding) => !f.status || f.status.some((s) => statuses.includes(s));
