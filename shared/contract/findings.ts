import { z } from 'zod';
import type { FindingCard, FindingDetail } from '../api';
import { cleanName, isIsoDate } from '../assignment';
import { id, out, severity, status } from './parts';

/** a person's name as typed, spaces collapsed ('' = nobody: null) */
export const assigneeName = z
  .string()
  .max(200)
  .transform((v) => cleanName(v) || null);
export const dueDate = z.string().refine(isIsoDate, 'a date written YYYY-MM-DD');

export const findingFilterSchema = z.object({
  projectId: id,
  severity: z.array(severity.or(z.literal('unrated'))).optional(),
  status: z.array(status).optional(),
  phase: z.array(z.string().max(200)).optional(),
  reportId: z.array(id).optional(),
  pathPrefix: z.string().max(1000).optional(),
  blocksDeployment: z.boolean().optional(),
  /** full-text search (FTS5): words and prefixes */
  text: z.string().max(500).optional(),
  /** issue 18: assigned to one of these names; NO_ASSIGNEE: nobody, ME: whoever asks (shared/assignment.ts) */
  assignee: z.array(z.string().max(200)).max(1000).optional(),
  limit: z.number().int().positive().max(1_000_000).optional(),
  /** only findings with a greater id (the answer is in id order): a big board loads in batches (issue 17) */
  afterId: z.number().int().min(0).optional(),
  /** only these findings: the board fetches again the cards an edit changed, not all of them (issue 17) */
  ids: z.array(id).max(10_000).optional(),
});
export type FindingFilter = z.infer<typeof findingFilterSchema>;

export const findingPatchSchema = z
  .object({
    status: status.optional(),
    severity: severity.nullable().optional(),
    phase: z.string().max(200).nullable().optional(),
    effortMinHours: z.number().min(0).max(100_000).nullable().optional(),
    effortMaxHours: z.number().min(0).max(100_000).nullable().optional(),
    notes: z.string().max(100_000).nullable().optional(),
    blocksDeployment: z.boolean().nullable().optional(),
    /** issue 18: who fixes it, as typed (null or '': nobody) */
    assignee: assigneeName.nullable().optional(),
    /** issue 18: a due date set by hand (YYYY-MM-DD); null: back to the project's SLA */
    dueAt: dueDate.nullable().optional(),
  })
  .strict();
export type FindingPatch = z.infer<typeof findingPatchSchema>;

/** the version of a finding the client read (FindingCard.version): a write on an older one is refused */
export const readVersionSchema = z.object({ id, version: z.number().int().min(0) }).strict();

const link = z.object({ findingId: id, dependsOnId: id }).strict();

export const findingMethods = {
  'findings.list': { input: findingFilterSchema, output: out<FindingCard[]>(), scope: 'project', reads: ['findings'] },
  /** the ids findings.list would answer, in the same order: a board that holds the cards filters with these (issue 17) */
  'findings.ids': { input: findingFilterSchema, output: out<number[]>(), scope: 'project', reads: ['findings'] },
  'findings.get': { input: z.object({ id }).strict(), output: out<FindingDetail>(), reads: ['findings', 'dependencies', 'history', 'reports'] },
  'findings.update': {
    input: z
      .object({
        ids: z.array(id).min(1).max(1_000_000),
        patch: findingPatchSchema,
        reason: z.string().max(10_000).optional(),
        /**
         * the versions the client read (issue 18): when any finding has moved on since, nothing is
         * written and the answer is a `conflict` error naming what changed, who and when. Without
         * it (CLI one-shot commands) the patch applies to whatever is current.
         */
        versions: z.array(readVersionSchema).max(1_000_000).optional(),
      })
      .strict(),
    output: out<FindingCard[]>(),
    writes: ['findings', 'history'],
    cardEdit: true,
  },
  'dependencies.add': { input: link, output: out<{ ok: true }>(), writes: ['dependencies', 'history'] },
  'dependencies.remove': { input: link, output: out<{ ok: true }>(), writes: ['dependencies', 'history'] },
} as const;
