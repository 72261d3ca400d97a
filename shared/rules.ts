// Corrections kept as rules (issue 15). A user's correction in the import review ("this block is a
// finding", "not a finding", "all items like this one", "these are one finding", edit a field,
// "Red → critical") is stored as a rule of the report's family (shared/report-family.ts) or of the
// whole project, and applied after extraction to every later version (core/ingest/rules.ts).
//
// Blocks are named by what survives the next version of a report: the text of the section heading
// they sit under, their kind (list item, table row, heading, paragraph) and their own first line
// with numbers and dates left out -- never by line numbers, which move.
import { z } from 'zod';
import { SEVERITIES, STATUSES } from './types';

export const BLOCK_KINDS = ['heading', 'item', 'row', 'paragraph'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

const text = z.string().max(2000);

/** which block(s) a rule is about */
export const blockTargetSchema = z
  .object({
    /** the section heading the block is under (normalized), '' before the first heading */
    heading: text,
    kind: z.enum(BLOCK_KINDS),
    /** the block's first line, normalized (core/ingest/blocks.ts blockKey); null: every block of this kind under the heading */
    key: text.nullable(),
  })
  .strict();
export type BlockTarget = z.infer<typeof blockTargetSchema>;

export const fieldPatchSchema = z
  .object({
    title: z.string().trim().min(1).max(2000).optional(),
    severity: z.enum(SEVERITIES).nullable().optional(),
    status: z.enum(STATUSES).optional(),
    /** "path" or "path:line" */
    location: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
export type FieldPatch = z.infer<typeof fieldPatchSchema>;

export const ruleSpecSchema = z.discriminatedUnion('kind', [
  /** the block(s) are findings (a rejected candidate or any block; key null: all like it) */
  z.object({ kind: z.literal('take'), target: blockTargetSchema }).strict(),
  /** the block(s) are not findings */
  z.object({ kind: z.literal('drop'), target: blockTargetSchema }).strict(),
  /** the blocks are one finding (the first keeps the title) */
  z.object({ kind: z.literal('merge'), targets: z.array(blockTargetSchema).min(2).max(200) }).strict(),
  /** a finding read from several lines is one finding per list item / line of its block */
  z.object({ kind: z.literal('split'), target: blockTargetSchema }).strict(),
  /** set fields of the finding read from the block */
  z.object({ kind: z.literal('edit'), target: blockTargetSchema, patch: fieldPatchSchema }).strict(),
  /** the report's own severity word: "Sev-1", "Blocker", "Red", "🔥" */
  z.object({ kind: z.literal('severity'), word: z.string().trim().min(1).max(100), severity: z.enum(SEVERITIES) }).strict(),
]);
export type RuleSpec = z.infer<typeof ruleSpecSchema>;

export interface Rule {
  id: number;
  /** family keys of the report it was made on (shared/report-family.ts); null: the whole project */
  family: string[] | null;
  /** the report's title or file it was made on, for people */
  familyLabel: string | null;
  spec: RuleSpec;
  label: string;
  enabled: boolean;
  createdAt: string;
}

/** A rules file (`punchlist rules export`, `punchlist parse --rules`), and what the JSON export carries. */
export const rulesFileSchema = z
  .object({
    punchlistRules: z.literal(1),
    rules: z
      .array(
        z
          .object({
            family: z.array(z.string().max(2000)).max(10).nullable(),
            familyLabel: z.string().max(2000).nullable().optional(),
            spec: ruleSpecSchema,
            label: z.string().max(2000).optional(),
            enabled: z.boolean().optional(),
            createdAt: z.string().max(100).optional(),
          })
          .strict(),
      )
      .max(100_000),
  })
  .strict();
export type RulesFile = z.infer<typeof rulesFileSchema>;

const KIND_WORDS: Record<BlockKind, string> = { heading: 'heading', item: 'item', row: 'row', paragraph: 'paragraph' };

function targetText(t: BlockTarget): string {
  const under = t.heading ? ` under "${t.heading}"` : '';
  return t.key === null ? `every ${KIND_WORDS[t.kind]}${under}` : `the ${KIND_WORDS[t.kind]} "${t.key.slice(0, 60)}"${under}`;
}

/** A rule in words: `every item under "walkthrough items" is a finding`, `"red" → critical`. */
export function ruleLabel(spec: RuleSpec): string {
  switch (spec.kind) {
    case 'take':
      return `${targetText(spec.target)} is a finding`;
    case 'drop':
      return `${targetText(spec.target)} is not a finding`;
    case 'merge':
      return `${spec.targets.length} blocks are one finding (${targetText(spec.targets[0])}, …)`;
    case 'split':
      return `${targetText(spec.target)} is one finding per line`;
    case 'edit': {
      const parts = Object.entries(spec.patch).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
      return `${targetText(spec.target)}: ${parts.join(', ')}`;
    }
    case 'severity':
      return `"${spec.word}" → ${spec.severity}`;
  }
}

/** whether a rule made for `family` (null: project-wide) applies to a report with these family keys */
export function ruleAppliesTo(ruleFamily: readonly string[] | null, reportKeys: readonly string[]): boolean {
  if (ruleFamily === null) return true;
  return ruleFamily.some((k) => reportKeys.includes(k));
}
