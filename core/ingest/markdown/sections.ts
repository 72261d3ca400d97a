// One pass over the top-level blocks of the mdast tree: a tree of sections (heading + own blocks +
// sub-sections), each with the key/value facts of its own text.
import type { Heading, ListItem, Root, RootContent, Table } from 'mdast';
import type { Status } from '../../../shared/types';
import { blockingMark, parseHeading, PERIOD_HEAD, plainInline, type HeadingInfo } from './heading';
import { DERIVED_SCORE, EMOJI_RE, factKind, findIssueRef, GRADE_SCALE, IMPACT_KEY, isPartTitle, oneWordRating, RATER_SCORES_KEY, severityFromValue, statusFromText, statusGroupTitle, yesNo } from './vocab';
import { allMatches } from './all-matches';

/** "**Tier A**", "`Class 2`": a badge naming a grade of the report's own scale. */
const GRADE_BADGE = new RegExp(String.raw`^${GRADE_SCALE}\s+[A-Z0-9]{1,2}$`, 'i');
/** "**Tier 1**": a part of a line of fields that is one short bold piece and nothing else (factsFromLine) */
const BOLD_WHOLE_PART = /^\s*\*\*([^*\n]{3,20})\*\*\s*$/;
import { parseLocations } from './locations';
import { readLead } from './lead';
import { memoized, memoMap } from './memo';
import { sarifResultLine } from './sarif-digest';

/** A status as a word the status reader takes back to it. */
const STATUS_WORD: Record<string, string> = { open: 'open', in_progress: 'in progress', fixed: 'fixed', verified: 'verified', wont_fix: "won't fix", false_positive: 'false positive' };

export interface Fact {
  kind: string;
  key: string;
  value: string;
  /** the block the fact line sits in (paragraph or list item) */
  offset: number;
}

export interface Section {
  depth: number;
  /** heading source without the leading #s */
  raw: string;
  h: HeadingInfo;
  start: number;
  contentStart: number;
  end: number;
  blocks: RootContent[];
  children: Section[];
  parent: Section | null;
  facts: Fact[];
  /** has a bold label that names a finding part ("**Problem:**", "**Root Cause:**") */
  partLabels: number;
  /** lines of "Key: value" fields of any key ("- Introduced through: …", "- Fixed in: 4.17.19") */
  fieldLines?: number;
  /** its text under the heading opens with a backticked path:line, "`worker/render.py:131` writes …" */
  leadPathLine?: boolean;
  isFinding: boolean;
  hasFindingDesc: boolean;
  /** the severity a meeting topic's text says someone gave it aloud ("Jo rated it **high**") */
  saidSeverity?: string;
  /** why it was taken for a finding (for --explain) */
  why?: string;
  /** a bold paragraph standing for a heading (boldHeading) */
  boldTitle?: boolean;
  /** the report's one H1: its title, not a group */
  docTitle?: boolean;
}

