// The field reader for one line that may open a finding: a list item's first line, a line of a
// paragraph, a table cell. Reads the markers before the title (emoji, "P0", "[BLOCKER]", "[API-3]",
// "CVE-… – HIGH –", a location in code), the title itself (bold, a link, or plain text up to a
// separator), and what follows it ("— src/a.ts L12-30", "(Sev-2, found by Ana)", "— won't fix").
import type { Location, Severity, Status } from '../../../shared/types';
import { ADVISORY_ID, parseHeading, plainInline } from './heading';
import { addLocations, LINE_REF, LINE_WORD, parseLocations, permalinkLocations } from './locations';
import { memoized } from './memo';
import { statusSentence } from './status';
import { ABOUT_ID, EMOJI_RE, GRADE_SCALE, SEVERITY_EMOJI, STATUS_MARKER_EMOJI, factKind, findIssueRef, isSeverityWord, keyedSeverity, oneWordRating, scopedLabel, severityFromValue, statusFromText } from './vocab';
import { allMatches } from './all-matches';

/** "**Zu SR-04.**", "**Re PX-3:**": in bold, a word for "about", then one finding's id alone (ABOUT_ID) */
const ABOUT_LABEL = new RegExp(String.raw`^(?:\*\*|__)${ABOUT_ID}[A-Z][A-Z0-9]{0,9}-\d{1,5}(?:[.:]?(?:\*\*|__)|(?:\*\*|__)[.:])(?:\s|$)`);
const ABOUT_LABEL_WORD = new RegExp(String.raw`^\s*${ABOUT_ID}`);

export interface Lead {
  title: string;
  ref: string | null;
  refKind: 'issue' | 'numeric' | null;
  severity: Severity | null;
  severityText: string | null;
  status: Status | null;
  blocks: boolean | null;
  locations: Location[];
  /** how the title is written */
  shape: 'bold' | 'link' | 'plain';
  /** a severity, status, priority or id stands before or right after the title */
  marked: boolean;
  /** ref found before the title */
  refAtStart: boolean;
  /** 👍, "nice", "kudos": praise, not a finding */
  positive: boolean;
  /** ❓ or a question: asks, does not report */
  question: boolean;
  /** the title ends in ":": a label that opens text ("**Setup:** …"), not a title */
  label: boolean;
  /** the link's target when the title is a link */
  url: string | null;
  /** the title is a count or an amount ("3 bugs - …", "2-3 hours") */
  count: boolean;
  /** "L14 [H] …", "L22-27 …": lines given before the title, of a file named by the item's group */
  lines: { start: number; end: number } | null;
  /** "**Title** `[security]` `[P1]`": the tracker labels in code right after the title, without brackets */
  labels?: string[];
  /** "**T-3 (Low)** Title": the bold that opens the line holds the record's id and its rating, nothing else */
  idRated?: boolean;
}

/** "3 bugs - System won't function", "2-3 hours", "17 (71%)", "5 fixed + 3 new": a count or an amount, not a title */
/** A line of a tally: "high: 3 (…)", "P1 = 4", "1 dupe, 1 not a bug". */
// ("- by severity: 🔴 2 · 🟠 3 · 🟡 4": counts by level after the words that say so, the marks read by the legend)
// (Convention: an agent's TL;DR tally multiplies, "🔴 P0 ×4 · 🟠 P1 ×4 · 🟡 P2 ×4 → 12 total": the level, then "×" and
// its count, as "P0: 4" is)
const TALLY = /^\W*(?:by (?:severity|priority)\s*:\s*\S|(?:critical|high|medium|moderate|low|info|blocker|major|minor|trivial|P[0-4]|Sev-?[0-5])\s*[:=×]\s*\d+(?!\s*[-–.:]\s*\d)(?:\s|$|\()|\d+\s+\p{L}+(?:\s+\p{L}+){0,3}\s*,\s*\d+\s+\p{L})/iu;

// (what may come before the number is no letter of any script: "\W" would pass over a Greek or Cyrillic title
// to a number inside it, "Συναγερμός δίσκου 90 % …")
/** "2.2 Pending transactions …": an outline number, then a word in capitals */
const OUTLINE_NUMBERED = /^\W*(\d{1,3}(?:\.\d{1,3})+)\.?\s+\p{Lu}/u;
// (Convention: a TL;DR counts what holds the release, "🔴 **3 release blockers.** Horizon is public, …", "2 ship-blockers":
// the count of blockers, not a finding's title)
export const COUNT_TITLE =
  /^[^\p{L}\p{N}]*~?\d[\d\s.,~+/–-]*(?:%|\s*(?:hours?|hrs?|h|days?|d|weeks?|w|min(?:utes)?|bugs?|issues?|findings?|items?|vulnerabilit(?:y|ies)|problems?|defects?|files?|tests?|lines?|fixed|new|open|remaining|total|found|documented|resolved|closed|pending|left|passed|failed|passing|failing|skipped|(?:(?:release|launch|ship|merge|deploy(?:ment)?|go-live)[- ])?blockers?|showstoppers?)\b)/iu;

export const POSITIVE = /^\W*(?:👍|🎉|✨|🙌|💯|🏆|⭐|🌟|💪|❤️?|kudos\b|nice\b|great\b|good\b|love\b|well done\b|praise\b|lgtm\b|\+1\b)/iu;
const QUESTION = /^\W*(?:❓|❔|\?\?|q:|question:)|\[\?\]/iu;
/** "▮▮▯ ", "‼ ", "─ ": a run of symbols (no letters) that opens a line, before a space */
/** "1.1 🛑 Title", "R4 ⚠️ Title": a short id, then a mark (the id as readLead reads it, without a closing dot) */
const MARK_AFTER_ID = /^((?:\d{1,3}(?:\.\d{1,3}){0,2}|[A-Z]{1,4}-?\d{1,4}))[.:)]?[ \t]+(\p{Extended_Pictographic})/u;
const LEAD_SYMBOLS = /^[\s~]*((?:\p{So}|\p{Extended_Pictographic}){1,6})\uFE0F?\s/u;
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|\p{Regional_Indicator})+$/u;

/** Severity words a writer uses as a leading label that the severity vocabulary lacks. */
const EXTRA_LABEL_SEVERITY: Record<string, Severity> = { nit: 'info', nitpick: 'info', gas: 'info', 'non-critical': 'info', nc: 'info', suggestion: 'info', optional: 'info' };

type MarkerToken = { sev?: Severity; sevText?: string; status?: Status; ref?: string; refKind?: 'issue' | 'numeric'; blocks?: boolean; label?: boolean } | null;
/**
 * Convention: a tracker's or agent's issue list tags an item with labels in brackets inside code before its title,
 * "- [ ] **BUG-1** `[P0]` `[blocks-release]` Tag is pushed …", "`[regression]` `[ui]` Title": each bracketed tag in
 * code is a label, no word of the title (a GitHub label pasted as such); one that says the item holds the release,
 * "`[blocks-release]`", "`[release-blocker]`", "`[ship-blocker]`", marks it blocking
 */
const CODE_LABEL_TOKEN = /^`\[([\w][\w.:/-]{0,28})\]`[:.,]?$/;
const BLOCKING_LABEL = /^(?:blocks?[-_](?:release|merge|launch|ship|deploy(?:ment)?|ga|go-?live)|(?:release|merge|launch|ship|deploy(?:ment)?|ga|go-?live)[-_]?block(?:er|ing)|blocker|blocking|must[-_]fix[-_]before[-_](?:release|ship|launch))$/i;
const REVIEW_LABEL = /^\[(must[- ]fix|suggestion|nit(?:pick)?|question)\][:.,]?$/i;
/** One token before a title that is a marker, not a word of the title. */
function markerToken(tok0: string): MarkerToken {
  return markerTokenMemo(tok0);
}
// (pure, and the same tokens come again item after item: "**High**", "P1", "Fixed" - memoized; its answers are
// only read, never changed)
const markerTokenMemo = memoized(markerTokenOf);
function markerTokenOf(tok0: string): MarkerToken {
  const codeLabel = tok0.charCodeAt(0) === 96 ? CODE_LABEL_TOKEN.exec(tok0) : null;
  if (codeLabel) return codeLabelToken(codeLabel[1]);
  // "`P0` **Title**": a label written in code (GitHub labels pasted as such)
  const tok = /^`[^`\s]{1,20}`[:.,]?$/.test(tok0) ? tok0.replace(/`/g, '') : tok0;
  const t = tok.replace(/^[[(]+|[\])]+[:.,]?$|[:.,]$/g, '');
  if (!t) return {};
  // "[H]", "[M]", "[L]": a severity written as its initial letter in brackets ("[?]" asks, see QUESTION)
  const letter = /^\[([CHMLI])\]$/i.exec(tok);
  if (letter) return { sev: ({ C: 'critical', H: 'high', M: 'medium', L: 'low', I: 'info' } as const)[letter[1].toUpperCase() as 'C'], sevText: tok };
  if (tok === '[?]') return {};
  // (and marks outside the emoji set that writers use as flags: "⚑", "✱")
  if (EMOJI_ONLY.test(t) || (t.length <= 4 && !t.replace(EMOJI_RE, '').trim())) {
    const e = [...t].find((c) => SEVERITY_EMOJI[c]);
    const st = /[✅✔☑]/u.test(t) ? ('fixed' as Status) : undefined;
    return e ? { sev: SEVERITY_EMOJI[e], sevText: e, status: st } : { status: st };
  }
  // Convention: a review tool's label on an inline comment, in brackets, "**[must-fix]** Title", "[suggestion]",
  // "[nit]", "[question]": a tag, no title; must-fix holds the merge back, the others do not (a question rates nothing)
  const review = tok.charCodeAt(0) === 91 ? REVIEW_LABEL.exec(tok) : null;
  if (review) {
    const w = review[1].toLowerCase();
    return /^must/.test(w) ? { sev: 'high', sevText: tok, blocks: true } : w === 'question' ? { blocks: false } : { sev: EXTRA_LABEL_SEVERITY[w], sevText: t, blocks: false };
  }
  const extra = EXTRA_LABEL_SEVERITY[t.toLowerCase()];
  if (extra) return { sev: extra, sevText: t };
  // "`prio/urgent`", "`priority/high`": a scoped tracker label naming the level (vocab.ts, scopedLabel)
  // (and the rust-lang scheme's "`P-high`", scopedLabel)
  if (/^(?:prio(?:rity)?|sev(?:erity)?)[/:]|^P-/i.test(t)) {
    const scoped = scopedLabel(t);
    return scoped ? { sev: scoped.sev, sevText: t } : null;
  }
  if (/^(?:P[0-4]|Sev-?[0-5]|S[0-4])$/i.test(t) || /^(critical|crit|blocker|showstopper|high|major|serious|medium|moderate|minor|low|trivial|info|informational|urgent)$/i.test(t)) {
    // S1 is the worst of S1-S4 (as Sev-1); a scale that starts at S0 has it as the worst too
    const sev = /^S([0-4])$/i.test(t) ? (['critical', 'critical', 'high', 'medium', 'low'] as const)[Number(t.slice(1))] : severityFromValue(t);
    return sev ? { sev, sevText: t, blocks: /^(blocker|showstopper)$/i.test(t) ? true : undefined } : null;
  }
  const st = /^(fixed|resolved|done|open|wontfix|acknowledged|verified|duplicate|dupe|mitigated|closed|in progress)$/i.test(t) ? statusFromText(t === 'dupe' ? 'duplicate' : t) : null;
  if (st) return { status: st };
  // Convention: a coding agent's or tracker's status tag, "**ISSUE-1 · P0 · `PATCHED`** — Title", "`NEEDS-HUMAN`",
  // "`needs-triage`": patched is a fix made, a "needs-" tag waits on someone, so the finding is still open
  if (/^patched$/i.test(t)) return { status: 'fixed' };
  // (a tag, in code or in capitals: not "Needs-based pricing …")
  if (/^needs-[a-z]{3,12}$/i.test(t) && (tok !== tok0 || /^NEEDS-[A-Z]+$/.test(t))) return { status: 'open' };
  if (/^#?\d{1,3}(?:\.\d{1,3})*$/.test(t)) return { ref: t.replace(/^#/, '#'), refKind: t.startsWith('#') ? 'issue' : 'numeric' };
  const r = findIssueRef(t);
  if (r && r.index === 0 && r.length === t.length) return { ref: r.ref, refKind: 'issue' };
  if (/^[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8}(?=-))?-[A-Z]{0,3}\d+$/.test(t)) return { ref: t, refKind: 'issue' };
  // "T7", "F12", "VS-04" style short ids
  if (/^[A-Z]{1,3}\d{1,4}$/.test(t)) return { ref: t, refKind: 'issue' };
  return null;
}

/** A bracketed label in code (CODE_LABEL_TOKEN): what it says as a marker ("`[P0]`", "`[fixed]`"), else a bare label. */
function codeLabelToken(tag: string): NonNullable<MarkerToken> {
  if (BLOCKING_LABEL.test(tag)) return { blocks: true, label: true };
  const m = markerTokenOf(tag);
  return m && (m.sev || m.status || m.ref) ? m : { label: true };
}

