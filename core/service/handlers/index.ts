// The core's half of each method: the handlers of the feature modules, merged by name (a name given
// twice throws when this module loads). Their types come from the definitions in shared/contract/;
// the type below makes a method without a handler (host methods aside) a compile error.
import { mergeByName } from '../../../shared/contract/define';
import { addDependency, removeDependency } from './dependencies';
import { getFinding } from './findings-get';
import { listFindings } from './findings-list';
import { updateFindings } from './findings-update';
import { redo, undo } from './history';
import { ingestBase64, ingestPaths } from './ingest';
import { metaHandlers } from './meta';
import { createProjectHandler, listProjects } from './projects';
import { listReports } from './reports';
import { getSetting, setSetting } from './settings';
import { insightsHandlers } from './insights';
import { planHandlers } from './plan';
import { checklistHandlers } from './checklists';
import { exportHandlers } from './exports';
import { backupHandlers } from './backup';
import { reingestHandlers } from './reingest';
import { duplicateHandlers } from './duplicates';
import { reviewHandlers } from './review';
import { handlersOf, type Handlers } from './types';

export type { CoreMethod, Handler, Handlers, ParsedInput } from './types';

export const handlers: Handlers = mergeByName(
  metaHandlers,
  handlersOf({
    'projects.list': listProjects,
    'projects.create': createProjectHandler,
    'reports.list': listReports,
    'settings.get': getSetting,
    'settings.set': setSetting,
    'history.undo': undo,
    'history.redo': redo,
  }),
  handlersOf({ 'ingest.paths': ingestPaths, 'ingest.bytes': ingestBase64 }),
  handlersOf({
    'findings.list': listFindings,
    'findings.get': getFinding,
    'findings.update': updateFindings,
    'dependencies.add': addDependency,
    'dependencies.remove': removeDependency,
  }),
  insightsHandlers,
  planHandlers,
  checklistHandlers,
  exportHandlers,
  backupHandlers,
  reingestHandlers,
  duplicateHandlers,
  reviewHandlers,
);
