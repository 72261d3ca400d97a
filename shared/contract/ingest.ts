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
  /** ingest bytes the renderer read itself (browser drop); base64 */
  'ingest.bytes': {
    input: z.object({ projectId: id, name: z.string().min(1).max(1000), base64: z.string().max(700_000_000), ...ingestChoices }).strict(),
    output: out<IngestFileResult>(),
    scope: 'project',
    job: true,
    writes: INGEST_WRITES,
  },
} as const;