/** The severity a single label or word names ("`prio/normal`", "P1", "High"), or null. */
/** "CVSS n/a", "Score: n/a": a score given as not applicable */
const SCORE_NOT_APPLICABLE = /^(?:cvss(?:\s*v?\d(?:\.\d)?)?|score|risk score)\s*[:=]?\s*n\/a$/i;
export function labelSeverity(word: string): Severity | null {
  return markerToken(word)?.sev ?? null;
}

/** A word that is a marker by itself ("HIGH:", "CVE-2019-1", "[H-01]", "P0", "Sev-2", "#12", "1."). */
export function isMarkerWord(word: string): boolean {
  if (!word) return false;
  const m = markerToken(word);
  return !!m && !!(m.sev || m.status || m.ref);
}

interface Markers {
  severity: Severity | null;
  severityText: string | null;
  status: Status | null;
  ref: string | null;
  refKind: 'issue' | 'numeric' | null;
  blocks: boolean | null;
  any: boolean;
  /** the labels in code that follow the title ("`[security]` `[P1]`"), without brackets */
  labels?: string[];
}

function emptyMarkers(): Markers {
  return { severity: null, severityText: null, status: null, ref: null, refKind: null, blocks: null, any: false };
}

/** Reads a run of marker tokens; returns null when a token is not one. */
function readMarkers(plain: string, into: Markers): boolean {
  // (each joining only where its pattern can match: a bracket, a digit)
  let joined = plain.includes('[') ? plain.replace(/\[([^\]\s]+)\s+([^\]]+)\]/g, '[$1_$2]') : plain;
  // Convention: a state of two words after the id, "⏳ **H1** in progress — going with the unique index", as
  // "✅ **C3** fixed — …" has one: a marker all the same
  if (joined.includes('progress')) joined = joined.replace(/\bin[ -]progress\b/gi, 'in_progress');
  if (/\d/.test(joined)) joined = joined.replace(/\b(bug|issue|finding|observation|vuln(?:erability)?|defect|problem|task|item|ticket|risk|threat)\s+(#?\s*\d+(?:\.\d+)*)\b/gi, '$1_$2');
  const toks = joined.split(/[\s·|]+/).filter(Boolean);
  const found: ReturnType<typeof markerToken>[] = [];
  for (const tok of toks) {
    if (/^[-–—:|/,·]+$/.test(tok)) continue;
    const m = markerToken(tok.replace(/_/g, ' '));
    if (!m) return false;
    found.push(m);
  }
  for (const m of found) {
    if (!m) continue;
    if (m.sev && !into.severity) {
      into.severity = m.sev;
      into.severityText = m.sevText ?? null;
    }
    if (m.status && !into.status) into.status = m.status;
    if (m.ref && !into.ref) {
      into.ref = m.ref;
      into.refKind = m.refKind ?? 'issue';
    }
    if (m.blocks) into.blocks = true;
    else if (m.blocks === false && into.blocks == null) into.blocks = false;
    if (m.sev || m.status || m.ref || m.blocks != null || m.label) into.any = true;
  }
  return true;
}

// ("Title ─ 위험도 **상**": a box-drawing line, as outlines typed in word processors draw the dash)
const SEPARATOR = /\s+[—–─━]\s+|\s+-\s+|\s+\|\s+/;
/** "…; fine, though …": a semicolon (outside code) before a comment on what the clause before it says */
const SEMI_CLAUSE = /;\s+(?=[a-z0-9])/;
/**
 * Convention: an action item written as two steps in the imperative, joined by a semicolon, "Cap retry backoff and
 * add full jitter; re-queue instead of sleeping in the worker" (a postmortem's or a plan's to-do): both halves are
 * the item's title, not an observation and a comment on it (SEMI_CLAUSE)
 */
export const ACTION_VERB = /^(?:add|provision|define|align|install|cap|move|replace|remove|drop|use|export|page|alert|log|set|unset|enable|disable|turn|fix|update|upgrade|bump|pin|document|rotate|revoke|limit|validate|check|verify|migrate|split|merge|rename|write|run|retry|queue|cache|store|return|make|keep|switch|wrap|guard|reject|block|allow|deny|restrict|route|send|backfill|delete|clean|test|monitor|expose|hide|mark|flag|track|raise|lower|reduce|increase|require|enforce|introduce|create|implement|ship|deploy|roll|rebuild|rerun|restart|reload|rewrite|reindex|redeploy|retire|re-\w+)$/i;
// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const FIRST_WORD = /^[^\p{L}]*(\p{L}[\p{L}-]*)/u;
const WORD_AFTER_SEMICOLON = /^;\s+(\p{L}[\p{L}-]*)/u;
function twoSteps(title: string, at: number): boolean {
  const first = FIRST_WORD.exec(title);
  const after = WORD_AFTER_SEMICOLON.exec(title.slice(at));
  return !!first && !!after && ACTION_VERB.test(first[1]) && ACTION_VERB.test(after[1]);
}
/** A status said at the start of what follows a title: "— won't fix, …", "(fixed in a1b2c3)", "— closed as duplicate of #9". */
// ("— `outbound.ts:64`. Not a bug per se, but a privacy issue": a hedge that keeps the finding, not a verdict)
const STATUS_PHRASE =
  /^\W*(?:closed as (?:a )?(?:duplicate|not[- ]a[- ]bug|not planned|won'?t[- ]fix|invalid)\b|(?:now\s+|already\s+)?(?:fixed|resolved|addressed|patched|done|closed|mitigated|verified)\b|won'?t (?:fix|do)|wontfix|will not fix|not planned|duplicate of|risk accepted|accepted risk|acknowledged|by design|not a bug\b(?!\s+(?:per se|as such)\b)|false positive|dup(?:e|licate)\b|(?:still\s+)?open\b|not fixed|in progress|partially fixed|wip\b|still (?:reproduc(?:es|ible|ing)|happens|occurs)\b)/i;

function statusOfPhrase(s: string): Status | null {
  const m = STATUS_PHRASE.exec(s);
  if (!m) return null;
  if (/^\W*dup/i.test(m[0])) return 'duplicate';
  // (GitHub's close reasons, "closed as duplicate of #442", "closed as not planned": the reason is the state)
  return statusFromText(/^\W*closed as/i.test(m[0]) ? m[0].replace(/-/g, ' ') : m[0]);
}

/** "**blocker**", "**release-blocker**": a bold flag after a tracker item's labels that says it blocks (readTail) */
const BLOCKING_FLAG = /^(?:(?:release|merge|launch)-)?(?:blocker|blocking)$/i;
/** "· `error`": one word in code after a middle dot or bar, alone at the end of the lead line */
const CODE_LEVEL_TAIL = /^\s*[·•|]\s*`([A-Za-z]{3,13})`\s*$/;
const READ_TAIL_RE = /^[^\p{L}\p{N}]*`?([A-Z][A-Z0-9]{0,9}-\d{1,6})`?[^\p{L}\p{N}]*$/u;
const READ_TAIL_RE2 = /(?:^|\s)((?:\p{L}{1,12}\s*)?(\d{1,2})\s*[×x*]\s*(?:\p{L}{1,12}\s*)?(\d{1,2})\s*=\s*(\d{1,3}))(?![\d.,])/u;
const READ_TAIL_RE3 = /^(\p{Extended_Pictographic})\uFE0F?\s*(\p{L}{0,12})$/u;
const READ_TAIL_RE4 = /^(\p{L}{3,20})(?=[,;.](?:\s|$))/u;
const READ_TAIL_RE5 = /^\p{L}{3,20}$/u;
const GRADE_PHRASE = /^\p{L}{3,20}(?: \p{L}{2,20}){0,3}$/u;
const READ_TAIL_RE6 = /^\s*\p{So}{1,5}\s+([\p{L}][\p{L}'’-]{1,20})\.(?:\s|$)/u;
const READ_TAIL_RE7 = /(?:^|,\s+)status\s+(?:is\s+)?([\p{L}][\p{L} –-]{2,40}?)\.?(?:,|$)/iu;
const READ_TAIL_RE8 = /^\s*\p{Extended_Pictographic}/u;
const READ_TAIL_RE9 = /^[—–-]?\s*([\p{L}][\p{L} ]{2,28}?):\s*\S/u;
const READ_TAIL_RE10 = /^([\p{L}][\p{L}\p{N} /-]{0,30}?)\s*[:：]\s*(\S.*)$/u;
/** "…). Call sites: `a.ts:88`", "; Files: `x`": a label that opens a sentence, a code span after it */
const LOCATION_LABEL_RE = /(?:^|[.;]\s+)([A-Z][a-z]{1,15}(?: [a-z]{1,15}){0,2}):\s+(?=`)/g;
/**
 * Convention: a record's sentences naming its place after a location label of their own, "… false since 2025-09
 * (per `flags/production.json`). Call sites: `apps/api/src/routes/exports.ts:88`, `…`": the files in code after
 * the label are where the finding is (a file named before it is a source the sentence cites). [] without one.
 */
const LABELLED_SPAN = new RegExp(String.raw`\x60([^\x60\n]+)\x60((?:,?\s(?:L\d{1,6}(?:[-–]L?\d{1,6})?|${LINE_WORD}\s\d{1,6}(?:\s?[-–]\s?\d{1,6})?))?)`, 'giu');
export function labelledLocations(md: string): Location[] {
  const out: Location[] = [];
  if (!md.includes(':') || !md.includes('`')) return out;
  const label = allMatches(md, LOCATION_LABEL_RE).find((m) => factKind(m[1]) === 'location');
  // (with the line written after the span, "Location: `features/checkout/CouponForm.tsx` L88-120.", "… `a.ts`, line 9")
  if (label) for (const m of allMatches(md.slice(label.index! + label[0].length), LABELLED_SPAN)) addLocations(out, parseLocations(m[1] + m[2], true));
  return out;
}
/**
 * Convention: a coding agent's summary item that closes with the place in code alone, "… and the docs updated to
 * match. `src/webhooks/sign.ts:9`": that closing `path:line` is where the item is; a file named in its prose before
 * it ("`docs/webhooks.md` updated") is one it mentions. Moves the closing place, with its line, to the front.
 */
const CLOSING_PLACE_AFTER = /[.!?)]\s+$/;
function closingPlaceFirst(tailMd: string, locations: Location[]): void {
  if (locations.length < 2) return;
  const t = tailMd.trimEnd();
  if (!t.endsWith('`')) return;
  const open = t.lastIndexOf('`', t.length - 2);
  // (alone after the prose's last sentence, not the last of a list of places: "— `a.c:131`, `b.c:47`")
  if (open < 0 || t.length - open > 202 || !CLOSING_PLACE_AFTER.test(t.slice(Math.max(0, open - 8), open))) return;
  const at = parseLocations(t.slice(open + 1, -1), true)[0];
  if (!at || at.startLine == null || !at.path.includes('/')) return;
  const i = locations.findIndex((l) => l.path === at.path && l.startLine === at.startLine);
  if (i > 0) locations.unshift(...locations.splice(i, 1));
}

/**
 * What follows a title on its line: locations, severity/status markers, a status phrase. Segments
 * are cut at separators and parentheses.
 */
const EMPHASISED_CLASS = /^\s*[—–:-]\s*([*_])([\p{L}][\p{L}'’-]{1,20}(?:\s[\p{L}][\p{L}'’-]{1,20}){0,2})(?:,\s*[−–-]\s?\d{1,3}(?:\s?(?:pts?|points))?)?\.?\1(?=\s|$)/u;
function readTail(tailMd: string, into: Markers, locations: Location[]): void {
  // "— P0 · owner @jonas · 🔄 In progress": the separator after the title opens the tail
  // ("**A-01 — Title** · P0 · ✅ fixed": a middle dot opens it as well, the separator of the rest)
  const plain = plainInline(tailMd).trim().replace(/^[—–─━:|·•-]+\s*/, '');
  if (!plain) return;
  // Convention: a card of a board export (Trello, GitHub projects) with its labels in code after the title,
  // "**AUD-04 Token leaks …** `[security]` `[audit]` `[P1]`", "**Title** `bug` `P2` `duplicate`": each label
  // is one word, a priority label rates the record and a state label ("`[duplicate]`") places it
  // (Convention: a GitHub tracking issue's task-list item, "- [ ] #412 — **Title** `P-critical` `soundness`
  // **blocker**": a flag in bold after the labels, the mark its legend names, "Anything marked **blocker** blocks
  // the tag": it holds the release as a label of that name would)
  const run = tailMd.includes('`') ? /^\s*(?:[—–:|-]\s*)?((?:`\[?[\w][\w .:/-]{0,28}\]?`\s*){1,12}(?:\*\*[\w-]{3,20}\*\*\s*)?)(?=$|\s)/.exec(tailMd) : null;
  if (run) {
    const flag = run[1].includes('**') ? /\*\*([\w-]+)\*\*\s*$/.exec(run[1]) : null;
    if (flag && BLOCKING_FLAG.test(flag[1])) into.blocks = true;
    const labels = allMatches(run[1], /`\[?([^`\]]+)\]?`/g).map((m) => m[1].trim());
    into.labels = labels;
    for (const l of labels) {
      const m = markerToken(l);
      if (m?.sev && !into.severity) {
        into.severity = m.sev;
        into.severityText = l;
        into.any = true;
      }
      const st = m?.status ?? (l.includes('-') ? statusFromText(l.replace(/-/g, ' ')) : null);
      if (st && !into.status) {
        into.status = st;
        into.any = true;
      }
    }
  }
  // Convention: a validator's issue level in code after a middle dot, "**INT-01 — Title** · `error`", "· `information`"
  // (as the HL7 FHIR validator and linters print their levels): the one word rates the finding
  const coded = !run && !into.severity && tailMd.includes('`') ? CODE_LEVEL_TAIL.exec(tailMd) : null;
  const codedSev = coded ? severityFromValue(coded[1]) : null;
  if (coded && codedSev) {
    into.severity = codedSev;
    into.severityText = coded[1];
    into.any = true;
  }
  // Convention: an inspection's or audit's deduction names the report's own class of the item in emphasis right after
  // the title, with the points it costs, "**BS-04 — Title** — *Brand Major, −5.*", "— _Centre Minor._": the words
  // are kept as written for the report's legend to rate at the end (no state or usual level, read elsewhere)
  const classed = !into.severity && !into.severityText && (tailMd.includes('*') || tailMd.includes('_')) ? EMPHASISED_CLASS.exec(tailMd) : null;
  if (classed && !statusFromText(classed[2])) {
    into.severityText = classed[2];
    into.any = true;
  }
  addLocations(locations, labelledLocations(tailMd));
  for (const m of allMatches(tailMd, /`([^`\n]+)`/g)) addLocations(locations, parseLocations(m[1], true));
  closingPlaceFirst(tailMd, locations);
  // "`internal/img/scale.go` (lines 40–71) decodes …": the lines a code span's path is followed by
  if (locations.length) addLocations(locations, parseLocations(plain.length > 2000 ? plain.slice(0, 2000) : plain, true));
  let impact: { sev: Severity; text: string } | null = null;
  // "**Sync stalls after wake** — `HLX-5521`": an id alone after the title is the record's id
  // (only marks around it: "(معلوماتي): بعد PT-03" has words, of a script "\W" does not know as letters)
  const idTail = READ_TAIL_RE.exec(plain);
  // (not a level of a severity scale: "… Gmail address.** SEV-2," with its status wrapped to the next line)
  if (idTail && !into.ref && !/^SEV-\d$/i.test(idTail[1])) {
    into.ref = idTail[1];
    into.refKind = 'issue';
    into.any = true;
  }
  // "… verified by QA. → *Done*": the outcome the line ends with is where the record stands
  const outcome = /(?:→|->|=>)\s*([^→]{2,40})$/.exec(plain);
  const decided = outcome ? (statusFromText(outcome[1]) ?? statusSentence(outcome[1])) : null;
  if (decided && !into.status) {
    into.status = decided;
    into.any = true;
  }
  // Convention: a risk register's score after the title, its two factors and their product ("**R1. Topic
  // compaction is off.** L2 × I3 = 6 🔴", "— Likelihood 3 × Impact 2 = 6"): the product is the rating as
  // written, read through the report's score bands at the end ("🔴 High = 6–9"); a sum that is no product is
  // no score (its factors, "P3", "C2", are no levels of another scale)
  let unscored = plain;
  if (!into.severity && !into.severityText && plain.includes('=')) {
    const score = READ_TAIL_RE2.exec(plain);
    if (score && Number(score[2]) * Number(score[3]) === Number(score[4])) {
      into.severityText = score[1];
      into.any = true;
      unscored = plain.replace(score[1], ' ');
    }
  }
  const segs = unscored.split(/\s+[—–─━]\s+|\s+-\s+|\s*[()]\s*|\s+\|\s+|;\s+|\s+[·•]\s+|,\s+(?=(?:found|reported|see|owner)\b)/i).filter((x) => x.trim());
  for (const [si, seg0] of segs.slice(0, 8).entries()) {
    // "**Title** — 🔴 Red", "— 🟠 Amber": a colour and its name after the title rate it as the report's legend says
    const colour = si === 0 && !into.severity ? READ_TAIL_RE3.exec(seg0.trim()) : null;
    // (a state's mark and word, "— ✅ resolvido", "— ⏳ pendente", is no colour: read as a status below)
    if (colour && (SEVERITY_EMOJI[colour[1]] || (colour[2] && !statusFromText(colour[2])))) {
      into.severity = SEVERITY_EMOJI[colour[1]] ?? severityFromValue(colour[2]) ?? null;
      into.severityText = seg0.trim();
      into.any = true;
      continue;
    }
    const seg = seg0.replace(EMOJI_RE, ' ').trim();
    if (!seg) {
      readMarkers(seg0, into);
      continue;
    }
    // "(Sev-2, found by Ana)", "(High)": a severity that opens the segment
    // ("— High. Anouk merged the fix …", "— Priority stays Highest.": Jira's levels in the minutes' words)
    // ("— висока · `path`", "— Kritik": a severity word of another language alone in its segment)
    const lead =
      /^(?:\[)?(P[0-4]|Sev-?[0-5]|critical|blocker|showstopper|highest|high|major|medium|moderate|minor|lowest|low|trivial|info|informational)\b(?:\])?(?=$|[\s,:;.])/i.exec(seg) ??
      /^(?:priority|severity)\s+(?:stays\s+|is\s+|set\s+to\s+|raised\s+to\s+|lowered\s+to\s+|=\s*)?(P[0-4]|critical|blocker|highest|high|major|medium|minor|lowest|low|trivial)\b(?=$|[\s,:;.])/i.exec(seg) ??
      // Convention: a review's own S-scale code alone after the title, "1. **Vendor payload parsed with the full
      // loader** — S1" (S1 the worst of S1–S4, as Sev-1); alone in its segment or before a comma, so "— S3 bucket
      // policy" names a service, not a level
      /^(S[0-4])(?=$|[,;]\s|\.$)/.exec(seg);
    // ("— Средње, Отворено.": a severity word of another language before a comma, then the state)
    const firstWord = lead ? null : READ_TAIL_RE4.exec(seg)?.[1];
    // Convention: a grade of several words as the first sentence after the dash, then the prose, "– manjša
    // neskladnost. Snemalnik …" (an ISO audit's "minor nonconformity. The recorder …"): the sentence is the grade
    const firstSentence = lead || !SENTENCE_BREAK.test(seg) ? null : seg.split(SENTENCE_BREAK, 1)[0].replace(/\.$/, '');
    const leadWord = lead?.[1] ?? (READ_TAIL_RE5.test(seg) && isSeverityWord(seg) ? seg : null) ?? (firstWord && isSeverityWord(firstWord) ? firstWord : null) ?? (firstSentence && GRADE_PHRASE.test(firstSentence) && isSeverityWord(firstSentence) ? firstSentence : null);
    // "— Risk 4", "Severity 2": a number on the report's own scale, read through its legend at the end
    const scaled = !leadWord && !into.severity && !into.severityText ? /^(?:risk|severity|rating|score|impact)\s*[:=]?\s*([0-5])$/i.exec(seg) : null;
    if (scaled) {
      into.severityText = seg;
      into.any = true;
    }
    // ("**BW-DAT-03 · Title.** CVSS n/a · …": a score given as not applicable, which the report's rating method may
    // define, "marked *n/a* and treated as informational": kept for its legend to read at the end, if it does)
    else if (!leadWord && !into.severity && !into.severityText && SCORE_NOT_APPLICABLE.test(seg)) into.severityText = 'n/a';
    // ("**SC-9. Title.** △ Housekeeping. The …": a run of the scale's marks and the report's own word for the level,
    // kept as written for its legend to read at the end)
    const ownWord = !leadWord && si === 0 && !into.severity && !into.severityText ? READ_TAIL_RE6.exec(seg0) : null;
    if (ownWord) into.severityText = ownWord[1];
    if (leadWord && !into.severity) {
      into.severity = /^S[0-4]$/.test(leadWord) ? (['critical', 'critical', 'high', 'medium', 'low'] as const)[Number(leadWord.slice(1))] : severityFromValue(leadWord);
      into.severityText = leadWord;
      if (/^(blocker|showstopper)$/i.test(leadWord)) into.blocks = true;
      into.any = true;
    }
    // "(Sev-1, SRE, *In progress*)": a status among comma-separated markers
    // ("— impact **2** — *accepted*", "— *in PR*": a segment of a word or two that is a status word)
    // ("SEV-2, status *Eradicating*.": a state named after the word status, without a colon)
    const named = READ_TAIL_RE7.exec(seg);
    const inList: Status | null = seg.includes(', ') ? (seg.split(/,\s+/).map(statusOfPhrase).find(Boolean) ?? null) : null;
    const listed = inList ?? (named ? statusFromText(named[1]) : null);
    // (the state after such a severity word: "Средње, Отворено.")
    const afterSev = firstWord && leadWord === firstWord ? seg.slice(firstWord.length).replace(/^[,;.]\s*/, '').split(/[,;]\s+/)[0].replace(/[.\s]+$/, '') : '';
    // Convention: a review's state marks, each an emoji with its word, right after the title in any language
    // ("**R2** 🟠 **CPF gravado em log** — ✅ resolvido em `a91f0e2`", "— ⏳ pendente", "— 🚫 não será feito
    // neste PR"): the mark says the segment is a state, its words which one
    const marked = si === 0 && READ_TAIL_RE8.test(seg0) && seg.split(/\s+/).length <= 6 ? statusFromText(seg) : null;
    const st = statusOfPhrase(seg) ?? listed ?? (si > 0 && seg.split(/\s+/).length <= 3 ? statusFromText(seg) : null) ?? (afterSev && afterSev.split(/\s+/).length <= 3 ? statusFromText(afterSev) : null) ?? marked;
    if (st && !into.status) {
      into.status = st;
      into.any = true;
    }
    // "Likelihood: Low · Impact: High · Risk: Medium", "Status: Fixed"
    // ("위험도 상", "Risk High": a rating after the name of its field, without a colon)
    for (const part of seg.split(/\s*[·•;]\s*/)) {
      // Convention: a state in emphasis after the title, then a colon and what was done, "- **I-2 — Title**
      // (`a.sol#L9`) — *Code Corrected*: removed.", "— *Fixed*: pinned to 2.4": the emphasised key is the state
      const stated = si > 0 && !into.status && part.includes(':') ? READ_TAIL_RE9.exec(part) : null;
      if (stated && !factKind(stated[1]) && (tailMd.includes(`*${stated[1]}*:`) || tailMd.includes(`_${stated[1]}_:`))) {
        into.status = statusFromText(stated[1]);
        into.any = into.any || !!into.status;
        if (into.status) continue;
      }
      const kv = READ_TAIL_RE10.exec(part) ?? keyedRating(part);
      if (!kv) continue;
      const kind = factKind(kv[1]);
      if (kind === 'severity' && !into.severity) {
        const sv = severityFromValue(kv[2].split(/[\s(]/)[0]) ?? severityFromValue(kv[2]);
        if (sv) {
          into.severity = sv;
          // ("Gravité 🔴 bloquante. La touche …": the rating is the field's first sentence, the rest is prose)
          into.severityText = SENTENCE_BREAK.test(kv[2]) ? kv[2].split(SENTENCE_BREAK)[0].replace(/[.;]$/, '') : kv[2].trim();
          into.any = true;
        }
      } else if (kind === 'part' && !impact && /^impact\b/i.test(kv[1])) {
        // "Impact: Serious. Fails 2.2.2 …": an impact rated in one word (axe-core's scale) before the
        // prose; a Risk or Severity beside it ("Likelihood: Low · Impact: High · Risk: Medium") wins
        impact = oneWordRating(kv[2]);
      } else if (kind === 'status' && !into.status) {
        into.status = statusFromText(kv[2]);
        into.any = into.any || !!into.status;
      } else if (kind === 'location') addLocations(locations, parseLocations(kv[2], true));
    }
    const locs = parseLocations(seg, true);
    if (locs.length) addLocations(locations, locs);
    else {
      // "src/cache.ts L12-30", "lines 72, 90" after a path
      const l = /^([\w@.+~/\\-]+\.\w+)\s+L(\d+)(?:\s*[-–]\s*L?(\d+))?\b/.exec(seg);
      if (l) addLocations(locations, [{ path: l[1], startLine: Number(l[2]), endLine: Number(l[3] ?? l[2]) }]);
    }
  }
  if (impact && !into.severity) {
    into.severity = impact.sev;
    into.severityText = impact.text;
    into.any = true;
  }
  // Convention: a priority letter stated as a sentence of its own after the description, "Pri **A**.", "Priority
  // B.", as snag and punch lists write their A/B/C grades: the grade as written, which the report's legend rates
  const grade = !into.severity && !into.severityText ? gradeSentence(plain) : null;
  if (grade) {
    into.severityText = grade;
    into.any = true;
  }
  // Convention: the rating stated as a short sentence of its own after the bold title, its field named and no
  // colon, "**SEO-5 — Title.** Priorité 🟡 mineure. Google …", "Severity high. The …": the level as written (a
  // mark kept with it), which the report's legend may rate in its own words
  const rated = !into.severity && !into.severityText ? ratingSentence(plain) : null;
  if (rated) {
    into.severity = rated.severity;
    into.severityText = rated.text;
    into.any = true;
  }
  // "— duplicate of TRM-2198. Closed.", "… needs a second reviewer. → *In progress*": the first sentence
  // of the tail that states where the record stands
  if (!into.status && /[.!?;]\s|→/.test(plain)) {
    for (const sentence of plain.split(/(?<=[.!?;])\s+|\s+(?=→)/).slice(0, 12)) {
      const st = statusSentence(sentence.replace(/^\s*→\s*/, ''));
      if (st) {
        into.status = st;
        into.any = true;
        break;
      }
    }
  }
}

