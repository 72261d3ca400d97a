// Status stated in a finding's own text, in the order a reader meets it: a Status field, what the
// developer, sponsor, client or auditor answered ("**Developer Response:** Fixed in a1b2c3",
// "**Auditor:** Verified", "**tidepool confirmed and commented:**" + a quote), and sentences that
// open with a status ("FIXED in 4.17.12.", "Still open for us.", "Resolved: lockfile regenerated").
// A later answer updates an earlier one; an answer outranks the Status field, which outranks prose.
import type { Status } from '../../../shared/types';
import { plainInline } from './heading';
import { factsFromLine, lineFacts } from './sections';
import { isPartTitle, statusFromText } from './vocab';
import { allMatches } from './all-matches';

/**
 * A sentence that opens with a status ("Fixed in !1487", "Fixed 2024-11-19", "Fixed last week in #1172": when,
 * then where, "Accepted at the review
 * meeting, 2024-11-21": a decision taken at a meeting is a risk accepted).
 */
// ("↳ **Priya:** Done in `5d1e0aa`.": done in a commit or a pull request, a reply that says the fix landed)
// ("✅ Already addressed in `a1c04e7` while I was reviewing": a reviewer's note that the author fixed it since;
// "addressed" alone is read only as "already addressed" or addressed in a commit or a pull request)
// Convention: an agent's sweep that marks each item's state after its text, the commit in brackets or a dash and
// what was done after it ("✅ FIXED (`e12b9f3`): `defer rows.Close()`", "✅ *Already fixed* — I removed the flag"):
// the state opens the sentence as "Fixed in `e12b9f3`" does
// Convention: a review's state line that says the fix is up for review, "→ PR open: #1193 (ShedLock)", "MR up:
// !88", "Pull request raised: #40": the fix is in progress
// ("Not a bug per se, but a GDPR issue for the log pipeline": a hedge that keeps the finding, not a verdict)
// Convention: a retest's verdict closing the auditor's reply with the state the finding is left in, "… still
// does it afterwards. Remains partially fixed.", "Stays open.": the state after "remains"/"still", as "Still open." reads
// Convention: a review's note that the work on an item has begun elsewhere, "➡️ **Already in progress**: Dana has a PR
// open", "Already underway (#812)": the finding is in progress
// Convention: a recorded decision to leave an item as it is, "**Decision: we are not changing this** — see ADR-7",
// "We won't change this; the cost is too high", "Decided: we will not fix it": a won't-fix, said as a sentence
// Convention: a reviewer's own call on where a finding stands, said as a sentence after the news that led to it
// ("Devraj is splitting it now. Treating as in progress.", "Martin has a branch for it; I'd count this as in
// progress", "we're marking it as won't fix"): the state the reviewer files it under (CLASSED_AS)
// Convention: a triage note that a platform vendor or the upstream project fixed the flaw in its own release,
// "Apple fixed it in iOS 16.5; only users still on 16.4 hit it", "Upstream fixed it in 2.4": not the team's fix,
// the finding's own state stands (a crash triage's "Won't fix (OS bug)"); a person's "Dana fixed it" still reads
// (a safety citation's note "Abated on the spot.", "✅ Abated.": a hazard corrected, see 'abated' in status-words.ts)
// Convention: a French audit's note that a finding is already held elsewhere, "nous le classons en doublon et ne le
// détaillons pas ici", "classé en doublon (ML-77)": a duplicate, as "marked as duplicate" is
// Convention: a merge request author's reply that declines a suggestion for this change, "Agreed but out of scope
// here; won't do in this MR.", "Won't do." (a thread GitLab marks resolved all the same): a won't-fix, not a fix
// Convention: a reviewer's last word in a comment's thread that keeps it open, "Leaving this open until the numbers are
// replaced.", "I'll keep it open for now": the comment stays open, whatever the author's reply before it said
// Convention: an inspection's note that the item was corrected on site while the inspector watched, "*COS.*" (the
// FDA Food Code form's column, a pool or licensing inspection's): a sentence of its own, a fix
const STATUS_SENTENCE =
  /^\W*(?:(?:(?:i|we)(?:['’]d|\s+would|['’]re|\s+are|['’]m|\s+am)?\s+)?(?:treat|count|mark|class|log|record|fil)(?:ing|e|ed)?\s+(?:(?:this|it)\s+)?as\s+(?:in[\s-]progress|fixed|open|won['’]?t fix)\b|already\s+(?:in[\s-]progress|under\s?way)\b|(?:decision|decided)\s*:\s*(?:we\s+(?:are|will|have\s+decided|decided)\s+not|we(?:'re|['’]ll)\s+not|we\s+won['’]?t)\s+(?:to\s+)?(?:be\s+)?(?:chang|fix|address|pursu|do)\w*\s+(?:this|it|that)\b|(?:(?:so|therefore|hence|thus)\s+)?(?:we\s+(?:are|will)\s+not|we(?:'re|['’]ll)\s+not|we\s+won['’]?t)\s+(?:be\s+)?(?:chang|fix|address)\w*\s+(?:this|it|that)\b|(?:PR|MR|pull request|merge request)\s+(?:is\s+)?(?:open(?:ed)?|up|raised|in review)(?=[\s:.,;(]|$)|already\s+addressed\b|addressed\s+(?:in|by|with)\s+`?(?:[0-9a-f]{7,40}\b|[#!]\d+|(?:PR|MR|commit|pull request)\b)|(?:now\s+|already\s+)?(?:fixed|resolved|patched|remediated|abated)\b(?:\s+(?:last|this|earlier this)\s+(?:week|month|sprint|quarter)\b|\s+(?:yesterday|today|earlier)\b)?(?:\s+in\b|\s+since\s+(?:the\s+)?(?:last\s+)?(?:scan|report|test|audit|assessment|run|export)\b|\s+by\b|\s+with\b|\s+on\b|\s+\d{4}-\d{2}-\d{2}\b|[.:;,!]|\s*$|\s*\(\s*`?(?:[0-9a-f]{7,40}|[#!]\d{1,6})`?\s*\)|\s+[—–]\s)|accepted\s+(?:at|during|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:meeting|review|triage|board|committee)\b|(?:still\s+|remains?\s+|stays?\s+)?open(?:\s+for\s+us)?[.:;,!]|(?:(?:i['’]m|i\s+am|we['’]re|we\s+are|i['’]ll|we['’]ll)\s+)?(?:leaving|keeping|leave|keep)\s+(?:this|it|the\s+(?:comment|thread|item|finding))\s+open\b|closed\s*(?:,|:|\s[—–-])\s*(?:as\s+)?(?:(?:a\s+)?dup(?:e|licate)\b|not affected\b|not an?\s+(?:security\s+)?(?:bug|vulnerability|issue)\b(?!\s+(?:per se|as such)\b)|won'?t fix\b|false positive\b)|(?:done|closed)(?:\s+for\s+us)?(?:[.:;,!]|\s*$)|done\s+(?:in|by|with)\s+`?(?:[0-9a-f]{7,40}\b|[#!]\d+|(?:PR|MR|commit|pull request)\b)|won'?t fix\b|won['’]?t do(?:\s+(?:it|this|that))?(?=\s*(?:[.;:,!—–(]|$)|\s+(?:in|for)\s+(?:this|the)\b)|wontfix\b|will not (?:be )?fix|risk accepted\b|accepted(?:\s+as\s+a)?\s+risk\b|acknowledged\b|cos(?=\s*[.;:,!]|\s*$)|not affected\b|not a (?:(?:library|kernel|compiler|firmware|product|code|driver|sdk|engine)\s+)?bug\b(?!\s+(?:per se|as such)\b)|false positive\b|(?:marked|marking|closed|closing|resolving|resolved)\s+(?:it\s+|this\s+)?as\s+(?:an?\s+)?(?:dup(?:e|licate)|not affected|not a bug|won'?t fix|false positive)\b|dup(?:e|licate)? of\b|(?:(?:nous|on)\s+(?:le|la|les)\s+)?class(?:ons|e|é|ée|és|ées)\s+(?:comme\s+|en\s+)(?:un\s+)?doublon\b|fp\s*[:—–]\s|(?:(?:still|remains?|stays?)\s+)?partially (?:fixed|resolved|mitigated)\b|reopen(?:ed|ing)\b|in progress\b|(?:mitigation|fix)\s+(?:confirmed|verified)\b|verified\b|(?:this|it|the)\s+(?:(?:issue|bug|vulnerability|flaw|finding|problem|weakness)\s+)?(?:was|has been|is now)\s+(?:fixed|resolved|patched|addressed)\b|not fixed\b|working on (?:it|this|a fix)\b|(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+on\s+(?:it|this|that)(?:\s+one)?(?=\s*(?:[,.;:!—–(]|\s-\s|$))|wip\b|(?:the\s+)?fix\s+(?:is\s+)?(?:in\s+(?:code\s+)?review|up\s+for\s+review)\b|(?:the\s+)?fix\s+(?:(?:was|has\s+been|is|got)\s+)?(?:merged|deployed|shipped|landed|released)\b|not (?:a|an) (?:problem|issue|bug)(?: after all)?[.!]?\s*$|not an? (?:anomaly|defect)\b|(?!(?:apple|google|microsoft|mozilla|upstream|the\s+(?:vendor|upstream|os|platform))\s)(?:[A-Z][\w.-]*\s+){1,3}(?:fixed|resolved|patched)\s+(?:it|this|the (?:bug|issue|problem))\b)/i;

// Convention: a reply that gives its reason first and then the decision as its consequence, "That host is being
// switched off in December, so we won't fix this one": the clause after "so" opens with the team's decision
// Convention: a maintainer's closing note that gives its reason after "Closed" ("Closed, **not a vulnerability**;
// we added a note to the docs", "Closed — duplicate of #88", "Closed: won't fix"): the reason is the state, as a
// tracker's resolution beside its Closed state is (draft.ts, closedWithReason), not a fix
// Convention: a developer's reply that takes the item or says where the fix stands, in the words of a review
// thread or triage notes: "I'm on this one, PR #421 adds …", "WIP pushed as `a91d0be`, not finished yet", "Fix is
// in review." (work under way); "Fix merged Monday, QA hasn't checked it yet", "The fix was deployed on Tuesday"
// (the fix is in, its check still to come): read in STATUS_SENTENCE, told apart here
const WORK_UNDER_WAY = /^\W*(?:(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+on\b|wip\b|(?:the\s+)?fix\s+(?:is\s+)?(?:in|up)\b)/;

const CLASSED_AS = /^\W*(?:[\w'’]+\s+){0,2}?(?:treat|count|mark|class|log|record|fil)(?:ing|e|ed)?\s+(?:(?:this|it)\s+)?as\s+(in[\s-]progress|fixed|open|won['’]?t fix)$/;

/** "Verified from a laptop with no credentials:": a sentence that verifies, then opens the evidence after a colon */
const VERIFIED_LEAD_IN = /^\W*verified\b[^.;:!?]{0,80}:\s*$/i;
/**
 * Convention: a pull request author's reply naming the commit that made the change asked for, "Removed in
 * `a71c0e2`, and I added …", "Renamed in 3f9c2e1.", "Reworked in #412" (the verb of the change right before "in"
 * and the commit or pull request): the change landed, fixed, as "Fixed in `4e1b9d0`" and "Done in …" read
 */
const CHANGED_IN_COMMIT = /^\W*(?:removed|dropped|deleted|reverted|replaced|reworked|rewritten|switched|changed|updated|handled|narrowed|redacted|renamed|moved|extracted|inlined|guarded|escaped|masked)\s+in\s+(?:commit\s+)?`?(?:[0-9a-f]{7,40}|[#!]\d+)\b/i;
/**
 * Convention: a pull request author's reply that names the commit it pushed for the comment, "pushed 9b1d0a3, also
 * added a hypothesis test", "Pushed the fix as `e41c0d2`" (a "WIP pushed as …" reads in progress, see WORK_UNDER_WAY):
 * the change landed, as "Done in …" reads
 */
const PUSHED_COMMIT = /^\W*pushed\s+(?:(?:the\s+|a\s+)?fix\s+)?(?:(?:in|as)\s+)?(?:commit\s+)?`?[0-9a-f]{7,40}\b/i;
/**
 * Convention: a reviewer's last word on a question the author answered, "Makes sense, resolving.", "Fair enough,
 * resolved.", "Resolving the thread.": the comment's thread is resolved, as a review tool's "✔ Resolved" reads
 */
const RESOLVING_THREAD = /^\W*(?:(?:makes sense|fair enough|ok(?:ay)?|got it|thanks|agreed|understood|good point)[,;.]?\s+)?resolv(?:ing|ed)(?:\s+(?:this|it|the (?:thread|comment|conversation)))?\s*[.!]?\s*$/i;
export function statusSentence(s: string): Status | null {
  // ("Closed, no change.": closed without a fix says nothing of a fix; what came before stands)
  if (/^\W*closed,?\s+(?:with\s+)?no (?:change|action|fix)\b/i.test(s)) return null;
  // Convention: a reviewer's lead-in to the proof that the problem is real, "Verified from a laptop with no
  // credentials:", "Verified against prod:" over the command or output that shows it: the issue confirmed, no fix
  if (VERIFIED_LEAD_IN.test(s)) return null;
  if (CHANGED_IN_COMMIT.test(s) || PUSHED_COMMIT.test(s) || RESOLVING_THREAD.test(s)) return 'fixed';
  const m = STATUS_SENTENCE.exec(s);
  if (!m) return null;
  const w = m[0].toLowerCase();
  const classed = CLASSED_AS.exec(w);
  if (classed) return statusFromText(classed[1]);
  if (/dup|doublon/.test(w)) return 'duplicate';
  // ("→ dup of SEC-233", "FP: the handler is dev-only": a triager's shorthand opening the sentence)
  if (/not affected|false positive|not an?\s+(?:security\s+)?vulnerability|not an? (?:(?:library|kernel|compiler|firmware|product|code|driver|sdk|engine)\s+)?(?:bug|problem|issue|anomaly|defect)|^\W*fp\b/.test(w)) return 'false_positive';
  if (/^\W*(?:working on|pr\s|mr\s|pull request\s|merge request\s)/.test(w)) return 'in_progress';
  if (WORK_UNDER_WAY.test(w)) return 'in_progress';
  if (/(?:mitigation|fix)\s+(?:confirmed|verified)|^\W*verified/.test(w)) return 'verified';
  if (/^\W*(?:the\s+)?fix\s/.test(w)) return 'fixed';
  if (/partially/.test(w)) return 'in_progress';
  if (/^\W*accepted\s/.test(w)) return 'wont_fix';
  if (/^\W*(?:(?:so|therefore|hence|thus)\s+)?(?:decision|decided|we)\b/.test(w)) return 'wont_fix';
  if (/^\W*already\s+(?:in[\s-]progress|under\s?way)/.test(w)) return 'in_progress';
  return statusFromText(w);
}

/**
 * Convention: a finding's place in code leads its first paragraph, then where the fix review left it, inline
 * ("`src/fees/FeeManager.sol#L52` — **Fixed.** A zero treasury would …", "`lib/cache.ts:40` — Acknowledged.",
 * "`app/Jobs/Sync.php:88`: Partially fixed"): a code span naming a file and its line (`#L52`, `:52`, a range),
 * then an optional dash or colon, then the rest of the line.
 */
const LEAD_LOCATION = /^\s*(?:[-*+]\s+)?`([^`\s]{1,200}?\.\w{1,10}(?:#L\d{1,6}(?:-L?\d{1,6})?|:\d{1,6}(?:-\d{1,6})?))`\s*(?:[—–:]|\s-\s|--)?\s*(.*)$/;

/** The code span (file and line) leading a line and the rest of the line, or null. */
export function leadingLocation(line: string): { code: string; rest: string } | null {
  if (!line.includes('`')) return null;
  const m = LEAD_LOCATION.exec(line);
  return m ? { code: m[1], rest: m[2] } : null;
}

const OPENING_STATUS_RE = /^[\s*_]*((?:(?:partially|partly|fully|not|won'?t|won’t|will not|in|risk|now|already)[ -])?[\p{L}]+)[*_]*(?=\s*[.;:,!—–(]|\s+(?:in|by|with|on|via|since|as of|at)\s|\s*$)/iu;
/**
 * The state a short reply or note opens with, a status word and then a stop, a commit or nothing ("Fixed.",
 * "**Acknowledged.** Royalties …", "Mitigated in `4be1c0d`", "Won't fix — by design", "Partially fixed"):
 * one or two words, so that "Fixed length buffer …" or "Open questions remain" say no state.
 */
export function openingStatus(s: string): Status | null {
  // (two words only when the first qualifies the state: "Partially fixed", "Won't fix", "Not fixed", "In progress";
  // "Open redirect in …" is a title)
  const m = OPENING_STATUS_RE.exec(s);
  return m ? statusFromText(m[1]) : null;
}

/**
 * Convention: a reviewer's comment that first quotes or describes the code and then says where the fix stands,
 * "**Auditor comment:** `const Key = "…";`. Fix merged in PR !1432, pending rescan.", "Comment: the cache is
 * shared. Fixed in `9c1e2d0`.": a later sentence of the answer that opens with a state is its state.
 */
function laterSentenceStatus(text: string): Status | null {
  if (text.length > 1200) return null;
  // (only a state the fix moved to: a later "Remains open." restates what a Status field or table may say better,
  // "In progress", and is left to them)
  for (const sentence of text.split(SENTENCE_GAP).slice(1, 6)) {
    const st = statusSentence(sentence);
    if (st && st !== 'open') return st;
  }
  return null;
}
const SENTENCE_GAP = /(?<=[.!?]`?)\s+(?=[\p{Lu}`*_])/u;

/** The state an answer's clauses say ("rebuilding is cheaper; risk accepted by the leads"), or null. */
function answerClauses(text: string): Status | null {
  for (const clause of text.split(/\s*;\s+|\s+[—–]\s+/).slice(0, 6)) {
    const st = statusSentence(clause);
    if (st) return st;
  }
  return null;
}

/**
 * Convention: the state said in a clause after a semicolon, which opens as a sentence does ("Trundle keeps this
 * until the flag service migration; **risk accepted** in the 19 June review call", "… for the beta; fixed in
 * #212 since"): the clause's opening words say where the finding stands.
 */
// Convention: the same after a dash that sets the state apart at the end of a note ("Sandeep said he'd take it —
// in progress on his branch", "I started on this in branch `agent/reset-once` — **in progress**, tests not written
// yet"): the clause after the dash opens with the state
/** "… certs. **Risk accepted** – internal only": a state in bold opening a sentence (StatusReader.line) */
// (followed by what it says of the state, after a dash or a preposition: a bold state closing a sentence alone,
// "… Verified. **Closed.**", is read with the sentences, below)
const DASH_BOLD_STATE = /\s[—–]\s+(?:\*\*|__)([^*_\n]{2,30}?)(?:\*\*|__)(?=\s*(?:[,.;]|$))/;
// Convention: an agent's or reviewer's note that opens with a mark and the state in bold, "✅ **Fixed** — I added a
// `String()` method …", "⚠️ **Partially fixed** — …": the mark before the bold words is no word of the sentence
// (also as a bullet of the finding's notes, "- ✅ **Fixed** in `agent/fixes` (`a91f3e2`): eager-load …": the list marker
// before the mark opens the note as the line's start does)
/** a board card's label for one of its checklists, "Checklist: Done when" */
const CHECKLIST_LABEL = /^\W*(?:check ?list|to-?do list)\W*$/i;
const BOLD_STATE = /(?:[.!?]\s+|^\s*(?:[-*+]\s+)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?)(?:\*\*|__)([^*_\n]{3,40}?)(?:\*\*|__)(?=\s*[;:–—](?:\s|$)|\s-(?:\s|$)|\s(?:for|since|on|in|by|until)\s)/gu;

// (Convention: a triage note's decision in two words set apart by a slash, "Ignore / risk accepted.", "Leave /
// won't fix": the part the status words know says it)
function clauseStatus(sentence: string): Status | null {
  if (!sentence.includes('; ') && !sentence.includes(' — ') && !sentence.includes(' – ') && !sentence.includes(' / ') && !sentence.includes(', so ')) return null;
  // (", so we won't fix this one": the decision as the consequence of the reason before it, STATUS_SENTENCE)
  for (const clause of sentence.split(/;\s+|\s+[—–/]\s+|,\s+(?=so\s)/).slice(1, 6)) {
    const st = statusSentence(clause);
    if (st) return st;
  }
  return null;
}

/** Labels of an answer to a finding: who answered, or that it is the retest's verdict. */
const RUN_IN_LABEL = /^\s*(?:\*\*|__)(\p{L}[\p{L}'’ ]{1,40}?)\.(?:\*\*|__)\s+(\S.*)$/u;
const RESPONSE_KEY =
  /\b(?:response|responses|reply|answer|commentary|comments?|commented|auditor|retest|re-test|resolution|remediation|verification|judge|sponsor|client|developer|vendor|team|maintainer|project|mitigation review|fix review|update|verdict)\b/i;

/**
 * Convention: a contest report's sponsor answer labelled by its name and verb, "**Meridia Lend acknowledged:** we
 * will not add a cap", "**Acme confirmed:** …": an answer, its state the verb's (verbStatus); not "disputed", which
 * the contest's judge decides after it ("**X disputed:** …" then "**judge commented:** Medium stands")
 */
const NAME_VERB_KEY = /^(?:@[\w-]{1,39}|\p{Lu}[\p{L}\p{N}'’.&-]{0,30}(?: \p{Lu}[\p{L}\p{N}'’.&-]{0,30}){0,2}) (?:acknowledged|confirmed)$/u;

/**
 * Convention: a red-team or purple-team finding says how the defence answered the attack, "Detected: Partially —
 * one alert, closed as benign", "Prevented: No", "Alerted: Yes (medium)": the SOC's outcome, not someone answering
 * the finding, so no state of the finding
 */
const DEFENCE_OUTCOME_KEY = /^(?:(?:soc |edr |siem )?(?:detected|prevented|alerted|blocked|logged|contained)|detection|prevention|alert(?: fired)?)$/i;

/**
 * Convention: a certification pre-check or test log gives each failed requirement its test's outcome beside the
 * tracking state, "**Result:** FAIL · **Severity:** Major · **Status:** In Progress", "**Outcome:** WARN": the
 * outcome is the check's, not someone answering the finding, so the Status field says where it stands
 */
const TEST_OUTCOME_KEY = /^(?:(?:test |check )?result|outcome|test outcome)$/i;

/** "Kestrelmint", "Acme Labs", "@dana": who answers, a name of up to three capitalised words or a handle */
const NAME_KEY = /^(?:@[\w-]{1,39}|\p{Lu}[\p{L}\p{N}'’.&-]{0,30}(?: \p{Lu}[\p{L}\p{N}'’.&-]{0,30}){0,2})$/u;

/**
 * Convention: an audit answer that acknowledges a finding and then puts its fix off or says it is not made yet
 * ("Acknowledged, will be addressed in the v3 release", "Acknowledged. Not yet fixed at the retest commit"): the
 * team accepts the finding as valid and owes the fix, so it stays open; "Acknowledged." alone, or with a reason
 * to keep the code, is the decline it is in audit reports (wont_fix).
 */
const ACK_DEFERRED =
  /^\W*acknowledged\b[^\n]{0,80}?\b(?:will be (?:fixed|addressed|resolved|remediated|patched)|will (?:fix|address|resolve|remediate) (?:it|this|that|the issue)|not yet (?:been )?(?:fixed|addressed|resolved|remediated|implemented))\b/i;

/** What the label of an answer says by its verb ("acknowledged, but disagreed", "confirmed", "disputed"). */
function verbStatus(key: string): Status | null {
  const k = key.toLowerCase();
  if (/\backnowledged\b/.test(k)) return 'wont_fix';
  if (/\bdisputed\b|\binvalid\b/.test(k)) return 'false_positive';
  if (/\b(?:fixed|resolved)\b/.test(k)) return 'fixed';
  if (/\bconfirmed\b/.test(k)) return 'open';
  return null;
}

/** "Round 2:", "✅ Re-review #3 —", "Pass 2 (2026-03-04):": the label of a later review round opening a note */
const ROUND_LABEL = /^[^\p{L}\p{N}]{0,6}(?:(?:review\s+|re-?review\s+)?(?:round|pass|iteration)|re-?review|re-?check)\s*#?\d{1,2}(?:\s*\([^()\n]{1,30}\))?\s*(?::|[—–]|\s-)\s*(?=\S)/iu;

/** "Update 2026-02-24:", "Update (3 March 2026):", "Nachtrag 12.03.:": the label of a dated update to a finding */
const DATED_UPDATE =
  /^\W{0,3}(?:update|status update|nachtrag|mise à jour|actualización|aggiornamento)\s*[(,]?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}\.?(?:\d{2,4})?|\d{1,2}\.? \p{L}{3,10}\.?(?: \d{4})?|\p{L}{3,10}\.? \d{1,2}(?:, \d{4})?)\s*\)?\s*:\s*(?=\S)/iu;

/** "Tracking: DATA-905 …", "Ticket: WEB-1315 …" inside a line of text */
const TRACKER_IN_TEXT = /(?:^|[.!?]\s+)[*_]*(?:tracking|tracked (?:in|as)|ticket|tracker|jira|issue key|risk (?:register|log)|register(?: entry)?)[*_]*\s*:[*_]*\s*(.{3,200})$/i;

/**
 * The state a tracker field gives after the item's id: "DATA-905 — marked won't fix by the data team",
 * "WEB-1315, closed as duplicate of WEB-1312", "OBS-318, open."; null when it names none.
 */
function trackerState(v: string): Status | null {
  const rest = v.replace(/^\s*[#\w.-]+\s*(?:[,;:—–-]\s*)?/, '');
  return rest ? statusSentence(rest) ?? statusFromText(rest.split(/[.;(]/)[0]) : null;
}

// Convention: a tracker's resolution kept as a label of its own, beside "State: Closed" (GitLab's `~duplicate`,
// `~"won't fix"`, GitHub's `wontfix`, `invalid`, `duplicate`): the label says why the issue was closed, so it is
// the finding's state; only the closing resolutions, as "bug" or "needs fix" labels say nothing of one
const LABEL_TOKEN = /~"([^"\n]{2,40})"|~([\w'-]{2,40})(?![\w:])|`([^`\n]{2,40})`/g;
const RESOLUTION_LABEL: ReadonlySet<Status> = new Set<Status>(['duplicate', 'wont_fix', 'false_positive']);
function resolutionLabel(v: string): Status | null {
  const tokens = v.includes('~') || v.includes('`') ? Array.from(allMatches(v, LABEL_TOKEN), (m) => m[1] ?? m[2] ?? m[3]) : v.split(/\s*,\s*/);
  for (const t of tokens) {
    if (t.includes('::') || t.includes(':')) continue;
    const st = statusFromText(t.trim());
    if (st && RESOLUTION_LABEL.has(st)) return st;
  }
  return null;
}

const FIELD_SENTENCES_RE = /\p{L}/u;
const HEDGED_CLAUSE = /^\W*not an? [\w ]{2,30}?,\s+but\b/i;
/**
 * The state the last sentence of a field's value says, when the value is several sentences ("The engineer first
 * said the work order was open and in progress. He then fitted a new strike plate." says nothing; "Fixed." does;
 * "… Accepted as is — we rely on the reminder." does): a sentence that opens with a state, or whose first clause
 * is a few words naming one. One sentence alone is read whole by the caller, unless `any`.
 */
/** The sentence a wrapped line leaves open at its end: its words after the last stop, a few at most. */
const FIELD_TAIL = /(?:^|[.!?;]\s+)((?:[^\s.!?;]+\s+){0,7}[^\s.!?;]+)\s*$/;
const CLOSED_WORD = /^closed$/i;
/** a reason a closed finding was closed for that is its state (not a fix): no defect, a duplicate, left by decision */
function closedReason(st: Status | null): Status | null {
  return st === 'false_positive' || st === 'duplicate' || st === 'wont_fix' ? st : null;
}

/** "Closed", "Closed by me": a sentence that only closes the ticket, whatever the reason (fieldSentences) */
const CLOSING_SENTENCE = /^\W*closed?\b/i;
/**
 * Convention: a finding's state note names what it waits on with that finding's own state in brackets, "❌ Not
 * fixed. Depends on #1 (done) — reuse its helper", "Open. Blocked by F-3 (fixed in 2.1)": the bracket is the other
 * finding's state, so the sentence says nothing of this one's
 */
const OTHER_FINDING_STATE = /^\W*(?:depends on|dependent on|blocked (?:by|on)|waits? (?:on|for)|waiting (?:on|for)|requires|needs|follows|after)\s+(?:finding\s+|issue\s+|item\s+)?(?:#\d|[A-Z][A-Z0-9]*-\d|\d)[^()]{0,30}\(/i;
function fieldSentences(value: string, any = false): Status | null {
  const sentences = value.replace(/\s+/g, ' ').trim().split(/(?<=[.!?;])\s+/).filter((x) => FIELD_SENTENCES_RE.test(x));
  if (!any && sentences.length < 2) return null;
  let last: Status | null = null;
  let lastClosed = false;
  for (const sentence of sentences.reverse()) {
    // (a sentence naming what the finding waits on speaks of that one's state: OTHER_FINDING_STATE)
    if (OTHER_FINDING_STATE.test(sentence)) continue;
    const clause = sentence.split(/\s+[—–]\s+|[,;:]\s/)[0].replace(/[.!?]+$/, '').trim();
    let st = statusSentence(sentence) ?? (clause && clause.split(/\s+/).length <= 4 ? statusFromText(clause) : null);
    // ("Not a vulnerability, but it conflicts with the retention standard": the hedge that keeps the finding, as
    // "not a bug per se" is; its first clause is no verdict)
    if (st === 'false_positive' && HEDGED_CLAUSE.test(sentence)) st = null;
    // (Convention: a dismissal with its reason after the dash, "Dismissed — "Vulnerable code is not actually used"",
    // as GitHub's alert dismissals read: the reason says the alert does not hold, not only that it is left)
    else if (st === 'wont_fix' && clause !== sentence && statusFromText(sentence) === 'false_positive') st = 'false_positive';
    // (Convention: a closed state with the reason it was closed after the dash, "Closed — not a defect. Test
    // artefact: …", "Closed – duplicate of PERF-2", as a tracker's Closed with its resolution: the reason is the state)
    else if (st === 'fixed' && clause !== sentence && CLOSED_WORD.test(clause)) st = closedReason(statusFromText(sentence)) ?? st;
    // ("Verified with two test tenancies. **Closed.**": a verified fix that the note then closes stays verified, as
    // in StatusReader.line)
    // (Convention: a decision not to fix, or a dismissal, that the note then closes, "Won't fix. Halvorsen confirmed
    // … Closed by me, 05-Mar.", "Duplicate of #12. Closed.": closing records the decision, the state stays the decision's)
    if (st && last) return st === 'verified' || (lastClosed && closedReason(st) !== null) ? st : last;
    if (st === 'fixed') {
      last = st;
      lastClosed = CLOSING_SENTENCE.test(clause);
    }
    else if (st) return st;
  }
  return last;
}

/**
 * The fields of one line (sections.ts, factsFromLine), read once: a finding's lines are read by two status
 * readers and by the location scan (draft.ts). The facts are shared, never changed by their readers.
 */
type LineFact = ReturnType<typeof factsFromLine>[number];
export function factsOfLine(line: string): readonly LineFact[] {
  return lineFacts(line);
}

// Convention: meeting notes whose lines say who spoke, "Priya: not a bug, works as designed", "Lucía: **won't
// fix**": a line opened by a person's first name and a colon, its words after it that person's call on the ticket
// (what it opens with; a state named later in the sentence is read as any prose's)
const SPEAKER_LINE = /^\p{Lu}[\p{Ll}'’]{1,20}:\s+/u;
// Convention: a release or merge review gives each finding a line on whether it holds the step, "**Release:** ✅ can
// ship", "**Release:** ⛔ fix before release", "Merge: ✅ ok": a label naming the gate is no speaker, and the mark after
// it says the step may go ahead, not that the finding was fixed
const GATE_LABEL = /^(?:release|ship|shipping|merge|deploy|deployment|launch|rollout|cutover|tag|publish|gate|go-?live)$/i;
const COMMENT_GLYPH = /^\s*(?:🗨|💬)\uFE0F?\s*/u;
const SPEAKER_CLAUSE_END = /[,;:]\s|\s+[—–-]\s+|[.!?](?:\s|$)/;
const LINE_RE = /^\W{0,2}\p{Ll}/u;
const LINE_RE2 = /^[\p{Extended_Pictographic}\uFE0F\s]+/u;
const LINE_RE3 = /^\s*([\p{L}][\p{L} ]{1,40}?)\s*:\s*(\S.*)$/u;
const LINE_RE4 = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\p{L}[\p{L} ]{1,30}(?:\*\*|__)?\s*:/u;
const LINE_RE5 = /^(?:@[\w-]{1,39}|\p{Lu}[\p{L}'’.-]{1,20}(?: \p{Lu}[\p{L}'’.-]{1,20})?)(?: \([^()\n]{1,30}\))?:\s+(?=\S)/u;
const SUB_ITEM_KEY = /^\s*\p{L}[\p{L} ]{1,30}:\s/u;
const DOT_LAST_BOLD = /\s[·•]\s+(?:\*\*|__)([\p{L}][\p{L}' -]{1,30}?)(?:\*\*|__)\s*$/u;
const LINE_RE6 = /^\s*(\p{L}[\p{L}'’ ]{1,30}?)\s*:\s+(\S.*)$/u;
/**
 * Convention: bug-triage minutes give each ticket its tracker state and then the meeting's decision, "**Status:**
 * OPEN" over "**Decision:** Accept. Not a 5.13 blocker." with a target sprint: a bare "Accept" there accepts the
 * report as a real bug for the backlog (a triage's "accepted" = confirmed), so the ticket stays open; a risk taken
 * says so, "accept the risk", "accepted as is", and is read as such (status-words)
 */
const TRIAGE_ACCEPT = /^\W*accept(?:ed)?\W*(?:[.;!]|$)(?![^.;]{0,40}\b(?:risk|as[\s-]is)\b)/i;
const DECISION_FIELD = /^\W*(?:triage\s+)?(?:decision|call|verdict|outcome)\W*$/i;

/** "The product owner has declined it": the one who decides for the product turns the change down */
const OWNER_DECLINED = /^\W*(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:owner|client|customer|sponsor|team|board|lead|manager|committee|we)\s+(?:has|have)\s+declined\s+(?:it|this|that|the\s+(?:request|change|feature|suggestion|fix))\b/i;
/**
 * Convention: a review's note, in its prose, that whoever carries the risk takes it, in the present tense as often
 * as the past, "We accept the risk.", "The business accepts this risk until the Q3 upgrade", "The product owner has
 * accepted this risk for now", "We have decided to accept the residual risk": a won't-fix, as "Risk accepted by the
 * product owner" reads. The sentence opens with who accepts, so a condition ("If we accept the risk, …") and a
 * refusal ("We do not accept the risk") or a wish ("we would accept …") say no decision
 */
const OWNER_ACCEPTS_RISK = /^\W*(?:(?:we|i)|(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:owner|client|customer|sponsor|business|team|board|lead|management|manager|committee|ciso|cto|organi[sz]ation|company))\s+(?:(?:has|have)\s+(?:(?:decided|agreed|chosen|elected)\s+to\s+accept|accepted)|accepts?|accepted|(?:formally\s+)?accepts?)\s+(?:the|this|that|these)\s+(?:(?:residual|remaining|business|security)\s+)?risks?\b/i;
/** "Status: the design team already added …": a Status label opening a sentence, its value after it */
const MID_STATUS_LABEL = /^(?:status|state)\s*:\s+(\S.{2,300})$/i;

export class StatusReader {
  private explicit: Status | null = null;
  private verdict: Status | null = null;
  private said: Status | null = null;
  /** the unfinished sentence a prose line ends on, which the next line may go on with (OWNER_ACCEPTS_RISK) */
  private proseTail = '';
  /** inside the text of an answer (a quote or lines after its label) */
  private answering = false;
  /** whether the line before ended a sentence (a line that goes on with one does not open one) */
  private ended = true;
  /**
   * A field's value cut by the line's end that said no state yet ("… · Management response: in" +
   * "progress; drill booked"): how to read it once the next line has given the rest.
   */
  private cut: { value: string; read: (v: string) => boolean } | null = null;
  /**
   * Inside a Status field's value that goes on over the next lines of its paragraph ("**State:** The engineer
   * first said the work order was open and in progress. He then fitted a new strike plate …⏎Fixed."): the
   * last sentence there that says a state is where the finding stands.
   */
  private inField = false;
  /**
   * Convention: a Status field's note hard-wrapped over several lines of its paragraph, as Markdown notes are
   * written at a fixed width, with a sentence broken across two of the following lines ("… rollout (INC-3302).
   * Closing as a false⏎positive; no test changes needed."): the words of the sentence left open at a line's end,
   * read again with the next line's, so that the sentence is read whole.
   */
  private fieldTail = '';
  /** a team's answer labelled mid-paragraph whose sentence goes on to the next line ("Team's view: … cheaper⏎than …") */
  private answerGoesOn = false;
  /** the next line opens a sub-item of the finding's list (item()) */
  private itemStart = false;

  /** A sentence opened by a Status label mid-line: read its value, or wait for the line that goes on with it. */
  private midStatusLabel(sentence: string): boolean {
    const m = MID_STATUS_LABEL.exec(sentence);
    if (!m) return false;
    // (a Status field the record already gave stands: a label later in its text may be another record's, run on)
    const read = (v: string) => {
      const st = statusFromText(v) ?? statusSentence(v);
      if (st) this.explicit ??= st;
      return st !== null;
    };
    if (!read(m[1])) this.cut = { value: m[1], read };
    return true;
  }

  /**
   * Convention: an internal audit report labels each part of an issue with a bold run-in heading closed by a
   * period, "**Observation.** …", "**Management response.** The CRO has formally accepted this risk (…)": the part
   * labelled as the auditee's response is its answer, read as a "Management response:" field is
   */
  private runInAnswer(line: string): boolean {
    // (cheap pretest: the label's period sits just inside the bold's close)
    // (a Status field the issue already gave stands: "| Status | Partially Fixed |" then "**Remediation review.** The
    // comparison was fixed, but …" is the reviewer's account of it)
    if (this.explicit || (!line.includes('.**') && !line.includes('.__'))) return false;
    const m = RUN_IN_LABEL.exec(line);
    if (!m || !RESPONSE_KEY.test(m[1])) return false;
    const v = plainInline(m[2]);
    // (the answer's first sentence may say the decision to keep the risk in prose, "The CRO has formally accepted
    // this risk": only that decision, as other states said in passing, "was fixed, but …", are no answer)
    const said = statusSentence(v) ?? openingStatus(v) ?? laterSentenceStatus(v) ?? (statusFromText(v.split(/(?<=[.!?])\s+/)[0]) === 'wont_fix' ? 'wont_fix' : null);
    const st = said === 'wont_fix' && ACK_DEFERRED.test(v) ? 'open' : said;
    if (!st) return false;
    this.verdict = st;
    this.answering = true;
    return true;
  }

  /** One line of the finding's Markdown source (list markers and quote marks allowed). */
  line(raw: string): void {
    if (raw.length > 2000) return;
    const quoted = /^\s*>/.test(raw);
    // ("~~open~~ **fixed** in chart 3.4.1": a state struck through is no longer the state)
    const line = raw.replace(/^\s*(?:>\s*)+/, '').replace(/~~[^~\n]{1,40}~~/g, ' ');
    if (!line.trim()) {
      this.inField = false;
      if (!quoted) this.answering = false;
      this.ended = true;
      return;
    }
    const keyed = this.itemStart && SUB_ITEM_KEY.test(line);
    this.itemStart = false;
    const proseTail = this.proseTail;
    this.proseTail = '';
    const goesOn = !this.ended && !keyed && LINE_RE.test(line.trim());
    const answerGoesOn = this.answerGoesOn;
    this.answerGoesOn = false;
    this.ended = /[.!?:)]\W{0,2}$|^\s*(?:[-*+]|\d+[.)])\s/.test(line.trim()) || /[.!?:]\W{0,3}$/.test(line.trim());
    // a wrapped value is read again whole: its words before the break and this line's first clause
    const cut = this.cut;
    this.cut = null;
    if (cut && goesOn) cut.read(`${cut.value} ${plainInline(line).trim().split(/[.;!?](?:\s|$)/)[0]}`);
    // (the fix review's state right after the finding's place leading the line, LEAD_LOCATION: "`a.sol#L7` — Fixed.")
    if (line.charCodeAt(line.search(/\S/)) === 96 || /^\s*[-*+]\s+`/.test(line)) {
      const lead = leadingLocation(line);
      const st = lead ? openingStatus(lead.rest) : null;
      if (st) this.explicit = st;
    }
    const facts = factsOfLine(line);
    let fact = false;
    if (!facts.length && this.runInAnswer(line)) return;
    for (const f of facts) {
      const v = plainInline(f.value);
      if (f.kind === 'labels') {
        // "Labels: `security`, `status: in progress`"
        const lab = /\b(?:status|state|workflow)\s*[:/=]+\s*([\w' -]+)/i.exec(v);
        const st = (lab ? statusFromText(lab[1]) : null) ?? resolutionLabel(v);
        if (st) this.explicit = st;
        fact = true;
      } else if (f.kind === 'ref') {
        // "Tracking: DATA-905 — marked won't fix", "Ticket: WEB-1315, closed as duplicate of WEB-1312":
        // the tracker's item and, after it, its state
        const st = trackerState(v);
        if (st) this.explicit = st;
        fact = true;
      } else if (f.kind === 'status' && this.explicit && /^re-?\s?test/i.test(f.key.trim())) {
        // ("**Estado:** Parcialmente corregido" then "**Re-test:** Corregido en la pantalla …, pero …": a retest's
        // note places a finding only where it has no status field of its own)
        fact = true;
      } else if (f.kind === 'status') {
        const read = (s: string) => {
          // ("Status: **In progress** (PR infra-live#1296 open)": the state comes first; a remark in brackets
          // after it speaks of something else, a pull request, a ticket; one that opens with a state, "Lokað
          // (staðfest)", "Closed (verified)", says more of the state)
          const aside = /^([^()]{2,40}?)\s*\(([^()]{1,120})\)[\s.;]*$/.exec(s.trim());
          const head = aside && !statusFromText(aside[2].trim().split(/[\s,;]+/)[0]) ? aside[1] : null;
          const st = (head ? statusFromText(head) : null) ?? fieldSentences(s) ?? statusFromText(s) ?? statusSentence(s);
          if (st && this.explicit === 'open' && st === 'wont_fix' && TRIAGE_ACCEPT.test(s) && DECISION_FIELD.test(f.key.trim())) return true;
          if (st) this.explicit = st;
          return st !== null;
        };
        this.cut = read(v) ? null : { value: v, read };
        fact = true;
        this.inField = !quoted;
      } else if (RESPONSE_KEY.test(f.key) || (!f.kind && NAME_VERB_KEY.test(f.key.trim())) || (!f.kind && (statusSentence(v) || (NAME_KEY.test(f.key.trim()) && !DEFENCE_OUTCOME_KEY.test(f.key.trim()) && !TEST_OUTCOME_KEY.test(f.key.trim()) && /^\s*(?:[-*+]\s+)?(?:\*\*|__)/.test(line) && openingStatus(v))))) {
        // "**Lumen:** Fixed in #215", "**Northgate:** Verified": someone answering the finding
        // Convention: the answer opens with a bare status word, "> **Kestrelmint:** Mitigated. The cap …", "**Client:**
        // Acknowledged.", "**Team response:** Partially fixed": that word is the answer's state (openingStatus)
        const read = (s: string) => {
          const said = statusSentence(s) ?? verbStatus(f.key) ?? (/^\W*verified\b/i.test(s) ? 'verified' : null) ?? openingStatus(s) ?? laterSentenceStatus(s);
          const st = said === 'wont_fix' && ACK_DEFERRED.test(s) ? 'open' : said;
          if (st) this.verdict = st;
          return st !== null;
        };
        this.cut = read(v) ? null : { value: v, read };
        this.answering = true;
        fact = true;
      } else if (f.kind) fact = true;
      else this.cut = null;
    }
    if (!this.inField || facts.some((f) => f.kind === 'status')) this.fieldTail = '';
    if (this.inField && !facts.some((f) => f.kind === 'status')) {
      if (facts.some((f) => f.kind) || quoted || /^\s*(?:[-*+]|\d+[.)])\s/.test(line)) {
        this.inField = false;
        this.fieldTail = '';
      }
      else {
        // (the field's value goes on: its last sentence that says a state stands; a line that goes on with the
        // sentence before it, "fixed in `7c1d2ee`,⏎verified 2 Dec.", is read from its next sentence, as the
        // rest of the first is a wrapped value)
        const plain = plainInline(line);
        const tail = this.fieldTail;
        this.fieldTail = !this.ended ? (FIELD_TAIL.exec(plain)?.[1] ?? '') : '';
        const own = goesOn ? (tail ? `${tail} ${plain}` : plain.split(/(?<=[.!?;])\s+/).slice(1).join(' ')) : plain;
        const st = own ? fieldSentences(own, true) : null;
        if (st) {
          this.explicit = st;
          return;
        }
      }
    }
    // Convention: an analyzer's state line, badges joined by middle dots with the issue's state first
    // ("_Open · Bug · effort 5min · introduced 2025-03-07 by d.lindqvist_", SonarQube's Markdown exports;
    // "Accepted · Code Smell · …" a won't-fix, "False Positive · Vulnerability · …")
    if (/\s[·•]\s/.test(line) && !facts.some((f) => f.kind)) {
      const segs = plainInline(line).replace(/^\s*(?:[-*+]\s+)?/, '').split(/\s+[·•]\s+/).map((x) => x.trim());
      const first = segs[0].replace(LINE_RE2, '');
      const st = segs.length >= 3 && segs.every((x) => x && x.split(/\s+/).length <= 6) && first.split(/\s+/).length <= 3 ? statusFromText(first) : null;
      if (st) {
        this.explicit = st;
        return;
      }
    }
    // "Risk: 3 · Ref: H-09 · Management response: in progress — …": an answer among a line's fields
    if (/\s[·•|]\s/.test(line)) {
      for (const seg of plainInline(line).split(/\s+[·•|]\s+/).slice(1, 8)) {
        const kv = LINE_RE3.exec(seg);
        this.cut = null;
        if (!kv || !RESPONSE_KEY.test(kv[1])) continue;
        // ("agree to accept this — the edition is sunset and will not be remediated": a clause after
        // the first one may carry the state)
        const read = (s: string) => {
          const st = statusSentence(s) ?? s.split(/[—–]/).reduce<Status | null>((got, c) => got ?? statusFromText(c), null) ?? verbStatus(s);
          if (!st) return false;
          this.verdict = st;
          this.answering = true;
          return true;
        };
        if (read(kv[2])) fact = true;
        else this.cut = { value: kv[2], read };
      }
    }
    // Convention: the state in emphasis as a segment of a field line, after a middle dot ("Owner: Data Platform
    // (@r-novak) · *in progress, PR #3310*", "Owner: Service teams · *fixed* in #3288 — now pinned by digest"):
    // the segment's first words say where the finding stands
    if (!this.explicit && /\s[·•]\s/.test(line) && /[*_]/.test(line) && LINE_RE4.test(line)) {
      for (const seg of line.split(/\s+[·•]\s+/).slice(1, 8)) {
        const em = /^\s*(\*\*|__|\*|_)(?![*_\s])([^*_\n]{2,60}?)\1(?![*_])/.exec(seg);
        const st = em ? statusFromText(em[2].split(/\s*[,;(—–]\s*/)[0]) : null;
        if (st) {
          this.explicit = st;
          break;
        }
      }
    }
    // Convention: a scanner's finding record whose line of facts, joined by middle dots, closes on the state set in
    // bold whole ("Finding `SW-1` · check `SPF-007` · first seen 2026-10-19 · **Remediating**", "… · **Resolved**"),
    // a key-less segment, the legend of such exports naming the states: that last segment is the state. A scanner's
    // "Acknowledged" is a finding seen and given an owner ("owner assigned, not started"), still open, not the
    // audit answer that declines a fix
    if (!this.explicit && /\s[·•]\s/.test(line)) {
      const last = DOT_LAST_BOLD.exec(line);
      const st = !last || last[1].split(/\s+/).length > 3 ? null : /^acknowledged$/i.test(last[1].trim()) ? 'open' : statusFromText(last[1]);
      if (st) {
        this.explicit = st;
        return;
      }
    }
    if (this.ended) this.cut = null;
    // ("Exposure: **Low**. Risk log: QRL-36 — accepted by the owner": a tracker field after another field)
    if (fact && !this.explicit && !this.verdict) {
      const t = TRACKER_IN_TEXT.exec(plainInline(line));
      const st = t && t.index > 0 ? trackerState(t[1]) : null;
      if (st) this.explicit = st;
    }
    if (fact) return;
    // Convention: an analyst's note under a scanner's finding sets the state in bold as the opening words of a
    // sentence mid-paragraph ("… with factory certs. **Risk accepted** – internal only …", "~~Patch~~ **Fixed since
    // scan** – KB4499175 installed …"): the state stated, as a field would state it
    if (!quoted && !this.explicit && (line.includes('**') || line.includes('__'))) {
      for (const m of allMatches(line, BOLD_STATE)) {
        const inner = m[1].trim();
        const st = inner.split(/\s+/).length <= 4 ? statusFromText(inner) : null;
        if (st) {
          this.explicit = st;
          break;
        }
      }
      // Convention: a work log's note that closes what was done with the state in bold after a dash, "I started on
      // this in branch `x` — **in progress**, tests not written yet", "patched on staging – **fixed**." (the bold
      // words a state alone, openingStatus, not a title that opens with one, "— **open redirect**, …")
      if (!this.explicit) {
        const m = DASH_BOLD_STATE.exec(line);
        const st = m ? openingStatus(m[1]) : null;
        if (st) this.explicit = st;
      }
    }
    const plain = plainInline(line).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    // Convention: the state in brackets on a line of its own, closing the record ("- (Oop)", "- (In proses — PR
    // !927 oop)", "- (Reggemaak in bou 413, nog nie hergetoets nie)": "Status staan tussen hakies", the status
    // stands in brackets): the bracket's first clause, a few words in any language of the status words
    if (plain.charCodeAt(0) === 40 && plain.length <= 200) {
      const inner = /^\(([^()]{2,160})\)[.\s]*$/.exec(plain.trim())?.[1];
      const clause = inner?.split(/\s+[—–-]\s+|[,;:]\s/)[0].trim();
      const st = clause && clause.split(/\s+/).length <= 6 ? statusSentence(clause) ?? statusFromText(clause) : null;
      if (st) {
        this.said = st;
        return;
      }
    }
    // ("… rows. Tracking: DATA-905 — marked won't fix by the data team": a tracker field mid-line)
    const tracker = TRACKER_IN_TEXT.exec(plain);
    const tracked = tracker ? trackerState(tracker[1]) : null;
    if (tracked) {
      this.explicit = tracked;
      return;
    }
    // ("Register: ARB-113 —" + "fixed during the evaluation week": the state after the id on the next line)
    if (tracker && !this.ended) {
      const value = tracker[1];
      this.cut = {
        value,
        read: (v) => {
          const st = trackerState(v);
          if (st) this.explicit = st;
          return st !== null;
        },
      };
    }
    // Convention: a dated update appended under the finding, often in italics ("*Update 2026-02-24: fixed in ops PR
    // #2231 — all rules re-routed.*", "Update (3 March): risk accepted by the owner"): what follows the label is
    // where the finding stands now, a later word than its Status field, as an answer's is
    if (plain.length <= 600 && DATED_UPDATE.test(plain)) {
      const rest = plain.replace(DATED_UPDATE, '');
      const st = statusSentence(rest) ?? openingStatus(rest);
      if (st) {
        this.verdict = st;
        return;
      }
    }
    // a reply in a thread says it mid-sentence: "> cache key now scoped by user, fixed in #2296"
    // ('covers "uploaded and' / 'verified" as a state …': the second line goes on with a sentence)
    // Convention: a reply quoted under a review comment, opened by who answers and a colon ("> Dana: working
    // on it — …", "> @okafor: acknowledged, we accept the risk"): the answer starts after the name
    // Convention: a later review round's note quoted under the finding, opened by the round ("> Round 2: fixed in
    // `4f2c1ab`.", "> ✅ Re-review #3: still open"): the note's state starts after the round's label
    const said = quoted && !goesOn ? plain.replace(LINE_RE5, '').replace(ROUND_LABEL, '') : plain;
    let onLine: Status | null = null;
    // (a sentence hard-wrapped in prose, "… The product⏎owner has accepted this risk for now": its opening words
    // are the last line's tail)
    if (!quoted && !this.ended) {
      const end = Math.max(said.lastIndexOf('. '), said.lastIndexOf('? '), said.lastIndexOf('! '));
      const tail = end >= 0 ? said.slice(end + 2) : goesOn ? `${proseTail} ${said}` : said;
      if (tail.length <= 120) this.proseTail = tail;
    }
    for (const [k, sentence] of said.split(quoted ? /(?<=[.!?,;])\s+|\s+[—–]\s+/ : /(?<=[.!?])\s+/).slice(0, 12).entries()) {
      if (k === 0 && goesOn) {
        if (!quoted && proseTail.length + sentence.length > 20 && (proseTail.includes('ccept') || sentence.includes('ccept')) && OWNER_ACCEPTS_RISK.test(`${proseTail} ${sentence}`)) {
          this.explicit ??= 'wont_fix';
          continue;
        }
        // (the answer's sentence wrapped: its clauses on this line may say the state)
        if (answerGoesOn) {
          const st = answerClauses(sentence);
          if (st) this.verdict = st;
        }
        // (a sentence wrapped from the line before: a clause after its semicolon opens afresh, below)
        const st = !quoted && !answerGoesOn ? clauseStatus(sentence) : null;
        if (st) this.said = st;
        continue;
      }
      // Convention: a Status label set mid-paragraph after the finding's own sentences, as prose usability and
      // inspection reports add it ("… only appears after pressing Sign. *Status:* the design team already added a
      // marker in build 3.4.2 (fixed, not yet re-tested)."): its value says where the finding stands, as a Status
      // field's does, and may wrap onto the next line
      if (k > 0 && !quoted && sentence.includes(':') && this.midStatusLabel(sentence)) continue;
      // Convention: a usability or review report's note, in its prose, that whoever owns the product turned the
      // change down ("The product owner has declined it for 3.x because …", "The client has declined this"): the
      // owner's decision, a won't-fix, however long the paragraph that says it
      if (!quoted && sentence.includes('declined') && OWNER_DECLINED.test(sentence)) {
        this.explicit ??= 'wont_fix';
        continue;
      }
      if (!quoted && sentence.includes('ccept') && OWNER_ACCEPTS_RISK.test(sentence)) {
        this.explicit ??= 'wont_fix';
        continue;
      }
      // ("> Dana: Mitigated. The cap …": a named reply that opens with a bare status word, as a bold label's does)
      let st = statusSentence(sentence) ?? (k === 0 && quoted && said !== plain ? openingStatus(sentence) : null) ?? (quoted ? null : clauseStatus(sentence));
      // (a speaker's line in meeting notes, unquoted: "Priya: not a bug, works as designed")
      if (!st && k === 0 && !quoted && !goesOn) {
        // Convention: a triager's comment under a scanner's finding, marked by a speech-balloon glyph and the
        // commenter's name ("🗨 *Rosa:* false positive — the tool reads our CNAME as a key", "💬 Tom: won't fix,
        // host retires in May"): an answer to the finding, its state the reason behind the export's own ("Suppressed")
        const glyph = COMMENT_GLYPH.exec(sentence);
        const words = glyph ? sentence.slice(glyph[0].length) : sentence;
        const spoken = SPEAKER_LINE.exec(words);
        // (a finding part's label is no speaker: "*Workaround:* Delete the duplicate", "Fix: drop the cache")
        // (Convention: nor is a board card's checklist named by its label, "**Checklist: Done when** (1/3)" in a
        // Trello export: the list's name, its done-when criteria, is no answer)
        const who = spoken ? spoken[0].slice(0, spoken[0].indexOf(':')) : '';
        const clause = spoken && !isPartTitle(who) && !CHECKLIST_LABEL.test(who) && !GATE_LABEL.test(who) ? plainInline(words.slice(spoken[0].length)).split(SPEAKER_CLAUSE_END)[0].trim() : '';
        // ("Kemi: I'm on this one, the flag …": the speaker's sentence that opens with a state, as an answer's does)
        if (clause) st = statusSentence(clause) ?? (clause.split(/\s+/).length <= 4 ? statusFromText(clause) : null);
        if (st && glyph) {
          this.verdict = st;
          continue;
        }
      }
      // Convention: the team's answer labelled mid-paragraph, its state in a later clause ("Team's view: the mirror
      // is contractually controlled; *risk accepted* by the service owners until Q4"): an answer, as a field's is
      if (!st && sentence.includes(':')) {
        const kv = LINE_RE6.exec(sentence);
        if (kv && RESPONSE_KEY.test(kv[1])) {
          st = answerClauses(kv[2]);
          if (st) {
            this.verdict = st;
            continue;
          }
          if (!/[.!?]\W{0,3}$/.test(sentence)) this.answerGoesOn = true;
        }
      }
      if (!st) continue;
      // Convention: a retest's note that verifies the fix and then closes the finding, "Verified for GET and DELETE.
      // **Closed.**": closed is where a verified fix ends up, it does not step back to a fix unverified
      if (st === 'fixed' && onLine === 'verified') continue;
      onLine = st;
      if (this.answering || quoted) this.verdict = st;
      else this.said = st;
    }
  }

  /**
   * A sub-item of a finding's list that opens with its key opens afresh: it goes on with no sentence of the item
   * before it ("- where: `docs.yml:40`" over "- verdict: **false positive** — …", read one item at a time without
   * their markers); a sub-item of prose may still be that sentence's next words.
   */
  item(): void {
    this.itemStart = true;
  }

  lines(text: string): void {
    // (a field's value goes on only inside its own paragraph)
    this.inField = false;
    for (const l of text.split('\n')) this.line(l);
  }

  /** A state written where a field would be, beside the record's rating ("Medium, fixed on 16 March"). */
  field(st: Status): void {
    this.explicit ??= st;
  }

  /** The answer, else the Status field, else what the prose said. */
  result(): Status | null {
    return this.verdict ?? this.explicit ?? this.said;
  }

  /** Only what a Status field or an answer states (not prose). */
  stated(): Status | null {
    return this.verdict ?? this.explicit;
  }
}
