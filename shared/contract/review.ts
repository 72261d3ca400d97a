import { z } from 'zod';
import type { ReviewView } from '../api';
import { fieldPatchSchema, rulesFileSchema, type Rule, type RulesFile } from '../rules';
import { byProject, id, out, severity } from './parts';

const blockIndexes = z.array(z.number().int().min(0).max(10_000_000)).min(1).max(200);
/** a correction in the import review (issue 15): blocks are indexes into review.get's `blocks` */
export const correctionSchema = z.discriminatedUnion('action', [
  /** these blocks are findings; all: every block like the first (its list, its table) */
  z.object({ action: z.literal('take'), blocks: blockIndexes, all: z.boolean().optional() }).strict(),
  /** not findings; all: none of its set */
  z.object({ action: z.literal('drop'), blocks: blockIndexes, all: z.boolean().optional() }).strict(),
  z.object({ action: z.literal('merge'), blocks: blockIndexes.min(2) }).strict(),
  z.object({ action: z.literal('split'), blocks: blockIndexes.max(1) }).strict(),
  z.object({ action: z.literal('edit'), blocks: blockIndexes.max(1), patch: fieldPatchSchema }).strict(),
  /** the report's own severity word means this severity, for its family or the whole project */
  z
    .object({ action: z.literal('severity'), word: z.string().trim().min(1).max(100), severity, scope: z.enum(['family', 'project']).default('family') })
    .strict(),
]);
export type Correction = z.output<typeof correctionSchema>;

/** a rule change re-applies the project's rules to its Markdown reports (a job) */
const RULE_WRITES = ['rules', 'findings', 'reports', 'history'] as const;

export const reviewMethods = {
  /** a Markdown report's kept text beside what was extracted, under the project's rules */
  'review.get': { input: z.object({ reportId: id }).strict(), output: out<ReviewView>(), reads: ['reports', 'findings', 'rules'] },
  /** a correction, kept as a rule of the report's family (or the project's) and applied now; one undoable step */
  'review.correct': {
    input: z.object({ reportId: id, correction: correctionSchema }).strict(),
    output: out<{ rule: Rule; touched: number; review: ReviewView }>(),
    job: true,
    writes: RULE_WRITES,
  },
  'rules.list': { input: byProject, output: out<Rule[]>(), scope: 'project', reads: ['rules'] },
  /** turn a rule off (its corrections are taken back) or on again; one undoable step */
  'rules.setEnabled': { input: z.object({ id, enabled: z.boolean() }).strict(), output: out<{ rule: Rule; touched: number }>(), job: true, writes: RULE_WRITES },
  'rules.delete': { input: z.object({ id }).strict(), output: out<{ rule: Rule; touched: number }>(), job: true, writes: RULE_WRITES },
  'rules.export': { input: byProject, output: out<RulesFile>(), scope: 'project', reads: ['rules'] },
  /** add the rules of a rules file (`punchlist rules export`) and apply them; one undoable step */
  'rules.import': {
    input: z.object({ projectId: id, file: rulesFileSchema }).strict(),
    output: out<{ added: number; touched: number }>(),
    scope: 'project',
    job: true,
    writes: RULE_WRITES,
  },
} as const;