const GRADE_SENTENCE_HINT = /\b(?:pri|prio|priority|grade|class|category|cat)\.?\s+[A-E]\b/i;
const GRADE_SENTENCE = /^(?:[Pp]ri(?:ority)?|[Pp]rio|[Gg]rade|[Cc]lass|[Cc]ategory|[Cc]at\.?)\s+([A-E])[.,;]?$/;
/** "Pri **A**." among a record's sentences (plain text): the grade letter, or null */
export function gradeSentence(plain: string): string | null {
  if (!GRADE_SENTENCE_HINT.test(plain)) return null;
  for (const sentence of plain.split(/(?<=[.!?;,])\s+/).slice(0, 12)) {
    const g = GRADE_SENTENCE.exec(sentence.trim());
    if (g) return g[1];
  }
  return null;
}

const SENTENCE_BREAK = /(?<=[.;])\s+/;
const RATING_SENTENCE_SPLIT = /(?<=[.!?;])\s+/;
/** "Priorité 🟡 mineure." among a record's first sentences (plain text): its level, or null */
function ratingSentence(plain: string): { severity: Severity; text: string } | null {
  for (const sentence of plain.split(RATING_SENTENCE_SPLIT, 3)) {
    const s = sentence.trim().replace(/[.;]$/, '');
    if (s.length > 40 || s.includes(':')) continue;
    const kv = keyedSeverity(s.replace(EMOJI_RE, ' '));
    const severity = kv ? severityFromValue(kv.value) : null;
    if (kv && severity) return { severity, text: s.slice(s.search(/\s/) + 1).trim() };
  }
  return null;
}