const OWN_ROW_ID_RE = /^[\p{Lu}][\p{Lu}\d]{0,9}(?:-[\p{Lu}\d]{1,8})*-\d{1,5}$/u;
/** "A-08" under a heading whose own id is "V8" (or none): a tracker id that is not the heading's */
function ownRowId(cell: string, headingRef: string | null): boolean {
  const id = cell.replace(/^`([^`]+)`$/, '$1');
  return OWN_ROW_ID_RE.test(id) && (!headingRef || id.toUpperCase() !== headingRef.toUpperCase());
}

export function off(n: { position?: { start: { offset?: number }; end: { offset?: number } } }, which: 'start' | 'end'): number {
  return n.position?.[which].offset ?? 0;
}

/**
 * A string of Latin-1 characters alone, copied as one byte a character: a slice of a text that holds any wider
 * character ("—", an emoji) is stored two bytes a character, and a regex runs slower on it, every branch of it
 * for other scripts kept (visitLines' readers try hundreds of them on each line). Same characters, same results.
 */
export const WIDE_CHAR = /[^\x00-\xff]/;
const WIDE_CHARS = /[^\x00-\xff]/g;
export function narrow(s: string): string {
  return WIDE_CHAR.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1');
}
/**
 * A text's runs between its wider characters, each copied one-byte when first sliced: a block's source cut from a
 * run is one-byte with no copy of its own (the text once, not each block, sections and lists holding their items).
 */
const LATIN_RUNS = memoMap<string, { wideAt: number[]; runs: (string | undefined)[] }>();
/** text.slice(a, b), one-byte when it holds Latin-1 characters alone (see narrow) */
export function latinSlice(text: string, a: number, b: number): string {
  let r = LATIN_RUNS.get(text);
  if (!r) {
    const wideAt: number[] = [];
    for (const m of allMatches(text, WIDE_CHARS)) wideAt.push(m.index);
    LATIN_RUNS.set(text, (r = { wideAt, runs: [] }));
  }
  const { wideAt, runs } = r;
  // the run holding a: the first wide character at or after a ends it
  let lo = 0, hi = wideAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wideAt[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  const end = lo < wideAt.length ? wideAt[lo] : text.length;
  if (b > end || a >= b) return text.slice(a, b);
  const start = lo > 0 ? wideAt[lo - 1] + 1 : 0;
  const run = (runs[lo] ??= Buffer.from(text.slice(start, end), 'latin1').toString('latin1'));
  return run.slice(a - start, b - start);
}
export function src(text: string, n: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  if (!n.position) return '';
  return latinSlice(text, n.position.start.offset ?? 0, n.position.end.offset ?? 0);
}

function headingRaw(text: string, h: Heading): string {
  if (!h.children.length) return '';
  const a = off(h.children[0], 'start');
  const b = off(h.children[h.children.length - 1], 'end');
  return latinSlice(text, a, b);
}

// ("**问题编号**：LM-01", "**風險等級：**高": Chinese and Japanese write the full-width colon)
const FACT_BOLD = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)([^*_\n]{1,60}?)(?:\*\*|__)\s*([:：]|[-–—](?=\s)|)\s*(.*)$/;
// (keys in any script: "Gravità:", "Schweregrad:", "Criticité :")
// ("Bloqueia o lançamento da versão 3.0:": a key may name a version)
// (Convention: a key naming the release it gates by version, then the word for the step, "Blocks v2 release: no",
// "Blocks 4.12 launch: yes", as per-release audits badge each finding: the key holds the version inside it)
const FACT_PLAIN = /^\s*(?:[-*+]\s+)?(\p{Lu}[\p{L} /()-]{1,30}?(?:\s+v?\d+(?:\.\d+)*(?:\s\p{Ll}{2,12})?)?)\s?:\s+(\S.*)$/u;
// "- where: `ci.yml:14`", "  state: open", "sev: high": keys in lower case, as CLIs and YAML-minded writers print
// them; only keys of a finding's fields (never a part's label or a word of prose before a colon)
const FACT_LOWER = /^\s*(?:[-*+]\s+)?(\p{Ll}[\p{Ll} ]{1,20}?)\s?:\s+(\S.*)$/u;
// "○ 조치 상태 : 미조치", "重要度：高": keys in scripts without case (Hangul, kana, Han), a space on either side
// of the colon or a full-width colon; only keys of a finding's fields
// ("ความรุนแรง: วิกฤต": Thai writes its vowels and tones as combining marks within the word)
// ("リリース阻害: はい", "ステータス: 未対応": Japanese katakana lengthens a vowel with "ー", a modifier letter)
const FACT_UNCASED = /^\s*(?:[-*+]\s+)?(\p{Lo}[\p{Lo}\p{Lm}\p{Mn}\p{Mc} ]{0,24}?)\s*[:：]\s*(\S.*)$/u;

/** "*Critical*: wrong data …", "High: blocks …": a level, then what it means after a colon */
const LEVEL_DEFINED = /(?<![\p{L}])(?:critical|high|medium|moderate|low|info(?:rmational)?|blocker|major|minor|trivial)(?:\*\*|__|[*_])?\s*:\s/giu;

const FACTS_FROM_LINE_RE = /\s+→\s+(?=(?:\*\*|__)?\p{L}[\p{L} ]{0,28}(?:\*\*|__)?\s*:)/gu;
const FACTS_FROM_LINE_RE2 = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\p{L}[\p{L} ]{0,28}(?:\*\*|__)?\s*:/u;
const FACTS_FROM_LINE_RE3 = /\s+[—–]\s+(?=(?:\*\*|__)?\p{L}[\p{L} ]{0,28}(?:\*\*|__)?\s*:\s)/gu;
const FACTS_FROM_LINE_RE4 = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?[\p{L}][\p{L} ]{0,28}(?:\*\*|__)?\s*:(?:\*\*|__)?\s*\S/u;
/** "Ticket **LRK-310**", "tracked as `FRN-88`", "filed as OPS-7": the ticket a meeting's decision names */
const DECISION_TICKET_RE = /\b(?:[Tt]icket|[Tt]racked (?:as|in)|[Ff]iled as|J(?:ira|IRA))\s*:?\s*[*_`]{0,2}([A-Z][A-Z0-9]{0,9}-\d{1,6})\b/;
/** a list item opened (after a decision's mark) by a key and its value set in bold whole: "- ✅ **Decision: Fix now.** …" */
const BOLD_STATE_LEAD_RE = /^\s*(?:[-*+]\s+)?(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(\*\*|__)(\p{L}[\p{L} ]{0,28}:\s*[^*_:\n]{1,60}?)\1/u;
const FACTS_FROM_LINE_RE5 = /^\s*(\*\*|__)([\p{L}][\p{L} ]{0,28}:\s*[^*_:\n]{1,60}?)\1\s*$/u;
/**
 * Convention: a field set in bold whole, key and value, then plain values after a middle dot, "**Risk: Critical** ·
 * `app/x.rb:48`" (a review that writes its own rating beside a scanner's fields: "**Brakeman:** SQL Injection,
 * **High** confidence · **Risk: Critical** · `path`"): the bold field is a part of its own, the rest another
 */
const WHOLE_BOLD_THEN_DOT = /^(\s*(\*\*|__)[\p{L}][\p{L} ]{0,28}:\s*[^*_:\n]{1,60}?\2)\s+[·•]\s+(\S.*)$/u;
/**
 * Convention: a finding's line of fields, "Severity: **Critical** · Blocker: **yes** · Owner: @ana · Status: Open",
 * whose report defines "Blocker" as what holds the release: the bare word as a key, answered yes or no, says whether
 * the finding blocks (alone it is no key: "Blocker: the handler …" opens a review comment rated blocker)
 */
/** "Impact: High" as one part of a line of fields: the key, then one word */
const IMPACT_PART = /^\s*(?:\*\*|__)?(\p{L}+)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?([\p{L}]+)(?:\*\*|__)?\s*$/u;
const BLOCKER_PART = /^\s*(?:\*\*|__)?(blockers?|blocks|blocking)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(\S.{0,60})$/i;
/** ":**" closing a bold key: two on a line may be two fields */
const BOLD_KEY_CLOSE = /[:：](?:\*\*|__)/g;
/** the spaces before a bold key inside a line, "… Minor  **Status:** Open" */
const BOLD_KEY_START = /\s+(?=(?:\*\*|__)\p{L}[\p{L} ]{0,28}[:：](?:\*\*|__)\s)/u;
/**
 * factsFromLine read once per line: the section's facts, a record's body lines and its status readers read the same
 * lines (about 17,600 reads of 11,200 lines in 1 MB of reports). The facts are shared, never changed by their
 * readers (one that adds to them copies the list first).
 */
const lineFactsMemo = memoized(factsFromLine);
export function lineFacts(line: string): readonly { key: string; kind: string | null; value: string }[] {
  return lineFactsMemo(line);
}
/** All key/value facts of one line ("**Severity:** High | **File:** a.py:3" holds two). */
export function factsFromLine(line: string): { key: string; kind: string | null; value: string }[] {
  // "*Risk: Critical · ASR 17/20 · Status: Fixed*": a line of fields set in italics
  // ("*Risk: **Critical** · Status: Open*": with values set in bold inside the italics)
  const italic = /^(\s*(?:[-*+]\s+)?)([*_])(?![*_\s])([^*_\n]*[^*_\s])\2\s*$/.exec(line) ?? /^(\s*(?:[-*+]\s+)?)(\*)(?![*\s])((?:[^*\n]|\*\*[^*\n]+?\*\*)+?)(?<!\s)\*\s*$/.exec(line);
  if (italic && /:/.test(italic[3])) line = italic[1] + italic[3];
  // "**Severity:** High | **File:** a.py:3", "Severity: Critical · Status: Fixed · Location: `a.go:1`"
  // Convention: a risk rating derived on the line that gives its inputs, "Likelihood: High · Impact: High →
  // **Risk: Critical**" ("Probabilidade: Alta · Impacto: Alto → **Risco: Crítico**"): the arrow before a key
  // separates fields as "·" does
  if (line.includes('→')) line = line.replace(FACTS_FROM_LINE_RE, ' · ');
  // Convention: a line of fields set apart by dashes, "Risk: **Severe** — Status: Open — Where: `main.tf:41`": a
  // dash before a key separates fields as "·" does, once the line itself opens with a key
  if ((line.includes('—') || line.includes('–')) && FACTS_FROM_LINE_RE2.test(line))
    line = line.replace(FACTS_FROM_LINE_RE3, ' · ');
  let parts = [line];
  if (/[|·•]/.test(line)) {
    if ((line.match(/\*\*|__/g)?.length ?? 0) >= 4) parts = line.split(/\s+[|·•]\s+(?=\*\*|__)/);
    if (parts.length < 2) {
      const plain = line.split(/\s+[·•|]\s+/);
      // ("🟥 **Rosso** · Stato: **Aperta**": a rating without a key, then fields)
      // ("Clause: RFC 4791 §5.2.5 · Cases: `C-5.2.5-01` · Disposition: **justified**": every part a key and its
      // value, one of them a field the reader knows)
      const facts = plain.length >= 2 ? plain.map((p) => factFromLine(p)) : [];
      // ("- Probabilidade: Alta · Impacto: Alto · **Risco: Crítico**": a list item's line of such parts, the last
      // one set in bold whole)
      // ("**Tier 1** · Owner: @dana · Status: **Open**": a grade of the report's own scale opening keyed fields, one
      // of them a field the reader knows)
      const graded = plain.length <= 8 && plain[0].length <= 24 && GRADE_BADGE.test(BOLD_WHOLE_PART.exec(plain[0])?.[1].trim() ?? '') && facts.some((f) => f?.kind);
      if (plain.length >= 2 && (graded || facts.filter((f) => f?.kind).length >= 2 || (plain.length <= 4 && facts.slice(1).every((f) => f?.kind)) || (plain.length <= 8 && facts.some((f) => f?.kind) && plain.every((p, i) => FACTS_FROM_LINE_RE4.test(p) && (i === 0 || !/^\s*[-*+]\s/.test(p)))))) parts = plain;
    }
  }
  // Convention: a record's fields in bold keys on one line set apart by spaces alone, "**Classification:** Minor
  // **Status:** Open" (audit finding logs and QA records written key after key, as Word tables pasted to text
  // leave them): each bold key opens a field of its own, where every part is a field the reader knows
  if (parts.length === 1 && (line.match(BOLD_KEY_CLOSE) ?? []).length >= 2) {
    const run = line.split(BOLD_KEY_START);
    // (Convention: a certification audit's record line, "**Grade:** Minor **Clause:** 4.4.3 — Walls, ceilings …",
    // "**Due:** 10/04/2025 **Status:** Closed": a key the reader has no field for, the standard's clause or a due
    // date, is still a field of its own there, where the line opens with a field the reader knows; the known
    // field's value ends at the next bold key)
    const facts = run.length >= 2 ? run.map((p) => factFromLine(p)) : [];
    if (facts.length && (facts.every((f) => f?.kind) || (facts[0]?.kind && facts.every((f) => f && f.key.split(/\s+/).length <= 3)))) parts = run;
  }
  // Convention: a finding's fields in bold keys on one line set apart by a slash, "**위험도**: 상 / **조치 상태**:
  // 미조치", "**Severity**: High / **Status**: Fixed" (Korean assessments head each finding so): the slash before a
  // bold key separates fields as "·" does, where every part is a field the reader knows
  if (parts.length === 1 && line.includes(' / ') && (line.match(/\*\*|__/g)?.length ?? 0) >= 4) {
    const run = line.split(/\s+\/\s+(?=\*\*|__)/);
    if (run.length >= 2 && run.every((p) => factFromLine(p)?.kind)) parts = run;
  }
  if (line.includes('·') || line.includes('•')) parts = parts.flatMap(splitWholeBoldField);
  const out: { key: string; kind: string | null; value: string }[] = [];
  for (const p of parts) {
    // ("… · **Risk: Critical**": a field among several set in bold whole, key and value)
    const whole = parts.length > 1 ? FACTS_FROM_LINE_RE5.exec(p) : null;
    let f = factFromLine(whole ? whole[2] : p);
    // Convention: a finding's rating on a line of its own set in bold whole, key and value, "**Rating: High**",
    // "**Risk rating: Medium**" (as audit firms' management letters write it under each point's heading): a known
    // field, as "**Rating:** High" is (an unknown key in bold stays prose: "**Note: see below**")
    if (!f && parts.length === 1 && p.length <= 80 && p.includes(':')) {
      const bold = FACTS_FROM_LINE_RE5.exec(p);
      const kf = bold ? factFromLine(bold[2]) : null;
      if (kf?.kind && kf.kind !== 'part') f = kf;
      else if (!bold && p.length <= 160 && (p.includes('—') || p.includes('–'))) {
        const noted = ratingLineWithNote(p);
        if (noted) { out.push(...noted); continue; }
      }
    }
    if (!f) {
      // Convention: a line of a tracker's properties under a finding's heading, as Notion, Linear and Jira
      // exports write them, "Impact: High · Effort: S · Owner: @ana · Status: Not started": among keyed
      // fields, an impact rated in one word rates the finding (alone, "Impact: the attacker …" is a part's
      // prose; draft.ts, derivedSeverityFact reads the rating)
      const rated = parts.length > 1 && p.length <= 40 ? IMPACT_PART.exec(p) : null;
      if (rated && IMPACT_KEY.test(rated[1]) && oneWordRating(rated[2])) {
        out.push({ key: rated[1], kind: 'part', value: rated[2] });
        continue;
      }
      const code = p.length <= 80 && p.includes(':') ? resultPriority(p) : null;
      if (code) {
        out.push({ key: 'Priority', kind: 'severity', value: code });
        continue;
      }
      // Convention: a finding's line of keyed fields opened by a grade of the report's own scale in bold, without a
      // key, "**Tier 1** · Owner: @dana · Status: **Open** · Effort: ~1 day" (data and SRE teams grading by SLA
      // tier): the grade rates the finding, read through the report's legend ("| Tier 1 | … | High |")
      if (p === parts[0] && parts.length > 1 && p.length <= 24 && p.includes('**')) {
        const grade = BOLD_WHOLE_PART.exec(p)?.[1].trim();
        if (grade && GRADE_BADGE.test(grade)) {
          out.push({ key: 'badge', kind: 'severity', value: grade });
          continue;
        }
      }
      const blocker = parts.length > 1 && p.length <= 80 ? BLOCKER_PART.exec(p) : null;
      if (blocker && yesNo(plainInline(blocker[2])) !== null) out.push({ key: blocker[1], kind: 'blocks', value: plainInline(blocker[2]).trim() });
      // Convention: a record's field line closing on a blocking marker of its own, keyless, set off by a middle dot,
      // "**Status:** Open · **Merge blocker**", "**Állapot:** 🔴 Nyitott · **Merge-blokkoló**", "· **Non-blocking**":
      // the marker says whether the finding holds the merge, as a "Blocker: yes" field does
      else if (p !== parts[0] && p.length <= 40 && /blo[ck]k/i.test(p)) {
        const mark = blockingMark(p);
        if (mark !== null) out.push({ key: 'blocker', kind: 'blocks', value: mark ? 'yes' : 'no' });
      }
      continue;
    }
    // ("**Priority** — *Critical*: wrong data in production today · *High*: blocks safe change …": the key's levels
    // each defined after a colon, a legend of the scale, which rates nothing)
    if (f.kind === 'severity' && f.value.includes(':') && (f.value.match(LEVEL_DEFINED) ?? []).length >= 2) continue;
    // ("Ratings: **High** fix this quarter, **Medium** next quarter": a plural key whose value is no raters' scores
    // and their result is the legend of the scale; vocab.ts, RATER_SCORES_KEY)
    if (f.kind === 'severity' && RATER_SCORES_KEY.test(f.key) && !DERIVED_SCORE.test(plainInline(f.value))) continue;
    // "**Blocks deployment:** ~~Yes~~ No": struck-through words are taken back
    const kept = f.value.replace(/~~[^~\n]+~~/g, ' ').replace(/\s+/g, ' ').trim();
    if (kept && kept !== f.value) f.value = kept;
    out.push(f);
  }
  return out;
}

// Convention: an inspection's per-item result line, as fire door, lifting equipment and electrical (EICR) surveys head
// each item, "**Result: FAIL — P1 Urgent**", "**Result: PASS with advisory**": a pass or fail, then the priority code
// of the report's key after a dash ("P2", "Cat 1"), or the tier a pass carries ("with advisory"). The code is the
// item's priority, read through the key as a "Priority:" field is (draft.ts, keyedPriority)
const RESULT_PRIORITY = /^\W*(?:inspection |survey |overall )?(?:result|outcome)\s*:\s*(?:pass|fail)(?:ed)?\b(?:\s*[—–-]\s*(P[0-5]|cat(?:egory)?\.? ?[1-5])\b|\s+with\s+(advisory|advisories|observations?)\b)/i;
const RESULT_PRIORITY_HINT = /result|outcome/i;
function resultPriority(part: string): string | null {
  if (!RESULT_PRIORITY_HINT.test(part)) return null;
  const m = RESULT_PRIORITY.exec(part);
  return m ? (m[1] ?? m[2]).toLowerCase().replace(/^advisories$/, 'advisory') : null;
}

/** "**Risk: Critical** · `app/x.rb:48`" -> the bold field, then the rest (WHOLE_BOLD_THEN_DOT) */
function splitWholeBoldField(part: string): string[] {
  const m = part.includes('·') || part.includes('•') ? WHOLE_BOLD_THEN_DOT.exec(part) : null;
  return m ? [m[1], ...splitWholeBoldField(m[3])] : [part];
}

const RATING_LINE_NOTE = /^\s*(\*\*|__)([\p{L}][\p{L} ]{0,28}:\s*[^*_:\n]{1,60}?)\1\s+[—–]\s+(\S.{0,100})$/u;
/**
 * Convention: an informal review's rating line under each issue, set in bold whole, then a dash and a note of where
 * the issue stands, "**How much it hurts: Really annoying** — *fixed in 0.9.3, I checked*": the rating, and the
 * note its state where it says one (a note that says none is prose and the line a rating only).
 */
function ratingLineWithNote(line: string): { key: string; kind: string | null; value: string }[] | null {
  const m = RATING_LINE_NOTE.exec(line);
  const f = m ? factFromLine(m[2]) : null;
  if (!m || f?.kind !== 'severity') return null;
  const note = plainInline(m[3]).trim();
  return statusFromText(note) ? [f, { key: 'Status', kind: 'status', value: note }] : [f];
}

const FACT_FROM_LINE_RE = /^\s*:[\p{L}]/u;
const FACT_FROM_LINE_RE2 = /^\s*:([\p{L}][\p{L}\p{N} /()-]{0,30}):\s+(\S.*)$/u;
/** Key/value fact in one line of Markdown source, or null. */
/**
 * Convention: a pre-certification or pre-release review answers per finding whether it holds the step under a key
 * that names the step alone, "**Certification:** **Blocker** — must be closed before …", "Certification: Not a
 * blocker; 1.1", "**Release:** non-blocking", "**Launch:** Blocker": the value's "blocker" / "not a blocker" says
 * whether the finding blocks that step (the key alone is no field: "Certification: ETSI EN 303 645" says nothing)
 */
const STEP_ONLY_KEY = /^(?:certification|cert|release|launch|go[- ]?live|deploy(?:ment)?|ship(?:ping)?|rollout|cut-?over|ga|submission|hand-?over|production)$/i;
const BLOCKER_VALUE = /^[\s*_]*(?:(?:not\s+(?:a\s+)?|non-?\s?|no\s+)?block(?:er|ing)\b)/i;
function stepBlockerField(key: string, value: string): boolean {
  return BLOCKER_VALUE.test(value) && STEP_ONLY_KEY.test(key);
}
/**
 * Convention: a finding's field line that rates it by how soon to act, "**Urgency:** High", "Urgency: Medium", as a
 * site or facilities review writes it where others write "Severity" or "Priority": the finding's rating where no
 * other field rates it (it ranks below a Severity field as a Priority field does, draft.ts PRIORITY_KEY)
 */
function urgencyField(key: string): boolean {
  return key.length <= 20 && /^\s*urgency(?: level| rating)?\s*$/i.test(key);
}
/**
 * Convention: an aviation or quality audit's finding field giving the finding level by its number alone,
 * "**Level:** 1", "- Level: 2", where the report's legend keys "Level 1" … "Level 3": the number is the rating,
 * read through that legend (a "Level" of anything else, "Level: Ground floor", is no field)
 */
function levelNumberField(key: string, value: string): boolean {
  return key.length <= 20 && /^\s*(?:finding |audit )?level\s*$/i.test(key) && /^[*_\s]*[1-5][*_]*\s*$/.test(value);
}
/**
 * Convention: a licence, SBOM or dependency review names under each finding the manifest or source file the component
 * was found in, "Found in: `services/report-service/pom.xml`, line 88", "Detected in: `android/app/libs/x.aar`",
 * "Declared in: `go.mod`": the file (and line) is the finding's place. Only where the value opens with a path in a code
 * span: "Found in: RC2", "Found in: b2201" (a test report's build the bug was found in) is no place.
 */
const FOUND_IN_KEY = /^\s*(?:found|detected|declared|located|seen|present) in\s*$/i;
const FOUND_IN_VALUE = /^[*_\s]*`([^`\n]{1,300})`/;
function foundInField(key: string, value: string): boolean {
  if (key.length > 16 || !FOUND_IN_KEY.test(key)) return false;
  const span = FOUND_IN_VALUE.exec(value);
  return !!span && (span[1].includes('/') || span[1].includes('.')) && parseLocations(span[1], true).length > 0;
}
export function factFromLine(line: string): { key: string; kind: string | null; value: string } | null {
  // "📍 `terraform/envs/prod/eks.tf:18`": a pin before a location, as review bots write it
  const pin = line.includes('📍') ? /^\s*(?:[-*+]\s+)?📍\s*(\S.{0,300})$/u.exec(line) : null;
  if (pin && parseLocations(pin[1].replace(/`/g, ''), true).length) return { key: 'Location', kind: 'location', value: pin[1].trim() };
  // (reStructuredText field lists, pasted as written: ":Severity: High", ":File: src/verify.py:42"; known keys only)
  const rst = line.length <= 400 && FACT_FROM_LINE_RE.test(line) ? FACT_FROM_LINE_RE2.exec(line) : null;
  if (rst) {
    const kind = factKind(rst[1]);
    if (kind && kind !== 'part') return { key: rst[1].trim(), kind, value: rst[2].trim() };
  }
  // (a bold key needs ** or __; every other form of key needs a colon, ASCII or full-width)
  const b = line.includes('**') || line.includes('__') ? FACT_BOLD.exec(line) : null;
  // "**`src/app.rs:82-99`** — text": a finding's opening line that names its location in bold
  if (b && /^`[^`]+`$/.test(b[1].trim()) && parseLocations(b[1]).length) return { key: 'Location', kind: 'location', value: b[1].trim() };
  if (b) {
    let key = b[1].trim();
    const colon = /[:：]$/.test(key) || b[2] === ':' || b[2] === '：';
    if (!colon && !b[2]) return null;
    key = key.replace(/[:：]$/, '').trim();
    const kind = factKind(key);
    // "**Severity** — High" counts only for known keys; "**Some phrase** - text" is prose
    if (!colon && (!kind || kind === 'part')) return null;
    if (!kind && stepBlockerField(key, b[3])) return { key, kind: 'blocks', value: b[3].trim() };
    if (!kind && urgencyField(key)) return { key, kind: 'severity', value: b[3].trim() };
    if (!kind && levelNumberField(key, b[3])) return { key, kind: 'severity', value: b[3].trim() };
    if (!kind && foundInField(key, b[3])) return { key, kind: 'location', value: b[3].trim() };
    return { key, kind, value: b[3].trim() };
  }
  // "*Resolution:* Fixed in rev 3", "_Status_: open": a key set in italics (known keys only, as plain ones)
  if (!line.includes(':') && !line.includes('：')) return null;
  const it = /^\s*(?:[-*+]\s+)?([*_])(?![*_\s])([^*_\n]{1,40}?)(?::\1|\1\s?:)\s+(\S.*)$/.exec(line);
  const p = FACT_PLAIN.exec(line) ?? FACT_LOWER.exec(line) ?? (it ? [it[0], it[2], it[3]] : null) ?? FACT_UNCASED.exec(line);
  if (p) {
    const kind = factKind(p[1]);
    if (kind && kind !== 'part') return { key: p[1].trim(), kind, value: p[2].trim() };
    if (!kind && stepBlockerField(p[1].trim(), p[2])) return { key: p[1].trim(), kind: 'blocks', value: p[2].trim() };
    if (!kind && urgencyField(p[1])) return { key: p[1].trim(), kind: 'severity', value: p[2].trim() };
    if (!kind && levelNumberField(p[1], p[2])) return { key: p[1].trim(), kind: 'severity', value: p[2].trim() };
    if (!kind && foundInField(p[1], p[2])) return { key: p[1].trim(), kind: 'location', value: p[2].trim() };
  }
  return null;
}

/** "Severity: **High**", "Target: `a.go`": a cell that holds a label, a colon and a value */
const CELL_FIELD_RE = /^[*_]{0,2}[\p{L}][\p{L} ./-]{0,30}[*_]{0,2}\s?[:：]/u;
/**
 * A table of a finding's fields written one to a cell, "Label: value" ("| Severity: **High** | Difficulty:
 * **Low** |" over "| Type: Cryptography | Finding ID: X-4 |"): every cell that is not empty is such a field,
 * three at least, two of them keyed by a finding's field. The fields of a finding's kind, each with its row, or
 * null when the table is not such a grid.
 */
type CellTable = { children: { position?: { start: { offset?: number }; end: { offset?: number } }; children: { children: { position?: { start: { offset?: number }; end: { offset?: number } } }[] }[] }[] };
function cellFields(text: string, t: CellTable): { kind: string; key: string; value: string; row: CellTable['children'][number] }[] | null {
  if (t.children.length > 12) return null;
  let cells = 0;
  const fields: { kind: string; key: string; value: string; row: CellTable['children'][number] }[] = [];
  for (const row of t.children) {
    for (const c of row.children) {
      const v = cellSource(text, c).trim();
      if (!v) continue;
      if (!CELL_FIELD_RE.test(v)) return null;
      cells++;
      const f = factFromLine(v);
      if (f?.kind && f.kind !== 'part') fields.push({ kind: f.kind, key: f.key, value: f.value, row });
    }
  }
  return cells >= 3 && fields.length >= 2 ? fields : null;
}

/** a label cell of a paired field table: a few words, no digits ("Criterion", "**Target date**", "Owner:") */
const PAIR_KEY_RE = /^\p{L}[\p{L} /&'().-]{0,30}$/u;
/**
 * Convention: a compliance or audit report (a SOC 2 / ISO 27001 readiness assessment, an internal audit's finding
 * card) sets each finding's fields as a table of two label-value pairs a row, the header row a pair row too
 * ("| Criterion | CC6.1 | Rating | High |" over "| **Owner** | Jo Park | **Target date** | 2025-03-31 |" and
 * "| **Status** | Open | | |"): each pair is a field. Read only where every row has the same even number of cells
 * (four or more), every key cell is a short label (no digits, none repeated; an empty key only beside an empty value),
 * no value cell is itself a field's name (the header of a record table, "| ID | Title | Severity | Status |"), and two
 * keys at least, one of them below the header row, name a finding's field.
 */
function pairedFields(text: string, t: CellTable): { kind: string; key: string; value: string; row: CellTable['children'][number] }[] | null {
  const rows = t.children;
  const n = rows[0]?.children.length ?? 0;
  if (rows.length < 2 || rows.length > 12 || n < 4 || n % 2) return null;
  const fields: { kind: string; key: string; value: string; row: CellTable['children'][number] }[] = [];
  const seen = new Set<string>();
  let below = false;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r].children;
    if (cells.length !== n) return null;
    for (let i = 0; i < n; i += 2) {
      const key = plainInline(cellSource(text, cells[i])).replace(/[:：]$/, '').trim();
      const value = plainInline(cellSource(text, cells[i + 1])).trim();
      if (!key) {
        if (value) return null;
        continue;
      }
      if (!PAIR_KEY_RE.test(key) || seen.has(key.toLowerCase()) || (value && factKind(value.replace(/[:：]$/, '')))) return null;
      seen.add(key.toLowerCase());
      const kind = factKind(key);
      if (!kind || kind === 'part' || !value) continue;
      fields.push({ kind, key, value, row: rows[r] });
      if (r > 0) below = true;
    }
  }
  return fields.length >= 2 && below ? fields : null;
}

/** Source text of a table cell's content (without the pipes). */
export function cellSource(text: string, cell: { children: { position?: { start: { offset?: number }; end: { offset?: number } } }[] }): string {
  const kids = cell.children;
  if (!kids.length) return '';
  const a = off(kids[0], 'start');
  return latinSlice(text, a, Math.min(off(kids[kids.length - 1], 'end'), a + 4000));
}

/**
 * "… | Fundstelle: `src/background/messaging.ts`," over "Zeile 58": a file's line written on the next line after
 * a comma, as a wrapped field line leaves it; the two are one line.
 */
const LINE_WORD_NEXT = /^\s*(?:lines?|Zeilen?|riga|righe|ligne|lignes|línea|líneas|linha|linhas|regel|regels|rivi|řádek|řádky|wiersz|wiersze|rida|read|llinell|llinellau)\s+\d/i;
export function joinWrappedLines(lines: string[]): string[] {
  if (!lines.some((l, i) => i > 0 && LINE_WORD_NEXT.test(l))) return lines;
  const out: string[] = [];
  for (const l of lines) {
    const prev = out.length ? out[out.length - 1] : null;
    if (prev !== null && /`\s*,\s*$/.test(prev) && LINE_WORD_NEXT.test(l)) out[out.length - 1] = `${prev.trimEnd()} ${l.trim()}`;
    else out.push(l);
  }
  return out;
}

