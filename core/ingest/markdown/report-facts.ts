// Report-level facts: stated counts (claims), effort per severity group, date.
import type { Claims, Effort, Severity, Status } from '../../../shared/types';
import { oneSidedBounds } from './bounds';
import { literalGate } from './prefilter';
import { memoized } from './memo';
import { parseEffort } from './effort';
import { bracketedCode } from './scheme';
import { wordSet } from './match';
import { plainInline } from './heading';
import { ABOUT_ID, asciiDigits, blocksStatement, reviewTier, BLOCK_WORD, EMOJI_RE, factKind, dotRating, GATE_COLUMN_HEADER, gateColumnCell, GRADE_SCALE, greekLoose, isSeverityWord, NOT_BLOCK_WORD, scopedLabel, SEVERITY_EMOJI, severityFromValue, statusFromText, markNameLegend, MARK_NAME_GATE, MARK_NAME_INFO } from './vocab';
import { allMatches } from './all-matches';
import { unmarked, unmarkedWords } from './unmarked';

/** "2 of these have been removed …; the remaining 13 are ": the items gone, then the rest (together the whole) */
const REMOVED_REMAINDER = /(?<![\p{L}\p{N}.,])(\d{1,4}) of (?:these|them|those|the items)\s+(?:(?:have|has) been|were|was|are)\s+(?:since\s+)?(?:removed|demolished|decommissioned|taken out|disposed of|stripped out|replaced)\b[^.;]{0,120}[;,]\s+(?:and\s+)?(the (?:remaining|other) (\d{1,4}) (?:are|comprise|were|include)\s+)/u;
/** "Priority B": a priority letter after the word, the letter keyed in the report's legend */
const PRIORITY_LETTER = /^priority\s+([a-e])(?![\p{L}\p{N}])/iu;
/** "2 Tier A": a grade after the name of its scale. */
const GRADED_WORD = new RegExp(String.raw`^${GRADE_SCALE}\s+(\p{L}{1,12})\b`, 'iu');
/** "Tier A: 1 · Tier B: 2": counts by the grades of the report's own scale. */
const GRADE_COUNT_HINT = new RegExp(String.raw`\b${GRADE_SCALE}\s+[A-Z0-9]{1,2}\s*[:=]`, 'i');
const GRADE_COUNT = new RegExp(String.raw`\b${GRADE_SCALE}\s+([A-Z0-9]{1,2})\s*[:=]\s*(\d{1,4})\b`, 'gi');

// ("- **Advisory:** 1": a word of the report's legend and its count, alone on the line; see scanCounts)
const SCHEME_WORD_COUNT = /^[\s*_-]*([\p{L}][\p{L} -]{1,20}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\d{1,4})(?:\*\*|__)?\s*$/u;
const SEV_LABEL = /^\W*(P[0-4]|Sev(?:erity)?[\s-]?[0-5]|critical|high|medium|low|info(?:rmational)?|blocker|major|minor|trivial|S[1-5](?=\s+(?:\*\*|__)?[A-Za-z]))\b([^:\n]{0,40}?):\s*(.*)$/i;
/**
 * Convention: a tracker's scale written as its code and its name together, one count a line, "- S1 Blocker: 1",
 * "- S2 Major: 3", "- P1 High: 2" (Jira's severity fields read so): the name after the code is no label of what
 * is counted, it is the same level
 */
const CODE_NAME_LABEL = /^\s*(?:\*\*|__)?\s*(?:blocker|critical|major|high|minor|medium|moderate|normal|trivial|low|cosmetic)\s*(?:\*\*|__)?\s*$/i;
// (Convention: a tally line's labels in the plural, "Blockers: 2 · Major: 5", as a bug bash names its bucket of
// blockers: the plural label is the same level)
const INLINE_COUNT =
  /(?<![\p{L}\p{N}])(P[0-4]|Sev-?[0-5]|critical|high|medium|low|blockers?|major|minor|trivial|kritisch|hoch|mittel|niedrig|critique|élevée?|moyenne?|faible|cr[ií]tic[ao]|alt[ao]|medi[ao]|baj[ao])(?:\s*\(\d\))?\s*[:=]\s*(\d+)\b(?!\s*[-–.]\s*\d)(?!\s*(?:h|hrs?|hours?|d|days?|w|weeks?|min)\b)/giu;
// Convention: the dash for the colon between a level and its count, as Russian and other typographies write a
// tally, "Сообщений с #баг — 8: P1 — 2, P2 — 4, P3 — 1, P4 — 1": each count stands alone before a comma, "and" or
// the line's end (no unit, no range), so "High — 2 days" is no count
const DASH_COUNT =
  /(?<![\p{L}\p{N}])(P[0-4]|Sev-?[0-5]|critical|high|medium|low|blockers?|major|minor|trivial)\s+[—–]\s+(\d{1,4})(?=\s*(?:[,;·|.)]|$|\s(?:and|и|y|et|und)\s))/giu;
const DASH_COUNT_HINT = /\s[—–]\s+\d/;
/** "Advisory – 2": a word (of the report's legend, checked by the reader) and its count after a dash */
const OWN_WORD_DASH_COUNT = /(?<![\p{L}\p{N}])(\p{L}[\p{L}-]{2,20})\s+[—–]\s+(\d{1,4})(?=\s*(?:[,;·|.)]|$|\s(?:and|и|y|et|und)\s))/gu;
/** "— 8: " closing the text before a tally's first count: the sum it opens */
const SUM_BEFORE_COLON = /(?<![\p{L}\p{N}.,])(\d{1,4})(?:\*\*|__)?\s*:\s*$/u;
// (Convention: a level with its number on the report's scale in brackets, "Critical (5): 1, High (4): 3", as a
// risk assessment counts by its numbered risk values: the bracket names the level again, no count)
// (French, German and Spanish reports count in their own words: "1 critique, 2 élevées, 3 moyennes")
// (and Italian ones on Jira's Italian scale: "1 bloccante, 2 critici, 3 maggiori, 3 minori e 1 banale")
// ("2 bloqueantes, 4 de severidad alta, 3 de severidad media y 2 de severidad baja": Spanish, and the other Romance
// languages, may name the scale between the count and its level, "N of severity high"; "bloqueantes" blockers)
// ("3 high-priority issues I'd fix first, 5 medium ones": the level joined to "priority", "severity" or "risk" by a
// hyphen is the level itself)
const REVERSE_COUNT =
  /(?<![\p{L}\p{N}])(?<!\d\s?[–—-]\s?)(\d+)\s+(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:(?:de|di) (?:severidad|gravedad|prioridad|severidade|gravidade|prioridade|sévérité|gravité|priorité|severità|gravità|priorità)\s+)?(critical|high|serious|medium|moderate|low|informational|info|blockers?|major|minor|trivial|P[0-4]|Sev-?[0-5]|critiques?|élevées?|moyennes?|faibles?|informatives?|kritische?n?|hohe?n?|mittlere?n?|niedrige?n?|cr[ií]tic[aoie]s?|alt[aoie]s?|m[eé]di[aoie]s?|baj[ao]s?|bass[aoie]|baix[ao]s?|bloqueantes?|bloccant[ei]|bloquants?|maggior[ei]|minor[ei]|banal[ei])(?:-(?:priority|severity|risk))?(?![-\p{L}\p{N}/])(?!\s*[-–]\s*\d)/giu;
/**
 * REVERSE_COUNT without the assertions before its count and after its word: every match of REVERSE_COUNT
 * holds one of these (a cheap test first, as REVERSE_COUNT's two lookbehinds are tried at every position)
 */
const REVERSE_COUNT_HINT = new RegExp(REVERSE_COUNT.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}\]\)\(\?<!\\d\\s\?\[–—-\]\\s\?\)\(\\d\+\)/, '\\d').replace(/\(\?!\[-\\p\{L\}\\p\{N\}\/\]\)\(\?!\\s\*\[-–\]\\s\*\\d\)$/, ''), 'iu');
/** ") — 5 fixed …": a bracket closing right after the last count, then a dash or a full stop */
const BRACKET_CLOSE_TAIL = /^\s*\)\s*(?:[—–-]\s|[.;]\s|$)/;
/** "… 1 trivial (S4) — 6 open or recently fixed": a number after a dash that ends a tally of counts */
const DASH_SUM = /^\s*(?:\([^()\d]{0,12}\d?\))?\s*[—–-]\s*(?:\*\*|__)?(\d{1,4})\s+\p{L}/u;
/** Finnish level words whose partitive or genitive counts read as the level (countedSeverity) */
const FI_COUNTED = new Set(['kriittinen', 'korkea', 'kohtalainen', 'keskitaso', 'matala', 'alhainen', 'vakava', 'vähäinen']);
/**
 * Convention: an Italian count in the plural of the legend's levels, "2 critici, 3 maggiori, 3 minori" under a
 * legend "**Critico** / **Maggiore** / **Minore**": the plural in -i of a word in -o or -e is the legend's word.
 */
export function italianPluralSchemeWord(scheme: Map<string, Severity>, w: string): Severity | undefined {
  if (!w.endsWith('i') || w.length < 4) return undefined;
  const stem = w.slice(0, -1);
  return scheme.get(`${stem}o`) ?? scheme.get(`${stem}e`);
}

/**
 * Convention: a French report's level agrees with the noun it rates, the legend's with "criticité" or "vulnérabilité"
 * (feminine: "**Majeure**", "Modérée", "Mineure") and the summary's count with "constats" or "écarts" (masculine:
 * "3 critiques, 4 majeurs, 3 modérés et 2 mineurs"), or the other way round: the count's word (its plural "s" already
 * dropped) in the other gender is the legend's word ("majeur" for "majeure", "moyenne" for "moyen")
 */
export function frenchGenderSchemeWord(scheme: Map<string, Severity>, one: string): Severity | undefined {
  if (one.length < 4 || !/^\p{L}+$/u.test(one)) return undefined;
  if (one.endsWith('e')) return scheme.get(one.slice(0, -1)) ?? (one.endsWith('enne') ? scheme.get(one.slice(0, -2)) : undefined);
  return scheme.get(`${one}e`) ?? (one.endsWith('en') ? scheme.get(`${one}ne`) : undefined);
}

/** A severity counted in a foreign plural or inflection: "élevées", "hohe", "altas". */
export function countedSeverity(word: string): Severity | null {
  return countedMemo(word);
}
// (pure, and asked again for the same counted words through a report, a dozen inflections tried each time: memoized)
const countedMemo = memoized(countedSeverityOf);
function countedSeverityOf(word: string): Severity | null {
  const w = word.toLowerCase();
  const de: Record<string, Severity> = { kritisch: 'critical', hoh: 'high', mittler: 'medium', niedrig: 'low' };
  const stem = w.replace(/e?n?$/, '');
  // Italian plurals: "3 alti, 4 medi e 2 bassi"
  const it = w.replace(/s$/, '').replace(/i$/, 'o').replace(/e$/, 'a');
  // (and "bloccanti", "gravi": the plural of a word in -e; "medi", "seri": of a word in -io, "medio", "serio")
  const itIo = w.length > 3 && w.endsWith('i') ? `${w}o` : w;
  // (Finnish plurals: "kriittiset", "korkeat", "matalat")
  const fi = w.replace(/set$/, 'nen').replace(/(?<=[aä])t$/, '');
  // (Convention: Finnish counts put the level after a numeral in the partitive, "2 korkeaa, 2 matalaa", "3
  // kriittistä", "2 kohtalaista", or in the genitive of a compound, "4 keskitason" (of the medium level); only the
  // Finnish level words are read so, FI_COUNTED)
  const fiCase = w.replace(/(?<=[aä])[aä]$/, '').replace(/ist[aä]$/, 'inen').replace(/(?<=o)n$/, '');
  // (Croatian cases: "4 visokog, 3 srednjeg i 2 niskog prioriteta", "kritičnih", "visoke")
  const hr = w.replace(/(?:oga?|ega?|ih|ima?|om|e)$/, 'i');
  // (Portuguese plurals in -ções: "2 observações")
  const pt = w.replace(/ções$/, 'ção');
  // (Swedish plurals and definite forms in -a / -e: "två höga", "tre låga", "de kritiska"; the neuter in -t, "ett kritiskt")
  const sv = w.length > 3 && /[^aeiou][aet]$/.test(w) ? w.slice(0, -1) : w;
  // (Dutch and Afrikaans inflect in -e: "de kritieke bevindingen", "die twee kritieke bevindinge")
  return severityFromValue(w) ?? severityFromValue(w.replace(/s$/, '')) ?? de[stem] ?? (/[^e]e$/.test(w) ? severityFromValue(w.slice(0, -1)) : null) ?? severityFromValue(it) ?? severityFromValue(w.replace(/i$/, 'e')) ?? (itIo !== w ? severityFromValue(itIo) : null) ?? severityFromValue(fi) ?? (fiCase !== w && FI_COUNTED.has(fiCase) ? severityFromValue(fiCase) : null) ?? severityFromValue(hr) ?? (pt !== w ? severityFromValue(pt) : null) ?? (sv !== w ? severityFromValue(sv) : null) ?? null;
}
/**
 * Convention: a scanner's summary pasted from its CLI in a code block, the total on a line of its own and the split
 * by level as bracketed tags after their counts, Snyk Code's "10 Code issues found" over "3 [High]   4 [Medium]
 * 3 [Low]": each level's count, and the total. A line needs two tallies or more; the total is the "N … issues found"
 * line (or "found N issues") in the same block.
 */
const BRACKET_TALLY = /(\d{1,4})\s{0,3}\[([\p{L} ]{2,20})\]/gu;
const ISSUES_FOUND = /^\s*(?:(\d{1,5})\s+(?:[\p{L}-]+\s+){0,2}(?:issues?|vulnerabilit(?:y|ies)|findings?|problems?)\s+found\b|.*?\bfound\s+(\d{1,5})\s+(?:[\p{L}-]+\s+){0,2}(?:issues?|vulnerabilit(?:y|ies)|findings?)\b)/iu;
export function codeTallyCounts(code: string, isSeverity: (word: string) => boolean): { words: [string, number][]; total: number | null } | null {
  if (code.length > 20000 || !code.includes('[')) return null;
  let words: [string, number][] | null = null;
  let total: number | null = null;
  for (const line of code.split('\n')) {
    if (line.length > 300) continue;
    if (total === null) {
      const f = ISSUES_FOUND.exec(line);
      if (f) total = Number(f[1] ?? f[2]);
    }
    if (words || !line.includes('[')) continue;
    const tallies = allMatches(line, BRACKET_TALLY).map((m): [string, number] => [m[2].trim().toLowerCase(), Number(m[1])]);
    if (tallies.length >= 2 && tallies.every(([w]) => isSeverity(w))) words = tallies;
  }
  return words ? { words, total } : null;
}
/**
 * Convention: a scanner's results summary pasted from its CLI's stdout, one level a line in capitals or not with
 * its count after a colon, and the total on the line after them (KICS's "CRITICAL: 0" … "INFO: 11" over "TOTAL:
 * 28"; tfsec, Trivy and Checkov print such runs too): each level's count, and the total. Two level lines in a row
 * or more make the run; the total is a "Total: N" line right after it. Lines that are not "Word: N" may come
 * before (the scan's other stats) but the run itself is unbroken.
 */
const LEVEL_LINE = /^\s*([\p{L}][\p{L} ]{1,20}?)\s*:\s*(\d{1,5})\s*$/u;
export function codeLevelLines(code: string, isSeverity: (word: string) => boolean): { words: [string, number][]; total: number | null } | null {
  if (code.length > 20000 || !/:\s*\d/.test(code)) return null;
  let words: [string, number][] = [];
  for (const line of code.split('\n')) {
    const m = line.length <= 60 ? LEVEL_LINE.exec(line) : null;
    const w = m ? m[1].trim().toLowerCase() : '';
    if (m && isSeverity(w)) {
      words.push([w, Number(m[2])]);
      continue;
    }
    if (words.length >= 2) return { words, total: m && /^total$/.test(w) ? Number(m[2]) : null };
    words = [];
  }
  return words.length >= 2 ? { words, total: null } : null;
}
/** "I found 1 critical bug": one count stated in a sentence of its own */
const SINGLE_COUNT =
  /\b(?:found|identified|discovered|uncovered|revealed|reported)\s+(\d+)\s+(critical|high|medium|moderate|low|informational|blocker|major|minor|trivial|P[0-4])(?:[\s-]+(?:severity|priority|risk))?\s+(?:bugs?|issues?|findings?|vulnerabilit(?:y|ies)|problems?|defects?)\b/i;
/**
 * Convention: a terse review's TL;DR that opens on one level's count and why it matters, "tl;dr 2 crit — don't
 * ship this branch until both are fixed", "TL;DR: 1 critical, needs a fix before release": the count of that level
 * (the count must open the TL;DR and stand alone before a dash, comma, stop or a noun for findings)
 */
const TLDR_SINGLE_COUNT =
  /^[\s>*_-]*(?:\*\*|__)?tl;?dr(?:\*\*|__)?\s*[:—–-]?\s*(?:\*\*|__)?(?:\*\*|__)?(\d{1,3})\s+(crit(?:ical)?|high|medium|low|blockers?)(?:\*\*|__)?(?=\s*[—–,;.:]|\s+(?:bugs?|issues?|findings?|vulnerabilit(?:y|ies)|problems?)\b)/i;
const TLDR_STATE_AFTER = /^[\s*_]*(?:(?:bugs?|issues?|findings?|were|are|got|have been|already)\s+)*(?:fixed|resolved|closed|remain\w*|left)\b/i;
// ("Fourteen of the 40 trees require works": the teens and twenty too, as a summary opens its sentence with its count)
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/**
 * Numbers written as words in the other languages counts are read in, by value (a language is added
 * here): Ukrainian in its genders ("одна критична", "дві високі", "п'ять середніх"), the apostrophe
 * typed either way.
 */
const OTHER_NUMBER_WORDS: Record<string, number> = {
  // (Estonian: "tuvastasime seitse leidu", we identified seven findings)
  kaks: 2, kolm: 3, neli: 4, viis: 5, kuus: 6, seitse: 7, kaheksa: 8, üheksa: 9, kümme: 10,
  один: 1, одна: 1, одне: 1, одну: 1, два: 2, дві: 2, три: 3, чотири: 4, "п'ять": 5, 'п’ять': 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, 'дев’ять': 9, десять: 10, одинадцять: 11, дванадцять: 12,
};
const numberWordValue = (w: string): number => OTHER_NUMBER_WORDS[w.toLowerCase()] ?? NUMBER_WORDS.indexOf(w.toLowerCase());
/** "One Critical, Five High": counts written as words, before a severity */
/**
 * Convention: a write-up whose title counts what it found, "Reading your tabs through a screenshot extension: six
 * bugs in Snapmark", "7 vulnerabilities in a smart lock": the count of findings before "in" what was looked at.
 */
const TITLE_COUNT = new RegExp(`(?:^|[:—–|-]\\s+|\\s)(\\d{1,3}|${NUMBER_WORDS.slice(2).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:bugs|vulnerabilities|vulns|issues|findings|flaws|weaknesses|security (?:bugs|issues|flaws))\\s+(?:found\\s+)?in\\s`, 'iu');
export function titleCount(title: string): number | null {
  const m = title.length <= 200 && /\s(?:in|found)\s/i.test(title) ? TITLE_COUNT.exec(title) : null;
  if (!m) return null;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : numberWordValue(m[1]);
  return n >= 2 ? n : null;
}
const NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS.join('|')})(?=\\s+(?:critical|high|medium|moderate|low|informational|blocker|major|minor|trivial)\\b)`, 'gi');
// Convention: a regulator's notice counts what it cited, "Total number of items cited: 8", "Total number of
// violations: 5" (OSHA, MSHA and EPA notices): the count of the findings, as "Total findings: 8" is
const TOTAL_LABEL =
  /\b(?:total(?:\s+number\s+of\s+(?:bugs|issues|findings|problems|vulnerabilities|violations|items\s+cited)|\s+(?:bugs|issues|findings|problems|vulnerabilities))?(?:\s+found)?|(?:bugs|issues|findings|problems|vulnerabilities|defects|regressions|observations|gaps)\s+(?:found|identified|total|raised))\s*:\s*~?(\d+)\b(?!\s*[-–]\s*\d)(?!\s*(?:h|hrs?|hours?|d|days?|w|weeks?|min|files?|tests?|lines?|loc)\b)/i;
// ("We recorded **9 findings**.": a review's own count of what it found)
// ("Filed: 7 findings — 1 × severity::1, …": a tracker note's verb as the label of its count)
// Convention: a postmortem counts what its review turned up as the action items it tracks, "The investigation turned
// up 10 action items", "the review surfaced 6 follow-ups": its action items are its findings, so the count is their total
// Convention: the count said "in total" or "in all" before it ("In total 11 findings were raised"), or what a review
// is tracking ("We are tracking **7 issues** from the review"), the count in bold
// (Convention: a risk assessment, DPIA or threat model counts its findings as the risks or threats its register
// holds, "The register in section 5 identifies **11 risks**", "we identified 14 threats")
// (Convention: an accessibility survey counts its findings as the barriers it found, "we found 9 barriers")
// (Convention: an inspection counts its findings as the deficiencies it recorded, "The PSCO recorded 13 deficiencies")
/** TOTAL_PROSE's nouns under its flags: every match holds one, and a line without any is let go first (scanCounts) */
const TOTAL_PROSE_NOUN = /issues|bugs|findings|vulnerabilities|advisories|alerts|problems|defects|deficiencies|action items|follow-ups|risks|threats|barriers|mängel|befunde|fehler|hallazgos|vulnerabilidades|problemas|vulnérabilités|constats|problèmes/iu;
const TOTAL_PROSE =
  /(?<![\p{L}])(?:identifie[sd]|found|discovered|lists?|contains?|covers|reports?|logged|recorded|ergab|raised|turned up|surfaced|encontraron|encontramos|identificaron|relevé|identifié|détecté|filed:|(?<=\b(?:are|were)\s)tracking|in total,?|in all,?)\s+(?:\*\*|__)?(\d+)\s+(?:[a-z/-]+\s+){0,2}?(?:issues|bugs|findings|vulnerabilities|advisories|alerts|problems|defects|deficiencies|action items|follow-ups|risks|threats|barriers|mängel|befunde|fehler|hallazgos|vulnerabilidades|problemas|vulnérabilités|constats|problèmes)(?![\p{L}])/iu;

// Convention: a reviewer counts the comments left on the work under review, "I left **9 comments**: 3 ship-blocking, …",
// "We've left 12 review comments": a review's comments are its findings, so the count is their total
// (and the verb after another the reviewer's sentence opens with, "I went through it file by file and left 10 inline
// comments", its line wrapped before "left" or after "and")
const LEFT_COMMENTS = /(?:\b(?:I|we)(?:['’]ve| have)?\s+|\band\s+|^\s*)left\s+(?:\*\*|__)?(\d{1,4})\s+(?:(?:review|inline)\s+)?comments\b/i;

// Convention: a summary line that opens with the count, the verb after it as a participle, "**TL;DR:** 11 bugs
// found.", "Summary: 7 issues identified, 4 fixed": the count opens the line or follows its label's colon
// (or in the passive, the count in words: "Nine issues were reported; five are resolved, …", as a retest overview
// closes)
const TOTAL_POSTPOSED =
  /(?:^|:(?:\*\*|__)?\s+)[>*_\s-]*(?:\*\*|__)?(\d{1,4})\s+(?:[a-z-]+\s+)?(?:issues|bugs|findings|vulnerabilities|defects|problems)(?:\*\*|__)?\s+(?:(?:were|have been)\s+)?(?:found|identified|discovered|reported)\b(?!\s+(?:in|by|on)\b)/i;
const OPENING_NUMBER_WORD = new RegExp(`^([>*_\\s-]*)(${NUMBER_WORDS.join('|')})(?=\\s)`, 'i');

// Convention: a scorecard's or checklist's count of what did not pass, "26 checks reviewed; **10 items need action**
// (4 blockers, 6 warnings)", "3 controls require remediation", "7 checks need attention": the items needing action
// are its findings, so the count is their total
// (Convention: an inspection report's summary in the participle, "we identified **12 items** requiring attention:",
// the count in bold: the same count of what needs action)
const NEED_ACTION_COUNT =
  /(?<![\p{L}\p{N}.,])(?:\*\*|__)?(\d{1,4})\s+(?:items?|checks?|controls?|requirements?|findings?|issues?|gaps?|deficienc(?:y|ies))(?:\*\*|__)?\s+(?:need|needs|require|requires|requiring|needing)\s+(?:action|attention|remediation|follow-up|fixing)(?![\p{L}])/iu;

// (Convention: a German compliance audit, an IT-Grundschutz check or an ISO audit, counts its "Abweichungen"
// (deviations, nonconformities), "Insgesamt wurden **11 Abweichungen** festgestellt": the same total)
const TOTAL_PROSE_DE =
  /(?<![\p{L}])(?:insgesamt|wurden)\s+(?:wurden\s+)?(?:\*\*|__)?(\d{1,4})\s+(?:[\p{L}-]+\s+){0,2}?(?:befunde|schwachstellen|mängel|feststellungen|sicherheitslücken|abweichungen|nichtkonformitäten)(?![\p{L}])/iu;

// Convention: Dutch and Flemish summaries count what was found with the verb before the subject after "In totaal",
// "In totaal noteerden we **11 bevindingen**", "We vonden 7 problemen", "In totaal 9 kwetsbaarheden": the total
const TOTAL_PROSE_NL =
  /(?<![\p{L}])(?:in totaal|noteerden|vonden|identificeerden|constateerden|telden)\s+(?:(?:we|wij)\s+)?(?:\*\*|__)?(\d{1,4})\s+(?:[\p{L}-]+\s+){0,2}?(?:bevindingen|problemen|kwetsbaarheden|tekortkomingen|knelpunten)(?![\p{L}])/iu;
const TOTAL_PROSE_NL_HINT = /bevindingen|problemen|kwetsbaarheden|tekortkomingen|knelpunten/i;

export interface ReportFacts {
  /** the report's own severity words mapped by its legend ("| Minor | Low |"): word -> severity */
  scheme: Map<string, Severity>;
  /** severities the report says must be fixed before it ships ("P0 = fix before we deploy") */
  gate: Set<Severity>;
  /** the report says only those severities block ("only P0 items block deploys") */
  gateOnly: boolean;
  /** org-mode's priority cookies ("a" for [#A]) and the levels the report's legend gives them */
  orgCookies?: Map<string, Severity>;
  /** findings the report names in a statement about shipping ("Block the release until REG-1 is fixed"): ref -> blocks */
  blocksByRef: Map<string, boolean>;
  /** "NN-1 pradedama tik užbaigus DN-1", "R-2 starts once R-1 is closed": ref -> the refs it waits for */
  waitsByRef?: Map<string, string[]>;
  /** "🔴 high, 🟠 medium, 🟡 low": the report's own colours */
  emojiScheme?: Map<string, Severity>;
  /** "💰💰💰 ≥ $3,000/month", "💰 < $500/month": legend entries of one mark repeated, mark -> the run lengths */
  markRuns?: Map<string, Set<number>>;
  /** "◇ — note, no action required": a hollow shape's own legend entry, beside a scale of the filled one */
  hollowMarks?: Set<string>;
  /** the last legend entry of a run of marks read, its mark and length (scanLegendLine) */
  lastRun?: { mark: string; len: number };
  /** "- 🧾 no direct saving" listed right after "- 💰 < $500/month": mark -> the run mark whose lowest entry it follows */
  belowRuns?: Map<string, string>;
  /** codes of an inspection's legend that name no danger yet ("FI – Further investigation"): counted, rated by none */
  unratedCodes?: Set<string>;
  /** the words of the first line of counts ("2 critical, 4 serious, 2 minor"), to read again through the legend */
  countWords?: [string, number][];
  /** the report says only the findings it names block ("Only CUI-312 blocks the release") */
  onlyRefsBlock?: boolean;
  claims: Claims;
  hasClaims: boolean;
  /** clauses of counts ("10 comments in total: 3 blockers, 3 major, 2 notes") read once the legend is known */
  countClauses?: CountClause[];
  effortBySeverity: Partial<Record<Severity, Effort>>;
  hasEffort: boolean;
  proseTotal: number | null;
  /** "Failed checks by severity: critical 1 · high 4 · medium 4 · low 1": the sum of a breakdown by severity */
  breakdownTotal?: number;
  /** "- **5 — Deal-level.**", "- **3 — Moderate.**": entries of a numbered scale written as a list, read once all are met */
  scaleEntries?: Map<number, string>;
  /** "| Level 1 | Significant non-compliance … |": a regulator's levels keyed in a table, read once the legend is met */
  regulatorLevels?: Map<string, Severity>;
  /** "**Category A — Ship-stopper.** … *Blocks GA.*": letter grades a legend list names, and whether each blocks */
  gradeEntries?: Map<string, { name: string; blocks: boolean | null }>;
  /** the levels resolveGradeScale held to the gate for the letter grades it rated (taken back where a table's own
   * class column carries the grades beside a severity column of its own: tableMentions' gradeCol) */
  gradeGate?: Set<Severity>;
  /** a findings table read its rows' blocking from a class column of those letter grades (tableMentions) */
  gradeColumnRead?: boolean;
  /** "| 30 | Ground for detention |", "| 17 | Rectify before departure |": an inspection's action codes that stop what was inspected (critical) or hold it until rectified */
  actionCodes?: Map<string, { stops: boolean }>;
  /** the lettered grades' legend closes on an observation row outside the letters ("| **Obs** | Observation … |") */
  gradeObsTier?: boolean;
  /** "⛔ = blocks the go-live": marks the report says block shipping, on the findings that carry them */
  blockMarks?: Set<string>;
  /** "🔧 = suggestion; does not block the merge": marks the report says do not block, on the findings that carry them */
  nonBlockMarks?: Set<string>;
  /** "👏 — praise", "❓ = question": marks the report's legend gives to comments that ask or praise, not findings */
  nonFindingMarks?: Set<string>;
  /** labels the report says gate the release ("Issues labelled `launch-blocker` …") */
  blockLabels?: Set<string>;
  /** "| 🟡 Medium | 2 | No |" under "Blocks merge?": levels a table of the report's levels says do not block */
  gateDenied?: Set<Severity>;
  /** "The other findings do not block the go-live": findings that say nothing of shipping do not block */
  othersDontBlock?: boolean;
  /** "Wave 1 items block the release; Wave 2 is not blocking": stages of the plan ("wave 1") -> whether they block */
  stageBlocks?: Map<string, boolean>;
  /** "**A-05.** The endpoint …": paragraphs of notes opened by a finding's id in bold, ref -> their Markdown */
  idNotes?: Map<string, string[]>;
  /** "The check in `a.go:318` … Tracked as #2214": paragraphs naming one id and a file's line, ref -> their Markdown */
  idMentions?: Map<string, string[]>;
  /** inside a checker's "== Remediations master ==" block (kube-bench): "1.1.7 Run …" paragraphs are notes */
  inCheckRemedies?: boolean;
  /** "IDs in **bold** are launch blockers": the report's legend makes an id in bold a blocker (scanBoldIdLegend) */
  boldIdsBlock?: boolean;
  /** ids the report writes in bold alone, "**HL-01**" */
  boldIds?: Set<string>;
  /** the state an appended update's sentence gives a finding by id ("MWF-2231 verified on RC3.") */
  statusByRef?: Map<string, Status>;
  /** "**MUST** — blocks the run", "**SHOULD** — …": MoSCoW tiers a legend defines without a severity, word -> severity */
  tierWords?: Map<string, Severity>;
  /** "Legend: ✅ fixed in this session · ⏳ open": marks the report's legend gives states, mark -> state */
  stateMarks?: Map<string, Status>;
  /** "the raw query one and the token logging — those two block this PR": findings named by their topic, words -> blocks */
  blocksByTopic?: { words: string[]; blocks: boolean }[];
  /** "**P1 – Critical**": the level a report's own P-scale names beside each P, "p1" -> critical (null where it names two) */
  pairedP?: Map<string, Severity | null>;
}

export function newReportFacts(): ReportFacts {
  return { scheme: new Map(), gate: new Set(), gateOnly: false, blocksByRef: new Map(), claims: {}, hasClaims: false, effortBySeverity: {}, hasEffort: false, proseTotal: null };
}

/** the items a mark is put on, in a sentence (scanBlockMark) */
const TAGGED_MARK = oneSidedBounds(/\b(?:anything|everything|items?|findings?|issues?|bugs?|rows?)\s+(?:tagged|marked|flagged|labell?ed)\s+(?:with\s+)?(\p{Extended_Pictographic})\uFE0F?\s+(.+)$/iu);

const BLOCK_MARK_SIGN = /^[\s>*+-]*(?:\*\*|__)?(?:\p{L}{1,4}\s+)?(\p{Extended_Pictographic})\uFE0F?[^\n=:—–]{0,30}?\s*(?:\*\*|__)?\s*(?:=|:|—|–)\s+(.+)$/u;
const BLOCK_MARK_BARE = /^[\s>*+-]*(\p{Extended_Pictographic})\uFE0F?\s+((?:blocks|blocking|gates)\s[^\n]{1,60})$/u;
const BLOCK_MARK_MEANS = /^[\s>*+-]*(?:\*\*|__)?(?:\p{L}{1,4}\s+)?(\p{Extended_Pictographic})\uFE0F?(.{0,60}?(?<![\p{L}])(?:means|indicates|marks|denotes|signals|înseamnă|jelenti|bedeutet|signifie|significa|betekent|znamená|oznacza|betyder|betyr)(?![\p{L}]).+)$/u;
const BLOCK_MARK_NIT_NAME = /^[\s>*+-]*(?:\*\*|__)?(?:\p{L}{1,4}\s+)?\p{Extended_Pictographic}\uFE0F?\s*(?:\*\*|__)?\s*(nit(?:pick)?s?|suggestions?)(?![\p{L}])/iu;
const BLOCK_MARK_NIT_MEANING = /^\W*(?:(?:non[- ]?blocking|optional|small|minor)\s+)?(?:suggestions?|nit(?:pick)?s?|cosmetic)(?![\p{L}])/iu;
/**
 * "⛔ = blochează punerea în funcțiune", "**🚫 Deploy gate** — a 🚫 before the finding ID means the CI
 * policy blocks deployments": one mark, opening a legend entry whose meaning says it blocks shipping (in
 * any language of BLOCK_WORD). A finding that carries the mark blocks deployment.
 */
export function scanBlockMark(line: string, rf: ReportFacts): void {
  if (line.length > 400) return;
  // ("A 🚫 in front of the finding ID means the pipeline is blocked": a short word may come first, and the
  // meaning may follow a verb of meaning instead of a sign)
  // (Convention: a legend list that sets each mark before its meaning with a space only, "- `[x]` fixed in this
  // session", "- ⛔ blocks Friday's deploy": a mark whose meaning opens with the verb that says it blocks)
  const m =
    BLOCK_MARK_SIGN.exec(line) ??
    BLOCK_MARK_MEANS.exec(line) ??
    BLOCK_MARK_BARE.exec(line);
  // ("Anything tagged 🚫 must be fixed before we press "Resubmit"": the mark names what gates, in a sentence)
  const tagged = m ? null : TAGGED_MARK.exec(line);
  if (tagged && GATE_STATEMENT.test(tagged[2]) && !NOT_BLOCK_WORD.test(tagged[2])) (rf.blockMarks ??= new Set()).add(tagged[1]);
  if (!m) return;
  // ("👏 — praise.", "❓ = question. I'm asking, not asking for a change": a mark whose items are no findings)
  if (/^\W*(?:praise|kudos|compliments?|questions?|thoughts?)\b/i.test(m[2])) {
    (rf.nonFindingMarks ??= new Set()).add(m[1]);
    return;
  }
  // Convention: a mark a review's legend names a suggestion or a nit, "🔧 = suggestion. … it's your call",
  // "💡 non-blocking suggestion", "🧹 — nit": its comments are informational (Conventional Comments'
  // "suggestion:" and "nit:", which the reviewer leaves to the author)
  // ("💬 **nit / question** — your call": the name before the dash says so too)
  // (and the legend's word counts in that level: "one nit")
  const namedWord = BLOCK_MARK_NIT_NAME.exec(line)?.[1].toLowerCase().replace(/s$/, '');
  const named = !!namedWord;
  if (namedWord && !rf.scheme.has(namedWord) && !severityFromValue(namedWord)) rf.scheme.set(namedWord, 'info');
  if ((named || BLOCK_MARK_NIT_MEANING.test(m[2])) && !(rf.emojiScheme ??= new Map()).has(m[1])) rf.emojiScheme.set(m[1], 'info');
  // ("🔧 = suggestion … it does not block the merge": a mark whose items the legend says do not block)
  if (NOT_BLOCK_WORD.test(m[2]) || blocksStatement(m[2]) === false) {
    if (!rf.blockMarks?.has(m[1])) (rf.nonBlockMarks ??= new Set()).add(m[1]);
    return;
  }
  // ("✋ = must change before merge", "🛑 — has to change before this merges": a gate stated without the verb "block")
  // (Convention: a review's legend that names the mark's verdict as a gate before the dash, "🛑 **ship-blocking** — no
  // ship decision until it's resolved", "⛔ **release blocker** — …": the name says it blocks, the meaning why)
  if (!BLOCK_WORD.test(m[2]) && !GATE_STATEMENT.test(m[2]) && !GATE_STATEMENT.test(line.slice(0, line.length - m[2].length)) && !/\b(?:must|has to|have to|needs? to)\b[^.]{0,40}?\bbefore\b[^.]{0,25}?\b(?:merg\w*|ship\w*|releas\w*|deploy\w*|launch\w*|go(?:es)? live)\b/i.test(m[2])) return;
  (rf.blockMarks ??= new Set()).add(m[1]);
}

const MARK_LEGEND_HEAD = /^(?:marks?|symbols?|icons?|emojis?|signs?|keys?|legend|status)$/i;
const MARK_ALONE = /^\s*(\p{Extended_Pictographic})\uFE0F?\s*$/u;
/**
 * Convention: a scorecard's legend tabled, one mark a row with what it means ("| Mark | Meaning |" over "| ❌ | Does
 * not meet the bar. Launch blocker. |", "| ⚠️ | Partially meets; does not block launch |"): each row is read as a
 * legend line of its own, so the marks the legend says block (or do not) say so on the rows that carry them.
 * Rows are the table's cells, header first.
 */
export function markLegendTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 3 || rows.length > 9 || rows[0].length > 3 || !MARK_LEGEND_HEAD.test(unmarked(rows[0][0] ?? ''))) return;
  const marks = rows.slice(1).map((r) => MARK_ALONE.exec(r[0] ?? '')?.[1]);
  if (marks.some((m) => !m)) return;
  rows.slice(1).forEach((r, i) => scanBlockMark(`${marks[i]} — ${r.slice(1).join(' ').replace(/\s+/g, ' ').trim()}`, rf));
}

/**
 * Convention: a code review's four-level legend tabled, "| Label | Meaning |" over "| 🔴 Blocker | Must be fixed
 * before this PR merges. |", "| 🟠 Major | … |", "| 🟡 Minor | Low impact, cleanup-level correctness. |", "| ⚪ Nit |
 * … |": as the one-line entry "**Minor** — real but low impact" (scanLegendLine), "minor", medium in a tracker's
 * major/minor pair, is the level its meaning's first clause rates it ("low impact", "low risk"), and so is its mark.
 * Only beside a "major" row, so the table is that scale. Rows are the table's cells, header first.
 */
const LEGEND_TABLE_LEVEL_CELL = /^\s*(?:(\p{Extended_Pictographic})\uFE0F?\s*)?(?:\*\*|__)?(minor|major|mineure?|majeure?)(?:\*\*|__)?\s*$/iu;
const LEGEND_TABLE_NON_DEFECT_CELL = /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\*\*|__)?(?:suggestions?|propositions?|info(?:rmation)?s?)(?:\*\*|__)?\s*$/iu;
const LEGEND_TABLE_TOP_CELL = /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\*\*|__)?(?:bloquante?|blocker|blocking|critical|critique)(?:\*\*|__)?\s*$/iu;
export function minorLegendTable(rows: string[][], rf: ReportFacts): [string, Severity] | undefined {
  if (rows.length < 4 || rows[0].length < 2 || rows[0].length > 3 || rf.scheme.has('minor')) return;
  const levels = rows.slice(1).map((r) => LEGEND_TABLE_LEVEL_CELL.exec(r[0] ?? ''));
  const minor = levels.findIndex((m) => /^min/i.test(m?.[2] ?? ''));
  const major = levels.findIndex((m) => /^maj/i.test(m?.[2] ?? ''));
  if (minor < 0 || major < 0) return;
  const word = levels[minor]![2].toLowerCase();
  const rated = LEGEND_MINOR_RATED.exec(`minor — ${(rows[minor + 1][1] ?? '').trim()}`);
  // (Convention: a French review's four-level legend worst first, "Niveau | Signification" over "| 🔴 Bloquant |",
  // "| 🟠 Majeur |", "| 🟡 Mineur |", "| 💡 Suggestion |", and no level column beside it: "mineur" is the lowest
  // defect level, low, over the tracker's major / minor pair. A legend keying each word to a priority, "| 🟨 Mineur |
  // P2 |", rates it by that; English legends' "Minor" beside "Nit" stays medium)
  const ladder = word.startsWith('mineur') && rows[0].length === 2 && rows.length === 5 && major === minor - 1 && major >= 1 && LEGEND_TABLE_TOP_CELL.test(rows[major][0] ?? '') && minor + 2 < rows.length && LEGEND_TABLE_NON_DEFECT_CELL.test(rows[minor + 2][0] ?? '');
  const sev = rated ? severityFromValue(rated[1]) : ladder ? 'low' : null;
  if (!sev) return;
  rf.scheme.set('minor', sev);
  const own = word.startsWith('minor') ? undefined : word.replace(/e$/, '');
  if (own) rf.scheme.set(own, sev);
  const mark = levels[minor]![1];
  if (mark) (rf.emojiScheme ??= new Map()).set(mark, sev);
  return own ? [own, sev] : undefined;
}

/**
 * Convention: the five risk levels of the health-and-safety risk estimator (BS 8800, HSE's 3×3 matrix) tabled as a
 * legend or a count, "| Risk level | Action and timescale |" over "| Trivial | No action required. |", "| Tolerable |
 * … |" … "| Intolerable | … |": beside Tolerable (low), Trivial is the level below it, informational. Rows are the
 * table's cells, header first.
 */
const ESTIMATOR_LEVEL_CELL = /^\s*(?:\*\*|__)?(trivial|tolerable|moderate|substantial|intolerable)(?:\*\*|__)?\s*$/i;
export function riskEstimatorTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rf.scheme.has('trivial')) return;
  const levels = new Set(rows.slice(1).map((r) => ESTIMATOR_LEVEL_CELL.exec(r[0] ?? '')?.[1].toLowerCase()));
  if (levels.has('trivial') && levels.has('tolerable') && (levels.has('substantial') || levels.has('intolerable'))) rf.scheme.set('trivial', 'info');
}

/**
 * Convention: an accessibility audit tables the axe impact scale it rates by, as a legend or its counts, "| Impact |
 * Meaning |" or "| Impact | Count |" over "| Serious | … |", "| Moderate | … |", "| Minor | … |" (axe-core and Deque
 * tools rate critical, serious, moderate, minor; audits may add "Blocker" above them): beside serious and moderate,
 * minor is the lowest level, low (not the medium a tracker's major / minor pair reads it as). Rows are the table's
 * cells, header first.
 */
const IMPACT_TABLE_LEVEL_CELL = /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\*\*|__)?(blocker|critical|serious|moderate|minor)(?:\*\*|__)?\s*$/iu;
export function impactScaleTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rf.scheme.has('minor') || !/impact/i.test(rows[0][0] ?? '')) return;
  const levels = new Set(rows.slice(1).map((r) => IMPACT_TABLE_LEVEL_CELL.exec(r[0] ?? '')?.[1].toLowerCase()));
  if (levels.has('serious') && levels.has('moderate') && levels.has('minor')) rf.scheme.set('minor', 'low');
}

/**
 * Convention: a report's summary table of counts whose level cells open with the mark the report rates by, "|
 * Severity | Count |" over "| 🔴 Critical | 2 |" … "| 🔵 Low | 1 |", "| ⚪ Info | 1 |" (an agent's AUDIT.md headed
 * "### 🔵 INFRA-010: …"): each mark stands for the level its row names, wherever a finding is rated by the mark alone,
 * whatever the colour means elsewhere (🔵 low here, not informational). Rows are the table's cells, header first.
 */
const COUNT_TABLE_HEAD = /^(?:severity|sev|priority|level|risk|rating|impact)$/i;
const COUNT_TABLE_MARKED = /^\s*(\p{Extended_Pictographic})\uFE0F?\s+(?:\*\*|__)?([\p{L}]+)(?:\*\*|__)?\s*$/u;
// (Convention: a review's summary table that says what each level means between the level and its count, "|
// Priority | Meaning | Count |" over "| 🔴 Critical | Data loss. Blocks merge. | 3 |" … "| 💡 Info | Suggestion, no
// action required | 1 |": the count is the last column, the closing total row may leave the level's cell empty)
const COUNT_TABLE_MEANING_HEAD = /^(?:meaning|description|definition|means|what it means)$/i;
export function markedCountTable(rows: string[][], rf: ReportFacts): void {
  const width = rows[0]?.length ?? 0;
  if (rows.length < 4 || (width !== 2 && !(width === 3 && COUNT_TABLE_MEANING_HEAD.test(unmarked(rows[0][1] ?? '')))) || !COUNT_TABLE_HEAD.test(unmarked(rows[0][0] ?? ''))) return;
  const found: [string, Severity][] = [];
  for (const r of rows.slice(1)) {
    if (!/^\s*(?:\*\*|__)?\d+(?:\*\*|__)?\s*$/.test(r[width - 1] ?? '')) return;
    const m = COUNT_TABLE_MARKED.exec(r[0] ?? '');
    const sev = m ? severityFromValue(m[2]) : null;
    if (m && sev) found.push([m[1], sev]);
    // (the closing "| **Total** | **11** |" row names no level)
    else if (!r.slice(0, width - 1).some((c) => /^\s*(?:\*\*|__)?total(?:\*\*|__)?\s*$/i.test(c))) return;
  }
  if (found.length < 3 || new Set(found.map(([m]) => m)).size !== found.length || new Set(found.map(([, v]) => v)).size !== found.length) return;
  rf.emojiScheme ??= new Map();
  for (const [mark, sev] of found) if (!rf.emojiScheme.has(mark)) rf.emojiScheme.set(mark, sev);
}

/**
 * Convention: a letter scale tabled as its legend, as snag and punch lists, inspection registers and QA sign-off
 * sheets key their priorities ("| Priority | Meaning |" over "| **A** | Must be closed before handover. |", "| **B**
 * | Within two weeks of handover; does not hold it up. |", "| **C** | Cosmetic, defects period. |"): three or more
 * letters from A on, in order, each a grade of the scale as a "Category A — …" list entry would be (resolveGradeScale
 * rates them when the grades that gate come first). Rows are the table's cells, header first.
 */
const GRADE_TABLE_HEAD = /^(?:pri(?:ority)?|prio|grade|class|category|tier|level|rating|code|cat\.?)$/i;
// (Convention: the letter's cell names the grade too, as inspection bodies' defect categories do, "| **A** –
// Dangerous | Defect involving existing or imminent danger. | Immediately |", "| **C** – Moderate | … |": the name
// leads the grade's meaning, and a third column is its timescale)
const GRADE_TABLE_LETTER = /^\s*(?:\*\*|__|`)?([A-E])(?:\*\*|__|`)?(?:\s*[–—:-]\s*(?:\*\*|__)?([\p{L}][\p{L} -]{1,30}?)(?:\*\*|__)?)?\s*$/u;
// (Convention: inspection bodies letter the observation tier "O" below their defect categories, "| **O** |
// Observation / advisory | No statutory action. |": the letter O closes the scale as "Obs" does)
const GRADE_TABLE_OBS = /^(?:obs|observations?|adv|advisory|O)$/i;
/** "| **Obs** | Observation … |": a legend row for observations, closing a lettered scale */
function obsClosingRow(r: string[] | undefined): boolean {
  return !!r && GRADE_TABLE_OBS.test(unmarked(r[0] ?? '')) && /\b(?:observation|recommendation|advisory|no action)\b/i.test(r.slice(1).join(' '));
}
const REUSE_GATE = /\b(?:rectif(?:y|ied)|repair(?:ed)?|remed(?:y|ied)|made? safe)\b[^.;]{0,30}?\b(?:before|prior to) (?:any |further |its |next )?(?:re-?use|use|access)\b/i;
export function gradeLegendTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rows.length > 6 || rows[0].length < 2 || rows[0].length > 3 || !GRADE_TABLE_HEAD.test(unmarked(rows[0][0] ?? ''))) return;
  // (Convention: the lettered grades closed by a row that is no grade but an observation, "| **Obs** | Observation
  // or recommendation only. No action required … | Not a hold |", as lift and plant inspectors key it below "C —
  // Minor / cosmetic": that row is informational, the letters above it the defects' grades)
  const body = obsClosingRow(rows[rows.length - 1]) ? rows.slice(1, -1) : rows.slice(1);
  if (body.length < 3) return;
  const cells = body.map((r) => GRADE_TABLE_LETTER.exec(r[0] ?? ''));
  const letters = cells.map((m) => m?.[1].toLowerCase());
  if (letters.some((l, i) => l !== String.fromCharCode(97 + i))) return;
  if (body.length < rows.length - 1) {
    const obs = unmarked(rows[rows.length - 1][0]).toLowerCase();
    if (!rf.scheme.has(obs)) rf.scheme.set(obs, 'info');
    // (the tier lettered "O" is named by its meaning's word where the report heads and counts it, "### Observations")
    const word = obs === 'o' ? /\b(observation|advisory)\b/i.exec(rows[rows.length - 1].slice(1).join(' '))?.[1].toLowerCase() : undefined;
    for (const w of word ? [word, `${word}s`] : []) if (!rf.scheme.has(w)) rf.scheme.set(w, 'info');
    rf.gradeObsTier = true;
  }
  body.forEach((r, i) => {
    const named = cells[i]?.[2] ? `${cells[i]![2]}. ` : '';
    const meaning = unmarkedWords(named + r.slice(1).join(' '));
    if (rf.gradeEntries?.has(letters[i]!)) return;
    // (Convention: an examination's legend holds the equipment for its worst category, "Crane taken out of service.
    // Must not be used until rectified and re-examined": the item's return to service is the gate, as a release is)
    // (Convention: a scaffold or plant inspection's worst category is put right before the thing is used again, "Stop
    // work, tag RED, rectify before any re-use": its return to use is the gate, as a release is)
    const blocks = NOT_BLOCK_WORD.test(meaning) || GATE_PART_DENIED.test(meaning) ? false : GATE_STATEMENT.test(meaning) || (/\bnot be (?:used|operated)\b/i.test(meaning) && blocksStatement(meaning) === true) || REUSE_GATE.test(meaning) ? true : null;
    (rf.gradeEntries ??= new Map()).set(letters[i]!, { name: meaning.split(/[.;:]\s/)[0], blocks });
  });
}

/**
 * Convention: an inspection form records what was done about each deficiency by a numbered action code keyed in a
 * legend, "| Code | Action taken |" over "| 17 | Master instructed to rectify deficiency before departure |", "| 30 |
 * Ground for detention |" (port state control's Form B; roadside and hygiene inspections' enforcement codes): a code
 * that detains, prohibits or puts out of service stops what was inspected, critical and blocking; a code that
 * requires the fix before departure, use or reopening holds it until then, blocking. Other codes say nothing.
 * Rows are the table's cells, header first.
 */
const ACTION_CODE_HEAD = /^(?:action )?codes?$/i;
const ACTION_CODE_MEANING_HEAD = /^actions?(?: taken| required)?$/i;
const ACTION_CODE_STOPS = /\b(?:grounds? for detention|detain(?:ed|able)?|detention|out[- ]of[- ]service|prohibit(?:ion|ed)?|vehicle off road)\b/i;
const ACTION_CODE_HOLDS = /\bbefore (?:departure|sailing|(?:further |next )?use|re-?opening|(?:the )?(?:ship|vessel|vehicle|machine|equipment|premises) (?:is )?(?:next |again )?(?:used|sails|leaves|departs|moves|re-?opens|returns to (?:service|use)))\b/i;
export function actionCodeTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rows[0].length !== 2 || !ACTION_CODE_HEAD.test(unmarked(rows[0][0] ?? '')) || !ACTION_CODE_MEANING_HEAD.test(unmarked(rows[0][1] ?? ''))) return;
  const body = rows.slice(1).map((r) => [unmarked(r[0] ?? ''), unmarked(r[1] ?? '')]);
  if (!body.every(([c]) => /^[A-Z]?\d{1,3}$/.test(c))) return;
  const read = body.map(([c, m]) => [c, ACTION_CODE_STOPS.test(m) ? true : ACTION_CODE_HOLDS.test(m) ? false : null] as const);
  if (!read.some(([, stops]) => stops === true)) return;
  for (const [c, stops] of read) if (stops !== null) (rf.actionCodes ??= new Map()).set(c.toLowerCase(), { stops });
}

/**
 * Convention: a consultancy's priority codes tabled as its legend, numbered worst first and closed by a tier that asks
 * for nothing, as fire, building and health-and-safety inspection reports key their deficiencies ("| Code | Meaning |
 * Timescale |" over "| P1 | Immediate — significant risk to life safety | 7 days |" … "| P4 | Improvement — good
 * practice | 12 months |", "| ADV | Advisory — no action required |"): the report's scale starts at P1, so its codes
 * rank from critical down (not the usual reading of P1, high below a P0) where the first code is immediate or a
 * danger to life, or the scale has five tiers; the closing tier is informational. Rows are the table's cells,
 * header first.
 */
// (Convention: the same legend in the report's language, "| Prioriteit | Betekenis | Termijn |", "| Priorität |")
const CODE_TABLE_HEAD = /^(?:(?:priority|risk|action) )?(?:code|priority|pri|prio|rating|category|class|level|prioriteit|priorit[äéà]t?|prioridade?)s?$/i;
const CODE_TABLE_CODE = /^([A-Z]{1,3})([0-5])$/;
// (Convention: the code written with its tier's name, "| **P1 – Urgent** | Safety at stake … | Immediately |" …
// "| **P4 – Laag** | … |", as Dutch NEN 2767 condition surveys and maintenance plans key their priorities)
const CODE_TABLE_NAMED_CODE = /^([A-Z]{1,3})([0-5]) ?[—–:-] ?([\p{L}][\p{L} -]{0,30})$/u;
// (Convention: a structural or building-condition inspection's urgency categories, the code a word and a number glossed
// by the category's name after a dash, "| **Cat 1 — Immediate** | Danger to life … | Make safe on the day |" … "| **Cat
// 4 — Monitor** | Minor or pre-existing condition | Record and monitor |": the same numbered scale, worst first, its
// defect table's "| Urgency |" cells written "Cat 2" and its summary counting "2 × Cat 1, 3 × Cat 2")
const CODE_TABLE_WORD_CODE = /^(cat|category|class|grade)\.? ?([0-5])(?:\s*[—–:-]\s*([\p{L}][\p{L} -]{0,30}))?$/iu;
// (Convention: an electrical or infrared survey's priorities keyed by bare number and name, as NETA MTS temperature-rise
// bands and thermography reports write them, "| Priority | ΔT vs. similar | ΔT vs. ambient | Action |" over "| **1 —
// Critical** | > 15 °C | > 40 °C | Repair immediately |" … "| **4 — Minor** | 1 – 3 °C | … | Monitor |": the same
// worst-first scale, its fields writing "Priority: 3 — Intermediate" and its summary counting "2 Priority 1, 3 Priority 2")
const CODE_TABLE_BARE_CODE = /^()([0-5]) ?[—–:-] ?([\p{L}][\p{L} -]{0,30})$/u;
function codeTableCode(cell: string): RegExpExecArray | null {
  const m = CODE_TABLE_CODE.exec(cell);
  if (m || !/\d/.test(cell)) return m;
  return CODE_TABLE_NAMED_CODE.exec(cell) ?? CODE_TABLE_WORD_CODE.exec(cell) ?? CODE_TABLE_BARE_CODE.exec(cell);
}
const CODE_TABLE_ADVISORY = /^(?:[A-Z]{2,4}|advisory|observation|info(?:rmation(?:al)?)?)$/i;
const CODE_TABLE_NO_ACTION = /\b(?:advisory|observation|no (?:further )?action|for information|informational|good practice only)\b/i;
// (Convention: an engineering team's impact scale whose top tier says everything else waits, "| **P1** | Revenue or
// board reporting is wrong. Drop other work. |", "P1 — all hands", "stop the line": as urgent as "immediate")
// ("P1 – Urgent", "Dringend", "Onmiddellijk": a top tier named urgent says the same)
const CODE_TABLE_URGENT = /\b(?:immediate(?:ly)?|emergency|imminent|danger(?:ous)?|life[- ]safety|risk to life|drop (?:everything|(?:all )?other work)|all[- ]hands|stop the line|urgente?|dringend|onmiddellijk|sofort)\b/i;
const CODE_TABLE_USUAL = /^(?:critical|high|medium|moderate|low|info(?:rmational)?)\b/i;
export function priorityCodeTable(rows: string[][], rf: ReportFacts): void {
  // (a survey's legend may give each level's measured bands in columns of their own before its meaning: up to six)
  if (rows.length < 4 || rows.length > 8 || rows[0].length < 2 || rows[0].length > 6 || !CODE_TABLE_HEAD.test(unmarked(rows[0][0] ?? ''))) return;
  const body = rows.slice(1).map((r) => r.map((c) => unmarkedWords(c)));
  const codes = body.map((r) => codeTableCode(r[0] ?? ''));
  let n = 0;
  while (n < codes.length && codes[n] && codes[n]![1] === codes[0]![1] && Number(codes[n]![2]) === Number(codes[0]![2]) + n) n++;
  const closing = body.length - n;
  if (n < 3 || closing > 1 || Number(codes[0]![2]) !== 1) return;
  const meanings = body.map((r, i) => [codes[i]?.[3], ...r.slice(1)].filter(Boolean).join(' '));
  // (a meaning that names a usual level, "| P1 | High — … |", is read by the legend rules of those words; unless
  // each level so named is the one its place on a worst-first scale gives, "P1 – Urgent", "P2 – High", "P3 – Normal")
  if (meanings.some((m, i) => i < n && CODE_TABLE_USUAL.test(m) && severityFromValue(CODE_TABLE_USUAL.exec(m)![0]) !== LEVEL_ORDER[i])) return;
  if (meanings.some((m, i) => i >= n && CODE_TABLE_USUAL.test(m))) return;
  const last = body[n];
  if (last && !(CODE_TABLE_ADVISORY.test(last[0] ?? '') && CODE_TABLE_NO_ACTION.test(`${last[0]} ${meanings[n]}`))) return;
  if (n + closing > LEVEL_ORDER.length || !(CODE_TABLE_URGENT.test(meanings[0]) || n + closing === LEVEL_ORDER.length)) return;
  const prefix = codes[0]![1].toLowerCase();
  // (a bare number is the level of the scale the header names: "1", "Priority 1", and "P1" for a priority)
  if (!prefix) {
    const head = unmarked(rows[0][0] ?? '').toLowerCase().replace(/s$/, '');
    const scale = /^pri(?:o(?:rity)?)?$/.test(head) ? 'priority' : head;
    for (let i = 0; i < n; i++) {
      if (!rf.scheme.has(`${scale} ${i + 1}`)) rf.scheme.set(`${scale} ${i + 1}`, LEVEL_ORDER[i]);
      if (scale === 'priority') (rf.pairedP ??= new Map()).set(`p${i + 1}`, LEVEL_ORDER[i]);
    }
    return;
  }
  const wordCode = !CODE_TABLE_CODE.test(body[0][0] ?? '') && !CODE_TABLE_NAMED_CODE.test(body[0][0] ?? '');
  for (let i = 0; i < n; i++) {
    const key = `${prefix}${i + 1}`;
    if (!rf.scheme.has(key)) rf.scheme.set(key, LEVEL_ORDER[i]);
    // ("Cat 1": a word code is written with its space, and "Cat" stands for "Category")
    const spelt = !wordCode ? [] : /^(?:cat|category)$/.test(prefix) ? [`cat ${i + 1}`, `category ${i + 1}`] : [`${prefix} ${i + 1}`];
    for (const k of spelt) if (!rf.scheme.has(k)) rf.scheme.set(k, LEVEL_ORDER[i]);
    if (prefix === 'p') (rf.pairedP ??= new Map()).set(key, LEVEL_ORDER[i]);
  }
  // (the closing tier by its code and by the name its meaning opens with, "ADV" and "Advisory", as summaries count it)
  const name = last ? /^([\p{L}][\p{L} -]{2,20}?)\s*[—–:-]\s/u.exec(meanings[n])?.[1].toLowerCase() : undefined;
  for (const w of last ? [last[0].toLowerCase(), name] : []) if (w && !rf.scheme.has(w)) rf.scheme.set(w, 'info');
}

/**
 * Convention: an aviation authority's or Part-145/CAMO quality audit grades its findings by the regulator's levels
 * and keys them in a table, "| Grade | Meaning |" over "| Level 1 | Significant non-compliance which … seriously
 * hazards flight safety | Immediate action … |", "| Level 2 | Any other non-compliance … |", "| Observation | Not a
 * non-compliance … |" (EASA Part-145.B.50, Part-ORA, UK CAA): Level 1 is the one that needs immediate action,
 * critical; Level 2 high, a Level 3 (where used) medium, and the observation informational. The level's number is
 * kept as the grade, as fields write "| **Level** | 1 |" or "**Level 2**" and summaries count "| Level 1 | 1 |".
 * Read only with a meaning column and a first row that says the level is significant or needs immediate action.
 */
const REGULATOR_LEVEL_ROW = /^level\s+([1-3])$/i;
const REGULATOR_OBS_ROW = /^observations?$/i;
const REGULATOR_LEVEL_ONE = /\b(?:significant|serious(?:ly)?|immediate(?:ly)?|hazards?)\b/i;
const REGULATOR_LEVEL_SEV: Severity[] = ['critical', 'high', 'medium'];
export function regulatorLevelTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 3 || rows[0].length < 2 || !/level/i.test(rows.map((r) => r[0] ?? '').join(' '))) return;
  regulatorLevelRows(rows.slice(1).map((r) => r.map((c) => unmarkedWords(c))), rf);
}
/**
 * Convention: the same levels keyed as a list, bulleted or numbered, each level in bold before what it means ("##
 * Finding levels" over "- **Level 1** — significant non-compliance … hazards flight safety", "- **Level 2** — …",
 * "- **Observation** — …"): read as regulatorLevelTable reads the table; its entries are then the legend's, no
 * findings (records' legendEntry). An entry may wrap over lines.
 */
const REGULATOR_LIST_ENTRY = /^\s*(?:[-*+]|\d{1,2}[.)])\s+(?:\*\*|__)?(level\s+[1-3]|observations?)\s*[:.]?(?:\*\*|__)?\s*(?:[—–:.-]\s*)?(\S.*)$/i;
export function scanRegulatorLevelList(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !/level\s+1/i.test(md)) return;
  const rows: string[][] = [];
  for (const line of md.split('\n')) {
    const m = REGULATOR_LIST_ENTRY.exec(line);
    if (m) rows.push([m[1], m[2]].map((c) => unmarkedWords(c)));
    else if (/^\s*(?:[-*+]|\d{1,2}[.)])\s/.test(line) || !rows.length) return;
    else rows[rows.length - 1][1] += ` ${line.trim()}`;
  }
  if (rows.length >= 2) regulatorLevelRows(rows, rf);
}
/**
 * Convention: a GCP, ISO or regulatory audit grades its findings on three levels, listed worst first, each in bold
 * before what it means ("- **Critical** — … Requires immediate escalation", "- **Major** — …", "- **Minor** — …
 * requires correction"; EMA/MHRA inspection grading, ISO 19011 nonconformities): minor is the scale's lowest grade,
 * low, not the medium a tracker's major / minor pair reads it as. Only the three, in that order, graded for compliance.
 */
const AUDIT_GRADE_ENTRY = /^\s*[-*+]\s+(?:\*\*|__)(critical|major|minor)(?:\*\*|__)\s*[—–:-]\s*\S/i;
export function scanAuditGradeList(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || rf.scheme.has('minor') || !/\bminor\b/i.test(md)) return;
  const grades: string[] = [];
  for (const line of md.split('\n')) {
    const m = AUDIT_GRADE_ENTRY.exec(line);
    if (m) grades.push(m[1].toLowerCase());
    else if (/^\s*[-*+]\s/.test(line)) return;
  }
  // (graded for compliance, "non-compliance", "product conformity": a release review's "Minor — cosmetic" stays medium)
  if (grades.join(' ') !== 'critical major minor' || !/\b(?:non-?)?(?:complian|conform)/i.test(md)) return;
  rf.scheme.set('critical', 'critical');
  rf.scheme.set('major', 'high');
  rf.scheme.set('minor', 'low');
}
/** the legend's rows, each its label ("Level 1", "Observation") and meaning, as plain text */
function regulatorLevelRows(body: string[][], rf: ReportFacts): void {
  const levels = body.map((r) => REGULATOR_LEVEL_ROW.exec(r[0] ?? ''));
  // (a count table, "| Level 1 | 1 |", keys nothing: the meaning is words)
  if (body.some((r, i) => !(levels[i] || REGULATOR_OBS_ROW.test(r[0] ?? '')) || !/\p{L}{3}/u.test(r[1] ?? ''))) return;
  if (!levels[0] || levels[0][1] !== '1' || !REGULATOR_LEVEL_ONE.test(body[0].slice(1).join(' '))) return;
  if (levels.some((m, i) => m && Number(m[1]) !== i + 1)) return;
  // (by its number, "| **Level** | 1 |", and by its name, as a count table's "| Level 1 | 1 |" row writes it; kept
  // until the whole legend is read, as a map the report gives for its tracker, "Level 2 = Medium", says otherwise)
  const found = (rf.regulatorLevels ??= new Map());
  for (const m of levels) for (const k of m ? [m[1], `level ${m[1]}`] : []) found.set(k, REGULATOR_LEVEL_SEV[Number(m![1]) - 1]);
  if (body.some((r) => REGULATOR_OBS_ROW.test(r[0] ?? ''))) for (const w of ['observation', 'observations']) found.set(w, 'info');
}
/** The regulator's levels of a table legend (regulatorLevelTable), where the report maps none of them otherwise. */
export function resolveRegulatorLevels(rf: ReportFacts): void {
  if (!rf.regulatorLevels || ['1', '2', 'level 1', 'level 2'].some((k) => rf.scheme.has(k))) return;
  for (const [k, sev] of rf.regulatorLevels) if (!rf.scheme.has(k)) rf.scheme.set(k, sev);
}

/**
 * Convention: a regulator's inspection graded by the timescale for action, as UK environmental health (food
 * hygiene), fire risk assessments and health-and-safety inspections grade their contraventions: "| Timescale |
 * Number of items |" over "| Immediate action | 5 |", "| Within 14 days | 4 |", "| Within 28 days | 3 |", "|
 * Advisory | 1 |" (or "| Timescale | Meaning |" as the key): the timescale is the report's severity scale, worst
 * first. Immediate action is critical, the windows that follow take the next levels by how long they allow (high,
 * medium, low), and the closing tier that asks for nothing ("Advisory", "Good practice") is informational. Read
 * only where every row is such a timescale, the windows grow, and the head names the timescale. Rows are the
 * table's cells, header first.
 */
const TIMESCALE_HEAD = /^(?:timescales?|time ?scales? for action|time ?frames?|action timescales?|time allowed|deadline|response time|urgency|action required)$/i;
const TIMESCALE_IMMEDIATE = /^(?:immediate(?:ly)?|urgent(?:ly)?)(?: action)?(?: required)?$/i;
const TIMESCALE_WINDOW = /^(?:within |by |in )?(\d{1,3}) (hours?|days?|working days?|weeks?|months?)$/i;
const TIMESCALE_NONE = /^(?:advisory|advice|good practice|recommendations?|for information|informational|observations?)$/i;
// (Convention: a fire door, tree or building fabric inspection's urgency key closing with the tier left to the next
// planned visit, "Routine — wear to pick up at the next planned visit": the longest window, still an action)
const TIMESCALE_ROUTINE = /^(?:routine|(?:at (?:the )?)?next (?:planned |scheduled |routine )?(?:visit|inspection|service|maintenance))$/i;
// (the worst category stops use until the defect is put right, "Do not use until rectified": immediate)
const TIMESCALE_STOP = /^do not use(?: until (?:rectified|repaired|made safe|put right))?$/i;
const TIMESCALE_VERB = /^(?:rectify|repair|remedy|resolve|correct|fix|action|complete|attend)\s+(?=within |by |in )/i;
const TIMESCALE_UNIT_HOURS: Record<string, number> = { hour: 1, day: 24, 'working day': 24, week: 168, month: 720 };
/** the hours a timescale allows, 0 immediate, Infinity for a tier that asks for nothing, or null */
export function timescaleHours(label: string): number | null {
  const w = unmarkedWords(label);
  if (TIMESCALE_IMMEDIATE.test(w) || TIMESCALE_STOP.test(w)) return 0;
  // ("Rectify within 7 days": the window led by the action it asks for)
  const v = w.replace(TIMESCALE_VERB, '');
  if (v !== w) return TIMESCALE_WINDOW.test(v) ? timescaleHours(v) : null;
  if (TIMESCALE_NONE.test(w)) return Infinity;
  if (TIMESCALE_ROUTINE.test(w)) return 24 * 365;
  const m = TIMESCALE_WINDOW.exec(w);
  return m ? Number(m[1]) * TIMESCALE_UNIT_HOURS[m[2].toLowerCase().replace(/s$/, '')] : null;
}
/** Each timescale of a scale, worst first, with its level; null when the labels are no such scale. */
export function timescaleLevels(labels: string[]): [string, Severity][] | null {
  const hours = labels.map(timescaleHours);
  if (hours.some((h) => h === null)) return null;
  const levels = hoursLevels(hours as number[]);
  return levels && labels.map((l, i) => [unmarkedWords(l).toLowerCase(), levels[i]]);
}
/** The levels of a scale's timescales in hours, worst first (0 immediate, Infinity none asked); null when no such scale. */
function hoursLevels(hours: number[]): Severity[] | null {
  if (hours.length < 3) return null;
  for (let i = 1; i < hours.length; i++) if (!(hours[i]! > hours[i - 1]!)) return null;
  const timed = hours.filter((h) => h !== Infinity).length;
  // (a scale opening with a window, not immediate action, starts below critical)
  const from = hours[0] === 0 ? 0 : 1;
  if (timed < 2 || from + timed > 4 || timed < hours.length - 1) return null;
  return hours.map((h, i) => (h === Infinity ? 'info' : LEVEL_ORDER[from + i]));
}
/**
 * Convention: the same timescales keyed as a list of bold entries, each with what it means, worst first ("**Key to
 * timescales**" over "- **Immediate action** — there is a risk to food safety now …", "- **Within 14 days / Within
 * 28 days** — a legal requirement …", "- **Advisory** — good practice"): one entry may name two windows set apart by a
 * slash. Read as timescaleTable reads the table.
 */
const TIMESCALE_ENTRY = /^\s*[-*+]\s+(?:\*\*|__)([^*_\n]{3,60}?)(?:\*\*|__)\s*[—–:-]\s+\S/;
export function scanTimescaleList(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !/\bimmediate|\bwithin\b/i.test(md)) return;
  const labels: string[] = [];
  for (const line of md.split('\n')) {
    const m = TIMESCALE_ENTRY.exec(line);
    if (m) labels.push(...m[1].split(/\s+\/\s+/));
    else if (/^\s*[-*+]\s/.test(line)) return;
  }
  const levels = timescaleLevels(labels);
  for (const [w, sev] of levels ?? []) if (!rf.scheme.has(w)) rf.scheme.set(w, sev);
}
// (Convention: an engineer's own action categories, each a short code glossed by its timescale, as gas, electrical,
// lift and ventilation inspections key their defects: "| Category | Number |" over "| DNU — Do not use until
// rectified | 4 |", "| R1 — Rectify within 7 days | 5 |", "| R2 — Rectify within 28 days | 3 |", "| ADV — Advisory |
// 2 |": the code takes the level its timescale gives, and so does the gloss)
const TIMESCALE_CODED_HEAD = /^(?:categor(?:y|ies)|cat\.?|codes?|class(?:es)?|classifications?)$/i;
const TIMESCALE_CODED_ROW = /^([A-Z][A-Z0-9]{0,4})\s*[—–:-]\s*(.{3,60}?)\.?$/;
// Convention: an inspection's urgency classes keyed by a bare code, each glossed by its name and the response it
// demands, as rail track, highway and building-defect inspections define them: "| Class | Meaning | Response |" over
// "| **IMM** | Immediate — unsafe | Make safe before the next train |", "| **7D** | Urgent | Rectify within 7 days |",
// "| **28D** | … | Rectify within 28 days |", "| **NP** | Next planned | At the next planned maintenance visit |",
// "| **OBS** | Observation | No defect raised; for information |": the response time ranks the classes worst first
// (immediate critical, the windows high then medium by length, the next planned visit low, the class that raises no
// defect info); the code, the class's name and its window spelt as summaries count it ("4 × 7-day") take that level
const RESPONSE_CODE = /^[A-Z0-9][A-Z0-9+]{0,4}$/;
const RESPONSE_WINDOW = /\b(?:within|in|inside)\s+(\d{1,3})\s+(hours?|days?|working days?|weeks?|months?)\b/i;
const RESPONSE_IMMEDIATE = /\b(?:immediately|without delay|at once|before (?:the )?(?:passage of the )?next train|(?:make|made) safe (?:before|on the day|at once))\b/i;
const RESPONSE_ROUTINE = /\b(?:next|following) (?:planned|scheduled|routine|programmed) (?:maintenance |inspection |patrol )?(?:visit|inspection|service|maintenance|patrol|examination|programme)\b/i;
const RESPONSE_NONE = /^(?:observations?|advisory|for information|info(?:rmation(?:al)?)?)\b|\b(?:no (?:\w+ )?defect raised|no (?:further )?action(?: required)?|for information only|recorded for information)\b/i;
const RESPONSE_INFO = /\b(?:observations?|no (?:\w+ )?defect raised|for information)\b/i;
/** the hours a class's name and response allow: 0 immediate, Infinity none asked, or null; with the window read */
function responseHours(name: string, response: string): [number, string | null] | null {
  const text = `${name}; ${response}`;
  // (a class named immediate or emergency is the worst, though its response gives hours to attend)
  if (/^(?:immediate(?:ly)?|emergency)\b/i.test(name)) return [0, null];
  const w = RESPONSE_WINDOW.exec(text);
  if (w) {
    const unit = w[2].toLowerCase().replace(/s$/, '');
    return [Number(w[1]) * TIMESCALE_UNIT_HOURS[unit], `${w[1]}-${unit}`];
  }
  if (RESPONSE_NONE.test(name) || RESPONSE_NONE.test(response)) return [Infinity, null];
  if (RESPONSE_ROUTINE.test(text)) return [24 * 365, null];
  return RESPONSE_IMMEDIATE.test(response) ? [0, null] : null;
}
function responseCodeRows(body: string[][], rf: ReportFacts): void {
  if (body.length < 3 || body.some((r) => r.length < 2)) return;
  const read = body.map((r) => responseHours(r[1], r.slice(2).join('; ')));
  if (read.some((h) => !h)) return;
  const levels = hoursLevels(read.map((h) => h![0]));
  if (!levels) return;
  body.forEach((r, i) => {
    // (the class that raises no defect is information; one that still advises an action is the lowest defect)
    const sev: Severity = levels[i] === 'info' && !RESPONSE_INFO.test(r.slice(1).join('; ')) ? 'low' : levels[i];
    const name = /^([\p{L}][\p{L} -]{1,30}?)\s*(?:[—–:;,.]|$)/u.exec(r[1])?.[1].trim().toLowerCase();
    for (const k of [r[0].toLowerCase(), name, read[i]![1]]) if (k && !rf.scheme.has(k)) rf.scheme.set(k, sev);
  });
}
export function timescaleTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rows.length > 8 || rows[0].length < 2 || rows[0].length > 3) return;
  const head = unmarked(rows[0][0] ?? '');
  const coded = TIMESCALE_CODED_HEAD.test(head);
  if (!coded && !TIMESCALE_HEAD.test(head)) return;
  // (the closing "| **Total** | **13** |" row names no timescale)
  const body = rows.slice(1).filter((r) => !/^\s*(?:\*\*|__)?total(?:\*\*|__)?\s*$/i.test(r[0] ?? ''));
  if (coded && body.every((r) => RESPONSE_CODE.test(unmarked(r[0] ?? '')))) {
    responseCodeRows(body.map((r) => r.map((c) => unmarkedWords(c))), rf);
    return;
  }
  if (coded) {
    const parts = body.map((r) => TIMESCALE_CODED_ROW.exec(unmarkedWords(r[0] ?? '')));
    if (parts.some((m) => !m)) return;
    const levels = timescaleLevels(parts.map((m) => m![2]));
    if (!levels) return;
    // (the closing advisory category is still a defect the engineer counts, the lowest, not mere information)
    levels.forEach(([w, lv], i) => {
      const sev: Severity = lv === 'info' ? 'low' : lv;
      for (const k of [parts[i]![1].toLowerCase(), w]) if (!rf.scheme.has(k)) rf.scheme.set(k, sev);
    });
    return;
  }
  const levels = timescaleLevels(body.map((r) => r[0] ?? ''));
  for (const [w, sev] of levels ?? []) if (!rf.scheme.has(w)) rf.scheme.set(w, sev);
}

/**
 * Convention: a traffic-light damage or condition rating tabled as its legend, worst first, as racking inspections
 * (SEMA's red / amber / green risk levels), asset condition surveys and site safety audits key their defects: "|
 * Rating | Meaning | Required action |" over "| **RED** — very serious damage | … | Offload immediately … |", "|
 * **AMBER** — hazardous damage | … | Repair within 4 weeks … |", "| **GREEN** — low risk | … | No action other than
 * to record and monitor |": the colour is the report's rating word, and the action it asks for is its severity —
 * a colour asking for immediate action is critical, the colours that give a window for the repair take the next
 * levels in turn (high, then medium), and the closing colour that asks only to record or monitor is low. Read only
 * where the rows are those colours in that order, each alone or glossed after a dash. Rows are the table's cells,
 * header first.
 */
// (Convention: the BRAG scale of UK public-sector and university risk frameworks puts a Black row above Red, "|
// **Black** | Active or trivially exploitable risk … | Immediate escalation … |": Black is the worst, Red next)
const RAG_TABLE_COLOUR = /^(black|red|amber|orange|yellow|green)(?:\s*[—–:-]\s*[\p{L}][\p{L} ,-]{0,40})?$/iu;
const RAG_ORDER = ['black', 'red', 'amber', 'orange', 'yellow', 'green'];
const RAG_IMMEDIATE = /\b(?:immediate(?:ly)?|urgent(?:ly)?|without delay|at once|offload)\b/i;
const RAG_WINDOW = /\b(?:within|in|inside)\s+(?:\d{1,3}|one|two|three|four|six|twelve)\s+(?:working\s+)?(?:hours?|days?|weeks?|months?)\b/i;
// (or, in an IT risk framework's key, the closing colour is low risk or hygiene left to routine upkeep: "Low risk;
// hygiene / good practice | Next planned maintenance window")
const RAG_NO_ACTION = /\b(?:no (?:further )?action|record and monitor|monitor(?:ing)? only|for information|low risk|good practice|hygiene|(?:next )?(?:planned |routine |scheduled )maintenance)\b/i;
export function ragLegendTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rows.length > 6 || rows[0].length < 2) return;
  const body = rows.slice(1).map((r) => r.map((c) => c.replace(/[*_`]/g, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim()));
  const colours = body.map((r) => RAG_TABLE_COLOUR.exec(r[0] ?? '')?.[1].toLowerCase());
  if (colours.some((c) => !c) || (colours[0] !== 'red' && !(colours[0] === 'black' && colours[1] === 'red')) || colours[colours.length - 1] !== 'green') return;
  for (let i = 1; i < colours.length; i++) if (RAG_ORDER.indexOf(colours[i]!) <= RAG_ORDER.indexOf(colours[i - 1]!)) return;
  const actions = body.map((r) => r.slice(1).join(' '));
  // (the last colour asks for nothing but a record; the ones above it for action, the first at once or in a window)
  if (!RAG_NO_ACTION.test(actions[actions.length - 1]) || !actions.slice(0, -1).every((a) => RAG_IMMEDIATE.test(a) || RAG_WINDOW.test(a))) return;
  let level = RAG_IMMEDIATE.test(actions[0]) ? 0 : 1;
  if (level + colours.length - 1 > 3) return;
  colours.forEach((c, i) => {
    const sev: Severity = i === colours.length - 1 ? 'low' : LEVEL_ORDER[level++];
    if (!rf.scheme.has(c!)) rf.scheme.set(c!, sev);
  });
}

/**
 * Convention: a home inspection report's rating labels (the ASHI / InterNACHI style of residential inspections),
 * tabled as its legend, worst first: "| Label | Meaning |" over "| **SAFETY HAZARD** | … |", "| **MAJOR DEFECT** |
 * … |", "| **REPAIR** |", "| **MAINTENANCE** |", "| **MONITOR** |" (also "Safety Concern", "Major Concern",
 * "Repair / Replace", "Deferred Maintenance", "Further Evaluation"): each item labelled so is rated by it — a
 * hazard critical, a major defect high, a repair medium, upkeep low, a watch item info.
 * Rows are the table's cells, header first.
 * (Convention: inspection software's tags, Spectora's and InterNACHI's, "| 🔴 **SAFETY HAZARD** |", "| 🟠 **REPAIR**
 * |", "| 🟡 **MONITOR** |", "| 🔵 **MAINTENANCE** |", "| ⚪ **FYI** |": a colour mark before each label, and a tag
 * for notes that report no defect below the watch item. The scale is read as its labels rank: with no major-defect
 * tier the hazard tops it at high; with an FYI tier under it the watch item is low, the FYI note informational.)
 */
const INSPECTION_RATINGS: [RegExp, Severity][] = [
  [/^safety (?:hazard|concern|issue|defect)s?$/, 'critical'],
  [/^major (?:defect|concern|repair|deficienc(?:y|ies))s?$/, 'high'],
  [/^(?:repairs?(?: needed| recommended)?|repair ?\/ ?replace|minor (?:defect|repair)s?|defects?|deficienc(?:y|ies))$/, 'medium'],
  [/^(?:(?:routine |deferred )?maintenance(?: items?)?|upkeep)$/, 'low'],
  [/^(?:monitor(?:ing)?|observations?|informational|further evaluation|evaluate)$/, 'info'],
];
/** "FYI", "For your information", "Informational", "Info": a tag for a note that reports no defect */
const INSPECTION_FYI = /^(?:fyi|for your information|info(?:rmation(?:al)?)?)$/;
export function inspectionRatingTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rows.length > 9 || rows[0].length < 2 || rows[0].length > 3) return;
  const rated: [string, Severity][] = [];
  for (const r of rows.slice(1)) {
    const w = unmarkedWords((r[0] ?? '').replace(EMOJI_RE, ' ')).toLowerCase();
    const sev = INSPECTION_FYI.test(w) ? 'info' : INSPECTION_RATINGS.find(([re]) => re.test(w))?.[1];
    if (!sev) return;
    rated.push([w, sev]);
  }
  if (!rated.some(([, s]) => s === 'critical' || s === 'high')) return;
  const major = rated.some(([, s]) => s === 'high');
  const fyi = rated.some(([w]) => INSPECTION_FYI.test(w));
  for (const [w, sev0] of rated) {
    const sev = sev0 === 'critical' && !major ? 'high' : sev0 === 'info' && fyi && !INSPECTION_FYI.test(w) ? 'low' : sev0;
    if (!rf.scheme.has(w)) rf.scheme.set(w, sev);
  }
}

/**
 * Convention: a building survey's condition ratings tabled as its legend, as the RICS Home Survey Standard keys them
 * (and asset condition surveys number their grades): "| Rating | Meaning |" over "| **3** | Defects that are serious
 * and/or need to be repaired, replaced or investigated urgently. |", "| **2** | Defects that need repairing or
 * replacing but are not … serious or urgent. |", "| **1** | No repair is currently needed. |", "| **NI** | Not
 * inspected |": numbered levels, one end said to be serious or urgent and the other to need no repair. The worst is
 * high, the levels after it medium then low, and the level that needs nothing informational; a not-inspected row
 * rates nothing. Rows are the table's cells, header first.
 */
const CONDITION_TABLE_HEAD = /^(?:condition\s+)?(?:rating|grade|score|condition)s?$/i;
const CONDITION_NOT_INSPECTED = /^(?:NI|N\/I|NA|N\/A|not inspected)$/i;
const CONDITION_WORST = /\b(?:serious|urgent(?:ly)?|immediate(?:ly)?|danger(?:ous)?|unsafe)\b/i;
const CONDITION_NONE = /\bno (?:repairs?|action|work|defects?)\b(?: (?:is|are))?(?: (?:currently|presently|at present))? (?:needed|required|necessary)\b|\bno (?:repair|action|work) (?:is )?needed\b/i;
export function conditionRatingTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 4 || rows.length > 8 || rows[0].length < 2 || rows[0].length > 3 || !CONDITION_TABLE_HEAD.test(unmarked(rows[0][0] ?? ''))) return;
  const levels: [number, string][] = [];
  const notInspected: string[] = [];
  for (const r of rows.slice(1)) {
    const code = unmarked(r[0] ?? '');
    if (CONDITION_NOT_INSPECTED.test(code)) {
      notInspected.push(code.toLowerCase());
      continue;
    }
    if (!/^[0-5]$/.test(code)) return;
    levels.push([Number(code), r.slice(1).join(' ')]);
  }
  if (levels.length < 3 || levels.length > 5) return;
  levels.sort((a, b) => a[0] - b[0]);
  if (levels.some(([n], i) => i > 0 && n !== levels[i - 1][0] + 1)) return;
  const lo = levels[0][1];
  const hi = levels[levels.length - 1][1];
  // (which end is the worst: the one said to be serious or urgent, the other needing no repair)
  const highWorst = CONDITION_WORST.test(hi) && CONDITION_NONE.test(lo) && !CONDITION_NONE.test(hi);
  const lowWorst = CONDITION_WORST.test(lo) && CONDITION_NONE.test(hi) && !CONDITION_NONE.test(lo);
  if (highWorst === lowWorst) return;
  const worstFirst = highWorst ? [...levels].reverse() : levels;
  const ranks: Severity[] = ['high', 'medium', 'low'];
  // (the summary counts the elements by the rating's full name, "| Condition rating 3 | 3 |", "| Not inspected | 1 |")
  const head = unmarked(rows[0][0] ?? '').toLowerCase();
  const named = /^condition\s/.test(head) ? head.replace(/s$/, '') : 'condition rating';
  worstFirst.forEach(([n], i) => {
    const sev: Severity = i === worstFirst.length - 1 ? 'info' : ranks[i];
    for (const key of [String(n), `${named} ${n}`]) if (!rf.scheme.has(key)) rf.scheme.set(key, sev);
  });
  for (const code of [...notInspected, 'not inspected']) if (!rf.scheme.has(code)) (rf.unratedCodes ??= new Set()).add(code);
}

/**
 * Convention: a board export's label legend (Trello, GitHub Projects, Jira boards): "| Colour | Label | Meaning |"
 * over "| 🔴 red | Sev 1 – Blocker | crash, data loss … |" … "| 🟣 purple | release-blocker | … |": the labels of a
 * severity scale ("Sev 1", "S2", "P3", "Severity: 4", each with its name) are the report's scale, so a card's
 * "**Labels:** `Sev 1 – Blocker` `Android`" is rated by its label; the other labels rate nothing. The rows are
 * the legend's entries, never findings (tableMentions skips them).
 */
const BOARD_LABEL_HEAD = /^labels?$/;
const BOARD_LABEL_OTHER_HEAD = /^(?:colou?rs?|meaning|description|used for|purpose|when to use|use)$/;
const BOARD_SCALE_LABEL = /^(?:sev(?:erity)?|prio(?:rity)?|[sp])[\s:-]*[0-5](?![\p{L}\p{N}])/iu;
/** the label a legend's cell names, without code marks, emoji and spaces to spare */
export function boardLabelWord(cell: string): string {
  return cell.replace(/[`*_]/g, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
}
/** The label column of a board's label legend, or -1 (header cells in lower case). */
export function boardLabelColumn(header: string[], body: string[][]): number {
  if (header.length < 2 || header.length > 4 || body.length < 2 || body.length > 20) return -1;
  const col = header.findIndex((h) => BOARD_LABEL_HEAD.test(unmarked(h)));
  if (col < 0 || !header.some((h, i) => i !== col && BOARD_LABEL_OTHER_HEAD.test(unmarked(h)))) return -1;
  const scale = body.filter((r) => BOARD_SCALE_LABEL.test(boardLabelWord(r[col] ?? '')) && severityFromValue(boardLabelWord(r[col] ?? '')));
  return scale.length >= 2 ? col : -1;
}
export function boardLabelLegend(rows: string[][], rf: ReportFacts): void {
  if (!rows[0]?.some((h) => /label/i.test(h))) return;
  const header = rows[0].map((h) => h.toLowerCase());
  const col = boardLabelColumn(header, rows.slice(1));
  if (col < 0) return;
  for (const r of rows.slice(1)) {
    const w = boardLabelWord(r[col] ?? '');
    const sev = BOARD_SCALE_LABEL.test(w) ? severityFromValue(w) : null;
    if (sev && !rf.scheme.has(w.toLowerCase())) rf.scheme.set(w.toLowerCase(), sev);
  }
}

/**
 * Convention: a code review's label legend that ties the team's review labels to its priority scale, as review
 * guides do ("| Label | Priority | Meaning |" over "| **must fix** | P1 | Correctness issue. Blocks merge. |" …
 * "| **nit** | P4 | Cosmetic. |"): each label is rated as the priority beside it, so a finding tagged "`must fix`"
 * (or a summary row's "must fix") takes P1's level, and a label whose meaning gates the merge gates its level.
 * Read only where every row pairs a short word label with a priority or level the usual scales know, worst first.
 * Rows are the table's cells, header first.
 */
const LABEL_PRIORITY_LABEL_HEAD = /^(?:review )?(?:labels?|tags?|prefix(?:es)?|markers?|comment (?:labels?|types?|prefix(?:es)?)|conventional comments?)$/i;
const LABEL_PRIORITY_LEVEL_HEAD = /^(?:priority|prio|severity|sev|level|maps? to|equivalent|rank)$/i;
const LABEL_PRIORITY_WORD = /^[\p{L}][\p{L}' -]{1,24}$/u;
export function labelPriorityTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 3 || rows.length > 8 || rows[0].length < 2 || rows[0].length > 4) return;
  const head = rows[0].map((h) => unmarked(h));
  const labelCol = head.findIndex((h) => LABEL_PRIORITY_LABEL_HEAD.test(h));
  const levelCol = head.findIndex((h) => LABEL_PRIORITY_LEVEL_HEAD.test(h));
  if (labelCol < 0 || levelCol < 0) return;
  const found: [string, Severity, string][] = [];
  for (const r of rows.slice(1)) {
    const label = unmarkedWords(r[labelCol] ?? '').toLowerCase();
    const sev = severityFromValue(unmarked(r[levelCol] ?? ''));
    // (a label that is itself a level word, "| High | P1 |", is the usual scale's, no team label)
    if (!sev || !LABEL_PRIORITY_WORD.test(label) || severityFromValue(label)) return;
    found.push([label, sev, r.filter((_, i) => i !== labelCol && i !== levelCol).join(' — ')]);
  }
  for (let i = 1; i < found.length; i++) if (LEVEL_ORDER.indexOf(found[i][1]) < LEVEL_ORDER.indexOf(found[i - 1][1])) return;
  for (const [label, sev, meaning] of found) {
    if (!rf.scheme.has(label)) rf.scheme.set(label, sev);
    if (!NOT_BLOCK_WORD.test(meaning) && GATE_STATEMENT.test(meaning)) rf.gate.add(sev);
  }
}

/**
 * Convention: a PR review's legend of its Conventional Comments labels tabled, "| Label | Meaning |" over "| 🔴
 * **blocking** | Must be addressed before this merges. |", "| 🟡 **nit** | Non-blocking. Style / polish. |", "| 🔵
 * **question** | I want to understand the choice. |" (each label often after its colour mark), and no level column
 * (labelPriorityTable reads one): the labels are the review's scale. A blocking comment holds the merge and is the
 * review's top level, high (as reviews that table the label with a level rate it, "| `blocking` | … | High |"); a
 * label its meaning calls non-blocking is low, what the convention's "non-blocking" is; a nit or suggestion not
 * so called is informational, and a question, which asks, is informational too. The blocking label's meaning
 * gates its level; a meaning that denies it ("Non-blocking", "Not blocking unless …") holds its level to no gate.
 * Read only where every row is one such label, "blocking" among them. Rows are the table's cells, header first.
 */
const COMMENT_LABEL_CELL = /^\s*(?:(?:\p{Extended_Pictographic}\uFE0F?\s*){1,2})?(?:\*\*|__|`)?(blocking|non-blocking|nit|nitpick|suggestion|question|thought|praise|issue|polish|chore|note|todo|typo)(?:\*\*|__|`)?\s*$/iu;
const COMMENT_LABEL_TABLE_HEAD = /^(?:review )?(?:labels?|tags?|prefix(?:es)?|markers?|kinds?|types?|comment (?:labels?|types?|kinds?))$/i;
export function commentLabelTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 3 || rows.length > 8 || rows[0].length !== 2 || !COMMENT_LABEL_TABLE_HEAD.test(unmarked(rows[0][0]))) return;
  const found: [string, string][] = [];
  for (const r of rows.slice(1)) {
    const m = COMMENT_LABEL_CELL.exec(r[0] ?? '');
    if (!m) return;
    found.push([m[1].toLowerCase(), plainInline(r[1] ?? '').replace(/\s+/g, ' ').trim()]);
  }
  if (!found.some(([l]) => l === 'blocking')) return;
  for (const [label, meaning] of found) {
    const denied = NOT_BLOCK_WORD.test(meaning);
    const sev: Severity | null = label === 'blocking' ? 'high' : label === 'praise' ? null : label === 'non-blocking' || (denied && /^\W*non[- ]?blocking\b/i.test(meaning) && label !== 'question') ? 'low' : 'info';
    if (!sev) continue;
    if (!rf.scheme.has(label)) rf.scheme.set(label, sev);
    if (label === 'blocking' && !denied) rf.gate.add(sev);
    else if (denied && sev !== 'high') (rf.gateDenied ??= new Set()).add(sev);
  }
}

/**
 * Convention: a tracker label the report says gates a release: "Issues labelled `launch-blocker` have to be
 * Done before EU signups open", "Anything tagged `release-blocker` must be fixed before we ship". A record
 * carrying the label blocks deployment; where the report gates by a label, a record without it does not.
 */
export function scanBlockLabel(line: string, rf: ReportFacts): void {
  if (line.length > 400) return;
  const m = /\b(?:anything|everything|items?|findings?|issues?|bugs?|tickets?|records?)\s+(?:tagged|marked|flagged|labell?ed)\s+(?:with\s+)?(?:the\s+)?(?:label\s+)?`([^`\n]{2,40})`\s+(.+)$/iu.exec(line);
  if (!m || NOT_BLOCK_WORD.test(m[2])) return;
  if (!GATE_STATEMENT.test(m[2]) && !/\b(?:must|ha(?:s|ve) to|needs? to)\s+be\s+(?:done|fixed|closed|resolved|merged|shipped)\s+before\b/i.test(m[2])) return;
  (rf.blockLabels ??= new Set()).add(m[1].trim());
}

/**
 * Convention: a table that explains the report's scoped priority labels ("| `prio/urgent` | security or data
 * loss; **blocks every release** until fixed |", "| `prio/normal` | fix when someone has time |"): the
 * labels' bare words count findings in its prose ("1 urgent, 2 normal"), and a label whose meaning says it
 * gates the release gates its severity.
 */
const OWN_LEVEL_WORD = /^(?:\*\*|__|`)?([\p{L}][\p{L}-]{1,20})(?:\*\*|__|`)?$/u;
// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const NOT_WORD_CHAR_G = /[^\p{L}\p{N}\s-]/gu;
/**
 * Convention: a summary table of the report's levels with a column that answers whether each gates shipping,
 * "| Priority | Count | Blocks merge? |" over "| 🔴 Critical | 3 | Yes |" and "| 🟡 Medium | 2 | No |": a level
 * answered yes blocks, one answered no does not (an answer that is neither, "Recommended", says nothing).
 * The gate column is the one a findings table's reader knows too (GATE_COLUMN_HEADER and gateColumnCell in vocab).
 */
export function gateColumnTable(rows: string[][], rf: ReportFacts): void {
  if (rows.length < 2 || rows.length > 8) return;
  const col = rows[0].findIndex((h) => GATE_COLUMN_HEADER.test(h));
  if (col <= 0) return;
  for (const r of rows.slice(1)) {
    const level = r[0]?.replace(NOT_WORD_CHAR_G, '').trim() ?? '';
    const sev = rf.scheme.get(level.toLowerCase()) ?? severityFromValue(level);
    const answer = r[col] === undefined ? null : gateColumnCell(r[col]);
    if (!sev || answer === null) continue;
    if (answer) rf.gate.add(sev);
    else (rf.gateDenied ??= new Set()).add(sev);
  }
}

export function labelLegendRow(cells: string[], rf: ReportFacts): void {
  const label = cells[0] ? scopedLabel(cells[0]) : null;
  if (!label) return;
  if (!rf.scheme.has(label.word)) rf.scheme.set(label.word, label.sev);
  // Convention: a numbered label beside the team's own word for it ("| `severity::1` | urgent | blocks every
  // release |", "| `severity::3` | normal | backlog |"): that word counts findings in its prose too ("1 urgent, 2 normal")
  const own = /^\d$/.test(label.word) && cells[1] ? OWN_LEVEL_WORD.exec(cells[1].trim()) : null;
  if (own && !rf.scheme.has(own[1].toLowerCase())) rf.scheme.set(own[1].toLowerCase(), label.sev);
  // (Convention: a label legend's deadline column, "| ~"severity::2" | High | before GA |": each cell its own
  // clause, so the cells are joined as a legend entry's parts, "High — before GA")
  const meaning = cells.slice(1).join(' — ');
  if (!NOT_BLOCK_WORD.test(meaning) && (GATE_STATEMENT.test(meaning) || /\bblocks? (?:every|all|each|any) (?:releases?|deploy\w*|launch\w*)\b/i.test(meaning))) rf.gate.add(label.sev);
}

/**
 * A statement that some findings must be fixed before the software ships (and a supervisor's "will not
 * approve the launch while any Priority 1 finding remains open"; a stage-gate review's "Every High risk
 * needs a mitigation plan accepted by the ARB before gate G3").
 * (Afrikaans: "Kritiek — keer vrystelling" it stops the release, "blokkeer die indiening"; Malay: "Menghalang
 * penamatan" it blocks the decommissioning, "mesti diselesaikan sebelum pelancaran" must be resolved before the launch;
 * Portuguese: "Bloqueante — impede o merge e o deploy em produção" it prevents the merge; Italian: "Critica — …
 * Blocca il rilascio.", "I due rilievi critici bloccano il rilascio in produzione", they block the release; "va
 * risolto prima di pubblicare la versione", to be fixed before publishing it)
 * ("Blocks the v3.0 canary rollout": a canary or staged rollout is the release's first step, blocked as well)
 * Convention: the shipping step named by the change itself, "must be resolved before this is applied to
 * production", "fixed before it goes to prod", "resolved before this is merged": a review of one change
 * (a PR, a plan) says "this" for what ships.
 * Convention: the release named by its version, "Must be resolved before `v2.0.0` is tagged", "fixed before 3.1
 * is released"; an app's store submission, "must be fixed before store submission"; and a level named for
 * the step it blocks, "**MUST** — launch-blocking", "deploy-blocking".
 * Convention: a playbook's or pipeline's run against production is its release, named with the day it is set for,
 * "**MUST** — blocks the 24 March production run", "blocks the prod run": the level blocks it.
 * Convention: a severity legend's entry that calls its level a blocker of the step it holds, "**Kritisch** – …;
 * Go-Live-Blocker", "Critical — launch blocker": the level blocks the release, as "release blocker" does.
 * Convention: a legend entry that forbids shipping while a finding of its level is there, "**Critical**: …
 * Don't ship the pilot with it.", "never deploy with one open": the level blocks the release.
 * Convention: a gate whose step is said of the thing that ships, "must be resolved before the contracts are
 * deployed to mainnet", "fixed before the PR is merged": the words between the gate and its step name
 * what is deployed, merged or released
 * Convention: a summary that names a level's findings blockers as a class, "The two criticals are blockers",
 * "All high findings are blockers": the level blocks the release (the plural of the level, "criticals", too).
 * Convention: a severity legend that gates a level in the report's own language, Turkish "Kritik | … Düzelmeden
 * birleştirilemez." (it cannot be merged unfixed), Polish "**wysokie** (wymaga działań przed wdrożeniem)" (it needs
 * action before the deployment), Indonesian "… tidak boleh go-live sebelum seluruh temuan … ditutup" (no go-live
 * before they are closed): the level blocks the release
 * (Korean: "배포 불가", "오픈 불가" no release, no opening of the service; "즉시 (오픈 전 필수)", "출시 전 반드시
 *조치" required before the opening / launch, as a legend's deadline column or a closing opinion says it)
 * (Slovenian: a legend's "Kritično | … | Takojšnja odprava, blokira objavo", it blocks the publication; "blokirajo
 * izdajo", they block the release)
 * Convention: a building or fit-out job ships at its handover, "practical completion" in British contracts: a snag
 * or punch list says an item "must be fixed before handover" or "holds up practical completion", as software
 * says it of the release
 */
const GATE_STATEMENT_EN_ETC = oneSidedBounds(
  /\b(?:(?:fix(?:ed)?|address(?:ed)?|resolve[ds]?|must(?: be)?|need(?:s|ed)? to be|has to be|have to be|to be)\b[^.]{0,30}?\b(?:before|prior to)\s+(?:(?:we|anyone|someone|you)\s+(?:press(?:es)?\s+|hits?\s+|clicks?\s+)?["“]?|any\s+|the\s+(?:next\s+)?|next\s+)?(?:deploy\w*|releas\w*|launch\w*|mainnet|production|prod\b|go[- ]live|merg\w*|ship\w*|hand-?over\b|practical completion\b|fab(?:rication)?\b|tape-?out\b|(?:(?:app\s+)?store\s+|app\s+review\s+)?submission|re-?submi\w*|tag(?:ging)?\b|(?:this|it)\s+(?:is|gets|goes)\s+(?:(?:applied|deployed|rolled out|promoted|pushed)\s+)?(?:to|into)\s+prod(?:uction)?\b|(?:this|it)\s+(?:is|gets)\s+(?:merged|deployed|released|shipped|applied)\b|(?:the|our|these|this)\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:is|are|gets?|goes|go)\s+(?:merged|deployed|released|shipped|launched|rolled out)\b|`?v?\d+(?:\.\d+)+`?\s+(?:is|gets)\s+(?:tagged|released|published|shipped|cut)\b)|(?:release|go[- ]live|launch|cutover)[- ]blockers?|(?<!\bnot |\bnon-)(?:release|merge|launch|deploy(?:ment)?|go[- ]live|ship)[- ]blocking\b|deploy(?:ment)?[- ]blockers?|\b(?:needs?|requires?|must)\b[^.;]{0,80}?\bbefore\s+(?:the\s+)?(?:(?:release|launch|go[- ]live|quality|stage|phase|exit)\s+)?gate\b|impiden? (?:publicar|lanzar|desplegar|el lanzamiento|la publicación|el despliegue|el paso a producción)|impedem? (?:o |a )?(?:merge|deploy|lançamento|publicação|liberação|go-live|release|entrada em produção)|empêchent? (?:la |le )?(?:publication|mise en production|livraison|déploiement|lancement)|impedisc(?:e|ono) (?:il |la )?(?:rilascio|pubblicazione|messa in produzione)|(?<![\p{L}])blocc(?:a|ano|herà|heranno) (?:il |la )?(?:rilascio|pubblicazione|messa in produzione|go-live)|(?:ship|show)[- ]?stoppers?|(?:blocks?|holds?(?: up| back)?) (?:the |this |our |next |[\p{L}]+'s )?(?:v?\d+(?:\.\d+)+\s+|[A-Z]{2,4}\s+|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} )?(?:(?:store|app|public|production|prod|beta|ga|mobile|web|major|minor|canary|staged|phased|gerber|fab|\p{L}+-\p{L}+)\s+)?(?:release|(?<=(?:production|prod) )run\b|deploy\w*|launch|merge|rc\d*\b|release candidate|tagging|the tag\b|publishing|upgrade|apply|cutover|rollout|go[- ]live|(?:phase |stage |gate )?exit\b|sign-?off|ga\b|(?:re-?)?submission|hand-?over\b|practical completion\b)|stops? the release|(?:don't|do not|never|must not|mustn't|cannot|can't|should not|shouldn't)\s+(?:ship|release|deploy|launch|merge|go live)(?:\s+(?:the|this|our|a)\s+[\w.-]+(?:\s+[\w.-]+)?)?\s+(?:with\s+(?:it|this|them|these|one|any)\b|until\s+(?:both|all|the|these|those|they|it|each|every)\b)|(?<![\p{L}])bloque(?:gen|ja|gi) (?:l'|la |el )?(?:obertura|publicaci[óo]|llan[çc]ament|posada en producci[óo]|desplegament|versi[óo])|blocks? promot\w*\b(?:[^.]|\.(?=\d)){0,40}?\bto (?:prod\w*|production|live|release)\b|(?:deploy\w*|releas\w*|launch\w*|go[- ]live)(?:\s+[\p{L}\d.-]+){0,3}\s+waits?\s+(?:for|until)\b|prima del(?:la)? (?:pubblicazione|rilascio|release|messa in produzione|go-live)|prima di (?:pubblicare|rilasciare|andare in produzione|mettere in produzione)|avant (?:la |le )?(?:mise en production|publication|livraison|release|lancement)|vor (?:dem |der )?(?:release|go-live|livegang|veröffentlichung|produktivsetzung)|antes del? (?:lanzamiento|despliegue|paso a producción|publicación|release)|antes do (?:lançamento|deploy|go-live)|blokkeer\w* (?:de |het )?(?:release|livegang|productie|uitrol|merge)|(?<![\p{L}])(?:keer|blokkeer)\p{L}* (?:die )?(?:vrystelling|indiening|uitrol|ontplooiing|bekendstelling)(?![\p{L}])|(?<![\p{L}])(?:menghalang|menyekat) (?:penamatan|pelancaran|keluaran|pelepasan|go-live)(?![\p{L}])|(?<![\p{L}])(?:mesti|perlu|wajib) (?:diselesaikan|dibaiki|ditutup)(?:[^.]{0,40}?) sebelum (?:pelancaran|keluaran|penamatan|pelepasan|go-live)(?![\p{L}])|voordat (?:dit|het|we) (?:naar productie|live)|pas in productie\b[^.]{0,60}\bnadat|(?:opgelost|verholpen) (?:voor|vóór) (?:de )?(?:livegang|productie|release)|(?<=[—–]\s{1,3})before\s+(?:the\s+)?(?:ga|release|launch|go[- ]live|production|deploy\w*)\b|est(?:ää|ävät) (?:käyttöönoton|julkaisun)|(?:mora\p{L}*|treba\p{L}*|potrebno|otklon\p{L}*|ispravi\p{L}*|riješi\p{L}*)\s[^.]{0,60}?prije (?:puštanja u rad|objave|izdavanja|isporuke|odlaska u produkciju)|uvjetuj\p{L}* puštanje|blokira\p{L}* (?:puštanje|izdavanje|objavu|isporuku)|(?<![\p{L}])blokira(?:jo|ta)? (?:objavo|izdajo|uvedbo|predajo)(?![\p{L}]))|(?<![\p{L}])(?:배포|릴리스|출시|오픈|운영 반영)(?:\([^)\n]{1,20}\))?(?:를|을)?\s*(?:승인하지\s*않|불가|금지|차단)|(?<![\p{L}])(?:배포|릴리스|출시|오픈|운영 반영) 전\s?(?:필수|반드시)|(?:上线|发布|部署|投产|上線|リリース)(?:之)?前(?:必须|必需|须|需|应|務必)?(?:修复|整改|解决|完成|修正|対応)|(?<!不)阻断(?:上线|发布|部署|投产)|\b(?:will|would|shall|does|do|can)(?: not|n't)\s+(?:approve|authori[sz]e|sign[- ]?off|permit|allow|release|launch|deploy)\b[^.]{0,200}?\bwhile\s+any\b[^.]{0,60}?\b(?:remains?|is|stays?)\s+(?:open|unresolved|outstanding)\b|\bno\b[^.]{0,60}?\b(?:may|can|shall|must|should)\s+(?:remain|be left|stay)\s+open\s+(?:when|before|once|as)\b[^.]{0,60}?\b(?:ships?|shipped|release[sd]?|launch\w*|deploy\w*|go(?:es)? live|goes? out)\b|\bare\s+(?:all\s+|both\s+)?(?:hard\s+)?blockers\b|(?<![\p{L}])(?:birleştirilemez|yayınlanamaz|canlıya (?:alınamaz|çıkamaz|çıkılamaz))(?![\p{L}])|(?<![\p{L}])(?:wymaga\p{L}*|musi\p{L}*|należy|trzeba) [^.]{0,40}?przed (?:wdrożeniem|wydaniem|uruchomieniem|publikacją)(?![\p{L}])|(?<![\p{L}])tidak (?:boleh|dapat|bisa) (?:go-live|rilis|dirilis|diluncurkan|dipublikasikan) [^.]{0,20}?sebelum(?![\p{L}])/iu,
);
/**
 * (Vietnamese: "Chặn go-live." blocks the go-live, "phải sửa trước khi phát hành" must be fixed before the
 * release; Greek: "πάγωμα κάθε ανάπτυξης … μέχρι να επιλυθεί" a freeze of every deployment until it is
 * resolved, "μπλοκάρει την κυκλοφορία" blocks the release, "πριν από την ανάπτυξη" before deploying)
 */
const GATE_STATEMENT_WIDE = [
  String.raw`(?<![\p{L}])chặn (?:go-live|phát hành|triển khai|nghiệm thu|ký nghiệm thu)`,
  String.raw`(?<![\p{L}])(?:phải|cần) (?:được )?(?:sửa|khắc phục|xử lý)(?:[^.]{0,40}?) trước khi (?:go-live|phát hành|triển khai|nghiệm thu|ký)`,
  greekLoose(String.raw`(?<![\p{L}])παγωμα (?:καθε |ολων των |των )?αναπτυξ`),
  greekLoose(String.raw`(?<![\p{L}])μπλοκαρ\p{L}* (?:την |τισ |το )?(?:αναπτυξ|κυκλοφορ|εκδοσ|παραγωγ)`),
  greekLoose(String.raw`(?<![\p{L}])(?:διορθ|επιλυ|αντιμετωπ)\p{L}*(?:[^.]{0,40}?) πριν (?:απο )?(?:την |τισ |το )?(?:αναπτυξ|κυκλοφορ|εκδοσ|παραγωγ)`),
  // (Japanese: "1件でも残っている場合はリリース不可" release is not allowed while one remains; "出荷不可")
  String.raw`(?:リリース|出荷|本番反映|公開)(?:は)?不可`,
  // (Russian: "блокирует выкатку / релиз", "Выкатку блокирует только P1": it blocks the rollout, the release)
  String.raw`(?<![\p{L}])блокиру\p{L}* (?:выкатк|релиз|запуск|выпуск|развёртыван|развертыван|деплой)\p{L}*`,
  String.raw`(?<![\p{L}])(?:выкатк|релиз|запуск|выпуск|деплой)\p{L}* блокиру\p{L}*`,
].join('|');
const GATE_STATEMENT_WIDE_RE = new RegExp(GATE_STATEMENT_WIDE, 'iu');
// (two expressions, the second tried only on lines outside ASCII: one joined expression costs every line
// more than twice as much)
/**
 * a word GATE_STATEMENT_EN_ETC needs in one of its branches, or a character a branch outside ASCII needs
 * ("empêche", "estää", "배포", "上线", "リリース", "阻断"), or one that matches an ASCII letter under the `iu`
 * flags (ſ for s, the Kelvin sign for k): a cheap test first
 */
// (the words and the letters in two expressions, the same flags: a class of letters outside ASCII among the
// words costs V8's search over a line more than the two tests do)
const GATE_HINT_WORDS = /(?:n't|not) (?:ship|release|deploy|launch|merge)|birleştiril|yayınlan|canlıya|przed|before|prior to|gate|with (?:it|th|one|any)|impide|impede|impedisc|blocc|stopper|block|hold|stops? the release|bloque|wait|prima d|avant|vor |antes|blokkeer|keer|menghalang|menyekat|sebelum|voordat|productie|opgelost|verholpen|prije|uvjetuj|blokira|while|open/i;
const GATE_HINT_LETTERS = /[\u017F\u212AêÊäÄ배릴출운오上发部投リ阻]/i;
const GATE_HINT = { test: (line: string): boolean => GATE_HINT_WORDS.test(line) || GATE_HINT_LETTERS.test(line) };
/** a letter every branch of GATE_STATEMENT_WIDE needs: Greek, Cyrillic, Vietnamese (ặ, ả, ầ) or Han (不) */
const GATE_WIDE_HINT = /[\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u4E00-\u9FFF]/;
/**
 * One piece of each branch of GATE_STATEMENT_EN_ETC, under the same flags, so a line the expression matches
 * holds one of them, and a line without any is let go before the dear expression runs. Branch by branch: "before"
 * or "prior to" after the verbs of fixing; "blocker", "blocking", "impide", "impede", "empêche", "impedisc",
 * "blocc", "stopper", "bloque", "blokkeer", "keer", "menghalang", "menyekat", "sebelum", "voordat", "pas in
 * productie", "opgelost", "verholpen", "estä", "prije ", "uvjetuj", "blokira" in theirs; "block " or "hold " (with
 * an "s") before the step held, "blocks promot…"; "the release" after "stop"; the denial and the verb, "not ship",
 * "n't release", "never deploy"; "wait(s) for / until"; "prima d", "avant ", "vor ", "antes d"; "while" before
 * "any … remains open"; "remain / be left / stay open"; "blockers" after "are"; the Turkish, Polish ("przed "),
 * Korean, Chinese and Japanese ("前", "阻断") words.
 */
const GATE_EN_PIECE = /before|prior to|blocker|blocking|impide|impede|empêche|impedisc|blocc|stopper|(?:block|hold)s? |the release|(?:n't|not|never)\s+(?:ship|release|deploy|launch|merge|go live)|bloque|blocks? promot|waits?\s+(?:for|until)|prima d|avant |vor |antes d|blokkeer|keer|menghalang|menyekat|sebelum|voordat |pas in productie|opgelost|verholpen|estä|prije |uvjetuj|blokira|while|(?:remain|be left|stay)\s+open|birleştirilemez|yayınlanamaz|canlıya|przed |배포|릴리스|출시|오픈|운영 반영|前|阻断/iu;
/** GATE_STATEMENT_EN_ETC.test, only its branches whose words the line holds run (prefilter.ts) */
const gateStatementEn = literalGate(GATE_STATEMENT_EN_ETC);
function statesGateUncached(line: string): boolean {
  return (GATE_HINT.test(line) && GATE_EN_PIECE.test(line) && gateStatementEn(line)) || (GATE_WIDE_HINT.test(line) && GATE_STATEMENT_WIDE_RE.test(line));
}
// (the last line's answer kept: scanGate tests a line that states a gate again as its one part and its one piece,
// and GATE_STATEMENT_EN_ETC is the dearest expression a line meets)
let gateLine: string | undefined;
let gateLineStates = false;
const GATE_STATEMENT = {
  test: (line: string): boolean => {
    if (line !== gateLine) {
      gateLineStates = statesGateUncached(line);
      gateLine = line;
    }
    return gateLineStates;
  },
};
/** whether a line (a legend's cell) states that something must be fixed before shipping */
export function statesGate(line: string): boolean {
  return line.length <= 500 && GATE_STATEMENT.test(line);
}
const GATE_SEVERITY = /(?<![\p{L}\p{N}])(?:((?:P[0-4]|S[1-4]|Sev-?[0-5]|Severity[- ][0-5]|Priority\s[0-5])(?=s?(?![\p{L}\p{N}])))|(criticals?|crits?|blockers?|showstoppers?|highs?|major|mediums?|moderate|minor|lows?|critic[oaie]|alt[oaie]|cr[ií]tiques|altes|kritisch\w*|hoh\w*|critiques?|élevée?s?|cr[ií]tic[oa]s?|alt[oa]s?|kritieke?|hoog|hoge|bloqueantes?|bloquante?s?|bloccant[ei]|graves?|gravi|majeure?s?|kriittise[tn]|kriittinen|korkeat|korkea|kritičn\p{L}*|visok\p{L}*|긴급|높음|상|중간|중|낮음|하|nghiêm trọng|cao|trung bình|thấp|κρ[ιί]σ[ιί]μ\p{L}*|[υύ]ψηλ\p{L}*|μεσα[ιί]\p{L}*|χαμηλ\p{L}*|критическ\p{L}*|критичн\p{L}*|высок\p{L}*|средн\p{L}*|низк\p{L}*|блокер\p{L}*)(?![\p{L}\p{N}]))|(🔴|🔥|🚨|🟠|🟡)/giu;
/** GATE_SEVERITY for a test (not global: a test keeps no position between lines) */
const GATE_SEVERITY_ANY = new RegExp(GATE_SEVERITY.source, 'iu');

// (the expressions below with a Unicode property escape are constants: the TypeScript loader writes each such
// literal as `new RegExp(…)`, built again on every call of the function it sits in)
/** "リリースを止めず", "не блокирует": a gate denied in Japanese or Russian */
const GATE_DENIED_JA_RU = /(?:リリース|出荷|公開)を?(?:止めず|止めない|妨げない|ブロックしない)|(?<![\p{L}])не блокиру\p{L}*/u;
const GATE_REST_FOLLOWS_AF_MS = /(?<![\p{L}])(?:die (?:res|ander(?:e)?(?: bevindinge)?)|selebihnya|yang lain) (?:mag|kan|boleh)(?![\p{L}])(?:[^.;]|\.(?=\d)){0,30}?(?<![\p{L}])(?:volg|wag|menyusul|ditangguhkan|menunggu)(?![\p{L}])/iu;
// (Hangul has no capitals: "… **오픈 불가** 사유에 해당한다. 중 위험 이하 항목은 …", a sentence after the stop)
// (Convention: a sentence that opens on a count after a tally, "2 Critical, 3 High, 3 Medium. 3 are release-blocking")
const GATE_SENTENCE_BREAK = /(?<=[.!?](?:\*\*|__)?)\s+(?=(?:\*\*|__)?(?:[\p{Lu}\p{Script=Hangul}]|\d{1,4}\s+(?:\*\*|__)?\p{Ll}))/u;
// (Convention: a level named in two words, Indonesian "Sangat Tinggi" (very high), "Very High": the entry's key whole)
const GATE_ENTRY = /^[^\p{L}\p{N}]*([\p{L}][\p{L}-]{1,20}(?: [\p{L}][\p{L}-]{1,12})?|P[0-4]|S[1-4]|Sev-?[0-5]|\p{Lu}(?=[^\p{L}\p{N}]*?[（(]))(?:\s*[（(][^)）\n]{1,20}[)）])?[^\p{L}\p{N}]*?\s*[—–:=,：]\s*/u;
// ("Does not hold up handover": a snag list's level that does not hold the handover)
// (Convention: a note on one finding that opens by denying the gate, "- **RR-2:** Not a release blocker because …")
const GATE_PART_DENIED = /\b(?:does not|doesn't|do not|don't|never) (?:block|gate)\b|\b(?:does not|doesn't|do not|don't|will not|won't|never) hold (?:up|back) (?:the )?(?:hand-?over|practical completion|release|launch|go[- ]live)\b|\bnon[- ]blocking\b|\bnone of the\b[^.;]{0,40}?\b(?:block|gate)s?\b|\b(?:is|are) not an? (?:launch|release|deploy\w*|go[- ]live) (?:condition|blocker|gate)\b|(?:^|:(?:\*\*|__)?\s+)(?:\*\*|__)?not an? (?:launch|release|deploy\w*|go[- ]live|ship|merge)[- ]blocker\b|不(?:阻断|影响)(?:上线|发布|部署|投产)|(?<![\p{L}])не блокиру\p{L}*|(?:リリース|出荷|公開)を?(?:止めず|止めない|妨げない|ブロックしない)/iu;
const GATE_ONLY_WORD = /(?:^|[^\p{L}])(?:only|solo|sólo|solamente|seule?s?|nur|soltanto|только|тільки|лише)(?![\p{L}])|\bnothing else\b|\bno other (?:findings?|items?|issues?)\b/iu;
/** the verb a denied gate needs, "does not block", "don't gate": a cheap test first (most lines hold neither word) */
const BLOCK_OR_GATE = /block|gate/i;
/** a word of the report's own legend as scanGate looks for it in a gate statement (null: a word it cannot look for) */
const schemeWordRes = new Map<string, RegExp | null>();
const SCHEME_WORD_RE_RE = /^[\p{L} -]+$/u;
/**
 * Whether `text` (`lower` its lower case) may hold the word `w` as schemeWordRe reads it: false only where it
 * cannot. Under the i flag a word of ASCII letters, digits, spaces and hyphens is matched by ASCII characters
 * alone, and by the long s and the Kelvin sign (u flag), which lower-casing keeps; other words are always tried.
 */
const ASCII_WORD = /^[a-z0-9 -]+$/i;
function mayHoldWord(text: string, lower: string, w: string): boolean {
  if (!ASCII_WORD.test(w)) return true;
  return lower.includes(w.toLowerCase()) || text.includes('\u017f') || text.includes('\u212a');
}

function schemeWordRe(w: string): RegExp | null {
  let re = schemeWordRes.get(w);
  if (re === undefined) {
    re = w.length === 1 ? new RegExp(String.raw`\b${GRADE_SCALE}\s+${w.toUpperCase()}\b`, 'i') : SCHEME_WORD_RE_RE.test(w) ? new RegExp(String.raw`(?<![\p{L}])${w}(?![\p{L}])`, 'iu') : null;
    if (schemeWordRes.size >= 10000) schemeWordRes.clear();
    schemeWordRes.set(w, re);
  }
  return re;
}

/**
 * ("| 🟥 Blocker | … Release-blocking for 4.0. |": a legend's level said to block the release)
 * "🔥 P0 = fix before we deploy", "HIGH Priority: 21 (Fix before production)", "The critical issue
 * and the two high ones must be fixed before mainnet", "Anything marked Blocker stops the release
 * train": the severities named in such a statement block deployment. A legend's entries are read
 * one by one (split at "·", ";", ","), so "P1 = this sprint" beside it is not taken.
 */
/** "Fix within 30 days after cutover", "fix within the sprint after go-live": a level's deadline after the step (scanGate) */
const LEVEL_FIX_AFTER_STEP = /\b(?:fix(?:ed)?|resolve[ds]?|address(?:ed)?|close[ds]?|remediate[ds]?)\s+within\s+(?:\d{1,3}\s+(?:days?|weeks?|months?|sprints?)|(?:the|one|a)\s+(?:next\s+)?(?:sprint|release|quarter|iteration))\s+(?:after|of)\s+(?:the\s+)?(?:go[- ]live|launch|release|cut-?over|rollout|deploy(?:ment)?|migration|upgrade)\b/i;
/**
 * The level a legend entry glosses, from the text before its gloss ("| 🟨 **Minor** | ", "- `.minor` — **medium**; ",
 * "| Critical | Sev 1 | "): a word of the report's own scale first, else the last severity word.
 */
function glossedLevel(head: string, rf: ReportFacts): Severity | null {
  if (head.length > 80) return null;
  let last: Severity | null = null;
  for (const m of allMatches(head, LEVEL_WORD_G)) {
    const w = m[0].toLowerCase();
    const own = rf.scheme.get(w);
    if (own) return own;
    last = severityFromValue(w) ?? last;
  }
  return last;
}
const LEVEL_WORD_G = /[\p{L}][\p{L}\d-]*(?: \d)?/gu;
/** "no rollout halt", "no release hold": a level's gloss that denies the shipping step's halt (scanGate) */
// Convention: a legend's level that may wait for the next edition or release, "**Minor** — inconvenience. May be fixed
// in the next edition.", "Low — can be addressed in a later release": that level does not hold the publication
const LEVEL_FIX_LATER = /\b(?:may|can|could)\s+(?:be\s+)?(?:fixed|addressed|resolved|remediated|corrected)\s+in\s+(?:the\s+|a\s+)?(?:next|later|future|following|subsequent)\s+(?:edition|release|version|revision|iteration|update|cycle)\b/i;
const LEVEL_NO_HALT = /\bno\s+(?:staged\s+)?(?:rollout|roll-out|release|deploy(?:ment)?|launch|cut-?over)\s+(?:halt|hold|stop)\b/i;
function scanGate(line: string, rf: ReportFacts): void {
  // ("Class C — minor deviation. Tracked, does not gate.": a legend entry of a level that does not block,
  // so the levels that do are the only ones)
  // (Convention: or says it is "not blocking", "**SHOULD** — fix this sprint; not blocking the run", "**COULD** — … Not
  // blocking.": the same denial in a legend of tiers)
  // ("中危 — … — 不阻断上线": "does not block the go-live" in Chinese; "| `note` | … | Does not block |" in
  // any case)
  // (Convention: a MoSCoW-style priority legend that names the gate at its top tier and denies it below, "**Must** —
  // blocks resubmission.", "**Should** — not a blocker. …", "**Could** — not a blocker, backlog": the same denial)
  if (/[—–]/.test(line) && /not|never|n't|不/i.test(line) && /^[\s>*+-]*[^\s—–:=.][^—–:=.]{0,30}?\s+[—–]\s.{0,200}(?:\b(?:does not|doesn't|never) (?:block|gate)\b|\bnot blocking\b|\bnot an? (?:(?:release|launch|ship|submission|deploy(?:ment)?)[- ])?blocker\b|不(?:阻断|影响)(?:上线|发布|部署|投产))/iu.test(line)) rf.gateOnly = true;
  // ("Mediums, Lows and informationals don't gate; …": levels named as not gating, so the levels a gate
  // statement names are the only ones that do)
  // ("The high and medium items do **not** block the merge": the negation stressed in bold or italics)
  if (BLOCK_OR_GATE.test(line) && /\b(?:(?:does|do) (?:\*\*|__|\*|_)?not(?:\*\*|__|\*|_)?|doesn't|don't|never) (?:block|gate)\b/i.test(line) && (GATE_SEVERITY_ANY.test(line) || /\binformationals?\b/i.test(line))) rf.gateOnly = true;
  // ("The P2 and P3 items are non-blocking and can be tracked in follow-up issues": levels a review names as
  // non-blocking, before the words, so "the socket is non-blocking" in a high finding's text is none)
  if (line.includes('blocking')) {
    const nb = /\b(?:is|are)\s+(?:all\s+|both\s+)?non[- ]blocking\b/i.exec(line);
    if (nb && GATE_SEVERITY_ANY.test(line.slice(0, nb.index))) rf.gateOnly = true;
  }
  // ("| 🟠 Orange | High. Must be resolved within 30 days after go-live. |": a level of the legend with a deadline
  // after the go-live does not hold it: the levels the legend says block are the only ones)
  if (line.includes('after') && /\b(?:must|should|to|will) be (?:resolved|fixed|addressed|closed|remediated)\s+within\s+\d{1,3}\s+(?:days?|weeks?|months?)\s+after\s+(?:the\s+)?(?:go[- ]live|launch|release|cut-?over)\b/i.test(line)) rf.gateOnly = true;
  // Convention: a legend's level whose gloss sets its fix after the shipping step in the imperative, "| 🟨 Minor | Fix
  // within 30 days after cutover |", "`.minor` — medium; fix within the sprint after cutover is fine", or denies the
  // step's halt, "| Critical | Sev 1 | Must be in the next hotfix or train, no rollout halt |": that level does not
  // hold the step, so the levels the legend says do are the only ones
  const after = line.includes('after') ? LEVEL_FIX_AFTER_STEP.exec(line) : null;
  const noHalt = !after && line.includes('halt') ? LEVEL_NO_HALT.exec(line) : null;
  const later = !after && !noHalt && line.includes(' in ') ? LEVEL_FIX_LATER.exec(line) : null;
  if (after || noHalt || later) {
    const sev = glossedLevel(line.slice(0, (after ?? noHalt ?? later)!.index), rf);
    if (sev) (rf.gateDenied ??= new Set()).add(sev);
  }
  // ("A〜C はリリースを止めず、…": Japanese "do not stop the release"; "высокая — … не блокирует выкатку")
  if (/[^\x00-\x7F]/.test(line) && GATE_DENIED_JA_RU.test(line)) rf.gateOnly = true;
  if (!GATE_STATEMENT.test(line)) return;
  // ("I'd like the two high ones fixed before we tag 2.0.0 …; the rest can go into 2.0.1": the others may wait)
  // ("The two 🔴 items block deployment; the 🟠 and lower items can follow in a separate PR")
  // ("Both 🟥 items are release blockers for the next release; nothing else blocks it": the others do not block)
  if (/\b(?:nothing else|no other (?:finding|item|issue|one)s?)\s+(?:blocks|gates|holds)\b/i.test(line)) rf.gateOnly = true;
  if (/\b(?:the rest|everything else|all (?:the )?others|(?:and|or) (?:lower|below|less severe)(?: \w+)?)\b[^.;]{0,20}?\b(?:can|may|could|will)\s+(?:go|wait|follow|ship|land|slip)\b/i.test(line)) rf.gateOnly = true;
  // ("Die twee kritieke bevindinge keer die vrystelling; die res mag in 5.0.1 volg": Afrikaans, the rest may follow
  // in 5.0.1; Malay "selebihnya boleh menyusul", the rest may follow)
  if (GATE_REST_FOLLOWS_AF_MS.test(line)) rf.gateOnly = true;
  // ("… 2 moderati e 1 lieve. Solo i bloccanti impediscono il rilascio": the counts before are no part of it)
  const sentences = line.split(GATE_SENTENCE_BREAK);
  if (sentences.length > 1) {
    // ("Class A — safety issue, or fails a core requirement. Blocks EVT exit.": the later sentences of a
    // legend entry still speak of the entry's word)
    // ("Critical: exploitable as deployed today. Must be fixed before release.": a level's key set off by a colon alone)
    const head = /^[\s>*+-]*([^\s—–:=.][^—–:=.]{0,30}?)(?:\s+[—–:=]|:)\s/u.exec(sentences[0])?.[1];
    sentences.forEach((sentence, i) => scanGate(i > 0 && head ? `${head} — ${sentence}` : sentence, rf));
    return;
  }
  // Convention: a triage note that overrides one finding's tracker rating, "Jira says Critical, but ~30% of the
  // fleet is on Android 10, so I'm treating it as a **release blocker**": the level it names is what the finding is
  // rated, not a level that blocks (the finding's own text says it blocks); only against the rating, "but", "even
  // though", so a legend's "**Critical** — treat it as a release blocker" still gates its level
  if (line.includes('blocker') && ONE_FINDING_TREATED_AS_BLOCKER.test(line) && OVERRIDE_CONTRAST.test(line)) return;
  // "Kritiek — wrong amounts; blocks the release": a legend entry whose meaning says it gates
  // ("🔴 = high, blocks Thursday's release": the word after a colour names the severity)
  // (what comes before the word is no letter of any script: "\W" would let "严重 — …" start anywhere)
  // ("S（致命的）: … 1件でも残っている場合はリリース不可": a grade letter of the report's scale, its name in brackets)
  const entry = GATE_ENTRY.exec(line);
  // ("`danger` — Sev A — critical — Blocks go-live": the report's own word first, as its legend maps it)
  const entrySev = entry ? rf.scheme.get(entry[1].toLowerCase()) ?? (entry[1].length > 1 ? severityFromValue(entry[1]) : null) : null;
  // ("**высокая** — … но не блокирует выкатку": the entry says its level does not block)
  if (entrySev && entry![1].length <= 20 && !NOT_BLOCK_WORD.test(line)) rf.gate.add(entrySev);
  for (const part of line.split(/\s*[·•;|]\s*|,\s+(?=\S+\s*[=:])/)) {
    // ("`✖ error` blocks the apply · `▲ warning` does not block": a legend that says which levels do not block)
    // ("CAT II and CAT III findings go to the POA&M and do not block the cutover": the levels it names do not block)
    // ("不阻断上线": Chinese "does not block the go-live")
    // ("None of the medium items block the deploy": no item of the level named blocks)
    if (GATE_PART_DENIED.test(part)) {
      rf.gateOnly = true;
      continue;
    }
    if (!GATE_STATEMENT.test(part)) continue;
    // "P0 must land before the next deploy, P1 this sprint, P2 this quarter": a legend written as a
    // sentence; only the entry that states the gate counts ("Critical, high must be fixed…" is a list)
    const pieces = part.split(/,\s+/);
    const legend = pieces.length >= 3 && pieces.filter((p) => LEGEND_ENTRY.test(p)).length >= 2;
    for (const piece of legend ? pieces : [part]) {
      if (!GATE_STATEMENT.test(piece)) continue;
      // ("Category C — … Does not block GA.": the level named does not gate; the ones that do are the only ones)
      // (the part's "does not block" was set aside above; a piece may say it in the future tense)
      if (/\b(?:will not|won't) block\b/i.test(piece)) {
        rf.gateOnly = true;
        continue;
      }
      // ("Nalazi prioriteta 1 koji se odnose na sustav PACS moraju biti otklonjeni prije puštanja u rad":
      // only those of a severity that concern one system gate, which the severity alone does not say)
      if (RESTRICTED.test(piece)) continue;
      // Convention: a legend written in one sentence, each level followed by its gloss in brackets, "**wysokie**
      // (wymaga działań przed wdrożeniem), **średnie** (do usunięcia w ciągu 90 dni …)", "high (fix before
      // release), medium (next sprint)": only the level whose own gloss states the gate blocks
      if (piece.includes('(')) {
        const glossed = glossedGateLevel(piece, rf);
        if (glossed) {
          rf.gate.add(glossed);
          continue;
        }
      }
      const tallied = /\d\s+[^,\d]{1,40},\s+\d/.test(piece) ? allMatches(piece, CLOSED_LEVEL_TALLY).map((t) => [t.index!, t.index! + t[0].length]) : null;
      for (const m of allMatches(piece, GATE_SEVERITY)) {
        // ("Severity-4 issues block the launch" on the report's own numbered scale, 4 the worst)
        // ("… while any Priority 1 finding remains open": a level of the report's own priority scale)
        const own = m[1] && /^(?:sev|priority)/i.test(m[1]) ? rf.scheme.get(m[1].replace(/\D+/g, '')) : undefined;
        // (Convention: a numbered rating scale named in full, "Severity-4 issues block the 2.0 launch", read only
        // through the report's own scale: whether 4 or 1 is the worst, only its legend says)
        if (!own && m[1] && /^severity/i.test(m[1])) continue;
        // ("Only S1 holds the 3.0 release": a QA severity level, read through the report's legend when it has
        // one; "S3 buckets" is Amazon's storage, no level)
        if (m[1] && /^S\d$/.test(m[1]) && /^\s*(?:buckets?|objects?|storage|api)\b/i.test(piece.slice(m.index! + m[0].length))) continue;
        // (Convention: a closed tally of the levels beside the gate, "Totals: 1 Critical, 3 High, 2 Low; 5 are
        // launch-blocking": the levels it counts are no part of the gate)
        if (tallied && tallied.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
        const sev = own ?? (m[1] && /^S\d$/.test(m[1]) ? rf.scheme.get(m[1].toLowerCase()) : undefined) ?? (m[2] ? countedSeverity(m[2]) : severityFromValue(m[1] ?? m[3]));
        if (sev) rf.gate.add(sev);
        // ("open Medium (or higher) alerts block …", "High and above", "P1+": a threshold, the worse levels too)
        if (sev && /^(?:\s*\(?\s*(?:or|and)\s+(?:higher|above|worse|more severe)\b|\+)/i.test(piece.slice(m.index! + m[0].length)))
          for (const worse of WORSE[sev] ?? []) rf.gate.add(worse);
      }
      // "Only (x) items block the GA release": a mark of the report's legend
      for (const [mark, sev] of rf.emojiScheme ?? []) if (piece.includes(mark)) rf.gate.add(sev);
      // "Open Tier A items block tagging v3.0": a word of the report's own legend (a letter grade only
      // after the name of its scale, so an article "a" is none)
      // (Convention: a tally of the levels beside the gate, "I'd hold the prod run until the MUST items are done. 13
      // findings in total: 5 MUST, 5 SHOULD, 3 COULD": the levels it counts are no part of the gate)
      const untallied = rf.scheme.size && /\d\s+[^,\d]{1,40},\s+\d/.test(piece) ? piece.replace(LEVEL_TALLY, ' ') : piece;
      // (the legend's words are many and a piece holds few of them: its lower case is searched for each first)
      const lower = rf.scheme.size ? untallied.toLowerCase() : '';
      for (const [w, sev] of rf.scheme) {
        if (!mayHoldWord(untallied, lower, w)) continue;
        const re = schemeWordRe(w);
        if (re?.test(untallied) && (w.length > 1 || re.exec(untallied)![0].endsWith(w.toUpperCase()))) rf.gate.add(sev);
      }
      // "only P0 items block deploys", "Nothing else in this document blocks the release": the others do not
      if (GATE_ONLY_WORD.test(piece)) rf.gateOnly = true;
    }
  }
}
/** "I'm treating it as a release blocker", "escalating this one to a blocker": one finding made a blocker (scanGate) */
const ONE_FINDING_TREATED_AS_BLOCKER = /\b(?:treat(?:s|ing|ed)?|count(?:s|ing|ed)?|promot(?:e|es|ed|ing)|escalat(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing))\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|[A-Z][A-Z0-9]{0,9}-\d{1,6})\s+(?:as|to)\s+(?:an?\s+)?(?:\*\*|__)?(?:(?:release|launch|ship|deploy(?:ment)?|go-?live|merge)[- ])?blocker\b/i;
const OVERRIDE_CONTRAST = /\b(?:but|though|although|regardless|despite|anyway)\b/i;
/**
 * "5 MUST, 5 SHOULD and 3 COULD": counts of levels in a run
 * (Convention: levels named in a few words, "4 Must fix before fab, 5 Should fix, 3 Consider": a legend whose top
 * level names its gate counts it so in the summary, which gates no level of its own)
 */
const LEVEL_TALLY = /(?<![\p{L}\p{N}])\d{1,4}\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}(?:(?:,\s+|,?\s+and\s+)\d{1,4}\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3})+/gu;
/** LEVEL_TALLY closed by a bracket, a stop or the end, "1 Critical, 3 High, 2 Low)": no noun it qualifies follows */
// (a level of one or two words, so "2 Critical, 3 High must be fixed." is no tally closed by its stop)
const CLOSED_LEVEL_TALLY = /(?<![\p{L}\p{N}])\d{1,4}\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:(?:,\s+|,?\s+and\s+)\d{1,4}\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)+(?=(?:\*\*|__)?\s*(?:[).;]|$))/gu;
/** The levels worse than each one, for a gate stated as a threshold. */
const WORSE: Partial<Record<Severity, Severity[]>> = { info: ['low', 'medium', 'high', 'critical'], low: ['medium', 'high', 'critical'], medium: ['high', 'critical'], high: ['critical'] };
/** "findings … that relate to the PACS system": a clause that narrows which findings a statement is about */
const RESTRICTED = /(?<![\p{L}])(?:koj[aie]|što) se (?:odnos[ei]|tiču|tiče) na|koj[aie] se tiču|(?:that|which) (?:relates?|pertains?) to\b/iu;

/**
 * "Ostali nalazi ne uvjetuju puštanje u rad", "The other findings do not block the release": what the
 * report says of every finding its statements about shipping did not name. Findings that state nothing
 * of their own do not block.
 */
// ("Three comments are blocking (marked 🛑). Everything else is non-blocking": the comments the legend's mark
// did not name, in a reviewer's words)
const OTHERS = oneSidedBounds(/\b(?:all |the )?(?:other|remaining) (?:findings|issues|items|bugs|comments)\b|\beverything else\b|\bthe rest\b(?! of\b)|\bnone of the other\b|\bno other (?:findings|issues|items|bugs)\b|(?<![\p{L}])(?:ostali|preostali|svi ostali) nalazi(?![\p{L}])|(?<![\p{L}])ülejäänud (?:leiud|mittevastavused)(?![\p{L}])|(?<![\p{L}])(?:la resta|les altres troballes)(?![\p{L}])|(?<![\p{L}])(?:die übrigen|alle übrigen|alle anderen|die restlichen|die weiteren) (?:Befunde|Feststellungen|Schwachstellen|Punkte|Mängel)(?![\p{L}])|(?<![\p{L}])(?:나머지|그 외|기타) (?:항목|취약점|지적 사항)|(?<![\p{L}])остальные (?:замечания|находки|уязвимости|проблемы|дефекты)(?![\p{L}])|(?<![\p{L}])останалите(?: (?:констатации|находки|несъответствия|проблеми|уязвимости))?(?![\p{L}])|(?<![\p{L}])(?:ang (?:iba|ibang (?:natuklasan|isyu))|ang mga natitira)(?![\p{L}])|(?<![\p{L}])(?:matokeo|masuala|mapungufu) (?:mengine|yaliyobaki)(?![\p{L}])|(?<![\p{L}])(?:ostatní|ostatné|zbývající|zvyšné|zbylé) (?:nálezy|zjištění|zistenia|chyby|body)(?![\p{L}])/iu);
/** a word OTHERS needs (or a letter outside ASCII): a cheap test first, OTHERS is tried at every position */
// (a line in ASCII: the English and Catalan words; a line outside ASCII: OTHERS_HINT_WIDE)
// (Filipino "ang iba", Swahili "matokeo mengine": the others)
// (Czech and Slovak "Ostatní nálezy", "ostatné zistenia": the other findings)
const OTHERS_HINT_WORDS = /other|remaining|everything else|the rest|resta|altres|ang iba|natitira|mengine|yaliyobaki/i;
// (a line outside ASCII: a word or phrase of every branch of OTHERS, under the same flags, so a line OTHERS matches
// holds one where the branch matched; no bounds or look-behinds, which OTHERS tries at every position)
const OTHERS_HINT_WIDE = /other|remaining|everything else|the rest|ostali nalazi|ülejäänud|la resta|les altres|übrigen|alle anderen|die restlichen|die weiteren|나머지|그 외|기타|остальные|останалите|ang iba|ang mga natitira|mengine|yaliyobaki|ostatní|ostatné|zbývající|zvyšné|zbylé/iu;
const OTHERS_HINT = { test: (line: string): boolean => (/[^\x00-\x7F]/.test(line) ? OTHERS_HINT_WIDE.test(line) : OTHERS_HINT_WORDS.test(line)) };
// Convention: a go-live recommendation that names its blockers, then sends the others to the ordinary flow of
// work, "All other findings can be tracked through the normal backlog", "the remaining issues may be handled in the
// regular sprint cycle": the others do not hold the go-live
const OTHERS_ROUTINE = /\b(?:can|may|could|will|should)\s+(?:be\s+)?(?:tracked|handled|managed|scheduled|addressed|fixed|remediated|worked(?:\s+on)?|planned|dealt\s+with)\s+(?:through|in|via|within|as\s+part\s+of|by|under)\s+(?:the\s+|your\s+|our\s+)?(?:normal|regular|usual|standard|ordinary|routine|existing)\s+(?:[\w-]+\s+)?(?:backlog|sprints?|cycles?|process(?:es)?|workflow|release\s+train|change\s+process|patch(?:ing)?\s+cycle|remediation)\b/i;
// Convention: a release note on a triage that names the findings holding the release, then lets the others ship,
// "Everything else can ship with a tracking issue", "the rest may go out as-is", "all other findings are fine to
// release behind a ticket": the others do not hold it ("can ship once fixed" waits for them, and is left)
const OTHERS_SHIP = /\b(?:can|may|could|(?:is|are) (?:fine|ok|okay|safe) to)\s+(?:still\s+)?(?:ship|go out|go live|be (?:shipped|released|deployed))\b(?!\s+(?:only\s+)?(?:after|once|when|until|if)\b)/i;
// (German: "Alle übrigen Mängel sind im Maßnahmenplan terminiert", "werden im Rahmen der laufenden Pflege behoben": the
// others are scheduled in the report's action plan or the ordinary upkeep, after the go-live)
const OTHERS_ROUTINE_DE = /(?<![\p{L}])(?:sind|werden)\s+(?:(?:im|in den|in dem)\s+(?:Maßnahmenplan|Maßnahmenkatalog|Backlog|Umsetzungsplan)(?:\s*\([^()\n]{0,30}\))?\s+(?:terminiert|eingeplant|eingeordnet|eingetaktet)|im Rahmen der (?:regulären|laufenden|normalen) (?:Pflege|Wartung|Weiterentwicklung) (?:zu )?(?:beheben|behoben))(?![\p{L}])/iu;
function scanOthers(line: string, rf: ReportFacts): void {
  if (!OTHERS_HINT.test(line) || !OTHERS.test(line)) return;
  for (const clause of line.split(/(?<=[.!?;])\s+/)) {
    if (OTHERS.test(clause) && (NOT_BLOCK_WORD.test(clause) || blocksStatement(clause) === false || OTHERS_ROUTINE.test(clause) || OTHERS_SHIP.test(clause) || OTHERS_ROUTINE_DE.test(clause))) rf.othersDontBlock = true;
  }
}

/** a level word and its gloss in brackets, "**wysokie** (wymaga działań przed wdrożeniem)" (scanGate) */
const PAREN_GLOSS = /(?<![\p{L}])(?:\*\*|__)?([\p{L}][\p{L}-]{1,20})(?:\*\*|__)?\s*\(([^()\n]{3,100})\)/gu;
/** the level of a bracketed gloss that states the gate, when the word before the bracket is a level */
function glossedGateLevel(piece: string, rf: ReportFacts): Severity | null {
  for (const m of allMatches(piece, PAREN_GLOSS)) {
    if (!GATE_STATEMENT.test(m[2])) continue;
    return rf.scheme.get(m[1].toLowerCase()) ?? severityFromValue(m[1]);
  }
  return null;
}
const LEGEND_ENTRY = /^\W*(?:P[0-4]|Sev-?[0-5]|critical|high|medium|low|blocker|major|minor|trivial)\W*\s+\p{L}/iu;

// ("R1", "F3": a short id of letters and a number too, not a priority or a QA severity)
// (Convention: an assessor's ids of three parts, body, kind and number, "ISA-F-06", "BW-IAM-01": one id, as refsIn
// reads it, so "ISA-F-06 and ISA-F-09 are not conditions for …" names both)
// ("INC-2291-A2 and INC-2291-A3 are release blockers": an incident's action items lettered under its id, one ref each)
// ("enquanto a NC.02 não estiver encerrada": an audit's graded id with a full stop, as findIssueRef reads it)
const FINDING_REF = /(?<![\w-])(?:[A-Z][A-Z0-9]{0,9}(?:-[A-Z][A-Z0-9]{0,8}(?=-\d))?-\d{1,5}(?:-[A-Z]{1,2}\d{1,3})?|#\d{1,3}|(?!P[0-4]\b|S[0-5]\b)[A-Z]{1,3}\d{1,3}|[A-Z]{2,5}\.\d{1,4}(?!\.\d))(?![\w-])/g;

/**
 * Convention: findings a release recommendation lets ship later, "Items 4–8 can follow in the normal release
 * train", "#5 and #6 may wait for the next release": they do not block it.
 */
const FOLLOWS = /\b(?:can|may|could)\s+(?:follow|wait|slip)\b|\b(?:can|may|could)\s+(?:go|ship|land)\s+(?:in|into|with)\s+(?:a |the )?(?:later|next|following|normal|regular|subsequent|patch|follow-?up)\b/i;

const FOLLOWS_SUBJECT_REFS = /^[^\p{L}\p{N}#]*(?:(?:items?|findings?|issues?|problems?|bugs?)\s+)?#?[A-Z0-9][A-Z0-9-]{0,13}(?:\s*(?:,|and|&|or|[–-])\s*#?[A-Z0-9][A-Z0-9-]{0,13})*\s*$/iu;
/** A clause whose subject, the findings it opens with and nothing else, "can follow" ("A-03 → then A-10 can follow" is an order). */
function followsSubject(clause: string): boolean {
  const m = FOLLOWS.exec(clause);
  return !!m && FOLLOWS_SUBJECT_REFS.test(clause.slice(0, m.index));
}

/** "1, 2 and 3", "4–8", "#1–#3": the numbers a list names, a range's each (at most 30 of them). */
function numbersIn(list: string): number[] {
  const out: number[] = [];
  for (const m of allMatches(list, /#?(\d{1,3})(?:\s*[–-]\s*#?(\d{1,3}))?/g)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b >= a && b - a < 30) for (let n = a; n <= b; n++) out.push(n);
    else out.push(a);
  }
  return out;
}

/**
 * Convention: a review's closing note that sends named findings to a later change, German "A5, A7 und A10 gern in
 * einem Folge-MR", "A3 kann in einem Folge-PR kommen", English "R4 and R6 in a follow-up PR": the findings named
 * right before it do not hold this merge (read per paragraph: such notes wrap over lines)
 */
const FOLLOW_UP_HINT = /Folge-?(?:MR|PR|Merge|Pull|Release|Ticket)|follow-?up (?:MR|PR|merge|pull|change|release)/i;
const FOLLOW_UP_REFS = /((?:[A-Z][A-Z0-9]{0,9}-\d{1,5}|#\d{1,3}|[A-Z]{1,3}\d{1,3})(?:\s*(?:,|und|and|&|sowie)\s*(?:[A-Z][A-Z0-9]{0,9}-\d{1,5}|#\d{1,3}|[A-Z]{1,3}\d{1,3}))*)\s+(?:(?:gern|gerne|können|dürfen|kann|darf|auch|dann|can|may|go|goes|land|come|wait|later|ruhig)\s+){0,3}(?:in|as|into|with|für|im)\s+(?:einem|einen|einer|den|dem|der|a|the|one)\s+(?:separaten\s+|eigenen\s+|separate\s+|later\s+)?(?:Folge-?(?:MR|PR|Merge-Request|Pull-Request|Release|Ticket)|follow-?up (?:MR|PR|merge request|pull request|change|release))(?![\p{L}])/giu;
export function scanFollowUpRefs(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !FOLLOW_UP_HINT.test(md)) return;
  const t = md.replace(/\*\*|__|`/g, '').replace(/\s+/g, ' ');
  for (const m of allMatches(t, FOLLOW_UP_REFS)) {
    for (const r of allMatches(m[1], FINDING_REF)) if (!rf.blocksByRef.has(r[0])) rf.blocksByRef.set(r[0], false);
  }
}

const BLOCK_REFS_ONLY = /(?:^|[^\p{L}])(?:only|seule?s?|nur|solo|sólo|solamente)(?![\p{L}])|\bnothing else\b/iu;
/**
 * "Block the 4.2.0 release until REG-1 and REG-3 are fixed", "REG-2 does not block: …": the findings a
 * statement about shipping names by id, clause by clause, block deployment or not.
 */
/**
 * Convention: a go/no-go section that sorts findings by id under two labels, "Blocking: FOO-1, FOO-2. Not blocking:
 * FOO-3.", "Bloqueantes: CED-101, CED-107. No bloqueantes: CED-110", "Release blockers: R-1" (a bare "Blockers:"
 * in a ticket names what holds that ticket, not the release, and is left out): the ids after the
 * label block the release, or, after its negation ("Not blocking", "Non-blocking", "No bloqueantes", "Non bloccanti",
 * "Non bloquants"), do not. Returns true, false or null where the clause opens with no such label.
 */
const BLOCK_LIST_LABEL = /^[^\p{L}\p{N}]*(?:(not?|non)[- ]?)?(?:(?:release|launch|deploy(?:ment)?|go-?live|ship)[- ]blockers?|(?:(?:release|launch|deploy(?:ment)?|go-?live|ship)[- ])?blocking|bloqueantes?|bloquants?|bloccanti?|blockierend)(?:\s+(?:(?:the )?(?:release|launch|deploy(?:ment)?)|(?:la )?salida))?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?:[A-Z][A-Z0-9]{0,9}-\d|#\d)/iu;
function blockListLabel(clause: string): boolean | null {
  const m = BLOCK_LIST_LABEL.exec(clause);
  return m ? !m[1] : null;
}

/** "items 3.1 to 3.3", "findings 2.1, 2.4 and 2.5": items numbered by section, and their list (scanBlockRefs) */
const SECTION_ITEMS = /\b(?:items?|findings?|issues?|points?|sections?)\s+(\d{1,2}\.\d{1,3}(?:\s*(?:,|and|&|or|to|through|[–-])\s*\d{1,2}\.\d{1,3})*)(?![\d.]*\d)/gi;
const SECTION_RANGE = /^(\d{1,2})\.(\d{1,3})\s*(?:to|through|[–-])\s*(\d{1,2})\.(\d{1,3})$/;
// (scanBlockRefs: a finding named, by any way of naming one; and the words of a gate, each way of saying one)
const BLOCK_REF_ID = /[A-Z]-\d|#\d|\b[A-Z]{1,3}\d{1,3}\b|\b[A-Z]{2,5}\.\d|\b\d{1,2}\.\d{1,3}\.\d{1,3}\b|\b(?:problems?|issues?|findings?|items?|bugs?)\s+\d/i;
const BLOCK_REF_WORDS = /block|bloqu|blocc|until|must[- ]fix before|\bfix\s[^.;]{0,80}?\bbefore |\b(?:do not|don't) (?:deploy|release|ship|launch)|salvo que|hasta que|a menos que|\b(?:can|may) (?:follow|wait)\b|nasadit|blokuj|finch|conditional (?:on|go\b|approval)|depends on|contingent on|conditions? (?:of|for) |(?:go[- ]live|release|launch) conditions?|takista|\b(?:be|is|are) (?:fully |completely )?\w+ before\b|бути|блоку|треба|потрібно|необхідно|быть|нельзя|блокир|solange|قبل|يمنع|تمنع|sąlyg|blokuoja|prieš|engel|hadlang|zuia|vor (?:dem|der|einem|einer) |před |pred (?:spust|nasad)|blokira|dokler|enquanto|até que|vincolant/i;
/** "C1–C3", "H-01–H-04": a range of ids (scanBlockRefs) */
const ID_RANGE = /(?<![\w-])([A-Z]{1,3}-?)(\d{1,3})\s*[–-]\s*\1(\d{1,3})(?![\w-])/g;
/** "5.2.1": a finding numbered by its place in the report's outline (scanBlockRefs) */
const OUTLINE_NUMBER = /(?<![\w.])\d{1,2}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)/g;
/** "problems 1 and 2", "#1–#3": numbered findings named by their numbers (scanBlockRefs) */
const NUMBERED_ITEMS = /\b(?:problems?|issues?|findings?|items?|bugs?)\s+(\d{1,3}(?:\s*(?:,|and|&|or|[–-])\s*\d{1,3})*)\b(?!\.\d)|(#\d{1,3}\s*[–-]\s*#\d{1,3})(?!\d)/gi;
/** whether a clause names a finding in any way scanBlockRefs reads one (each expression's test, no position kept) */
const BLOCK_REF_TESTS = [FINDING_REF, ID_RANGE, OUTLINE_NUMBER, SECTION_ITEMS, NUMBERED_ITEMS].map((re) => new RegExp(re.source, re.flags.replace('g', '')));
const namesBlockRef = (clause: string): boolean => BLOCK_REF_TESTS.some((re) => re.test(clause));
/** "The other gaps are …", "Everything else …": a clause that opens on the findings not named (scanBlockRefs) */
const OTHERS_LEAD = /^\W*(?:the (?:other|remaining) (?:issues?|findings?|items?|gaps?|observations?) are|everything else|the rest\b(?! of\b))\b/i;
function scanBlockRefs(line: string, rf: ReportFacts): void {
  // ("The other open findings do not block the rollout": the others, named by the state they are left in)
  const others = /\bnone of the other\b|\bno other (?:issues?|findings?|items?|gaps?)\b|\bthe (?:other|remaining)(?: open| outstanding| unresolved)? (?:issues?|findings?|items?|gaps?|observations?)\b/i;
  // (a finding named first, under a test for a digit, which each way of naming one holds, "others" once some are
  // named: the cheaper test, which three lines in four fail; then the words of a gate, tried at every position)
  // (Slovenian: "EP-01 in EP-03 blokirata objavo", "… ne objavi v produkciji, dokler EP-01 … niso odpravljene")
  if (!((/\d/.test(line) && BLOCK_REF_ID.test(line)) || (rf.blocksByRef.size && others.test(line))) || !BLOCK_REF_WORDS.test(line)) return;
  // ("**Fase 1 — inmediata (bloquea el próximo despliegue a producción):** H-01, H-02": a label that states the gate
  // and, after its colon, the findings it holds: one clause)
  for (const clause of line.split(/(?<=[.!?;])\s+|(?<=:)\s+(?![A-Z][A-Z0-9]{0,9}-\d)/)) {
    // (a clause that names no finding, in any way read below (each holds a digit), sets no ref: what it says of
    // shipping is read only where it says "only", or speaks of the others once some are named; most clauses here)
    if (!(/\d/.test(clause) && namesBlockRef(clause)) && !BLOCK_REFS_ONLY.test(clause) && !(rf.blocksByRef.size && (others.test(clause) || OTHERS_LEAD.test(clause)))) continue;
    const blocks = blockListLabel(clause) ?? blocksStatement(clause) ?? (followsSubject(clause) ? false : null);
    // ("… before any production payroll run. The other gaps are tracked …": the rest do not, once some do)
    // ("PX-1 and PX-3 block the merge; the rest can follow in a later MR": the rest, not "the rest of the batch")
    if (blocks === null && rf.blocksByRef.size && OTHERS_LEAD.test(clause)) rf.onlyRefsBlock = true;
    if (blocks === null) continue;
    for (const m of allMatches(clause, FINDING_REF)) if (!rf.blocksByRef.has(m[0])) rf.blocksByRef.set(m[0], blocks);
    // Convention: a range of ids names each id in it ("I'd hold the merge until C1–C3 are fixed", "H-01–H-04 block
    // the release"): the same letters, numbers in order, written the way the first one is
    if (clause.includes('–') || clause.includes('-')) {
      for (const m of allMatches(clause, ID_RANGE)) {
        const from = Number(m[2]), to = Number(m[3]);
        if (to <= from || to - from > 20) continue;
        for (let n = from + 1; n < to; n++) {
          const id = `${m[1]}${String(n).padStart(m[2].length, '0')}`;
          if (!rf.blocksByRef.has(id)) rf.blocksByRef.set(id, blocks);
        }
      }
    }
    // ("… solange 5.2.1 offen ist": a finding numbered by its place in the report's outline)
    for (const m of allMatches(clause, OUTLINE_NUMBER)) if (!rf.blocksByRef.has(m[0])) rf.blocksByRef.set(m[0], blocks);
    // Convention: a letter's items numbered by section, named so in its summary, "until items 3.1 to 3.3 are
    // addressed", "items 2.1, 2.4 and 2.5": each item named, a range the numbers of one section between its ends
    if (clause.includes('.')) {
      for (const m of allMatches(clause, SECTION_ITEMS)) {
        for (const n of m[1].match(/\d{1,2}\.\d{1,3}/g) ?? []) if (!rf.blocksByRef.has(n)) rf.blocksByRef.set(n, blocks);
        const range = SECTION_RANGE.exec(m[1]);
        if (range && range[1] === range[3] && Number(range[4]) > Number(range[2]) && Number(range[4]) - Number(range[2]) <= 20) {
          for (let n = Number(range[2]) + 1; n < Number(range[4]); n++) if (!rf.blocksByRef.has(`${range[1]}.${n}`)) rf.blocksByRef.set(`${range[1]}.${n}`, blocks);
        }
      }
    }
    // "Only problems 1 and 2 block the 1.9 release": numbered findings named by their numbers
    // ("Items 4–8 can follow", "until #1–#3 are fixed": a range names each number in it)
    // (not the section of "items 3.1 to 3.3", read above)
    for (const m of allMatches(clause, NUMBERED_ITEMS)) {
      for (const n of numbersIn(m[1] ?? m[2])) if (!rf.blocksByRef.has(`#${n}`)) rf.blocksByRef.set(`#${n}`, blocks);
    }
    // "Only CUI-312 blocks the release", "Seul CUI-312 bloque la publication": the others do not
    if (blocks && BLOCK_REFS_ONLY.test(clause)) rf.onlyRefsBlock = true;
    // ("None of the other issues blocks deployment" after the statement that names them)
    if (others.test(clause) && rf.blocksByRef.size) rf.onlyRefsBlock = true;
  }
}

/**
 * "Minor → Low: annoyance, cosmetic …", "Severe = Critical", "Note maps to Informational": one entry of
 * a legend written as a list, mapping the report's own word onto a severity.
 */
/** "**S（致命的）**: …", "**A（重大）**: …", "🔴 **Red (high risk)** — …": a grade with its meaning in brackets */
const BRACKET_LEGEND = /^\W*([A-Z]{1,2}\d?|\p{L}{1,12})\s*[（(]\s*(致命的|重大|中|軽微|critical|high|medium|low|informational|info)(?:\s+(?:risk|severity|priority|impact))?\s*[)）]/iu;
const JA_SEVERITY: Record<string, Severity> = { 致命的: 'critical', 重大: 'high', 中: 'medium', 軽微: 'low' };
// (the word and its arrow in one sentence: "… until the year-end audit. Counts as high." maps no "year-end audit")
const ARROW_LEGEND = /^\W*([\p{L}][\p{L}-]{1,20}(?: [\p{L}-]{1,20})?)[^\p{L}\p{N}.]*?\s*(?:→|->|=>|⇒|=|≙|≡|maps to|means|counts as)\s*\W*(critical|high|medium|low|info(?:rmational)?)\b/iu;

const EMOJI_LEGEND = /(🔴|🟠|🟡|🟢|🔵|🟣|⚪|⚫|🟥|🟧|🟨|🟩|🟦|🔥|⚠️?)\s*(?:[=:→-]\s*)?(critical|high|medium|low|info(?:rmational)?)\b/giu;

/** One clause that counts findings: its "N word" pairs and what may be the sum they add up to. */
export interface CountClause {
  pairs: [string, number][];
  /** the clause, and the clause without its asides in brackets: what its sum is read from (clauseTotals) */
  text: string;
  bare: string;
  /** the counts of the clause before it, where this one opens by pointing back at them ("Of the failures, …") */
  before?: number[];
}
/** What a count clause states of its sum (clauseTotals). */
interface ClauseTotals {
  /** what may be the sum, most likely first ("in total" before "N findings") */
  totals: number[];
  /** counts of findings the clause states without saying they are the sum ("collapse into 11 unique findings: …") */
  sums: number[];
  /** the clause says it reports what was found ("raised", "found", "in total") */
  said: boolean;
}

/** What reports call their findings when they count them, in the languages reports here are written in
 * (risk assessments count risks: "8 risks (3 high, 3 medium, 2 low)"; Italian "10 vulnerabilità", the plural
 * unchanged; a flaky-test triage counts its flakes, "8 flakes triaged — 2 T1, 3 T2, 2 T3, and 1 that turned out
 * not to be a flake"). */
// (Convention: a release candidate's regression report counts its findings as regressions, "the suite produced 12
// regressions against 8.1.3: 3 S1, 4 S2, …")
// (Convention: a merge request's review summary counts its review threads, "**Totals: 10 threads — 3 must fix, 4 should
// fix, …**", each thread one finding, as a review counts its comments)
const COUNT_NOUN =
  '(?:temuan|flakes|regressions?|threads|issues?|findings?|risks?|threats?|alerts?|results?|bugs?|vulnerabilit(?:y|ies)|defects?|problems?|observations?|comments?|coment[áa]rios?|anomal(?:y|ies|ie|ien)|gaps?|concerns?|weakness(?:es)?|advisories|constats?|probl[eè]mes?|vuln[ée]rabilit[ée]s?|vulnerabilità|d[ée]fauts?|[ée]carts?|m[äa]ngel|befunde?|schwachstellen|feststellungen|hallazgos?|vulnerabilidad(?:es)?|problemas?|incidencias?|osservazioni|problemi|rilievi|bevindingen|problemen|achados?|items?|itens|elementi|nalaz[ai]?|ugotovit(?:ev|ve|vi)|знахід(?:ка|ки|ок|ку)|зауваженн(?:я|ь)|вразливост(?:і|ей)|вразливість|проблем(?:а|и)?|недолік(?:и|ів)?|дефект(?:и|ів)?|помил(?:ка|ки|ок)|lỗi|phiếu lỗi|lỗ hổng|vấn đề|phát hiện|' +
  // (Greek: "7 εκκρεμότητες" open items, "ευρήματα" findings, "σφάλματα" errors, "ζητήματα" issues, with or without accents)
  ['εκκρεμοτητεσ', 'εκκρεμοτητα', 'ευρηματα', 'ευρημα', 'ευπαθειεσ', 'ευπαθεια', 'σφαλματα', 'σφαλμα', 'προβληματα', 'προβλημα', 'ζητηματα', 'ζητημα', 'θεματα', 'θεμα'].map(greekLoose).join('|') +
  // (Lithuanian "9 radiniai" findings, "neatitiktys" nonconformities; Arabic "11 ملاحظة" observations, "ثغرات" vulnerabilities)
  // (Latvian "9 trūkumi" shortcomings, "konstatējumi" findings, "ievainojamības" vulnerabilities)
  // (Bulgarian "9 несъответствия" nonconformities, "10 констатации" findings, "находки", "уязвимости")
  '|несъответстви(?:е|я)|констатаци(?:я|и)|находк(?:а|и)|уязвимост(?:и)?' +
  // (Swedish "sju avvikelser" seven deviations, "fynd" findings, "brister" shortcomings, "sårbarheter")
  '|avvikelse(?:r|n)?|fynd|brist(?:er)?|sårbarhet(?:er)?' +
  // (Convention: a compliance or benchmark scan counts the checks that failed as its failures, "the 14 failures are
  // 3 High, 6 Medium, 5 Low")
  '|failures?' +
  // (Convention: an exercise's after-action report counts its findings as its areas for improvement, "Of the 13
  // areas for improvement, 5 were rated High, 6 Medium, and 2 Low" (HSEEP))
  '|areas? for improvement' +
  '|leid(?:u|ud|ust)?|trūkum(?:s|i|u)|konstatējum(?:s|i|u)|ievainojamīb(?:a|as|u)|radin(?:ys|iai|ių)|neatitikt(?:is|ys|ių)|ملاحظة|ملاحظات|ثغرة|ثغرات|مشكلة|مشكلات)';
const NUMBER_WORD_ANY = new RegExp(`(?<![\\p{L}])(${[...NUMBER_WORDS, ...Object.keys(OTHER_NUMBER_WORDS)].join('|')})(?=\\s+\\p{L})`, 'giu');
// ("2 findings rated high", "3 minor observations at Risk 1", "2 temuan berisiko Sangat Tinggi": the noun
// counted, then the rating it has;
// (Convention: "five are rated Very high, four High and four Medium": the count, then its passive verb, then the level)
// (Convention: "the 14 failures are 3 High, 6 Medium, 5 Low": the verb opens the counts by level, no level "are 3" of
// the count before it)
// "9 (sembilan) temuan": official Indonesian spells the number out after it, in brackets)
const COUNT_PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,:/#–—-])(\d{1,4})(?![\d.,:/%])\s*(?:[×x]\s*)?(?:${COUNT_NOUN}\s+(?=(?:are|were|rated|berisiko)\s)|\p{L}+\s+${COUNT_NOUN}\s+(?=(?:rated|berisiko|at)\s))?(?:(?:(?:are|is|were|was)\s+rated|are|is|were|was|rated|of them|in|at|berisiko|we (?:consider|rate|class|grade)(?: as)?)\s+)?(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?!(?:are|is|were|was)\s\d)([\p{L}][\p{L}\p{N}-]*(?:\s[0-5](?!\d|[.,]\d)|(?:\s[\p{L}][\p{L}-]*){1,2})?)(?![\p{L} ]{0,20}:)`,
  'gu',
);
// (Swahili puts the count after what it counts: "Jumla ya matokeo 6: …", in all the findings are 6)
// (Convention: the count set apart from the rest of what was triaged by its verb, "of the 13 that survived, 9 are
// real test gaps (3 high, 4 medium, 2 low)", "5 were genuine findings": the count of the findings the report keeps)
const COUNT_TOTAL = oneSidedBounds(new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d{1,4})\\s+(?:\\([\\p{L}-]+\\)\\s+)?(?:(?:are|were)\\s+(?=[\\p{L}-]+\\s+(?:[\\p{L}-]+\\s+)?${COUNT_NOUN}))?(?:[\\p{L}-]+\\s+){0,2}?${COUNT_NOUN}(?![\\p{L}])|\\b(?:total|jumla ya (?:matokeo|dosari|masuala))(?:\\s+of)?\\s*:?\\s*(\\d{1,4})\\b|(?<![\\p{L}\\p{N}.,])(\\d{1,4})\\s+(?:in\\s+)?total\\b|(?<![\\p{L}\\p{N}.,])(\\d{1,4})\\s+in\\s+all\\b`,
  'iu',
));
const COUNT_TOTAL_G = new RegExp(COUNT_TOTAL.source, 'giu');
// ("We record seven findings below, of which two we consider high": the count of a report that says what it
// records in the present, and the level a count is considered)
// (Convention: a summary that points at the list it counts, "11 findings below, 4 of them High impact", "the 6 issues
// listed below": the report's own count of its findings, as "found" says it)
const COUNT_SAID = oneSidedBounds(/\bwe (?:record|report|list|log|raise)\b|\b(?:findings|issues|bugs|problems|vulnerabilities|defects|observations|items)\s+(?:(?:are\s+)?(?:listed|detailed|described|set out)\s+)?below\b|\b(?:in total|total|in totaal|totaal|insgesamt|au total|en total|in totale|found|identified|raised|recorded|logged|reported|discovered|noted|filed|triaged|summary|tl;?dr)\b|remont|relev|identifi|festgestellt|encontr|rilevat|trovat|riscontrat|individuat|gevonden|encontrad|utvrđen|ukupno|ugotovljen|tuvasta|jumla|разом|усього|всього|загалом|виявлено|знайдено|виявили|знайшли|tổng|phát hiện|ghi nhận|σ[υύ]ν[οό]λ[οι]|συνολικ[αά]|εντοπ[ιί]στηκ|iš viso|nustatyt[aio]|rasta|kopumā|konstatēt[iaso]|رصد|رصدنا|اكتشف|إجمالي|بإجمالي|مجموع|وجدنا|حدد|установен|открит|общо/iu);

/**
 * Convention: a review's or a QA summary's tally line labelled as the counts, "Count: 4 blocking, 4 should-fix, 2
 * nits", "Counts: 2 P0, 3 P1, 4 P2, 3 P3": the label says the line counts the findings by level, all of them, as
 * "in total" or "summary" does, so the levels' sum is the report's total
 */
const COUNT_LABEL = /^[\s>*_+-]*(?:counts?|tally)\s*:\s*\d/i;

const SOME_OF = /(?<![\p{L}\p{N}])(\d{1,4}) of (?:the |these |our |all |this [\p{L}]+'s |today's |this )?(?:[\p{L}-]+ )?(?:items|findings|issues|incidents|bugs|defects|vulnerabilities|observations) (?:are|were) (?:rated )?([\p{L}][\p{L}\p{N}-]{1,15})(?![\p{L}\p{N}-])/iu;
const NONE_AFTER_COUNTS = /(?<=\d[^.;:!?]{0,200}?\s\p{L}[\p{L}-]*)\s*[;,]\s+(?:and\s+|but\s+)?none (?:is|are|was|were) (?:rated )?([\p{L}][\p{L}\p{N}-]{1,15})(?![\p{L}\p{N}-])/giu;
const NONE_IS = /(?<![\p{L}])none (?:is|are|was|were) (?:rated )?([\p{L}][\p{L}\p{N}-]{1,15})(?![\p{L}\p{N}-])/iu;
/**
 * Convention: a count of all the findings, whatever their state, "9 defects are open or were fixed during this
 * cycle: 1 P0, 3 P1, 3 P2, 2 P3", "12 issues, open and closed: …": the clause names both states, so its counts
 * are of every finding, not of the fixed ones alone
 */
const OPEN_OR_FIXED = /\bopen\s+(?:or|and|\/)\s+(?:(?:were|was|have been|has been|already)\s+)?(?:fixed|resolved|closed)\b|\b(?:fixed|resolved|closed)\s+(?:or|and|\/)\s+(?:(?:still|are|is)\s+)?open\b/i;

/**
 * Convention: a closing count in prose that names one level's count and another's absence, "Three of this week's
 * items are SEV-2 and none is SEV-1", "two of the findings are high and none is critical": the counts the
 * report claims for both levels.
 */
function scanSomeOfNone(line: string, rf: ReportFacts): void {
  if (line.length > 500) return;
  const text = line.replace(NUMBER_WORD_ANY, (w) => String(numberWordValue(w)));
  const some = SOME_OF.exec(text);
  const none = NONE_IS.exec(text);
  const someSev = some ? rf.scheme.get(some[2].toLowerCase()) ?? severityFromValue(some[2]) : null;
  const noneSev = none ? rf.scheme.get(none[1].toLowerCase()) ?? severityFromValue(none[1]) : null;
  if (!some || !none || !someSev || !noneSev || someSev === noneSev) return;
  if (rf.claims[someSev] === undefined) rf.claims[someSev] = Number(some[1]);
  if (rf.claims[noneSev] === undefined) rf.claims[noneSev] = 0;
  rf.hasClaims = true;
}

// (the tally may end its sentence, "P2 ×3 · P3 ×2.": a stop after the count, not a decimal "×2.5")
const WINDOW_COUNT_HINT = /\d[- ](?:hour|day|week|month)\b/i;
const WINDOW_COUNT = /(?<![\p{L}\p{N}.,])(\d{1,4})\s*(?:[×x]\s*)?(\d{1,3})[- ](hour|day|week|month)(?![\p{L}-])/giu;
const LEVEL_TIMES_COUNT = /(?<![\p{L}\p{N}])([\p{L}][\p{L}\p{N}-]{0,20})\s*×\s*(\d{1,4})(?!\d|[.,]\d)/gu;
const BY_SEVERITY_TALLY = /\bby (?:severity|priority|risk|level)\b/i;
/** "S5 ×1, S4 ×3, S3 ×3, S2 ×2, S1 ×1": three levels or more, each once, counted by "×"; their sum is the breakdown's total */
function levelTallyTotal(text: string, rf: ReportFacts): void {
  const tally = allMatches(text, LEVEL_TIMES_COUNT);
  const words = tally.map((m) => m[1].toLowerCase());
  if (tally.length < 3 || new Set(words).size !== words.length || !words.every((w) => severityFromValue(w) || rf.scheme.has(w))) return;
  rf.breakdownTotal = tally.reduce((a, m) => a + Number(m[2]), 0);
}
// Convention: a Swedish summary counts in words, "sju avvikelser: en kritisk, två höga, tre medel och en låg": a
// number word read only before a level or a noun for findings, as "en" and "tre" are words of other languages too
const SV_NUMBER_HINT = /(?<![\p{L}])(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+(?:kritisk|hög|medel|låg|avvikelse|fynd|brist|sårbarhet)/iu;
/** SV_NUMBER_HINT's words after the number alone, under its flags: the cheap pretest of hasSvNumber */
const SV_LEVEL_WORD = /kritisk|hög|medel|låg|avvikelse|fynd|brist|sårbarhet/iu;
/** SV_NUMBER_HINT's test, after a pretest that every match of it passes (most lines hold none of its words) */
const hasSvNumber = (s: string): boolean => SV_LEVEL_WORD.test(s) && SV_NUMBER_HINT.test(s);
const SV_NUMBER = /(?<![\p{L}])(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)(?=\s+(?:kritisk|hög|medel|låg|avvikelse|fynd|brist|sårbarhet))/giu;
const SV_NUMBER_VALUE: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12 };
const RATED_ON_SCALE = /(?<![\p{L}\p{N}.,])(\d{1,4})\s+(?:of (?:them|these|those)\s+)?(?:are|were)\s+rated\s+(\d{1,2})(?![\d%/]|[.,]\d)(?:\s*\(([\p{L}][\p{L}-]{0,20})\))?/giu;
const STATE_WORD = /\b(?:fixed|resolved|remain\w*|closed|open|verified)\b/i;
const RATED_LETTER = /\brated ([HML])(?![\p{L}\p{N}])/gu;
const LETTER_LEVEL = { H: 'high', M: 'medium', L: 'low' } as const;
const COUNT_CLAUSE_BREAK = /(?<=[.;!?])\s+(?=[\p{Lu}\d*])|;\s+|\n/u;
const WITH_LEVEL_HINT = /\d\s+(?:met|with|mit)\s/i;
const WITH_LEVEL = /(?<![\p{L}\p{N}.,])(\d{1,4})\s+(?:met|with|mit)\s+(?:(?:a|an|de|der|dem)\s+)?(?:risico|risk|risiko|prioriteit|priority|priorität|severity|ernst|schweregrad|kritikalität)(?:niveau|level)?\s+(?=\p{L})/giu;
const WITH_LEVEL_BEFORE = /(?<![\p{L}\p{N}.,])(\d{1,4})\s+with\s+(?:an?\s+)?(\p{L}+)\s+(?:(?:residual|inherent|remaining)\s+)?(?:risk|severity|priority)(?![\p{L}])/giu;
const FOR_INFORMATION_COUNT = /(?<![\p{L}\p{N}.,])(\d{1,4})\s+for\s+info(?:rmation)?(?![\p{L}])/giu;
/** a clause that opens by pointing back at what the sentence before counted: "Of the failures,", "Of these", "By risk rating:" */
// (Convention: or by the possessive, "Fourteen of the 40 trees require works. Their risk ratings are 1 Extreme, 5
// High, …", "Their severities: …": the split of the items just counted)
const BACK_REFERENCE = /^[\s>*_-]*(?:of (?:the|these|those|them|which)\b|by (?:risk|severity|rating|priority|impact)(?: rating| level)?\s*:|their (?:(?:risk|severity|priority) )?(?:ratings?|levels?|grades?|severit(?:y|ies)|priorit(?:y|ies)|risks?|categor(?:y|ies))\b)/i;
// (Convention: French sets a space before the colon, "Répartition des 11 critères non conformes par impact : 3
// bloquants, …", and names the failing criteria by a noun and its adjective after it: up to five words between)
/** "(the panel counts in both)", "counted twice", "listed under both": one item in two of the counts */
const DOUBLE_COUNTED = /\b(?:counts?|counted|listed|appears?|included)\s+(?:in|under)\s+both\b|\b(?:counted|listed)\s+twice\b/i;
/** "7 Repair / Maintenance / Monitor items": one count over several levels, set apart by spaced slashes */
const SLASHED_LEVELS_COUNT = /(?<![\p{L}\p{N}])(\d{1,4})\s+\p{L}[\p{L}-]{1,20}(?:\s+\/\s+\p{L}[\p{L}-]{1,20}){1,4}(?![\p{L}-])/gu;
// (Convention: what the number counts may be said with a relative clause, "10 threads that ask for a change: 2
// blocker, 3 major, …", as a review counts the threads that request something apart from its questions: up to
// seven words before the colon)
const COUNT_BEFORE_COLON = /(?:^|\s)(\d{1,4})\s+(?:[\p{L}-]+\s+){0,6}[\p{L}-]+[\u00a0\u202f ]?:\s+\d/u;
// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const MARK_GLOSS_COUNT_HINT = /\d\s*\p{Extended_Pictographic}\uFE0F?\s+\p{L}/u;
/**
 * Counts stated in any shape: "8 anomalies remontées : 1 critique, 3 élevées", "3 are High, 3 Medium
 * and 2 Low", "one P0 and four P1s", "9 observations: 3 × Priority 1, 4 × Priority 2". The words are
 * kept as written and read at the end through the report's legend ("3 blockers" where the legend says
 * "Blocker (high)"); a clause counts when two of its words are severities, or one with the sum.
 */
export function scanCountClauses(line: string, rf: ReportFacts): void {
  // (a number word is ASCII or Cyrillic: a line with neither a digit nor such a word has no count)
  const words = /zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|[\u0400-\u04FF]|kaks|kolm|neli|viis|kuus|seitse|kaheksa|üheksa|kümme/i.test(line);
  // (Arabic: Arabic-Indic digits, and "واحد" one, read by arabicCounts)
  const arabic = /[\u0660-\u0669\u06F0-\u06F9]|\u0648\u0627\u062D\u062F/.test(line);
  if (!words && !arabic && !/\d/.test(line) && !hasSvNumber(line)) return;
  const counted = arabic || /[\u0600-\u06FF]/.test(line) ? arabicCounts(line) : line;
  // (Hebrew joins "and" to a number with a hyphen: "3 בינוניים ו-1 נמוך")
  let text = words ? counted.replace(NUMBER_WORD_ANY, (w) => String(numberWordValue(w))) : counted;
  if (hasSvNumber(text)) text = text.replace(SV_NUMBER, (w) => String(SV_NUMBER_VALUE[w.toLowerCase()]));
  if (text.includes('ו-')) text = text.replace(/\sו-(?=\d)/g, ', ');
  // ("3 at ◆◆◆, 3 at ◆◆ and 1 ◇": counts of a scale drawn in shapes, each run kept as a word to read
  // through the legend, "shape25c6x3")
  // Convention: counts by a rating drawn as filled and hollow marks out of five ("two at ★★★★★, four at ★★★★☆,
  // one at ★☆☆☆☆", "3 at ●●●○○"): where a line holds such a run, every run of that family is a rating read as
  // its filled marks out of its length, "dots4of5"
  if (RATING_RUN_HINT.test(text)) text = ratingRuns(text);
  if (/[\u25A0-\u25FF\u2605\u2606]/.test(text)) text = text.replace(SHAPE_RUN, (run, c: string) => `shape${c.codePointAt(0)!.toString(16)}x${[...run].length}`);
  // Convention: counts by the marks of the report's legend, each count before its mark alone ("9 comentários no
  // total: 2 🔴, 3 🟠, 2 🟡 e 2 ⚪"): each mark kept as a word to read through the legend, "mark1f534"
  // Convention: counts by a scale of one mark repeated, "Ten findings in total: 1 🔥, 2 💰💰💰, 4 💰💰, 2 💰": each run
  // kept as a word, "shape1f4b0x3", read through the runs the findings carry (resolveMarkRuns)
  // Convention: a tally by the legend's marks with each mark's one-word gloss after it, "13 gaps: 5 ❌ blocking, 8 ⚠️
  // non-blocking": the word only names what the mark means, so the count is the mark's; read where two counts or more
  // are so glossed and each gloss closes its item (a comma, "and", a stop), not "2 🔥 hot paths"
  if (MARK_GLOSS_COUNT_HINT.test(text)) {
    const glossed = allMatches(text, MARK_GLOSS_COUNT);
    if (glossed.length >= 2) text = text.replace(MARK_GLOSS_COUNT, (_, n: string, c: string) => `${n} mark${c.codePointAt(0)!.toString(16)}`);
  }
  if (/[\u2600-\u27BF\u{1F300}-\u{1FAFF}]/u.test(text)) text = text.replace(MARK_COUNT, (_, n: string, c: string, more: string) => (more ? `${n} shape${c.codePointAt(0)!.toString(16)}x${[...more.replace(/\uFE0F/g, '')].length + 1}` : `${n} mark${c.codePointAt(0)!.toString(16)}`));
  if (!/\d/.test(text)) return;
  // Convention: the level, then how many: "**By priority:** P0 × 3 · P1 × 4 · P2 × 3", "High ×2", as an
  // agent's summary writes a tally; turned round to the usual "3 P0"
  if (text.includes('×')) {
    // (a tally "by severity" of three levels or more, "By severity of harm: S5 ×1, S4 ×3, S3 ×3, S2 ×2, S1 ×1", adds
    // up to the whole where no total is stated, as "by severity: Critical 1 · High 3 · …" does in scanCounts)
    if (rf.breakdownTotal === undefined && BY_SEVERITY_TALLY.test(text)) levelTallyTotal(text, rf);
    text = text.replace(LEVEL_TIMES_COUNT, '$2 $1');
  }
  // Convention: counts by the urgency classes an inspection names by their response window, "2 Immediate, 4 × 7-day,
  // 5 × 28-day" (responseCodeRows): the window is the class its legend keys, so the count is that class's level
  if (WINDOW_COUNT_HINT.test(text)) text = text.replace(WINDOW_COUNT, (all, n: string, w: string, unit: string) => { const sev = rf.scheme.get(`${w}-${unit.toLowerCase()}`); return sev ? `${n} ${sev}` : all; });
  // Convention: a review counts its tiers by the verb their names make, "**2 blocking issues**, **3 that should be
  // fixed before merge**", "1 that must be fixed": the tier named so ("Should fix"), read through the legend
  if (text.includes(' that ')) text = text.replace(/(\d{1,4})\s+that\s+(must|should|could)\s+be\s+fixed\b/gi, '$1 $2 fix');
  // Convention: a rating key of the letters H / M / L, counted by them, "3 rated H, 3 rated M and 2 rated L": each
  // letter after "rated" is the level it abbreviates
  if (text.includes('rated ')) text = text.replace(RATED_LETTER, (_, l: 'H' | 'M' | 'L') => `rated ${LETTER_LEVEL[l]}`);
  // Convention: a summary counts the findings at one grade of the report's numeric scale, "In total 11 findings were
  // raised; two are rated 5", "eight findings, and two of them are rated 5 (Critical)": the grade read through the
  // legend ("5 – Critical") or the word in brackets after it, so the count is that level's; said alone, it is still
  // that level's count (not of fixed or open ones, which other readers count)
  if (text.includes('rated ')) {
    text = text.replace(RATED_ON_SCALE, (all, n: string, grade: string, word: string | undefined) => {
      const sev = (word ? severityFromValue(word) : null) ?? rf.scheme.get(grade) ?? null;
      if (!sev) return all;
      if (rf.claims[sev] === undefined && !STATE_WORD.test(line)) {
        rf.claims[sev] = Number(n);
        rf.hasClaims = true;
      }
      return `${n} ${sev}`;
    });
  }
  // Convention: the level named after "with risk" or "with priority", "2 met risico Hoog, 3 Midden en 2 Laag" (Dutch), "2 with
  // risk High", "2 mit Risiko Hoch": the count of that level, as "2 Hoog"
  // ("davon 3 mit Schweregrad hoch, 5 mittel und 3 gering": a German audit's "Schweregrad", severity, the same way)
  // Convention: the level before the word it rates, "eight contributing factors, three with high residual risk, three
  // medium and two low" (a post-incident review rates its factors by the risk left): the count of that level, "3 high"
  if (WITH_LEVEL_HINT.test(text)) text = text.replace(WITH_LEVEL, '$1 ').replace(WITH_LEVEL_BEFORE, '$1 $2');
  // Convention: the items a report lists "for information" (a group heading "### For information", the informational
  // ones), counted so beside the levels, "two in Category D and two for information": that many informational ones
  if (text.includes(' for info')) text = text.replace(FOR_INFORMATION_COUNT, '$1 informational');
  // Convention: a count over several levels at once, their names set apart by slashes, "5 Safety Hazards, 4 Major
  // Defects and 7 Repair / Maintenance / Monitor items" (a home inspection's lesser labels counted together): a count of
  // findings of no one level, which the total holds, not a count of the first level named
  if (text.includes(' / ')) text = text.replace(SLASHED_LEVELS_COUNT, '$1 unrated');
  // Convention: a re-inspection counts its register whole, then the items gone since the last visit, then the rest by
  // level, "15 items are recorded … 2 of these have been removed …; the remaining 13 are 1 × Priority A, 5 × …":
  // what was removed is left unrated, so the counts by level are the rated items' and the register's count the total
  if (text.includes('remaining')) {
    const gone = REMOVED_REMAINDER.exec(text);
    if (gone) text = text.replace(gone[2], `${gone[3]} of the ${Number(gone[1]) + Number(gone[3])} items recorded are `);
  }
  // Convention: counts by level closed by the level that has none, "five are rated Very high, four High and four
  // Medium; none is Low": the level named after "none" is counted, as 0, among the others
  if (text.includes('none ')) text = text.replace(NONE_AFTER_COUNTS, (all, w: string) => (countedSeverity(w) ? `, 0 ${w}` : all));
  // (each place it is cut at is a stop, a semicolon or a line break, with a space after the first two)
  for (let clause of /[.;!?]\s|\n/.test(text) ? text.split(COUNT_CLAUSE_BREAK) : [text]) {
    // (every pair opens with a digit: a clause without one counts nothing)
    // ("3 blockers (one already resolved by your last push), 4 majors, …": an aside in brackets that counts no
    // level says something of one count; the counts are still of all of them)
    let bare = clause.includes('(') ? clause.replace(/\([^()]{0,120}\)/g, (g) => (allMatches(g, COUNT_PAIR).some((m) => countedSeverity(m[2])) ? g : ' ')) : clause;
    // Convention: meeting minutes count what the meeting went through by level, then the ones it closed with no
    // rating, "went through 8 issues: 2 sev-2, 5 sev-3 and one that was closed as not a bug": the closed ones are
    // counted among the whole (an unrated count), not a count of fixes
    if (CLOSED_TAIL_HINT.test(bare)) {
      const closedTail = CLOSED_TAIL.exec(bare);
      if (closedTail) {
        const n = /^\d/.test(closedTail[1]) ? Number(closedTail[1]) : numberWordValue(closedTail[1]);
        if (n) {
          bare = bare.slice(0, closedTail.index) + ` and ${n} unrated`;
          clause = bare;
        }
      }
    }
    if (!/\d/.test(clause) || (/\b(fixed|resolved|remain\w*|closed|verified)\b/i.test(bare) && !OPEN_OR_FIXED.test(bare))) continue;
    const pairs: [string, number][] = [];
    const found = allMatches(clause, COUNT_PAIR);
    for (const m of found) pairs.push([m[2].toLowerCase(), Number(m[1])]);
    if (!pairs.length) continue;
    // ("3 High confidence, 5 Medium, 3 Weak": a scanner's warnings counted by its confidence, no level's count)
    if (clause.includes('onfiden') && found.some((m) => CONFIDENCE_WORD.test(m[2]) || CONFIDENCE_AFTER.test(clause.slice((m.index ?? 0) + m[0].length)))) continue;
    // (the sum the clause states is read only where the legend reads its counts, most clauses count no level of it:
    // clauseTotals, from resolveCountClauses)
    // Convention: a count stated in one sentence, its split by level in the next, which opens by pointing back
    // at it: "8 failed. Of the failures, 3 are High, 3 Medium and 2 Low", "The 9 controls … are gaps. By risk
    // rating: 3 High, 4 Medium, 2 Low": the counts of the clause before are kept, a sum among them is the total
    const prior = BACK_REFERENCE.test(bare) ? rf.countClauses?.[rf.countClauses.length - 1] : undefined;
    (rf.countClauses ??= []).push({ pairs, text: clause, bare, ...(prior ? { before: prior.pairs.map(([, n]) => n) } : {}) });
  }
}

/** The sum a count clause states (scanCountClauses kept the clause; read for a clause whose counts the legend reads). */
function clauseTotals(c: CountClause): ClauseTotals {
  const { text: clause, bare } = c;
  // the sum the clause states: one said to be the total first ("eight items in total"), else the
  // largest count of findings in it ("9 observations: 3 …", not the "3 observations" among the counts)
  const saidIt = COUNT_SAID.test(clause) || COUNT_LABEL.test(clause);
  const said = saidIt ? allMatches(clause, COUNT_TOTAL_G) : [];
  const totals = [
    ...said.filter((t) => t[2] !== undefined || t[3] !== undefined || t[4] !== undefined).map((t) => Number(t[2] ?? t[3] ?? t[4])),
    ...said.filter((t) => t[1] !== undefined).map((t) => Number(t[1])).sort((a, b) => b - a),
  ];
  // Convention: the findings counted by kind in one closed list, "I found **3 bugs** (one can lose data), **5
  // code-quality issues** and **2 nits**": kinds that part the findings between them, so their sum is the total
  // (Convention: "4 Major Defects (the panel, 3.1, counts in both)": an item the counts name twice, so their sum is
  // more than the findings and the total said stands)
  // (the subset that has findings, "15 threats modelled, 13 with a gap — 2 Critical, …": SUBSET_WITH_FINDINGS)
  const subset = clause.includes(' with ') ? SUBSET_WITH_FINDINGS.exec(clause) : null;
  if (subset && saidIt) totals.splice(0, totals.length, Number(subset[1]), ...totals.filter((t) => t !== Number(subset[1])));
  const kinds = saidIt && !DOUBLE_COUNTED.test(clause) ? kindListSum(bare) : null;
  if (kinds !== null && totals.every((t) => t < kinds)) totals.unshift(kinds);
  const sums = saidIt ? [] : allMatches(clause, COUNT_TOTAL_G).filter((t) => t[1] !== undefined).map((t) => Number(t[1]));
  // ("Open or in progress: 5 — 1 urgent, 1 high, 2 normal, 1 low": a number after a colon, its parts after a
  // dash; the sum when the parts add up to it)
  // (not said to be reported, the count with findings is their sum only where the levels add up to it)
  if (subset && !saidIt) sums.push(Number(subset[1]));
  const lead = saidIt ? null : /:\s*(\d{1,4})\s*[—–]\s+\d/.exec(clause);
  if (lead) sums.push(Number(lead[1]));
  // ("There are 8 new things below: 2 high, 3 medium and 3 low": a number before a colon that opens the
  // counts is their sum when they add up to it, whatever it counts)
  // (read only where it is used, in a clause that does not say it reports, and that holds the colon it needs)
  const before = saidIt || !clause.includes(':') ? null : COUNT_BEFORE_COLON.exec(clause);
  if (before) sums.push(Number(before[1]));
  return { totals, sums, said: saidIt };
}

/**
 * Convention: a threat model, risk or control review counts what it examined, then those of them with a finding, "15
 * threats modelled, 13 with a gap — 2 Critical, 5 High, …", "42 controls tested, 9 with findings: …": the count "with"
 * the finding is the report's total of findings, the first count is of everything examined
 */
const SUBSET_WITH_FINDINGS = /(?<![\p{L}\p{N}.,])(\d{1,4})\s+(?:of (?:them|these)\s+)?with\s+(?:an?\s+|one or more\s+|at least one\s+)?(?:gaps?|findings?|issues?|defects?|deficienc(?:y|ies)|weakness(?:es)?|vulnerabilit(?:y|ies)|problems?|exceptions?|nonconformit(?:y|ies)|observations?)(?![\p{L}])/iu;
const ARABIC_AND_NUMBER = /(?<![\p{L}\p{N}])\u0648(?=\d)/gu;
const ARABIC_ONE_AFTER = /(?<![\p{L}])(\p{L}[\p{L}\p{M}]*) (?:\u0648\u0627\u062D\u062F\u0629|\u0648\u0627\u062D\u062F)(?![\p{L}])/gu;
/**
 * The sum of a closed list of counts, two or more of them counts of findings by a noun of their own ("3 bugs",
 * "5 code-quality issues") and the rest counts of something else ("2 nits", a level the legend may rate, which
 * is read only later), parted only by commas and a last "and":
 * "3 bugs, 5 code-quality issues and 2 nits" is 10. Null where the clause holds no such list (`opening`: none that
 * opens the clause).
 */
function kindListSum(clause: string, opening = false): number | null {
  if (!/\sand\s|\s&\s/.test(clause)) return null;
  const items: { at: number; end: number; n: number; noun: boolean }[] = [];
  for (const m of allMatches(clause, COUNT_TOTAL_G)) if (m[1] !== undefined) items.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, n: Number(m[1]), noun: true });
  if (items.length < 2) return null;
  for (const m of allMatches(clause, COUNT_PAIR)) {
    const at = m.index ?? 0;
    if (!items.some((x) => at >= x.at && at < x.end)) items.push({ at, end: at + m[0].length, n: Number(m[1]), noun: false });
  }
  items.sort((a, b) => a.at - b.at);
  // the longest run of items parted by commas, closed by "and" before its last
  let best: typeof items = [];
  let run: typeof items = [items[0]];
  const close = () => {
    const last = run.length >= 2 ? clause.slice(run[run.length - 2].end, run[run.length - 1].at) : '';
    if (/\b(?:and)\b|&/.test(last) && run.filter((x) => x.noun).length >= 2 && run.length > best.length && (!opening || run[0].at === 0)) best = run;
  };
  for (let i = 1; i < items.length; i++) {
    const gap = clause.slice(items[i - 1].end, items[i].at);
    if (/^[\s*_]*(?:,[\s*_]*(?:and[\s*_]+)?|and[\s*_]+|&[\s*_]+)$/.test(gap)) run.push(items[i]);
    else {
      close();
      run = [items[i]];
    }
  }
  close();
  return best.length ? best.reduce((a, x) => a + x.n, 0) : null;
}

/**
 * Convention: Arabic-Indic digits ("٣", Arabic) and their Persian forms ("۱۲", Extended Arabic-Indic, as Persian and
 * Urdu reports write counts: "| بحرانی | ۲ |", "**۱۲ یافته**"): read as the ASCII digits they are
 */
// (and Bengali and Devanagari digits, "| জটিল | ২ |": vocab's asciiDigits reads them all)
export function westernDigits(s: string): string {
  return asciiDigits(s);
}

/**
 * Convention: Arabic counts. "حرجة واحدة، و3 عالية، وملاحظة معلوماتية واحدة": the conjunction "و" (and) is
 * written onto the number ("و3"), "one" follows what it counts ("حرجة واحدة", one critical), and digits may be
 * Arabic-Indic ("٣"). Rewritten as the counts other languages write ("و 3 عالية", "1 حرجة").
 */
function arabicCounts(line: string): string {
  if (!/[\u0600-\u06FF]/.test(line)) return line;
  return westernDigits(line)
    .replace(ARABIC_AND_NUMBER, '\u0648 ')
    .replace(ARABIC_ONE_AFTER, '1 $1');
}

/** a filled mark next to a hollow one of its family: a rating drawn out of a whole ("★★★★☆", "●●○○○") */
const RATING_RUN_HINT = /★☆|●○|■□/;
const RATING_FAMILIES: [string, string][] = [['★', '☆'], ['●', '○'], ['■', '□']];
/** every run of three to five marks of a family that a line draws as ratings, as "dots{filled}of{length}" */
function ratingRuns(text: string): string {
  for (const [full, hollow] of RATING_FAMILIES) {
    if (!text.includes(full + hollow)) continue;
    text = text.replace(new RegExp(`(?<![${full}${hollow}])[${full}${hollow}]{3,5}(?![${full}${hollow}])`, 'gu'), (run) => {
      const filled = [...run].filter((c) => c === full).length;
      return filled && !run.slice(0, filled).includes(hollow) ? `dots${filled}of${[...run].length}` : run;
    });
  }
  return text;
}
const SHAPE_RUN = /([◆■●★▲◇□○☆△])\1{0,4}(?![◆■●★▲◇□○☆△])/gu;
/** a count and the mark it counts, the mark alone (no word after it): "2 🔴", "3 🟠" */
// (or a run of one mark, "4 💰💰", the level of a scale drawn as one mark repeated: group 3 holds the repeats; "and"
// may follow the last, "2 💰 and 1 🧾")
const MARK_GLOSS_COUNT = /(?<![\p{L}\p{N}.,])(\d{1,4})\s*(\p{Extended_Pictographic})\uFE0F?\s+[\p{L}][\p{L}-]{1,20}(?=\s*(?:[,;.·]|\s(?:and|or)\s|$))/gu;
const MARK_COUNT = /(?<![\p{L}\p{N}.,])(\d{1,4})\s*(\p{Extended_Pictographic})\uFE0F?((?:\2\uFE0F?){0,4})(?!\s*(?!(?:and|or|und|et|y|och|og|en|и)\s)\p{L}{2})/gu;

const SPACE_LETTER = /\s\p{L}/u;
const PLURAL_IES = /(?<=\p{L}{3})ies$/u;
const PLURAL_S = /(?<=\p{L}{3})(?:es|s)$/u;
const PLURAL_LV = /(?<=\p{L}{3})(?:i|as)$/u;
/** A counted word read through the report's legend, then as a severity ("P1s", "Priority 2", "élevées"). */
/** the level of the one legend word that opens with `prefix` (countWordSeverity), or null when none or several do */
function schemeLevelStartingWith(rf: ReportFacts, prefix: string): Severity | null {
  // (the legend's words alone, not its entries: an array made for each of its words on every call)
  let found: Severity | null = null;
  for (const w of rf.scheme.keys()) {
    if (!w.startsWith(prefix)) continue;
    if (found) return null;
    found = rf.scheme.get(w)!;
  }
  return found;
}
function countWordSeverity(word: string, rf: ReportFacts, alone = true): Severity | null {
  const dots = /^dots([1-5])of([3-5])$/.exec(word);
  if (dots) return dotRating('★'.repeat(Number(dots[1])) + '☆'.repeat(Number(dots[2]) - Number(dots[1])));
  const shape = /^shape([0-9a-f]{4,5})x([1-5])$/.exec(word);
  if (shape) return rf.emojiScheme?.get(String.fromCodePoint(parseInt(shape[1], 16)).repeat(Number(shape[2]))) ?? null;
  const mark = /^mark([0-9a-f]{4,5})$/.exec(word);
  // (a mark the legend does not rate is read as it usually is, "1 🔥" beside a scale of "💰" runs, as findings read it)
  if (mark) {
    const ch = String.fromCodePoint(parseInt(mark[1], 16));
    return rf.emojiScheme?.get(ch) ?? (rf.emojiScheme?.size ? SEVERITY_EMOJI[ch] : undefined) ?? null;
  }
  // "significant deficiencies" names one of the report's words; "medium and" is the one word
  // "2 Tier A, 3 Tier B": a grade after the name of its scale
  // ("2 × Risk 5, 3 × Risk 4": a level of the report's numbered scale after the scale's name)
  const numbered = /^(?:risk|level|severity|rating|impact|grade)\s?([0-9])$/.exec(word);
  if (numbered && rf.scheme.get(numbered[1])) return rf.scheme.get(numbered[1])!;
  const graded = GRADED_WORD.exec(word);
  if (graded && rf.scheme.get(graded[1].toLowerCase())) return rf.scheme.get(graded[1].toLowerCase())!;
  // Convention: action priorities lettered in the legend ("**A — Urgent**", "Priority B — High", as asbestos, fire
  // and maintenance surveys grade them) and counted by letter after the word, "1 × Priority A, 5 × Priority B"
  const lettered = PRIORITY_LETTER.exec(word);
  if (lettered && rf.scheme.get(lettered[1].toLowerCase())) return rf.scheme.get(lettered[1].toLowerCase())!;
  if (SPACE_LETTER.test(word)) {
    const words = word.split(/\s+/);
    // (Convention: a legend level named in four words or more, "Must fix before fab", counted so, "4 Must fix before
    // fab, 5 Should fix": the three words a count's pair keeps open the one level of the legend that starts with them)
    if (words.length === 3 && rf.scheme.size) {
      const longer = schemeLevelStartingWith(rf, `${word} `);
      if (longer) return longer;
    }
    for (let n = words.length; n >= 2; n--) {
      const w = words.slice(0, n).join(' ');
      const said = rf.scheme.get(w);
      if (said) return said;
      // (its words in the singular, made only where the phrase as written is no word of the legend)
      const phrase = words.slice(0, n).map((x) => (PLURAL_IES.test(x) ? x.replace(/ies$/, 'y') : x.replace(PLURAL_S, ''))).join(' ');
      // (or a severity of two words: "two significant deficiencies", "2 temuan berisiko Sangat Tinggi")
      const own = said ?? rf.scheme.get(phrase) ?? ([w, phrase].some(isSeverityWord) ? severityFromValue(w) : null);
      if (own) return own;
    }
    return countWordSeverity(words[0], rf, false);
  }
  const w = word.replace(/^priority\s?([0-4])$/, 'p$1');
  const paired = rf.pairedP?.get(w);
  if (paired) return paired;
  const one = PLURAL_IES.test(w) ? w.replace(/ies$/, 'y') : w.replace(PLURAL_S, '');
  // (Latvian adjectives count in the plural: "2 sarkani, 3 dzelteni un 2 zaļi" where the legend names "Sarkans",
  // "Dzeltens", "Zaļš"; the feminine "sarkanas" where it names "Sarkana")
  const lv = PLURAL_LV.test(w) ? [w.replace(/i$/, 's'), w.replace(/i$/, 'š'), w.replace(/as$/, 'a')] : [];
  // ("5 should-fix" where the legend names "**Should fix**": a word of the legend's counted with hyphens between its words)
  const joined = w.includes('-') ? [w, one, w.replace(/s$/, '')].map((x) => rf.scheme.get(x.replace(/-/g, ' '))).find(Boolean) : undefined;
  const own = rf.scheme.get(w) ?? rf.scheme.get(one) ?? rf.scheme.get(w.replace(/s$/, '')) ?? lv.map((x) => rf.scheme.get(x)).find(Boolean) ?? joined ?? italianPluralSchemeWord(rf.scheme, w) ?? frenchGenderSchemeWord(rf.scheme, one);
  if (own) return own;
  const clipped = abbreviatedSchemeWord(rf.scheme, one);
  if (clipped) return clipped;
  // the levels of tool output ("0 errors, 14 warnings, 6 notes") count messages, not findings
  if (/^(?:errors?|warnings?|notes?|hints?|none|important|urgent)$/.test(w)) return null;
  // Convention: QA severity levels counted ("2 × S1, 4 × S2, 2 × S3, 1 × S4"), as severityFromValue reads "S1"
  // where a value opens with it; only a level counted alone ("3 S3 buckets" counts buckets)
  const qa = alone ? /^s([1-5])$/.exec(w) : null;
  if (qa) return severityFromValue(`S${qa[1]}`);
  // ("8 comments — 3 major, 3 minor, 2 nits": a review's nits, informational as its "[nit]" comments are, where
  // no legend rates them; Convention: a priority scale closed by an FYI tier, "P0 … P3" then "FYI — observation, no
  // action requested", counted "1 P0, 4 P1 … and 1 FYI": what asks for nothing is informational)
  if (/^(?:nit(?:pick)?s?|fyis?)$/.test(w)) return 'info';
  // Convention: a review's tiers counted by their labels, "4 must-fix, 4 should-fix, 2 nits", where its comments are
  // labelled "**must-fix:**", "**should-fix:**" (lead.ts commentLead) and no legend rates the words: high and medium
  if (w.includes('-fix')) {
    const tier = /^(must|should)-fix(?:es)?$/.exec(w);
    if (tier) return tier[1] === 'must' ? 'high' : 'medium';
  }
  return countedSeverity(w) ?? countedSeverity(one);
}

/** a word of letters alone, in any script (abbreviatedSchemeWord) */
const LETTERS_ONLY = /^\p{L}+$/u;
/**
 * Convention: a legend that tables its levels by a short form, "| ⚪ Obs | Observation, no rating |", "| Rec |",
 * "| Info |", while the summary counts them written out, "2 Red, 4 Amber, 2 Green and 1 observation": the word
 * the legend's short form opens is that level (three letters or more, the word longer than the form)
 */
function abbreviatedSchemeWord(scheme: Map<string, Severity>, word: string): Severity | null {
  if (word.length < 5 || !LETTERS_ONLY.test(word)) return null;
  // (the legend's words alone, not its entries: an array made for each of its words on every call)
  for (const k of scheme.keys()) if (k.length >= 3 && k.length < word.length && word.startsWith(k) && LETTERS_ONLY.test(k)) return scheme.get(k)!;
  return null;
}

/** The counts of the fullest clause that reads as a count of findings (the first of equals). */
/** " issues", " findings": a noun for findings after a level's word ("blocking issues") */
const COUNTED_NOUN_AFTER = /\s+(?:issues?|findings?|bugs?|problems?|defects?|comments?|items?|notes?)$/;
const COUNTED_NOUN_ALONE = /^(?:issues?|findings?|bugs?|problems?|defects?|comments?|items?)$/;

/** the levels read are the clause's last counts, any other count before them ("Of the 6 that failed, 1 is High, …") */
function tail(pairs: [string, number][], n: number, rf: ReportFacts): boolean {
  return pairs.slice(pairs.length - n).every(([w]) => countWordSeverity(w, rf) !== null);
}

const CLOSED_TAIL_HINT = /\b(?:closed|dismissed|rejected)\b/i;
/** ", and one item that was closed as not a bug" closing a count by level: the count of those closed unrated */
const CLOSED_TAIL = /,?\s+(?:and|plus)\s+(\d{1,3}|one|two|three|four|five)\s+(?:(?:more\s+)?(?:items?|issues?|findings?|bugs?|topics?)\s+)?(?:that\s+)?(?:was|were)\s+(?:closed|dismissed|rejected)\b[^,;]*$/i;

/** "note", "notes": a count of notes, read as a level only beside the levels it closes (noteBesideLevels) */
const NOTE_COUNT = /^notes?$/;
/** "errors", "warnings": a tool's message levels, whose notes count messages */
const MESSAGE_LEVEL = /^(?:errors?|warnings?|hints?)$/;
/**
 * Convention: a security or risk assessment whose mildest level is a Note (a documentation or process observation, no
 * direct risk), counted after the rated levels, "1 Intolerable, 5 High, 3 Medium, 1 Low and 1 Note", "2 High, 4 Medium
 * and 3 Notes": the notes are the informational level of that count. Read where two counts or more of the clause are of
 * the report's levels and none is of a tool's messages ("0 errors, 14 warnings, 6 notes" counts messages).
 */
function noteBesideLevels(word: string, pairs: [string, number][], rf: ReportFacts): Severity | null {
  if (!NOTE_COUNT.test(word)) return null;
  if (pairs.some(([w]) => MESSAGE_LEVEL.test(w))) return null;
  return pairs.filter(([w]) => !NOTE_COUNT.test(w) && countWordSeverity(w, rf) !== null).length >= 2 ? 'info' : null;
}

/**
 * Convention: a review counts its comments by its labels where the legend puts two labels on one level, "12
 * comments: 5 blocking, 4 non-blocking, 2 suggestions and 1 nit" (Conventional Comments: a suggestion and a nit are
 * both informational): the counts of one level add up. Only where each such word is a different word of the
 * report's legend; null where a level is counted twice otherwise ("3 high … 2 high").
 */
function sameLevelLabels(pairs: [string, number][], rf: ReportFacts): (readonly [Severity, number])[] | null {
  const byLevel = new Map<Severity, number>();
  const words = new Set<string>();
  for (const [w, n] of pairs) {
    // ("1 suggestion and 1 nit": the clause's word may carry the "and" before the next count)
    // ("2 Monitor items and 3 Maintenance items": the level's word before a noun for findings, as `level` reads it)
    const w0 = w.toLowerCase().replace(/\s+(?:and|or)$/, '');
    const whole = w0.replace(PLURAL_S, '');
    const key = rf.scheme.has(whole) ? whole : w0.replace(COUNTED_NOUN_AFTER, '').replace(PLURAL_S, '');
    const sev = rf.scheme.get(key);
    // ("15 items requiring attention: 3 Safety Hazards, …": the count of the whole, by a noun for findings, is no level's)
    if (!sev && COUNTED_NOUN_ALONE.test(key)) continue;
    if (!sev || words.has(key)) return null;
    words.add(key);
    byLevel.set(sev, (byLevel.get(sev) ?? 0) + n);
  }
  return [...byLevel];
}
export function resolveCountClauses(rf: ReportFacts): void {
  let best: { read: (readonly [Severity | null, number])[]; total: number | null; said?: boolean; levelCounts?: number[] } | null = null;
  for (const c of rf.countClauses ?? []) {
    let read = c.pairs.map(([w, n]) => [countWordSeverity(w, rf) ?? noteBesideLevels(w, c.pairs, rf), n] as const).filter(([sev]) => sev !== null);
    if (read.length && new Set(read.map(([sev]) => sev)).size < read.length) {
      const merged = sameLevelLabels(c.pairs, rf);
      if (!merged) continue;
      read = merged;
    }
    if (!read.length) continue;
    const stated = clauseTotals(c);
    const sum = read.reduce((a, [, n]) => a + n, 0);
    // ("3 Major, 4 Minor and 2 Observations" where the legend makes Observation a level: a count of that level,
    // not the number of findings, though the word names findings too)
    // ("**2 blocking issues**" where the legend names the level "Blocking": the level's word before a noun for findings)
    const level = ([w]: [string, number]) => rf.scheme.has(w.replace(PLURAL_S, '')) || (COUNTED_NOUN_AFTER.test(w) && rf.scheme.has(w.replace(COUNTED_NOUN_AFTER, '')));
    const totals = stated.totals.filter((t) => !c.pairs.some((p) => p[1] === t && level(p)));
    // "10 comments in total: 3 blockers, 3 major, 2 minor, 2 notes": the sum is no smaller than the
    // counts ("total: 3" there opens them); one count needs a larger sum beside it ("9 issues (1
    // critical)", not "57 critical issues")
    // ("The 28 results collapse into 11 unique findings: 3 CAT I, 6 CAT II and 2 CAT III": a count of
    // findings the counts add up to is their sum, whatever verb states it)
    // ("11 items: 4 must, 3 should, 3 could, 1 won't": a count the parts add up to with an unrated one
    // among them, a tag the legend gives no severity, is their total all the same)
    const all = c.pairs.reduce((a, [, n]) => a + n, 0);
    // Convention: a readiness or audit summary counts its items whole, then splits them by kind, one kind rated by the
    // legend and one not, "We identified **13 items in total**: 12 gaps and 1 observation": the count the parts add up
    // to is the total, not the unrated part's own count ("12 gaps") that a noun for findings also makes a total
    const whole = read.length < c.pairs.length && all > sum && totals.includes(all) ? all : undefined;
    const total = whole ?? totals.find((t) => (read.length === 1 ? t > sum : t >= sum)) ?? (read.length >= 2 ? stated.sums.find((t) => t === sum || (t === all && c.pairs.length - read.length === 1)) ?? (c.before && tail(c.pairs, read.length, rf) ? c.before.find((t) => t === sum) : undefined) : undefined) ?? null;
    if (total === null && (totals.length > 0 || read.length < 2)) continue;
    // the fullest statement wins ("10 gaps — 5 high, 4 medium and 1 low" over its wrapped line alone)
    // (the counts of the report's own levels: a total read elsewhere from "2 Observations" is that level's count)
    const levelCounts = c.pairs.filter(level).map(([, n]) => n);
    // (and the same counts in a sentence that says it reports them, "We logged 7 items: 2 high, 3 medium, 2 low", over
    // the wrapped line that holds them alone)
    const same = !!best && read.length === best.read.length && read.every(([sv, n], i) => best!.read[i]?.[0] === sv && best!.read[i]?.[1] === n);
    if (!best || read.length > best.read.length || (same && best.total === null && (total !== null || (stated.said && !best.said)))) best = { read, total, said: stated.said, levelCounts };
  }
  if (!best) return;
  // Convention: a triage split by part (one section per image, service or component) opens each part with its own
  // counts, "**2 critical · 1 high · 0 medium**", while a summary gives the whole report's counts and total: a
  // clause stating no total whose counts fall short of the report's total, where the counts already read add up to
  // it, counts one part, not the report
  if (best.total === null && rf.claims.total !== undefined) {
    const part = best.read.reduce((a, [, n]) => a + n, 0);
    const whole = Object.entries(rf.claims).reduce((a, [k, n]) => (k === 'total' ? a : a + (n ?? 0)), 0);
    if (part < rf.claims.total && whole === rf.claims.total) return;
  }
  // (it reads the report's own words, so it stands over a reading of the same words without them)
  // Convention: a pentest summary counts its vulnerabilities in prose and sets the informational notes apart
  // ("Se identificaron **7 vulnerabilidades**: 1 crítica, … Además se recogen 2 observaciones informativas"), while
  // its table by level counts both ("| Informativa | 2 |" … "| **Total** | **9** |"): a total read already that is
  // the prose count plus the informational ones, where the prose counted none of them, counts every finding
  const withInfo = best.total !== null && rf.claims.info !== undefined && !best.read.some(([sev]) => sev === 'info') && rf.claims.total === best.total + rf.claims.info;
  for (const [sev, n] of best.read) rf.claims[sev!] = n;
  if (best.total !== null) {
    if (!withInfo) rf.claims.total = best.total;
  }
  // ("The review raised 6 HRIs and 4 MRIs": a statement of what was found, complete by severity, sums to the total)
  else if (best.said && best.read.length >= 2 && (rf.claims.total === undefined || best.levelCounts?.includes(rf.claims.total))) rf.claims.total = best.read.reduce((a, [, n]) => a + n, 0);
  rf.hasClaims = true;
}

const MARK_THEN_COUNT = /^((?:\p{S}|\p{Extended_Pictographic}|\uFE0F){1,6})\s*[:=]?\s*(\d{1,5})$/u;
/** Reads one line of report prose (Markdown emphasis already removed). */
/**
 * Convention: a tracker export's totals in its own marks, each mark beside its count: "Totals: ‼ 2 · ▮▮▮ 3
 * · ▮▮▯ 3 · ▮▯▯ 4 · ─ 2 · 14 issues" under a key "Priority: ‼ Urgent · ▮▮▮ High · …". The marks the key
 * rates count as those severities; the others (no priority) count nothing.
 */
function markCounts(line: string, rf: ReportFacts): void {
  if (!rf.emojiScheme?.size || !/[·•|]/.test(line)) return;
  const m = /^[\s>*+-]*(?:\*\*|__)?(?:totals?|tally|counts?|summary|by priority|by severity)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(.*)$/iu.exec(line);
  if (!m) return;
  const counted = new Map<Severity, number>();
  const parts = m[1].split(/\s+[·•|]\s+/);
  let said: number | null = null;
  parts.forEach((e, i) => {
    // ("Tally: 2 🟥 · 4 🟧 · 2 🟨 · 1 🟦 (9 findings). Both 🟥 …": the count may come before its mark, and the
    // last entry may close with the sum in brackets and go on with the next sentence)
    const x = MARK_THEN_COUNT.exec(e.trim());
    const y = x ? null : new RegExp(String.raw`^(\d{1,5})\s*((?:\p{S}|\p{Extended_Pictographic}|\uFE0F){1,6})${i === parts.length - 1 ? String.raw`(?:\s*\((\d{1,5})\s+(?:findings|issues|items)\))?(?=$|[\s.;,])` : '$'}`, 'u').exec(e.trim());
    const mark = x ? x[1] : y?.[2];
    // (the usual colours count at their usual levels beside the legend's own marks: "🔴 2 · 🟠 3 · ⚪ 2")
    const sev = mark ? rf.emojiScheme!.get(mark.replace(/\uFE0F/g, '')) ?? SEVERITY_EMOJI[mark.replace(/\uFE0F/g, '')] : undefined;
    if (sev) counted.set(sev, (counted.get(sev) ?? 0) + Number(x ? x[2] : y![1]));
    if (y?.[3]) said = Number(y[3]);
  });
  if (counted.size < 2) return;
  for (const [sev, n] of counted) if (rf.claims[sev] === undefined) rf.claims[sev] = n;
  if (said !== null && rf.claims.total === undefined && said === [...counted.values()].reduce((a, n) => a + n, 0)) rf.claims.total = said;
  rf.hasClaims = true;
}

/**
 * Convention: counts by the legend's marks, each mark before its count and a gloss of what it counts, "**Result: 12
 * issues.** 🔴 3 crash / data loss · 🟠 4 major · 🟡 3 minor · ⚪ 2 polish": the mark rates the count (the words
 * after it only gloss it), and a count of findings before the first mark is their sum when the counts add up to it.
 */
const MARK_LED = /^(\p{Extended_Pictographic})\uFE0F?\s*(\d{1,4})(?![\d.,:%/])(?:\s+[^\d·•|]{1,40})?$/u;
const MARK_LED_COUNTS_RE = /^(.*?)(\p{Extended_Pictographic}\uFE0F?\s*\d.*)$/u;
function markLedCounts(line: string, rf: ReportFacts): void {
  if (line.length > 400 || !/[·•]/.test(line) || !/[\u2600-\u27BF\u{1F300}-\u{1FAFF}]/u.test(line)) return;
  const parts = line.trim().replace(/[.;]\s*$/, '').split(/\s+[·•]\s+/);
  if (parts.length < 2) return;
  const first = MARK_LED_COUNTS_RE.exec(parts[0]);
  if (!first) return;
  parts[0] = first[2];
  const counted = new Map<Severity, number>();
  for (const p of parts) {
    const m = MARK_LED.exec(p.trim());
    if (!m) return;
    const sev = rf.emojiScheme?.get(m[1]) ?? SEVERITY_EMOJI[m[1]];
    if (!sev || counted.has(sev)) return;
    counted.set(sev, Number(m[2]));
  }
  const sum = [...counted.values()].reduce((a, n) => a + n, 0);
  const said = first[1] ? allMatches(first[1], COUNT_TOTAL_G).map((t) => Number(t[1] ?? t[2] ?? t[3] ?? t[4])) : [];
  for (const [sev, n] of counted) if (rf.claims[sev] === undefined) rf.claims[sev] = n;
  if (rf.claims.total === undefined && said.includes(sum)) rf.claims.total = sum;
  rf.hasClaims = true;
}

/**
 * Convention: org-mode's priority cookies in a report's own words (an org file exported by ox-md): a
 * legend entry "[#A] high: has to be DONE before cutover" (the cookie's level, and whether its items gate
 * the release), "Only [#A] items gate the cutover" (the others do not), and counts "4 × [#A], 4 × [#B],
 * 2 × [#C]". A cookie no entry defines reads on org's default scale (A high, B medium, C low).
 */
function scanOrgCookies(line: string, rf: ReportFacts): void {
  if (!line.includes('[#')) return;
  const level = (c: string): Severity | null => rf.orgCookies?.get(c.toLowerCase()) ?? ({ a: 'high', b: 'medium', c: 'low' } as Record<string, Severity>)[c.toLowerCase()] ?? null;
  const entry = /^[\s>*+-]*\[#([A-Z])\]\s+(critical|high|medium|low|info(?:rmational)?)\b\s*[:—–-]?\s*(.{0,200})$/i.exec(line);
  if (entry) {
    const sev = severityFromValue(entry[2]);
    if (sev && !rf.orgCookies?.has(entry[1].toLowerCase())) (rf.orgCookies ??= new Map()).set(entry[1].toLowerCase(), sev);
    if (sev && /\b(?:before|prior to|blocks?|gates?)\b[^.;]{0,20}\b(?:cutover|release|launch|go[- ]live|deploy(?:ment)?|ship(?:ping)?|rollout|merge|production)\b/i.test(entry[3])) rf.gate.add(sev);
  }
  const only = /\bonly\s+\[#([A-Z])\](?:\s+(?:and|or)\s+\[#([A-Z])\])?\s+(?:items?|tasks?|entries|headings?|findings?)\s+(?:gate|block|hold)/i.exec(line);
  if (only) {
    for (const c of [only[1], only[2]]) {
      const sev = c ? level(c) : null;
      if (sev) rf.gate.add(sev);
    }
    rf.gateOnly = true;
  }
  const counts = allMatches(line, /(?<![\d.])(\d{1,4})\s*[×x]\s*\[#([A-Z])\]/g);
  if (counts.length >= 2) {
    let total = 0;
    for (const m of counts) {
      const sev = level(m[2]);
      total += Number(m[1]);
      if (sev && rf.claims[sev] === undefined) {
        rf.claims[sev] = Number(m[1]);
        rf.hasClaims = true;
      }
    }
    if (rf.claims.total === undefined) rf.claims.total = total;
  }
}

/**
 * Convention: a plan's sentence that one finding waits for another, written outside both: "NN-1 pradedama tik
 * užbaigus DN-1" (NN-1 is started only once DN-1 is completed), "R-4 starts only after R-2 is closed", "يبدأ …".
 * The sentence opens with the finding that waits; the one it waits for follows a word for "once … done".
 * (German: "PT-07 setzt PT-05 voraus" PT-07 presupposes PT-05, "PT-07 hängt von PT-05 ab" depends on it, "PT-07:
 * Setzt die Behebung von PT-05 voraus" presupposes the fix of PT-05; "Der Retest von KK-1497 ist erst sinnvoll
 * **nach KK-1485**" the retest of one is worth doing only after the other, "PT-07 wird erst nach PT-05 behoben")
 * (Convention: a risk or finding that cannot be closed until another's work is done, "R-07 cannot be closed until the
 * HR-POL-22 amendment for R-02 is approved", "F-4 can't be retested until F-1 is deployed": it waits for the other,
 * named alone or as the owner of a piece of work after "the … for")
 * (a roadmap's word on order, the one to fix later named first: "SR-4 should be addressed after SR-2: …", "X-3 must
 * be fixed only after X-1", the other named after "after" with no state of its own; a tracker's word for taking up
 * the work, "DN-2276 should only be picked up after DN-2304 lands", "… started after …", "… merged after …")
 */
// (Convention: a release note on the order of two fixes, "CC-01 must ship together with or after CC-02", "X-2 should land
// after X-1", "… go live alongside or after …": the one named first waits for the other)
// (Romanian, a test report's note on the order of retests: "DEF-12 va fi re-testat **după** remedierea DEF-9", re-tested
// after the fix of DEF-9, "după corectarea", "după rezolvarea": the noun of the other's fix after "după")
// (Convention: an inspection's hold on proving one item until another's works are done, the other's id in brackets
// after the works, "D-04 cannot be proved until the extract proving circuit is restored (D-03)": it waits for it)
// (Convention: a chat message opened by an aside before the item, "heads up, AI-4 can't start until AI-2 is merged",
// "FYI: …": the aside says nothing of order; the active verb, "can't start", "can't ship", as "can't be started")
const WAIT_CLAUSE = /^[^\p{L}\p{N}]*(?:(?:[Hh]eads[- ]up|FYI|[Ff]yi|PSA|NB|[Bb]tw|BTW)[,:—–-]*\s+)?(?:(?:the )?(?:fix(?:ing)?|work on|remediation of) |(?:[Dd]er|[Dd]ie) (?:Retest|Nachtest|Behebung|Korrektur|Fix|Umsetzung) (?:von |für )?)?([A-Z][A-Z0-9]{0,9}-\d{1,5})(?![\w-])[^.;!?]{0,80}?(?<![\p{L}])(?:(?:(?:only )?(?:after|once) ([A-Z][A-Z0-9]{0,9}-\d{1,5}) (?:is|has been|was) (?:fixed|closed|done|resolved|merged|completed|verified))|(?:should|must|can|needs to|has to|is to|are to) (?:only )?(?:be (?:addressed|fixed|remediated|resolved|tackled|handled|done|implemented|picked up|started|scheduled|merged)|ship|land|go (?:out|live)|deploy|release)(?: (?:together )?(?:with|alongside) or)? (?:only )?after ([A-Z][A-Z0-9]{0,9}-\d{1,5})|(?:užbaigus|pašalinus|ištaisius|įgyvendinus|uždarius|po to,? kai) ([A-Z][A-Z0-9]{0,9}-\d{1,5})|بعد (?:إغلاق|إصلاح|معالجة) ([A-Z][A-Z0-9]{0,9}-\d{1,5})|[Ss]etzt (?:die (?:Behebung|Korrektur|Umsetzung|Schließung) (?:von )?)?([A-Z][A-Z0-9]{0,9}-\d{1,5}) voraus|hängt von ([A-Z][A-Z0-9]{0,9}-\d{1,5}) ab|(?:cannot|can't|can not|won't|will not|must not|may not|should not) (?:be )?(?:closed|fixed|resolved|signed off|accepted|completed|done|verified|retested|started|implemented|enabled|lifted|start|begin|ship|land|merge|deploy|go (?:out|live)) until (?:the (?:[^\s.;,]+ ){1,4}?(?:for|of|in|from|under|behind) )?([A-Z][A-Z0-9]{0,9}-\d{1,5}) (?:is|are|has been|have been|gets|was) (?:\p{L}+ed|done)|(?:cannot|can't|can not|will not|won't|may not) be (?:proved|proven|tested|re-?tested|commissioned|certified|witnessed|verified|signed off|closed) until (?:the |its |their )?(?:[^\s.;,()]+ ){1,8}?(?:is|are|has been|have been) (?:\p{L}+ed|done|in place) \(([A-Z][A-Z0-9]{0,9}-\d{1,5})\)|erst (?:\p{L}+ ){0,3}?(?:\*\*|__)?nach (?:(?:der|dem) (?:Behebung|Korrektur|Fix|Schließung) (?:von )?)?(?:\*\*|__)?([A-Z][A-Z0-9]{0,9}-\d{1,5})|(?:\*\*|__)?după(?:\*\*|__)? (?:remedierea|corectarea|rezolvarea|repararea|închiderea|rezolvare?a) (?:lui )?(?:\*\*|__)?([A-Z][A-Z0-9]{0,9}-\d{1,5}))(?![\w-])/u;
/**
 * Convention: "R2 depends on R3 because the context change touches `tx.go` too", "SEC-4 depends on SEC-2": a
 * finding named as depending on another, by tracker ids or the report's short ids ("R2", not "P1")
 */
// ("Nota: la corrección de CED-121 depende de CED-101, ya que …": Spanish and Portuguese "depende de", French "dépend
// de", Italian "dipende da", the fix of the one named first; a note's label may open the sentence)
const DEPENDS_CLAUSE = /^[^\p{L}\p{N}]*(?:(?:[Nn]ote|[Nn]ota|[Rr]emarque|[Hh]inweis)\s*:\s*)?(?:(?:the )?fix(?:ing)? (?:for |of )?|(?:[Ll]a )?(?:[Cc]orrección|[Cc]orreção|[Cc]orrection|[Cc]orrezione) (?:de(?:l| la| l')? ?|d[eoia] |della |del )?)?([A-Z][A-Z0-9]{0,9}-\d{1,5}|(?!P[0-4]\b|S[0-5]\b)[A-Z]{1,3}\d{1,4})(?![\w-])\s+(?:also\s+|también\s+|também\s+|aussi\s+|anche\s+)?(?:depends\s+on|depende\s+de|dépend\s+de|dipende\s+da)\s+((?:[A-Z][A-Z0-9]{0,9}-\d{1,5}|(?!P[0-4]\b|S[0-5]\b)[A-Z]{1,3}\d{1,4})(?![\w-]))/u;
/**
 * Convention: a plan's ordering constraints written as bare pairs of ids, "Ordering constraints: PLT-06 after
 * PLT-04; PLT-09 after PLT-08.", "Sequence: DB-3 after DB-1": the pair alone is the clause (after a colon at
 * most), the first waits for the second
 */
const ORDER_PAIR = /(?:^|:\s+)[^\p{L}\p{N}]*([A-Z][A-Z0-9]{0,9}-\d{1,5})(?:\*\*|__)?\s+(?:only\s+)?after\s+(?:\*\*|__)?([A-Z][A-Z0-9]{0,9}-\d{1,5})(?![\w-])(?:\*\*|__)?\s*[.;]?\s*$/u;
/**
 * Convention: an inspector's note saying a finding's re-check or fix hangs on another's, the adjective after the
 * first id, "Re-witnessing of L1-01 is therefore **dependent on L1-02** being fitted first", "closure of AB-4 is
 * contingent on AB-2": the first waits for the second
 */
const DEPENDENT_CLAUSE = /([A-Z][A-Z0-9]{0,9}-\d{1,5})(?![\w-])[^.;!?]{0,40}?\b(?:is|are|remains?)\s+(?:therefore\s+|also\s+|thus\s+|still\s+)?(?:\*\*|__)?(?:dependent|contingent)\s+(?:up)?on\s+(?:the\s+(?:fix|closure|completion)\s+of\s+)?(?:\*\*|__)?([A-Z][A-Z0-9]{0,9}-\d{1,5})(?![\w-])/u;
const WAIT_CLAUSE_SPLIT = /(?<=[.;!?])\s+|,\s+so\s+/;
function scanWaits(line: string, rf: ReportFacts): void {
  if (line.includes('dependent') || line.includes('contingent')) {
    for (const clause of line.split(/(?<=[.;!?])\s+/)) {
      const m = DEPENDENT_CLAUSE.exec(clause);
      if (m && m[1] !== m[2]) addWait(rf, m[1], m[2]);
    }
  }
  if (line.includes('depends on') || /depende de|dépend de|dipende da/.test(line)) {
    for (const clause of line.split(/(?<=[.;!?])\s+/)) {
      const m = DEPENDS_CLAUSE.exec(clause);
      if (m && m[1] !== m[2]) addWait(rf, m[1], m[2]);
    }
  }
  if (!/[A-Z]-\d[\s\S]*[A-Z]-\d/.test(line) || !/after|once|until|užbaig|pašalin|ištais|įgyvendin|uždar|po to|بعد|voraus|hängt von|erst |după/.test(line)) return;
  // ("DN-2304's fix touches the same code as DN-2276, so DN-2276 should only be picked up after DN-2304 lands": the
  // clause after ", so" opens with the finding that waits, as a sentence would)
  for (const clause of line.split(WAIT_CLAUSE_SPLIT)) {
    const m = WAIT_CLAUSE.exec(clause) ?? ORDER_PAIR.exec(clause);
    const other = m && (m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11]);
    if (m && other && other !== m[1]) addWait(rf, m[1], other);
  }
}

/**
 * Convention: a register's or action plan's status cell that says what the row's finding waits for, "| SF-06 | … |
 * Open — awaiting SF-05 |", "Blocked by AP-3", "On hold pending R-2", "waiting on #12": the row's finding (its id in
 * the first cell) waits for the one named. Rows are the table's body cells.
 */
const ROW_ID_CELL = /^[^\p{L}\p{N}#]*([A-Z][A-Z0-9]{0,9}-\d{1,6}|#\d{1,6})[^\p{L}\p{N}]*$/u;
const AWAITING_CELL = /(?:^|[\s—–(-])(?:awaiting|waiting (?:on|for)|pending|blocked (?:by|on)|on hold (?:for|pending))\s+(?:(?:the )?(?:fix|closure|completion) (?:of|for)\s+)?([A-Z][A-Z0-9]{0,9}-\d{1,6}|#\d{1,6})(?![\w-])/i;
export function awaitingCells(body: string[][], rf: ReportFacts): void {
  for (const r of body) {
    const own = r.length > 2 ? ROW_ID_CELL.exec(r[0] ?? '')?.[1] : undefined;
    if (!own) continue;
    for (const c of r.slice(1)) {
      if (c.length > 200 || !/wait|pending|blocked/i.test(c)) continue;
      const m = AWAITING_CELL.exec(c);
      if (m && m[1] !== own) addWait(rf, own, m[1]);
    }
  }
}

/** Records that the finding `ref` waits for `other`, once. */
function addWait(rf: ReportFacts, ref: string, other: string): void {
  const waits = (rf.waitsByRef ??= new Map()).get(ref);
  if (!waits) rf.waitsByRef.set(ref, [other]);
  else if (!waits.includes(other)) waits.push(other);
}

/**
 * Convention: notes on selected findings under a register, each a paragraph opened by the finding's id in bold
 * as a run-in label: "**A-05.** The endpoint checks only … **This blocks the 3.0 release.**", "**KF-05.** …
 * so it is done after KF-06", "**RS-04 / RS-05.** Both live in …". The paragraph is that finding's text: what it
 * says of shipping is said of the finding, and it joins the finding's body (where what it waits for is read).
 * (The label may open with a word for "about" before the id: German "**Zu SR-04.**", "**Zum Befund SR-04:**",
 * English "**Re PX-3:**", "**Regarding PX-3.**"; notes on selected findings written as a run of such paragraphs)
 */
// ("**HL-01 details.** The grid …", "**AB-3 notes:**": the id and a word saying the paragraph is its details)
const ID_NOTE = new RegExp(String.raw`^\s*(?:\*\*|__)(?:${ABOUT_ID})?([A-Z][A-Z0-9]{0,9}-\d{1,5}(?:\s*(?:\/|,|&)\s*[A-Z][A-Z0-9]{0,9}-\d{1,5}){0,4})(?:\s+(?:details?|notes?|comments?))?(?:[.:](?:\*\*|__)|(?:\*\*|__)[.:])\s+\S`);
// Convention: under a register, a paragraph whose subject is one finding's id, not in bold, "HL-10 is the most
// significant open issue …: the deck plan (`src/seats/DeckPlan.tsx`) …", "AB-3 also affects …": that finding's
// text, as a run-in label in bold is
// (and a snag numbered within its room, "L3-022/01 is blocked by L3-022/02: …", vocab.ts EQUIPMENT_ITEM_ID)
const ID_SUBJECT_NOTE = /^([A-Z][A-Z0-9]{0,9}-\d{1,5}(?:\/\d{1,3})?) (?:is|was|has|had|remains|also|still|only|affects|needs|happens|occurs)\b/;
// Convention: a paragraph under a register labelled as a note on one finding, "Nota sobre DFM-06: a abertura do
// stencil só pode ser definida depois de resolvida a DFM-03", "Note on AB-3: …", "Remarque sur F-2 : …": that
// finding's text, as a run-in label in bold is
const NOTE_ON_ID = /^(?:Notes? (?:on|about|for)|Nota (?:sobre|su|a|sul|sulla|per)|Notas sobre|Remarque (?:sur|concernant)|Hinweis zu|Anmerkung zu|Opmerking bij)\s+([A-Z][A-Z0-9]{0,9}-\d{1,5})\s*:\s+\S/;
// Convention: a reply in a chat thread or a review discussion that names the item it is about first, "On AI-5: I
// want it done this sprint, but it is **not** an unfreeze blocker", "Re PX-3: …": what it says of shipping is said
// of that item (a comment on the item, not its text: what else it names, "once AI-1 and AI-2 are in we can deploy",
// is the speaker's plan, not the item's)
const REPLY_ON_ID = /^(?:On|Re|Regarding|About)\s+([A-Z][A-Z0-9]{0,9}-\d{1,5})\s*:\s+\S/;
// (or with the id first, "BU-04 note: the gauge model is loaded by `fw/…/fg_init.c:133` …", "AB-3 details: …")
const ID_THEN_NOTE = /^([A-Z][A-Z0-9]{0,9}-\d{1,5}) (?:notes?|details?|comments?)\s*:\s+\S/;
// Convention: an issue tracker's export followed by comments pulled from its threads, each a paragraph opened by
// the issue's number in bold and a dash, "**#2318** — @ossi-m: root cause is … Fix in `packages/core/src/…`":
// that issue's text, as a run-in label in bold is
// Convention: a benchmark checker's text output (kube-bench, docker-bench) follows its "[FAIL] 1.1.7 …" lines with a
// "== Remediations master ==" block of paragraphs each opened by a check's number, "1.1.7 Run the below command …
// chmod 600 /etc/kubernetes/manifests/etcd.yaml": that check's remedy, and the file it names is where the check
// failed; the block ends at the next "== … ==" line ("== Summary master ==")
const CHECKER_BLOCK = /^==[ \t]*(\S+)[^\n]*==[ \t]*(?:\n|$)/;
const CHECK_REMEDY = /^(\d{1,2}(?:\.\d{1,3}){1,3})[ \t]+\S/;
const BOLD_ISSUE_NOTE = /^\s*(?:\*\*|__)(#\d{1,6})(?:\*\*|__)\s*[—–-]\s+\S/;
/** Keeps a note under the id it is keyed to, after the notes already kept for it. */
export function addIdNote(rf: ReportFacts, id: string, note: string): void {
  const notes = (rf.idNotes ??= new Map()).get(id);
  if (notes) notes.push(note);
  else rf.idNotes.set(id, [note]);
}

/** Adds the code block a note introduces with a colon to that note, wherever the note was kept (index.ts) */
export function extendIdNote(rf: ReportFacts, intro: string, code: string): void {
  if (code.length > 4000) return;
  for (const notes of rf.idNotes?.values() ?? []) {
    const i = notes.length - 1;
    if (notes[i] === intro) notes[i] = `${intro}\n\n${code}`;
  }
}

/** a file's line in a code span, "`server/scan/sidecar.go:318`" */
const SPAN_FILE_LINE = /`[^`\n]{1,200}\.\w{1,10}:\d/;
/** a tracker's issue number or a finding's id in prose, "#2214", "SEC-1187" (not a post's anchor, "post #9") */
const MENTIONED_ID = /(?<![\w#/&-])(?<!\bpost\s)(#\d{2,6}|[A-Z][A-Z0-9]{0,9}-\d{1,5})(?![\w-])/g;
/**
 * Convention: a thread or meeting note that says which issue a fault is tracked as and where in the code it is,
 * "The orphan check in `server/scan/sidecar.go:318` … Tracked as #2214", "`db/0301_uuid.sql:7` assumes PG 14+.
 * #2219, S1.": a paragraph naming one id and a file with its line places that finding (read only for a finding
 * with no place of its own, from a paragraph under no finding; one naming two ids says nothing)
 */
function scanIdMention(raw: string, rf: ReportFacts): void {
  if (!SPAN_FILE_LINE.test(raw)) return;
  let id: string | null = null;
  for (const m of allMatches(raw.replace(/`[^`\n]*`|\]\([^)\s]*\)/g, ' '), MENTIONED_ID)) {
    if (id !== null && id !== m[1]) return;
    id = m[1];
  }
  if (!id) return;
  const seen = (rf.idMentions ??= new Map()).get(id);
  if (seen) seen.push(raw.trim());
  else rf.idMentions.set(id, [raw.trim()]);
}

/**
 * Convention: a chat thread exported to Markdown (Slack's "Export thread", Teams, Discord) opens each message with
 * its author's handle in bold and the time on a line of their own, "**@jon.k** · 10:38", the message on the
 * lines below: the message is the paragraph's text, read as a note would be
 */
const CHAT_MESSAGE_HEADER = /^(?:\*\*|__)@[\w.-]{1,40}(?:\*\*|__)[^\n]{0,60}\n(?=\S)/;
export function scanIdNote(raw: string, rf: ReportFacts, free = false): void {
  if (raw.length > 5000) return;
  if (raw.startsWith('**@') || raw.startsWith('__@')) raw = raw.replace(CHAT_MESSAGE_HEADER, '');
  if (free && raw.includes('`')) scanIdMention(raw, rf);
  if (raw.startsWith('==')) {
    const block = CHECKER_BLOCK.exec(raw);
    if (block) {
      rf.inCheckRemedies = /^remediations?$/i.test(block[1]);
      raw = raw.slice(block[0].length);
    }
  }
  if (rf.inCheckRemedies) {
    const check = CHECK_REMEDY.exec(raw);
    if (check) {
      addIdNote(rf, check[1], raw.trim());
    }
    return;
  }
  if (!raw.startsWith('**') && !raw.startsWith('__') && !/^\s+(?:\*\*|__)/.test(raw)) {
    const reply = REPLY_ON_ID.exec(raw);
    if (reply) {
      const blocks = blocksStatement(plainInline(raw).replace(/\s+/g, ' '));
      if (blocks !== null && !rf.blocksByRef.has(reply[1])) rf.blocksByRef.set(reply[1], blocks);
      return;
    }
    const sub = ID_SUBJECT_NOTE.exec(raw) ?? NOTE_ON_ID.exec(raw) ?? ID_THEN_NOTE.exec(raw);
    if (!sub) return;
    addIdNote(rf, sub[1], raw.trim());
    return;
  }
  const issue = BOLD_ISSUE_NOTE.exec(raw);
  if (issue) {
    addIdNote(rf, issue[1], raw.trim());
    return;
  }
  const m = ID_NOTE.exec(raw);
  if (!m) return;
  const blocks = blocksStatement(plainInline(raw).replace(/\s+/g, ' '));
  for (const id of m[1].match(/[A-Z][A-Z0-9]{0,9}-\d{1,5}/g) ?? []) {
    addIdNote(rf, id, raw.trim());
    if (blocks !== null && !rf.blocksByRef.has(id)) rf.blocksByRef.set(id, blocks);
  }
}

/**
 * Convention: a plan or summary whose legend says that a typographic mark on an id means the finding blocks,
 * "IDs in **bold** are launch blockers in our opinion", "Items in bold block the release": every id the report
 * writes in bold alone ("Critical items **HL-01** and **HL-12** …", "3. … (**AB-4**)") names a blocker.
 */
const BOLD_ID_LEGEND = /\b(?:ids?|items?|findings?|issues?|refs?|references?)\s+(?:(?:set|marked|shown|written|printed)\s+)?in\s+(?:\*\*|__)?bold(?:\*\*|__)?\s+(?:are|mark|denote|indicate|block)\s+(?:the\s+)?(?:(?:launch|release|deploy(?:ment)?|go-?live|merge|ship)[- ]?blockers?|(?:launch|release|deploy(?:ment)?|go-?live|merge)\b|blockers?\b)/i;
const BOLD_ID = /(?:\*\*|__)([A-Z][A-Z0-9]{0,9}-\d{1,5})(?:\*\*|__)/g;
export function scanBoldIdLegend(line: string, rf: ReportFacts): void {
  if (!line.includes('**') && !line.includes('__')) return;
  if (!rf.boldIdsBlock && /bold/i.test(line) && BOLD_ID_LEGEND.test(line)) rf.boldIdsBlock = true;
  for (const m of allMatches(line, BOLD_ID)) (rf.boldIds ??= new Set()).add(m[1]);
}

/**
 * Convention: a tracker's priority names listed worst first, each with its code in brackets, "Priority is our
 * normal Jira scheme: **Blocker** (P0, no-go) > **Critical** (P1) > **Major** (P2) > **Minor** (P3)", as a
 * release review states the scheme its bug list is in: where the codes run from P0, each name means its code's
 * usual level (P0 critical, P1 high, P2 medium, P3 low), so Jira's "Critical" is high here and "Minor" low. (A
 * scale from P1 does not say whether P1 is the top level, so it is left to the names' usual reading.)
 */
const NAME_THEN_P_CODE = /(?<![\p{L}\p{N}])(?:\*\*|__)?(\p{L}[\p{L}-]{1,20})(?:\*\*|__)?\s*\(\s*(?:\*\*|__)?P([0-4])(?![\p{L}\p{N}])[^()]{0,30}\)/gu;
function scanNamedPCodes(line: string, rf: ReportFacts): void {
  const entries = allMatches(line, NAME_THEN_P_CODE);
  if (entries.length < 2 || !entries.every((m, i) => Number(m[2]) === i && severityFromValue(m[1]))) return;
  for (const m of entries) {
    const word = m[1].toLowerCase();
    const sev = severityFromValue(`P${m[2]}`);
    if (sev && !rf.scheme.has(word)) rf.scheme.set(word, sev);
  }
}

/**
 * Convention: a tracker's priority written with the level it stands for, "P1 – Critical", "P2 – High" (Jira's
 * priorities as test-run exports and QA reports copy them): where the report pairs each P with one word, a count
 * of "2 × P1" counts that word's level, not the usual reading of P1
 */
// (Convention: a review's legend that equates each priority with a level, "**P1** = critical (Red, launch
// blocker), **P2** = high (Amber, important), **P3** = low (hygiene)", as production readiness reviews key
// their priorities: the same pairing written with "=" and the code in bold)
const PAIRED_P_HINT = /\bP[0-4](?:\*\*|__)?\s*[=–—-]\s*(?:\*\*|__)?[CHMLchml]/;
const PAIRED_P = /(?<![\p{L}\p{N}])P([0-4])(?:\*\*|__)?\s*[=–—-]\s*(?:\*\*|__)?(critical|high|medium|low)\b/giu;
function scanPairedP(line: string, rf: ReportFacts): void {
  for (const m of allMatches(line, PAIRED_P)) {
    const key = `p${m[1]}`;
    const sev = severityFromValue(m[2]);
    const had = (rf.pairedP ??= new Map()).get(key);
    rf.pairedP.set(key, had === undefined || had === sev ? sev : null);
  }
}

/**
 * Convention: a remediation plan in stages says which stages hold the release, the stage the subject of its
 * sentence ("Wave 1 items **block** publishing the image; Wave 2 is **not blocking**", "Phase 1 changes block the
 * release. Phase 2 does not block the launch"): each finding the plan puts in a stage blocks as its stage does
 * (index.ts, stepGates). The stage opens the line or a sentence; its clause ends at ";", ":" or a sentence's end.
 */
const STAGE_HINT = /\b(?:phase|stage|wave|sprint|milestone)\s+(?:\d|[IVX])[^;]{0,80}?block/i;
const STAGE_SUBJECT = /(?:^|[.;!?]\s+)[\s>*_-]*((?:phase|stage|wave|sprint|milestone)\s+(?:\d{1,2}|[IVX]{1,4}))(?![\p{L}\p{N}])([^;:]*?)(?=[;:]|[.!?](?:\s|$)|$)/giu;
// (Convention: the stage's label as a sentence of its own, then one on it with the stage its unsaid subject,
// "**Wave 1 — before go-live (target 2025-03-28).** These block go-live.", "**Wave 3 — backlog.** Not go-live
// blockers.": the next sentence says it of the stage)
const STAGE_NEXT = /^[.!?]\s+[*_]*((?:these|they|those|all of (?:these|them)|each|not|none(?: of (?:these|them))?|non-blocking)\b[^.;:!?]{0,80})/i;
function scanStageBlocks(line: string, rf: ReportFacts): void {
  for (const m of allMatches(line, STAGE_SUBJECT)) {
    let clause = m[2].replace(/\*\*|__/g, '');
    if (!/block/i.test(clause)) {
      const next = STAGE_NEXT.exec(line.slice(m.index + m[0].length).replace(/^(?:\*\*|__)/, ''));
      if (next) clause = ` ${next[1].replace(/\*\*|__/g, '')}`;
    }
    if (clause.length > 100 || !/block/i.test(clause)) continue;
    const said = blocksStatement(`${m[1]}${clause}`) ?? (/\b(?:block|blocks|blocking|blockers?)\b/i.test(clause) && !/\bnot?\b|n't\b/i.test(clause) ? true : null);
    const key = m[1].toLowerCase().replace(/\s+/g, ' ');
    if (said !== null && !rf.stageBlocks?.has(key)) (rf.stageBlocks ??= new Map()).set(key, said);
  }
}

/**
 * Convention: a reviewer's comment in a PR thread names the findings that hold the merge by their topic, then
 * counts them back, "Before merge: the raw query one and the token logging — those two block this PR" (bot
 * reviews carry no ids to name): each "the …" phrase names one finding, matched to a title by its words (index.ts)
 */
const TOPIC_COUNT_HINT = /\b(?:those|these) (?:two|three)\b/i;
const TOPIC_COUNT = /([^:.;!?—–]{6,160}?)\s*[—–]\s*((?:those|these) (two|three)\b[^.;!?]{3,80})/iu;
const TOPIC_BLOCK_VERB = /\b(?:block|hold(?: up)?)\s+(?:the |this |our )?(?:PR|MR|pull request|merge request|merge|change|release|launch|deploy(?:ment)?)\b/i;
const TOPIC_STOP = /^(?:the|one|ones|issue|finding|comment|thing|point|about|in|on|of|a|an)$/i;
function scanTopicBlocks(line: string, rf: ReportFacts): void {
  const m = TOPIC_COUNT.exec(line);
  if (!m) return;
  const parts = m[1].trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (parts.length !== (m[3].toLowerCase() === 'two' ? 2 : 3) || !parts.every((p) => /^the\s+\S/i.test(p))) return;
  // ("those two block this PR": the change under review named as the step they hold)
  const blocks = blocksStatement(m[2]) ?? (TOPIC_BLOCK_VERB.test(m[2]) ? !/\bnot\b|n't\b/i.test(m[2]) : null);
  if (blocks === null) return;
  for (const p of parts) {
    const words = wordSet(p).filter((w) => w.length >= 3 && !TOPIC_STOP.test(w));
    if (words.length) (rf.blocksByTopic ??= []).push({ words, blocks });
  }
}

/**
 * Convention: a code review's closing verdict names the numbered comments the approval waits for, "Ready to merge
 * once 1, 3 and 4 are addressed", "Happy to approve once #2 is fixed", "LGTM after 1 and 5 are in": those comments
 * hold the merge back (blocksDeployment), by their numbers.
 */
const MERGE_ONCE_HINT = /\b(?:once|after|as soon as|when)\s/i;
const MERGE_ONCE = /\b(?:ready to (?:merge|land|ship|go in)|(?:good|ok|okay|fine|safe) to (?:merge|land|ship)|(?:i'?ll|i will|i can|happy to|will|can) approve|approv(?:e|able)|lgtm)\b[^.;!?]{0,30}?\b(?:once|after|as soon as|when)\s+(?:(?:points?|comments?|items?|nos?\.?)\s+)?(#?\d{1,3}(?:\s*(?:,|and|&|\+)\s*#?\d{1,3})*)\s+(?:is|are|has been|have been|gets?|get)\s+(?:addressed|fixed|resolved|done|in|handled|sorted|pushed|merged)\b/i;
function scanMergeOnce(line: string, rf: ReportFacts): void {
  const m = MERGE_ONCE.exec(line);
  if (!m) return;
  for (const n of m[1].match(/\d{1,3}/g) ?? []) if (!rf.blocksByRef.has(`#${n}`)) rf.blocksByRef.set(`#${n}`, true);
}

export function scanReportLine(line: string, rf: ReportFacts): void {
  // (read once for the readers below: a digit, which the numbered comments of MERGE_ONCE need)
  const digit = /\d/.test(line);
  if (line.length <= 500) {
    if (TOPIC_COUNT_HINT.test(line)) scanTopicBlocks(line, rf);
    scanWaits(line, rf);
    scanOrgCookies(line, rf);
    markCounts(line, rf);
    markLedCounts(line, rf);
    scanGate(line, rf);
    scanBlockRefs(line, rf);
    if (digit && MERGE_ONCE_HINT.test(line)) scanMergeOnce(line, rf);
    scanOthers(line, rf);
    // (STAGE_HINT ends on "block", a literal under its flags: a cheaper test first)
    if (/block/i.test(line) && STAGE_HINT.test(line)) scanStageBlocks(line, rf);
  }
  if (line.length > 500) return;
  if (PAIRED_P_HINT.test(line)) scanPairedP(line, rf);
  scanCountClauses(line, rf);
  if (line.includes(' of ') && /\bnone\b/i.test(line)) scanSomeOfNone(line, rf);
  scanCounts(line, rf);
}

const ARROW_GRADE_ENTRY = /^\W*(\p{Lu}{1,2}|[0-9])\W*?\s*(?:=|≙|≡|→|->|=>|⇒)\s*\W*(critical|high|medium|low|info(?:rmational)?)\b/u;
const NUMBERED_GRADE_HINT = /\d\W*?\s*(?:=|≙|≡|→|->|=>|⇒)/;
const ARROW_NUMBERED_GRADE = new RegExp(String.raw`^\W*${GRADE_SCALE}\s+([0-9])\W*?\s*(?:=|≙|≡|→|->|=>|⇒)\s*\W*(critical|high|medium|low|info(?:rmational)?)\b`, 'iu');
const ARROW_BRACKETED_ENTRY = /^\W*([\p{L}][\p{L}\p{N}-]{0,20})\W*?\s*(?:=|→|->|=>|⇒)\s+[^()=]{1,60}\((critical|high|medium|low|info(?:rmational)?)\)/iu;
/**
 * "Severe → critical", "**MUST** = high": one entry of a legend that maps the report's word to a severity.
 * "Class A ≙ critical": a grade of the report's own scale, kept as the grade (fields write "Class: A");
 * `grades` says an earlier entry of the same line named the scale, so "B ≙ high" after it is a grade too.
 * Returns whether the entry was a grade.
 */
function arrowEntry(line: string, rf: ReportFacts, grades = false): boolean {
  const bare = grades ? ARROW_GRADE_ENTRY.exec(line) : null;
  // Convention: a numbered grade scale mapped onto a tracker's levels, "Level 1 = Critical, Level 2 = Medium,
  // Observation = Info" (an aviation Part-145 audit's finding levels as entered in its quality database): the
  // grade's number, kept as the grade (fields write "Class: Level 1", counts "2 Level 1")
  const numbered = !bare && NUMBERED_GRADE_HINT.test(line) ? ARROW_NUMBERED_GRADE.exec(line) : null;
  if (numbered) {
    const sev = severityFromValue(numbered[2]);
    if (sev && !rf.scheme.has(numbered[1].toLowerCase())) rf.scheme.set(numbered[1].toLowerCase(), sev);
    return !!sev;
  }
  // ("`nit` = optional (low)": the severity in brackets after what the word means)
  const legend = bare ?? ARROW_LEGEND.exec(line) ?? ARROW_BRACKETED_ENTRY.exec(line);
  const sev = legend ? severityFromValue(legend[2]) : null;
  const graded = legend ? GRADED_WORD.exec(legend[1]) : null;
  const word = graded && graded[1].length <= 2 ? graded[1].toLowerCase() : legend ? legend[1].toLowerCase() : '';
  if (sev && severityFromValue(word) !== sev && !/^(p[0-4]|sev)$/.test(word) && !rf.scheme.has(word)) rf.scheme.set(word, sev);
  return !!sev && (!!bare || (!!graded && graded[1].length <= 2));
}

const LEGEND_ROW_LABEL = /^[\s>*+-]*(?:\*\*|__)?(?:legend|key|marks|markers|l[ée]gende|leyenda|legenda)(?:\s+(?:for|of)\s+[\p{L} -]{1,30}?)?(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(.+)$/iu;
const LEGEND_TWO_STATES = /\s(?:\/|or)\s/;
const LEGEND_ROW_MARK = /^(\p{Extended_Pictographic})\uFE0F?\s*(?:[=:—–]\s*)?(\S.*)$/u;
/**
 * Convention: a review's legend of its comment marks on one line after "Legend:" or "Key:", the entries set
 * apart by middle dots, semicolons or bars, "Legend: 🛑 blocking — must be resolved before merge · 💡
 * non-blocking suggestion · `nit:` style only": each entry is read as a line of a legend of its own (the
 * words after a mark are its meaning, with a dash or without).
 */
function legendRow(line: string, rf: ReportFacts): void {
  if (line.length > 400) return;
  // ("**Legend for gaps:** ⛔ launch blocker · …": the label may say what the marks are put on)
  const m = LEGEND_ROW_LABEL.exec(line);
  if (!m) return;
  const entries = m[1].split(/\s+[·•;|]\s+/);
  if (entries.length < 2) return;
  const marks: string[] = [];
  const flags = new Set<string>();
  for (const e of entries.slice(0, 12)) {
    const x = LEGEND_ROW_MARK.exec(e.trim());
    if (!x) continue;
    scanBlockMark(`${x[1]} — ${x[2]}`, rf);
    marks.push(x[1]);
    // ("✅ fixed in this session · 🟡 partially fixed · ⏳ open": marks of states; a meaning that names two,
    // "🚫 not fixing / not an issue", gives none; index.ts, headingStateMarks)
    const meaning = plainInline(x[2]).trim();
    const state = STATE_MEANING.test(meaning) && !LEGEND_TWO_STATES.test(meaning) ? statusFromText(meaning) : null;
    if (state) (rf.stateMarks ??= new Map()).set(x[1], state);
    if (state || FLAG_MEANING.test(meaning)) flags.add(x[1]);
  }
  // Convention: a one-line legend that names one of its marks the blocker, "⛔ launch blocker · ⚠️ fix within 30
  // days of GA · 💡 improvement": its other marks are set apart from that one, and do not block
  if (marks.some((k) => rf.blockMarks?.has(k))) for (const k of marks) if (!rf.blockMarks?.has(k)) (rf.nonBlockMarks ??= new Set()).add(k);
  // (Convention: one legend that keys the levels, then the states and flags, "🔴 P0 = fix now · 🟠 P1 · 🟡 P2 ·
  // ✅ = fixed · 🚧 = WIP · 🚫 = blocks deploy": a mark glossed as a state or as blocking names no level below the
  // colours)
  rankAfterColours(marks.filter((k) => !flags.has(k)), rf);
}

/**
 * Convention: a one-line legend of colour marks, worst first, whose words name no level of their own ("Legend: 🔴
 * crash or data loss · 🟠 major · 🟡 minor · ⚪ polish / cleanup"): the usual colours keep their levels, and a mark
 * of no usual level after them is the next level down (⚪ low here), as a legend table of such marks reads.
 */
function rankAfterColours(marks: string[], rf: ReportFacts): void {
  if (marks.length < 3 || new Set(marks).size !== marks.length) return;
  const ranks = marks.map((k) => {
    const sev = rf.emojiScheme?.get(k) ?? SEVERITY_EMOJI[k];
    return sev ? LEVEL_ORDER.indexOf(sev) : -1;
  });
  const first = ranks.indexOf(-1);
  if (first < 2 || ranks.slice(first).some((r) => r !== -1) || ranks.slice(0, first).some((r, i) => i > 0 && r <= ranks[i - 1])) return;
  marks.slice(first).forEach((k, i) => {
    const level = LEVEL_ORDER[ranks[first - 1] + 1 + i];
    if (level && !(rf.emojiScheme ??= new Map()).has(k)) rf.emojiScheme.set(k, level);
  });
}

const MARK_LEGEND_ENTRY = /^((?:\p{S}|\p{Extended_Pictographic}|\uFE0F){1,6})\s+([\p{L}][\p{L} -]{1,20})$/u;
/**
 * Convention: a review bot's severity legend on one line under its issues table, each level's word in bold after its
 * mark and glossed after a colon, "> Severity legend: 🔴 **Critical**: must be fixed before merge · 🟡 **Minor**: real
 * but low impact · 💬 **Nit**: style": the mark rates as its word does (as the legend reads that word, "minor" low)
 */
const MARK_LEGEND_GLOSSED = /^((?:\p{S}|\p{Extended_Pictographic}|\uFE0F){1,6})\s+(?:\*\*|__)?([\p{L}][\p{L} -]{1,20}?)(?::(?:\*\*|__)|(?:\*\*|__)?\s*[:—–])\s+\S/u;
/**
 * Convention: a tracker export's key of its marks on one line, after the field it keys, the entries set
 * apart by middle dots or bullets: "Priority: ‼ Urgent · ▮▮▮ High · ▮▮▯ Medium · ▮▯▯ Low · ─ No priority"
 * (Linear's priority bars), "Severity: ▲ High • △ Medium • ▽ Low" (or "Severity legend: 🔴 **Critical**: … · …",
 * MARK_LEGEND_GLOSSED). Each mark (symbols, not letters) rates
 * as the word after it; an entry whose word rates nothing ("─ No priority") is left unrated.
 */
function markLegendLine(line: string, rf: ReportFacts): void {
  if (line.length > 300 || !/[·•]/.test(line)) return;
  const m = /^[\s>*+-]*(?:\*\*|__)?(priority|severity|impact|risk|rating|level)(?:\s+(?:legend|key|scale))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(.*)$/iu.exec(line);
  if (!m) return;
  const entries = m[2].split(/\s+[·•]\s+/);
  if (entries.length < 3) return;
  const found: [string, Severity][] = [];
  for (const e of entries) {
    const x = MARK_LEGEND_ENTRY.exec(e.trim()) ?? MARK_LEGEND_GLOSSED.exec(e.trim());
    if (!x) return;
    // (a review's "Nit", below its lowest level, is informational, as its counts read "1 nit")
    const sev = rf.scheme.get(x[2].toLowerCase()) ?? severityFromValue(x[2]) ?? (/^nit(?:pick)?s?$/i.test(x[2]) ? 'info' : null);
    if (sev && !/^no\b/i.test(x[2])) found.push([x[1].replace(/\uFE0F/g, ''), sev]);
  }
  if (found.length < 2) return;
  rf.emojiScheme ??= new Map();
  for (const [mark, sev] of found) if (!rf.emojiScheme.has(mark)) rf.emojiScheme.set(mark, sev);
}

/**
 * Convention: a code review's one-line key of its comment marks, each mark then its short name and, in brackets,
 * what the name means, the entries set apart by middle dots, no field before them: "🔴 must fix (blocker) · 🟠
 * should fix (major, can be a follow-up) · 🟡 nit · 💬 question". A nit (or a suggestion) and a question are
 * informational comments; the other names are read as level words ("blocker", "major") where they are.
 */
function markNameLegendLine(line: string, rf: ReportFacts): void {
  const entries = markNameLegend(line);
  if (!entries) return;
  for (const [mark, name, meaning] of entries) {
    const firstWord = meaning ? /^[\p{L}-]+/u.exec(meaning.trim())?.[0] : undefined;
    const sev = MARK_NAME_INFO.test(name) ? 'info' : MARK_NAME_GATE.test(name) ? severityFromValue('blocker') : severityFromValue(name) ?? (firstWord ? severityFromValue(firstWord) : null);
    if (sev && !(rf.emojiScheme ??= new Map()).has(mark)) rf.emojiScheme.set(mark, sev);
  }
}

const LEGEND_MARK_RUN = /^[\s>*+-]*(\p{Extended_Pictographic})\uFE0F?((?:\1\uFE0F?){0,4})(?![\p{Extended_Pictographic}\uFE0F])\s/u;
const LEGEND_MARK_ENTRY = /^[\s>*+-]*(\p{Extended_Pictographic})\uFE0F?\s+(?:(?:`|\*\*|__)([^`*_\n]{1,30}?)(?:`|\*\*|__)|(S[1-5]|P[0-4]|Sev-?[0-5]|[Cc]ritical|[Hh]igh|[Mm]edium|[Ll]ow|[Bb]locker|[Mm]ajor|[Mm]inor|[Tt]rivial))\s*[—–:=-]\s/u;
const LEGEND_USUAL_CODE = /^(?:S[1-5]|P[0-4]|Sev-?[0-5])(?![\p{L}\p{N}])/iu;
const LEGEND_HEADING_CLASS = /^[\s>*+-]*`\.([\w-]{1,30})`\s*[—–:=-]\s*(?:\*\*|__)?([\p{L}]{1,20})(?![\p{L}])/u;
const LEGEND_ARROW_ENTRY_BREAK = /,\s+(?=\W{0,2}[\p{L}\p{N}][\p{L}\p{N}-]{0,20}(?:\s\d)?\W{0,2}\s*(?:=|≙|≡|→|->|=>|⇒)\s)/u;
const LEGEND_LEAD_IN = /^[^:]{1,60}:\s+(?=\W*[\p{L}][\p{L}-]{0,20}\W*\s*(?:=|≙|≡|→|->|=>|⇒))/u;
const LEGEND_NAMED = /^[\s>*+-]*(?:(\p{Extended_Pictographic})\uFE0F?\s*)?(?:\*\*|__)?([\p{L}][\p{L} '-]{2,30}?)(?:\*\*|__)?\s+[—–:-]\s+(?:.{0,160}?[\s(*_])?(critical|high|medium|low|informational|info)[*_]{0,2}\s+(?:priority|severity|risk|impact)\b/iu;
const LEGEND_CLOSING = /^[\s>*+-]*(\p{Lu}[\p{L}'-]{1,20}(?: [\p{L}'-]{1,20})?)\s*[—–=]\s+.{0,160}?[;,(]\s*(critical|high|medium|low|informational|info)\s*\)?\.?\s*$/u;
const LEGEND_ARROWED_TAG = /^[\s>*+-]*(`|\*\*|__)\[?([\p{L}][\p{L}'’-]{1,20}(?: [\p{L}'’-]{1,20})?)\]?\1\s+[—–:-]\s+[^→⇒\n]{0,200}(?:→|=>|⇒)\s*(?:(?:treat(?:ed)? as|counts? as|means|rated|read as)\s+)?[*_]{0,2}(critical|high|medium|low|informational|info)\b/iu;
const LEGEND_TREAT_AS = /^[\s>*+-]*(?:(\p{So}{1,5})\s+)?([\p{L}][\p{L}'’-]{1,20}(?: [\p{L}'’-]{1,20})?)\s+[—–:=-]\s+(?:treat(?:ed)? as|counts? as|read as|rated as|equivalent to)\s+(critical|high|medium|low|informational|info)\b/iu;
// Convention: a severity legend that says how each of its levels is entered in another register, "**Minor** —
// inconvenience, no loss of content. Recorded as *Low*.", "**Major** — … Logged as High in the risk register": the
// level named is what the report's word stands for
const LEGEND_RECORDED_AS = /^[\s>*+-]*(?:\*\*|__)?([\p{L}][\p{L}'’-]{1,20}(?: [\p{L}'’-]{1,20})?)(?:\*\*|__)?(?:\s+[—–-]|:)\s+.{0,200}?(?<![\p{L}])(?:recorded|logged|entered|filed|tracked|reported)\s+as\s+[*_]{0,2}(critical|high|medium|low|informational|info)\b/iu;
const LEGEND_NUMBERED_LEVEL = /^[\s>*+-]*(?:\*\*|__)?([0-5])\s*[–—=:]\s*([\p{L}][\p{L} -]{1,25}?)\.?(?:\*\*|__)?(?:[.:—–]\s|\s*$)/u;
const LEGEND_OPENING_MARK = /^[\s>*+-]*(\p{Extended_Pictographic})/u;
const LEGEND_CORRESPONDS = /(?<![\p{L}])([\p{L}][\p{L}-]{2,20})\s+(?:corresponds|is equivalent|equates|is equal|maps)\s+to\s+["“'‘]?(critical|high|medium|low|informational|info)\b(.*)$/iu;
const LEGEND_CORRESPONDS_MORE = /(?:,|;|\band\b)\s*([\p{L}][\p{L}-]{2,20})\s+to\s+["“'‘]?(critical|high|medium|low|informational|info)\b/giu;
const LEGEND_BRACKETED_SEVERITY = /^[^\p{L}]*([\p{L}][\p{L}-]{1,20}(?: [\p{L}-]{1,20})?)\W*\s.{0,80}?\((?:severity|priority|rated|=)\s*(critical|high|medium|low|informational|info)\)/iu;
const LEGEND_PART_LABEL = /^[\p{L} ]{1,20}:\s+(?=\W)/u;
const SCAN_LEGEND_LINE_RE = /^[\s>*+-]*(?:(\p{Extended_Pictographic})\uFE0F?\s*)?(?:\*\*|__)?([\p{L}][\p{L}'-]{1,20}(?: [\p{L}'-]{1,20})?)(?:\*\*|__)?\s+[—–-]\s+[*_]{0,2}(critical|high|medium|low|informational|info)[*_]{0,2}\s*[;,]\s/iu;
/**
 * The report's own legend in one line: "🔴 = high", "Minor → Low", "Significant deficiency — … Treat as
 * high priority", "5 – Critical: …", "`▲ warning` does not block (severity medium)". Read over the whole
 * report before its sections are classified, so a heading or a field rated in the report's words
 * ("### ▲ Warnings (4)", "Rating: Significant") is read through it.
 */
const LEVEL_RUN_SEP = /\s+[·•|]\s+/;
const NUMBERED_RUN_ENTRY = /^[\s*_]*([0-5])[\s*_]*[–—=:-]\s*[*_]*(critical|high|medium|low|informational|info)\b/i;
/** "Critical, Serious, Moderate, Minor": the accessibility impact scale (axe-core, Lighthouse) named in order */
const IMPACT_SCALE_NAMED = /\bcritical\s*[,/]\s*serious\s*[,/]\s*moderate\s*(?:[,/]|,?\s+(?:and|or))\s*minor\b/i;
const LEGEND_MINOR_IN_RUN = /\s[·•]\s+(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\*\*|__)?minor(?:\*\*|__)?\s*[—–:=-]\s+[^;.:—–·\n]{0,40}?\b(critical|high|medium|moderate|low)\s+(?:impact|risk|severity)\b/iu;
const LEGEND_MINOR_RATED = /^[\s>*+-]*(?:\*\*|__)?minor(?:\*\*|__)?\s*[—–:=-]\s+[^;.:—–\n]{0,40}?\b(critical|high|medium|moderate|low)\s+(?:impact|risk|severity)\b/i;
/**
 * Convention: a tracker's legend that rates with a "Normal" level, as Bugzilla's severities do and the Jira
 * schemes and QA session reports copied from them ("*Blocker* = … · *Major* = … · *Normal* = visible defect
 * with limited impact · *Minor* = cosmetic", one entry a line): "Normal" is the middle level, medium, and
 * "Minor", a level below it on that scale, is low (not the medium a tracker's major / minor pair reads it as).
 */
const LEGEND_NORMAL_ENTRY = /^[\s>*+-]*(?:\*\*|__|[*_])?normal(?:\*\*|__|[*_])?(?:\s*[=:]|\s+[—–-])\s+\p{L}/iu;
function scanNormalLevel(line: string, rf: ReportFacts): void {
  if (line.length > 300 || !LEGEND_NORMAL_ENTRY.test(line)) return;
  if (!rf.scheme.has('normal')) rf.scheme.set('normal', 'medium');
  if (!rf.scheme.has('minor')) rf.scheme.set('minor', 'low');
}

/**
 * Convention: a priority legend closed by a tier for what needs no work, "**P3** = low (hygiene), **Obs** =
 * observation, no action required" (production readiness and architecture reviews): the tier's code and the
 * word "observation" are informational, so "**Priority:** Obs" and "1 observation" in the counts rate so
 */
const OBSERVATION_TIER_HINT = /=\s*(?:\*\*|__)?observation/i;
const OBSERVATION_TIER = /(?<![\p{L}\p{N}])(?:\*\*|__)?(\p{L}[\p{L}-]{1,11})(?:\*\*|__)?\s*=\s*(?:\*\*|__)?(?:an? )?observations?(?:\*\*|__)?\s*[,;:(—–-]\s*(?:no|not|nothing)\b/iu;
function observationTier(line: string, rf: ReportFacts): void {
  const m = OBSERVATION_TIER.exec(line);
  if (!m) return;
  const code = m[1].toLowerCase();
  if (!rf.scheme.has(code) && !severityFromValue(code)) rf.scheme.set(code, 'info');
  if (!rf.scheme.has('observation')) rf.scheme.set('observation', 'info');
}

/** the lead-in before a grade's legend entry, "For this report Class A ≙ …" (scanLegendLine) */
const BEFORE_GRADE_ENTRY = new RegExp(String.raw`^.{1,60}?\s(?=${GRADE_SCALE}\s+(?:\p{Lu}{1,2}|[0-9])\s*(?:=|≙|≡|→|->|=>|⇒)\s)`, 'iu');

export function scanLegendLine(line: string, rf: ReportFacts): void {
  scanBlockMark(line, rf);
  scanNormalLevel(line, rf);
  if (line.length <= 300 && line.includes('(P0')) scanNamedPCodes(line, rf);
  legendRow(line, rf);
  // Convention: an accessibility audit names the impact scale it rates by, worst first, "Impact levels follow
  // axe-core: Critical, Serious, Moderate, Minor": four levels, so its mildest, "minor", is low (not the medium a
  // tracker's "major / minor" pair reads it as), as its counts read (scanCounts)
  if (line.length <= 400 && IMPACT_SCALE_NAMED.test(line) && !rf.scheme.has('minor')) rf.scheme.set('minor', 'low');
  // Convention: a code review's four-level legend, one entry a line, "**Blocker** — …", "**Major** — …",
  // "**Minor** — real but low impact; follow-up PR is fine", "**Nit** — …": "minor", medium in a tracker's
  // major/minor pair, is the level its meaning rates it in its first clause ("low impact", "low risk")
  // (Convention: or the whole legend on one line, its entries apart by a middle dot, each after its mark, "> Severity
  // legend: 🔴 **Critical**: … · 🟡 **Minor**: real but low impact, a follow-up is fine · 💬 **Nit**: …", as
  // review bots put it under their issues table)
  const minor = line.length <= 300 && !rf.scheme.has('minor') ? (LEGEND_MINOR_RATED.exec(line) ?? (line.includes('·') ? LEGEND_MINOR_IN_RUN.exec(line) : null)) : null;
  if (minor) rf.scheme.set('minor', severityFromValue(minor[1])!);
  // (an entry of a scale of repeated marks, "- 💰💰 $500 – $3,000/month": the run, read once the legend is whole)
  const run = line.length <= 300 ? LEGEND_MARK_RUN.exec(line) : null;
  if (run) {
    rf.markRuns ??= new Map();
    const lens = rf.markRuns.get(run[1]) ?? new Set<number>();
    const len = 1 + [...run[2].replace(/\uFE0F/g, '')].length / [...run[1]].length;
    lens.add(len);
    rf.markRuns.set(run[1], lens);
    // (a mark of its own listed right after the run's single mark, its lowest entry: resolveMarkRuns)
    const prev = rf.lastRun;
    if (len === 1 && prev && prev.len === 1 && prev.mark !== run[1] && !SEVERITY_EMOJI[run[1]]) (rf.belowRuns ??= new Map()).set(run[1], prev.mark);
    rf.lastRun = { mark: run[1], len };
  }
  // Convention: a weight drawn in filled shapes, "- ◆◆◆ — breaks it outright", "- ◆◆ — …", "- ◆ — friction",
  // and its hollow shape below the scale, "- ◇ — note, no action required" (■/□, ●/○, ★/☆, ▲/△ alike)
  if (line.length <= 300 && /[\u25A0-\u25FF\u2605\u2606]/.test(line)) {
    const shapes = /^[\s>*+-]*(?:\*\*|__)?([◆■●★▲])(\1{0,4})(?![◆■●★▲◇□○☆△])(?:\*\*|__)?\s+[—–:=-]\s/u.exec(line);
    if (shapes) {
      rf.markRuns ??= new Map();
      const lens = rf.markRuns.get(shapes[1]) ?? new Set<number>();
      lens.add(1 + shapes[2].length);
      rf.markRuns.set(shapes[1], lens);
    }
    const hollow = /^[\s>*+-]*(?:\*\*|__)?([◇□○☆△])(?:\*\*|__)?\s+[—–:=-]\s/u.exec(line);
    if (hollow) (rf.hollowMarks ??= new Set()).add(hollow[1]);
  }
  markLegendLine(line, rf);
  markNameLegendLine(line, rf);
  if (line.length <= 500 && /[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/u.test(line)) {
    const pairs = allMatches(line, EMOJI_LEGEND);
    // "- 🔴 = high, blocks the release": one entry of a legend written as a list, the colour first
    if (pairs.length === 1 && pairs[0].index !== undefined && /^[\s>*+-]*$/.test(line.slice(0, pairs[0].index)) && /^\S+\s*[=:→-]/u.test(pairs[0][0])) {
      const sev = severityFromValue(pairs[0][2]);
      rf.emojiScheme ??= new Map();
      if (sev && !rf.emojiScheme.has(pairs[0][1])) rf.emojiScheme.set(pairs[0][1], sev);
    }
    if (pairs.length >= 2) {
      rf.emojiScheme ??= new Map();
      for (const m of pairs) {
        const sev = severityFromValue(m[2]);
        if (sev && !rf.emojiScheme.has(m[1])) rf.emojiScheme.set(m[1], sev);
      }
    }
  }
  // "- 🟥 `S1 severe` — risks an outage …": a legend entry that names a mark's level in a word or a code
  // of a usual scale ("S1", "P0", "Sev-2") before what it means
  // ("- 🔴 **P1** — an incident would still go unnoticed", read without its bold: "🔴 P1 — …": a code of a usual
  // scale standing alone before the dash)
  // ("- 🔴 **major** — I won't approve until it's addressed", read without its bold: a word of the usual scale
  // standing alone before the dash, as a pull-request review's legend writes it)
  const entry = line.length <= 300 ? LEGEND_MARK_ENTRY.exec(line) : null;
  if (entry && entry[2] === undefined) entry[2] = entry[3];
  if (entry) {
    const code = LEGEND_USUAL_CODE.exec(entry[2]);
    const sev = code ? severityFromValue(code[0]) : severityFromValue(entry[2]);
    if (sev && !(rf.emojiScheme ??= new Map()).has(entry[1])) rf.emojiScheme.set(entry[1], sev);
  }
  // Convention: a legend of Pandoc/Quarto heading classes, "- `.severe` — **critical**; …": the class a
  // finding's heading attributes carry ("{#ID .severe}") rated in a usual word, the first after the dash
  const cls = line.length <= 300 ? LEGEND_HEADING_CLASS.exec(line) : null;
  if (cls) {
    const sev = severityFromValue(cls[2]);
    if (sev && !rf.scheme.has(cls[1].toLowerCase())) rf.scheme.set(cls[1].toLowerCase(), sev);
  }
  if (line.length <= 300) {
    arrowEntry(line, rf);
    if (OBSERVATION_TIER_HINT.test(line)) observationTier(line, rf);
    // (the pairs "P1 = critical" known before the sections are read, so a "Priority: P1" field reads through them)
    if (PAIRED_P_HINT.test(line)) scanPairedP(line, rf);
    // "From the guide: **MUST** = high, … · **SHOULD** = medium · **NIT** = low": entries of a legend on one
    // line, after a lead-in
    // ("`P1` = must fix before landing (high), `P2` = should fix (medium), `nit` = optional (low)")
    // ("For this report Class A ≙ critical, B ≙ high, C ≙ low": grades after the first that names the scale)
    const entries = /\s[·•;|]\s/.test(line) ? line.split(/\s+[·•;|]\s+/) : line.split(LEGEND_ARROW_ENTRY_BREAK);
    let grades = false;
    if (entries.length > 1)
      for (const part of entries.slice(0, 12)) {
        const entry = part.replace(LEGEND_LEAD_IN, '').replace(BEFORE_GRADE_ENTRY, '');
        grades = arrowEntry(entry, rf, grades) || grades;
      }
    // "Significant deficiency — would be reported. Treat as high priority.": a legend entry that names
    // the report's own word first and the severity it carries in its meaning
    // ("🟥 **Red** — high risk; …": a mark before the word stands for the same severity)
    // ("- **MUST** — launch-blocking. Treated as *high* severity": the word and the severity in emphasis)
    const named = LEGEND_NAMED.exec(line);
    // ("SHOULD — fix within 30 days of launch; medium.": a word and what it means, the severity it carries
    // closing the meaning after a semicolon or a comma)
    const closing = named ? null : LEGEND_CLOSING.exec(line);
    if (closing && !severityFromValue(closing[1]) && !rf.scheme.has(closing[1].toLowerCase())) rf.scheme.set(closing[1].toLowerCase(), severityFromValue(closing[2])!);
    // Convention: a legend of tags written as code, "- `[must]` — breaks the build … → treat as **high**",
    // "- **[could]** — cosmetic → low" (MoSCoW tags, review labels): the tag, what it means, and the
    // severity it carries after an arrow closing the entry
    const arrowed = named || closing ? null : LEGEND_ARROWED_TAG.exec(line);
    const aword = arrowed ? arrowed[2].toLowerCase() : '';
    if (arrowed && !severityFromValue(aword) && !rf.scheme.has(aword)) rf.scheme.set(aword, severityFromValue(arrowed[3])!);
    // Convention: a review's legend entry whose meaning opens with the severity alone, then a semicolon and what
    // it asks for: "- 🟡 **should-fix** — medium; fine as a follow-up ticket" (the word bold, the mark before it)
    // (Convention: or a comma, "- **Note** — informational, no action required": the level, then what it asks)
    const opens = named || closing || arrowed || (!line.includes(';') && !line.includes(',')) ? null : SCAN_LEGEND_LINE_RE.exec(line);
    const oword = opens ? opens[2].toLowerCase() : '';
    const osev = opens ? severityFromValue(opens[3]) : null;
    // (Convention: a tier word the vocabulary rates already, "- 📝 **Note** — informational, …", set in the legend
    // beside the report's own tiers: kept in its scale too, so that its group heading, "### Notes", is read as it)
    if (osev && (!severityFromValue(oword) || severityFromValue(oword) === osev) && !rf.scheme.has(oword)) {
      rf.scheme.set(oword, osev);
      if (opens![1] && !(rf.emojiScheme ??= new Map()).has(opens![1])) rf.emojiScheme.set(opens![1], osev);
    }
    const nword = named ? named[2].toLowerCase().trim() : '';
    const nsev = named ? severityFromValue(named[3]) : null;
    if (nsev && nword && !severityFromValue(nword) && !rf.scheme.has(nword)) rf.scheme.set(nword, nsev);
    if (nsev && named![1] && !(rf.emojiScheme ??= new Map()).has(named![1])) rf.emojiScheme.set(named![1], nsev);
    // Convention: a legend entry of a scale drawn in marks, its word, then the usual level it is treated as,
    // "- ▲▲▲ **Urgent** — treat as critical; …", "- △ **Housekeeping** — treat as low; nice to have": the word
    // and the run of marks both stand for that level
    const treat = line.includes('as') ? LEGEND_TREAT_AS.exec(line) : null;
    if (treat) {
      const tsev = severityFromValue(treat[3])!;
      const tword = treat[2].toLowerCase();
      // (the report's word for a level may be a usual one it treats otherwise: "Grave — treat as critical")
      if (severityFromValue(tword) !== tsev && !rf.scheme.has(tword)) rf.scheme.set(tword, tsev);
      if (treat[1] && !(rf.emojiScheme ??= new Map()).has(treat[1])) rf.emojiScheme.set(treat[1], tsev);
    }
    const recorded = !treat && line.includes(' as ') ? LEGEND_RECORDED_AS.exec(line) : null;
    if (recorded) {
      const rsev = severityFromValue(recorded[2])!;
      const rword = recorded[1].toLowerCase();
      if (severityFromValue(rword) !== rsev && !rf.scheme.has(rword)) rf.scheme.set(rword, rsev);
    }
    // "5 – Critical: can cause loss of braking", "- 1 = Informational": a numbered scale written as a list
    const numbered = /^[\s>*+-]*([0-5])\s*[–—=:-]\s*(critical|high|medium|low|informational|info)\b/i.exec(line);
    if (numbered && !rf.scheme.has(numbered[1])) rf.scheme.set(numbered[1], severityFromValue(numbered[2])!);
    // Convention: the same numbered scale written in one run, its entries apart by a middle dot or a bar
    // ("**5** – Critical · **4** – High · **3** – Medium · **2** – Low · **1** – Very low", as a risk
    // assessment keys its risk values): each number is the level it names
    if (numbered && LEVEL_RUN_SEP.test(line)) for (const part of line.split(LEVEL_RUN_SEP).slice(1)) {
      const m = NUMBERED_RUN_ENTRY.exec(part);
      const sev = m ? severityFromValue(m[2]) : null;
      if (m && sev && !rf.scheme.has(m[1])) rf.scheme.set(m[1], sev);
    }
    // ("- **5 — Deal-level.** Could affect price …", "- **3 — Moderate.** …": its levels named in words of its own)
    const level = LEGEND_NUMBERED_LEVEL.exec(line);
    if (level) (rf.scaleEntries ??= new Map()).set(Number(level[1]), level[2].trim());
    // ("- **Category B — Remediate before GA.** … *Blocks GA.*": a letter grade of the report's scale and its name)
    const grade = GRADE_ENTRY.exec(line);
    if (grade && ((rf.gradeEntries ??= new Map()).get(grade[1].toLowerCase())?.blocks ?? null) === null) {
      const rest = grade[3];
      rf.gradeEntries.set(grade[1].toLowerCase(), { name: grade[2].trim(), blocks: NOT_BLOCK_WORD.test(rest) || /\bdoes not gate\b/i.test(rest) ? false : BLOCK_WORD.test(rest) || GATE_STATEMENT.test(rest) ? true : null });
    }
    // ("- **A – Dangerous, immediate action.** A defect which …": the letter alone in the bold head)
    const bare = !grade && line.length <= 400 && BARE_GRADE_HINT.test(line) ? BARE_GRADE_ENTRY.exec(line) : null;
    if (bare && ((rf.gradeEntries ??= new Map()).get(bare[1].toLowerCase())?.blocks ?? null) === null) {
      // (the head may itself say what the grade does to handover: "**B** — Does not prevent handover.")
      const rest = `${bare[2]}. ${bare[3] ?? ''}`;
      const holds = HANDOVER_HOLD.exec(rest);
      rf.gradeEntries.set(bare[1].toLowerCase(), { name: bare[2].split(/[,.;:]\s/)[0].trim(), blocks: NOT_BLOCK_WORD.test(rest) || holds?.[1] ? false : BLOCK_WORD.test(rest) || GATE_STATEMENT.test(rest) || holds ? true : null });
    }
    const br = BRACKET_LEGEND.exec(line);
    const bsev = br ? JA_SEVERITY[br[2]] ?? severityFromValue(br[2]) : null;
    const bword = br ? br[1].toLowerCase() : '';
    if (bsev && !rf.scheme.has(bword) && severityFromValue(bword) !== bsev) rf.scheme.set(bword, bsev);
    // ("- 🔥 **T1 (high)** — …": the mark before the grade stands for it too)
    const bmark = bsev ? LEGEND_OPENING_MARK.exec(line) : null;
    if (bmark && !(rf.emojiScheme ??= new Map()).has(bmark[1])) rf.emojiScheme.set(bmark[1], bsev!);
    // "Significant corresponds to "High", Moderate to "Medium" and Minor to "Low"": a legend in a sentence
    // (a word it needs, or a letter that matches s or k under `iu`: a cheap test first)
    const corr = /correspond|equivalent|equates|is equal|maps|[\u017F\u212A]/i.test(line) && LEGEND_CORRESPONDS.exec(line);
    if (corr) {
      const pairs: [string, string][] = [[corr[1], corr[2]]];
      for (const m of allMatches(corr[3], LEGEND_CORRESPONDS_MORE)) pairs.push([m[1], m[2]]);
      for (const [w, v] of pairs) {
        const sv = severityFromValue(v);
        if (sv && !rf.scheme.has(w.toLowerCase())) rf.scheme.set(w.toLowerCase(), sv);
      }
    }
    // "`✖ error` blocks the upgrade (severity high) · `▲ warning` … (severity medium) · `● notice` advisory
    // (severity low)": entries that name the report's word first and its severity in brackets
    if (/\((?:severity|priority|rated|=)\s/i.test(line)) {
      for (const part of line.split(/\s+[·•;|]\s+/)) {
        const e = LEGEND_BRACKETED_SEVERITY.exec(part.replace(LEGEND_PART_LABEL, ''));
        const esev = e ? severityFromValue(e[2]) : null;
        if (esev && !rf.scheme.has(e![1].toLowerCase())) rf.scheme.set(e![1].toLowerCase(), esev);
      }
    }
  }
}

const LEVEL_RUN_WORD = /(?:^|\s)([\p{L}][\p{L}-]{1,20}):\s/u;
const LEVEL_RUN_FIRST_WORD = /^([\p{L}][\p{L}-]{1,20}):\s/u;
const SCAN_LEVEL_RUN_RE = /(?:^|\s)([\p{L}][\p{L}-]{1,20})\s+\d{1,2}(?:[.,]\d{1,2})?\s*[–-]\s*\d{1,2}(?:[.,]\d{1,2})?\s*$/u;
const SCAN_LEVEL_RUN_RE2 = /^([\p{L}][\p{L}-]{1,20})(?![\p{L}\d])(?!\s+\d)/u;
/**
 * Convention: a legend entry whose meaning ends with the severity it carries, in a sentence of its own —
 * "- **CAT I** — any vulnerability whose exploitation … results in loss of integrity. Treated as high.",
 * "- **CAT II** — … the potential to result in such a loss. Medium." The word is bold, a dash follows, and
 * the entry may wrap over lines (so it is read from the paragraph's whole Markdown source).
 */
/**
 * Convention: a legend of levels in one run, worst first, each a word and its meaning after a colon ("**Priority** —
 * *Critical*: wrong data in production today · *High*: blocks safe change · *Medium*: costs time every sprint ·
 * *Low*: cleanup · *Suggestion*: optional"): a last entry after the lowest level, whose word names no level, is
 * the level below it, informational. Read over the paragraph, as such a run wraps over lines.
 */
export function scanLevelRun(md: string, rf: ReportFacts): void {
  if (md.length > 1500 || !md.includes(':') || !/\s[·•;|]\s/.test(md)) return;
  const parts = plainInline(md).replace(/\s+/g, ' ').split(/\s+[·•;|]\s+/);
  if (parts.length < 4) return;
  // (the first entry may follow the legend's name: "Priority — Critical: …")
  let words = parts.map((p, i) => (i === 0 ? LEVEL_RUN_WORD : LEVEL_RUN_FIRST_WORD).exec(p)?.[1] ?? null);
  // Convention: the same run as CVSS score bands, each level and its range ("Base Score: **Kritisch** 9,0–10,0 ·
  // **Hoch** 7,0–8,9 · **Mittel** 4,0–6,9 · **Niedrig** 0,1–3,9 · **Information** ohne Score"): the last entry,
  // below the lowest band and with no range of its own, is the informational level
  if (words.some((w) => !w) && /\d\s*[–-]\s*\d/.test(md)) {
    const band = SCAN_LEVEL_RUN_RE;
    words = parts.map((p, i) => (i === parts.length - 1 ? SCAN_LEVEL_RUN_RE2.exec(p)?.[1] ?? null : band.exec(p)?.[1] ?? null));
  }
  const last = words[words.length - 1];
  if (!last) return;
  ownWordBelowLow(words.slice(0, -1).map((w) => (w ? severityFromValue(w) : null)), last, rf, true);
}

/**
 * A scale's usual levels run worst first down to low, then one word of the report's own: that word, below low, is
 * informational (scanLevelRun, closedBelowLow, scanInlineKeyBelowLow). `gaps`: the run may skip a level ("Critical ·
 * Medium · Low · Note"); else each level is the next. True when the run is such and its last word no usual level.
 */
function ownWordBelowLow(levels: (Severity | null)[], last: string, rf: ReportFacts, gaps: boolean): boolean {
  const ranks = levels.map((l) => (l ? LEVEL_ORDER.indexOf(l) : -1));
  if (ranks.some((k, i) => k < 0 || k > 3 || (i > 0 && (gaps ? k <= ranks[i - 1] : k !== ranks[i - 1] + 1))) || ranks[ranks.length - 1] !== 3) return false;
  if (severityFromValue(last)) return false;
  const key = last.toLowerCase();
  if (!rf.scheme.has(key)) rf.scheme.set(key, 'info');
  return true;
}

const MARKED_TREATED_AS = /\b(?:are|is)\s+(?:marked|scored|rated|shown)\s+(?:as\s+)?[*_"“`]{0,2}(n\/a|[\p{L}][\p{L}-]{1,15})[*_"”`]{0,2}\s+(?:and|so)\s+(?:are\s+|is\s+)?(?:treated|counted|reported|read)\s+as\s+(critical|high|medium|low|info(?:rmational)?)\b/iu;
/**
 * Convention: a rating method that says what an entry given no score stands for, "Findings with no exploitable
 * impact are marked *n/a* and treated as informational" (beside CVSS bands): the mark, in a finding's score
 * field ("CVSS n/a"), is that level. Read over the paragraph, as the sentence wraps.
 */
export function scanMarkedAs(md: string, rf: ReportFacts): void {
  if (md.length > 1500 || !md.includes(' as')) return;
  const m = MARKED_TREATED_AS.exec(plainInline(md).replace(/\s+/g, ' '));
  if (!m) return;
  const key = m[1].toLowerCase();
  const sev = severityFromValue(m[2]);
  if (sev && !rf.scheme.has(key) && (key === 'n/a' || !severityFromValue(key))) rf.scheme.set(key, sev);
}

/** one entry of a rating key run inline: the level (in emphasis or not) after the lead-in or the last entry, a dash, its meaning */
const INLINE_KEY_ENTRY = /(?:^|[:;.]\s+)(?:\*\*|__|\*|_)?([\p{L}][\p{L}-]{1,20}(?: [\p{L}-]{2,20})?)(?:\*\*|__|\*|_)?\s+[—–]\s+\S/gu;
/**
 * Convention: a report's rating key written in one run of prose, entries apart by semicolons, "The **Rating** is
 * ours: *Critical* — direct path to cluster compromise; *High* — …; *Medium* — …; *Low* — limited-impact
 * hardening; *Advisory* — hygiene, no exploit path.": after the usual four levels in order, a fifth word of the
 * report's own ("Advisory", "Observation", "Note for the record") sits below low, informational, and the summary
 * counts it as such ("2 Critical, … 1 Low and 1 Advisory"). Read only where the four usual levels run in order.
 */
export function scanInlineKeyBelowLow(md: string, rf: ReportFacts): void {
  if (md.length > 2000 || !md.includes(';') || !/[—–]/.test(md) || !/\blow\b/i.test(md)) return;
  const words = allMatches(plainInline(md).replace(/\s+/g, ' '), INLINE_KEY_ENTRY).map((m) => m[1].toLowerCase());
  // (the four usual levels, each the next: critical to low)
  if (words.length === 5) ownWordBelowLow(words.slice(0, 4).map(severityFromValue), words[4], rf, false);
}

/** "not a server defect", "not a vulnerability": a legend meaning that opens by saying its level is no defect */
const NO_DEFECT_MEANING = /^not (?:an? |itself an? )?(?:[\w-]+ ){0,2}(?:defect|vulnerability|bug|flaw|weakness|finding|issue|problem|nonconformity|non-conformity)\b/i;

// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const ONE_OR_TWO_WORDS = /^\p{L}+(?: \p{L}+)?$/u;
export function scanLegendEntry(md: string, rf: ReportFacts): void {
  // ("- *Must fix before merge* — correctness or data-loss risk. Treat as **high**.": the word in italics, as a
  // review's legend of its buckets writes it)
  if (md.length > 800 || !/^\s*(?:\*\*|__|[*_](?![\s*_]))/.test(md)) return;
  const m = /^\s*(\*\*|__|\*|_)([^*_\n]{1,30}?)\1\s*[—–:=]\s+(\S[\s\S]*)$/.exec(md);
  if (!m) return;
  const word = plainInline(m[2]).replace(/[.:]\s*$/, '').trim();
  const meaning = plainInline(m[3]).replace(/\s+/g, ' ').trim();
  const last = /[.;]\s+(?:(?:treat|treated|rated|counted|counts|classed|classified|scored|handled|considered|reported|read|reads) as\s+)?(critical|high|medium|moderate|low|informational|info)(?:\s+(?:severity|priority|risk))?\s*\.?$/i.exec(meaning);
  // ("**Observation** — no requirement is violated, but … For information only.": a level kept for information)
  const infoOnly = /(?:^|[.;]\s+)(?:for information(?:al purposes)? only|informational only|information only|no action (?:is )?(?:required|needed))\.?\s*$/i.test(meaning);
  // (Convention: a scale's bottom level defined as no defect at all, "**Observation** — not a server defect; worth
  // knowing", "**Note** — not a vulnerability, context for the reader": what the report rates informational)
  const noDefect = !infoOnly && NO_DEFECT_MEANING.test(meaning);
  // Convention: a code of the report's own scale defined by the rating its meaning opens with, in a short first
  // clause ("**R1** — high risk: can ground the unit", "**Þ1** — mikil áhætta: …", "**U** — upplýsingar
  // eingöngu, engin aðgerð")
  const opening = last || infoOnly || noDefect ? null : /^([^:,;.—–()]{1,40}?)\s*[:,;—–]\s/u.exec(meaning);
  // (two or three words, the rating and what it rates: "**C1** — Critical: RCE in …" is a finding, not a level)
  const openWords = opening ? opening[1].trim().split(/\s+/) : [];
  const openSev = openWords.length >= 2 && openWords.length <= 3 ? severityFromValue(openWords[0]) ?? severityFromValue(openWords.slice(0, 2).join(' ')) : null;
  // Convention: a level name of the report's own (a colour of a RAG scale, a tier) defined by the usual level it
  // stands for, named in brackets closing its meaning's first sentence or in a sentence that says it is
  // equivalent ("- **Amber** — real risk, but limited in reach (*Medium*). Fix in 4.2.x.", "- **Red** — … users
  // were told. Equivalent to *High* in the DPIA risk matrix."): a name of one or two words, as a scale's are
  const mapped = last || infoOnly || noDefect || !ONE_OR_TWO_WORDS.test(word) ? null : LEGEND_MEANING_MAPPED.exec(meaning);
  const sev = last ? severityFromValue(last[1]) : infoOnly || noDefect ? 'info' : (mapped ? severityFromValue(mapped[1] ?? mapped[2]) : null) ?? openSev;
  const key = word.toLowerCase();
  // Convention: a MoSCoW legend of the report's tiers that says what each holds up, not how severe it is,
  // "- **MUST** — blocks the production run …", "- **SHOULD** — fix this sprint; not blocking …", "- **COULD** —
  // hygiene. Not blocking.": the tiers rate as a review's "Must fix" / "Should fix" / "Could fix" do (reviewTier),
  // once two of them are defined (resolveTierLegend), and their meanings are read for the gate as any legend's
  const tier = !sev && TIER_WORD.test(word) ? reviewTier(`${key} fix`) : null;
  if (tier) (rf.tierWords ??= new Map()).set(key, tier.severity);
  // Convention: a review's legend of its Conventional Comments labels (conventionalcomments.org), "- **blocking** —
  // must be resolved before GA", "- **non-blocking** — a real issue, fixed after GA", "- **suggestion** — optional,
  // ignore freely", "- **nit** — …": the labels rate the comments as the convention's words do (a blocker the
  // worst, a non-blocking issue low, a suggestion or nit informational), once two of them are defined
  // (resolveTierLegend), and their meanings are read for the gate as any legend's
  const label = !sev && key.length <= 12 ? COMMENT_LABEL_LEVEL[key] : undefined;
  if (label) (rf.tierWords ??= new Map()).set(key, label);
  if (!sev || !word || severityFromValue(word) || factKind(word) || rf.scheme.has(key)) return;
  rf.scheme.set(key, sev);
}
/** "… limited in reach (Medium). Fix …", "…. Equivalent to High in the risk matrix.": the usual level a legend's word maps to */
const LEGEND_MEANING_MAPPED = /^[^.;()]{1,160}?\s\((critical|high|medium|moderate|low|informational|info)\)(?:[.;]|$)|(?:^|[.;]\s+)(?:equivalent to|equates to|corresponds to|maps to|the same as)\s+(critical|high|medium|moderate|low|informational|info)\b(?!\s+(?:and|or)\b)/i;
const TIER_WORD = /^(?:must|should|could)$/i;
/** a Conventional Comments label or decoration defined by a review's legend, and the level it rates (scanLegendEntry) */
const COMMENT_LABEL_LEVEL: Record<string, Severity> = { blocking: 'critical', 'non-blocking': 'low', suggestion: 'info', nit: 'info', nitpick: 'info' };
/** the MoSCoW tiers a legend defined without severities (scanLegendEntry), words of the scale when two or more are */
export function resolveTierLegend(rf: ReportFacts): void {
  if (!rf.tierWords || rf.tierWords.size < 2) return;
  for (const [w, sev] of rf.tierWords) if (!rf.scheme.has(w)) rf.scheme.set(w, sev);
  // (a legend of Conventional Comments labels with "blocking" among them: a blocking comment holds the change back,
  // the other labels' comments do not, where no sentence of the report gates their levels)
  if (rf.tierWords.get('blocking') !== 'critical' || rf.scheme.get('blocking') !== 'critical') return;
  rf.gate.add('critical');
  for (const [w, sev] of rf.tierWords) if (w !== 'blocking' && COMMENT_LABEL_LEVEL[w] === sev && sev !== 'critical') (rf.gateDenied ??= new Set()).add(sev);
}

const ABBREVIATED_LEVEL = /(?<![\p{L}])((critical|high|medium|moderate|low|informational)(?:[\s-]+\p{L}+){1,3})\s*\(([A-Z]{2,6})s?\)/giu;
/**
 * Convention: an abbreviation a report defines in brackets after a phrase that opens with a severity —
 * "we raise a **High Risk Issue (HRI)** or **Medium Risk Issue (MRI)**" (AWS Well-Architected's words):
 * the abbreviation, its letters the initials of the phrase, is a word of the report's scale.
 */
export function scanAbbreviations(prose: string, rf: ReportFacts): void {
  if (prose.length > 5000 || !/\([A-Z]{2,6}s?\)/.test(prose)) return;
  for (const m of allMatches(plainInline(prose).replace(/\s+/g, ' '), ABBREVIATED_LEVEL)) {
    const initials = m[1].split(/[\s-]+/).map((w) => w[0].toUpperCase()).join('');
    const sev = severityFromValue(m[2]);
    const key = m[3].toLowerCase();
    if (sev && initials === m[3] && !rf.scheme.has(key)) rf.scheme.set(key, sev);
  }
}

/**
 * Convention: a score the report maps to severities by bands of whole numbers — "Bands: **12–16 critical**,
 * **8–11 high**, **4–7 medium**, **1–3 low**" (a likelihood × impact score), "critical: 12-16". Three bands
 * or more, none overlapping, make each number of them a word of the report's scale, so a finding rated
 * "score: 9" is high whatever a CVSS reading of 9 would say. The bands may be a list, one a line ("- **Priority
 * 1–10** → Critical", "- **Priority 11–50** → High", …: a tool's numeric priority bucketed into the report's
 * words), read as one legend.
 */
export function scanScoreBands(prose: string, rf: ReportFacts): void {
  if (prose.length > 3000 || !/\d\s*[–—-]\s*\d/.test(prose)) return;
  const plain = plainInline(prose).replace(/\s+/g, ' ');
  if (plain.includes('.')) scanDecimalBands(plain, rf);
  const bands: [number, number, Severity][] = [];
  for (const m of allMatches(plain, /(?<![\d.,])(\d{1,3})\s*[–—-]\s*(\d{1,3})(?![\d.,]\d)\s*(?:[=:→]|->)?\s*(critical|high|medium|moderate|low|informational|info)\b|\b(critical|high|medium|moderate|low|informational|info)\s*[:=(]\s*(\d{1,3})\s*[–—-]\s*(\d{1,3})(?![\d.,]\d)/gi)) {
    const lo = Number(m[1] ?? m[5]);
    const hi = Number(m[2] ?? m[6]);
    const sev = severityFromValue(m[3] ?? m[4]);
    // (a tool's priority runs past 100, sp_Blitz's 1–250: "Priority 151–250 → Low")
    if (sev && lo <= hi && hi <= 999) bands.push([lo, hi, sev]);
  }
  if (bands.length < 3) return;
  const sorted = [...bands].sort((a, b) => a[0] - b[0]);
  if (sorted.some((b, i) => i > 0 && b[0] <= sorted[i - 1][1]) || new Set(bands.map((b) => b[2])).size < bands.length) return;
  for (const [lo, hi, sev] of bands) for (let n = lo; n <= hi; n++) if (!rf.scheme.has(String(n))) rf.scheme.set(String(n), sev);
}

const BAND_LEVEL = String.raw`(critical|high|medium|moderate|low|informational|info)\b`;
/** "2.5–3.4 High", "≥ 3.5 Critical", "< 1.5 Low", "3.5+ Critical": a band of a score with one decimal */
const DECIMAL_BAND = new RegExp(
  String.raw`(?<![\d.,])(?:(\d{1,2}\.\d)\s*[–—-]\s*(\d{1,2}\.\d)|(≥|>=|>|≤|<=|<)\s*(\d{1,2}(?:\.\d)?)|(\d{1,2}\.\d)\s*\+)(?![\d.,]\d)\s*(?:[=:→]|->)?\s*${BAND_LEVEL}`,
  'gi',
);
/**
 * Convention: a mean of several raters' scores, banded into levels by tenths — a heuristic evaluation's "we bucket
 * the means: ≥ 3.5 Critical · 2.5–3.4 High · 1.5–2.4 Medium · < 1.5 Low" (Nielsen's 0–4 scale averaged over
 * evaluators). Three bands or more, none overlapping, make each tenth of them ("3.3", and "4" for "4.0") a word of
 * the report's scale; an open band runs ten points past its bound.
 */
function scanDecimalBands(plain: string, rf: ReportFacts): void {
  const bands: [number, number, Severity][] = [];
  for (const m of allMatches(plain, DECIMAL_BAND)) {
    const sev = severityFromValue(m[6]);
    if (!sev) continue;
    const tenths = (v: string) => Math.round(Number(v) * 10);
    if (m[1]) bands.push([tenths(m[1]), tenths(m[2]), sev]);
    else if (m[5]) bands.push([tenths(m[5]), tenths(m[5]) + 100, sev]);
    else {
      const b = tenths(m[4]);
      const op = m[3];
      if (op === '≥' || op === '>=') bands.push([b, b + 100, sev]);
      else if (op === '>') bands.push([b + 1, b + 100, sev]);
      else if (op === '≤' || op === '<=') bands.push([0, b, sev]);
      else bands.push([0, b - 1, sev]);
    }
  }
  if (bands.length < 3 || bands.some((b) => b[0] > b[1])) return;
  const sorted = [...bands].sort((a, b) => a[0] - b[0]);
  if (sorted.some((b, i) => i > 0 && b[0] <= sorted[i - 1][1]) || new Set(bands.map((b) => b[2])).size < bands.length) return;
  for (const [lo, hi, sev] of bands) {
    for (let n = lo; n <= hi; n++) {
      const key = (n / 10).toFixed(1);
      if (!rf.scheme.has(key)) rf.scheme.set(key, sev);
      if (n % 10 === 0 && !rf.scheme.has(String(n / 10))) rf.scheme.set(String(n / 10), sev);
    }
  }
}

const SEV_WORDS = String.raw`(?:critical|high|medium|moderate|low|informational|info)`;
const RESPECTIVELY = new RegExp(String.raw`\b(${SEV_WORDS}(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)${SEV_WORDS}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)${SEV_WORDS}){0,4})\s*,?\s*(?:respectively|in that order)\b`, 'i');

const RESPECTIVELY_LIST = /([\p{L}][\p{L}-]{1,20}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)[\p{L}][\p{L}-]{1,20})+)/gu;
/**
 * "Our policy rates issues as material, significant, moderate or minor. … these correspond to
 * Critical, High, Medium and Low respectively": the report's words, in order, over a list of
 * severities said to match them one by one. Read over a paragraph (the two lists are often in two
 * sentences); the report's words are the last list of as many words before the severities.
 */
export function scanRespectively(prose: string, rf: ReportFacts): void {
  if (prose.length > 3000) return;
  const m = RESPECTIVELY.exec(prose);
  if (!m) return;
  const sevs = m[1].split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/).map((w) => severityFromValue(w));
  if (sevs.some((x) => !x)) return;
  const before = prose.slice(0, m.index);
  const lists = allMatches(before, RESPECTIVELY_LIST);
  for (let k = lists.length - 1; k >= 0; k--) {
    const words = lists[k][1].split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/).map((w) => w.toLowerCase());
    const own = words.slice(-sevs.length);
    if (own.length !== sevs.length || own.some((w) => /^(?:as|the|these|our|we|issues?|findings?|rates?)$/.test(w))) continue;
    own.forEach((w, i) => {
      if (!rf.scheme.has(w)) rf.scheme.set(w, sevs[i]!);
    });
    return;
  }
}

const BRACKET_LEGEND_ENTRY = /(?:\*\*|__)([\p{L}][\p{L}\p{N} -]{0,14})(?:\*\*|__)\s*\(([^()]{2,120})\)/gu;
const LEADING_LETTERS = /^[\p{L}]+/u;
const PLAIN_LEVEL = /^(?:critical|high|medium|low|info(?:rmational)?)$/i;
/**
 * Convention: a scale defined in prose, each level bold with its meaning in brackets: "**SEV-1** (business-critical,
 * exec bridge opened), **SEV-2** (confirmed compromise …), **SEV-3** (…), **SEV-4** (informational / hygiene)". A
 * meaning that opens with a severity word says what the level stands for ("informational": info, not SEV-4's usual
 * low). Three such entries or more make the legend; read over the paragraph, as entries wrap over lines.
 */
export function scanBracketLegend(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !md.includes('** (') && !md.includes('**\n(')) return;
  const entries = allMatches(md, BRACKET_LEGEND_ENTRY);
  if (entries.length < 3) return;
  for (const m of entries) {
    const lead = LEADING_LETTERS.exec(m[2])?.[0] ?? '';
    const sev = severityFromValue(lead);
    const word = m[1].trim().toLowerCase();
    // (Convention: a scale of the plain level names glossed in words, "**Medium** (partially in place or
    // undocumented), **Low** (minor, future-dated or documentation only)": the name says the level; a gloss that
    // opens with a grade word of another scale, "minor", "major", describes it and renames nothing)
    if (PLAIN_LEVEL.test(word) && !PLAIN_LEVEL.test(lead)) continue;
    if (sev && !rf.scheme.has(word)) rf.scheme.set(word, sev);
  }
}

/** A gate statement in one line of text (a legend's row, joined). */
export function scanGateLine(line: string, rf: ReportFacts): void {
  if (line.length <= 500) scanGate(line, rf);
}

const LEVEL_THEN_COUNT = /(?<![\p{L}])(critical|high|medium|low|informational|info)\s*:?\s+(\d{1,4})(?![\d%:/]|[.,]\d)(?!\s*[–—-]\s*\d)(?!\s*(?:h|hrs?|hours?|d|days?|min|ms|s|%|x)\b)/giu;
const OWN_WORD_COUNT = /(?:^|[·•|,;]\s*|\*\*)\s*([\p{L}][\p{L} -]{1,20}?)\s*:\s*(?:\*\*)?(\d{1,4})(?![\d.,%:/])/gu;
const PARTS_THEN_TOTAL = new RegExp(`[—–-]\\s*(\\d{1,4}|${NUMBER_WORDS.join('|')})\\s+(?:(?:findings|issues|items)\\s+)?in\\s+(?:total|all)\\b`, 'iu');
const COUNT_OF_FINDINGS = /(?<![\p{L}\d])(\d{1,4}|[a-z]+)\s+(?:findings|issues|items|observations|problems)\b/iu;
const TIMES_ITEM = /^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?(?:\*\*|__)?(\d{1,4})\s*[×x]\s+(?:\*\*|__)?([\p{L}][\p{L}-]*(?: [\p{L}][\p{L}-]*)?)(?:\*\*|__)?\s*$/u;
const COUNT_BRACKETED_GRADE_HINT = /\d\s*\(\p{Lu}{1,2}\)/u;
const COUNT_BRACKETED_GRADE = /(?<![\w.,])(\d{1,4})\s*\((\p{Lu}{1,2})\)(?![\w])/gu;
const COUNT_OF_NOTES = /(?<![\w.,])(\d{1,4})\s+\p{L}+\s*[—–:-]/u;
// (a risk assessment counts its "9 threat scenarios" or "8 risks" so)
/**
 * Convention: an agent's or tracker's issue file opens with a totals line, the label, the count and a word for what
 * was counted, then the counts by priority, "**Totals:** 12 tracked — P0: 2 · P1: 3 · P2: 5 · P3: 2", "Totals: 7
 * logged — …": the count after the label is the total, where the counts after it add up to it
 */
const TOTALS_LABEL_COUNT = /(?:^|[\s>*_-])totals?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(?:\*\*|__)?(\d{1,4})(?:\*\*|__)?(?:\s+\p{L}[\p{L}-]{1,14})?\s*[—–(:-]?\s*$/iu;
const STATED_BEFORE_COUNTS = /(?<![\p{L}\p{N}.,])(\d{1,4})(?:\*\*|__)?\s+(?:bugs|issues|findings|problems|vulnerabilities|defects|risks|threats|threat scenarios)(?:\*\*|__)?[^\p{L}\p{N}]{0,12}$/iu;
// (the count may be a word: "Ten findings in total: 1 …, 2 …", whose colon opens the parts, not the total's number)
const COUNT_IN_TOTAL = new RegExp(`(?:\\d|\\b(?:${NUMBER_WORDS.join('|')}))\\s+(?:[\\p{L}-]+\\s+){0,3}in\\s+total\\s*:`, 'iu');
// Convention: a scanner's triage folding its raw hits into what is distinct, "47 raw hits collapse to **13 distinct
// secrets**", "212 alerts reduce to 9 unique findings" (gitleaks, trufflehog, a SAST export): the distinct count is
// the report's total of findings, each secret or leak one
const DEDUPED_COUNT = /\b(?:collapse[sd]?|reduce[sd]?|boil(?:s|ed)? down|dedupe[sd]?|deduplicate[sd]?|come[s]? down|fold(?:s|ed)?)\s+(?:in)?to\s+(?:\*\*|__)?(\d{1,5})\s+(?:distinct|unique)\s+(?:issues|findings|bugs|defects|vulnerabilities|secrets|leaks|credentials)(?![\p{L}])/iu;
const DISTINCT_COUNT = /^[\s>*+-]*(?:\*\*|__)?(\d{1,5})\s+(?:distinct|unique|deduplicated|de-duplicated)\s+(?:issues|findings|bugs|defects|vulnerabilities)(?![\p{L}])/iu;
// Convention: a tally that closes on "total" with or without "in", "7 bugs total — 4 fixed, 3 open", "14 bugs
// total" after a bug bash's counts by level: the count before it is the total
// (or its count in words, "Ten findings in total")
// (Convention: a code review counts its comments so, "11 comments in total. I'm putting everything here …": each
// comment is one of its findings)
const COUNT_IN_WORDS = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,4}|${NUMBER_WORDS.join('|')})\\s+(?:issues|bugs|findings|items|vulnerabilities|defects|problems|review comments|comments)\\s+(?:in\\s+)?total\\b`, 'iu');
const SCAN_COUNTS_RE = /(?<![\p{L}\p{N}.,])(\d{1,4})(?:\*\*|__)?\s+(?:findings|issues|bugs|defects|vulnerabilities|problems|defectos|hallazgos|incidencias|vulnerabilidades|defeitos|achados|défauts|anomalies|constats|difetti|problemi|anomalie)(?![\p{L}])/iu;
/** a number word scanCounts may read (tried only on lines without a digit) */
const COUNT_NUMBER_WORD = /zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve/i;
/** "Significant 5", "Monitor 2": a piece of a dotted tally, a word or two and its count closing the piece */
// (Convention: an urgency scale named by the deadline, "Stop work 2 · Fix today 3 · Fix this week 4": up to three words)
const DOT_TALLY_PIECE = /(?<![\p{L}\p{N}])([\p{L}][\p{L}-]*(?: [\p{L}][\p{L}-]*){0,2})\s+(\d{1,4})[\s*_.]*$/u;
/**
 * Convention: a survey's or inspection's summary tally in the words of its own legend, each word then its count with
 * no colon, set apart by middle dots, "**Defects found: 14 — Urgent 2 · Significant 5 · Minor 5 · Monitor 2**": each
 * count is that of the level the legend gives the word. Read only where every piece after the first is a legend word
 * and its count (the first may open with the tally's label), three pieces or more.
 */
function ownWordDotTally(line: string, rf: ReportFacts): void {
  const parts = line.split(/\s+[·•]\s+/);
  if (parts.length < 3 || parts.length > 8) return;
  const pairs: [Severity, number][] = [];
  for (const part of parts) {
    const m = DOT_TALLY_PIECE.exec(part);
    if (!m) return;
    const words = m[1].toLowerCase();
    const sev = rf.scheme.get(words) ?? rf.scheme.get(words.split(' ').pop()!);
    if (!sev || (part !== parts[0] && m.index > 0 && part.slice(0, m.index).trim() !== '')) return;
    pairs.push([sev, Number(m[2])]);
  }
  if (new Set(pairs.map(([sev]) => sev)).size !== pairs.length) return;
  for (const [sev, n] of pairs) if (rf.claims[sev] === undefined) rf.claims[sev] = n;
  rf.hasClaims = true;
  // ("Items reported: 5 — Safety Hazard 1 · …": the count before the dash that the pieces add up to is the total)
  const said = /(?<![\d.,])(\d{1,4})(?:\*\*|__)?\s*[—–]\s*(?:\*\*|__)?[\p{L}][\p{L} -]*\d{1,4}[\s*_.]*$/u.exec(parts[0]);
  if (said && rf.claims.total === undefined && Number(said[1]) === pairs.reduce((a, [, n]) => a + n, 0)) rf.claims.total = Number(said[1]);
}
const CODE_COUNT_HINT = /(?<![\p{L}\p{N}])\p{Lu}{1,4}\d{0,2}\s*:\s*(?:\*\*|__)?\d/u;
/** a colon, then a count: the part of CODE_COUNT_HINT after its code (\s is the same set with or without u) */
const COLON_DIGIT = /:\s*(?:\*\*|__)?\d/;
const CODE_COUNT = /(?:^|[·•|,;—–]\s*|\*\*\s*)(\p{Lu}{1,4}\d{0,2})(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(\d{1,4})(?![\d.,%:/])/gu;
/**
 * Convention: an inspection's summary counts its observations by classification code, each code then a colon and
 * its count, "Observations recorded: 12 — C1: 1 · C2: 5 · FI: 2 · C3: 4" (EICR codes, a gas safety record's "ID: 0
 * · AR: 1 · NCS: 2"): each code's count is its level's, a code its legend leaves unrated (FI) counted in the total
 * alone; the count before the dash is the total where the codes add up to it. Three codes or more, all keyed.
 */
function codeColonTally(line: string, rf: ReportFacts): void {
  const found = allMatches(line, CODE_COUNT);
  if (found.length < 3) return;
  const by: Partial<Record<Severity, number>> = {};
  let sum = 0;
  for (const m of found) {
    const code = m[1].toLowerCase();
    const sev = rf.scheme.get(code);
    if (!sev && !rf.unratedCodes?.has(code)) return;
    if (sev) by[sev] = (by[sev] ?? 0) + Number(m[2]);
    sum += Number(m[2]);
  }
  if (Object.keys(by).length < 2) return;
  for (const [sev, n] of Object.entries(by)) if (rf.claims[sev as Severity] === undefined) rf.claims[sev as Severity] = n;
  rf.hasClaims = true;
  const said = /(?<![\d.,])(\d{1,4})(?:\*\*|__)?\s*[—–]\s*(?:\*\*|__)?\p{Lu}{1,4}\d{0,2}(?:\*\*|__)?\s*:/u.exec(line);
  if (said && rf.claims.total === undefined && Number(said[1]) === sum) rf.claims.total = sum;
}
function scanCounts(line: string, rf: ReportFacts): void {
  // (a digit first: one class scans a line faster than the case-blind words, which a line with a digit skips)
  if (!/\d/.test(line) && !COUNT_NUMBER_WORD.test(line)) return;
  // "Failed controls by severity: Critical 1 · High 3 · Medium 4 · Low 1": the severity before its count
  // (the last may close the sentence: "… · low 1.")
  const after = !/(?:critical|high|medium|low|info)\w*\s*:?\s+\d/i.test(line) ? [] : allMatches(line, LEVEL_THEN_COUNT);
  if (after.length >= 3 || (after.length === 2 && /\bby severity\b|\bfindings?\b|\bissues?\b|\bcounts?\b|\bfailed\b/i.test(line))) {
    // (a breakdown "by severity" of three levels or more adds up to the whole, where no total is stated)
    const levels = new Set(after.map((m) => severityFromValue(m[1])));
    if (levels.size === after.length && after.length >= 3 && /\bby severity\b/i.test(line) && rf.breakdownTotal === undefined) rf.breakdownTotal = after.reduce((a, m) => a + Number(m[2]), 0);
    for (const m of after) {
      const sev = severityFromValue(m[1]);
      if (sev && rf.claims[sev] === undefined) {
        rf.claims[sev] = Number(m[2]);
        rf.hasClaims = true;
      }
    }
  }
  // "Red: 2 · Amber: 3 · Yellow: 2 — seven findings": counts by the words of the report's own legend, each
  // before its count and a colon, set apart by dots, bars or commas; a count of findings that is their sum
  // is the total
  // (each pair has a colon before its count)
  if (rf.scheme.size && /[·•|,;]/.test(line) && /:\s*(?:\*\*)?\d/.test(line)) {
    const pairs = allMatches(line, OWN_WORD_COUNT)
      .map((m) => [rf.scheme.get(m[1].trim().toLowerCase()), Number(m[2])] as const)
      .filter((x): x is readonly [Severity, number] => !!x[0]);
    if (pairs.length >= 2 && new Set(pairs.map(([sev]) => sev)).size === pairs.length) {
      for (const [sev, n] of pairs) if (rf.claims[sev] === undefined) rf.claims[sev] = n;
      rf.hasClaims = true;
      const sum = pairs.reduce((a, [, n]) => a + n, 0);
      const said = COUNT_OF_FINDINGS.exec(line.replace(NUMBER_WORD_ANY, (w) => String(numberWordValue(w))));
      if (said && Number(said[1]) === sum && rf.claims.total === undefined) rf.claims.total = sum;
    }
  }
  if (rf.scheme.size && (line.includes('·') || line.includes('•'))) ownWordDotTally(line, rf);
  // (CODE_COUNT_HINT's tail, a colon then a digit, as a cheap test first: it opens on a literal, and most lines fail it)
  if (rf.scheme.size && COLON_DIGIT.test(line) && CODE_COUNT_HINT.test(line)) codeColonTally(line, rf);
  // "Tier A: 1 · Tier B: 2 · Tier C: 2": counts by the grades of the report's own scale
  // (GRADE_COUNT_HINT ends on ":" or "=": a cheaper test first)
  const graded = !/[:=]/.test(line) || !GRADE_COUNT_HINT.test(line) ? [] : allMatches(line, GRADE_COUNT);
  if (graded.length >= 2 && rf.scheme.size) {
    const by: Partial<Record<Severity, number>> = {};
    for (const m of graded) {
      const sev = rf.scheme.get(m[1].toLowerCase());
      if (sev) by[sev] = (by[sev] ?? 0) + Number(m[2]);
    }
    for (const [sev, n] of Object.entries(by)) if (rf.claims[sev as Severity] === undefined) {
      rf.claims[sev as Severity] = n;
      rf.hasClaims = true;
    }
    // Convention: the tally closes on its sum, "Tier A: 1 · Tier B: 2 · … — seven in total": a count said to be the
    // total that the grades' counts add up to
    const closing = PARTS_THEN_TOTAL.exec(line);
    const sum = graded.reduce((a, m) => a + Number(m[2]), 0);
    if (closing && rf.claims.total === undefined && Object.keys(by).length >= 2 && (/^\d/.test(closing[1]) ? Number(closing[1]) : numberWordValue(closing[1])) === sum) rf.claims.total = sum;
  }
  // ("พบข้อบกพร่องทั้งหมด 11 รายการ แบ่งเป็น วิกฤต 2 · สูง 3 · ปานกลาง 4 · ต่ำ 2": Thai states each level, then its
  // count; the count of all before them, "ทั้งหมด N รายการ", is their sum)
  if (/[\u0E00-\u0E7F]/.test(line)) {
    const th = allMatches(line, /(วิกฤต|สูง|ปานกลาง|ต่ำ)\s*(\d{1,4})(?!\d)/gu);
    const sevs = th.map((m) => severityFromValue(m[1]));
    if (th.length >= 2 && sevs.every(Boolean) && new Set(sevs).size === sevs.length) {
      th.forEach((m, i) => {
        if (rf.claims[sevs[i]!] === undefined) rf.claims[sevs[i]!] = Number(m[2]);
      });
      rf.hasClaims = true;
      const all = /ทั้งหมด\s*(\d{1,4})\s*รายการ/u.exec(line);
      if (all && rf.claims.total === undefined && Number(all[1]) === th.reduce((a, m) => a + Number(m[2]), 0)) rf.claims.total = Number(all[1]);
    }
  }
  // "취약 8건(상 3건, 중 3건, 하 2건)", "高 2件、中 1件": a severity word, then its count and a counter word
  // (Korean, Japanese and Chinese count so); the count before the brackets they sit in is their sum
  if (COUNTER.test(line)) {
    // ("其中严重 1 个": Han runs words together, so the severity is the run's longest tail that is one)
    const word = (run: string) => {
      for (let k = Math.min(run.length, 4); k >= 1; k--) if (isSeverityWord(run.slice(-k))) return run.slice(-k);
      return run;
    };
    // (a grade of the report's own scale too: "S: 2件" under "**S（致命的）**: …")
    // Convention: a Chinese summary counts by level, then by where the fixes stand in the next sentence, "其中严重 2
    // 个、中危 4 个。…已修复 7 个，修复中 2 个" (in progress): a run that is a fix state ("修复中", "处理中") is a count of
    // that state, not of the level its last character names ("中", medium)
    const sevOf = (w: string) => (word(w) !== w && statusFromText(w) ? null : severityFromValue(word(w)) ?? rf.scheme.get(w.toLowerCase()) ?? null);
    const pairs = allMatches(line, COUNTER_PAIR).filter((m) => sevOf(m[1]));
    const sevs = pairs.map((m) => sevOf(m[1])!);
    if (pairs.length >= 2 && new Set(sevs).size === sevs.length) {
      pairs.forEach((m, i) => {
        if (rf.claims[sevs[i]] === undefined) rf.claims[sevs[i]] = Number(m[2]);
      });
      rf.hasClaims = true;
      // ("共发现安全问题 **10 个**，其中严重 1 个、…": the sum, then "of which")
      // ("指摘は合計 **9 件** です(重大 2 件、…)": Japanese may close the sum with the copula before the brackets)
      // (Convention: Chinese may name what was counted after the counter, "共發現 **11 項** 弱點，其中高風險 3 項": a
      // noun of a few Han between the sum and "of which")
      const sum = /(\d{1,4})\s*(?:건|개|件|個|个|项|項)\s*(?:(?:\*\*|__)?\s*(?:です|でした|あります|ありました)?\s*[(（]|(?:\*\*|__)?\s*(?:\p{sc=Han}{1,8}\s*)?[,，、]?\s*(?:其中|うち|이 중|그중))\s*$/u.exec(line.slice(0, pairs[0].index! + pairs[0][1].length - word(pairs[0][1]).length).replace(/\*\*(?=\s*[,，])/g, ''));
      if (sum && rf.claims.total === undefined && Number(sum[1]) === pairs.reduce((a, m) => a + Number(m[2]), 0)) rf.claims.total = Number(sum[1]);
      // ("총 **10건**의 취약점이 확인되었으며, 위험도별로는 **긴급 1건, 상 3건, …**": Korean "총" / "전체", in all, before
      // the count earlier in the sentence; where it is their sum it is the total)
      const all = KO_TOTAL.exec(line.slice(0, pairs[0].index));
      if (all && rf.claims.total === undefined && Number(all[1]) === pairs.reduce((a, m) => a + Number(m[2]), 0)) rf.claims.total = Number(all[1]);
    } else if (line.includes('参考')) {
      // Convention: a Japanese report counts its reference items apart from the findings, after its count by level,
      // "このほか、参考情報として 1件を記載しています（件数には含めていません）": the informational level's count
      const apart = JA_REFERENCE_COUNT.exec(line);
      if (apart && rf.claims.info === undefined) {
        rf.claims.info = Number(apart[1]);
        rf.hasClaims = true;
      }
    }
  }
  // Convention: a summary's list with one count an item, "- 2 × Kritisch", "- 3 x High": the item (read here
  // without its bullet) is only the count times a severity word (of any language), so it is that level's count
  if (/\d\s*[×x]\s/.test(line)) {
    const item = TIMES_ITEM.exec(line);
    const sev = item ? severityFromValue(item[2]) : null;
    if (item && sev && rf.claims[sev] === undefined) {
      rf.claims[sev] = Number(item[1]);
      rf.hasClaims = true;
    }
  }
  // (a line that opens on a count in words is read with its digits: "Nine issues were reported")
  const opening = rf.proseTotal === null && !/\d\s/.test(line) ? OPENING_NUMBER_WORD.exec(line) : null;
  if (opening) {
    const post = TOTAL_POSTPOSED.exec(opening[1] + numberWordValue(opening[2]) + line.slice(opening[0].length));
    if (post) rf.proseTotal = Number(post[1]);
  }
  line = line.replace(NUMBER_WORD, (w) => String(NUMBER_WORDS.indexOf(w.toLowerCase())));
  if (!/\d/.test(line)) return;
  // "4× [H], 5× [M], 3× [L]", "2 × Sev-2, 1 × Sev-3": counts multiplied by severity letters or words
  // ("1 × severity::1, 2 × severity::2": GitLab's scoped labels, level 1 the worst)
  // (each count is a number before its "×" or "x"; "severity::1" is rewritten first)
  const letters = !/\d\s*[×x]|severity::/i.test(line) ? [] : allMatches(line.replace(/~?"?severity::\s*([0-5])"?/gi, 'Sev-$1'), /\b(\d+)\s*[×x]\s*(?:\[([CHMLI])\]|(P[0-4]|Priority\s?[0-4]|Sev-?[0-5]|critical|high|medium|low|blocker|major|minor|trivial)(?![\w-]))/gi);
  if (letters.length >= 2) {
    for (const m of letters) {
      const sev = m[2] ? ({ C: 'critical', H: 'high', M: 'medium', L: 'low', I: 'info' } as const)[m[2].toUpperCase() as 'C'] : (rf.pairedP?.get(m[3].replace(/^priority\s?/i, 'P').toLowerCase()) ?? severityFromValue(m[3].replace(/^priority\s?/i, 'P')));
      if (!sev) continue;
      if (rf.claims[sev] === undefined) {
        rf.claims[sev] = Number(m[1]);
        rf.hasClaims = true;
      }
    }
  }
  // ("11 notes — 3 (H), 5 (M), 3 (L)": a count before a grade in brackets, the grades the report's legend
  // defines as "**(H)** — …"; the count of notes before them their total when it is their sum)
  const bracketed = COUNT_BRACKETED_GRADE_HINT.test(line) ? allMatches(line, COUNT_BRACKETED_GRADE) : [];
  if (bracketed.length >= 2) {
    // (a usual letter, as "RN-01 (H)" rates a note, when the legend does not name the level)
    const letter = (g: string): Severity | null => ({ C: 'critical', H: 'high', M: 'medium', L: 'low', I: 'info' } as const)[g as 'C'] ?? null;
    const read = bracketed.map((m) => [rf.scheme.get(m[2].toLowerCase()) ?? rf.scheme.get(`(${m[2].toLowerCase()})`) ?? letter(m[2]), Number(m[1])] as const);
    if (read.every(([sev]) => sev) && new Set(read.map(([sev]) => sev)).size === read.length) {
      for (const [sev, n] of read) if (rf.claims[sev!] === undefined) rf.claims[sev!] = n;
      rf.hasClaims = true;
      const sum = read.reduce((a, [, n]) => a + n, 0);
      const said = COUNT_OF_NOTES.exec(line.slice(0, bracketed[0].index));
      if (said && Number(said[1]) === sum && rf.claims.total === undefined) rf.claims.total = sum;
    }
  }
  // "9 findings across 6 queries: 2 S1, 3 S2, 2 S3, 1 S4, 1 S5": counts by the levels of a usual scale
  const coded = !/\d\s+[SP]/.test(line) ? [] : allMatches(line, /(?<![\w.,])(\d{1,4})\s+(S[1-5]|P[0-4]|Sev-?[0-5])(?![\w-])/g);
  if (coded.length >= 3) {
    // ("9 findings across 6 queries: 2 S1, …": the sum before them)
    // ("Se registraron **11 defectos** en este ciclo: **1 S1, 3 S2, 4 S3 y 3 S4**": the defects counted in Spanish,
    // Portuguese, French or Italian)
    const sum = /(?<![\w.,])(\d{1,4})(?:\*\*|__)?\s+(?:findings?|issues?|problems?|bugs?|items?|defects?|defectos|hallazgos|incidencias|defeitos|achados|défauts|anomalies|difetti)\b/i.exec(line.slice(0, coded[0].index));
    if (sum && rf.claims.total === undefined) rf.claims.total = Number(sum[1]);
    for (const m of coded) {
      const sev = severityFromValue(m[2]);
      if (sev && rf.claims[sev] === undefined) {
        rf.claims[sev] = Number(m[1]);
        rf.hasClaims = true;
      }
    }
  }
  const tldr = /tl;?dr/i.test(line) ? TLDR_SINGLE_COUNT.exec(line) : null;
  // (not a count of what was done, "tl;dr 2 high fixed, 1 left": a state right after the level)
  if (tldr && !TLDR_STATE_AFTER.test(line.slice(tldr[0].length))) {
    const sev = severityFromValue(tldr[2]) ?? countedSeverity(tldr[2]);
    if (sev && rf.claims[sev] === undefined) {
      rf.claims[sev] = Number(tldr[1]);
      rf.hasClaims = true;
    }
  }
  const single = SINGLE_COUNT.exec(line);
  if (single) {
    const sev = severityFromValue(single[2]);
    if (sev && rf.claims[sev] === undefined && !/\b(fixed|resolved|remain\w*|closed)\b/i.test(line)) {
      rf.claims[sev] = Number(single[1]);
      rf.hasClaims = true;
    }
  }
  const label = SEV_LABEL.exec(line);
  if (label) {
    // (a priority code is read as the report's legend keys it, "| P1 | Immediate — … |" critical: priorityCodeTable)
    const sev = (/^p\d$/i.test(label[1]) ? rf.pairedP?.get(label[1].toLowerCase()) : null) ?? severityFromValue(label[1]);
    const rest = label[3];
    const eff = parseEffort(rest);
    if (sev && eff && /^\W*~?\d/.test(rest) && /\b(bugs?|issues?|findings?|items?|fixes)\b/i.test(label[2] + ' ')) {
      if (!rf.effortBySeverity[sev]) {
        rf.effortBySeverity[sev] = eff;
        rf.hasEffort = true;
      }
    } else if (sev && !eff) {
      const n = /=\s*(\d+)\s*total\b/i.exec(rest) ?? /^\W*(\d+)\b(?!\s*[-–.]\s*\d)/.exec(rest);
      const lab = label[2];
      // (Convention: Spearbit's and Cantina's level names end in "Risk", so their summaries count "- High Risk: 2":
      // the label "Risk" names the level, as "High severity: 2" does)
      const labelOk = /^(\s*\([^)]*\))?\s*$/.test(lab) ? !/^s\d/i.test(label[1]) : CODE_NAME_LABEL.test(lab) || (/^[\s\w/()&-]*$/.test(lab) && /\b(bugs?|issues?|findings?|priority|severity|vulnerabilit\w*|problems?|risks?)\b/i.test(lab));
      if (n && labelOk) {
        if (rf.claims[sev] === undefined) {
          rf.claims[sev] = Number(n[1]);
          rf.hasClaims = true;
        }
      }
    }
  }
  // Convention: a summary's count of one tier of the report's own legend, one a line, "- **Advisory:** 1" beside
  // "- **P1 (Immediate):** 2" (priorityCodeTable): the word is counted at the level the legend gives it
  else if (rf.scheme.size && line.includes(':')) {
    const own = SCHEME_WORD_COUNT.exec(line);
    const sev = own ? rf.scheme.get(own[1].toLowerCase()) : undefined;
    if (own && sev && rf.claims[sev] === undefined) {
      rf.claims[sev] = Number(own[2]);
      rf.hasClaims = true;
    }
  }
  INLINE_COUNT.lastIndex = 0;
  // (each count follows a colon or an equals sign)
  const counts = !/[:=]\s*\d/.test(line) ? [] : allMatches(line, INLINE_COUNT);
  if (counts.length >= 2) {
    // Convention: a tracker's tally line, "Tracked issues against 4.2.0: **8** — P0: **2**, P1: **2**, P2: **2**,
    // P3: **2**": the count after the label is the total, where the counts after it add up to it
    const tally = rf.claims.total === undefined ? /\b(?:bugs|issues|findings|problems|vulnerabilities|defects|items)\b[^:\n]{0,40}:\s*[*_]{0,2}(\d{1,4})[*_]{0,2}\s*[—–(:-]?\s*$/i.exec(line.slice(0, counts[0].index)) : null;
    // Convention: a result line that states the count of findings first, then each level's count after a colon:
    // "Result: 10 findings. Critical: 2 · High: 3 · Medium: 3 · Low: 2" (the stated count, where the levels add up to it)
    const stated = tally || rf.claims.total !== undefined ? null : STATED_BEFORE_COUNTS.exec(line.slice(0, counts[0].index));
    const labelled = tally || stated || rf.claims.total !== undefined ? null : TOTALS_LABEL_COUNT.exec(line.slice(0, counts[0].index));
    const head = tally ?? stated ?? labelled;
    if (head && Number(head[1]) === counts.reduce((a, m) => a + Number(m[2]), 0)) rf.claims.total = Number(head[1]);
    for (const m of counts) {
      // (Convention: "Critical: 1 · Major: 3 · Minor: 6" beside a legend that grades Minor low: each word is counted
      // at the level the report's legend gives it, not the word's usual one, as the findings it counts are rated)
      const sev = rf.scheme.get(m[1].toLowerCase()) ?? severityFromValue(m[1]) ?? countedSeverity(m[1]);
      if (sev && rf.claims[sev] === undefined) {
        rf.claims[sev] = Number(m[2]);
        rf.hasClaims = true;
      }
    }
  }
  const codeCounts = DASH_COUNT_HINT.test(line) ? allMatches(line, DASH_COUNT) : [];
  // (Convention: the tally by priority codes closes on the key's uncoded tier, "**P1 – 3**, **P2 – 5**, **P3 – 2**,
  // **Advisory – 2**", as an inspection's summary counts its items: a word of the report's legend beside the codes,
  // counted the same way)
  const ownTier = codeCounts.length >= 2 && rf.scheme.size ? allMatches(line, OWN_WORD_DASH_COUNT).filter((m) => rf.scheme.has(m[1].toLowerCase()) && !codeCounts.some((c) => c.index === m.index)) : [];
  const dashed = ownTier.length ? [...codeCounts, ...ownTier] : codeCounts;
  if (dashed.length >= 2) {
    // (a code, "P1", "Sev-2", is read only as the report's own legend reads it: whether P1 is the top level or the
    // one below P0 is the report's to say; unread, the counts still give the total they add up to)
    const sevs = dashed.map((m) => (/^(?:P|Sev)/i.test(m[1]) || ownTier.includes(m) ? (rf.pairedP?.get(m[1].toLowerCase()) ?? rf.scheme.get(m[1].toLowerCase()) ?? null) : countedSeverity(m[1])));
    const codes = new Set(dashed.map((m) => m[1].toLowerCase())).size === dashed.length;
    const sum = dashed.reduce((a, m) => a + Number(m[2]), 0);
    const head = codes && rf.claims.total === undefined ? SUM_BEFORE_COLON.exec(line.slice(0, dashed[0].index)) : null;
    if (head && Number(head[1]) === sum) {
      rf.claims.total = sum;
      rf.hasClaims = true;
    }
    if (sevs.every(Boolean) && new Set(sevs).size === sevs.length) {
      dashed.forEach((m, i) => {
        if (rf.claims[sevs[i]!] === undefined) rf.claims[sevs[i]!] = Number(m[2]);
      });
      rf.hasClaims = true;
    }
  }
  // "Total: 12 (3 critical, 4 high, 5 medium)"; three counts or more need no such word
  // ("1 high severity, 3 medium severity, 13 low severity and 5 informational.")
  // (each clause on its own: "9 issues (1 critical, 4 serious); one of them was already fixed")
  for (const clause of /\d\s/.test(line) && REVERSE_COUNT_HINT.test(line) ? line.split(/(?<!&#?\w{2,8});\s+/) : []) {
    // Convention: the sum after the counts, past a dash, with what it covers: "2 blockers (S1), 3 major (S2), 1 trivial
    // (S4) — 6 open or recently fixed": a state word there qualifies the total, not one of the counts
    const all = allMatches(clause, REVERSE_COUNT);
    // Convention: a scanner's warnings counted by its confidence, "Brakeman reported 11 warnings (3 High confidence,
    // 5 Medium, 3 Weak)": how sure the tool is, not how bad the findings are, so no level's count
    if (all.length && clause.includes('onfiden') && all.some((m) => CONFIDENCE_AFTER.test(clause.slice((m.index ?? 0) + m[0].length)))) continue;
    const last = all[all.length - 1];
    const tail = last ? clause.slice((last.index ?? 0) + last[0].length) : '';
    const dashSum = all.length >= 2 ? DASH_SUM.exec(tail) : null;
    const summed = !!dashSum && Number(dashSum[1]) === all.reduce((a, m) => a + (countedSeverity(m[2]) ? Number(m[1]) : 0), 0);
    // Convention: the counts in brackets after the total they break down, "11 bugs found (2 critical, 4 high, 3 medium,
    // 2 low) — 5 fixed, 6 still open": the states after the closing bracket split the total another way, they do
    // not qualify the counts inside it
    const bracketed = last && BRACKET_CLOSE_TAIL.test(tail) && clause.lastIndexOf('(', all[0].index ?? 0) >= 0 ? clause.slice(0, (last.index ?? 0) + last[0].length) : clause;
    const rev = summed || !/\b(fixed|resolved|remain\w*|closed)\b/i.test(bracketed) ? all : [];
    if (summed && rf.claims.total === undefined) rf.claims.total = Number(dashSum![1]);
    if (rev.length) {
      const said = /\b(totals?|found|identified|discovered|summary|logged|reported|tl;?dr)\b/i.test(clause);
      // "→ 9 real bugs: 1 Sev-1, 3 Sev-2 …", "14 items to triage: 8 high, 6 medium": the sum stated just before the counts
      const before = clause.slice(0, rev[0].index ?? 0);
      const lead = /(\d+)\s+(?:[a-z-]+\s+)?(?:bugs|issues|findings|vulnerabilities|defects|problems|items)(?:\s+(?:to|for)\s+[a-z-]+)?\s*[:(–—-]?\s*$/i.exec(before);
      if (rev.length >= 3 || (rev.length >= 2 && (said || lead))) {
        // "… 6 Minor, 2 Trivial (13)", "… 4 low (9 open after triage)", "= 13 total": the sum
        const after = clause.slice((rev[rev.length - 1].index ?? 0) + rev[rev.length - 1][0].length);
        const sum = /^\W{0,3}\(\s*(\d+)\b[^)]{0,40}\)|^[^.\d]{0,10}(?:=|total:?)\s*(\d+)\b/i.exec(after);
        if (sum && rf.claims.total === undefined) rf.claims.total = Number(sum[1] ?? sum[2]);
        else if (lead && rf.claims.total === undefined) rf.claims.total = Number(lead[1]);
        else if (rf.claims.total === undefined && rev.length >= 3) {
          // ("Se han registrado 11 defectos en Jira (proyecto CED): 2 bloqueantes, 4 de severidad alta, …": a count
          // of defects stated earlier in the clause, in any of the languages counts are read in, is the total
          // where the levels after it add up to it)
          const stated = SCAN_COUNTS_RE.exec(before);
          const sum = rev.reduce((a, m) => a + (countedSeverity(m[2]) ? Number(m[1]) : 0), 0);
          if (stated && Number(stated[1]) === sum) rf.claims.total = sum;
        }
        if (!rf.countWords) rf.countWords = rev.map((m) => [m[2].toLowerCase(), Number(m[1])]);
        // Convention: the accessibility impact scale (axe, Lighthouse) "critical, serious, moderate, minor": counted
        // beside "moderate", "minor" is the level below it, low ("9 issues (1 critical, 4 serious, 3 moderate, 1 minor)")
        const impact = rev.length >= 3 && rev.some((m) => /^moderate$/i.test(m[2])) && rev.some((m) => /^serious$/i.test(m[2]));
        for (const m of rev) {
          const sev = impact && /^minor$/i.test(m[2]) ? 'low' : (rf.pairedP?.get(m[2].toLowerCase()) ?? countedSeverity(m[2]));
          if (sev && rf.claims[sev] === undefined) {
            rf.claims[sev] = Number(m[1]);
            rf.hasClaims = true;
          }
        }
      }
    }
  }
  if (rf.claims.total === undefined) {
    // (the total follows a colon)
    // ("We track **9 items** in total: **3 blockers** and **6 non-blockers**": a count before "in total" is the
    // total, and the colon after it opens the parts)
    // (COUNT_IN_TOTAL needs "total", whose letters only their ASCII cases match under its flags: a cheap test first)
    const t = /:\s*~?\d/.test(line) && !(/total/i.test(line) && COUNT_IN_TOTAL.test(line)) ? TOTAL_LABEL.exec(line) : null;
    if (t) {
      rf.claims.total = Number(t[1]);
      rf.hasClaims = true;
    }
  }
  // (each of these counts is a number before a space)
  if (rf.proseTotal === null && /\d\s/.test(line)) {
    const p = TOTAL_PROSE_NOUN.test(line) ? TOTAL_PROSE.exec(line) : null;
    // "Exported Aug 2 · 17 issues": a count among a header line's properties
    const prop = /(?:^|[·|•]\s*)(\d{1,5})\s+(?:issues|findings|bugs|vulnerabilities)\s*(?:$|[·|•])/i.exec(line);
    // (German puts the verb last: "Insgesamt wurden **10 Schwachstellen** identifiziert", in all were 10
    // vulnerabilities found)
    const de = !p && /nsgesamt|wurden/i.test(line) ? TOTAL_PROSE_DE.exec(line) : null;
    const nl = !p && !de && TOTAL_PROSE_NL_HINT.test(line) ? TOTAL_PROSE_NL.exec(line) : null;
    // Convention: a bug bash's or a triage's tally of what is left once duplicates are folded, opening its line:
    // "- 11 distinct bugs after dedupe (9 new tickets, …)", "14 unique findings once merged"
    const distinct = !p && !de && !nl && !prop ? (DISTINCT_COUNT.exec(line) ?? (/distinct|unique/i.test(line) ? DEDUPED_COUNT.exec(line) : null)) : null;
    const postposed = !p && !de && !prop && !distinct && /\s(?:found|identified|discovered|reported)\b/i.test(line) ? TOTAL_POSTPOSED.exec(line) : null;
    // ("We track **9 items** in total: …": a count of what the review tracks, said to be the total)
    const inTotal = !p && !de && line.includes('total') ? COUNT_IN_WORDS.exec(line) : null;
    const left = !p && !de && !inTotal && line.includes('left ') ? LEFT_COMMENTS.exec(line) : null;
    // ("we found 2 defects, 3 robustness issues and 1 suggestion": the count found opens a list of kinds, their sum)
    const kinds = p && /\sand\s|\s&\s/.test(line) ? kindListSum(line.slice((p.index ?? 0) + p[0].indexOf(p[1])), true) : null;
    if (p) rf.proseTotal = kinds !== null && kinds > Number(p[1]) ? kinds : Number(p[1]);
    else if (de) rf.proseTotal = Number(de[1]);
    else if (nl) rf.proseTotal = Number(nl[1]);
    else if (inTotal) rf.proseTotal = /^\d/.test(inTotal[1]) ? Number(inTotal[1]) : numberWordValue(inTotal[1]);
    else if (left) rf.proseTotal = Number(left[1]);
    else if (prop) rf.proseTotal = Number(prop[1]);
    else if (distinct) rf.proseTotal = Number(distinct[1]);
    else if (postposed) rf.proseTotal = Number(postposed[1]);
    else if (/\sneed(?:s|ing)?\s|\srequir(?:es?|ing)\s/i.test(line)) {
      const action = NEED_ACTION_COUNT.exec(line);
      if (action) rf.proseTotal = Number(action[1]);
    }
  }
}

/** "high confidence": a counted word that is a tool's confidence (scanCountClauses) */
const CONFIDENCE_WORD = /\b(?:confidence|certainty)\b/i;
/** " confidence", "-confidence": the word after a count's level that makes it a tool's confidence (scanCounts) */
const CONFIDENCE_AFTER = /^(?:\*\*|__)?[\s-]*(?:confidence|certainty)\b/i;

/** "총 **10건**", "전체 6건": Korean "in all" before a count of findings */
const KO_TOTAL = /(?:총|전체)\s*(?:\*\*|__)?(\d{1,4})\s*건/u;
const COUNTER = /\d\s*(?:건|개|件|個|个|项|項)/u;
/** "参考情報として 1件", "参考事項は **2件**": a count of the reference (informational) items, apart from the findings */
const JA_REFERENCE_COUNT = /参考(?:情報|事項|意見)?(?:として|は|が|も)?\s*(?:\*\*|__)?(\d{1,4})\s*件/u;
// ("S: 2件、A: 3件": a colon may come between the level and its count)
// ("計10件（P0: 1件、P1: 3件…）": or a code of a usual scale, a letter and its number)
const COUNTER_PAIR = /(?<![\p{L}\p{N}])(\p{L}{1,6}|P[0-4]|S[1-5])\s*[:：]?\s*(\d{1,4})\s*(?:건|개|件|個|个|项|項)/gu;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, okt: 10, dez: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (MONTHS[w]) return MONTHS[w];
  const k = w.slice(0, 3);
  return MONTHS[k] ?? null;
}

/** First date in a short text, as YYYY-MM-DD. */
export function parseDate(text: string): string | null {
  if (!text) return null;
  const s = text.slice(0, 300);
  let m = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /\b([A-Za-zäéû]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[1])) return iso(+m[3], month(m[1])!, +m[2]);
  m = /\b(\d{1,2})\.?\s+([A-Za-zäéû]{3,10})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && month(m[2])) return iso(+m[3], month(m[2])!, +m[1]);
  m = /\b(\d{4})\/(\d{2})\/(\d{2})\b/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (m) return iso(+m[3], +m[2], +m[1]);
  return null;
}

/** Simple `key: value` lines of YAML front matter. */
export function frontMatter(yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of yaml.split('\n').slice(0, 500)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (m) out[m[1].toLowerCase()] = m[2].trim().replace(/^["']|["']$/g, '');
  }
  return out;
}

const NOT_WORD_CHARS = /[^\p{L}\p{N} -]+/gu;
/** A severity word read through the report's own legend first ("Minor" -> low where it says so). */
// ("| P1 – Urgent | 2 |": a code of the report's keyed scale with its tier's name, read as the legend keys the code)
const NAMED_SCHEME_CODE = /^[\s*_`]*([A-Z]{1,3}[0-5]) ?[—–:-] ?\p{L}/u;
export function namedSchemeCode(word: string, scheme: Map<string, Severity>): Severity | undefined {
  const coded = scheme.size && /\d/.test(word) ? NAMED_SCHEME_CODE.exec(word)?.[1].toLowerCase() : undefined;
  return coded ? scheme.get(coded) : undefined;
}
export function schemeSeverity(word: string, rf: ReportFacts): Severity | null {
  const w = word.replace(NOT_WORD_CHARS, ' ').trim().toLowerCase();
  return rf.scheme.get(w) ?? namedSchemeCode(word, rf.scheme) ?? severityFromValue(word) ?? bracketedCode(rf.scheme, word);
}

/** The severities, worst first. */
export const LEVEL_ORDER: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

// (Convention: snag and punch lists abbreviate the category, "- **Cat A – Critical.** Safety issue, or prevents
// IST …", "- **Cat B – Major.** …", as commissioning and handover snag lists key their punch items)
const GRADE_ENTRY = new RegExp(String.raw`^[\s>*+-]*(?:\*\*|__)?(?:${GRADE_SCALE}|cat\.?)\s+([A-E])\s*[—–:-]\s*([\p{L}][\p{L} '-]{1,40}?)\.?(?:\*\*|__)?(?:[.:—–]\s|\s*$)(.*)$`, 'iu');

// (Convention: statutory examination reports (LOLER lift and crane thorough examinations, pressure systems) key
// their defect categories as a list of bold heads holding the letter alone, "- **A – Dangerous, immediate action.**
// A defect which is of existing or imminent danger …", "- **B – To be remedied within a stated period.** …", "-
// **C – Observation / advisory.** …": each a grade of the scale, as a "Category A — …" entry is)
// (and a snagging report's key, whose bold holds the letter alone: "- **A** — Prevents handover. Must be closed …")
const BARE_GRADE_HINT = /^[\s>*+-]*(?:\*\*|__)?[A-E](?:\*\*|__)?\s+[—–:-]\s/;
// (Convention: a snagging or punch list keys its categories by what each does to handover, "Prevents handover", "Does
// not prevent handover", "holds up practical completion": the first blocks, the denied one (group 1) does not)
const HANDOVER_HOLD = /\b(?:(does not|doesn't|will not|won't|need not)\s+)?(?:prevents?|hold(?:s|ing)? up|stops?|delays?)\s+(?:the\s+)?(?:handover|hand-over|practical completion|completion|sign-?off|occupation)\b/i;
const BARE_GRADE_ENTRY = /^[\s>*+-]*(?:\*\*|__)?([A-E])(?:\*\*|__)?\s+[—–:-]\s+([\p{L}][^.;:*_]{1,60}?)\.?(?:\*\*|__)?(?:[.:]\s+(.*)|[.:]?\s*$)/u;

/**
 * A letter-graded scale written as a list ("Category A — Ship-stopper … Blocks GA", "Category B — …
 * Blocks GA", "Category C — … Does not block GA", "Category D — Hygiene"): three or more grades from A
 * on, in order, that no legend maps. When the grades that block shipping come before the ones that do
 * not (or the names rate), A is the worst and each grade takes the severity of its rank.
 */
const ADVISORY_GRADE = /^(?:advisory|advice|observations?|recommendations?|improvement(?:s| recommended)?|for information)$/i;
const DANGER_LEAD = /^(?:dangerous|danger(?: to life)?)\b/i;
const DANGER_GRADE = /^(?:dangerous|danger(?: present)?|immediate(?:ly)? danger(?:ous)?)$/i;
/** "Defect which is an existing or imminent danger to persons": the statutory wording of the worst examination defect */
// (and its plain rewording, "Defect which is a danger to persons now or imminently")
const IMMINENT_DANGER = /\b(?:existing or imminent|imminent or existing|imminent) danger\b|\ba danger to (?:persons|people|life)(?: either)? (?:now or imminently|now or in the near future|immediately)\b/i;
/** "Advisory", "Observation / advisory": a grade's name that asks for no remedy, alone or as one of its slashed parts */
const advisoryGrade = (name: string): boolean => name.split(/\s*\/\s*/).some((part) => ADVISORY_GRADE.test(part));
/** "Minor", "Minor / cosmetic", "Cosmetic": the mildest class of a defect classification */
const MINOR_GRADE = /^(?:minor|cosmetic)\b/i;
/** "Crash, hang, data loss …", "Hard crash or data corruption": a bug class's meaning that opens with a show-stopper */
const CRASH_GRADE = /^(?:(?:hard |game |system )?crash(?:es)?|hangs?|freezes?|data (?:loss|corruption)|save (?:loss|corruption)|progression blocker)\b/i;
export function resolveGradeScale(rf: ReportFacts): void {
  const entries = [...(rf.gradeEntries ?? new Map<string, { name: string; blocks: boolean | null }>()).entries()].sort((a, b) => a[0].localeCompare(b[0]));
  if (entries.length < 3 || entries.some(([g], i) => g.charCodeAt(0) !== 97 + i) || entries.some(([g]) => rf.scheme.has(g))) return;
  const blocks = entries.map(([, e]) => e.blocks);
  const firstFree = blocks.findIndex((b) => b === false);
  const worstFirst = blocks[0] === true && firstFree > 0 && blocks.slice(firstFree).every((b) => b !== true);
  const named = entries.map(([, e]) => severityFromValue(e.name.split(/\s+/)[0]));
  const namedOrder = named.filter(Boolean).map((x) => LEVEL_ORDER.indexOf(x!));
  const namedWorstFirst = namedOrder.length >= 2 && namedOrder.every((o, i) => i === 0 || o >= namedOrder[i - 1]);
  // (Convention: statutory examination reports (LOLER, pressure systems, electrical condition reports) name their
  // worst category for danger and close on one that asks for no remedy, "A – Dangerous, immediate action", "B – To be
  // remedied within a stated period", "C – Observation / advisory": worst first, the danger critical, the defects
  // below it from high down, the advisory informational)
  const last = entries.length - 1;
  // (Convention: the same scale whose worst grade's meaning opens with the danger, "A — Dangerous or non-compliant
  // with a safety requirement", its mildest grade minor or cosmetic and the advice an "Obs" row below the letters:
  // worst first, the danger critical and the minor grade low)
  const obsBelow = !!rf.gradeObsTier && (DANGER_LEAD.test(entries[0][1].name) || IMMINENT_DANGER.test(entries[0][1].name)) && MINOR_GRADE.test(entries[last][1].name);
  // (Convention: the same scale keyed in the statute's own words, LOLER Schedule 1 and the pressure systems
  // regulations defining the worst category as "a defect which is an existing or imminent danger to persons" and the
  // last as "Recommendation / observation — not a defect": worst first as a grade named "Dangerous" is)
  const statutoryDanger = IMMINENT_DANGER.test(entries[0][1].name) && !entries.slice(1).some(([, e]) => IMMINENT_DANGER.test(e.name));
  // (its advisory grade glossed after a dash, "Recommendation — advisory, not a defect": the name before the gloss)
  const advisoryLast = advisoryGrade(entries[last][1].name) || (statutoryDanger && advisoryGrade(entries[last][1].name.split(/\s+[—–]\s+/)[0]));
  const dangerFirst = ((DANGER_GRADE.test(entries[0][1].name) || statutoryDanger) && advisoryLast) || obsBelow;
  if (!worstFirst && !namedWorstFirst && !dangerFirst) return;
  const ranks: Severity[] = entries.length >= 4 || dangerFirst ? LEVEL_ORDER.slice(0, entries.length) : ['high', 'medium', 'low'];
  if (dangerFirst) {
    named[0] ??= 'critical';
    named[last] ??= obsBelow ? 'low' : 'info';
  }
  // (Convention: a grading scheme's lowest grade is often no defect at all but advice, "D – Advisory: Observation or
  // recommendation for improvement. Not a statutory defect." (lift and plant examinations, electrical condition
  // reports' "Improvement recommended"): that grade is informational, below the ranks of the defects above it)
  if (entries.length >= 4 && !named[last] && ADVISORY_GRADE.test(entries[last][1].name)) named[last] = 'info';
  // (Convention: a defect classification of three classes named Critical / Major / Minor, as snag and punch lists and
  // acceptance sampling grade defects, "Cat C – Minor. Cosmetic, labelling or documentation": Minor is the lowest
  // class, low, not the medium a tracker's major/minor pair reads it as)
  // (Convention: a snagging report names its worst category for what it does, "A — Prevents handover", "B — Does not
  // prevent handover", "C — Minor / cosmetic": a snag that stops handover is the list's show-stopper, critical, as
  // "Cat A – Critical. Unsafe, or stops the block being handed over" names it, and the minor or cosmetic class is low)
  const handoverFirst = worstFirst && entries.length === 3 && !!HANDOVER_HOLD.exec(entries[0][1].name) && !HANDOVER_HOLD.exec(entries[0][1].name)![1] && MINOR_GRADE.test(entries[2][1].name);
  if (handoverFirst) named[0] ??= 'critical';
  // (Convention: a game or software QA team's bug classes, as console certification and pre-submission reports grade
  // them, "A — Crash, hang, data loss …", "B — Major functional issue …", "C — Minor / cosmetic": the class whose
  // meaning opens with a crash, hang or data loss is the show-stopper, critical, and the minor or cosmetic one is low)
  if (entries.length === 3 && !named[0] && CRASH_GRADE.test(entries[0][1].name) && MINOR_GRADE.test(entries[2][1].name)) named[0] = 'critical';
  if (entries.length === 3 && named[0] === 'critical' && named[2] === 'medium' && MINOR_GRADE.test(entries[2][1].name)) named[2] = 'low';
  // (Convention: a site inspection's four or more hazard categories closing on the minor one, "D — Minor / housekeeping
  // / paperwork" below "C — Non-compliance with limited immediate risk": the minor grade is the scale's lowest, low)
  if (entries.length >= 4 && named[last] === 'medium' && MINOR_GRADE.test(entries[last][1].name) && ranks[last - 1] === 'medium') named[last] = 'low';
  entries.forEach(([g], i) => rf.scheme.set(g, named[i] ?? ranks[Math.min(i, ranks.length - 1)]));
  // (the grades said to gate block, the ones said not to do not, and neither do the rest: "A — must be closed
  // before handover", "B — does not hold it up", "C — cosmetic")
  // (Convention: a statutory examination's scale whose dangerous grade alone holds the equipment out of service,
  // "A — … Must not be used until rectified and re-examined", the grades below it given dates: that grade gates)
  const dangerGate = dangerFirst && blocks[0] === true && blocks.slice(1).every((b) => b !== true);
  // (Convention: a scale rated by its names whose worst grade alone says it holds the thing back, "A — Imminent risk
  // of collapse … rectify before any re-use", the grades below it given timescales: that grade gates)
  const worstAloneGates = namedWorstFirst && blocks[0] === true && blocks.slice(1).every((b) => b !== true);
  if (!worstFirst && !dangerGate && !worstAloneGates) return;
  entries.forEach(([g], i) => {
    if (blocks[i] && !rf.gate.has(rf.scheme.get(g)!)) (rf.gradeGate ??= new Set()).add(rf.scheme.get(g)!);
    if (blocks[i]) rf.gate.add(rf.scheme.get(g)!);
  });
  rf.gateOnly = true;
}


/**
 * Convention: a scale of one mark repeated, as cost and effort reviews write it ("💰💰💰 ≥ $3,000/month",
 * "💰💰 $500 – $3,000/month", "💰 < $500/month"; "🔥🔥🔥"): more marks rate higher, three runs are low, medium
 * and high, four or five run up to critical. Every run from one mark up has to be in the legend.
 */
const HOLLOW_OF: Record<string, string> = { '◆': '◇', '■': '□', '●': '○', '★': '☆', '▲': '△' };

export function resolveMarkRuns(rf: ReportFacts): void {
  for (const [mark, lens] of rf.markRuns ?? []) {
    const n = lens.size;
    if (n < 3 || n > 5 || [...lens].some((l) => l < 1 || l > n || !Number.isInteger(l))) continue;
    const ranks: Severity[] = n === 3 ? ['low', 'medium', 'high'] : n === 4 ? ['low', 'medium', 'high', 'critical'] : ['info', 'low', 'medium', 'high', 'critical'];
    rf.emojiScheme ??= new Map();
    for (let l = 1; l <= n; l++) if (!rf.emojiScheme.has(mark.repeat(l))) rf.emojiScheme.set(mark.repeat(l), ranks[l - 1]);
    // (the hollow shape of the mark, "◇" beside "◆ … ◆◆◆", is the level under the lowest: a note)
    const hollow = HOLLOW_OF[mark];
    if (hollow && n < 5 && rf.hollowMarks?.has(hollow) && !rf.emojiScheme.has(hollow)) rf.emojiScheme.set(hollow, 'info');
  }
  // Convention: a scale of one mark repeated, worst first, closed by another mark listed once after its lowest
  // entry ("- 💰💰💰 ≥ $3,000/month", "- 💰💰 …", "- 💰 < $500/month", "- 🧾 no direct saving (attribution /
  // hygiene)"): that mark is the level under the lowest, informational, as the hollow shape above is
  for (const [other, mark] of rf.belowRuns ?? []) {
    const n = rf.markRuns?.get(mark)?.size ?? 0;
    if (n < 3 || n > 4 || (rf.markRuns?.get(other)?.size ?? 0) !== 1 || rf.emojiScheme?.get(mark) !== 'low') continue;
    if (!rf.emojiScheme!.has(other)) rf.emojiScheme!.set(other, 'info');
  }
}

/**
 * Which end of a numbered scale is its worst, by its levels whose names read as severities ("1 — Critical" …
 * "4 — Minor", "5 — Deal-level" … "2 — Low"): each pair of them votes; true when the lowest number is the worst,
 * false when the highest is, null when the names do not say.
 */
export function lowestNumberWorst(levels: readonly (readonly [number, string])[]): boolean | null {
  const known = levels.map(([n, w]) => [n, severityFromValue(w.split(/\s+/)[0])] as const).filter(([, sev]) => sev);
  let lowWorst = 0;
  let highWorst = 0;
  for (let i = 0; i < known.length; i++)
    for (let j = i + 1; j < known.length; j++) {
      // (a pair where the lower number has the worse name votes for the lowest number as the worst)
      const [lo, hi] = known[i][0] < known[j][0] ? [known[i], known[j]] : [known[j], known[i]];
      const d = LEVEL_ORDER.indexOf(lo[1]!) - LEVEL_ORDER.indexOf(hi[1]!);
      if (d < 0) lowWorst++;
      else if (d > 0) highWorst++;
    }
  return lowWorst === highWorst ? null : lowWorst > highWorst;
}

/**
 * The numbered scale a report wrote as a list ("5 — Deal-level", "4 — Significant", "3 — Moderate",
 * "2 — Low", "1 — Observation"): three or more levels; its words that name a severity say which end is
 * the worst, and each level takes the severity of its rank from that end, or its word's own.
 */
export function resolveNumberedScale(rf: ReportFacts): void {
  const entries = [...(rf.scaleEntries ?? new Map<number, string>()).entries()].sort((a, b) => a[0] - b[0]);
  if (entries.length < 3 || entries.some(([n], i) => i > 0 && n !== entries[i - 1][0] + 1)) return;
  const order = LEVEL_ORDER;
  // (four or five levels run from critical down; three are high, medium and low)
  const ranks: Severity[] = entries.length >= 4 ? order.slice(0, entries.length) : ['high', 'medium', 'low'];
  // (higher numbers worse when the named levels rise with their numbers: "3 — Moderate" above "2 — Low")
  const lowWorst = lowestNumberWorst(entries);
  if (lowWorst === null) return;
  const worstFirst = lowWorst ? entries : [...entries].reverse();
  worstFirst.forEach(([n, w], i) => {
    const own = severityFromValue(w.split(/\s+/)[0]);
    if (!rf.scheme.has(String(n))) rf.scheme.set(String(n), own ?? ranks[Math.min(i, ranks.length - 1)]);
  });
}


/** "- **[MG]** Molt greu — …", "- **(A)** Serious — …": one entry of a list of bracketed grade codes. */
const BRACKET_CODE_ENTRY = /^[ \t]*[-*+][ \t]+(?:\*\*|__)[[(]([\p{Lu}]{1,3}\d?)[\])](?:\*\*|__)[ \t]+(?:\*\*|__)?(\p{L}[\p{L}'-]{0,20}(?: \p{L}[\p{L}'-]{0,20}){0,2})(?:\*\*|__)?[ \t]*(?:[—–:=,.][ \t]|-[ \t]|$)/u;
const RANKED: Record<number, Severity[]> = { 3: ['high', 'medium', 'low'], 4: ['critical', 'high', 'medium', 'low'], 5: ['critical', 'high', 'medium', 'low', 'info'] };

const BRACKETED_CAPITAL = /[[(]\p{Lu}/u;
/**
 * Convention: a legend written as a list of bracketed grade codes, each with its name, worst first —
 * "**[MG]** Molt greu … **[G]** Greu … **[I]** Important … **[L]** Lleu", "**(A)** Serious … **(B)**
 * Moderate … **(C)** Minor". Each code is a word of the report's scale. Where the names read as distinct
 * severities in falling order they say it; where two names read alike (a scale's own words, "important"
 * below "greu") the entries' order does, the first the worst.
 */
export function scanBracketCodeList(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !BRACKETED_CAPITAL.test(md)) return;
  const entries: [string, Severity | null][] = [];
  for (const line of md.split('\n')) {
    const m = BRACKET_CODE_ENTRY.exec(line);
    if (m) entries.push([m[1].toLowerCase(), severityFromValue(m[2])]);
  }
  if (entries.length < 3 || entries.length > 5 || new Set(entries.map(([c]) => c)).size !== entries.length) return;
  const read = entries.map(([, s]) => (s ? LEVEL_ORDER.indexOf(s) : -1));
  if (read[0] < 0) return;
  // (in falling order: no name reads worse than one before it)
  for (let i = 1, last = read[0]; i < read.length; i++) {
    if (read[i] < 0) continue;
    if (read[i] < last) return;
    last = read[i];
  }
  const distinct = read.every((r, i) => r >= 0 && (i === 0 || r > read[i - 1]));
  const scale = distinct ? entries.map(([, s]) => s!) : RANKED[entries.length];
  entries.forEach(([c], i) => {
    if (!rf.scheme.has(c)) rf.scheme.set(c, scale[i]);
  });
}

/** "- 🔥 = fix before the next production deploy", "- 💭 — nice to have": one entry of a legend of marks */
const MARK_ENTRY = /^[ \t]*[-*+][ \t]+(?:\*\*|__)?(\p{Extended_Pictographic})\uFE0F?(?:\*\*|__)?[ \t]*(?:=|:|—|–|->|→)[ \t]*(\S.{0,200})$/u;
/** what a legend entry says of when a finding is to be fixed, rather than what it is */
const URGENCY = /\b(?:fix|fixed before|address|resolve|priority|urgent|sprint|deploy\w*|release|backlog|nice to have|must|should|could|later|soon|immediately|now|blocks?|blocking|before|next|eventually|when time allows)\b/i;
/** a legend of states ("✅ = fixed", "⏳ = in progress"), which rates nothing */
// ("🚧 = WIP": work in progress, as an agent's legend abbreviates it)
const STATE_MEANING = /^\W*(?:fixed|done|resolved|closed|open|in progress|wip|pending|verified|accepted|wont fix|won't fix|not fixed|partially|partly|not started|not fixing|deferred|in review)\b/i;
/** "⛔ = blocked", "🚫 = blocks deploy": a mark that flags a finding as held up or as holding up, no level */
const FLAG_MEANING = /^\W*(?:blocked|blocks?|blocking|waiting|on hold)\b/i;

/**
 * Convention: a legend of marks written as a list, each mark and when to fix what it marks, most urgent
 * first — "- 🔥 = fix before the next production deploy", "- ⚠️ = fix this sprint", "- 🧹 = should fix,
 * not urgent", "- 💭 = low priority / nice to have": three to five entries, every line of the list one; each
 * mark is the level of its rank (where the meanings name levels, in falling order, their own).
 */
export function scanMarkUrgencyList(md: string, rf: ReportFacts): void {
  if (md.length > 1500) return;
  const lines = md.split('\n').filter((l) => l.trim());
  if (lines.length < 3 || lines.length > 5) return;
  const entries: [string, string][] = [];
  for (const line of lines) {
    const m = MARK_ENTRY.exec(line);
    if (!m) return;
    entries.push([m[1], plainInline(m[2]).trim()]);
  }
  if (new Set(entries.map(([k]) => k)).size !== entries.length) return;
  if (entries.some(([, v]) => STATE_MEANING.test(v)) || entries.filter(([, v]) => URGENCY.test(v)).length < 2) return;
  const named = entries.map(([, v]) => {
    const w = /\b(critical|high|medium|moderate|low|info(?:rmational)?)\b/i.exec(v);
    return w ? LEVEL_ORDER.indexOf(severityFromValue(w[1])!) : -1;
  });
  for (let i = 1, last = named[0]; i < named.length; i++) {
    if (named[i] < 0) continue;
    if (last >= 0 && named[i] < last) return;
    last = named[i];
  }
  const distinct = named.every((r, i) => r >= 0 && (i === 0 || r > named[i - 1]));
  const scale = distinct ? named.map((r) => LEVEL_ORDER[r]) : RANKED[entries.length];
  rf.emojiScheme ??= new Map();
  entries.forEach(([mark], i) => {
    if (!rf.emojiScheme!.has(mark)) rf.emojiScheme!.set(mark, scale[i]);
  });
}

/** "- **C1** – Danger present. …", "- ID = Immediately Dangerous": a code, then what it means */
const HAZARD_CODE_ENTRY = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\*\*|__)?`?([A-Z]{1,4}\d{0,2})`?(?:\*\*|__)?[ \t]*(?:[–—:=-]|\()[ \t]*(?:\*\*|__|\*|_)?(\S.{2,200})$/;
/** the danger a code's meaning names, worst first */
const HAZARD_MEANINGS: [RegExp, Severity][] = [
  [/^(?:danger(?:ous)? present|immediately dangerous|immediate danger)\b/i, 'critical'],
  [/^(?:potentially dangerous|at risk)\b/i, 'high'],
  [/^(?:improvement(?:s)? (?:recommended|advised)|not to current standards?)\b/i, 'low'],
];

/** a code's meaning that asks for more looking before any danger is named */
const HAZARD_UNRATED = /^(?:further investigation|investigat(?:e|ion) further|to be investigated)\b/i;

/**
 * Convention: a statutory inspection report defines its classification codes in a legend list, each code before
 * the danger it stands for — an electrical installation condition report's (BS 7671) "C1 – Danger present",
 * "C2 – Potentially dangerous", "C3 – Improvement recommended", "FI – Further investigation"; a gas safety
 * report's (Gas Industry Unsafe Situations Procedure) "ID – Immediately Dangerous", "AR – At Risk", "NCS – Not
 * to Current Standards": the observations coded so are rated by that danger (a further investigation, which
 * names no danger yet, by none).
 */
export function scanHazardCodeList(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !/danger|at risk|current standard|improvement/i.test(md)) return;
  hazardCodeEntries(md.split('\n').map((line) => HAZARD_CODE_ENTRY.exec(line)), rf);
}

/** "C1 — Danger present. … C2 — Potentially dangerous …": a code opening a sentence of a run, then its meaning */
const HAZARD_CODE_RUN = /(?:^|[.;:]\s+|\*\*\s+)(?:\*\*|__)?([A-Z]{1,4}\d{0,2})(?:\*\*|__)?[ \t]+[–—=-][ \t]+(\S.{2,200}?)(?=(?:[.;]\s+)(?:\*\*|__)?[A-Z]{1,4}\d{0,2}(?:\*\*|__)?[ \t]+[–—=-][ \t]|$)/g;

/**
 * Convention: the same legend of classification codes run together in one paragraph after a label, "**Classification
 * codes:** C1 — Danger present. … C2 — Potentially dangerous — urgent remedial action required. C3 — Improvement
 * recommended. FI — Further investigation required" (EICR and gas safety reports print it as a footnote to the
 * observations table): each code opening a sentence, then its meaning, rated as the listed legend is.
 */
export function scanHazardCodeRun(md: string, rf: ReportFacts): void {
  if (md.length > 1500 || !/\bcodes?\b/i.test(md) || !/danger|at risk|current standard/i.test(md)) return;
  const flat = md.replace(/\s*\n\s*/g, ' ');
  hazardCodeEntries(allMatches(flat, HAZARD_CODE_RUN), rf);
}

function hazardCodeEntries(entries: (RegExpExecArray | RegExpMatchArray | null)[], rf: ReportFacts): void {
  const found: [string, Severity][] = [];
  const named: [string, Severity][] = [];
  const unrated: string[] = [];
  for (const m of entries) {
    if (!m) continue;
    const meaning = HAZARD_MEANINGS.map(([re, s]) => [re.exec(m[2].trim()), s] as const).find(([x]) => x);
    const sev = meaning?.[1];
    if (sev) found.push([m[1].toLowerCase(), sev]);
    // (the report may name a class in words alone, "### Immediately Dangerous", as it names it in its legend)
    if (meaning?.[0]) {
      const name = meaning[0][0].toLowerCase();
      named.push([name, meaning[1]]);
    }
    else if (HAZARD_UNRATED.test(m[2].trim())) unrated.push(m[1].toLowerCase());
  }
  if (found.length < 2 || new Set(found.map(([, s]) => s)).size < 2) return;
  for (const [code, sev] of [...found, ...named]) if (!rf.scheme.has(code)) rf.scheme.set(code, sev);
  for (const code of unrated) if (!rf.scheme.has(code)) (rf.unratedCodes ??= new Set()).add(code);
}

/**
 * Convention: a bug tracker's five-level scale defined as the report's legend, a list of bold levels worst first,
 * each with its meaning (Jira's "Blocker / Critical / Major / Minor / Trivial" and its translations, "**Bloccante**
 * — … / **Critico** — … / **Maggiore** — … / **Minore** — … / **Banale** — difetto estetico"): the words the
 * vocabulary knows read too close together (blocker and critical both critical), but five levels listed in order
 * are the usual five, each level its rank's; read only where every word is known, in order, within a step of its rank.
 */
export function scanFiveLevelList(md: string, rf: ReportFacts): void {
  if (md.length > 3000) return;
  const words: string[] = [];
  for (const line of md.split('\n')) {
    const m = GRADE_LADDER_ENTRY.exec(line);
    if (m) words.push(m[1].trim().toLowerCase());
    else if (/^\s*[-*+]\s/.test(line)) return;
  }
  if (words.length !== LEVEL_ORDER.length || new Set(words).size !== words.length) return;
  // Convention: the usual four levels closed by a tier that rates nothing, "**Critical** — … / **High** — … /
  // **Medium** — … / **Low** — hygiene. / **Advisory** — observation, no defect as such." (a performance, database
  // or architecture review, which counts it "1 Advisory"): the closing word, one the vocabulary leaves unrated
  // ("Advisory", "Observation", "Good practice"), is the fifth level, informational
  const closing = severityFromValue(words[4]) === null && NO_RATING_WORD.test(words[4]);
  const ranks = words.map((w, i) => { const sev = severityFromValue(w); return sev ? LEVEL_ORDER.indexOf(sev) : closing && i === 4 ? 4 : -1; });
  if (ranks.some((k, i) => k < 0 || Math.abs(k - i) > 1 || (i > 0 && k < ranks[i - 1]))) return;
  // (a scale that already reads as the usual five needs no ranking)
  if (!closing && ranks.every((k, i) => k === i)) return;
  words.forEach((w, i) => { if (!rf.scheme.has(w)) rf.scheme.set(w, LEVEL_ORDER[i]); });
}

/** "Not a non-compliance", "no CAPA required", "opportunity for improvement": a grade that records no deviation */
// ("Not a defect at time of inspection": a fleet or plant inspection's advisory, no deviation either)
const NO_NONCOMPLIANCE = /\bnot an? (?:non-?compliance|non-?conformit(?:y|ies)|deviation|finding|defect)\b|\bno (?:CAPA|corrective action)s? (?:is )?(?:required|needed|expected)\b|\bopportunit(?:y|ies) for improvement\b/i;
// (an installation inspection closes its defect codes on the advisory, "Advisory — recommended improvement. Not a
// non-compliance.": the grade that records no deviation, as an audit's observation)
const AUDIT_OBSERVATION_GRADE = /^(?:observations?|comments?|recommendations?|advisory|advisories|OFIs?|opportunit(?:y|ies) for improvement)$/i;

/**
 * "a clause not fully met, with no doubt about the safety of the product", "the safety of the product is not in
 * doubt", "does not affect product safety", "not expected to affect subject safety or data integrity", "little
 * effect on product quality": a grade defined as a lapse that leaves safety and the data unquestioned
 */
// ("No significant effect on safety": roadworthiness categories' Minor, safety unquestioned as well)
const NO_SAFETY_DOUBT = /\bno (?:(?:significant|material|appreciable) )?(?:doubt|risk|impact|effect)\b[^.;|]{0,40}\b(?:safety|legality|quality|integrity)\b|\b(?:safety|legality|integrity)\b[^.;|]{0,30}\bnot (?:in doubt|(?:be )?(?:affected|compromised|at risk))|\b(?:(?:does|do|will|would) not|not (?:expected|likely) to|unlikely to) (?:(?:adversely|materially|significantly) )?(?:affect|compromise|impact)\b[^.;|]{0,30}\b(?:safety|legality|quality|integrity)\b|\b(?:little|minimal|limited) (?:effect|impact) on (?:the )?(?:product|food|consumer)|\bnot fully (?:met|complied with|implemented)\b/i;
/**
 * Convention: an audit's or monitoring visit's grading of its findings worst first, "Critical" / "Major" / "Minor",
 * closed or not by a grade that records no deviation ("Observation — no GCP breach; no CAPA required", "Comment — Not
 * a nonconformity"), as GCP / GxP audits and clinical monitoring reports (ICH GCP's critical / major / minor
 * grading, EMA's inspection grades) and GFSI food safety audits (BRCGS, SQF, IFS: "Minor — a clause not fully met,
 * with no doubt about the safety of the product") define it, tabled or listed: Critical critical, Major high, Minor,
 * the mildest graded departure, low (not the medium a bare "minor" reads as beside "major" in a tracker's pair), and
 * the closing grade informational. Read only where the definitions say so: Minor's, that it leaves safety and data
 * integrity unquestioned, or the closing grade's, that it is no deviation. Words are the grades (marks allowed),
 * meanings their definitions; returns the words with their levels, or null.
 */
// (Convention: an installation inspection's worst defect grade named for the danger, "Dangerous", "Danger present",
// "Immediately dangerous" (electrical periodic inspections, gas safety and building defect schedules), above "Major"
// / "Minor" and closed by "Advisory — … Not a non-compliance": the same ladder under the audit's "Critical")
export function gradeLadderLevels(grades: string[], meanings: string[]): Map<string, Severity> | null {
  const praised = grades.length > 3 && COMMENDATION_GRADE.test(grades[grades.length - 1].replace(/\*\*|__/g, '').trim());
  if (praised) {
    const map = gradeLadderLevels(grades.slice(0, -1), meanings.slice(0, -1));
    map?.set(grades[grades.length - 1].replace(/\*\*|__/g, '').trim().toLowerCase(), 'info');
    return map;
  }
  if (grades.length !== 3 && grades.length !== 4) return null;
  const words = grades.map((g) => g.replace(/\*\*|__/g, '').trim().toLowerCase());
  if (/^major\b/.test(words[0])) return certGradeLadder(words, meanings);
  if ((words[0] !== 'critical' && !DANGER_GRADE.test(words[0])) || words[1] !== 'major' || words[2] !== 'minor') return null;
  const closed = words.length === 4;
  if (closed && !AUDIT_OBSERVATION_GRADE.test(words[3])) return null;
  if (!NO_SAFETY_DOUBT.test(meanings[2] ?? '') && !(closed && NO_NONCOMPLIANCE.test(meanings[3] ?? ''))) return null;
  const levels: Severity[] = ['critical', 'high', 'low', 'info'];
  return new Map(words.map((w, i) => [w, levels[i]]));
}

/**
 * Convention: an accreditation or certification body's grading legend closes on a row that grades no finding but
 * praise, "| **Commendation** | Practice that goes beyond the requirement | — |" (UKAS / ISO 15189 assessments,
 * "Good practice", "Noteworthy practice"): the ladder above it reads as without it, the praise informational
 */
const COMMENDATION_GRADE = /^(?:commendations?|(?:noteworthy |notable )?good practices?|noteworthy practices?|strengths?)$/i;
/** "Major NC", "Minor nonconformity", "Observation (OBS)": a grade's word without the class it grades or its abbreviation */
const NC_GRADE_WORD = /^(major|minor)(?:\s+(?:ncs?|non-?conformit(?:y|ies)|non-?conformances?))?(?:\s*\([^)]{1,12}\))?$/;
/**
 * Convention: a management-system certification audit's grading of findings (ISO 9001 / 14001 / 45001 surveillance
 * and recertification audits under ISO/IEC 17021-1), tabled worst first with two nonconformity grades, "Major NC" /
 * "Minor NC", closed by "Observation (OBS)" and / or "Opportunity for improvement (OFI)", defined as no
 * nonconformity: Major high, Minor, the lowest nonconformity, low, and the closing grades informational.
 */
function certGradeLadder(words: string[], meanings: string[]): Map<string, Severity> | null {
  const nc = words.slice(0, 2).map((w) => NC_GRADE_WORD.exec(w)?.[1]);
  if (nc[0] !== 'major' || nc[1] !== 'minor') return null;
  const closing = words.slice(2).map((w) => w.replace(/\s*\([^)]{1,12}\)$/, ''));
  if (!closing.length || !closing.every((w) => AUDIT_OBSERVATION_GRADE.test(w))) return null;
  if (!meanings.slice(2).some((m) => NO_NONCOMPLIANCE.test(m))) return null;
  const map = new Map<string, Severity>([['major', 'high'], ['minor', 'low']]);
  // (the grade defined in full is written short where findings are graded, and the other way round, "Minor NC")
  for (const [g, sev] of [['major', 'high'], ['minor', 'low']] as const) for (const k of ['nc', 'nonconformity']) map.set(`${g} ${k}`, sev);
  words.forEach((w, i) => map.set(w, i === 0 ? 'high' : i === 1 ? 'low' : 'info'));
  // (and by the abbreviation the grade is given in brackets, "Opportunity for improvement (OFI)": "2 OFIs")
  words.forEach((w, i) => { const abbr = /\(([a-z]{2,5})\)$/.exec(w)?.[1]; if (abbr) map.set(abbr, i === 0 ? 'high' : i === 1 ? 'low' : 'info'); });
  // (the section a closing grade heads is named in the plural, "### Opportunities for improvement")
  closing.forEach((w) => { map.set(w, 'info'); map.set(w.replace(/^opportunity\b/, 'opportunities').replace(/^(observation|comment|recommendation|ofi)$/, '$1s'), 'info'); });
  return map;
}

// (a grade may carry its abbreviation in brackets, "**Observation (OBS)**", as certification audits key their refs)
const GRADE_LADDER_ENTRY = /^\s*[-*+]\s+(?:\*\*|__)([\p{L}][\p{L} -]{1,29}?(?:\s\(\p{Lu}{2,5}\))?)(?:\*\*|__)\s*[—–:-]\s+\S/u;
/**
 * Convention: a deviation or nonconformity classification defined as a list of bold grades, worst first, that
 * closes on the usual "Major" and "Minor" under one grade of the report's own above them (a clinical trial's
 * protocol deviation plan after ICH E3's "important protocol deviation", "**Important** — may affect key data or
 * subject safety … / **Major** — … / **Minor** — unlikely to affect …"): the top grade is critical, Major high,
 * and Minor, the lowest grade of the scale, low (not the medium a bare "minor" reads as beside "trivial").
 */
export function scanGradeLadderList(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !/\bminor\b/i.test(md)) return;
  const words: string[] = [];
  const meanings: string[] = [];
  for (const line of md.split('\n')) {
    const m = GRADE_LADDER_ENTRY.exec(line);
    if (m) {
      words.push(m[1].trim().toLowerCase());
      meanings.push(line.slice(m[0].length - 1));
    } else if (meanings.length) meanings[meanings.length - 1] += ` ${line.trim()}`;
  }
  // (Convention: the same ladder under "Critical", as GCP monitoring and GxP audits grade, closed or not by an
  // "Observation": read where its definitions say Minor leaves safety and data unquestioned; gradeLadderLevels)
  // (Convention: a certification audit's two nonconformity grades listed, "**Major nonconformity**" / "**Minor
  // nonconformity**", closed by "**Observation (OBS)**", defined as not a nonconformity (ISO 13485 / 9001
  // surveillance audits, notified bodies under ISO/IEC 17021-1): Major high, Minor low, the observation
  // informational, as the same grades tabled read; certGradeLadder)
  if (words[0] === 'critical' || DANGER_GRADE.test(words[0]) || /^major\b/.test(words[0])) {
    for (const [w, sev] of gradeLadderLevels(words, meanings) ?? []) if (!rf.scheme.has(w)) rf.scheme.set(w, sev);
    return;
  }
  if (words.length !== 3 || words[1] !== 'major' || words[2] !== 'minor') return;
  // (the top grade a word of the report's own, which may read high elsewhere, "Important": above Major it is the
  // worst; a "Critical" or "Blocker" / "Major" / "Minor" scale is a bug tracker's, whose minor stays medium)
  const top = severityFromValue(words[0]);
  if (top === 'critical' || top === 'low' || top === 'info') return;
  for (const [w, sev] of [[words[0], 'critical'], ['major', 'high'], ['minor', 'low']] as const) if (!rf.scheme.has(w)) rf.scheme.set(w, sev);
}

/** the usual four levels below critical, worst first, a four-level rating scale's entries take by rank */
const FOUR_LEVELS: Severity[] = ['high', 'medium', 'low', 'info'];
/** the lowest entry of such a scale: a note that rates nothing, by its name or by what it means */
const NO_RATING_WORD = /^(?:advisory|observations?|improvements?|best practice|good practice|for information|informational|info|notes?|opportunit(?:y|ies) for improvement)$/;
const NO_RATING_MEANING = /\b(?:no (?:rating|risk|control|audit) (?:impact|rating)|not rated|good practice|best practice|for information|no action (?:is )?required)\b/i;
/**
 * Convention: an internal audit's rating scale defined as its legend, a list of four bold ratings worst first,
 * each with its meaning, and the lowest a note that rates nothing ("**Significant** — could lead to material
 * misstatement or fraud / **Moderate** — … / **Minor** — … / **Advisory** — good practice observation, no rating
 * impact", the IIA-style scale of audit observations; "Major / Moderate / Minor / Improvement" alike): the four are
 * the usual high, medium, low and informational by rank, so "Minor" is low here (not the medium a tracker's
 * major / minor pair reads it as) and the report's own top word, "Significant", high. Read only where the words the
 * vocabulary knows sit within a step of their rank, in order, and none reads critical (a "Critical / High / Medium
 * / Low" scale is the usual one already).
 */
export function scanFourRatingList(md: string, rf: ReportFacts): void {
  if (md.length > 3000) return;
  const entries: [string, string][] = [];
  for (const line of md.split('\n')) {
    const m = TRIAGE_LADDER_ENTRY.exec(line);
    if (m) entries.push([m[1].trim().toLowerCase(), m[2]]);
    else if (/^\s*[-*+]\s/.test(line)) return;
  }
  if (entries.length !== FOUR_LEVELS.length || new Set(entries.map(([w]) => w)).size !== entries.length) return;
  const [lastWord, lastMeaning] = entries[3];
  if (!NO_RATING_WORD.test(lastWord) && !NO_RATING_MEANING.test(lastMeaning)) return;
  const ranks = entries.slice(0, 3).map(([w]) => { const sev = severityFromValue(w); return sev ? FOUR_LEVELS.indexOf(sev) : null; });
  if (ranks.filter((k) => k !== null).length < 2) return;
  let prev = -1;
  for (const [i, k] of ranks.entries()) {
    if (k === null) continue;
    if (k < 0 || Math.abs(k - i) > 1 || k < prev) return;
    prev = k;
  }
  // (a scale that already reads as the usual four needs no ranking)
  if (ranks.every((k, i) => k === i)) return;
  entries.forEach(([w], i) => { if (!rf.scheme.has(w)) rf.scheme.set(w, FOUR_LEVELS[i]); });
}

/** the levels an author's own scale of three, four or five takes by rank, worst first */
const OWN_SCALE_LEVELS: Record<number, Severity[]> = { 3: ['high', 'medium', 'low'], 4: ['critical', 'high', 'medium', 'low'], 5: ['critical', 'high', 'medium', 'low', 'info'] };
// (Convention: a Polish review names its scale the same way, "### Skala ważności" (scale of importance), "Legenda")
const OWN_SCALE_HEADING = /\b(?:scale|legend|skala|legenda)\b/i;
/**
 * Convention: an informal review (a screen-reader user's accessibility notes, a beta tester's write-up) defines
 * the author's own rating words under a heading that names them a scale, "## How much it hurts — my scale", as a
 * list of bold words worst first, each with what it means ("- **Dealbreaker** — I can't finish the task at all",
 * "- **Really annoying** — …", "- **Mildly annoying** — …", "- **Nitpick** — polish."): the words take the usual
 * levels by rank (four: critical to low). Read only where the words the vocabulary knows sit at their rank.
 */
export function scanOwnScaleList(md: string, heading: string, rf: ReportFacts): void {
  if (md.length > 3000 || !OWN_SCALE_HEADING.test(heading)) return;
  const words: string[] = [];
  for (const line of md.split('\n')) {
    const m = TRIAGE_LADDER_ENTRY.exec(line);
    if (m) words.push(m[1].trim().toLowerCase());
    else if (/^\s*[-*+]\s/.test(line)) return;
  }
  if (new Set(words).size !== words.length || closedBelowLow(words, rf)) return;
  // (a legend of Conventional Comments labels, "**blocking**", "**non-blocking**", "**suggestion**", "**nit**": the
  // labels rate as the convention's words do (scanLegendEntry), not by their rank in the list)
  if (words.filter((w) => COMMENT_LABEL_LEVEL[w]).length >= 2) return;
  const levels = OWN_SCALE_LEVELS[words.length];
  if (!levels) return;
  if (words.some((w, i) => { const sev = severityFromValue(w); return sev !== null && sev !== levels[i]; })) return;
  words.forEach((w, i) => { if (!rf.scheme.has(w)) rf.scheme.set(w, levels[i]); });
}

/**
 * Convention: such a scale given in the usual levels from the worst it uses down to low, closed by one word of its
 * own ("- **Wysoka** — … / **Średnia** — … / **Niska** — do backlogu / **Sugestia** — bez zobowiązań"): that last
 * level, below low, is informational, as the last entry of a level run is (scanLevelRun). True when it was read.
 */
function closedBelowLow(words: string[], rf: ReportFacts): boolean {
  return words.length >= 3 && ownWordBelowLow(words.slice(0, -1).map(severityFromValue), words[words.length - 1], rf, false);
}

const SHIPS_AS_IS = /\bships?\b|\bship(?:s|ped)? with\b|\bknown[- ]issues?\b|\bnext (?:patch|release|sprint|version)\b|\bdoes not block\b|\bnon[- ]blocking\b|\bbacklog\b/i;
/**
 * "l'information reste accessible", "the page stays usable", "n'empêche pas de finir la démarche", "gêne ponctuelle":
 * a level defined as a nuisance that leaves the content or the task within reach
 */
const STILL_USABLE = /\b(?:remains?|stays?|still) (?:\w+ )?(?:accessible|usable|available|reachable|possible|readable)\b|\bdoes(?:n['’]t| not) (?:prevent|stop)\b|(?<![\p{L}])rest(?:e|ent) (?:\p{L}+ )?(?:accessible|utilisable|disponible|possible|lisible|compréhensible)s?\b|\bn['’](?:empêche|bloque)(?:nt)? pas\b|\bgêne (?:ponctuelle|légère|mineure|limitée)/iu;
const TRIAGE_LADDER_ENTRY = /^\s*[-*+]\s+(?:\*\*|__)([\p{L}][\p{L} -]{1,24}?)(?:\*\*|__)\s*[—–:-]\s+(\S.*)$/u;
/** the three levels of such a ladder, in English and in French (either gender, as the legend agrees them) */
const TRIAGE_TOP = /^(?:blockers?|showstoppers?|critical|bloquante?s?|critiques?)$/;
const TRIAGE_MAJOR = /^(?:major|majeure?)$/;
const TRIAGE_MINOR = /^(?:minor|mineure?)$/;
/**
 * Convention: a release's triage scale defined as a list of three bold levels, worst first, "**Blocker** — we do
 * not ship with this." / "**Major** — must be fixed or waived." / "**Minor** — ships as-is, goes into known
 * issues": go/no-go notes grade by the three, and the lowest, whose meaning says the release ships with it, is low
 * (not the medium a bare "minor" reads as on a bug tracker's five levels, where trivial sits below it).
 */
// (Convention: an accessibility audit's impact scale of three, "**Bloquant** : empêche … / **Majeur** : rend l'accès
// très difficile / **Mineur** : gêne ponctuelle ; l'information reste accessible" (French RGAA audits, a recette's
// "Bloquante / Majeure / Mineure"; WCAG audits' "Blocker / Major / Minor"): the lowest, a nuisance that leaves the
// content within reach, is low too)
export function scanReleaseTriageLadder(md: string, rf: ReportFacts): void {
  if (md.length > 3000 || !/\b(?:minor|mineur)/i.test(md)) return;
  const entries: [string, string][] = [];
  for (const line of md.split('\n')) {
    const m = TRIAGE_LADDER_ENTRY.exec(line);
    if (m) entries.push([m[1].trim().toLowerCase(), m[2]]);
  }
  if (entries.length !== 3 || !TRIAGE_MAJOR.test(entries[1][0]) || !TRIAGE_MINOR.test(entries[2][0]) || !TRIAGE_TOP.test(entries[0][0])) return;
  const minor = entries[2][1];
  if (!(SHIPS_AS_IS.test(minor) || STILL_USABLE.test(minor)) || /\bnot? ship\b|\bdo not ship\b/i.test(minor)) return;
  for (const [w, sev] of [[entries[0][0], 'critical'], [entries[1][0], 'high'], [entries[2][0], 'low']] as const) if (!rf.scheme.has(w)) rf.scheme.set(w, sev);
}

/**
 * Convention: a food-safety inspection keys its items by the FDA Food Code's three classes, each named in words with
 * its code in brackets, "| **Priority (P)** | … |", "| **Priority Foundation (Pf)** | … |", "| **Core (C)** | … |"
 * (Food Code 2009 onwards, as state and county health departments and brand audits adopt it): Priority is high,
 * Priority Foundation medium, Core low, by name and by code; a row above them that fails the inspection outright
 * ("Critical", "Imminent health hazard") is critical; a brand's or operator's own "… Major" / "… Minor" rows set
 * beside the Food Code classes rank below Priority, medium and low. Flags the legend also keys ("R", "COS") rate
 * nothing. Read only where the legend names both Priority and Priority Foundation so.
 */
const FOOD_CODE_ROW = /^(priority foundation|priority|core)\s*\((pf|p|c)\)$/i;
const FOOD_CODE_SEV: Record<string, Severity> = { priority: 'high', 'priority foundation': 'medium', core: 'low' };
const FOOD_CODE_OWN = /^((?:[\p{L}-]+\s+){0,2}(?:critical|imminent health hazard|major|minor))$/iu;
export function foodCodeLegendTable(rows: string[][], rf: ReportFacts): boolean {
  const firsts = rows.slice(1).map((r) => unmarkedWords(r[0] ?? ''));
  const classes = firsts.map((f) => FOOD_CODE_ROW.exec(f));
  const named = new Set(classes.map((m) => m?.[1].toLowerCase()));
  if (!named.has('priority') || !named.has('priority foundation')) return false;
  for (const [i, m] of classes.entries()) {
    if (m) {
      const sev = FOOD_CODE_SEV[m[1].toLowerCase()];
      for (const k of [m[1].toLowerCase(), m[2].toLowerCase(), `${m[1]} (${m[2]})`.toLowerCase()]) if (!rf.scheme.has(k)) rf.scheme.set(k, sev);
      continue;
    }
    const own = FOOD_CODE_OWN.exec(firsts[i])?.[1].toLowerCase();
    if (!own) continue;
    const sev: Severity = /critical|imminent/.test(own) ? 'critical' : /major$/.test(own) ? 'medium' : 'low';
    if (!rf.scheme.has(own)) rf.scheme.set(own, sev);
  }
  return true;
}
