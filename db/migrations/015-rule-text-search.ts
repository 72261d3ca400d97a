import { isPostgres } from '../dialect';
import { pgRuleTextFtsSchema } from '../postgres/fts';
import { sharedTablePolicies } from '../postgres/policies';
import type { Migration } from './types';

/**
 * PostgreSQL's search twin of step 12's lean FTS5 (issue 18): a rule text is indexed once, in
 * rule_texts_fts, and a finding that shows it holds a mark lexeme instead of its words
 * (db/postgres/fts.ts). 200,000 results of a dozen rules no longer repeat the same paragraphs'
 * lexemes 200,000 times in findings_fts and its GIN index. Documents stored before keep the whole
 * body and match as before; a rule text is marked only once it is in rule_texts_fts. Nothing on
 * SQLite (its FTS5 table has done so since step 12).
 */
export const ruleTextSearch: Migration = {
  version: 15,
  name: 'rule-text-search',
  up: (db) => (isPostgres(db) ? [...pgRuleTextFtsSchema(), ...sharedTablePolicies('rule_texts_fts')] : []),
};