/**
 * Convention: a finding's heading over one line of its fields without their keys, split by middle dots, as coding
 * agents and consultancies write them: "🔴 **Critical** · `src/realtime/socketAuth.js:23` · confidence: high",
 * "⚪ **Low** · `src/errorHandler.js:12` · ✅ fixed in this session (`a91c02e`)", "P2 · Effort S ·
 * `src/shipment/Repo.kt:27`", "High · Fixed · `api/auth.go:40` · Depends on AU-2". A rating opens it; the parts after
 * it say where the finding is, its effort, its state and how sure the reviewer is (a "Key: value" part makes it a
 * line of keyed fields, which the field readers take). A rating and one fact beside it make the line the heading's
 * fields; `only` when every part is one of these, with a place or a state: such a line has no title and opens no
 * record of its own (records.ts, paragraphLead).
 */
const KEYLESS_SEP = /\s+[·•|]\s+/;
/** "**blocking** · …", "`nit` · …": a Conventional Comments label alone in bold or code before a middle dot (takeLineFacts) */
const COMMENT_LABEL_BADGE = /^(\*\*|`)(blocking|non-blocking|suggestion|nit|nitpick)\1\s+[·•|]\s/;
const KEYLESS_KEYED = /^(\p{L}[\p{L} ]{1,20}?)\s+(\S{1,12})$/u;
const KEYLESS_RATING = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?: [\p{L}\p{N}][\p{L}\p{N}-]*){0,2}$/u;
const CONFIDENCE_PART = /^(?:confidence|certainty)\s*[:=]?\s*(?:very\s+)?[\p{L}\d%.]{1,12}$/iu;
// Convention: a review thread's label line under its heading, "💬 nit · **unresolved** · `internal/batch/writer.go:201`"
// (as a reviewer writes up each MR thread with its label, state and place): the nit label rates as a review's nit
// does, informational unless the report's legend says otherwise
const KEYLESS_NIT = /^nit(?:pick)?$/i;
// Convention: a review thread's line that opens with the team's own review label set in code or bold, "`must fix` ·
// `src/train/loop.py:142` · unresolved", "**should fix** · `api/auth.go:88` · open" (labels a review guide keys to its
// priorities, "| **must fix** | P1 | … |"): the label is the thread's rating in the report's own words, read through
// that legend (index.ts); kept only where the line also names the place in code
const KEYLESS_LABEL = /^(?:`([\p{Ll}][\p{Ll}'-]*(?: [\p{Ll}][\p{Ll}'-]*){0,2})`|\*\*([\p{Ll}][\p{Ll}'-]*(?: [\p{Ll}][\p{Ll}'-]*){0,2})\*\*)$/u;
const KEYLESS_LOC = /^(?:[\w.@~-]+\/)*[\w.@~-]+\.[A-Za-z]\w{0,7}(?::\d{1,6}(?:\s?[-–]\s?\d{1,6})?|#L\d{1,6}(?:-L?\d{1,6})?)?$/;
export interface KeylessFields {
  facts: Omit<Fact, 'offset'>[];
  only: boolean;
}
export function keylessFields(lineMd: string): KeylessFields | null {
  if (lineMd.length > 300 || !(lineMd.includes('·') || lineMd.includes('•') || lineMd.includes('|'))) return null;
  const parts = lineMd.trim().split(KEYLESS_SEP);
  if (parts.length < 2 || parts.length > 8) return null;
  const words = (md: string) => plainInline(md).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  // (a rating in words, "🔴 **Critical**", "P2": not a line in italics, "*Informational · all files · …*", read as a byline)
  const rating = words(parts[0]);
  if (rating.length > 24) return null;
  const labelled = KEYLESS_LABEL.exec(parts[0].trim());
  const label = labelled && !severityFromValue(labelled[1] ?? labelled[2]) ? labelled[1] ?? labelled[2] : null;
  if (!label && (!KEYLESS_RATING.test(rating) || !(severityFromValue(rating) || KEYLESS_NIT.test(rating)))) return null;
  const facts: Omit<Fact, 'offset'>[] = [{ kind: 'severity', key: 'badge', value: label ?? plainInline(parts[0]).trim() }];
  let placed = false;
  let other = false;
  for (const p of parts.slice(1)) {
    if (p.length > 120) return null;
    const plain = words(p);
    const bare = plain.replace(/`/g, '');
    const isLoc = KEYLESS_LOC.test(bare) && (bare.includes('/') || /:\d/.test(bare));
    if (p.replace(/`[^`\n]*`/g, '').includes(':') && !CONFIDENCE_PART.test(plain) && !isLoc) return null;
    const keyed = KEYLESS_KEYED.exec(plain);
    const kind = keyed ? factKind(keyed[1]) : null;
    if (isLoc || (/^`[^`\n]+`$/.test(p.trim()) && parseLocations(p, true).length)) {
      facts.push({ kind: 'location', key: 'Location', value: isLoc ? bare : p.trim() });
      placed = true;
    } else if (kind === 'effort' || kind === 'status') {
      facts.push({ kind, key: keyed![1], value: keyed![2] });
      if (kind === 'status') placed = true;
    } else if (CONFIDENCE_PART.test(plain)) continue;
    else if (bare.length <= 80 && statusFromText(bare)) {
      facts.push({ kind: 'status', key: 'badge', value: bare });
      placed = true;
    } else other = true;
  }
  // (a team's own label is a rating only on a thread's line that names the place in code)
  if (label && !facts.some((f) => f.kind === 'location')) return null;
  return facts.length > 1 || placed ? { facts, only: !other && placed } : null;
}

