import { z } from 'zod';
import type { Project, ReportSummary } from '../api';
import { byProject, id, none, out } from './parts';

export const projectMethods = {
  'projects.list': { input: none, output: out<Project[]>(), reads: ['projects'] },
  'projects.create': { input: z.object({ name: z.string().trim().min(1).max(200) }).strict(), output: out<Project>(), writes: ['projects', 'history'] },
  'reports.list': { input: byProject, output: out<ReportSummary[]>(), scope: 'project', reads: ['reports', 'findings'] },
  'settings.get': { input: z.object({ projectId: id, key: z.string().min(1).max(200) }).strict(), output: out<{ value: unknown }>(), scope: 'project', reads: ['settings'] },
  'settings.set': {
    input: z.object({ projectId: id, key: z.string().min(1).max(200), value: z.unknown() }).strict(),
    output: out<{ ok: true }>(),
    scope: 'project',
    writes: ['settings', 'history'],
  },
  'history.undo': { input: byProject, output: out<{ undone: number }>(), scope: 'project', writes: ['findings', 'dependencies', 'history', 'checklists', 'plan', 'rules', 'reports', 'settings'] },
  'history.redo': { input: byProject, output: out<{ redone: number }>(), scope: 'project', writes: ['findings', 'dependencies', 'history', 'checklists', 'plan', 'rules', 'reports', 'settings'] },
} as const;