/** "위험도 상", "Risk High": a severity field's name, then its value, no colon between */
function keyedRating(part: string): [string, string, string] | null {
  const kv = keyedSeverity(part);
  return kv ? [part, kv.key, kv.value] : null;
}

/** "iam_root_hardware_mfa_enabled", "CKV_AWS_20", "aws-s3-enable-bucket-logging": a check id, three words or more joined */
export const CHECK_ID_SHAPE = /^(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}|[a-z][a-z0-9]*(?:-[a-z0-9]+){3,}|[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9_]*){2,})$/;
/** the same in code: "`iam_root_hardware_mfa_enabled`" */
const CHECK_ID = new RegExp('^`(' + CHECK_ID_SHAPE.source.slice(1, -1) + ')`$');
/** "*Joinery* – Worktop edge chipped …": a short tag in emphasis, a dash, then the title (readLeadOf) */
const TAG_THEN_TITLE = /^(\*|_)(?!\1)([^*_\n]{2,30}?)\1\s+[—–-]\s+(\p{Lu}[^\n]{11,})$/su;
const BOLD = /^(.{0,80}?)(\*\*|__)(?=\S)(.+?)(?<=\S)\2(?!\*|_)(.*)$/;
const LINK = /^(.{0,80}?)(?<!!)\[((?:[^[\]\n]|\[[^[\]\n]*\])+)\]\(([^()\s]*)\)(.*)$/;
const STRUCK = /^(.{0,80}?)~~(?=\S)(.+?)(?<=\S)~~(.*)$/;
/** "~~Title~~: how it was resolved": a separator right after the struck name, then its note */
const STRUCK_NAME_TAIL = /^\s*[:—–]\s+(?=\S)/;
/**
 * Convention: a GitHub tracking issue strikes through the name of an item it closed without a fix and keeps its
 * labels after it, "- [x] #446 — ~~Miri leak report in `Drain::drop`~~ `P-high` — closed as duplicate of #442":
 * the labels in code, then the separator and the note
 */
const STRUCK_LABELS_TAIL = /^\s*(?:`[\w .:/-]{1,30}`\s*){1,6}[:—–]\s+(?=\S)/;
/** "➖ 💬 ": two marks before a struck name, the second its rating */
const STRUCK_RATING_MARK = /^\s*\p{Extended_Pictographic}\uFE0F?\s+(\p{Extended_Pictographic})\uFE0F?\s*$/u;
/** "… Accepted, won't flag again.": the last sentence of the note opening on a decision, the word before its comma */
const STRUCK_DECISION = /[.;]\s+(\p{Lu}[\p{L}' -]{2,30}?)(?:,[^.;]{0,60})?\.?\s*$/u;
/** "`src/auth/session.ts:88` refresh token compared …": a location written before the title */
/**
 * Convention: a dependency's module and version in code opening the title, as Go, npm and Maven findings name
 * them, "`github.com/golang-jwt/jwt v3.2.2+incompatible` — deprecated major", "`lodash 4.17.15` …": the package
 * the title is about, no file it is located in
 */
const DEPENDENCY_SPAN = /^[\w.@/-]+[ \t]+v?\d+\.\d+(?:\.\d+)?(?:[-+.][\w.+-]*)?$/;
const CODE_LOCATION_LEAD = /^`([^`\n]+)`\s*(?:[:—–-]\s*)?/;
const HTTP_REQUEST_SPAN = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\/\S*$/;
/**
 * Convention: a CLI's bug list opens a title on the command-line option it is about, with the value given,
 * "`--out docs\CHANGELOG.md` on Windows writes …", "`-o build/out.js` is ignored when …": the option is the
 * sentence's subject, the path in it an argument, no place in the code
 */
const CLI_OPTION_SPAN = /^--?[A-Za-z][\w-]*(?:[ =]\S|$)/;
/**
 * Convention: a sentence whose subject is the code span that opens it, with no separator after the span and a
 * verb in the third person right after, "`/v2/orders` returns `currency: null` for …", "`worker_test.go:45`
 * waits with `time.Sleep(…)`; this will flake" (bug triage notes and review bots write a finding as one such
 * sentence): the span is part of the title, not a place set before it ("`a.ts:88` refresh token compared …",
 * "`a.ts:88` — …" still are). A file span still gives its place.
 */
const SPAN_SUBJECT_VERB = /^`[^`\n]+`[ \t]+(?:is|are|has|have|does|doesn['’]t|isn['’]t|returns|waits|sleeps|calls|uses|reads|writes|logs|leaks|throws|swallows|ignores|accepts|allows|skips|blocks|hangs|crashes|fails|retries|sends|stores|exposes|lacks|never|always|still)\b/;

/**
 * "[FAIL] 1.1.7 Ensure that …", "[WARN] 4.2.9 …", "[PASS] …": a line of a benchmark or checker's
 * output (kube-bench, docker-bench, Lynis, CIS tools). A failed check is a finding (high, as such
 * tools' users rate a failed control, unless the report's legend says otherwise); a warning, a manual
 * check left to verify, is medium; passed, skipped and informational lines are none.
 */
const CHECK_RESULT = /^\s*\[(FAIL(?:ED)?|ERROR|WARN(?:ING)?|PASS(?:ED)?|OK|INFO|SKIP(?:PED)?|NOTE|MANUAL)\]\s+(?:(\d+(?:\.\d+)+|[A-Z][A-Z0-9]*-\d+(?:\.\d+)*)\s+)?(\S.*)$/;

/** A record's head read by a rule of its own (a checker's line, a review comment): a marked plain lead. */
export function leadOf(fields: Pick<Lead, 'title'> & Partial<Lead>): Lead {
  return { ref: null, refKind: null, severity: null, severityText: null, status: null, blocks: null, locations: [], shape: 'plain', marked: true, refAtStart: false, positive: false, question: false, label: false, url: null, count: false, lines: null, ...fields };
}

/** A checker's result line, or null; `failed` tells whether it reports a problem. */
export function checkResult(md: string): { lead: Lead; failed: boolean } | null {
  const m = CHECK_RESULT.exec(md);
  if (!m) return null;
  const word = m[1].toUpperCase();
  const failed = /^(FAIL|ERROR|WARN)/.test(word);
  const severity: Severity | null = /^(FAIL|ERROR)/.test(word) ? 'high' : /^WARN/.test(word) ? 'medium' : null;
  const h = parseHeading(m[3]);
  return {
    failed,
    lead: leadOf({
      title: h.title.replace(/\s+/g, ' ').trim(),
      ref: m[2] ?? null,
      refKind: m[2] ? 'issue' : null,
      severity,
      severityText: severity ? word : null,
      locations: h.locations,
      refAtStart: !!m[2],
    }),
  };
}

/** Reads one line (Markdown source, list marker and checkbox removed) as the head of a record. */
/**
 * GitLab label references, ~"severity::1", ~bug, ~"workflow::in review": labels, never part of a title;
 * a scoped severity or status label rates or places the record.
 */
const GITLAB_LABEL = /(?<![\w~])~(?:"([^"\n]{1,60})"|([A-Za-z][\w.-]*(?:::[\w.-]+)?))/g;

/**
 * Convention: a status box opens a record as its state, the way review notes and punch lists tick them
 * ("☐ **RN-01 …**" open, "◐" answered and waiting on re-review, "☑"/"☒" cleared, "⊘" withdrawn). The
 * box is no part of the title and no rating.
 */
const STATUS_BOX = /^\s*([☐◐◑◔◕☑☒⊘])\uFE0F?\s+/u;
const BOX_STATUS: Record<string, Status> = { '☐': 'open', '◐': 'in_progress', '◑': 'in_progress', '◔': 'in_progress', '◕': 'in_progress', '☑': 'fixed', '☒': 'fixed', '⊘': 'wont_fix' };

const GRADE_INITIAL: Record<string, Severity> = { C: 'critical', H: 'high', M: 'medium', L: 'low' };

/**
 * Convention: a line anchor in code opens an item listed under its file's heading, "### `docs/a.md`" then
 * "- `L42` **[must]** DOC-1 …", "- `L10-14` …" (reviews grouped by source file): the lines of that file,
 * no part of the title. Or bare before a middle dot, as review tools export their inline comments, "### src/a.py"
 * then "- L42–L47 · **[must-fix]** Title. …", "- L88 · …": the same lines.
 */
const CODE_ANCHOR = /^\s*(?:`L(\d{1,6})(?:[-–]L?(\d{1,6}))?`[ \t]+|L(\d{1,6})(?:[-–]L?(\d{1,6}))?[ \t]+[·•][ \t]+)(?=\S)/;

/**
 * Convention: the file in code, then GitHub's line anchor bare and a colon, opening a review's short comment,
 * "- `src/config.ts` L77: `SECRET` falls back to …", "- `api/routes.py` L10-L14: …" (review bots' nitpick
 * lists): the lines of that file, not an id; the comment follows the colon.
 */