/** a bold severity after a speaker's name ("Ravi: …") or a verb of rating ("rated it", "downgraded it to") */
const SAID_SEVERITY_RE = /(?:^\s*(?:[-*+]\s+)?\p{Lu}[\p{L}'.-]+(?:\s\p{Lu}[\p{L}'.-]+)?:\s[^\n]*?|\b(?:called|calls|rated|rates|marked|classed|classified|graded|scored|downgraded|upgraded|bumped|dropped|lowered|raised)\b[^*\n]{0,30}?)\*\*((?:sev|severity|p)[- ]?[0-5]|critical|high|medium|moderate|low)\*\*/iu;
/** a change of rating to a bold word of the report's own scale, "Bumping this one to **error**" (sections.ts collectFacts) */
const RERATED_BOLD_RE = /\b(?:bump(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|downgrad(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|escalat(?:e|es|ed|ing)|re-?rat(?:e|es|ed|ing))\b[^*\n]{0,30}?\bto\s+\*\*([\p{L}][\p{L}\p{N} -]{1,20})\*\*/iu;
const TAKE_RE = /^\s*(?:\*\*)?[\p{L}][\p{L} ]{1,20}(?:\*\*)?\s*:/u;
const TAKE_RE2 = /^\s*((\p{Extended_Pictographic})\uFE0F?(?:\2\uFE0F?){0,4})(?![\p{Extended_Pictographic}\uFE0F])/u;
const TAKE_RE3 = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\p{Lu}[\p{L}\p{M}\p{N}_ /()-]{1,30}(?:\*\*|__)?:(?:\*\*|__)?\s+\S/u;
const COLLECT_FACTS_RE = /\p{L}{2,}(?:\s+\p{L}+){3}/u;
const WRAPPED_BEFORE = /[\p{Ll},][ \t]*$/u;
const INDENTED = /^[ \t]/;
/** "`worker/render.py:131` writes …": a backticked path:line (or range) opening a sentence (takeLineFacts) */
const LEAD_PATH_LINE_RE = /^`([^`\s]+:\d+(?:[-–]\d+)?)`\s+\S/;
/**
 * Convention: a tracker's link from a finding to the work it holds back, "- **Blocks:** CHG-4410 (automatic
 * failover) – must be fixed before it ships" (Jira's "blocks" link, a change request's or release ticket's key):
 * kept as a 'blocks-link' fact for draft.ts, which reads it as blocking when the key is no finding of the report's
 * own series (Bugzilla's "Blocks: 88120", a bug number alone, is its release tracker's, read in index.ts)
 */
const BLOCKS_LINK_KEY = /^(?:blocks|blocking)$/i;
const BLOCKS_LINK_VALUE = /^\s*[A-Z][A-Z0-9]{1,9}-\d{1,7}\b/;
/** The fields and marks of a block's lines, as the section's facts (collectFacts; `lead`: the block under the heading). */
function takeLineFacts(s: Section, blockText: string, offset: number, lead = false): void {
  const lines = joinWrappedLines(blockText.length > 20000 ? blockText.slice(0, 20000).split('\n') : blockText.split('\n'));
  for (const [li, line] of lines.entries()) {
    if (line.length > 2000) continue;
    // (see keylessFields: the line right under the heading, "🔴 **Critical** · `a/b.js:23` · confidence: high")
    const keyless = lead ? keylessFields(line) : null;
    // Convention: a review comment's line under its heading that opens with its Conventional Comments label
    // (conventionalcomments.org) in bold or code, then a middle dot, "**blocking** · `spec/api.yaml` L88 · Status:
    // **Open**", "`suggestion` · — · Status: Open": the label rates the comment through the review's legend of its
    // labels (report-facts.ts, scanLegendEntry), read in draft.ts; the rest of the line is read on as usual
    if (lead && li === 0 && (line.charCodeAt(0) === 42 || line.charCodeAt(0) === 96)) {
      const cc = COMMENT_LABEL_BADGE.exec(line);
      if (cc) s.facts.push({ kind: 'severity', key: 'label', value: cc[2], offset });
    }
    if (keyless && (keyless.only || li === 0)) {
      for (const f of keyless.facts) s.facts.push({ ...f, offset });
      continue;
    }
    // a line of badges under a heading ("![Critical](…/badge/severity-critical-red)"): severity, status
    if (/^\s*(?:!\[[^\]\n]*\]\([^()\n]*\)\s*)+$/.test(line)) {
      for (const m of allMatches(plainInline(line), /\[([^\]]+)\]/g)) {
        const sev = severityFromValue(m[1]);
        const st = sev ? null : statusFromText(m[1]);
        if (sev) s.facts.push({ kind: 'severity', key: 'badge', value: m[1], offset });
        else if (st) s.facts.push({ kind: 'status', key: 'badge', value: m[1], offset });
      }
      continue;
    }
    // "*Material Weakness · Repeat finding*", "*Control Deficiency · Corrected during the audit*": a line in
    // italics that opens with the finding's rating, its state among the other parts
    const byline = /^\s*([*_])(?![*_])([^*_\n]{2,160})\1\s*$/.exec(line);
    const bySegs = byline ? byline[2].split(/\s+[·•|]\s+/) : [];
    if (bySegs.length && !bySegs[0].includes(':') && bySegs[0].trim().split(/\s+/).length <= 3 && severityFromValue(bySegs[0])) {
      s.facts.push({ kind: 'severity', key: 'mark', value: bySegs[0].trim(), offset });
      for (const seg of bySegs.slice(1)) if (seg.length <= 40 && statusFromText(seg)) s.facts.push({ kind: 'status', key: 'mark', value: seg.trim(), offset });
      continue;
    }
    // "🆕 new · `error` · security-severity **8.8** · CWE-89 · [`src/a.ts:57`](…)": a SARIF result's
    // properties on one line, as code-scanning job summaries write them (sarif-digest.ts)
    const sarif = sarifResultLine(line);
    if (sarif) {
      if (sarif.severity) s.facts.push({ kind: 'severity', key: sarif.severity.key, value: `${sarif.severity.sev} (${sarif.severity.key} ${sarif.severity.value})`, offset });
      if (sarif.status) s.facts.push({ kind: 'status', key: sarif.status.key, value: STATUS_WORD[sarif.status.st], offset });
      if (sarif.location) s.facts.push({ kind: 'location', key: 'Location', value: sarif.location, offset });
      continue;
    }
    // "`#2288150` · `Resolved` · `Critical 9.6` · reporter `@nadia`": a line of badges in code, as
    // trackers and bounty platforms export them: an id, a status, a severity
    if (line.length <= 400 && /`[^`\n]+`[^`\n]{0,40}\s[·•|]\s/.test(line)) {
      // ("`Duplicate` of #2270113": a badge may carry a few words after it; "**Tier A**": in bold too)
      const segs = line.split(/\s+[·•|]\s+/);
      const badges = segs.map((seg) => {
        const m = /^\s*(?:`([^`\n]{1,60})`|\*\*([^*\n]{1,60})\*\*)[^`*\n]{0,30}$/.exec(seg);
        return m ? m[1] ?? m[2] : null;
      });
      if (badges.filter(Boolean).length >= 2) {
        // ("State: **Resolved — confirmed in retest**": a named field among the badges)
        for (const seg of segs) {
          const f = TAKE_RE.test(seg) ? factFromLine(seg) : null;
          if (f?.kind) s.facts.push({ kind: f.kind, key: f.key, value: plainInline(f.value), offset });
        }
        // "`Informative` · `Low`": a word that is a state and a rating is the state when another badge rates
        const rated = badges.filter((v) => v && severityFromValue(v) && !statusFromText(v)).length > 0;
        // ("`KSK-118` · **Category B** · Fixed in 2.4.1": a short plain segment among them says where it stands)
        segs.forEach((seg, i) => {
          const st = !badges[i] && seg.length <= 40 && !/:/.test(seg) ? statusFromText(plainInline(seg)) : null;
          if (st) s.facts.push({ kind: 'status', key: 'badge', value: plainInline(seg).trim(), offset });
          // ("`CIC-02` · 💰💰💰 ~$4,100/mo · …": a mark of the report's legend, or a run of one mark, rates it)
          const mark = !badges[i] && seg.length <= 40 ? TAKE_RE2.exec(seg) : null;
          if (mark) s.facts.push({ kind: 'severity', key: 'badge', value: mark[1].replace(/\uFE0F/g, ''), offset });
        });
        for (const v of badges) {
          if (!v) continue;
          const sev = rated && statusFromText(v) ? null : severityFromValue(v);
          const st = sev ? null : statusFromText(v);
          if (sev) s.facts.push({ kind: 'severity', key: 'badge', value: v, offset });
          else if (st) s.facts.push({ kind: 'status', key: 'badge', value: v, offset });
          else if (/^#\d{1,12}$|^[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8})?-\d+$/.test(v.trim())) s.facts.push({ kind: 'ref', key: 'badge', value: v.trim(), offset });
          // ("**Tier A**": a grade of the report's own scale, read through its legend)
          else if (GRADE_BADGE.test(v.trim())) s.facts.push({ kind: 'severity', key: 'badge', value: v.trim(), offset });
        }
        continue;
      }
    }
    // "`src/app.ts:14`" alone on its line: where the finding is
    // (Convention: not a list item's sentence wrapped before its last words, "- **Query / code:** `db/0042.sql:8`, also read in⏎
    // `services/payouts/settlement.ts:203`": the span ends the sentence of the line above, a second place it names)
    if (/^\s*`[^`\n]+`/.test(line) && line.length <= 300 && !(li > 0 && INDENTED.test(line) && WRAPPED_BEFORE.test(lines[li - 1])) && (/^\s*(?:`[^`\n]+`[\s,;]*)+$/.test(line) || /^\s*`[^`\n]+`\s*(?:,?\s*\(?(?:L\d|lines?\s+\d)[\d\s,–-]*\)?)\s*[.;]?\s*$/i.test(line))) {
      const locs = parseLocations(line, true);
      if (locs.length) s.facts.push({ kind: 'location', key: 'Location', value: line.trim(), offset });
    } else if (lead && li === 0 && line.charCodeAt(0) === 96) {
      // Convention: an agent review's finding whose text opens with its place in code, "`worker/render.py:131`
      // writes to the cache before …" (id-headed findings under "## 🟠 Major" with no field lines): noted for
      // classify.ts, which reads it as a finding's own text under a severity group
      const opened = LEAD_PATH_LINE_RE.exec(line);
      if (opened && parseLocations(opened[1]).some((l) => l.startLine)) s.leadPathLine = true;
    }
    // Convention: a review bot's link to the permalink of the lines, written as the path in code, alone on its line
    // ("[`internal/store/eta_repo.go:142`](https://github.com/…/blob/d27f5b3/internal/store/eta_repo.go#L142)")
    const linked = line.startsWith('[`') && line.length <= 600 ? /^\[(`[^`\n]+`)\]\([^)\s]+\)\s*$/.exec(line) : null;
    if (linked && parseLocations(linked[1], true).length) s.facts.push({ kind: 'location', key: 'Location', value: linked[1], offset });
    // (keys in any script with capitals: "Severity:", "Σοβαρότητα:", "Mức độ:")
    if (line.includes(':') && TAKE_RE3.test(line)) s.fieldLines = (s.fieldLines ?? 0) + 1;
    // "**Impact**" alone on its line: a label that opens a part of the finding, as a sub-heading would
    const label = /^\s*(?:\*\*|__)([^*_\n]{2,40}?):?(?:\*\*|__):?\s*$/.exec(line);
    if (label && isPartTitle(label[1])) s.partLabels++;
    // "**Condition.** Support staff …", "b. **Kriteria.** …": a run-in label that opens a part of the
    // finding (audit reports write the elements of a finding so)
    const runIn = !label ? /^\s*(?:[a-z][.)]\s+)?(?:\*\*|__)([^*_\n]{2,40}?)\.(?:\*\*|__)\s+\S/.exec(line) : null;
    if (runIn && isPartTitle(runIn[1])) s.partLabels++;
    const facts = [...lineFacts(line)];
    // Convention: meeting minutes set a topic's decision in bold whole, key and value, with the reasoning run on
    // after it, "- ✅ **Decision: Fix now.** Karim takes it …", "⏸️ **Decision: Defer** to the clean-up": a state field
    if (!facts.length && line.includes(':')) {
      const bold = BOLD_STATE_LEAD_RE.exec(line);
      const f = bold ? factFromLine(bold[2]) : null;
      if (f?.kind === 'status') {
        facts.push(f);
        // (the decision's line names the ticket that tracks the work, "Ticket **LRK-310**", "Tracked as FRN-88":
        // the topic's id)
        const ticket = DECISION_TICKET_RE.exec(line);
        if (ticket && !s.facts.some((x) => x.kind === 'ref')) facts.push({ key: 'ticket', kind: 'ref', value: ticket[1] });
      }
    }
    // Convention: meeting notes record the severity someone said aloud, in bold, after the speaker's name or a
    // verb of rating: "Ravi: **sev-3**, …", "Jo rated it **high**", "downgraded it to **sev-3**" (the last
    // said stands)
    if (!facts.length && line.includes('**')) {
      const said = SAID_SEVERITY_RE.exec(line);
      // (or in the words of the report's own scale, "Bumping this one to **error**" under a legend "`✖ error`
      // blocks the upgrade (severity high)": the tool's level the annotator moved it to, read by the legend)
      const rerated = said ? null : RERATED_BOLD_RE.exec(line);
      if (said) s.saidSeverity = said[1];
      else if (rerated) s.saidSeverity = rerated[1];
    }
    for (const f of facts) {
      if (f.kind === 'part') s.partLabels++;
      if (f.kind) s.facts.push({ kind: f.kind, key: f.key, value: plainInline(f.value), offset });
      else if (BLOCKS_LINK_KEY.test(f.key) && BLOCKS_LINK_VALUE.test(plainInline(f.value))) s.facts.push({ kind: 'blocks-link', key: f.key, value: plainInline(f.value), offset });
    }
    // "… needs a smoke test of the native build. Status: open.": a state field that closes the paragraph's
    // last sentence, run in after its text
    const colon = facts.length ? -1 : line.lastIndexOf(':');
    if (colon > 0) {
      const stop = Math.max(line.lastIndexOf('. ', colon), line.lastIndexOf('! ', colon), line.lastIndexOf('? ', colon));
      const tail = stop > 0 && colon - stop <= 24 ? factFromLine(line.slice(stop + 2).trim()) : null;
      if (tail?.kind === 'status' && tail.value.length <= 60) s.facts.push({ kind: 'status', key: tail.key, value: plainInline(tail.value), offset });
    }
    // "🟥 **Rosso** · CVSS 3.1: 9.1 · Stato: **Risolta**": a line of fields opened by a rating with no
    // key, in the words or marks of the report's legend
    if (facts.some((f) => f.kind && f.kind !== 'part') && /\s[·•|]\s/.test(line)) {
      const first = plainInline(line.split(/\s+[·•|]\s+/)[0]).trim();
      if (first && !first.includes(':') && first.split(/\s+/).length <= 3 && first.length <= 30) s.facts.push({ kind: 'severity', key: 'mark', value: first, offset });
    }
  }
}

