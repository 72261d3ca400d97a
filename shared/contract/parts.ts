// Schema pieces more than one feature module uses.
import { z } from 'zod';
import { SEVERITIES, STATUSES } from '../types';

export const id = z.number().int().positive();
export const severity = z.enum(SEVERITIES);
export const status = z.enum(STATUSES);
export const none = z.object({}).strict();
export const byProject = z.object({ projectId: id }).strict();
export { out } from './define';
