// Splits a heading (or a table cell / list label) into ref, severity, status markers and a clean title.
import type { Location, Severity, Status } from '../../../shared/types';
import { addLocations, parseLocations, permalinkLocations } from './locations';
import {
  calloutSeverity,
  cvssSeverity,
  factKind,
  yesNo,
  EMOJI_RE,
  isSeverityWord,
  keyedSeverity,
  SEVERITY_EMOJI,
  STATUS_MARKER_EMOJI,
  findIssueRef,
  LONG_ID_EXACT,
  EQUIPMENT_ITEM_ID,
  YEAR_SERIAL_ID,
  severityFromLabel,
  severityFromValue,
  statusFromText,
} from './vocab';
import { memoized } from './memo';
import { allMatches } from './all-matches';
import { unmarked } from './unmarked';

export interface HeadingInfo {
  /** heading text without Markdown emphasis and emoji */
  text: string;
  title: string;
  ref: string | null;
  refKind: 'issue' | 'numeric' | null;
  severity: Severity | null;
  severityText: string | null;
  status: Status | null;
  blocks: boolean | null;
  locations: Location[];
  /** the severity is a label before the title ("Low - Title", "HIGH: Title") */
  labelled: boolean;
  /** a Conventional Comments label before the title ("issue (blocking) · High — Title"), lower case, else absent */
  comment?: string;
  /** the label names a numbered criterion, control or requirement of a standard ("Criterion 1.4.3 – …"), else absent */
  criterion?: true;
}

/**
 * Convention: Conventional Comments (conventionalcomments.org), a review comment's label, its decorations in
 * brackets and a separator before the subject: "issue (blocking): Token leaks", "nitpick · Nit — Rename x",
 * "suggestion (non-blocking, security) — Check the scheme". The label is written in lower case, as the
 * convention writes it ("Note: …" in capitals stays a title's word); a rating word may follow it as a second
 * segment ("issue (blocking) · High — Title"), which the label reading after it takes.
 */
// a clock time or range opening a meeting topic's heading (see parseHeading): "09:34 –", "[09:15–09:40]", "2:30 PM —"
const CLOCK_TIME_LEAD = /^[[(]?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s*[–—-]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?)?[\])]?(?:\s*[–—|·:-]\s+|\s+(?=\p{Lu}))/u;
// ("blocking: Title": reviewers write the decoration alone as the label, short for "issue (blocking):", as GitLab's
// and many PR reviews' legends of conventional comments do; it holds the merge back, rated by the legend if any)
const COMMENT_LABEL =
  /^(praise|nitpick|nit|suggestion|issue|todo|question|thought|chore|note|typo|polish|quibble|blocking)(?:\s*\(([a-z][a-z ,-]{1,40})\))?\s*(?::|\s[·•|—–-]\s)\s*(?=\S)/;

/**
 * Element names of HTML that reports embed in Markdown (<br>, <code>, <details>…). Only these are
 * removed as markup: reports about code write generics and headers in angle brackets
 * ("NapiArrayToVector<double>", "Missing <numeric> Header"), which are text, not tags.
 */
const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|br|center|cite|code|dd|del|details|dfn|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|small|span|strike|strong|sub|summary|sup|table|tbody|td|th|thead|tr|tt|u|ul|var|wbr)(?=[\s/>])[^>\n]*>/gi;

/** A status or severity word an image badge names by its file ("![](img/critical.png)"). */
const BADGE_NAME = /^(critical|high|medium|moderate|low|info|informational|blocker|major|minor|trivial|fixed|resolved|open|acknowledged|verified)$/i;

/**
 * What an image says in a line of text: its alt text, or the severity / status a badge names
 * ("![](img/critical.png)", "![](icons/high-priority.svg)", "![](sev_low.png)", shields.io "badge/severity-critical-red"). A badge that names a
 * severity or status becomes a bracketed marker ("[critical]"), which the readers take as one.
 */