const OWN_TITLE_KEY = /^(title|name|finding|issue|summary|vulnerability|message)$/i;
/** the plain text of the cell of a field table's one row of values in column `i` (collectFacts) */
function valueCell(text: string, b: Table, i: number): string {
  return plainInline(cellSource(text, b.children[1].children[i] ?? { children: [] })).trim();
}
/** whether a field table's one row is a record with a title column of its own (collectFacts) */
function ownTitleRow(text: string, b: Table, keys: string[], kinds: ReturnType<typeof factKind>[], ref: string | null): boolean {
  for (const k of keys) if (OWN_TITLE_KEY.test(k)) return true;
  let idOwn = false;
  for (let i = 0; i < kinds.length && !idOwn; i++) if (kinds[i] === 'ref' && ownRowId(valueCell(text, b, i), ref)) idOwn = true;
  if (!idOwn) return false;
  for (let i = 0; i < kinds.length; i++) if (!kinds[i] && COLLECT_FACTS_RE.test(valueCell(text, b, i))) return true;
  return false;
}
/**
 * Convention: an internal audit report heads each issue with a one-row table of its rating beside who owns it and
 * when it is due, "| Rating | Issue owner | Action owner | Target date |" over "| High | G. Lisle, COO | … | 30 June
 * 2025 |": the owner and date columns are the issue's accountability, no record of their own, so one rating column
 * beside them makes the row the heading's fields (collectFacts)
 */
