// Every migration, listed statically (the app is bundled: no directory scan at run time).
import { initial } from './001-initial';
import { fullTextSearch } from './002-fts';
import { eventReason } from './003-event-reason';
import { fasterIndexes } from './004-faster-indexes';
import { planTables } from './005-plan';
import { reingest } from './006-reingest';
import { ftsPrefix } from './007-fts-prefix';
import { reportVersions } from './008-report-versions';
import { rules } from './009-rules';
import { ftsHashsize } from './010-fts-hashsize';
import { rowVersions } from './011-row-versions';
import { ruleTexts } from './012-rule-texts';
import { assignment } from './013-assignment';
import { projectRoles } from './014-project-roles';
import { ruleTextSearch } from './015-rule-text-search';
import { assignedIndex } from './016-assigned-index';
import type { Migration } from './types';

export type { Migration } from './types';

export const migrations: readonly Migration[] = [initial, fullTextSearch, eventReason, fasterIndexes, planTables, reingest, ftsPrefix, reportVersions, rules, ftsHashsize, rowVersions, ruleTexts, assignment, projectRoles, ruleTextSearch, assignedIndex];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1].version;
