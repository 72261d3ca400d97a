// A finding's body is stored as its own text plus, for findings whose body ends with the text of the
// rule they break (SARIF: the rule line, description and help), a reference to that text, stored
// once in rule_texts (migration 012): 200,000 results of a dozen rules no longer repeat the same
// paragraphs 200,000 times. The body every reader sees (detail, exports, search, re-ingest diffs) is
// composed again on read: own text, a blank line, rule text (or the rule text alone when the finding
// has no text of its own). Rows with rule_text_id NULL hold their whole body (all rows stored before
// migration 012, and every body written by a re-ingest or an import).
import { createHash } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';

/** between a finding's own text and its rule's text */
export const RULE_TEXT_SEPARATOR = '\n\n';

/** the body of a finding whose own text is `own`, followed by `ruleText` (if any) */
export function composeBody(own: string, ruleText: string | null | undefined): string {
  if (ruleText === null || ruleText === undefined) return own;
  return own === '' ? ruleText : own + RULE_TEXT_SEPARATOR + ruleText;
}

/**
 * `body` split into its own text and the rule text it ends with, when it does (`ruleText` as the
 * parser said); composeBody(own, ruleText) always gives `body` back.
 */
export function splitBody(body: string, ruleText: string | null | undefined): { own: string; ruleText: string | null } {
  if (!ruleText) return { own: body, ruleText: null };
  if (body === ruleText) return { own: '', ruleText };
  const cut = body.length - ruleText.length - RULE_TEXT_SEPARATOR.length;
  if (cut > 0 && body.endsWith(ruleText) && body.startsWith(RULE_TEXT_SEPARATOR, cut)) return { own: body.slice(0, cut), ruleText };
  return { own: body, ruleText: null };
}

/** the key a rule text is stored under (rule_texts.digest) */
export const ruleTextDigest = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The whole body of the findings row `table` (a table name or alias) as SQL text, for raw SQL;
 * `separator`: the dialect's literal for RULE_TEXT_SEPARATOR.
 */
export function findingBodySql(table: string, separator: string): string {
  const t = table;
  return `CASE WHEN ${t}.rule_text_id IS NULL THEN ${t}.body ELSE ${t}.body || CASE WHEN ${t}.body = '' THEN '' ELSE ${separator} END || (SELECT rt.text FROM rule_texts rt WHERE rt.id = ${t}.rule_text_id) END`;
}

/** The whole body of the findings row `table` (a table name or alias) as a Kysely expression. */
export function findingBody(table = 'findings'): RawBuilder<string> {
  const body = sql.ref(`${table}.body`);
  const id = sql.ref(`${table}.rule_text_id`);
  return sql<string>`CASE WHEN ${id} IS NULL THEN ${body} ELSE ${body} || CASE WHEN ${body} = '' THEN '' ELSE ${sql.lit(RULE_TEXT_SEPARATOR)} END || (SELECT rt.text FROM rule_texts rt WHERE rt.id = ${id}) END`;
}