const ACCOUNTABLE_KEY = /^(?:(?:issue|action|risk|finding|remediation|business|management|control) )?(?:owner|owners|responsible|accountable|(?:target|due|agreed|completion|remediation) date|deadline|due)$/i;
function accountableKeys(keys: string[], kinds: ReturnType<typeof factKind>[]): boolean {
  let rated = 0;
  let accountable = 0;
  for (let i = 0; i < keys.length; i++) {
    if (kinds[i] && kinds[i] !== 'part') rated++;
    // (cheap pretest: such a key names an owner, a date or a deadline, so it holds an "o" or a "d")
    else if (keys[i].length <= 30 && /[od]/i.test(keys[i]) && ACCOUNTABLE_KEY.test(keys[i])) accountable++;
  }
  return rated === 1 && accountable >= 1;
}
function collectFacts(text: string, s: Section): void {
  for (const b of s.blocks) {
    const horizontal =
      b.type === 'table' &&
      b.children.length === 2 &&
      b.children[0].children.length >= 2 &&
      !factKind(plainInline(cellSource(text, b.children[1].children[0] ?? { children: [] })).replace(/:$/, '').trim());
    // "| Severity | Likelihood | Status |" over one row of values: the finding's fields side by side
    const keys = horizontal ? b.children[0].children.map((c) => plainInline(cellSource(text, c)).replace(/:$/, '').trim()) : [];
    const kinds = keys.map((k) => factKind(k));
    // (a row with a title column of its own is a record, not the heading's fields: "| Rule ID | Severity | Title |")
    // ("| Ид. | Риск | Констатация |" with "| A-08 | Среден | ЕГН на клиента се записва … |" under "### V8 — Защита на
    // данните": an id of the row's own that is not the heading's, and a sentence under a key that is no field, make
    // the row a record too, a chapter's only finding; "| Azonosító | Súlyosság | Állapot | Hely |" holds fields alone)
    // (no closures here: the TypeScript loader names each one on every call, and this runs for every block)
    const ownTitle = horizontal && ownTitleRow(text, b as Table, keys, kinds, s.h.ref);
    if (b.type === 'table' && horizontal && !ownTitle && (kinds.filter((k) => k && k !== 'part').length >= 2 || accountableKeys(keys, kinds))) {
      const vals = b.children[1].children.map((c) => plainInline(cellSource(text, c)).trim());
      keys.forEach((k, i) => {
        const kind = kinds[i];
        if (kind && kind !== 'part' && vals[i]) s.facts.push({ kind, key: k, value: vals[i], offset: off(b.children[1], 'start') });
      });
    } else if (b.type === 'table') {
      // Convention: a finding's fields as a grid of "Label: value" cells, the header table a Trail of Bits-style
      // audit opens each finding with ("| Severity: **High** | Difficulty: **Low** |" over "| Type: Data
      // Validation | Finding ID: TOB-X-2 |" and "| Target: `src/a.go` | |"): each cell is a field of its own
      const grid = cellFields(text, b) ?? pairedFields(text, b);
      if (grid) {
        for (const f of grid) if (f.value) s.facts.push({ kind: f.kind, key: f.key, value: plainInline(f.value), offset: off(f.row, 'start') });
        continue;
      }
      for (const row of b.children) {
        if (row.children.length !== 2) break;
        const [k, v] = row.children.map((c) => cellSource(text, c));
        const kind = factKind(plainInline(k).replace(/:$/, ''));
        if (kind && kind !== 'part') s.facts.push({ kind, key: k, value: plainInline(v), offset: off(row, 'start') });
        // Convention: a finding's field table rates it by its impact, "| Impact | **High** |" (a model review's or
        // an audit's "Impact" beside "Location" and "Status"): kept as the line "Impact: High" is, a rating only where
        // its value opens with one (ratedImpact)
        else if (kind === 'part' && IMPACT_KEY.test(plainInline(k).replace(/:$/, '').trim())) s.facts.push({ kind, key: plainInline(k).replace(/:$/, '').trim(), value: plainInline(v), offset: off(row, 'start') });
      }
    } else if (b.type === 'paragraph') takeLineFacts(s, src(text, b), off(b, 'start'), b === s.blocks[0]);
    // "> 🟥 **Rosso** · CVSS 3.1: 9.1 · Stato: **Risolta**": a line of fields set in a quote under the
    // heading (the section's first block, or a line of two or more fields); other quotes cite someone
    else if (b.type === 'blockquote') {
      for (const c of b.children) {
        if (c.type !== 'paragraph') continue;
        const body = src(text, c).replace(/^\s*>\s?/gm, '');
        const fielded = body.split('\n').some((l) => factsFromLine(l).filter((f) => f.kind && f.kind !== 'part').length >= 2);
        if (b === s.blocks[0] || fielded) takeLineFacts(s, body, off(c, 'start'));
        // Convention: a tool's output pasted with the reader's notes quoted under each finding, "> 👤 Bumping this
        // one to **error**.": the note moves the finding to that level of the tool's scale (the last said stands)
        else if (body.includes('**')) {
          const rerated = RERATED_BOLD_RE.exec(body);
          if (rerated) s.saidSeverity = rerated[1];
        }
      }
    } else if (b.type === 'list') {
      for (const item of b.children as ListItem[]) {
        const first = item.children[0];
        if (first && first.type === 'paragraph') takeLineFacts(s, src(text, first), off(item, 'start'));
      }
    }
  }
}

/**
 * "**1. Liquidation bonus …**" followed by "##### Description", "##### Recommendation": a bold
 * paragraph that titles the part headings after it stands for a heading one level above them
 * (audit firms that number findings in bold under severity headings).
 */
function boldHeading(text: string, para: RootContent, next: RootContent | undefined, parentDepth: number): { depth: number; raw: string } | null {
  if (!next || next.type !== 'heading' || next.depth <= parentDepth + 1) return null;
  const raw = src(text, para).trim();
  const m = /^(?:\*\*|__)([^*_\n]{3,200})(?:\*\*|__)$/.exec(raw);
  if (!m || !isPartTitle(plainInline(headingRaw(text, next)))) return null;
  return { depth: next.depth - 1, raw: m[1].trim() };
}

/**
 * Convention: a report converted from PDF where one finding's heading came out as a bold line, "## 4.4 NWP-04: …"
 * then "**4.5 NWP-05: No Rate Limiting …**" then "## 4.6 NWP-06: …": a bold line that carries the next number of
 * the outline the heading before it opened stands for a heading at that heading's level
 */
