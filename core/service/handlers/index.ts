// method → handler, one entry per method of the contract (the type makes a missing one an error).
import { addDependency, removeDependency } from './dependencies';
import { getFinding } from './findings-get';
import { listFindings } from './findings-list';
import { updateFindings } from './findings-update';
import { redo, undo } from './history';
import { ingestBase64, ingestPaths } from './ingest';
import { metaInfo, openExternal } from './meta';
import { createProjectHandler, listProjects } from './projects';
import { listReports } from './reports';
import { getSetting, setSetting } from './settings';
import { insightsHandlers } from './insights';
import { planHandlers } from './plan';
import { backupHandlers } from './backup';
import { reingestHandlers } from './reingest';
import { duplicateHandlers } from './duplicates';
import { reviewHandlers } from './review';
import type { Handlers } from './types';

export type { Handler, Handlers, ParsedInput } from './types';

export const handlers: Handlers = {
  'meta.info': metaInfo,
  'projects.list': listProjects,
  'projects.create': createProjectHandler,
  'reports.list': listReports,
  'ingest.paths': ingestPaths,
  'ingest.bytes': ingestBase64,
  'findings.list': listFindings,
  'findings.get': getFinding,
  'findings.update': updateFindings,
  'dependencies.add': addDependency,
  'dependencies.remove': removeDependency,
  'history.undo': undo,
  'history.redo': redo,
  'settings.get': getSetting,
  'settings.set': setSetting,
  'app.openExternal': openExternal,
  ...insightsHandlers,
  ...planHandlers,
  ...backupHandlers,
  ...reingestHandlers,
  ...duplicateHandlers,
  ...reviewHandlers,
};
