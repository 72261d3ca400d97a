import { z } from 'zod';
import type { FindingCard } from '../api';
import type { Sla } from '../assignment';
import { SLA_MAX_DAYS } from '../assignment';
import { SEVERITIES } from '../types';
import { assigneeName, readVersionSchema } from './findings';
import { byProject, id, out } from './parts';

const days = z.number().int().min(0).max(SLA_MAX_DAYS);

/** issue 18: assignment and per-severity SLAs */
export const assignmentMethods = {
  /**
   * assign findings to a person (a name as typed), to nobody (null), or `me`: whoever asks (the
   * database login on a team database, the project's "me" name offline). Versions as findings.update.
   */
  'findings.assign': {
    input: z
      .object({
        ids: z.array(id).min(1).max(1_000_000),
        assignee: assigneeName.nullable().optional(),
        me: z.boolean().optional(),
        reason: z.string().max(10_000).optional(),
        versions: z.array(readVersionSchema).max(1_000_000).optional(),
      })
      .strict()
      .refine((v) => (v.me === true) !== (v.assignee !== undefined), 'give either assignee (a name or null) or me: true'),
    output: out<FindingCard[]>(),
    writes: ['findings', 'history'],
    cardEdit: true,
  },
  /** who "me" is, and the names the project's findings are assigned to (suggestions) */
  'assignment.people': { input: byProject, output: out<{ me: string; team: boolean; names: string[] }>(), scope: 'project', reads: ['findings', 'settings'] },
  /** the offline "me" of a project (a team database's "me" is always the login) */
  'assignment.setMe': {
    input: z.object({ projectId: id, name: assigneeName }).strict(),
    output: out<{ me: string; team: boolean; names: string[] }>(),
    scope: 'project',
    writes: ['settings', 'history'],
  },
  'sla.get': { input: byProject, output: out<Sla>(), scope: 'project', reads: ['settings'] },
  /**
   * the project's SLA: days per severity, a severity left out or null: no due date for it. Every
   * finding's due date follows at once (except those set by hand); an event in the log.
   */
  'sla.set': {
    input: z.object({ projectId: id, sla: z.partialRecord(z.enum(SEVERITIES), days.nullable()) }).strict(),
    output: out<Sla>(),
    scope: 'project',
    writes: ['settings', 'findings', 'history'],
  },
} as const;