const BOLD_OUTLINE_LINE = /^(?:\*\*|__)((\d{1,3}(?:\.\d{1,3})+)\.?\s+[^*_\n]{3,200})(?:\*\*|__)$/;
const OUTLINE_OPEN = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s/;
function outlineSibling(text: string, para: RootContent, prev: Section): { depth: number; raw: string } | null {
  if (prev.depth === 0 || prev.boldTitle) return null;
  const raw = src(text, para).trim();
  if (raw.length > 240 || (raw.charCodeAt(0) !== 42 && raw.charCodeAt(0) !== 95)) return null;
  const m = BOLD_OUTLINE_LINE.exec(raw);
  const p = m ? OUTLINE_OPEN.exec(prev.raw.trim()) : null;
  if (!m || !p) return null;
  const a = p[1].split('.');
  const b = m[2].split('.');
  if (a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.') || Number(b[b.length - 1]) !== Number(a[a.length - 1]) + 1) return null;
  return { depth: prev.depth, raw: m[1].trim() };
}

export function buildSections(text: string, root: Root): Section[] {
  const top: Section = {
    depth: 0,
    raw: '',
    h: parseHeading(''),
    start: 0,
    contentStart: 0,
    end: text.length,
    blocks: [],
    children: [],
    parent: null,
    facts: [],
    partLabels: 0,
    isFinding: false,
    hasFindingDesc: false,
  };
  const all: Section[] = [top];
  const stack: Section[] = [top];
  const kids = root.children;
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    // the deepest enclosing section that is neither a part of a finding nor a bold title itself
    let base = stack[stack.length - 1];
    while (base.parent && (base.boldTitle || isPartTitle(base.h.title))) base = base.parent;
    const lead = node.type === 'paragraph' ? (boldHeading(text, node, kids[i + 1], base.depth) ?? outlineSibling(text, node, stack[stack.length - 1])) : null;
    if (node.type === 'heading' || lead) {
      const depth = node.type === 'heading' ? node.depth : lead!.depth;
      const start = off(node, 'start');
      while (stack.length > 1 && stack[stack.length - 1].depth >= depth) stack.pop()!.end = start;
      const parent = stack[stack.length - 1];
      const raw = node.type === 'heading' ? headingRaw(text, node) : lead!.raw;
      const s: Section = {
        depth,
        raw,
        h: parseHeading(raw),
        start,
        contentStart: off(node, 'end'),
        end: text.length,
        blocks: [],
        children: [],
        parent,
        facts: [],
        partLabels: 0,
        isFinding: false,
        hasFindingDesc: false,
        boldTitle: !!lead,
      };
      parent.children.push(s);
      stack.push(s);
      all.push(s);
    } else {
      stack[stack.length - 1].blocks.push(node);
    }
  }
  for (const s of all) {
    collectFacts(text, s);
    titleFromField(text, s);
    threadHeading(text, s);
    seriesIds(s.children);
  }
  // (after every section's facts are read: the S-numbered headings' own fields say whether the number is an id)
  for (const s of all) selfRatedSeries(s.children);
  return all;
}

const LEAD_RE = /^([A-Z]{1,2})(\d{1,3})\s+(?=[\p{Lu}\p{N}`"“„])/u;
/**
 * Convention: a statutory examination report (LOLER, PSSR) numbers each item by its grade's letter under the grade's
 * heading, "## Category A" > "### A1 Hoist upper limit fails …", even where the grade holds one item: a lone "A1"
 * opening a heading is its id where A is a grade of the report's lettered legend (`grades`) and the heading above
 * names that grade ("Category A", "Defects (Category A)"). Run once the legend is read.
 */
const GRADE_IN_GROUP = /\b(?:cat\.?|category|grade|class)\s+([A-E])\b/i;
export function gradeSeriesIds(sections: Section[], grades: ReadonlySet<string>): void {
  for (const s of sections) {
    if (s.h.ref || !s.parent || s.parent.depth === 0) continue;
    const m = LEAD_RE.exec(s.h.title);
    if (!m || m[1].length !== 1 || !grades.has(m[1].toLowerCase())) continue;
    if (GRADE_IN_GROUP.exec(s.parent.h.text)?.[1].toUpperCase() !== m[1]) continue;
    s.h = { ...s.h, ref: m[1] + m[2], refKind: 'issue', title: s.h.title.slice(m[0].length).trim() };
  }
}
/**
 * "### N1 Zajednički korisnički račun …", "### N2 …": a letter (or two) and a number opening sibling
 * headings, nothing between it and the title, is each one's id when two or more of them share the
 * letters ("EC2 Instance …" or "H2 Database" alone is a name). P1 and S1 stay priorities.
 */
function seriesIds(sibs: Section[]): void {
  if (sibs.length < 2) return;
  // ("### Q4 2024 — Immediate", "### Q1 2025 — Segmentation": a roadmap's quarters and their years share a letter
  // too; the period names a step of the plan, PERIOD_HEAD, no id)
  const lead = (s: Section) => (s.h.ref || PERIOD_HEAD.test(s.h.title) ? null : LEAD_RE.exec(s.h.title));
  const byPrefix = new Map<string, Section[]>();
  for (const s of sibs) {
    const m = lead(s);
    if (!m || /^[PS]$/.test(m[1])) continue;
    byPrefix.set(m[1], [...(byPrefix.get(m[1]) ?? []), s]);
  }
  for (const group of byPrefix.values()) {
    if (group.length < 2 || new Set(group.map((s) => lead(s)![2])).size < group.length) continue;
    for (const s of group) {
      const m = lead(s)!;
      s.h = { ...s.h, ref: m[1] + m[2], refKind: 'issue', title: s.h.title.slice(m[0].length).trim() };
    }
  }
  // Convention: a review numbering its security findings S1, S2, … in its headings ("### S2 — WebSocket handshake
  // decodes the JWT …" beside "### S6 — Webhook … (SSRF)", "### S7 — …"): where a sibling's "S6" or above can only
  // be an id, the numbers S0–S5 (a QA severity alone) of the same series, each once, are ids too
  const sNum = (s: Section) => (s.h.ref ? null : S_SERIES_LEAD.exec(s.raw.trim()));
  const beyond = sibs.filter((s) => s.h.refKind === 'issue' && /^S(?:[6-9]|\d{2,3})$/.test(s.h.ref ?? '')).length;
  const low = beyond ? sibs.filter((s) => sNum(s)) : [];
  if (low.length && new Set(low.map((s) => sNum(s)![1])).size === low.length && !sibs.some((s) => s.h.ref && low.some((l) => s.h.ref === sNum(l)![1]))) {
    for (const s of low) s.h = { ...s.h, ref: sNum(s)![1], refKind: 'issue' };
  }
}

/**
 * Convention: a review numbering the findings it found itself S1, S2, … ("### S1 — Star Crate odds not shown" over
 * "- **Tag:** 🟠 Major", "### S3 — …" over "- **Tag:** 🟡 Minor"), each rated by a field of its own that is not its
 * S-number: the number cannot be its QA severity, so it is an id (two such headings at least)
 */
function selfRatedSeries(sibs: Section[]): void {
  const num = (s: Section) => (s.h.ref ? null : S_SERIES_LEAD.exec(s.raw.trim()));
  const low = sibs.filter((s) => num(s));
  if (low.length < 2 || new Set(low.map((s) => num(s)![1])).size !== low.length) return;
  const rated = low.every((s) => {
    const sev = firstFact(s.facts, 'severity') ?? s.facts.find((f) => f.kind === 'labels' && ratingLabel(f.value));
    return !!sev && !new RegExp(String.raw`\b${num(s)![1]}\b`, 'i').test(sev.value);
  });
  if (rated) for (const s of low) s.h = { ...s.h, ref: num(s)![1], refKind: 'issue' };
}

// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const MARK_THEN_WORD = /^\p{Extended_Pictographic}\uFE0F?\s*\p{L}[\p{L} -]{1,20}$/u;
/** "🟠 Major", "⚪ Polish", "High": a tag field's value that rates, a colour mark before a word or a level alone */
function ratingLabel(v: string): boolean {
  return MARK_THEN_WORD.test(v.trim()) || !!severityFromValue(v.replace(EMOJI_RE, '').trim());
}

/** "S2 — Title", "S4: Title": a heading opened by an S-number and a separator (see seriesIds) */
const S_SERIES_LEAD = /^(S[0-5])\s*(?:[—–:.]|\s-)\s+\S/;

/** "Summary:", "Title:", "Short description:": a field that names a record whose heading is only its id */
const TITLE_FIELD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:summary|title|short description|headline|subject line)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(\S.{2,300})$/im;

/**
 * "#### ANOM-0521" over "Summary: Switching units … leaves the target range in the old unit": a heading
 * that is only an id, titled by a field of its first paragraph (trackers' and registers' exports).
 */
function titleFromField(text: string, s: Section): void {
  if (s.depth === 0 || s.boldTitle) return;
  if (s.h.ref) {
    classOverBoldTitle(text, s);
    return;
  }
  const id = findIssueRef(s.h.title);
  if (!id || id.index !== 0 || id.length !== s.h.title.trim().length) return;
  const first = s.blocks[0];
  if (!first || first.type !== 'paragraph') return;
  const m = TITLE_FIELD.exec(src(text, first).split('\n').slice(0, 3).join('\n'));
  if (m) s.h = parseHeading(`${s.h.title.trim()} — ${m[1].trim()}`);
}

/** "Thread R4 · `a/b.yaml` line 22 · Unresolved": a review thread's id, then where it is and its state */
const THREAD_HEADING = /^(?:thread|discussion|conversation)\s+([A-Z]{1,4}-?\d{1,4}|#?\d{1,4})\s+[·•|—–]\s+(\S.*)$/i;
/** "`charts/x/values.yaml` line 58", "src/a.ts L12-14", "`charts/x/templates/`": the thread's file and line */
const THREAD_PLACE = /^`?([\w.@~-]*\/?[\w.@~/-]*[\w/])`?(?:,?\s+(?:lines?\s+|L)(\d{1,6})(?:\s*[-–]\s*L?(\d{1,6}))?)?$/i;
/** "(won't change)", "(won't fix)", "(by design)": why a thread was resolved without a change */
const RESOLVED_UNCHANGED = /\((?:won'?t|will not)\s+(?:change|fix|do)\b|\((?:by design|as designed|declined|not changing)\)/i;
/** "**@asha.n** · 2024-11-12 10:07": the comment's author (and time) on a line of its own over it */
const THREAD_BYLINE = /^\s*(?:\*\*|__)?@[\w.-]+(?:\*\*|__)?(?:\s*[·•|—–-]\s*\S.*)?$/;

/**
 * Convention: a merge-request export (GitLab, GitHub, Gerrit) writes each review thread under a heading of its own
 * that gives the thread's id, the file and line it is on and its state, "### Thread R4 ·
 * `charts/api/templates/networkpolicy.yaml` line 22 · ⚠️ Unresolved", and under it the reviewer's first comment,
 * labelled with the review's tier, "**@tom** · 2024-11-12 11:20" + "**must-fix:** NetworkPolicy allows all egress.
 * …", then the replies: the thread is the finding, its id the heading's, its title and rating the labelled comment's
 * (lead.ts commentLead), its place the heading's file and line, its state the heading's ("Resolved (won't change)"
 * closes it without a fix).
 */
function threadHeading(text: string, s: Section): void {
  if (s.depth === 0 || s.h.ref || !s.h.text.includes('·')) return;
  const m = THREAD_HEADING.exec(s.h.text.trim());
  const first = m ? s.blocks[0] : null;
  if (!m || !first || first.type !== 'paragraph') return;
  const lines = src(text, first).split('\n');
  const line = THREAD_BYLINE.test(lines[0]) && lines.length > 1 ? lines.slice(1).join(' ') : lines.join(' ');
  const lead = readLead(line.trim());
  if (!lead.marked || !lead.severity || lead.question || lead.positive || lead.title.length < 4) return;
  // (the heading's state, read already, may be gone from its text: "… line 12 ·" for "… line 12 · 🚫 Resolved (won't fix)")
  const parts = m[2].replace(/\s*[·•|]\s*$/, '').split(/\s+[·•|]\s+/).map((p) => p.replace(EMOJI_RE, ' ').replace(/^[^\p{L}\p{N}`]+/u, '').trim());
  const place = THREAD_PLACE.exec(parts[0]);
  const locations = place ? parseLocations(place[1], true).filter((l) => l.path.includes('/') || l.path.includes('.')).slice(0, 1) : [];
  if (place?.[2] && locations.length) locations[0] = { ...locations[0], startLine: Number(place[2]), endLine: Number(place[3] ?? place[2]) };
  let status: Status | null = null;
  for (const p of parts.slice(place ? 1 : 0)) {
    status = RESOLVED_UNCHANGED.test(p) ? 'wont_fix' : statusFromText(p.replace(/\s*\([^)]*\)\s*$/, ''));
    if (status) break;
  }
  const h = parseHeading(`${m[1]} — ${lead.title.replace(/(?<!\.)\.$/, '')}`);
  s.h = { ...h, ref: m[1], refKind: 'issue', severity: lead.severity, severityText: lead.severityText, status: status ?? s.h.status ?? h.status, blocks: lead.blocks ?? h.blocks, locations: locations.length ? locations : lead.locations, labelled: true };
}

