import { z } from 'zod';
import type { AbsentFinding, DuplicateInfo, DuplicateSuggestion, FindingCard, ReingestApplyResult, ReingestPreview } from '../api';
import { id, out } from './parts';

/** a file path (CLI; never from the renderer), or `name` + `base64` (what the app window sends) */
const file = {
  path: z.string().min(1).max(4096).optional(),
  name: z.string().min(1).max(1000).optional(),
  base64: z.string().max(700_000_000).optional(),
};

export const reingestMethods = {
  /** what re-ingesting a file would do: the report it looks like a newer version of, and the counts */
  'reingest.preview': {
    input: z
      .object({
        projectId: id,
        ...file,
        /** compare against this report instead of the one found by path / file name / tool */
        reportId: id.optional(),
      })
      .strict(),
    output: out<ReingestPreview>(),
    scope: 'project',
    caller: 'bytes',
    job: true,
    reads: ['reports', 'findings'],
  },
  /** the user confirmed: the file becomes the newest version of `reportId` (decisions kept) */
  'reingest.apply': {
    input: z.object({ projectId: id, reportId: id, ...file }).strict(),
    output: out<ReingestApplyResult>(),
    scope: 'project',
    caller: 'bytes',
    job: true,
    writes: ['reports', 'findings', 'history', 'checklists', 'plan'],
  },
  /** findings marked "not in latest report" (of one report, or of the project) */
  'findings.absent': { input: z.object({ projectId: id, reportId: id.optional() }).strict(), output: out<AbsentFinding[]>(), scope: 'project', reads: ['findings', 'reports'] },
  /** close every open "not in latest report" finding in one (undoable) action */
  'findings.closeAbsent': {
    input: z
      .object({ projectId: id, reportId: id.optional(), status: z.enum(['fixed', 'verified', 'wont_fix', 'false_positive']).default('fixed') })
      .strict(),
    output: out<{ closed: number; ids: number[] }>(),
    scope: 'project',
    writes: ['findings', 'history'],
  },
} as const;

export const duplicateMethods = {
  /** likely duplicates across reports, best first */
  'duplicates.suggest': {
    input: z.object({ projectId: id, limit: z.number().int().positive().max(5000).optional() }).strict(),
    output: out<DuplicateSuggestion[]>(),
    scope: 'project',
    reads: ['findings', 'reports'],
  },
  /** merge: `duplicateId` is marked duplicate of `keepId`, which gains its sources, locations and stronger severity */
  'duplicates.merge': {
    input: z.object({ keepId: id, duplicateId: id }).strict(),
    output: out<{ mergeId: number; keep: FindingCard; duplicate: FindingCard }>(),
    writes: ['findings', 'history'],
  },
  /** undo merges: of this duplicate, or every duplicate merged into this finding */
  'duplicates.unmerge': { input: z.object({ findingId: id }).strict(), output: out<{ unmerged: number }>(), writes: ['findings', 'history'] },
  /** a finding's sources, merged duplicates, all locations and "not in latest report" state */
  'duplicates.info': { input: z.object({ findingId: id }).strict(), output: out<DuplicateInfo>(), reads: ['findings', 'reports'] },
} as const;
