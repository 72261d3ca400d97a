import { z } from 'zod';
import type { IngestFileResult } from '../api';
import { id, out } from './parts';

/**
 * How an ingest treats a file that is a newer version of a report already in the project (the family
 * rule, shared/report-family.ts). By default it updates that report (decisions kept, absent findings
 * marked); core/ingest/reingest.ts ingestReport is the one code path for every caller.
 */
const ingestChoices = {
  /** add the file as a separate report even when it is a newer version of one */
  asNew: z.boolean().optional(),
  /** update this report (the user chose it) instead of the one the family rule finds */
  reportId: id.optional(),
  /** say what would happen; write nothing */
  dryRun: z.boolean().optional(),
  /** close the findings the new version no longer has that are still open (status fixed, reason "not in latest report") */
  closeAbsent: z.boolean().optional(),
  /** compare against this earlier version of the report (its number, a sha256 prefix or its file name); writes nothing */
  baseline: z.string().trim().min(1).max(4096).optional(),
};

/** names bytes the core holds for a follow-up call (core/service/staged.ts) */
const stagedToken = z.string().regex(/^s[0-9a-f]{32}$/, 'not a staged upload token');

const INGEST_WRITES = ['reports', 'findings', 'history', 'checklists', 'plan'] as const;

export const ingestMethods = {
  /** ingest files or folders by path (Electron's File > Import… dialog, CLI); not on the renderer's channel */
  'ingest.paths': {
    input: z.object({ projectId: id, paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000), ...ingestChoices }).strict(),
    output: out<IngestFileResult[]>(),
    scope: 'project',
    caller: 'main',
    job: true,
    writes: INGEST_WRITES,
  },
  /**
   * ingest bytes the renderer read itself (a drop, a picked file): `base64`, or `staged`, the token of
   * bytes an earlier `confirmUpdate` call left in the core, so a file crosses to the core once
   */
  'ingest.bytes': {
    input: z
      .object({
        projectId: id,
        name: z.string().min(1).max(1000),
        base64: z.string().max(700_000_000).optional(),
        staged: stagedToken.optional(),
        /**
         * the app's "Update the report?" question: a file that is a newer version of a report of the
         * project (found by the family rule) is not applied yet; the answer is what updating would do
         * (`dryRun`, `update`) and `staged`, under which the core holds the bytes for the follow-up call
         * (with `reportId` or `asNew`). Anything else is ingested at once.
         */
        confirmUpdate: z.boolean().optional(),
        ...ingestChoices,
      })
      .strict()
      .refine((o) => (o.base64 === undefined) !== (o.staged === undefined), { message: 'give the file as base64 or as a staged token, one of them' }),
    output: out<IngestFileResult>(),
    scope: 'project',
    job: true,
    writes: INGEST_WRITES,
  },
  /**
   * let go of the bytes a `confirmUpdate` call left in the core (the question was cancelled); they also
   * go when used, after STAGED_TTL_MINUTES, or when more uploads wait. A job: they are held where the
   * ingest ran, in the job thread.
   */
  'ingest.unstage': {
    input: z.object({ projectId: id, staged: stagedToken }).strict(),
    output: out<{ released: boolean }>(),
    scope: 'project',
    job: true,
  },
} as const;

/** how long the core holds a file waiting for the answer to "Update the report?" */
export const STAGED_TTL_MINUTES = 15;