function imageText(alt: string, src: string): string {
  const shield = /\/badge\/([^/?#]+)/.exec(src);
  let said = '';
  if (shield) {
    const [label, message] = decodeURIComponent(shield[1]).replace(/--/g, '\u0000').split('-').map((x) => x.replace(/\u0000/g, '-').replace(/_/g, ' '));
    if (message && /^(severity|sev|status|state|priority|risk|impact)$/i.test(label)) said = message;
  }
  if (!said) {
    const base = (src.split(/[?#]/)[0].split('/').pop() ?? '').replace(/\.\w+$/, '').replace(/^(?:badge|sev|severity|status|priority|risk)[-_]|[-_](?:badge|icon|priority|severity|sev|risk)$/gi, '');
    said = BADGE_NAME.test(base) ? base : '';
  }
  const words = alt.trim() || said;
  if (!words) return '';
  // ("![P1 Badge](https://img.shields.io/badge/P1-orange)", "![High icon](…)": the alt names what the
  // image is after the rating; the marker is the rating alone)
  const rating = words.replace(/^(.+?)\s+(?:badge|icon)$/i, '$1');
  const marker = rating.split(/\s+/).every((w) => /^(critical|high|medium|moderate|low|info|informational|blocker|major|minor|trivial|fixed|resolved|open|acknowledged|verified|severity|risk|status|priority|sev-?\d|p[0-4])$/i.test(w));
  if (marker) return `[${rating}]`;
  return said && !alt.trim() ? `[${said}]` : words;
}

/**
 * Convention: a GitHub comment written by a review bot rates with an HTML badge, since a comment's
 * "<summary>" line takes no Markdown image: '<img alt="Critical" src="https://img.shields.io/badge/severity-critical-d73a4a">'.
 * A badge that names a severity or status is its marker ("[Critical]", as imageText reads "![Critical](…)");
 * any other image goes, as other HTML does.
 */
function htmlBadge(tag: string): string {
  const alt = /\balt\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
  const src = /\bsrc\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '';
  // (a shield that says the severity, "badge/severity-nit-lightgrey" with alt "Nit", rates by what it says)
  const said = [imageText(alt, src), imageText('', src)].find((t) => t.startsWith('['));
  return said ? ` ${said} ` : '';
}

/** Applies `fn` to the text outside code spans; code spans stay as written (backticks included). */
export function outsideCode(md: string, fn: (s: string) => string): string {
  if (!md.includes('`')) return fn(md);
  let out = '';
  let last = 0;
  for (const m of allMatches(md, /(`+)[^`\n][\s\S]*?\1(?!`)/g)) {
    out += fn(md.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + fn(md.slice(last));
}

/**
 * `s.replace(/\s+/g, ' ').trim()` without building a new string when there is nothing to squash: the replace
 * changes a string only where it holds a whitespace character other than a space, or two in a row.
 */
function squashSpaces(s: string): string {
  return (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

const PLAIN_INLINE_OF_RE = /\*\*|~~|(?<![\p{L}\p{N}])__|__(?![\p{L}\p{N}])/gu;
/**
 * plainInline is pure and readers ask it for the same line many times over (status, lead, fields):
 * a bounded memo of its answers, cleared when full. A 1 MB report asks for about 11,000 distinct lines; at 4,096 the
 * memo emptied three times a parse and the later passes over a block rarely found their lines (about 5 % of the
 * extractor's CPU time); 32,768 short lines hold a report of a few MB whole, in a few MB of memory.
 */
const plainMemo = memoized(plainInlineOf, 32768);

/** Removes emphasis, links, images and HTML from inline Markdown, keeping code spans as written. */
export function plainInline(md: string): string {
  // (no link, code span, emphasis, HTML or escape: the text is its own plain form)
  if (!/[\]`*_~<\\]/.test(md)) return md;
  if (md.length > 1000) return plainInlineOf(md);
  return plainMemo(md);
}

function plainInlineOf(md: string): string {
  // links and images first: their text may hold code spans ("[[H-01] `withdraw()` …](url)")
  const linked = md.includes('](')
    ? md
        .replace(/!\[([^[\]\n]*)\]\(([^()\n]*)\)/g, (_m, alt: string, src: string) => imageText(alt, src))
        .replace(/\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g, '$1')
    : md;
  return outsideCode(linked, (s) =>
    // most prose has no emphasis, HTML or escapes: one test instead of four replaces
    !/[*_~<\\]/.test(s)
      ? s
      : s
      .replace(HTML_TAG, (t) => (/^<\/?(?:br|p|div|li|tr|td|th)\b/i.test(t) ? ' ' : /^<img\b/i.test(t) ? htmlBadge(t) : ''))
      // ("Loan_Application__c", "MAX__LEN": an underscore pair inside a word is no emphasis, as CommonMark reads
      // it; Salesforce custom objects and fields end in "__c")
      .replace(PLAIN_INLINE_OF_RE, '')
      .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=$|[\s).,:;!?])/g, '$1$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'),
  );
}

// (Convention: a review keeps a finding it took back under its heading, closing the line on the verdict, "SR-12:
// Private key export … — WITHDRAWN", "— Retracted": the verdict is a state, no word of the title)
const MARKER_WORD =
  /^(critical|crit|blocker|informational|blocking|blocks|showstopper|high|major|serious|medium|moderate|minor|low|trivial|info|urgent|p[0-4]|sev-?[0-5]|fixed|not|yet|improved|partial|partially|needs|need|fix|resolved|done|verified|open|wontfix|won't|pending|withdrawn|retracted|unknown|in|progress|wip|for|production|prod|deployment|deploy|release|priority|severity|sev|risk|rating|issue|bug|new|regression|fails?|failed|failing|passe?s?|passed|level|a|aa|aaa|-|–|—|\/|&|\+|,|and|or)$/i;

// a status word may follow the title after a space ("… FIXED"); a severity word needs a separator
// ("… - HIGH", "…: CRITICAL"), since "logs payloads at INFO" ends in one as a word of the title
const TRAILING_WORD =
  /(?:(?:^|[\s:–—|-])\s*(FIXED|RESOLVED|ADDRESSED|MITIGATED|CLOSED|NOT FIXED(?: YET)?|IMPROVED|PARTIAL(?:LY FIXED)?|DONE|VERIFIED|WONTFIX|UNKNOWN)|(?:^|\s[:–—|-]|:)\s*(OPEN|CRITICAL|HIGH|MEDIUM|LOW|MODERATE|MINOR|MAJOR|BLOCKER|BLOCKING|INFO|P[0-4]))\s*$/;

// Convention: a short id is written in capitals, "F1:", "H2 —"; a lowercase word with a digit before a colon is the
// subject of a scanner's title, "package: summary" ("krb5: GSS message token …", "libxml2: use-after-free …",
// "http2: …"), and stays in the title
const SHORT_ID_TOKEN = /^[A-Z]{1,3}\d{1,4}[.:)]?$/;
// Convention: a finding numbered by a label and a number sign, as Romance-language and formal audit reports write
// it, "Constatação n.º 1 – Title", "Hallazgo N.º 3: …", "Rilievo n. 2 – …", "Finding No. 4 – …", "Feststellung
// Nr. 5: …": the noun, the sign ("n.º", "nº", "n°", "n.", "No.", "Nr.", "Núm.") and the number are one label
// Convention: an API review or changelog tags an item that breaks clients, "⚠️ BREAKING — Enum value renamed",
// "Breaking: required parameter added": the tag is a label before the title, as "New" or "Regression" is
const LABEL_TOKEN =
  /^(critical|crit|blocker|showstopper|high|major|serious|medium|moderate|minor|low|trivial|info|informational|gas|nit|non-critical|urgent|kritisch|hoch|mittel|niedrig|critique|p[0-4]|sev-?[0-5]|severity|priority|bug|bugs|issue|issues|finding|findings|concern|observation|befund|fehler|mangel|constat|hallazgo|constata[cç][aã]o|constatare|achado|observa[cç][aã]o|observaci[oó]n|osservazione|rilievo|feststellung|bevinding|n\.?[º°]\.?|n\.|no\.|nr\.?|n[úu]m\.|nro\.|problema|vulnerabilidad|vuln|vulnerability|defect|problem|task|item|ticket|risk|new|regression|breaking|security|#?\d+(?:\.\d+)*[.)]?|\d{4}-\d{1,4}[.:)]?|temuan|#\d+|\[[^\]]+\]|[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))?-[A-Z]{0,3}\d+(?:\.\d+)*|-|–|—|\(|\))$/i;

/**
 * Convention: accessibility and compliance audits by criterion (WCAG success criteria, RGAA, EN 301 549, ISO / SOC
 * controls) title each record by the criterion it fails, "Criterion 1.4.3 – Contrast (minimum)", "Critère 8.6 – …",
 * "Control A.9.2 — …", "Requirement 4.2 – …": the word names the kind of record (as "Finding 3" does), the number
 * is its id. Counted as a label word only where a number stands in the label with it.
 */
const CRITERION_WORD = /^(?:success|criterion|criteria|crit[eè]re|crit[eé]rio|criterio|criterium|kriterium|kriterie|kryterium|requirement|exigence|requisito|requisit|anforderung|vereiste|control|contr[oô]le|controllo|kontrolle|wcag|rgaa|sc)$/i;
const CRITERION_NUMBER = /^(?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3})*$/;

/** "a) ", "(b) ", "α) ", "στ) ", "ια) ": a letter of a lettered list, Latin or Greek (its numeral letters), before the title */
const LETTER_LABEL = /^\(?(?:[a-z]|ι?(?:στ|[αβγδεζηθϛ])|ι|κ)\)\s+(?=\S)/u;

const FULLWIDTH_STATE = /\s*[（【]([^（）【】()]{1,12})[）】]\s*$/;

/**
 * Convention: Korean vulnerability assessments after the KISA / 주요정보통신기반시설 guide close each item's name with
 * the guide's two-letter code in brackets, "SQL 인젝션(SI)", "불충분한 권한 검증(IN)", "자동화 공격(AU)": the code is
 * part of the item's name as the guide writes it. A code that happens to spell a marker's connective word ("IN",
 * "FOR", "AND") states no state and no level, so it stays in the title; "(WIP)", "(HIGH)", "(OPEN)" still mark one.
 */
function guideItemCode(inner: string): boolean {
  return /^[A-Z]{2,3}$/.test(inner) && !/^A{2,3}$/.test(inner) && !statusFromText(inner) && !severityFromValue(inner) && !/^(?:BLOCK|BLOCKS|NOT)$/.test(inner);
}

/** area and workflow tags set in brackets before a title, no item's code: "[UI] …", "[API] …", "[WIP] …" */
const AREA_TAG = /^(?:UI|UX|API|CI|CD|DB|QA|BUG|FIX|RFC|DOC|DOCS|WIP|NEW|SEC|OPS|IOS|WEB|APP|CLI|SDK|AWS|GCP|TODO|NOTE|TBD|HOLD|DRAFT|NIT|TEST|PERF|CSS|HTML|JS|TS|DEV|PROD)$/;

/**
 * A field closing a head line of fields set off by pipes, "Severity: High", "위험도: 상", "Open", "조치중": a rating
 * or a state, keyed by its field's name or alone, no part of the title.
 */
function pipedField(seg: string): { severity: Severity | null; status: Status | null; text: string } | null {
  const kv = /^([^:：]{1,24}?)\s*[:：]\s*(\S.{0,29})$/u.exec(seg);
  if (kv) {
    const kind = factKind(kv[1].trim());
    const v = kv[2].trim();
    if (kind === 'severity' && severityFromValue(v)) return { severity: severityFromValue(v), status: null, text: v };
    if (kind === 'status' && statusFromText(v)) return { severity: null, status: statusFromText(v), text: v };
    return null;
  }
  if (seg.length > 24 || seg.split(/\s+/).length > 3) return null;
  const st = statusFromText(seg);
  if (st) return { severity: null, status: st, text: seg };
  return isSeverityWord(seg) && severityFromValue(seg) ? { severity: severityFromValue(seg), status: null, text: seg } : null;
}

function isPureMarker(inner: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => MARKER_WORD.test(w.replace(/[(),:]/g, '') || '-'));
}

const EMOJI_ANY = new RegExp(EMOJI_RE.source, 'u');
const NUMBER_MARK_WORD = new RegExp(`^\\s*\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s*(?:${EMOJI_RE.source})+\\s*\\S+\\s*$`, 'u');
const EMOJI_BEFORE_LAST_WORD = new RegExp(`(?<=\\S)\\s*(?:${EMOJI_RE.source})+\\s*(?=\\S+\\s*$)`, 'gu');
const STILL_WORD = /^still\s+/i;
/** a test's node id as pytest writes it, "test_tax.py::test_rounding" */
const TEST_NODE_ID = /\.\w{1,5}::\w/;
/**
 * Convention: a reviewer who withdraws an item keeps it in the numbered list and closes its title on the verdict
 * after a dash, "6. ~~Possible leak in `useX`~~ — false positive", "— not a bug", "— won't fix": the verdict is the
 * item's state, no word of its title
 */
const CLOSING_VERDICT = /^(?:false positive|not a bug|not an issue|won'?t fix|by design|duplicate)$/i;
/** "Title — reason, NOT fixed", "Title — real bug? NOT fixed": a state closing the line after a comma or a question */
const CLOSING_STATE = /([,;?!])\s+(\S+(?:\s+\S+){0,2})\s*$/;
/** "High.", "Medium": one word closing a head sentence after a comma (its rating when it is a severity word) */
const CLOSING_SEVERITY = /^([A-Za-z]{3,13})\.?$/;
/** "Level 1", "LEVEL 2": a regulator's finding level (EASA/UK CAA Part-145, Part-CAMO, Part-ORA) */
export const REGULATOR_LEVEL = /^level\s+[1-3]$/i;
/**
 * Convention: a building or condition survey rates each element it inspects in a heading, "D2 Roof coverings —
 * Condition rating 3", "Windows — Condition rating NI" (the RICS Home Survey Standard's 1/2/3 and NI; asset
 * condition surveys' "Condition grade C"): the rating is a level of the report's own scale, read through its legend
 */
const CONDITION_RATING = /^condition\s+(?:rating|grade)\s*:?\s+([0-9]|[A-E]|NI|N\/I)$/i;
/**
 * Convention: statutory examination and inspection reports (lifts, cranes, pressure systems) close a defect's heading
 * on its lettered category after a dash, "— Category B", "– Cat. A", and on a note that it was reported before,
 * "— Category B (repeat)": the grade is no part of the title; the report's legend says how severe it is
 */
const TRAILING_GRADE = /\s+[—–-]\s+((?:category|cat\.?|grade|class)\s+[A-E])(?:\s+\((?:repeat(?:ed)?|recurring|carried (?:forward|over)|re-?raised)\))?\s*$/i;
/**
 * Convention: an inspection flags a violation cited at the previous visit too by a bracketed R after its title,
 * "Cold holding at 48 °F [R]", "Exit sign unlit (R)", "[Repeat]" (food, pool and childcare licensing inspections):
 * the flag is no part of the title
 */
const REPEAT_FLAG = /\s*(?:\[(?:R|RPT|[Rr]epeat(?:ed)?)\]|\((?:R|RPT|[Rr]epeat(?:ed)?)\))$/;
const BRACKET_TAGS = /\s*\(([^()]{3,60})\)$/;
const BRACKET_STATE = /^(?:open|closed|fixed|resolved|verified|in progress|ongoing|pending|done)$/i;
const BRACKET_GRADE = /^(?:category|cat\.?|grade|class)\s+[A-E]$/i;
const TRAILING_GRADE_HINT = /\b(?:cat|grade|class)/i;
/** "Observation", "OFI": the grade of an audit record that is no non-compliance, as a label after the id */
const AUDIT_GRADE_LABEL = /^(?:observation|obs|OFI)$/i;
/** "Nit", "Nitpick": a review's mark for its mildest comments */
const NIT_LABEL = /^nit(?:pick)?s?$/i;
/** "— 0/10", "(5/10)", "— 72/100": a check's score out of its maximum closing the title */
const TRAILING_SCORE = /(?:\s+[—–-]\s+(\d{1,3})\s*\/\s*(10|100)|\s*\(\s*(\d{1,3})\s*\/\s*(10|100)\s*\))\s*$/;
/** a mark, then two or three closing words ("Title ⚠️ partially fixed") */
const EMOJI_BEFORE_PHRASE = new RegExp(`(?<=\\S)\\s*(?:${EMOJI_RE.source})+\\s*(\\S+(?:\\s+\\S+){1,2})\\s*$`, 'u');
/** "fixed in 7d1a9e0", "resolved in this branch", "addressed by PR #412": a state with where it happened, in up to three words */
const FIXED_WHERE = String.raw`(?:fixed|resolved|addressed|done|closed|mitigated)\s+(?:in|by|on|with)\s+[\w.#/@\x60-]+(?:\s+[\w.#/@\x60-]+){0,2}`;
const FIXED_WHERE_RE = new RegExp(`^${FIXED_WHERE}$`, 'i');
// Convention: a review that fixed some findings itself closes their headings on a mark and where the fix went, "### 4.
// No `permissions:` block ✅ Fixed in this branch", "— ✅ resolved in `c02d9f7`": the state, no words of the title
const EMOJI_BEFORE_FIXED_WHERE = new RegExp(`(?<=\\S)\\s*(?:${EMOJI_RE.source})+\\s*(${FIXED_WHERE})\\s*$`, 'iu');

/** "Sev 1", "Severity 2" set off by separators as a marker (not "Severity 2 incidents are not paged") */
const SPACED_LEVEL = /(^|[·•|—–:([]\s*)Sev(?:erity)?\.?\s([0-5])(?=\s*(?:[·•|—–:)\]]|-\s))/gi;

/**
 * Convention: org-mode's headings as ox-md and Pandoc export them ("TODO [#A] Title     :ledger:ops:"): a
 * TODO keyword in capitals (the state), a priority cookie (org's default scale: A the highest, B the
 * default, C the lowest; a report's legend may say otherwise) and tags after the title, none of them part
 * of it. Read only where a cookie or tags confirm the heading is org's.
 */
const ORG_KEYWORD: Record<string, Status> = {
  TODO: 'open', NEXT: 'open', WAIT: 'open', WAITING: 'open', HOLD: 'open', BLOCKED: 'open', OPEN: 'open',
  STARTED: 'in_progress', DOING: 'in_progress', INPROGRESS: 'in_progress', 'IN-PROGRESS': 'in_progress', ACTIVE: 'in_progress',
  DONE: 'fixed', FIXED: 'fixed', CLOSED: 'fixed', RESOLVED: 'fixed',
  WONTFIX: 'wont_fix', "WON'T": 'wont_fix', CANCELED: 'wont_fix', CANCELLED: 'wont_fix', CANCEL: 'wont_fix', KILL: 'wont_fix', KILLED: 'wont_fix', DEFERRED: 'wont_fix',
  DUP: 'duplicate', DUPE: 'duplicate', DUPLICATE: 'duplicate',
  INVALID: 'false_positive', NOTABUG: 'false_positive',
};
const ORG_COOKIE: Record<string, Severity> = { A: 'high', B: 'medium', C: 'low' };
const ORG_HEADING = /^([A-Z][A-Z'-]{1,11})?\s*(?:\[#([A-Z0-9])\]\s+)?(\S.{0,400}?)(?:\s+(:(?:[\w@#%.-]+:)+))?$/;

const ORG_HEADING_RE = /\p{L}{2,}/u;
function orgHeading(raw: string): { title: string; status: Status | null; severity: Severity | null; cookie: string | null } | null {
  if (!raw.includes('[#') && !/:\s*$/.test(raw)) return null;
  const plain = plainInline(raw).replace(/\s+/g, ' ').trim();
  const m = ORG_HEADING.exec(plain);
  if (!m || (!m[2] && !m[4])) return null;
  const kw = m[1] ? ORG_KEYWORD[m[1]] : undefined;
  // (a word in capitals that is no TODO keyword opens the title: "API [#A] …" is no org heading)
  if (m[1] && !kw) return null;
  if (!kw && !m[2]) return null;
  const title = m[3].trim();
  if (!ORG_HEADING_RE.test(title)) return null;
  return { title, status: kw ?? null, severity: m[2] ? ORG_COOKIE[m[2]] ?? null : null, cookie: m[2] ? `[#${m[2]}]` : null };
}

const PARSE_HEADING_RE = /^([^*_\p{L}]{0,12}(?:[\p{L}\d-]+\s*[·:|]?\s*){0,2}?)(?:\*\*|__)([^*_]{3,200}?)(?:\*\*|__)\s*[—–-]\s+(\S.{0,300})$/u;
const PARSE_HEADING_RE2 = /\p{L}{2,}\s+\p{L}{2,}/u;
const PARSE_HEADING_RE3 = /^[^\p{L}\p{N}]{0,4}(?:[\p{L}\p{N}][\p{L}\p{N}.:#-]*\s+){0,2}(\p{Extended_Pictographic})/u;
const PARSE_HEADING_RE4 = /^([A-Z]{1,3}\d{1,4})[ 	]+(?=\p{Extended_Pictographic})/u;
const PARSE_HEADING_RE5 = /^((?:[A-Z]{1,3}\d{1,4}|[A-Z][A-Z0-9]{0,9}-\d{1,6})[ \t]+)?`(\p{L}[\p{L}-]{1,15}):`[ \t]+(?=\S)/u;
const PARSE_HEADING_RE6 = /\p{Lu}{2}/u;
const BRACKETS_RE = /^\p{L}+$/u;
/** an advisory database's id: scheme, year and serial, "RUSTSEC-2025-0104", "CVE-2024-3094", "PYSEC-2023-117" */
export const ADVISORY_ID = /^[A-Z]{2,10}-(?:19|20)\d{2}-\d{3,7}$/;
const CATEGORY_ITEM_HINT = /^\d{1,2}-/;
const CATEGORY_ITEM = /^(\d{1,2}-\d{1,2})(?:[.:)]\s*|\s+)(?=[^\s\p{Ll}\d-])/u;
/** what follows a number pair that is a band, not a finding's number: a severity, a unit, a score */
const CATEGORY_ITEM_NOT = /^(?:critical|high|medium|low|info|informational|days?|hours?|weeks?|months?|years?|points?|[%％]|日|時間|週間?|か月|ヶ月|ケ月|年|点|件|名|人)(?![\p{L}])/iu;
const PARSE_HEADING_RE7 = /^\d+\s+\p{Ll}/u;
const PARSE_HEADING_RE8 = /^\d+\s+\p{Lu}{2,}\s+\p{Ll}/u;
const PARSE_HEADING_RE9 = /^([A-Z]{1,3}\d{1,4})\.\s+(?=[\p{Lu}`"“])/u;
const PARSE_HEADING_RE10 = /^[\s:–—|.-]*\p{L}+(?:\s+(?:priority|severity|risk|findings?|issues?))?[\s:.]*$/iu;
/** "Q4 2024 — …", "H1 FY26 – …", "Q3 '25: …": a quarter or a half-year and its year, then a dash or a colon (or the end) */
export const PERIOD_HEAD = /^\W*(?:Q[1-4]|H[12])\s+(?:FY\s*)?'?\d{2,4}\s*(?:[—–:-]\s|$)/;
const PARSE_HEADING_RE11 = /^[\s:.]*`[^`\n]{1,120}`\s+[—–]\s+(?=[\p{Lu}\p{N}`])/u;
const PARSE_HEADING_RE12 = /^\(([\p{L}][\p{L} -]{1,30})\)\s*(?:[–—-]|\.)\s+(?=\S.{7})/u;
/**
 * Convention: a review bot's marker that the finding holds the merge, set off by a middle dot after the title or
 * its location ("Title — `a.ts:48` · 🚧 blocking", "· non-blocking"): true, false, or null when no segment says it.
 */
// (Convention: the same marker in Hungarian, "Merge-blokkoló" (merge-blocking), "Kiadás-blokkoló", "Blokkoló",
// "Nem blokkoló" (not blocking): the step's loanword or noun hyphenated to "blokkoló", as "merge blocker" is)
const BLOCKING_SEGMENT = /^(?:(non-|nem )?(?:(?:merge|release|kiad[aá]s|[eé]les[ií]t[eé]s|telep[ií]t[eé]s)[- ]?)?(?:blocking|blokkol[oó])|(?:merge[- ]|release[- ])?blocker)$/i;
/** a segment that is a blocking marker alone ("🚧 blocking", "**Merge blocker**", "Merge-blokkoló"): true, false (non-blocking), else null */
export function blockingMark(seg: string): boolean | null {
  const m = BLOCKING_SEGMENT.exec(unmarked(seg.replace(EMOJI_RE, ' ')));
  return m ? !m[1] : null;
}
function blockingSegments(s: string): boolean | null {
  for (const seg of s.split(/\s+[·•—–]\s+/)) {
    const b = blockingMark(seg);
    if (b !== null) return b;
  }
  return null;
}

/** "187315 – Title": a scanner's plugin number of four to seven digits opening a heading, then a dash */
/**
 * "Advisory", "Observation", "Good practice": a tier below low that asks for no fix, closing a heading in brackets
 * (not "(for information)", which glosses a group's heading, "## 3. Observations (for information)")
 */
const NO_ACTION_TIER = /^(?:advisory|observation|best practice|good practice)$/i;
const PLUGIN_NUMBER_LEAD = /^\d{4,7}\s*[—–:-]\s/;

/** "see FW-22972", "see also #412, #415", "cf. H-2": a bracketed pointer to other records by their ids */
const SEE_OTHER_RECORD = /^(?:see(?: also)?|cf\.?)\s+(?:[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+|#\d{1,7})(?:\s*(?:,|and|&)\s*(?:[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+|#\d{1,7}))*$/;

/**
 * Convention: a review or audit closes a finding's heading or item title on its rating tag in inline code, "Postgres
 * password in plaintext `S1`", "Retry loop never backs off `P2`", "Typo in log field `nit`", "`blocking`", then its
 * state, "`S1` ✅ resolved", "`high` — open", "`S2` 🟡 fix pushed, re-checking": the tag rates the finding (read
 * through the report's legend), the words after it are its status; the title keeps its other code spans. A rating
 * word after "to", "is", "=" is a value the title names ("Log level set to `info`"), and stays.
 */
const CODE_TAG_WORD = String.raw`S[0-4]|P[0-4]|sev-?[0-5]|nit(?:pick)?|(?:non-)?blocking|blocker|critical|high|medium|moderate|low|minor|major|info|informational`;
const TRAILING_CODE_TAG = new RegExp(
  String.raw`^(.*?\S)\s+\x60(${CODE_TAG_WORD})\x60(?:\s*([—–|:·-]\s*)?((?:${EMOJI_RE.source})+\s*)?([^\x60]{1,40}?))?\s*$`,
  'iu',
);
// (and after a word for a level, "logged at level `info`", "journalisé en niveau `info`", "nivel `debug`": the log
// level the title names, in English, French, Spanish, Portuguese, Italian and German, or their prepositions)
const CODE_TAG_VALUE_BEFORE = /(?:(?<![\p{L}])(?:to|is|are|was|be|as|of|from|at|set|uses?|with|level|niveau|nivel|livello|stufe|log-?level|en|à|au|comme|como|em|auf|zu)|[=:])$/iu;
function trailingCodeTag(s: string): { title: string; tag: string; severity: Severity | null; status: Status | null; blocks: boolean | null } | null {
  const m = TRAILING_CODE_TAG.exec(s);
  if (!m || CODE_TAG_VALUE_BEFORE.test(m[1]) || !/\p{L}{2}/u.test(m[1])) return null;
  const tail = m[5]?.replace(EMOJI_RE, ' ').trim() ?? '';
  const marks = m[4] ?? '';
  // (words after the tag are a state only where a separator, a mark or a state word says so: "`S3` bucket policy" is
  // no tag)
  const tailState = tail ? statusFromText(tail) : null;
  if (tail && !m[3] && !marks && !tailState) return null;
  let status: Status | null = tailState;
  if (!status) for (const e of marks) if (STATUS_MARKER_EMOJI[e]) status = STATUS_MARKER_EMOJI[e];
  const tag = m[2];
  const blocking = /^(non-)?block/i.exec(tag);
  return {
    title: m[1].replace(/\s*[—–|:·-]\s*$/, ''),
    tag,
    severity: blocking ? null : NIT_LABEL.test(tag) ? 'info' : severityFromValue(tag),
    status,
    blocks: blocking ? !blocking[1] : null,
  };
}

export function parseHeading(raw: string): HeadingInfo {
  if (raw.length > 2000) raw = raw.slice(0, 2000);
  // "🔴 **Hero image is not preloaded** — est. LCP saving 3.1 s": the bold words are the title, what
  // follows the dash qualifies it (a measurement, a place); markers before the bold stay markers
  // (the expression backtracks at length over a heading; most have no bold or underscores at all)
  const bold = (raw.includes('**') || raw.includes('__')) && PARSE_HEADING_RE.exec(raw.trim());
  if (bold && PARSE_HEADING_RE2.test(bold[2]) && !isPureMarker(plainInline(bold[2])) && !/(?:\*\*|__)/.test(bold[3])) {
    const h = parseHeading(`${bold[1]}${bold[2]}`);
    const tail = plainInline(bold[3]);
    const t = parseHeading(`x (${tail})`);
    return {
      ...h,
      text: plainInline(raw).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(),
      // ("**Title** — `a.ts:48` · 🚧 blocking": a review bot's blocking marker among what follows the dash)
      blocks: h.blocks ?? (tail.includes('block') || tail.includes('blokk') ? blockingSegments(tail) : null),
      severity: h.severity ?? t.severity,
      severityText: h.severity ? h.severityText : t.severityText,
      status: h.status ?? t.status,
      locations: h.locations.length ? h.locations : parseLocations(tail, true),
    };
  }
  // Convention: Bugzilla's title of a bug ("Bug 88231 – Crash when …", its page title and print format):
  // the bug's id is its number; "Bug" names the kind of record
  const bz = /^\s*Bug\s+(\d{1,9})\s+[–—-]\s+(\S.*)$/.exec(raw);
  if (bz) {
    const h = parseHeading(bz[2]);
    if (!h.ref) return { ...h, text: plainInline(raw).replace(/\s+/g, ' ').trim(), ref: bz[1], refKind: 'issue' };
  }
  const org = orgHeading(raw);
  if (org) {
    const h = parseHeading(org.title);
    return {
      ...h,
      severity: h.severity ?? org.severity,
      severityText: h.severity ? h.severityText : (org.cookie ?? h.severityText),
      status: org.status ?? h.status,
    };
  }
  // "# 3 Findings {#findings}": Pandoc's heading attributes (ids, classes) are no part of the title
  const attrs = /\s*\{(?:[#.][\w:.-]+\s*|[\w-]+=(?:"[^"]*"|\S+)\s*)+\}\s*$/.exec(raw);
  // ("#### DR-1 · Title {.danger}": one class names the block's kind, which the report's legend may rate)
  const attr = attrs ? headingAttributes(attrs[0]) : null;
  const kindClass = attr?.kind ?? null;
  let s = squashSpaces(plainInline(attrs ? raw.slice(0, attrs.index) : raw));
  // "W-1 · Sev 1 · Title", "Severity 2 — Title": a level written with a space is one marker, as "Sev-1"
  if (/sev/i.test(s)) s = s.replace(SPACED_LEVEL, '$1Sev-$2');
  // "AC-01 🛑 Title", "⚠️ Title": a marker near the start with no meaning of its own here; the
  // report's legend may give it one ("| 🛑 | Blocker (high) |"), so it is kept as the severity as written
  // (every Extended_Pictographic character is U+00A9 or above: a line without one has no mark)
  const mark = /[^\x00-\xa8]/.test(s) && PARSE_HEADING_RE3.exec(s);
  // Convention: a short id then the mark that rates it, then the title, "R1 🛑 Retries are not idempotent",
  // "Q4 💡 Consider a flag": the mark sets the id off from the title as a separator would ("P1"/"S2" before a
  // mark are priorities, not ids)
  const idMark = mark ? PARSE_HEADING_RE4.exec(s) : null;
  const markedId = idMark && !/^(?:P[0-4]|S[0-5])$/.test(idMark[1]) ? idMark[1] : null;
  // Convention: a Conventional Comments label written in code after the id, "R5 `nit:` Typo in a log field",
  // "`suggestion:` Extract the helper": the label, as if written plain ("nit: …")
  if (s.includes(':`')) s = s.replace(PARSE_HEADING_RE5, '$1$2: ');
  let emojiSev: Severity | null = null;
  let emojiSevText: string | null = null;
  let status: Status | null = null;
  // Convention: a trailing inline-code label closing a title is the finding's rating tag, a status after it its status
  const codeTag = s.endsWith('`') || s.includes('` ') ? trailingCodeTag(s) : null;
  if (codeTag) {
    s = codeTag.title;
    status = codeTag.status;
  }
  // (each of these marks is above U+00FF)
  if (/[^\x00-\xff]/.test(s)) for (const m of allMatches(s, /🔴|🔥|🚨|🟠|🟡|🟢|🔵|✅|✔|☑/gu)) {
    const e = m[0];
    if (SEVERITY_EMOJI[e] && !emojiSev) {
      emojiSev = SEVERITY_EMOJI[e];
      emojiSevText = e;
    }
    if (STATUS_MARKER_EMOJI[e] && !status) status = STATUS_MARKER_EMOJI[e];
  }
  // an emoji between the title and a trailing word separates them ("Title ❌ MODERATE")
  // (both replaces need an emoji: most headings have none)
  // Convention: a fix log's heading closes on a state's mark and its words ("### 6. Snapshot drift ⚠️ partially
  // fixed"): the mark separates a state of two or three words as it does one ("Title ❌ MODERATE")
  const phrase = EMOJI_ANY.test(s) ? (EMOJI_BEFORE_PHRASE.exec(s) ?? EMOJI_BEFORE_FIXED_WHERE.exec(s)) : null;
  // ("🚧 still open": "still" says the state held, no word of a title)
  const phraseState = phrase && phrase.index > 0 && (isPureMarker(phrase[1].replace(STILL_WORD, '')) || FIXED_WHERE_RE.test(phrase[1])) ? statusFromText(phrase[1]) : null;
  if (phraseState) {
    if (!status) status = phraseState;
    s = s.slice(0, phrase!.index);
  }
  // (not after an outline number alone, "3.3 🟡 Orta", "2 🟠 High": the mark rates a group headed by its level's
  // word, which is the heading's title, not an annotation after it)
  s = EMOJI_ANY.test(s) ? (NUMBER_MARK_WORD.test(s) ? s.trim() : s.trim().replace(EMOJI_BEFORE_LAST_WORD, ' - ')).replace(EMOJI_RE, ' ') : s.trim();
  s = squashSpaces(s);
  const text = s;

  // (the trailing code tag's rating, read above, stands unless a later reading gives one)
  let severity: Severity | null = codeTag?.severity ?? null;
  let severityText: string | null = codeTag?.tag ?? null;
  let blocks: boolean | null = codeTag?.blocks ?? null;
  let ref: string | null = null;
  let refKind: 'issue' | 'numeric' | null = null;
  const locations: Location[] = [];
  // Convention: meeting notes and minutes (an AI note-taker's summary, a triage call's minutes) open each agenda
  // topic's heading on the time it came up, "### 09:34 – Offline queue drops edits", "### [14:10–14:25] Retry storm",
  // "### 9:30 AM — …": the clock time or range places the topic in the meeting; it is no id and no part of the title
  if (s.includes(':')) {
    const clock = CLOCK_TIME_LEAD.exec(s);
    if (clock && clock[0].length < s.length) s = s.slice(clock[0].length);
  }

  // trailing markers: "(FIXED)", "(URGENT - P0)", "[HIGH SEVERITY]", "— CRITICAL BUG", "✅ FIXED",
  // "(scheduler.ts:500)": annotations after the title, never part of it
  // "**3.1 Title (Critical).**": a bold sentence closes after its annotation
  if (s.includes(')')) s = s.replace(/(\([^()]{1,40}\))\s*[.:]\s*$/, '$1');
  for (let guard = 0; guard < 6; guard++) {
    // (Convention: a review bot's summary line closes on the file it points at after a middle dot, "Title ·
    // `internal/ledger/post.go#L88-L97`", as others set it off by a dash)
    const where = /\s+[—–·•-]\s+(`[^`]+`(?:\s*,\s*`[^`]+`)*)$/.exec(s);
    if (where && where.index > 0 && parseLocations(where[1], true).length) {
      addLocations(locations, parseLocations(where[1], true));
      s = s.slice(0, where.index).trim();
      continue;
    }
    // ("Title — `a.ts:48` · blocking": the bot's blocking marker after a middle dot closes the line; the
    // mark before it, "🚧", is gone by now)
    const dot = s.includes('block') ? /\s+[·•]\s+(?:-\s+)?(\w[\w -]{4,19})$/.exec(s) : null;
    const dotBlocks = dot && dot.index > 0 ? blockingSegments(dot[1]) : null;
    if (dotBlocks !== null) {
      if (blocks === null) blocks = dotBlocks;
      s = s.slice(0, dot!.index).trim();
      continue;
    }
    // Convention: a finding's head closes on its grade and its state together in brackets, "TW-01 — Back-propping
    // removed (Category A, Open).", "(Major, Closed)": each part a grade, a level or a state, none a word of the title
    const tags = s.endsWith(')') ? BRACKET_TAGS.exec(s) : null;
    const parts = tags && tags.index > 0 ? tags[1].split(/\s*[,;]\s*/) : null;
    if (parts && parts.length >= 2 && parts.every((p) => BRACKET_GRADE.test(p) || (isPureMarker(p) && severityFromValue(p)) || (BRACKET_STATE.test(p) && statusFromText(p)))) {
      for (const p of parts) {
        if (BRACKET_GRADE.test(p)) {
          if (!severity && !severityText) severityText = p;
        } else if (severityFromValue(p) && !statusFromText(p)) {
          if (!severity) {
            severity = severityFromValue(p);
            severityText = p;
          }
        } else if (!status) status = statusFromText(p);
      }
      s = s.slice(0, tags!.index).trim();
      continue;
    }
    // Convention: an agent's fix log closes a record's head on its state after the reason, "`test_x` — spec
    // conflict, NOT fixed", "— real bug? NOT fixed": the state is no part of the title (the question stays)
    const closing = s.includes(' ') ? CLOSING_STATE.exec(s) : null;
    const closingState = closing && closing.index > 0 && isPureMarker(closing[2]) ? statusFromText(closing[2]) : null;
    if (closingState) {
      if (!status) status = closingState;
      s = s.slice(0, closing!.index) + (/[?!]/.test(closing![1]) ? closing![1] : '');
      continue;
    }
    // Convention: a bold head sentence closes on its rating after a comma, "Stale base image (4/10), High.",
    // "Unpinned installer, Low.": one severity word, the sentence's last, is no word of the title
    const closingWord = closing && closing.index > 0 && closing[1] === ',' ? CLOSING_SEVERITY.exec(closing[2]) : null;
    const closingSev = closingWord && isPureMarker(closingWord[1]) ? severityFromValue(closingWord[1]) : null;
    if (closingSev) {
      if (!severity) {
        severity = closingSev;
        severityText = closingWord![1];
      }
      s = s.slice(0, closing!.index).trim();
      continue;
    }
    // Convention: a scored check's result closes its name, "Token-Permissions — 0/10", "Code-Review (3/10)": the
    // score the tool gave, out of its maximum, is no word of the title and no rating (a low score is the check
    // failing, not a low risk)
    const scored = s.includes('/') ? TRAILING_SCORE.exec(s) : null;
    if (scored && scored.index > 0 && Number(scored[1] ?? scored[3]) <= Number(scored[2] ?? scored[4])) {
      s = s.slice(0, scored.index).trim();
      continue;
    }
    const repeat = s.endsWith(']') || s.endsWith(')') ? REPEAT_FLAG.exec(s) : null;
    if (repeat && repeat.index > 0) {
      s = s.slice(0, repeat.index).trim();
      continue;
    }
    const grade = TRAILING_GRADE_HINT.test(s) ? TRAILING_GRADE.exec(s) : null;
    if (grade && grade.index > 0) {
      if (!severity && !severityText) severityText = grade[1];
      s = s.slice(0, grade.index).trim();
      continue;
    }
    // (Convention: a record's head line of fields set off by pipes, "F-3 | Weak TLS | Severity: High | Open": each
    // field after the title closes it as one after a dash does)
    const dash = /\s+[—–─━|-]\s+([^—–─━|()[\]]{1,40})$/.exec(s);
    const piped = dash && dash.index > 0 && dash[0].includes('|') ? pipedField(dash[1].trim()) : null;
    if (piped) {
      if (piped.severity && !severity) {
        severity = piped.severity;
        severityText = piped.text;
      }
      if (piped.status && !status) status = piped.status;
      s = s.slice(0, dash!.index).trim();
      continue;
    }
    // "— Level AA — Fails" (conformance audits) as well as "— CRITICAL BUG"
    // "— fixed in 7d1a9e0", "— resolved in v2.3": a status with where it happened
    // ("— ✅ resolved in `c02d9f7`": a review bot's commit, in code)
    // ("— fixed in this session", "— fixed in PR #412": where, in up to three words, as an agent's reply says it)
    const fixedIn = dash && FIXED_WHERE_RE.test(dash[1].trim());
    // ("— Kritik", "— Hög": a severity word of another language after the dash)
    if (dash && dash.index > 0 && !isPureMarker(dash[1].trim()) && isSeverityWord(dash[1].trim())) {
      if (!severity) {
        severity = severityFromValue(dash[1].trim());
        severityText = dash[1].trim();
      }
      s = s.slice(0, dash.index).trim();
      continue;
    }
    // ("Title ─ 위험도 상", "Title — Risk High": the rating after its field's name)
    const keyed = dash && dash.index > 0 ? keyedSeverity(dash[1]) : null;
    if (keyed) {
      if (!severity) {
        severity = severityFromValue(keyed.value);
        severityText = keyed.value;
      }
      s = s.slice(0, dash!.index).trim();
      continue;
    }
    // ("D2 Roof coverings — Condition rating 3": a building survey's element rated on its own scale, CONDITION_RATING)
    const condition = dash && dash.index > 0 && /^c/i.test(dash[1].trim()) ? CONDITION_RATING.exec(dash[1].trim()) : null;
    if (condition) {
      if (!severity && !severityText) severityText = condition[1];
      s = s.slice(0, dash!.index).trim();
      continue;
    }
    // Convention: aviation authorities' and Part-145/CAMO quality audits grade a finding "Level 1", "Level 2" (the
    // regulator's levels, 1 the worst), written after a dash closing the record's heading, "— LEVEL 2": the level is
    // no part of the title; the report's legend says how severe it is
    const regLevel = dash && dash.index > 0 ? REGULATOR_LEVEL.exec(dash[1].trim()) : null;
    if (regLevel) {
      if (!severity && !severityText) severityText = regLevel[0];
      s = s.slice(0, dash!.index).trim();
      continue;
    }
    if (dash && dash.index > 0 && (fixedIn || CLOSING_VERDICT.test(dash[1].trim()) || (isPureMarker(dash[1].trim()) && (statusFromText(dash[1]) || severityFromValue(dash[1]) || /^level\s+a{1,3}$/i.test(dash[1].trim()))))) {
      s = `${s.slice(0, dash.index)} (${dash[1].trim()})`;
    }
    const p = /\s*[([]([^()[\]]*)[)\]]\s*$/.exec(s);
    if (p && p.index > 0) {
      const inner = p[1].trim();
      const locs = parseLocations(inner);
      if (locs.length && inner.replace(/[\w./:,\s`#-]/g, '').length === 0) {
        addLocations(locations, locs);
        s = s.slice(0, p.index).trim();
        continue;
      }
      // "(PAY-12)" after a title is its id; "PAY-12: Outdated package (CVE-2023-50782)" keeps the CVE
      // (Convention: "187315 – SSH Terrapin Prefix Truncation Weakness (CVE-2023-48795)": a scanner's plugin number
      // heads the finding, as Nessus and Qualys write-ups do; the advisory closing its name is part of the name)
      const idRef = /^[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))?-[A-Z]{0,3}\d+$/.test(inner) && findIssueRef(s)?.index !== 0 && !PLUGIN_NUMBER_LEAD.test(s) ? inner : null;
      if (idRef && !ref) {
        ref = idRef;
        refKind = 'issue';
        s = s.slice(0, p.index).trim();
        continue;
      }
      // Convention: a known-issues or carried-over list points a record at the one that supersedes or repeats it,
      // "FW-22815 — Export queue loses custom presets on restart (see FW-22972)", "(see also #412)", "(cf. H-2)":
      // the pointer names another record; it is no part of the title
      if (SEE_OTHER_RECORD.test(inner)) {
        s = s.slice(0, p.index).trim();
        continue;
      }
      // "(fixed in #881, waiting for deploy)", "(won't fix — by design)": a status note after the title
      const note = /^(?:fixed|resolved|patched|addressed|mitigated|won'?t fix|wontfix|risk accepted|acknowledged|by design|duplicate of|not a bug|false positive)\b/i.exec(inner);
      if (note && !isPureMarker(inner)) {
        const st = statusFromText(note[0]);
        if (st && !status) status = st;
        s = s.slice(0, p.index).trim();
        continue;
      }
      // "[KORJAUKSESSA]", "[HYVÄKSYTTY RISKI]": a state in capitals in brackets, in any language the status
      // words know
      const capsState = inner.length <= 30 && PARSE_HEADING_RE6.test(inner) && inner === inner.toUpperCase() && !isPureMarker(inner) ? statusFromText(inner) : null;
      if (capsState) {
        if (!status) status = capsState;
        s = s.slice(0, p.index).trim();
        continue;
      }
      // Convention: a QA report's S-scale code in brackets closing the title, "Editing a draft resets attachments
      // (S2)": the defect's severity (S1 the worst, as Sev-1); in capitals and alone, so "(s3)" stays a word
      // ("(S3, seit 4.10)", "(S4, since 2.3)": a known defect carried over, its code then the version it dates from)
      const sinceCode = inner.length <= 30 && inner.includes(',') ? /^(S[0-4]),\s*(?:since|seit|depuis|desde|dal|sinds)\s+v?\d+(?:\.\d+){0,2}$/.exec(inner) : null;
      if (/^S[0-4]$/.test(inner) || sinceCode) {
        if (!severity) {
          severity = severityFromValue(sinceCode ? sinceCode[1] : inner);
          severityText = sinceCode ? sinceCode[1] : inner;
        }
        s = s.slice(0, p.index).trim();
        continue;
      }
      // ("GL-08 – Zertifikat läuft am 02.07. ab (Niedrig)", "Título (Alta)": a severity word of another language in
      // brackets closing the title, as "— Kritik" after a dash; a word that rates only where a value opens with
      // it, "(Error)", "(Note)", stays)
      if (!severity && inner.length <= 20 && isSeverityWord(inner) && !/^(?:urgent|important|importante|error|warning|note)$/i.test(inner)) {
        const sv = severityFromValue(inner);
        if (sv) {
          severity = sv;
          severityText = inner;
          s = s.slice(0, p.index).trim();
          continue;
        }
      }
      // Convention: a finding's heading closing on the tier below low in brackets, "Missing HSTS header (Advisory)",
      // "Banner names the version (Observation)", as it closes on "(Low)" or "(Informational)": the tier that asks
      // for no fix (the word a legend's closing tier uses, report-facts' ADVISORY_GRADE) is informational and no
      // word of the title
      if (!severity && inner.length <= 16 && NO_ACTION_TIER.test(inner)) {
        severity = 'info';
        severityText = inner;
        s = s.slice(0, p.index).trim();
        continue;
      }
      if (isPureMarker(inner) && !guideItemCode(inner)) {
        const st = statusFromText(inner);
        if (st && !status) status = st;
        const sv = st ? null : severityFromValue(inner);
        if (sv && !severity) {
          severity = sv;
          severityText = inner;
        }
        if (/\bblock(ing|er|s)\b/i.test(inner)) blocks = true;
        s = s.slice(0, p.index).trim();
        continue;
      }
    }
    // Convention: Chinese and Japanese reviews close a title with its state in full-width brackets,
    // "连接泄漏（误报）" (false positive), "越权访问【已修复】" (fixed): an annotation, not part of the title
    const fw = s.endsWith('）') || s.endsWith('】') ? FULLWIDTH_STATE.exec(s) : null;
    const fwState = fw && fw.index > 0 ? statusFromText(fw[1].trim()) : null;
    if (fwState) {
      if (!status) status = fwState;
      s = s.slice(0, fw!.index).trim();
      continue;
    }
    const t = TRAILING_WORD.exec(s);
    if (t && t.index + t[0].length === s.length && s.length - t[0].length > 0) {
      const w = t[1] ?? t[2];
      const st = statusFromText(w);
      if (st && !status) status = st;
      const sv = /BLOCKING/.test(w) ? null : severityFromValue(w);
      if (sv && !severity) {
        severity = sv;
        severityText = w;
      }
      if (/BLOCK/.test(w)) blocks = true;
      s = s.slice(0, t.index).replace(/[\s:–—|-]+$/, '').trim();
      continue;
    }
    break;
  }

  // leading bracketed markers: "[High] …", "(Sev-2) …", "[medium] [fixed] …" (badges read as brackets)
  // ("3.1 【高危】标题", "〔中危〕…": Chinese and Japanese reports set a rating in lenticular or
  // tortoise-shell brackets before the title, as a word of their own scale)
  const brackets = () => {
    for (let guard = 0; guard < 4; guard++) {
      const br = /^\s*[[(【〔［（]\s*([^\])】〕］）]{1,24}?)\s*[\])】〕］）]\s*/.exec(s);
      const cjk = !!br && /^\s*[【〔［（]/.test(br[0]);
      // Convention: Japanese and Chinese reports set the finding's own id in lenticular or tortoise-shell brackets
      // before the title, "【A11Y-01】バナー画像に代替テキストがない", "〔SEC-3〕…", as they set labels: the whole
      // bracket an id is the finding's id, no part of its title
      if (br && cjk && !ref && br[0].length < s.length && !/^\s*（/.test(br[0])) {
        const r = findIssueRef(br[1]);
        if (r && r.index === 0 && r.length === br[1].length) {
          ref = r.ref;
          refKind = 'issue';
          s = s.slice(br[0].length);
          continue;
        }
      }
      // Convention: a checklist-based assessment heads each failed item by the checklist's short code in square
      // brackets, "[SI] SQL 인젝션", "[AC] Missing access control", "[PW] Weak password policy": the code is the
      // item's id, no part of its title (an area tag, "[UI]", "[API]", "[WIP]", and any level or state word stay)
      if (br && !cjk && !ref && /^\[[A-Z]{2,3}\]\s/.test(s) && br[0].length < s.length && guideItemCode(br[1]) && !AREA_TAG.test(br[1])) {
        ref = br[1];
        refKind = 'issue';
        s = s.slice(br[0].length);
        continue;
      }
      // ("[9.4] DMARC record missing …": a risk score out of ten in brackets, banded as CVSS scores are; the
      // report's own bands, where it gives them, are read through its legend)
      if (br && !cjk && /^(?:10(?:\.0)?|\d\.\d)$/.test(br[1]) && br[0].length < s.length) {
        if (!severity) {
          severity = cvssSeverity(br[1]);
          severityText = br[1];
        }
        s = s.slice(br[0].length);
        continue;
      }
      // ("R7 [nit] Doc comment says half-up", "[nitpick] …": a review's nit, left to the author, informational as
      // Conventional Comments' "nit:" is)
      if (br && !cjk && /^nit(?:pick)?$/i.test(br[1]) && br[0].length < s.length) {
        if (!severity) {
          severity = 'info';
          severityText = br[1];
        }
        s = s.slice(br[0].length);
        continue;
      }
      // ("[CRÍTICA] …", "[KRITISCH] …": one severity word of any language the scales know, in brackets)
      const word = !cjk && BRACKETS_RE.test(br?.[1] ?? '') && isSeverityWord(br![1]);
      if (!br || br[0].length >= s.length || !(isPureMarker(br[1]) || word || (cjk && (isSeverityWord(br[1]) || statusFromText(br[1]))))) break;
      const sv = severityFromLabel(br[1], true);
      const st = sv ? null : statusFromText(br[1]);
      if (!sv && !st) break;
      if (sv && !severity) {
        severity = sv;
        severityText = br[1];
      }
      if (st && !status) status = st;
      if (/\bblock(ing|er|s)\b/i.test(br[1])) blocks = true;
      s = s.slice(br[0].length);
    }
  };
  brackets();

  // "MR-1 · Blocker · Sequences are not carried over": an id and markers set off by middle dots
  const dots = s.split(/\s+[·•]\s+/);
  if (dots.length >= 2) {
    let k = 0;
    for (; k < dots.length - 1; k++) {
      const seg = dots[k].trim();
      // ("R1 · Title": a short letter-and-number id before the dot)
      // ("S1 · 🟡 Title": an S-numbered id, as "Should fix" items are numbered, where a colour rates the
      // finding; alone, "S1" is a QA severity)
      const sId = /^S[1-5]$/.test(seg) && k === 0 && !!emojiSev;
      const r = findIssueRef(seg) ?? (/^[A-Z]{1,3}\d{1,4}$/.test(seg) && (!/^(?:P[0-4]|S[0-5])$/.test(seg) || sId) ? { ref: seg, kind: 'issue' as const, index: 0, length: seg.length } : null);
      const sv = isPureMarker(seg) ? severityFromLabel(seg, true) : null;
      const st = !sv && isPureMarker(seg) ? statusFromText(seg) : null;
      if (r && r.index === 0 && r.length === seg.length) {
        if (!ref) {
          ref = r.ref;
          refKind = r.kind;
        }
      } else if (sv) {
        if (!severity) {
          severity = sv;
          severityText = seg;
        }
      } else if (st) {
        if (!status) status = st;
      } else break;
    }
    if (k > 0) {
      s = dots.slice(k).join(' · ');
      // "T-01 · [CRÍTICA] Title": markers after the id's dot
      brackets();
    }
    // "#3 · **mbrandt** · 2025-05-03": a forum or issue thread's post number, its author and date (Discourse,
    // GitHub and mailing-list exports): the post's place in the thread, no finding's id
    if (ref && /^#\d+$/.test(ref) && dots.length >= 3 && dots.slice(1).some((seg) => /^\s*\d{4}-\d{2}-\d{2}\b/.test(seg))) {
      ref = null;
      refKind = null;
    }
  }

  // "Finding 1 of 9: …": a position in the report, not an id
  s = s.replace(/^(?:finding|issue|item|bug|observation|vulnerability)\s+\d+\s+of\s+\d+\s*[:.–—-]\s*/i, '');

  // Convention: items lettered as an outline, "a) …", "(b) …", and in Greek "α) …", "β) …", "στ) …" (the sixth
  // letter of the Greek count is "στ"): the letter places the item, like a number, and is no part of its title
  const lettered = LETTER_LABEL.exec(s);
  if (lettered && lettered[0].length < s.length) s = s.slice(lettered[0].length);

  // leading numbering: "1.", "1.1", "2)"
  const num = /^(\d{1,3}(?:\.\d{1,3})*)(?:[.):]|(?=\s))\s*/.exec(s);
  // ("22 service users authenticate with passwords": a count that opens a sentence in lower case, not a number)
  // ("34 SBOM components carry …": or an acronym and a word in lower case, with no numbering's dot)
  // ("SF-03 · 12 सिस्टम एडमिनिस्ट्रेटर यूज़र्स …": or a bare number after the finding's own id, where the id
  // already places it; scripts without case have no lower-case word to tell it by)
  // Convention: findings numbered by category and item, "1-1 SQLインジェクション", "3-2 CSRF" (category 3, its
  // second item), as Japanese diagnosis reports (脆弱性診断報告書) and many audit checklists number them: the pair
  // is the finding's ref, cited so elsewhere ("2-2の対応完了後"). Not a range, a date or a score: no year, no
  // lower-case word or unit after it ("1-3 days", "7-9 High" rate a band, "12-05" with a year is a date)
  if (!num && !ref && CATEGORY_ITEM_HINT.test(s)) {
    const ci = CATEGORY_ITEM.exec(s);
    if (ci && ci[0].length < s.length && !CATEGORY_ITEM_NOT.test(s.slice(ci[0].length))) {
      ref = ci[1];
      refKind = 'issue';
      s = s.slice(ci[0].length);
      brackets();
    }
  }
  const count = num && (PARSE_HEADING_RE7.test(s) || PARSE_HEADING_RE8.test(s) || (!!ref && refKind === 'issue' && /^\d+\s/.test(num[0])));
  if (num && !count && num[0].length < s.length) {
    // Convention: a dependency audit numbers the advisories it acts on, "### 1. Heap overflow in … (RUSTSEC-2025-0104)":
    // the advisory database's id (scheme, year, serial) in brackets closing the title names the finding; the
    // ordinal only places it in the list (a tracker id, "(CLS-4471)", may name a ticket the finding links to)
    if (!(ref && refKind === 'issue' && ADVISORY_ID.test(ref))) {
      ref = num[1];
      refKind = 'numeric';
    }
    s = s.slice(num[0].length);
    // "3.1 【严重】Title", "2. [High] Title": markers after the section's number
    brackets();
  }

  // "`iam_root_mfa_enabled` — Ensure MFA is enabled …": a check's identifier in code, then its title
  // ("`js/sql-injection` · Database query built from …": SARIF digests and code-scanning job summaries
  // set the rule id off from the rule's short description by a middle dot)
  const checkId = /^`([\w.:/-]{3,80})`\s+[—–·•-]\s+(?=\S)/.exec(s);
  // (Convention: a test's node id, "`tests/test_tax.py::test_rounding` — …", is the failing test the record is
  // about, the subject of its title, as a test run's summary names it; no check's id)
  if (checkId && !/\.\w{1,5}(?::\d+(?:-\d+)?)?$/.test(checkId[1]) && !TEST_NODE_ID.test(checkId[1]) && (!ref || refKind === 'numeric')) {
    ref = checkId[1];
    refKind = 'issue';
    s = s.slice(checkId[0].length);
  }

  // (the id a mark set off, "R1 🛑 Title": the mark is gone by now)
  if (markedId && !ref && s.startsWith(`${markedId} `) && s.length > markedId.length + 3) {
    ref = markedId;
    refKind = 'issue';
    s = s.slice(markedId.length + 1);
  }
  // "F8. Pension export had …", "T3. …": a short letter-and-number id closed by a full stop
  // Convention: a review's "should fix" items numbered apart from its blockers, "S1. Title", "S2. Title" (as
  // "B1. …" are): the full stop makes S1 the item's number, as a QA severity is not closed by one before a title
  // ("S1 — Title", "S1: Title" stay severities; "P1." stays a priority)
  const shortDot = !ref ? PARSE_HEADING_RE9.exec(s) : null;
  if (shortDot && !/^P[0-4]$/.test(shortDot[1]) && shortDot[0].length < s.length) {
    ref = shortDot[1];
    refKind = 'issue';
    s = s.slice(shortDot[0].length);
  }

  // "`API-REMOVED-014` FlowSchema uses …": a checker's rule id in code, upper case and numbered, then the title
  // (Convention: a review bot's comment opens its summary line on the comment's short id in code, then its
  // badge, "`F1` [Critical] Idempotency check is …": the id, as "F1 [Critical] …" written plain; only before a
  // bracketed marker, since a short name in code opens titles too ("`MD5` used for tokens", "`EC2` …"); "P1"/"S2"
  // in code stay a priority and a QA severity)
  const codeId = !checkId && s.startsWith('`') ? /^`([A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*[-_]\d+|[A-Z]{1,3}\d{1,4}(?=`\s+\[))`\s+(?=\S)/.exec(s) : null;
  if (codeId && codeId[0].length < s.length && (!ref || refKind === 'numeric') && !/^(?:P[0-4]|S[0-5])$/.test(codeId[1])) {
    ref = codeId[1];
    refKind = 'issue';
    s = s.slice(codeId[0].length);
    // ("`F1` [Critical] Title": the badge after the id)
    brackets();
  }

  // label before a separator: "CRITICAL BUG #1: …", "BUG-A01: …", "Critical Issue #1: …", "Task 2.5: …"
  // ("CKV_AWS_24 / SSH from 0.0.0.0/0": a slash between spaces separates an id too)
  // ("W-1 — High — Title": a second segment of markers after the first is part of the label)
  let comment: string | undefined;
  const commentLabel = () => {
    const cc = s.length > 6 && s.charCodeAt(0) >= 97 ? COMMENT_LABEL.exec(s) : null;
    if (cc && cc[0].length < s.length) {
      comment = cc[1];
      // ("blocking: Title": the label holds the merge back; its word is the rating the report's legend gives it)
      if (comment === 'blocking') {
        blocks = true;
        if (!severity && !severityText) severityText = 'blocking';
      }
      // ("(blocking)" holds the merge until fixed; "(non-blocking)" says it need not)
      for (const d of (cc[2] ?? '').split(/\s*,\s*/)) {
        if (d === 'blocking') blocks = true;
        else if (d === 'non-blocking' && blocks === null) blocks = false;
      }
      s = s.slice(cc[0].length);
    }
  };
  commentLabel();
  let labelDone = false;
  let labelled = false;
  let criterionLabel = false;
  for (let round = 0; round < 3; round++) {
    const sep = /\s*(?::|\s[-–—|/]\s)\s*/.exec(s);
    if (!sep || sep.index <= 0) break;
    const prefix = s.slice(0, sep.index);
    const tokens = prefix.split(/\s+/).filter(Boolean);
    // (Convention: an audit's record graded after its id, "QA-12 — Observation: Title", "NC-4 – OFI: Title": the
    // grade of a record that is no non-compliance is a label as a severity word is; it rates as the legend says)
    const auditGrade = round > 0 && !!ref && tokens.length === 1 && AUDIT_GRADE_LABEL.test(prefix);
    // (Convention: a review's comment headed by its id, then the reviewer's "Nit:" mark, "N6 — Nit: inconsistent
    // naming …": the nit after the id is a label, as it is before a title, and rates informational below)
    const nitAfterId = round > 0 && !!ref && tokens.length === 1 && NIT_LABEL.test(prefix);
    if (round > 0 && !(tokens.length <= 2 && (severityFromLabel(prefix, true) || auditGrade || nitAfterId || (!ref && findIssueRef(prefix)?.index === 0)))) break;
    // ("DFM-01 — Bloqueante — Title", "DFM-09 (Maior) — Title": a severity word of any language the scales
    // know, after the id or as a second segment, is part of the label too)
    // (a criterion's word counts only beside its number: "Criterion 1.4.3 – …", never "Control – …")
    const criterion = tokens.length >= 2 && tokens.length <= 3 && CRITERION_NUMBER.test(tokens[tokens.length - 1]) && tokens.slice(0, -1).every((tk) => CRITERION_WORD.test(tk));
    // (each token a label's: written in the call, as a named closure made on every round costs more under the loader)
    const labelTokens =
      auditGrade ||
      nitAfterId ||
      (tokens.length <= 6 &&
        tokens.every((tk) => {
          const bare = tk.replace(/^[[(]+|[\])]+$/g, '');
          return (criterion && (CRITERION_WORD.test(tk) || CRITERION_NUMBER.test(tk))) || SHORT_ID_TOKEN.test(tk) || SHORT_ID_TOKEN.test(bare) || LABEL_TOKEN.test(tk) || LABEL_TOKEN.test(bare) || LONG_ID_EXACT.test(bare) || EQUIPMENT_ITEM_ID.test(bare) || YEAR_SERIAL_ID.test(bare) || ((round > 0 || tokens.length > 1) && isSeverityWord(bare));
        }));
    if (tokens.length <= 6 && labelTokens) {
      const r = round > 0 && ref ? null : findIssueRef(prefix);
      // "F1. Sev-1: …", "T3 – …": a short letter-and-number id opening the label
      const short = /^([A-Z]{1,3}\d{1,4})[.:)]?$/.exec(tokens[0] ?? '');
      if (criterion && !ref) {
        ref = tokens[tokens.length - 1];
        refKind = 'numeric';
        criterionLabel = true;
      } else if (r) {
        ref = r.ref;
        refKind = 'issue';
      } else if (!ref && tokens.length === 1 && YEAR_SERIAL_ID.test(tokens[0])) {
        // (an item numbered by the year of the visit, "2024/01 — …": vocab.ts YEAR_SERIAL_ID)
        ref = tokens[0];
        refKind = 'issue';
      } else if (short && !/^(?:P[0-4]|S[0-5])$/.test(short[1]) && !ref) {
        ref = short[1];
        refKind = 'issue';
      } else if (!ref) {
        const n = /^#?(\d+(?:\.\d+)*)/.exec(tokens.find((tk) => /^#?\d/.test(tk)) ?? '');
        if (n) {
          ref = n[1];
          refKind = 'numeric';
        }
      }
      // "Gas - Cache the length", "Nit: …": labels of informational notes the severity words lack
      const sv = severityFromLabel(prefix, true) ?? (tokens.some((tk) => /^(?:gas|nit|nitpick|non-critical|optimi[sz]ations?|informational)$/i.test(tk)) ? 'info' : null);
      if (sv && !severity) {
        severity = sv;
        severityText = (/(critical|blocker|showstopper|high|major|serious|medium|moderate|minor|low|trivial|info|gas|nit|non-critical|optimi[sz]ation|P[0-4]|Sev-?[0-5])/i.exec(prefix) ?? [prefix])[0];
        labelled = true;
      }
      if (auditGrade && !severity && !severityText) severityText = prefix;
      s = s.slice(sep.index + sep[0].length);
      labelDone = true;
      // Convention: a review thread's own id, then its Conventional Comments label, then the subject,
      // "B1 — issue (blocking): Title", "N2 · suggestion (non-blocking): Title": the label after the id
      // is read as the one before the title would be
      if (comment === undefined && round === 0) commentLabel();
    } else break;
  }
  if (!labelDone) {
    // "High severity vulnerability found in lodash" (Snyk): a severity word qualified as one
    const qualified = /^(critical|high|medium|moderate|low|informational|info)\s+(?:severity|risk|priority|impact)\b/i.exec(s);
    if (qualified && !severity) {
      severity = severityFromValue(qualified[1]);
      severityText = qualified[0];
    }
    const lead = /^((?:CRITICAL|BLOCKER|SHOWSTOPPER|HIGH|MAJOR|MEDIUM|MODERATE|MINOR|LOW|TRIVIAL|P[0-4]|SEV-?[0-5])\b[\s:–—-]*)+/.exec(s);
    if (lead && lead[0].length < s.length) {
      const sv = severityFromLabel(lead[0], true);
      if (sv && !severity) {
        severity = sv;
        severityText = lead[0].replace(/[\s:–—-]+$/, '');
        labelled = true;
      }
      s = s.slice(lead[0].length);
    }
    const r = findIssueRef(s);
    // "5.1 KWL-01 Broken …": the issue id is the finding's own; the section number only places it
    if (r && r.index === 0 && r.length < s.length && (!ref || refKind === 'numeric')) {
      ref = r.ref;
      refKind = 'issue';
      s = s.slice(r.length);
      // "#398 [BLOCKER] Admin impersonation …": markers after the id
      brackets();
    }
    // Convention: a short letter-and-number id, then its rating in brackets, then the title, "R3 [P0] Commit
    // errors are swallowed", "F2 [High] Token never expires": the bracket sets the id off as a separator
    // would ("P1 [High]": a priority before the bracket is no id)
    const shortBr = !ref && s.includes('[') ? /^([A-Z]{1,3}\d{1,4})\s+(?=\[)/.exec(s) : null;
    if (shortBr && !/^(?:P[0-4]|S[0-5])$/.test(shortBr[1])) {
      const was = { s, severity, severityText, status };
      s = s.slice(shortBr[0].length);
      brackets();
      if ((severity && !was.severity) || (status && !was.status)) {
        ref = shortBr[1];
        refKind = 'issue';
      } else ({ s, severity, severityText, status } = was);
    }
  }
  // Convention: Pandoc/Quarto heading attributes as a finding's record, "### Title {#DRY-01 .blocker
  // state=open}": an identifier written as a finding id is its id, key=value pairs are its fields
  if (attr) {
    if (!ref && attr.id) {
      const r = findIssueRef(attr.id);
      if (r && r.index === 0 && r.length === attr.id.length) {
        ref = r.ref;
        refKind = 'issue';
      }
    }
    for (const [key, value] of attr.fields) {
      const kind = factKind(key);
      if (kind === 'status' && !status) status = statusFromText(value);
      else if (kind === 'severity' && !severity) {
        severity = severityFromValue(value);
        severityText = value;
      } else if (kind === 'blocks' && blocks === null) blocks = yesNo(value);
    }
  }
  // contest-style ids carry the severity: [H-01] high, M-2 medium, L-03 low, C-1 critical, I-4, N-01
  // (non-critical) and G-01 (gas) info
  // (a nitpick is left to the author: informational, where no rating word says otherwise)
  if (!severity && (comment === 'nitpick' || comment === 'nit')) {
    severity = 'info';
    severityText = comment;
  }
  if (!severity && ref) {
    const sv = contestSeverity(ref);
    if (sv) {
      severity = sv;
      severityText = ref;
    }
  }
  // Convention: a colour mark before its level's word as a group heading, "## 🔵 Low", "### 🟡 Medium
  // priority": the word names the level, the colour only decorates it (a blue mark is low in one report,
  // informational in another)
  const markWord = !severity && emojiSev && PARSE_HEADING_RE10.test(s) ? severityFromValue(s.trim()) : null;
  if (markWord) {
    severity = markWord;
    severityText = s.trim();
  } else if (!severity && emojiSev) {
    severity = emojiSev;
    severityText = emojiSevText;
  } else if (!severity && kindClass) {
    // (a callout's or admonition's type: "{.danger}", "{.bug}", "{.warning}")
    severity = calloutSeverity(kindClass) ?? severityFromValue(kindClass);
    severityText = kindClass;
  } else if (!severity && !severityText && mark && !STATUS_MARKER_EMOJI[mark[1]] && !/[📍📌🔗📄📁🗂✏]/u.test(mark[1])) {
    severityText = mark[1];
  }
  // "AC-01 `createInvoice` — New required property …", "3. `src/auth.ts` — Session never expires": the
  // code span names what the finding is about (an operation, a file), the words after the dash are
  // its title when they read as one (a capital, a digit or code first; "`eval()` — used on …" stays)
  // Convention: a remediation roadmap cut by the quarter or the half-year, "### Q4 2024 — Immediate (0–30 days)",
  // "### H1 FY26 – hardening": the period names a step of the plan, not a finding "Q4"; the whole head is its name
  if (ref && ref.length === 2 && PERIOD_HEAD.test(text)) {
    ref = null;
    refKind = null;
    s = text;
  }
  const subject = PARSE_HEADING_RE11.exec(s);
  if (subject && s.slice(subject[0].length).trim().split(/\s+/).length >= 2) s = s.slice(subject[0].length);
  let title = s.replace(/^[\s:–—|.-]+|[\s:–—|-]+$/g, '').trim();
  if (!title) title = text.replace(/^[\s:–—|.-]+|[\s:–—|-]+$/g, '').trim();
  if (raw.includes('`')) for (const m of allMatches(raw, /`([^`\n]+)`/g)) addLocations(locations, parseLocations(m[1]));
  if (raw.includes('](')) for (const m of allMatches(raw, /\]\((https?:[^()\s]{1,512})\)/g)) addLocations(locations, permalinkLocations(m[1]));
  // Convention: a grade letter in brackets right after the id, "4.1 (F) Title", "RN-01 (H) Title": the
  // record's grade in the report's own scale (its legend or a field says how severe), no part of the title
  const grade = ref ? /^\(([A-Z]{1,2}[0-9]?)\)\s+(?=\S.{7})/.exec(title) : null;
  if (grade && text.includes(`${ref} (${grade[1]}) `)) {
    title = title.slice(grade[0].length);
    if (!severity && !severityText) severityText = grade[1];
  }
  // ("U-09 (manjša neskladnost) – Title", "NC-3 (Major nonconformity) — Title": the record's class in the report's
  // words, in brackets after the id and set off from the title by a dash; no part of the title)
  // ("K-1 (sarkans). WAL archive …", "R-4 (amber). Title.": or by a full stop, the rating a colour of the
  // report's legend)
  const classed = ref && !grade ? PARSE_HEADING_RE12.exec(title) : null;
  if (classed && text.includes(`${ref} (${classed[1]})`)) {
    title = title.slice(classed[0].length);
    // (the class the report states wins over a level an id's letter may suggest: "N-05 (minor …)")
    const stated = severityFromValue(classed[1]);
    if (stated || (!severity && !severityText)) {
      severity = stated;
      severityText = classed[1];
    }
  }
  return { text, title, ref, refKind, severity, severityText, status, blocks, locations, labelled, ...(comment ? { comment } : {}), ...(criterionLabel ? { criterion: true as const } : {}) };
}

// Pandoc's own heading classes, which say how to number or lay out a section, never what kind it is
const PANDOC_LAYOUT_CLASS = /^(?:unnumbered|unlisted|tabset|tabset-pills|hidden|appendix|smaller|incremental|nonincremental|r-fit-text|page-columns|column-[\w-]+)$/;

/** Pandoc/Quarto heading attributes "{#id .class key=value …}": the id, the one class naming the block's kind, the key=value pairs. */
function headingAttributes(block: string): { id: string | null; kind: string | null; fields: [string, string][] } {
  let id: string | null = null;
  const classes: string[] = [];
  const fields: [string, string][] = [];
  for (const m of allMatches(block, /([#.])([\w:.-]+)|([\w-]+)=(?:"([^"]*)"|([^\s}]+))/g)) {
    if (m[1] === '#') id = m[2];
    else if (m[1] === '.') {
      if (!PANDOC_LAYOUT_CLASS.test(m[2])) classes.push(m[2]);
    } else fields.push([m[3], m[4] ?? m[5]]);
  }
  return { id, kind: classes.length === 1 ? classes[0] : null, fields };
}

/** The severity a contest-style id carries: H-01 high, M-2 medium, L-03 low, C-1 critical, I/N/G info. */
export function contestSeverity(ref: string): Severity | null {
  // (ids of 4 digits are a checker's control numbers, "C-0035", not a severity's running number)
  const lv = /^\[?([CHMLING])-\d{1,3}\]?$/.exec(ref);
  if (!lv) return null;
  return ({ C: 'critical', H: 'high', M: 'medium', L: 'low', I: 'info', N: 'info', G: 'info' } as const)[lv[1] as 'C' | 'H' | 'M' | 'L' | 'I' | 'N' | 'G'];
}