const PATH_ANCHOR = /^\s*`([^`\s]*[/.][^`\s]*[A-Za-z0-9])`[ \t]+L(\d{1,6})(?:[-–]L?(\d{1,6}))?[ \t]*:[ \t]+(?=\S)/;

/**
 * Convention: the same anchor written inside the bold title, set off by a middle dot or a colon, "### `job.go`"
 * then "- **L42–57 · R3 🛑 Jitter computed once per batch.**", "- **L88: Backoff cap ignores policy**": the lines
 * of the heading's file, no id and no part of the title. Or in a bold of its own before the rest, "- **L88–104**
 * 🛑 **Retry loop never backs off**", "- **Line 31** — **Title**" (a senior reviewer's notes grouped by file):
 * the same lines, and the item reads on after the bold.
 */
const BOLD_ANCHOR = new RegExp(String.raw`^(\s*(?:\*\*|__))${LINE_REF}[ \t]*(?::?(\*\*|__)[ \t]*(?:[·•|:]|[—–-](?=[ \t]))?|[·•|:]|[—–](?=[ \t]))[ \t]*(?=\S)`);

/**
 * Convention: Conventional Comments (conventionalcomments.org) as a comment's lead, its label in lower case, the
 * decorations in brackets, maybe a rating word of the review's scale, then a colon and the subject:
 * "**issue (blocking) · High:** Rates are stored as floats", "**suggestion (non-blocking):** Use RestClient",
 * "nitpick: `x` is defined twice". The label is no title; "(blocking)" holds the change back until it is fixed,
 * "(non-blocking)" does not; a nitpick is informational where no rating word says otherwise; praise, a question,
 * a thought or a note reports nothing to change.
 */
const COMMENT_LEAD =
  /^(\*\*|__)?(praise|nitpick|nit|suggestion|issue|todo|question|thought|chore|note|typo|polish|quibble|must[- ]fix|should[- ]fix|blocking)(?:\s*\(([a-z][a-z ,-]{1,40})\))?(?:\s*[·•|—–-]\s*([\p{L}\d-]{1,20}))?\s*(?::\1|\1\s*:)\s+(?=\S)/u;

/** "must-fix", "should-fix": a review's tier used as a comment's label (commentLead) */
const TIER_LABEL_SEVERITY: Record<string, Severity> = { 'must-fix': 'high', 'should-fix': 'medium' };

/** Set while a Conventional Comment's subject is read (readLeadOf keeps its semicolon clauses together). */
let inCommentSubject = false;

function commentLead(md: string, m: RegExpExecArray): Lead {
  inCommentSubject = true;
  let lead: Lead;
  try {
    lead = readLead(md.slice(m[0].length));
  } finally {
    inCommentSubject = false;
  }
  const label = m[2];
  let blocks = lead.blocks;
  for (const d of (m[3] ?? '').split(/\s*,\s*/)) {
    if (d === 'blocking') blocks = true;
    else if (d === 'non-blocking' && blocks == null) blocks = false;
  }
  // ("**blocking:** Title": the decoration written as the label holds the change back; the legend rates its word)
  if (label === 'blocking') blocks = true;
  const word = m[4] ? severityFromValue(m[4]) ?? (/^nit(?:pick)?$/i.test(m[4]) ? 'info' : null) : null;
  const nit = !word && !lead.severity && (label === 'nitpick' || label === 'nit') ? 'info' : null;
  // Convention: a review's tiers written as the comment's label, "**must-fix:** Title", "**should-fix:** Title"
  // beside "**nit:**" (merge-request reviews that grade each comment so): a must-fix holds the merge back and is
  // high, a should-fix may follow in a later change and is medium
  const tier = !word && !lead.severity && !nit ? TIER_LABEL_SEVERITY[label.toLowerCase().replace(' ', '-')] : undefined;
  if (tier) blocks ??= label.toLowerCase().startsWith('must');
  // ("… drift by a cent (L88–L97)": GitHub's line anchor closing the comment's first sentence, no part of its title)
  const at = lead.title.includes('(L') ? /\s*\(L(\d{1,6})(?:\s*[-–]\s*L?(\d{1,6}))?\)$/.exec(lead.title) : null;
  return {
    ...lead,
    ...(at && at.index > 0 ? { title: lead.title.slice(0, at.index), lines: lead.lines ?? { start: Number(at[1]), end: Number(at[2] ?? at[1]) } } : {}),
    severity: word ?? lead.severity ?? nit ?? tier ?? null,
    severityText: word ? m[4] : lead.severity ? lead.severityText : nit || tier || label === 'blocking' ? label : lead.severityText,
    blocks,
    marked: true,
    positive: lead.positive || label === 'praise',
    question: lead.question || /^(?:question|thought|note)$/.test(label),
  };
}

const QUOTED_BOLD_TITLE = /^\*\*["\u201c]([^"\u201c\u201d*\n]{3,300})["\u201d]\*\*/;
export function readLead(md: string): Lead {
  const lead = readLeadParts(md);
  // Convention: a numbered scale keyed in one run, "**5** – Critical · **4** – High · … · **1** – Very low" (a
  // risk assessment's key to its risk values): the legend, read by report-facts' scanLegendLine, no finding
  if (lead.refKind === 'numeric' && lead.refAtStart && NUMBERED_LEVEL_RUN.test(md)) lead.label = true;
  return lead;
}

/**
 * Convention: a review item whose Conventional Comments label stands in bold of its own, often after the colour mark
 * the review's legend gives it, then a dash or a middle dot and the subject in bold, "🔴 **blocking** — **Cache
 * keys are not stable**", "🟡 **nit** · **Prefer `Logger`**", "**question** — **Why drop iOS 15?**" (a PR review
 * posted as one comment, its items a task list): the label is no title; it rates the item as the review's legend
 * rates the label (the colour mark goes with it), "blocking" holds the merge; an item so set out is one the author
 * answers, a question too (praise excepted).
 */
const MARKED_COMMENT_LABEL =
  /^((?:\p{Extended_Pictographic}\uFE0F?[ \t]*){0,2})(\*\*|__)(praise|nitpick|nit|suggestion|issue|todo|question|thought|chore|note|typo|polish|quibble|blocking|non-blocking)(?:\s*\(([a-z][a-z ,-]{1,40})\))?\2[ \t]+[—–·•|][ \t]+(?=\*\*|__)/u;
function markedCommentLead(md: string, m: RegExpExecArray): Lead {
  const lead = readLead(md.slice(m[0].length));
  const label = m[3];
  const mark = emptyMarkers();
  if (m[1].trim()) readMarkers(m[1].trim(), mark);
  let blocks = lead.blocks;
  for (const d of [label, ...(m[4] ?? '').split(/\s*,\s*/)]) {
    if (d === 'blocking') blocks = true;
    else if (d === 'non-blocking' && blocks == null) blocks = false;
  }
  const nit = !lead.severity && (label === 'nitpick' || label === 'nit') ? 'info' : null;
  return {
    ...lead,
    severity: lead.severity ?? nit,
    severityText: lead.severity ? lead.severityText : label,
    status: lead.status ?? mark.status,
    blocks,
    marked: true,
    positive: lead.positive || label === 'praise',
    // (a title closing on "?" asks what the label says the author must answer: an item, no aside)
    question: label === 'thought' || label === 'note',
  };
}

function readLeadParts(md: string): Lead {
  // Convention: a reply to a review that quotes each of the reviewer's points as its title, in bold and quote
  // marks, "**"Don't use `any` for the payload"** — introduced …": the quoted words are the title, not the marks
  if (md.charCodeAt(0) === 42 && (md.startsWith('**"') || md.startsWith('**“'))) md = md.replace(QUOTED_BOLD_TITLE, '**$1**');
  // (a label opens with a lower-case letter, in bold or not)
  const c0 = md.charCodeAt(0);
  const cc = c0 >= 97 || c0 === 42 || c0 === 95 ? COMMENT_LEAD.exec(md) : null;
  // ("🔴 **blocking** — **Title**": the label in a bold of its own, the title in the next, MARKED_COMMENT_LABEL)
  const ml = !cc && (md.includes('** ') || md.includes('__ ')) ? MARKED_COMMENT_LABEL.exec(md) : null;
  if (ml) return markedCommentLead(md, ml);
  if (cc && (!cc[4] || severityFromValue(cc[4]) || /^nit(?:pick)?$/i.test(cc[4]))) return commentLead(md, cc);
  // ("**Zu SR-04.** Der Session-Cache …", "**Re PX-3:** …": a note's label in bold, a word for "about" and the id
  // alone, names the finding by its id as "**SR-04.** …" does)
  if ((md.startsWith('**') || md.startsWith('__')) && ABOUT_LABEL.test(md)) md = md.slice(0, 2) + md.slice(2).replace(ABOUT_LABEL_WORD, '');
  const anchor = CODE_ANCHOR.exec(md);
  if (anchor) {
    const lead = readLead(md.slice(anchor[0].length));
    const from = anchor[1] ?? anchor[3];
    return { ...lead, lines: lead.lines ?? { start: Number(from), end: Number(anchor[2] ?? anchor[4] ?? from) } };
  }
  const pathAnchor = md.includes('` L') ? PATH_ANCHOR.exec(md) : null;
  if (pathAnchor) {
    const lead = readLead(md.slice(pathAnchor[0].length));
    const at: Location = { path: pathAnchor[1], startLine: Number(pathAnchor[2]), endLine: Number(pathAnchor[3] ?? pathAnchor[2]) };
    return { ...lead, locations: [at, ...lead.locations.filter((l) => l.path !== at.path)] };
  }
  const inBold = md.charCodeAt(0) === 42 || md.charCodeAt(0) === 95 || md.startsWith(' ') ? BOLD_ANCHOR.exec(md) : null;
  if (inBold) {
    // (the bold closed after the lines: the rest is read as it stands, "🛑 **Title**")
    const lead = readLead((inBold[4] ? '' : inBold[1]) + md.slice(inBold[0].length));
    // Convention: an audit's low findings numbered by their initial, "- **L1 — Missing index on `x`**
    // (`db/migrate/x.rb:19`)": an item giving its own file and line has no need of an anchor into a
    // heading's file; the "L1" is its id, as "H1" and "M1" are its siblings'
    if (!lead.locations.some((x) => x.path && x.startLine != null)) return { ...lead, lines: lead.lines ?? { start: Number(inBold[2]), end: Number(inBold[3] ?? inBold[2]) } };
  }
  const box = STATUS_BOX.exec(md);
  if (box) {
    const lead = readLeadAfterBox(md.slice(box[0].length));
    return { ...lead, status: BOX_STATUS[box[1]] };
  }
  return readLeadGraded(md);
}

/**
 * Convention: a bracketed grade code before the id, "**[MG] L-01 · Title**", "[B] NC-4 — …": the code is
 * the record's rating in the report's own scale (read through its legend at the end), before any rating an
 * id's prefix would suggest; neither is part of the title.
 */
const GRADE_FIRST = /^(\s*(?:\*\*|__)?)\[([\p{Lu}\p{N}]{1,4})\]\s+(?=[\p{Lu}][\p{Lu}\p{N}]{0,9}-?\d{1,5}\b)/u;

/**
 * Convention: a tag word of the report's own scale in brackets before the id, bold or not — MoSCoW's
 * "**[must]** DOC-1 …", "[should] DOC-2 …", "[won't] …": read through the report's legend like a grade code.
 */
const TAG_FIRST = /^(\s*)(?:(\*\*|__)\[([\p{Ll}][\p{Ll}'’]{1,11}(?: [\p{Ll}'’]{1,11})?)\]\2|\[([\p{Ll}][\p{Ll}'’]{1,11}(?: [\p{Ll}'’]{1,11})?)\])[ \t]+(?=[\p{Lu}][\p{Lu}\p{N}]{0,9}-?\d{1,5}\b)/u;

function readLeadGraded(md: string): Lead {
  const t = TAG_FIRST.exec(md);
  if (t) {
    const word = t[3] ?? t[4];
    const lead = readLeadAfterBox(t[1] + md.slice(t[0].length));
    if (lead.ref && !lead.severity) return { ...lead, severity: severityFromValue(word), severityText: `[${word}]`, marked: true };
  }
  const g = GRADE_FIRST.exec(md);
  if (!g) return readLeadAfterBox(md);
  const lead = readLeadAfterBox(g[1] + md.slice(g[0].length));
  if (!lead.ref) return readLeadAfterBox(md);
  return { ...lead, severity: severityFromValue(g[2]), severityText: `[${g[2]}]`, marked: true };
}

