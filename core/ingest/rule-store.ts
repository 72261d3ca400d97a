// Rules as the core stores them (db/repositories/rule-repository.ts), and ingest's use of them: a
// Markdown report is read with the extractor's explanation when the project has a rule on, then the
// rules of its family (and the project-wide ones) are applied (core/ingest/rules.ts).
import { ruleRepository, type RuleRow } from '../../db/repositories/rule-repository';
import { familyKeys } from '../../shared/report-family';
import { ruleAppliesTo, ruleLabel, ruleSpecSchema, type Rule, type RuleSpec } from '../../shared/rules';
import type { ParsedReport } from '../../shared/types';
import type { CoreContext } from '../service/context';
import { decodeBytes } from './decode';
import { explainReportBytes } from './index';
import { applyRules, type AppliedRule } from './rules';

export function ruleOf(row: RuleRow): Rule {
  return {
    id: row.id,
    family: row.family === null ? null : (JSON.parse(row.family) as string[]),
    familyLabel: row.family_label,
    spec: ruleSpecSchema.parse(JSON.parse(row.spec)),
    label: row.label,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
  };
}

/** the project's rules (not deleted), oldest first */
export function projectRules(core: CoreContext, projectId: number): Rule[] {
  return core.runner.all(ruleRepository(core.db).list(projectId)).map(ruleOf);
}

/** the rules of a report's family and the project-wide ones */
export function rulesFor(rules: readonly Rule[], report: ParsedReport['report'], sourcePath: string): Rule[] {
  const keys = familyKeys({ format: report.format, tool: report.tool ?? null, title: report.title ?? null, sourcePath });
  return rules.filter((r) => ruleAppliesTo(r.family, keys));
}

/** a Markdown report's text as the review shows it and rules read it: decoded, no BOM, LF line endings */
export function reportText(bytes: Uint8Array, name: string): string {
  return decodeBytes(bytes, name).text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export interface RuledParse {
  parsed: ParsedReport;
  /** Markdown: the text kept for the review */
  text: string | null;
  applied: AppliedRule[];
}

/** the extractor's reading of the last file a dry run explained, so the apply that follows (the app asks in between) parses it once */
const lastExplained = new WeakMap<CoreContext, { sha: string; read: ReturnType<typeof explainReportBytes> }>();

/**
 * Parse for ingest: `parse` as before when the project has no rule on; else the extractor's reading
 * with its rejected candidates and the rules of the report's family applied.
 */
export function parseWithRules(
  core: CoreContext,
  projectId: number,
  input: { name: string; bytes: Uint8Array; sha: string; keep: boolean },
  parse: () => ParsedReport,
  useRules: boolean,
): RuledParse {
  const { name, bytes } = input;
  const on = useRules && core.runner.first(ruleRepository(core.db).anyEnabled(projectId)) !== undefined;
  if (!on) {
    const parsed = parse();
    return { parsed, text: parsed.report.format === 'markdown' ? reportText(bytes, name) : null, applied: [] };
  }
  const cached = lastExplained.get(core);
  lastExplained.delete(core);
  const read = cached && cached.sha === input.sha ? cached.read : explainReportBytes(bytes, name);
  if (input.keep) lastExplained.set(core, { sha: input.sha, read });
  const { report, rejected } = read;
  if (report.report.format !== 'markdown') return { parsed: report, text: null, applied: [] };
  const text = reportText(bytes, name);
  const rules = rulesFor(projectRules(core, projectId), report.report, name);
  if (!rules.some((r) => r.enabled)) return { parsed: report, text, applied: [] };
  // applyRules leaves the extraction as it was (it builds a new report), so a kept reading stays valid
  const out = applyRules(text, report, rejected, rules);
  return { parsed: out.report, text, applied: out.applied };
}

export interface NewRule {
  spec: RuleSpec;
  /** family keys; null: the whole project */
  family: string[] | null;
  familyLabel: string | null;
  enabled?: boolean;
  label?: string;
  createdAt?: string;
}

/** stores a rule (validated); returns it with its id */
export function insertRule(core: CoreContext, projectId: number, r: NewRule): Rule {
  const spec = ruleSpecSchema.parse(r.spec);
  const row = {
    project_id: projectId,
    family: r.family === null ? null : JSON.stringify(r.family),
    family_label: r.familyLabel,
    spec: JSON.stringify(spec),
    label: r.label || ruleLabel(spec),
    enabled: r.enabled === false ? 0 : 1,
    created_at: r.createdAt ?? core.now(),
  };
  const id = core.runner.run(ruleRepository(core.db).insert(row)).lastId;
  return ruleOf({ id, deleted: 0, ...row });
}