/** "Major NC", "Opportunity for Improvement", "OFI", "Observation": a management-system audit's grade of a record */
const AUDIT_CLASS = /^(?:OFI|opportunit(?:y|ies) for improvement|improvement opportunity|observation|obs|recommendation|concern|area of concern)$/i;
/** a paragraph that is one bold line, "**Title**" */
const BOLD_LINE_OWN_ID = /^\s*\d+(?:\.\d+)*[.)]?\s/;
const BOLD_LINE = /^(?:\*\*|__)([^*_\n]{8,200})(?:\*\*|__)$/;

/**
 * Convention: an ISO 9001/27001/13485 internal or certification audit heads each record with its number and
 * grade, "### NC-2026-014 — Major NC", "### OFI-3 — Opportunity for Improvement", and states the record's title
 * as a bold line of its own right under it, over the clause/evidence table: the bold line is the title, the
 * heading's words the grade (a severity where the grade is one, "Major NC" high, "Minor NC" medium).
 */
function classOverBoldTitle(text: string, s: Section): void {
  // (an outline number over a group, "### 3.1 Major nonconformities" over "**DN-1. Title**", is no record's id; nor
  // is a bold line that opens with an id or a number of its own a title for the heading's id)
  if (s.h.refKind !== 'issue') return;
  const grade = s.h.title.trim();
  if (!grade || grade.length > 40 || !(AUDIT_CLASS.test(grade) || severityFromValue(grade))) return;
  const first = s.blocks[0];
  if (!first || first.type !== 'paragraph') return;
  const m = BOLD_LINE.exec(src(text, first).trim());
  if (!m || BOLD_LINE_OWN_ID.test(m[1]) || findIssueRef(m[1])?.index === 0) return;
  const h = parseHeading(`${s.h.ref} — ${m[1].trim()}`);
  s.h = { ...h, severity: s.h.severity ?? severityFromValue(grade), severityText: s.h.severityText ?? grade };
}

export function firstFact(facts: Fact[], kind: string): Fact | undefined {
  return facts.find((f) => f.kind === kind);
}

/** The plain text of an inline node and its children. */
function inlineText(n: { value?: unknown; children?: unknown[] }): string {
  return typeof n.value === 'string' ? n.value : (n.children ?? []).map((c) => inlineText(c as { value?: unknown; children?: unknown[] })).join('');
}

/**
 * "**1. Admin server actions are not protected**" over "- **Severity:** Critical", "- **Location:** `a.ts:8`":
 * a bold title whose fields are the list under it, as AI reviews write findings. The list has to hold
 * at least two "Key:" items, one of them a severity, status or location.
 */
/** " (CRITICAL)", " [High]": a severity word alone in brackets */
function ratingInBrackets(t: string): boolean {
  const m = /^\s*[([]\s*([^()[\]\n]{1,24}?)\s*[)\]]\s*$/.exec(t);
  return !!m && !!severityFromValue(m[1]);
}

/**
 * Convention: a rating after a dash that closes the bold title's line, as bug bashes and QA logs write it,
 * "**BB-02 · Torch stays on after leaving the scanner** — Sev-3", "**Title** — High 🔥": the record's severity.
 */
const DASH_RATING = /^\s*[—–-]\s*([^()[\]\n—–]{1,24}?)[\s\p{Extended_Pictographic}\uFE0F]*$/u;
function ratingAfterDash(t: string): boolean {
  const m = DASH_RATING.exec(t);
  return !!m && !!severityFromValue(m[1].trim());
}
const ID_ONLY = /^[A-Z][A-Z0-9]{0,9}-\d{1,5}$/;
const ID_DASH_TITLE = /^\s*[—–:-]\s*([^\n—–]{8,200}?)(?:\s+[—–-]\s*([^\n—–]{1,24}?))?[\s\p{Extended_Pictographic}\uFE0F]*$/u;
const TITLE_OVER_FIELDS_RE = /^[\s\p{Extended_Pictographic}\uFE0F]*$/u;
const TITLE_OVER_FIELDS_RE2 = /\p{L}{2,}\s+\p{L}{2,}/u;
const TITLE_OVER_FIELDS_RE3 = /^\s*([\p{L}][\p{L} /()-]{0,30}?)\s*:/u;
export function titleOverFields(b: RootContent, next: RootContent | undefined): boolean {
  if (b.type !== 'paragraph' || next?.type !== 'list') return false;
  const kids = b.children.filter((c) => !(c.type === 'text' && TITLE_OVER_FIELDS_RE.test(c.value)));
  // ("**1. Line totals are rounded before VAT** (CRITICAL)": a rating in brackets after the bold title, as
  // coding agents write their findings; it is the record's severity, read with its lead line)
  const rated = kids.length === 2 && kids[1].type === 'text' && (ratingInBrackets(kids[1].value) || ratingAfterDash(kids[1].value));
  // Convention: a bug bash's or a QA log's entry with only its id in bold and the title after a dash, its rating
  // after another, "**BB-09** — Snackbar text cut off in Portuguese — Sev-4": the title is the dash's text
  const idTitled = !rated && kids.length === 2 && kids[0].type === 'strong' && kids[1].type === 'text' && ID_ONLY.test(inlineText(kids[0]).trim()) ? ID_DASH_TITLE.exec(kids[1].value) : null;
  if ((kids.length !== 1 && !rated && !idTitled) || kids[0].type !== 'strong') return false;
  const title = idTitled ? idTitled[1].trim() : inlineText(kids[0]).trim();
  if (title.length < 8 || /:$/.test(title) || !TITLE_OVER_FIELDS_RE2.test(title) || factKind(title)) return false;
  let keyed = 0;
  let finding = false;
  for (const it of next.children.slice(0, 20)) {
    const p = it.children[0];
    if (p?.type !== 'paragraph') continue;
    const first = p.children[0];
    // (the key in bold, or in italics as audit reports set it: "- *Būsena:* atvira")
    const lead = first?.type === 'strong' || first?.type === 'emphasis' ? inlineText(first) + (p.children[1]?.type === 'text' ? p.children[1].value.slice(0, 2) : '') : first?.type === 'text' ? first.value.slice(0, 40) : '';
    const m = TITLE_OVER_FIELDS_RE3.exec(lead);
    if (!m) continue;
    keyed++;
    const kind = factKind(m[1]);
    if (kind === 'severity' || kind === 'status' || kind === 'location') finding = true;
  }
  // (the rating in brackets after the title is a field of the record too)
  // (the rating after the dash that closes an id-led line, "**BB-09** — Title — Sev-4", is one too)
  const idRated = !!idTitled?.[2] && !!severityFromValue(idTitled[2].trim());
  // (a rated title over a single bullet, "**BB-13 · Title** — Sev-4" over "- Opinion more than bug. Triage: …":
  // the bullet is the record's only note)
  if ((rated || idRated) && next.children.length === 1) return true;
  return keyed + (rated || idRated ? 1 : 0) >= 2 && (finding || rated || idRated);
}

const AREA_OR_COLUMN = /^\W*(?:testing|review|qa)\W*$/i;
/**
 * Convention: "## Testing" beside "## Correctness", "## Data governance", "## Operations & cost": a review's area
 * of concern, not a board's column, though a board names a column "Testing" ("To do / In progress / Testing /
 * Done"). The words an area shares with a column ("testing", "review", "QA") name a status only beside another
 * heading that names one.
 * Convention: a report titled by its genre alone, "# Review", "# QA", over its findings: the document's name, no
 * column of a board (a board's "## Review" stands beside "## Doing" and "## Done").
 */
export function boardColumn(s: Section): Status | null {
  const st = statusGroupTitle(s.h.text);
  if (!st || !AREA_OR_COLUMN.test(s.h.text)) return st;
  return s.parent?.children.some((c) => c !== s && statusGroupTitle(c.h.text) !== null) ? st : null;
}