function readLeadAfterBox(md: string): Lead {
  if (!md.includes('~') || !/(?<![\w~])~["A-Za-z]/.test(md)) return readLeadOf(md);
  let severity: Severity | null = null;
  let severityText: string | null = null;
  let status: Status | null = null;
  const stripped = md.replace(GITLAB_LABEL, (_, quoted: string | undefined, bare: string | undefined) => {
    const label = (quoted ?? bare ?? '').trim();
    const scoped = /^(.+?)::\s*(.+)$/.exec(label);
    const kind = scoped ? factKind(scoped[1]) : null;
    if (kind === 'severity' && !severity) {
      const v = scoped![2].trim();
      severity = /^[0-5]$/.test(v) ? severityFromValue(`Sev ${v}`) : severityFromValue(v);
      if (severity) severityText = label;
    } else if (kind === 'status' && !status) status = statusFromText(scoped![2]);
    return ' ';
  });
  const lead = readLeadOf(stripped.replace(/[ \t]{2,}/g, ' '));
  return { ...lead, severity: lead.severity ?? severity, severityText: lead.severity ? lead.severityText : severityText ?? lead.severityText, status: lead.status ?? status, marked: lead.marked || !!severity };
}

/** Where the text after the first `n` separators of `rest` starts (its length when it has fewer; readLeadOf). */
function afterSeparators(rest: string, n: number): number {
  let off = 0;
  let r = rest;
  for (let j = 0; j < n; j++) {
    const m = SEPARATOR.exec(r);
    if (!m) return rest.length;
    off += m.index + m[0].length;
    r = r.slice(m.index + m[0].length);
  }
  return off;
}

/**
 * Convention: a coding agent's findings grouped under a heading that is a file's path ("### `internal/api/handlers.go`"),
 * each bullet its rating in square brackets, then GitHub's line anchor and a colon, then the title: "- **[HIGH]**
 * L67–73: SIGTERM handler …", "- **[LOW]** L203: …". The anchor is the lines of the heading's file, no id; a file
 * named in brackets after it, "L31 (middleware.go): …", is the file those lines are in instead.
 */
const RATED_LINE_ANCHOR = /^\s*L(\d{1,6})(?:[-–]L?(\d{1,6}))?(?:[ \t]+\(`?([\w./-]*\.\w{1,8})`?\))?[ \t]*:[ \t]+(?=\S)/;

const READ_LEAD_OF_RE = /^[\p{L}\d]+$/u;
const READ_LEAD_OF_RE2 = /^[\s~]*(\p{Extended_Pictographic})/u;
/** Whether `tailMd`, read as what follows a title, holds a marker (readLeadOf). */
function tailMarked(tailMd: string): boolean {
  const probe = emptyMarkers();
  readTail(tailMd, probe, []);
  return probe.any;
}
function readLeadOf(md: string): Lead {
  const line = md.length > 2000 ? md.slice(0, 2000) : md;
  const markers = emptyMarkers();
  const locations: Location[] = [];
  let shape: Lead['shape'] = 'plain';
  let titleMd = line;
  let tail = '';
  let url: string | null = null;
  let struck = false;
  let lines: Lead['lines'] = null;

  const st = STRUCK.exec(line);
  if (st && readMarkers(plainInline(st[1]), emptyMarkers())) {
    struck = true;
  }
  const b = BOLD.exec(line);
  const k = LINK.exec(line);
  // (a short bold with a bracket or a separator after its first word, and text after the bold)
  const idRating = b && b[3].length <= 64 && ID_RATING_HINT.test(b[3]) && /\S/.test(b[4]) ? boldIdRating(plainInline(b[3])) : null;
  if (b && idRating && (!b[1].trim() || readMarkers(plainInline(b[1]), emptyMarkers()))) {
    // read as if the bold held the id alone, "**T-3** Priority queue …"; the rating in the bold is the record's
    const lead = readLeadOf(`${b[1]}${b[2]}${idRating.id}${idRating.colon}${b[2]}${b[4]}`);
    const own = !!idRating.sev || (!!idRating.text && !lead.severity && !lead.severityText);
    return {
      ...lead,
      severity: idRating.sev ?? lead.severity,
      severityText: own ? idRating.text : lead.severityText,
      status: idRating.status ?? lead.status,
      blocks: idRating.blocks ?? lead.blocks,
      marked: true,
      idRated: true,
    };
  }
  // "**T7 (Spoofing)** — SMS codes …": markers with a short parenthetical label are markers too
  const boldInner = b ? plainInline(b[3]).replace(/:\s*$/, '').replace(/\s*\([^()]{1,40}\)\s*$/, (p) => (b[4].trim().length > 15 ? '' : p)) : '';
  const boldMarkersOnly = !!b && !!boldInner.trim() && readMarkers(boldInner, emptyMarkers()) && !!b[4].trim();
  if (b && boldMarkersOnly && readMarkers(plainInline(b[1]) + ' ' + boldInner, markers)) {
    // "**🔴 BUG #1** - Health endpoint …", "**MINOR:** `x` has …": the bold holds markers; the title follows
    const rest = b[4].replace(/^\s*(?:[—–:|·•-]\s*)?/, '');
    // ("**[HIGH]** L67–73: Title": the lines of the heading's file after the rating, RATED_LINE_ANCHOR)
    const anchor = markers.severity && rest.charCodeAt(0) === 76 ? RATED_LINE_ANCHOR.exec(rest) : null;
    if (anchor) {
      const titled = readLead(rest.slice(anchor[0].length));
      const at = { start: Number(anchor[1]), end: Number(anchor[2] ?? anchor[1]) };
      if (anchor[3]) return merge({ ...titled, locations: [{ path: anchor[3], startLine: at.start, endLine: at.end }, ...titled.locations.filter((l) => l.path !== anchor[3])] }, markers);
      return merge({ ...titled, lines: titled.lines ?? at }, markers);
    }
    // "**Major** · Accuracy · `strings.json` → `key` — **Title in bold** — MG-2301 · open": fields, then the
    // title in bold after a dash; where it is among the fields
    const later = /^((?:[^*\n`]|`[^`\n]*`){1,300}?\s[·•|]\s(?:[^*\n`]|`[^`\n]*`){0,300}?)\s[—–]\s+(\*\*|__)([^*\n]{8,300}?)\2(.*)$/.exec(rest);
    if (later) {
      const titled = readLead(`**${later[3]}**`);
      const locations = [...titled.locations];
      addLocations(locations, parseLocations(plainInline(later[1]), true).filter((l) => l.path.includes('/') || l.startLine != null));
      // ("… — MG-2301 · fixed in rc3, verified by JD": the tracker id and the state close the line)
      const end = /\s[—–]\s+([A-Z][A-Z0-9]{0,9}-\d{1,6})\s*(?:[·•|]\s*([^—–\n]{1,120}))?\s*$/.exec(later[4]);
      const status = end?.[2] ? statusFromText(end[2].split(/[.;]/)[0]) ?? statusSentence(end[2]) : null;
      return merge({ ...titled, locations, ref: titled.ref ?? end?.[1] ?? null, refKind: titled.ref ? titled.refKind : end ? 'issue' : null, status: titled.status ?? status }, markers);
    }
    // ("**V-258094** · **CAT I** · RHEL 9 must not allow …": a short bold code after the id, then the plain
    // title: the code rates the record, as the report's legend says)
    const code = /^(\*\*|__)([^*_\n]{1,12})\1\s*[·•|]\s+([^*_\n]{12,})$/.exec(rest.trim());
    if (code && !/[.!?]$/.test(code[2]) && code[2].split(/\s+/).length <= 3) {
      const titled = readLead(code[3]);
      const own = severityFromValue(code[2]);
      return merge({ ...titled, severity: titled.severity ?? own, severityText: titled.severityText ?? code[2].trim(), marked: true }, markers);
    }
    // Convention: a classification code between the id and a title in emphasis, "**FG-26-214** — ATA 32-42 —
    // *Brake temperature sensor blank*", "**NC-7** — ISO 9001 8.5.1 — *Work order not signed*": the code files
    // the record under a chapter of a standard; the emphasised words are its title
    const coded = /^([^*_`\n—–|·]{2,30}?)\s+[—–|·]\s+(\*|_)(?!\2)([^*_\n]{8,300}?)\2(?![*_])(.*)$/u.exec(rest.trim());
    // Convention: the trade, discipline or area an item falls to in emphasis between its id and its title, as
    // snag and punch lists, site diaries and defect logs write it: "**G-04-01** – *Joinery* – Worktop edge
    // chipped …", "**PL-17** — *M&E* — …": a tag of a word or three, no marker, that files the item, not its title
    const tagged = !coded ? TAG_THEN_TITLE.exec(rest.trim()) : null;
    const tag = tagged && tagged[2].trim().split(/\s+/).length <= 3 && !/[.!?:]$/.test(tagged[2]) && !readMarkers(plainInline(tagged[2]), emptyMarkers()) ? tagged : null;
    let again = coded && /\d/.test(coded[1]) && !readMarkers(plainInline(coded[1]), emptyMarkers()) ? readLead(`${coded[2]}${coded[3]}${coded[2]}${coded[4]}`) : tag ? readLead(tag[3]) : readLead(rest);
    // ("**BRN-1422** `xml2js` allows prototype pollution (CVE-2023-0842)": the record's own id leads in bold;
    // an advisory's id in brackets closing the title is part of what the title says)
    if (markers.ref && again.ref && again.ref !== markers.ref && new RegExp(String.raw`\(\s*${again.ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s*\)\W*$`).test(plainInline(rest).trim()))
      again = { ...again, title: `${again.title} (${again.ref})`, ref: null, refKind: null };
    // Convention: after the record's own id, a number opening its title counts what the title names, "**CW-12** ⚪
    // **31 ESLint warnings, mostly …**": it is no second, outline number, and stays in the title
    if (markers.ref && markers.refKind === 'issue' && again.ref && again.refKind === 'numeric' && /^\d{1,5}$/.test(again.ref)) {
      const whole = `${again.ref} ${again.title}`;
      if (rest.includes(whole) || plainInline(rest).includes(plainInline(whole))) again = { ...again, title: whole, ref: null, refKind: null };
    }
    // ("▮▮▯ **BRN-1432** Title": a mark before the bold id rates it as the report's key says)
    const before = LEAD_SYMBOLS.exec(b[1])?.[1];
    if (before && !again.severity && !again.severityText && !markers.severity) return merge({ ...again, severityText: before }, markers);
    return merge(again, markers);
  }
  // Convention: a scanner's check id in code, in bold, opening a note on that check, "**`s3_bucket_level_public_access_block`** —
  // BPA was turned off …", "**`CKV_AWS_20`**: …" (Prowler, Checkov and tfsec ids are snake, kebab or dotted words):
  // the id names the record (and titles it, as the check's name; the text after the dash is its note, whose
  // first sentence often runs on past the line)
  const checkId = b && !b[1].trim() && b[3].length <= 130 ? CHECK_ID.exec(b[3].trim()) : null;
  if (b && checkId && /^\s*[—–:-]\s+\S/.test(b[4]) && !/\.(?:[a-z]{1,4})$/i.test(checkId[1])) {
    const rest = readLead(b[4].replace(/^\s*[—–:-]\s*/, ''));
    // (records.ts, strong: a note on a check stands alone only with a finding's fields, a state or a file; else
    // it speaks of a finding listed elsewhere by that id, or of nothing, "**`log_level_default`** — fine as is")
    return { ...rest, title: checkId[1], label: false, count: false, question: false, positive: false, ref: checkId[1], refKind: 'issue', refAtStart: true, marked: true, shape: 'bold' };
  }
  // "**V-258094** · **CAT I** · RHEL 9 must not allow …": a short code in bold before a longer plain title
  const rated = b && !b[1].trim() ? ratingFirst(line, false) : null;
  if (rated) return rated;
  if (b && (!k || b[1].length <= k[1].length) && readMarkers(plainInline(b[1].replace(/~~/g, '')), markers)) {
    shape = 'bold';
    titleMd = b[3];
    tail = b[4];
    // Convention: a code review grouped by file writes the lines after the bold title in brackets, GitHub's
    // anchor, "### `src/cart.ts`" over "- **C2 · P1 — Totals drift** (L40–L52)": lines of the heading's file
    const at = tail.includes('(L') ? /^\s*\(L(\d{1,6})(?:\s*[-–]\s*L?(\d{1,6}))?\)/.exec(tail) : null;
    if (at) lines = { start: Number(at[1]), end: Number(at[2] ?? at[1]) };
    const inner = LINK.exec(titleMd);
    if (inner && !inner[1].trim() && !inner[4].trim()) {
      titleMd = inner[2];
      url = inner[3];
    }
  } else if (k && readMarkers(plainInline(k[1].replace(/[*_~]{2}/g, '')), markers)) {
    shape = 'link';
    titleMd = k[2].replace(/^\*\*|\*\*$/g, '');
    url = k[3];
    tail = k[4];
  } else if (st && struck && (STRUCK_NAME_TAIL.test(st[3]) || STRUCK_LABELS_TAIL.test(st[3])) && readMarkers(plainInline(st[1]), markers)) {
    // Convention: a review bot's "Resolved since last review" list strikes through the name of each finding it
    // no longer sees and says after a colon or dash how it was resolved, "✅ 🟠 ~~Upstream connect has no
    // timeout~~: `pool.rs` now wraps … (b93f4a2)": the struck words are the title, the rest its note
    titleMd = st[2];
    tail = STRUCK_NAME_TAIL.test(st[3]) ? st[3].replace(STRUCK_NAME_TAIL, '') : st[3];
    // (a note that closes on the reviewer's decision instead, "… covered by a test. Accepted, won't flag again.": the
    // finding was dismissed, not fixed)
    const decision = !markers.status && tail.includes('.') ? STRUCK_DECISION.exec(tail) : null;
    const decided = decision ? statusFromText(decision[1]) : null;
    if (decided === 'wont_fix' || decided === 'false_positive') {
      markers.status = decided;
      markers.any = true;
    }
    // (a state mark, then the rating's mark, "➖ 💬 ~~…~~": the last mark before the name rates it, as the legend keys it)
    const rating = !markers.severity && !markers.severityText ? STRUCK_RATING_MARK.exec(st[1]) : null;
    if (rating) markers.severityText = rating[1];
  } else {
    // plain: markers, then a location in code, then the title up to a separator
    let rest = line.replace(/~~/g, '');
    const ln = /^\s*L(\d+)(?:\s*[-–]\s*L?(\d+))?\s+/.exec(rest);
    if (ln) {
      lines = { start: Number(ln[1]), end: Number(ln[2] ?? ln[1]) };
      rest = rest.slice(ln[0].length);
    }
    for (let guard = 0; guard < 8 && !COUNT_TITLE.test(plainInline(rest)); guard++) {
      const tok = /^\s*(\S+)\s*/.exec(rest);
      if (!tok) break;
      const anchor = markers.severity && !lines && tok[1].charCodeAt(0) === 76 ? RATED_LINE_ANCHOR.exec(rest) : null;
      if (anchor) {
        if (anchor[3]) addLocations(locations, [{ path: anchor[3], startLine: Number(anchor[1]), endLine: Number(anchor[2] ?? anchor[1]) }]);
        else lines = { start: Number(anchor[1]), end: Number(anchor[2] ?? anchor[1]) };
        rest = rest.slice(anchor[0].length);
        break;
      }
      const probe = emptyMarkers();
      const word = plainInline(tok[1]);
      if (!readMarkers(word, probe) || (!probe.any && !EMOJI_ONLY.test(word.replace(/[:.,]$/, '')) && !/^[-–—:|]+$/.test(word))) break;
      // a bare word or number is a marker only when a separator follows it: "High: …", "3. …",
      // not "Critical bugs were found" or "3 bugs"
      const next = rest.slice(tok[0].length);
      const bare = READ_LEAD_OF_RE.test(word) && !/^(?:P[0-4]|Sev-?[0-5])$/i.test(word) && !/[A-Z]+-\d/.test(word);
      if (bare && !/^\s*(?:[:—–|·•]|-\s)/.test(next) && !/[:.)]$/.test(tok[1])) break;
      readMarkers(word, markers);
      rest = next;
    }
    rest = rest.replace(/^\s*[·•]\s*/, '');
    const cl = CODE_LOCATION_LEAD.exec(rest);
    // ("`GET /invoices/{id}/pdf` doesn't check …": an HTTP request line in code, method and route, is the sentence's
    // subject as an API review writes it, no location set before the title)
    if (cl && !HTTP_REQUEST_SPAN.test(cl[1]) && !(cl[1].charCodeAt(0) === 45 && CLI_OPTION_SPAN.test(cl[1])) && !(cl[1].includes(' ') && DEPENDENCY_SPAN.test(cl[1])) && parseLocations(cl[1], true).length && cl[0].length < rest.length) {
      const subject = SPAN_SUBJECT_VERB.test(rest);
      if (!subject || cl[1].charCodeAt(0) !== 47) addLocations(locations, parseLocations(cl[1], true));
      if (!subject) rest = rest.slice(cl[0].length);
    }
    // "CVE-2019-18934 – CRITICAL – Shell Injection": marker-only segments before the title
    const parts = rest.split(SEPARATOR);
    let i = 0;
    while (i < parts.length - 1 && readMarkers(plainInline(parts[i]), markers)) i++;
    const from = afterSeparators(rest, i);
    const body = rest.slice(from);
    // the title runs to the next separator whose remainder names a location or a marker
    const m = SEPARATOR.exec(body);
    if (m && m.index > 0) {
      const after = body.slice(m.index + m[0].length);
      const afterPlain = plainInline(after);
      // ("Log field names mix camelCase and snake_case — e.g. `outboxId` next to `batch_size`": an example after
      // the dash illustrates the title, it is not part of it)
      // (the tests are pure: the dearest, reading the rest as a tail, runs only where the cheaper leave it open)
      if (after.length > 60 || parseLocations(afterPlain, true).length || tailMarked(after) || /^(?:e\.\s?g\.|i\.\s?e\.|for (?:example|instance)\b)/i.test(afterPlain)) {
        titleMd = body.slice(0, m.index);
        tail = after;
      } else titleMd = body;
    } else titleMd = body;
    // "Title (P1) @mira `security` `pentest`": handles, tags and labels after a title are not part of it
    // ("Token leaks `[security]` `[P1]`": a board's labels, bracketed inside the code)
    const tags = /(?:\s+(?:@[\w.-]+|#[A-Za-z][\w-]*|`\[?[\w .:/-]{1,30}\]?`))+\s*$/.exec(titleMd);
    const marked = /\s*\(([^()]{1,20})\)(?:\s+(?:@[\w.-]+|`[\w .:/-]{1,30}`))+\s*$/.exec(titleMd);
    if (tags && tags.index > 0 && /[@#]|`\[?[\w-]+\]?`\s*`/.test(tags[0])) {
      tail = `${tags[0]} ${tail}`;
      titleMd = titleMd.slice(0, tags.index);
    } else if (marked && marked.index > 0 && readMarkers(marked[1], emptyMarkers())) {
      tail = `${marked[0]} ${tail}`;
      titleMd = titleMd.slice(0, marked.index);
    }
    // Convention: a triage verdict in emphasis after the title and a colon, "Double booking on a second click:
    // *Duplicate* of UAT-05.", "Trùng lịch …: *Trùng lặp* với UAT-05.": the verdict is the record's status, the
    // title ends at the colon
    const verdict = /:\s+(\*|_)([^*_\n]{2,40})\1(?=[\s.,;:]|$)/u.exec(titleMd);
    const verdictStatus = verdict && verdict.index >= 8 ? statusFromText(verdict[2]) : null;
    if (verdict && verdictStatus) {
      tail = `${titleMd.slice(verdict.index + 1)} ${tail}`;
      titleMd = titleMd.slice(0, verdict.index);
      if (!markers.status) {
        markers.status = verdictStatus;
        markers.any = true;
      }
    }
    // "SMS codes intercepted via SIM swap. Likelihood: Low · Risk: Medium": the title is the first sentence
    // (terse notes start their sentences in lower case: "JWT parser accepts unsigned tokens. custom parser reads …")
    const stop = /(?<![.\s][a-z]|\b(?:e\.g|i\.e|vs|etc|approx|incl|no|cf|a\.k\.a))\.\s+(?=[A-Za-z`*_"'(])/.exec(titleMd);
    if (stop && stop.index >= 8) {
      tail = `${titleMd.slice(stop.index + 1)} ${tail}`;
      titleMd = titleMd.slice(0, stop.index);
    }
    // Convention: a long observation whose semicolon parts what was seen from the writer's word on it ("`work_mem`
    // is 4 MB on a reporting replica; harmless now, though sorts will spill once …"): the title is what was seen,
    // as a patch comment's long first sentence ends at its first semicolon (records.ts)
    // (not in a Conventional Comment, whose subject line is its message, the advice after the semicolon part of it)
    const semi = titleMd.length > 80 && !inCommentSubject ? SEMI_CLAUSE.exec(titleMd) : null;
    if (semi && semi.index >= 16 && titleMd.split(' ').length > 12 && !twoSteps(titleMd, semi.index)) {
      tail = `${titleMd.slice(semi.index + 1)} ${tail}`;
      titleMd = titleMd.slice(0, semi.index);
    }
  }

  let h = parseHeading(titleMd);
  // Convention: "🔴 **S1 · Access token kept in localStorage**": an S-numbered id set off by a middle dot in
  // the bold title, where a colour before the bold rates the finding (as "S1 · 🟡 Title" does inside it);
  // alone, "S1" is a QA severity
  if (!markers.ref && !h.ref && line.includes('·') && /^S[1-9]\d?\s+·\s+\S/.test(h.title) && /^[\s\d.)*_-]*(?:🔴|🔥|🚨|🟠|🟡|🟢|🔵)/u.test(line)) {
    const sId = /^S[1-9]\d?/.exec(h.title)![0];
    h = { ...h, ref: sId, refKind: 'issue', title: h.title.replace(/^S[1-9]\d?\s+·\s+/, '') };
  }
  // Convention: a tracker item whose own number leads, "- [ ] #430 — **Optional feature pulls `chrono 0.4.19`
  // (RUSTSEC-2020-0071)**": the advisory closing its title is part of the name (as "PAY-12: Outdated package
  // (CVE-2023-50782)" keeps its CVE), not a second id
  if (markers.ref && h.ref && h.ref !== markers.ref && ADVISORY_ID.test(h.ref) && titleMd.trimEnd().endsWith(`(${h.ref})`) && !h.title.includes(h.ref)) {
    h = { ...h, title: `${h.title} (${h.ref})`, ref: null, refKind: null };
  }
  if (url) addLocations(locations, permalinkLocations(url));
  readTail(tail, markers, locations);
  addLocations(locations, h.locations);
  if (!markers.ref && h.ref) {
    markers.ref = h.ref;
    markers.refKind = h.refKind;
  }
  const severity = markers.severity ?? h.severity;
  const head = plainInline(line).trim();
  // "❌ **Failover command targets …**", "⚠️ **…**": a mark before the title that rates it; the report's
  // legend says how ("| ❌ | … | High |"), so it is kept as the severity as written
  const mark = !severity ? READ_LEAD_OF_RE2.exec(head)?.[1] : undefined;
  // Convention: a numbered item's tag between its number and its title, "1.1 🛑 **Title**", "2.3 💡 **Title**",
  // "R4 ⚠️ Title": the id sets the mark off as the record's tag (a suggestion's 💡 too), which the report's
  // legend rates ("| 🛑 **Blocker** | Must be fixed before GA |")
  const afterId = !severity && !mark && markers.ref && head.charCodeAt(0) < 128 && /[^\x00-\xa8]/.test(head.slice(0, 16)) ? MARK_AFTER_ID.exec(head) : null;
  const idMark = afterId && afterId[1] === markers.ref && !STATUS_MARKER_EMOJI[afterId[2]] && !/[📍📌🔗📄📁🗂✏👍🎉✨🙌💯🏆⭐🌟💪❤❓]/u.test(afterId[2]) ? afterId[2] : null;
  const leadMark = mark && !STATUS_MARKER_EMOJI[mark] && !/[📍📌🔗📄📁🗂✏👍🎉✨🙌💯🏆⭐🌟💪❤❓💡]/u.test(mark) ? mark : idMark;
  // ("▮▮▯ No rate limiting …": a run of symbols a tracker's export rates by, kept for the report's key to read;
  // it does not alone make the line a record)
  const symbols = !severity && !leadMark ? LEAD_SYMBOLS.exec(head)?.[1] : undefined;
  const severityText = markers.severity ? markers.severityText : (h.severityText ?? markers.severityText ?? leadMark ?? symbols ?? null);
  let status = markers.status ?? h.status;
  if (!status && struck) status = 'fixed';
  let titlePlain = h.title.replace(/\s+/g, ' ').trim();
  // Convention: a grade letter in brackets right after the id, "RN-01 (H) Title", "NC-3 (B) …": the
  // record's rating in the report's own scale (read through its legend at the end), no part of the title
  // (the title's source without its Markdown, made once for the readings below)
  const titleText = plainInline(titleMd);
  const grade = markers.ref || h.ref ? /^\(([A-Z]{1,2}[0-9]?)\)\s+(?=\S)/.exec(titlePlain) : null;
  let gradeText: string | null = null;
  if (grade && titleText.replace(/[*_`]/g, '').includes(`${markers.ref ?? h.ref} (${grade[1]})`)) {
    titlePlain = titlePlain.slice(grade[0].length);
    gradeText = grade[1];
  } else if (!h.severity && h.severityText && /^[A-Z]{1,2}[0-9]?$/.test(h.severityText) && titleText.replace(/[*_`]/g, '').includes(`${markers.ref ?? h.ref} (${h.severityText})`)) {
    // (the heading's reading already took the letter off the title)
    gradeText = h.severityText;
  }
  // Convention: an action log's or carry-over list's line names the team that owns the action in brackets after
  // it, "SEP-07 Replace damaged speed-limit sign at the yard entrance (Facilities) — still open": the owner, no part
  // of the title (only a department's name, after an id: "Weak TLS ciphers (legacy API)" keeps its words)
  if ((markers.ref || h.ref) && titlePlain.endsWith(')')) titlePlain = titlePlain.replace(OWNER_TEAM_TAIL, '');
  const asks = numberedAsk(h.comment, markers.refKind);
  return {
    title: titlePlain,
    ref: markers.ref,
    refKind: markers.refKind,
    // (the initials of the common scale, "(C)", "(H)", "(M)", "(L)", where the legend says nothing else)
    // (a numbered thought, informational where nothing else rates it: numberedAsk)
    severity: severity ?? (gradeText ? (GRADE_INITIAL[gradeText] ?? null) : asks === 'thought' ? 'info' : null),
    severityText: !severity && gradeText ? gradeText : (severityText ?? (asks === 'thought' ? 'thought' : null)),
    status,
    blocks: markers.blocks ?? h.blocks,
    locations,
    shape,
    marked: markers.any || !!h.severity || !!h.status || (h.refKind === 'issue' && !!h.ref) || !!leadMark || commentMarked(h.comment, asks),
    refAtStart: !!markers.ref || (h.refKind === 'issue' && !!h.ref),
    positive: POSITIVE.test(head),
    // (Convention: a fix log's "— real bug? NOT fixed" hedges a record it gives a state, asks nothing)
    // (Convention: an audit grid's criterion phrased as the question it tests, "Critère 6.1 – Chaque lien est-il
    // explicite ?", "Criterion 2.4.4 – Is the purpose of each link clear?": the failed criterion names the record,
    // asks nothing)
    question: !asks && (QUESTION.test(head) || (/\?\s*$/.test(titlePlain) && !severity && !status && !h.criterion)),
    // ("🔴 = high, blocks the release": an entry of a legend, the mark and what it means)
    // Convention: a review's decision in bold as a label and its value, "**Verdict: changes requested.**",
    // "**Outcome: not yet.**", "**Decision: approve after two fixes.**": what the reviewer decided, over the text
    // that says why, not a finding's title
    // Convention: a release sign-off's recommendation in bold, "**Recommendation: 🟡 CONDITIONAL GO**", "**QA
    // recommendation: NO-GO for 25 June**": the go / no-go call, not a finding (its mark is the call's colour)
    // Convention: a bold that holds the id and the title, then a colon and the text, "🟨 **QUA-01 : Couverture
    // insuffisante** : 23 % sur …" (French sets a space before the colon): the colon opens the finding's text, the
    // bold is its title, not a label such as "**Setup:** …"
    label: /:\s*$/.test(titleText) || (line.charCodeAt(0) === 96 && CODE_LABEL_LEGEND.test(line)) || (shape === 'bold' && /^\s*:/.test(tail) && !(h.ref && /\S\s+\S/.test(titlePlain))) || /^\s*(?:=|→|->|=>)\s*\S/.test(titlePlain) || (shape === 'bold' && titlePlain.length <= 80 && (REVIEW_DECISION.test(titlePlain) || GO_RECOMMENDATION.test(titlePlain) || GO_CALL.test(titlePlain))) || (shape === 'bold' && GO_DECISION.test(titlePlain)),
    url,
    // ("4. Open redirect …" is the fourth item, not a count of open ones)
    // (nor is "2.2 Pending transactions look …" or "2.2 Item count is …": an outline number the item is named by)
    count: (COUNT_TITLE.test(titleText) && !/^\W*\d{1,3}[.)]\s/.test(titleText) && !(h.refKind === 'numeric' && OUTLINE_NUMBERED.exec(titleText)?.[1] === h.ref)) || TALLY.test(head),
    lines,
    ...(markers.labels ? { labels: markers.labels } : {}),
  };
}

/**
 * Convention: a review that numbers every comment in one run, each opened by its Conventional Comments label, "**5.
 * question: Why list the whole prefix?**", "**7. thought: COPY into staging instead**" beside "**1. blocking: …**"
 * (so the author can answer point by point, "let's talk about 8"): its questions and thoughts are items the author
 * must answer, as its other comments are, not asides; a thought, an idea offered without blocking, is
 * informational as a nit is, a question unrated. The label, else absent (unnumbered ones stay asides).
 */
function numberedAsk(comment: string | undefined, refKind: Lead['refKind']): 'question' | 'thought' | undefined {
  return refKind === 'numeric' && (comment === 'question' || comment === 'thought') ? comment : undefined;
}

/** A Conventional Comments label marks its line as a review comment (praise and unnumbered asides excepted). */
function commentMarked(comment: string | undefined, asks: string | undefined): boolean {
  return !!comment && (!!asks || !/^(?:praise|question|thought|note)$/.test(comment));
}

/** " (Facilities)", " (Maintenance team)", " (Estates)": a site department owning an action, in brackets at the title's end */
const OWNER_TEAM_TAIL = /\s+\((?:facilities|maintenance|estates|housekeeping|site services|procurement)(?: (?:team|dept\.?|department))?\)$/i;

/** "**5** – Critical · **4** – High · …": numbered levels of a scale in one run (read in report-facts' scanLegendLine) */
const NUMBERED_LEVEL_RUN = /^[\s*_]*[0-5][\s*_]*[–—=:-]\s*[*_]*(?:critical|high|medium|low|informational|info)\b[^·•|\n]{0,60}\s[·•|]\s+[\s*_]*[0-5][\s*_]*[–—=:-]/i;

/**
 * Convention: a legend of the labels a review writes its comments with, "- `nitpick` / `question` — author's call",
 * "- `issue (non-blocking)`, `suggestion` — fix here if cheap": labels in code, two or more, then what they mean;
 * an entry of the legend, no finding
 */
const CODE_LABEL_LEGEND = /^`[\p{L}][\p{L} ()-]{0,30}`(?:\s*(?:\/|,|\bor\b)\s*`[\p{L}][\p{L} ()-]{0,30}`)+\s*(?:[—–:=]|-\s)/u;

/** "Verdict: …", "Overall verdict: …", "Outcome: …", "Decision: …", "Review status: …": a review's decision */
const REVIEW_DECISION = /^\W*(?:overall\s+|final\s+|review\s+|merge\s+)?(?:verdict|outcome|decision|status)\s*:\s*\S/i;

/** "Recommendation: CONDITIONAL GO", "QA recommendation: NO-GO on RC3": a sign-off's go / no-go call */
const GO_RECOMMENDATION = /^\W*(?:[A-Za-z]+\s+)?recommendation\s*:\W*(?:conditional(?:ly)?\s+)?(?:go|no[- ]go)\b/i;

/**
 * Convention: a release meeting's go / no-go decision in bold, however long, "**Decision: 🟢 GO for web, API and iOS
 * at 19:00. 🔴 Android held at 0% until …**": the call and its terms, not a finding's title
 */
const GO_DECISION = /^\W*(?:final\s+|release\s+)?(?:decision|verdict|outcome|call)\s*:\W*(?:(?:conditional(?:ly)?|partial)\s+)?(?:go|no[- ]go)(?![\w-])/i;

/**
 * Convention: a go / no-go section's call per build in bold, "**RC2: NO-GO.**", "**RC3: conditional GO** if …",
 * "**Build 41: GO**": the report's decision (alone or after the build it is about), not a finding's title
 */
const GO_CALL = /^\W*(?:[\p{L}\p{N}][\p{L}\p{N}. -]{0,20}:\s*)?(?:(?:[Cc]onditional(?:ly)?|CONDITIONAL)\s+)?(?:GO|NO[- ]GO|[Nn]o[- ]go)(?![\p{L}\p{N}-])[^\p{L}\p{N}]*$/u;

/** "CAT I", "S2", "TIER 3", "Class B": a short code of a rating scale (capitals and numbers, or a grade after its scale's name). */
const RATING_CODE = new RegExp(String.raw`^(?:[\p{Lu}\p{N}][\p{Lu}\p{N}-]*(?:\s[\p{Lu}\p{N}][\p{Lu}\p{N}-]*){0,2}|${GRADE_SCALE}\s+[\p{L}\p{N}]{1,3})$`, 'iu');

const RATING_FIRST_RE = /\p{Lu}|\d/u;
/** "Tier ", "Class ": the name of the report's scale before a grade (ratingFirst) */
const GRADE_SCALE_LEAD = new RegExp(String.raw`^${GRADE_SCALE}\s`, 'i');
/**
 * Convention: in a lead, a bold piece that is a short rating and is followed by a longer plain title after a
 * middle dot or a dash ("**CAT I** · RHEL 9 must not allow blank passwords.", "**MRI** — Title" where the
 * report's legend defines MRI) is a marker: its text is the severity as written (read through the report's
 * legend at the end) and the title is the plain text after it. `legendWord` says the bold is a word of the
 * report's legend, which may then be any short word and be followed by any separator; otherwise it has to
 * look like a code (capitals and numbers) and be followed by a middle dot. Returns null when it is not so.
 */
export function ratingFirst(md: string, legendWord: boolean): Lead | null {
  const b = BOLD.exec(md);
  if (!b || b[1].trim()) return null;
  const code = plainInline(b[3]).replace(/:\s*$/, '').trim();
  if (!code || code.length > 16 || code.split(/\s+/).length > 3) return null;
  if (!legendWord && (!RATING_CODE.test(code) || !RATING_FIRST_RE.test(code) || /[a-z]/.test(code.replace(GRADE_SCALE_LEAD, '')))) return null;
  const after = (legendWord ? /^\s*(?:[·•|—–:]|\s-)\s+(?!\*\*|__)(\S.*)$/ : /^\s*[·•|]\s+(?!\*\*|__)(\S.*)$/).exec(b[4]);
  if (!after) return null;
  const rest = plainInline(after[1]).trim();
  if (rest.split(/\s+/).length < 3 || rest.length < code.length * 2) return null;
  const lead = readLead(after[1]);
  if (!lead.title || lead.title.length < code.length * 2) return null;
  return { ...lead, severityText: lead.severity ? lead.severityText : code, marked: true };
}

/**
 * Convention: a bold lead that holds the record's id and its rating, the title after the bold: "**T-3 (Low)**
 * Priority queue starves …", "**F-12 [High]** Session cookie …", "**BUG-4 · Medium** — Retry storm …",
 * "**SEC-2 (Critical):** Admin API …", "**R7 (P1)**", "**C-2 [Sev-2]**", "**A-4 (Severity: High)**". The
 * rating is any the extractor knows (a word of any language's scale, P0–P4, Sev-n, S0–S4, a colour); in
 * brackets, a word of the report's own legend too ("**D-3 (Must)** …", kept as written for the legend to read
 * at the end). Never part of the title.
 */
const ID_RATING_HINT = /^\S{1,24}?(?:\(|\[|\s*\(|\s*\[|\s+[·•|/—–-]\s|,\s)/;
const ID_RATING =
  /^(\S{1,24}?)[.:]?(?:\s*\(([^()]{1,30})\)|\s*\[([^[\]]{1,30})\]|\s+[·•|/—–-]\s+([^()[\]·•|]{1,30}?)|,\s+([^()[\],]{1,30}?))\s*(:?)\s*\.?$/;

const BOLD_ID_RATING_RE = /\p{L}/u;
const BOLD_ID_RATING_RE2 = /^([\p{L}][\p{L} ]{1,20}?)\s*[:=]\s*(\S.{0,20})$/u;
const BOLD_ID_RATING_RE3 = /^[\p{L}][\p{L}\p{N}'’-]{0,15}(?: [\p{L}\p{N}'’-]{1,15})?$/u;
function boldIdRating(inner: string): { id: string; colon: string; sev: Severity | null; text: string | null; status: Status | null; blocks: boolean | null } | null {
  const m = ID_RATING.exec(inner.trim());
  if (!m) return null;
  const idTok = markerToken(m[1]);
  // (a bare number is a level of the report's own scale, "- **3 (High)** — assets can be stolen …": a legend's entry)
  if (!idTok?.ref || idTok.sev || /^\d+$/.test(m[1])) return null;
  const bracketed = m[2] ?? m[3];
  const r = (bracketed ?? m[4] ?? m[5]).trim();
  if (!r || r.split(/\s+/).length > 3) return null;
  const colon = m[6] ?? '';
  const probe = emptyMarkers();
  // ("(High)", "[P1]", "· Sev-2", "(🔴 High)", "(High, fixed)": markers, a rating among them)
  if (readMarkers(r, probe) && !probe.ref && (probe.severity || probe.status)) {
    // ("(🟠 Critical)": the word says the level, the colour is the report's palette)
    const worded = probe.severityText && !probe.severityText.replace(EMOJI_RE, '').trim() && BOLD_ID_RATING_RE.test(r) ? severityFromValue(r) : null;
    return { id: m[1], colon, sev: worded ?? probe.severity, text: worded ? r : probe.severityText, status: probe.status, blocks: probe.blocks };
  }
  // ("(Kritisch)", "· Sev 2": a severity word of any language, a level of a numbered scale)
  if (isSeverityWord(r) || /^Sev(?:erity)?[\s-]?[0-5]$/i.test(r)) {
    const sev = severityFromValue(r);
    if (sev) return { id: m[1], colon, sev, text: r, status: null, blocks: null };
  }
  // ("(Severity: High)", "(Risk High)": the rating after the name of its field)
  const kv = BOLD_ID_RATING_RE2.exec(r) ?? keyedRating(r);
  if (kv && factKind(kv[1]) === 'severity') {
    const sev = severityFromValue(kv[2]);
    if (sev) return { id: m[1], colon, sev, text: kv[2].trim(), status: null, blocks: null };
  }
  // ("(Must)", "[Amber]", "(CAT II)": in brackets, a word or code of the report's own scale, for its legend)
  if (bracketed && BOLD_ID_RATING_RE3.test(r) && !statusFromText(r)) return { id: m[1], colon, sev: null, text: r, status: null, blocks: null };
  return null;
}

/** A lead read after markers that stood before it: those markers fill what the lead lacks. */
function merge(l: Lead, m: Markers): Lead {
  const out: Lead = {
    ...l,
    severity: l.severity ?? m.severity,
    severityText: l.severity ? l.severityText : m.severity ? m.severityText : (l.severityText ?? m.severityText),
    status: l.status ?? m.status,
    ref: l.ref ?? m.ref,
    refKind: l.ref ? l.refKind : m.refKind,
    blocks: l.blocks ?? m.blocks,
    marked: l.marked || m.any,
    refAtStart: l.refAtStart || !!m.ref,
  };
  // (set, not spread: a labels key l lacks is added last, as the spread added it)
  const labels = l.labels ?? m.labels;
  if (labels) out.labels = labels;
  return out;
}

/**
 * "lowered from `prio/high` to `prio/normal`", "raised from Medium to High", "downgraded to Low": a change of
 * rating a later note states; the rating it ends at.
 */
export const RERATED_RE = /\b(?:lowered|raised|downgraded|upgraded|bumped|re-?rated|reclassified|moved|changed|dropped|escalated)\b[^.;\n]{0,60}?\bto\s+`?([\w/:-]{1,24})`?/i;
export function reratedTo(line: string): Severity | null {
  const m = RERATED_RE.exec(line);
  return m ? labelSeverity(m[1]) : null;
}
