// The core's half of each method: the handlers of the feature modules, merged by name (a name given
// twice throws when this module loads). Their types come from the definitions in shared/contract/;
// the type below makes a method without a handler (host methods aside) a compile error. Each module
// exports its own table (handlersOf), so a new method of a feature touches its module only, not
// this list; only a new module is added here.
import { mergeByName } from '../../../shared/contract/define';
import { dependencyHandlers } from './dependencies';
import { findingsGetHandlers } from './findings-get';
import { findingsListHandlers } from './findings-list';
import { findingsUpdateHandlers } from './findings-update';
import { historyHandlers } from './history';
import { ingestHandlers } from './ingest';
import { metaHandlers } from './meta';
import { projectHandlers } from './projects';
import { reportHandlers } from './reports';
import { settingHandlers } from './settings';
import { insightsHandlers } from './insights';
import { planHandlers } from './plan';
import { checklistHandlers } from './checklists';
import { exportHandlers } from './exports';
import { backupHandlers } from './backup';
import { reingestHandlers } from './reingest';
import { duplicateHandlers } from './duplicates';
import { reviewHandlers } from './review';
import { assignmentHandlers } from './assignment';
import type { Handlers } from './types';

export type { CoreMethod, Handler, Handlers, ParsedInput } from './types';

export const handlers: Handlers = mergeByName(
  metaHandlers,
  projectHandlers,
  reportHandlers,
  settingHandlers,
  historyHandlers,
  ingestHandlers,
  findingsListHandlers,
  findingsGetHandlers,
  findingsUpdateHandlers,
  dependencyHandlers,
  insightsHandlers,
  planHandlers,
  checklistHandlers,
  exportHandlers,
  backupHandlers,
  reingestHandlers,
  duplicateHandlers,
  reviewHandlers,
  assignmentHandlers,
);
