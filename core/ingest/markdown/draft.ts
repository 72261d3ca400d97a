// Findings drafted from sections: facts, severity by precedence, locations, category.
import type { List, ListItem, RootContent, Table } from 'mdast';
import type { Location, ParsedFinding, Severity, Status } from '../../../shared/types';
import { parseEffort } from './effort';
import { plainInline } from './heading';
import { addLocations, codeCommentLocations, inCode, isRoute, LINE_WORD, parseLocations, permalinkLocations } from './locations';
import { wordSet } from './match';
import { boardColumn, cellSource, factFromLine, firstFact, joinWrappedLines, src, type Fact, type Section } from './sections';
import { recordPlace, type LineIndex, type Provenance } from './explain';
import { factsOfLine, leadingLocation, StatusReader } from './status';
import { gradeNamedGroup, schemeGroupSeverity, schemeSeverity } from './scheme';
import { blocksStatement, bugzillaImportance, cvssVectorSeverity, DERIVED_SCORE, EMOJI_RE, factKind, FINDING_NOUN_G, foldKey, GRADE_SCALE, groupBlocks, groupSeverity, IMPACT_KEY, impactRating, isGenericTitle, isSeverityWord, phaseValue, severityFromLabel, severityFromValue, statusFromText, yesNo } from './vocab';
import { allMatches } from './all-matches';
import { unmarked } from './unmarked';

export interface Draft {
  f: ParsedFinding;
  sevFact: { sev: Severity; text: string } | null;
  sevMention: { sev: Severity; text: string } | null;
  sevHeading: { sev: Severity; text: string } | null;
  sevSection: { sev: Severity; text: string } | null;
  /** a record with a title of its own over its fields (not a paragraph's opening sentence) */
  titled?: boolean;
  /** a paragraph opened by its id and its own title in bold, "**BE-01 – Title.** Text …" */
  runIn?: boolean;
  /** a marker the finding is rated by that means nothing until the report's legend says ("🛑") */
  mark?: string | null;
  blocksOwn: boolean | null;
  blocksMention: boolean | null;
  statusOwn: Status | null;
  scope: number;
  detailed: boolean;
  /** a mention that stands as a finding when no detailed section matches it */
  standalone: boolean;
  /** a row of a log of past incidents ("| INC-4120 | 2024-01-09 | 47 min | … |"): context where the report has other findings */
  eventLog?: boolean;
  /** a failed control of a benchmark's check table ("| 5.1.5 | Ensure that … | WARN | Low | … |"), named by its control */
  control?: boolean;
  /**
   * a failed row of a checklist's results table, graded beside the items that passed ("| M-09 | SSL Pinning | 취약 |"
   * among "| 양호 |" rows): where the report details the item under the same id, that record names and places it
   */
  checklistRow?: boolean;
  /** an item of a summary or overview, which restates findings described elsewhere in its own words */
  restates?: boolean;
  /** sits in a section that updates earlier findings ("## Status Update", "## Retest") */
  update?: boolean;
  /**
   * a retest table's row with an id and a title of its own ("| LC2-03 | Save icon missing … | Fixed — verified |"):
   * when no record of the report has its id, it is the only record of that finding
   */
  orphanRow?: boolean;
  /**
   * a later note on a finding named by its number only ("### Fixed" > "- #871 — path traversal [`3e1f0a2`]"):
   * it says where the finding stands (or its new rating), never its title
   */
  note?: { sev: Severity | null } | null;
  /** where it was read and why it was taken */
  prov?: Provenance;
  /** its places were read from its prose alone, no field, title or line of their own named one */
  proseLocated?: boolean;
  /** how many records state it (a summary row and a section: 2) */
  stated?: number;
  /** the link its title is ("[Title](https://…/advisories/GHSA-…)"): two records linking one page are one finding */
  url?: string | null;
  words: string[];
  /** offset in the text, for document order */
  start: number;
}

/** A body without leading blanks and without the thematic breaks ("---", "***") that end it. */
/** "GHSA-9w4c-7xq2-m3fh", "CVE-2026-1234", "PLAT-2291": a record's id and nothing else */
const ID_ONLY = /^(?:GHSA(?:-[0-9a-z]{4}){3}|CVE-\d{4}-\d{4,7}|[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8})*-\d{1,6})$/;

export function cleanBody(s: string): string {
  // scanned from the end by hand: a regex with a repeated group of "-{3,}" backtracks
  // exponentially on a table's delimiter row ("|-----…-----|")
  let end = s.trimEnd().length;
  for (;;) {
    let i = end;
    const ch = s[i - 1];
    if (ch !== '-' && ch !== '*' && ch !== '_') break;
    while (i > 0 && s[i - 1] === ch) i--;
    if (end - i < 3) break;
    end = s.slice(0, i).trimEnd().length;
  }
  return s.slice(0, end).replace(/^\s+/, '');
}

export function itemText(text: string, item: ListItem): string {
  const first = item.children[0];
  if (!first) return '';
  let raw = (first.type === 'paragraph' ? src(text, first) : src(text, first).split('\n')[0]).slice(0, 4000);
  // ("- [ ] `STRIPE_KEY` added": a task item whose text opens with a code span keeps its box in the paragraph's source)
  if (typeof item.checked === 'boolean' && raw.startsWith('[')) raw = raw.replace(/^\[[ xX]\][ \t]+/, '');
  return plainInline(raw).replace(/\s+/g, ' ').trim();
}

export function cellText(text: string, cell: Table['children'][number]['children'][number]): string {
  return plainInline(cellSource(text, cell)).replace(/\s+/g, ' ').trim();
}

export const SEV_WORD = /critical|blocker|showstopper|high|major|serious|medium|moderate|minor|low|trivial|info|P[0-4]|Sev-?[0-5]/i;

const LEGEND_MARK_FACT_RE = /^\p{Extended_Pictographic}+$/u;
/** Severity stated by a Severity/Priority/Risk value: it has to lead the value ("High - …", "P0 (Critical)"). */
/** ("`CIC-02` · 💰💰💰 · …": a mark alone as a rating badge, which only the report's legend rates) */
/** ("Weight: ◆◆◆ · State: open": a rating field whose value is a run of shapes the legend rates) */
function legendMarkFact(s: Section, facts: Fact[]): Fact | undefined {
  return facts.find((f) => f.kind === 'severity' && ((f.key === 'badge' && LEGEND_MARK_FACT_RE.test(f.value)) || /^[◆■●★▲◇□○☆△]{1,5}$/u.test(f.value.trim())) && schemeSeverity(s, f.value));
}

/**
 * Convention: a grade of the report's own scale opening a finding's line of fields without a key, "**Tier 1** · Owner:
 * @dana · Status: **Open**" (sections.ts, factsFromLine), under a legend naming each grade's level ("| Tier 1 | … |
 * High |"): the grade rates the finding as the legend does
 */
const GRADE_BADGE_FACT = new RegExp(String.raw`^${GRADE_SCALE}\s+[A-Z0-9]{1,2}$`, 'i');
function gradeBadgeFact(s: Section, facts: Fact[]): Fact | undefined {
  return facts.find((f) => f.kind === 'severity' && f.key === 'badge' && f.value.length <= 20 && GRADE_BADGE_FACT.test(f.value.trim()) && schemeSeverity(s, f.value));
}

/**
 * Convention: a Notion-style review's one tag per finding that is its level, "- **Tag:** 🟠 Major", "- **Tag:** ⚪
 * Polish", under a legend of those tags: a tag of a mark and a level word alone (or the word alone) rates the finding,
 * by the report's scale where it names the word
 */
const TAG_RATING_KEY = /^(?:tag|label)$/i;
const TAG_RATING_VALUE = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?\p{L}[\p{L}-]{1,20}$/u;
function tagRatingFact(s: Section, facts: Fact[]): Fact | undefined {
  const f = facts.find((x) => x.kind === 'labels' && TAG_RATING_KEY.test(x.key.trim()));
  if (!f || !TAG_RATING_VALUE.test(f.value.trim())) return undefined;
  return factSeverity(f.value) || schemeSeverity(s, f.value) ? { ...f, kind: 'severity' } : undefined;
}

/**
 * Convention: a review comment's Conventional Comments label opening its line of fields, "**blocking** · `a.yaml`
 * L88 · Status: **Open**" (sections.ts, takeLineFacts), under a legend of those labels: the label rates the comment
 * as the legend's entry for it does ("- **blocking** — must be resolved before GA", report-facts.ts)
 */
function commentLabelFact(s: Section, facts: Fact[]): Fact | undefined {
  return facts.find((f) => f.kind === 'severity' && f.key === 'label' && schemeSeverity(s, f.value));
}

/**
 * Convention: a rating field whose value is a word only the report's legend rates, "**Rating:** WATCH" under a key
 * whose "| **WATCH** | No work needed at present … |" closes the scale (a condition survey's own tiers): the
 * legend's level for the word
 */
function legendWordFact(s: Section, facts: Fact[]): Fact | undefined {
  return facts.find((f) => f.kind === 'severity' && !PRIORITY_KEY.test(f.key) && f.value.length <= 30 && /^[\p{L}][\p{L} -]*$/u.test(f.value.trim()) && schemeSeverity(s, f.value));
}

/**
 * Convention: a board export's card with its labels in code, "**Labels:** `Sev 2 – Major` `iOS` `Android`"
 * (Trello, GitHub Projects), under the board's label legend: the label the legend puts on the report's scale rates
 * the card; the others (platform, release-blocker) rate nothing
 */
const CARD_LABEL_SPAN = /`([^`\n]{1,40})`/g;
function cardLabelFact(s: Section, facts: Fact[]): Fact | undefined {
  for (const f of facts) {
    if (f.kind !== 'labels' || !f.value.includes('`')) continue;
    for (const m of allMatches(f.value, CARD_LABEL_SPAN)) {
      const label = m[1].trim();
      if (/\d/.test(label) && schemeSeverity(s, label)) return { ...f, kind: 'severity', value: label };
    }
  }
  return undefined;
}

/**
 * Convention: a risk matrix's rating written as the product of its inputs, the score and the band the score falls
 * in, "L4 × S5 = **20 – Intolerable**", "3 x 4 = 12 (High)", "L × S: 2 × 3 = 6 – Medium" (health-and-safety
 * and workplace risk assessments on a likelihood × severity matrix): the band's word is the level, the numbers
 * before it are the matrix's, not a CVSS score or a priority
 */
const MATRIX_BAND_RE = /^[^=\n]{1,40}?[×x*]\s*[^=\n]{1,20}=\s*\d{1,3}\s*(?:[-–—:]\s*|\(\s*)(\p{L}+(?: \p{L}+)?)\s*\)?\s*$/u;
function matrixBand(value: string): Severity | null {
  if (!value.includes('=')) return null;
  const m = MATRIX_BAND_RE.exec(unmarked(value));
  return m ? severityFromValue(m[1]) : null;
}

/** the result after the last arrow: its number, then its band in brackets or after a dash */
const SCORED_BAND_RE = /^\d{1,3}(?:[.,]\d{1,2})?(?:\s*\/\s*\d{1,3})?\s*(?:\(\s*(\p{L}[\p{L} ]{1,23}?)\s*\)|[-–—:]\s*(\p{L}[\p{L} ]{1,23}?))\s*\.?$/u;
/**
 * Convention: a composite score written as its parts, an arrow, and the result with the band it maps to: a threat
 * model's DREAD line, "D9 R9 E8 A9 D7 → **8.4 (Critical)**", a risk line "L4 × I5 -> 20 — High": the band after
 * the arrow is the rating (a bare result, "→ 3.3", is left to the report's own bands)
 */
function scoredBand(value: string): Severity | null {
  const at = Math.max(value.lastIndexOf('→'), value.lastIndexOf('->'));
  const m = SCORED_BAND_RE.exec(unmarked(value.slice(at).replace(/^(?:→|->)/, '')));
  return m ? severityFromValue(m[1] ?? m[2]) : null;
}

// (Convention: a numbered priority with its level named in brackets after it, "Priority: 1 (High)", "Priority: 3
// (Low)": an engineering study's numbered scale, the bracketed word the level)
const FACT_SEVERITY_RE = /^\d\s*(?:[–—-]\s+|\((?=[^)]{2,24}\)))(?=\p{L})/u;
// (Convention: a risk register's level code of its own scale, then the level's name after a dash, "R1 — Critical",
// "R3 — Medium", "RL2 – High": a facility or compliance assessor's legend keys its levels R1…R4 and the cell
// writes both; the name says the level, as for a tracker's "P1 – Critical". Only a usual level's name: "S5 —
// Catastrophic" is left to the report's legend, and so are a QA scale's S levels and a tracker's P levels, "S2 –
// Critical" under a legend whose "S1 – Blocker" is the worst: their number keeps its usual reading)
// (Convention: a German, French, Spanish, Italian or Dutch pentest or audit firm's own scale keyed the same way, "R4 –
// Kritisch", "R0 – Information", "N3 – Élevé", "R2 – Medio": the usual level's name in the report's language)
const CODE_DASH_LEVEL = /^[\s*_`]*(?![SP]\d)\p{Lu}{1,3}\d{1,2}\s*[–—-]\s+(critical|high|medium|low|info(?:rmational)?|kritisch|hoch|mittel|niedrig|information|informativ|hinweis|critique|élevée?|moyenne?|faible|cr[ií]tic[oa]|alt[oa]|medi[oa]|baj[oa]|bass[oa]|kritiek|hoog|gemiddeld|laag)(?![\p{L}\p{N}])/iu;
const FACT_SEVERITY_RE2 = /^(?:P[0-4]|Sev(?:erity)?[\s-]?[0-5]|\d|\p{L}+)/iu;
const FACT_SEVERITY_RE3 = /^\p{L}+ \p{L}+/u;
// (Convention: a Spanish conformity audit's "Clasificación: No conformidad mayor": a grade of three words)
const FACT_SEVERITY_RE4 = /^\p{L}+ \p{L}+ \p{L}+/u;
/** "R4 – Kritisch", "RL2 – High": a level code of the report's own scale with its level's name (CODE_DASH_LEVEL) */
export function codeDashLevel(value: string): Severity | null {
  const coded = CODE_DASH_LEVEL.exec(value);
  return coded ? severityFromValue(coded[1]) : null;
}
/**
 * Convention: a conformity audit's grade written as the nonconformity then its degree, "NC (maior)", "NC major",
 * "Não conformidade menor", "No conformidad mayor", "Non-conformité majeure": the degree after the NC rates it
 */
const NC_GRADE_VALUE = /^[\s*_`]*(?:NCR?|n[ãa]o[ -]conformidade|no[ -]conformidad|non[ -]?conformit(?:y|[àa]|[ée])|nonconformity)[\s*_`]*(?:[(–—:-]\s*)?(\p{L}+)/iu;
export function factSeverity(value: string): Severity | null {
  const bz = bugzillaImportance(value);
  if (bz) return bz;
  const coded = codeDashLevel(value);
  if (coded) return coded;
  const band = matrixBand(value);
  if (band) return band;
  const scored = (value.includes('→') || value.includes('->')) ? scoredBand(value) : null;
  if (scored) return scored;
  // ("1 – visoki", "2 - Medium": the level's number on the report's scale, then its word)
  const head = value.replace(EMOJI_RE, ' ').replace(/^[\s*_`[(]+/, '').replace(FACT_SEVERITY_RE, '').slice(0, 24);
  const sev = severityFromValue(head);
  if (sev && FACT_SEVERITY_RE2.test(head)) {
    const first = /^[^\s,;:(/-]+/.exec(head)?.[0] ?? '';
    // ("Significant deficiency", "Sangat Tinggi": a severity of two words opens the value)
    const opening = value.replace(/^[\s*_`[(]+/, '').slice(0, 40);
    const two = FACT_SEVERITY_RE3.exec(opening)?.[0] ?? '';
    if (severityFromValue(first) || /^(P[0-4]|Sev)/i.test(head) || (two && isSeverityWord(two))) return sev;
    const three = two ? FACT_SEVERITY_RE4.exec(opening)?.[0] : undefined;
    if (three && isSeverityWord(three)) return sev;
  }
  const nc = NC_GRADE_VALUE.exec(value);
  const ncSev = nc ? severityFromValue(nc[0].replace(/[*_`(–—:\s-]+/g, ' ').trim()) : null;
  if (ncSev) return ncSev;
  // emoji-only or emoji-led values ("🔴 **BLOCKING**")
  const e = /^\W*(🔴|🔥|🚨|🟠|🟡|🟢|🔵)/u.exec(value);
  return e ? severityFromValue(e[1]) : null;
}

/**
 * Convention: an inspection report sets an observation of its own apart in a quote after the last defect of a class,
 * labelled so and rated outside the scale ("> Observation (not classified): B1 and B2 are approaching 22 years old …
 * Not a defect."): what it says of itself ("Not a defect") is no answer to the defect above it.
 */
const OWN_OBSERVATION_QUOTE = /^[ \t>]*(?:\*\*|__)?(?:general |additional |further |other )?observations?\b[^:\n]{0,40}:/i;

export function sectionSeverity(s: Section, docTitle: Section | null): { sev: Severity; text: string } | null {
  for (let a = s.parent; a && a.depth > 0 && a !== docTitle; a = a.parent) {
    if (a.isFinding) continue;
    const sev = schemeGroupSeverity(a) ?? a.h.severity ?? severityFromLabel(a.h.text, false) ?? groupSeverity(a.h.text, a.h.title, null) ?? gradeNamedGroup(a);
    if (sev) return { sev, text: a.h.severityText ?? (SEV_WORD.exec(a.h.text) ?? [a.h.text])[0] };
  }
  return null;
}

const CATEGORY_TITLE_RE = /[^\p{L}\p{N}]+/gu;
/**
 * A grouping title that says nothing but "bugs found" is not a category; one that says which
 * ("Medium Priority Issues", "Fixed Issues", "Authentication") is.
 */
export function categoryTitle(title: string): string | null {
  const rest = title
    .replace(/\([^)]*\)/g, ' ')
    .replace(FINDING_NOUN_G, ' ')
    .replace(/\b(found|identified|discovered|detailed|details|list|all|and|the|of)\b/gi, ' ')
    .replace(CATEGORY_TITLE_RE, '');
  // Convention: a release review's tier named by what its findings do to shipping, "## Blockers", "## Showstoppers",
  // beside "## Known issues accepted": a group of the report's own, as "## Non-blockers" is, though the word also
  // counts findings ("2 blockers")
  return rest || /^\W*(?:blockers|show-?stoppers)\W*$/i.test(title) ? title : null;
}

/** A numbered heading's text without its number ("4. Findings — API" -> "Findings — API"), else its title. */
function unnumbered(h: Section['h']): string {
  const t = h.text.trim();
  if (!h.ref || !t.startsWith(h.ref)) return h.title;
  const rest = t.slice(h.ref.length).replace(/^[.):]?\s+/, '').trim();
  return rest && rest.includes(h.title) ? rest : h.title;
}

export function categoryOf(s: Section, docTitle: Section | null): string | null {
  for (let a = s.parent; a && a.depth > 0; a = a.parent) {
    if (a === docTitle) return null;
    if (a.isFinding) continue;
    // Convention: a numbered group heading is named by its number and title together, "## 4. Part A — LV systems",
    // "### 7.1 Purpose and decision-making" (as a group over list items is, records.ts): the category is the heading
    // as written, number and label kept; the title alone, "LV systems", drops the label the writer gave the group
    if (a.hasFindingDesc && (!isGenericTitle(a.h.title) || controlFamily(a.h))) return a.h.refKind === 'numeric' ? (categoryTitle(a.h.title) ? a.h.text.trim() : null) : categoryTitle(a.h.text);
  }
  return null;
}

/**
 * Convention: a compliance gap assessment groups its findings by the standard's control families, each heading the
 * family's code and name, "### 3.2 CC3 — Risk Assessment" (SOC 2's criteria), "## A.8 — Asset management" (ISO
 * 27001 Annex A), "## RA — Risk Assessment" (NIST 800-53): a family name that reads as a part of the report is the
 * family's, a category, where its code stands before it
 */
const CONTROL_FAMILY_HEAD = /^\p{Lu}{1,4}(?:\.?\d{1,2}(?:\.\d{1,2})?)?\s*[—–:]\s*\p{L}/u;
function controlFamily(h: Section['h']): boolean {
  const t = h.refKind === 'numeric' ? unnumbered(h) : h.text.trim();
  return t !== h.title && CONTROL_FAMILY_HEAD.test(t);
}

/** "- Description: Prototype Pollution", "**Title:** …": a short field naming the finding in its own text. */
function namedField(text: string, s: Section, key: RegExp, long = false): string | null {
  for (const b of s.blocks.slice(0, 6)) {
    if (b.type !== 'paragraph' && b.type !== 'list') continue;
    for (const line of src(text, b).slice(0, 4000).split('\n').slice(0, 12)) {
      const m = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][\w ]{0,30}?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(\S.*)$/.exec(line);
      if (!m || !key.test(m[1].trim())) continue;
      if (long) return m[2].trim();
      if (m[2].length <= 120 && !/[.!?]\s+\S/.test(m[2])) return plainInline(m[2]).replace(/[.\s]+$/, '').trim() || null;
    }
  }
  return null;
}

/** An id's family, its prefix with the hyphen ("SEC-" of "SEC-12"). */
export const FAMILY_LIST_RE = /^(\p{Lu}[\p{Lu}\d]{0,9}-)\d{1,5}$/u;
const FAMILY_LIST_RE2 = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\*\*|__)(\p{Lu}[\p{Lu}\d]{0,9}-\d{1,5})\b/u;
/** Headings of sections that report progress on earlier findings rather than new ones. */
/**
 * Convention: a finding heading's ids going on as a list's bold items after the last heading of the family
 * ("#### N-04 – Title" … "Further findings in the app:" over "- **N-09 – Title** (Low). Location: … Status:
 * …"): each item is a finding of its own, not the heading's text. Whether the block is such a list.
 */
export function familyList(text: string, s: Section, b: RootContent): boolean {
  if (b.type !== 'list' || !s.isFinding || !s.h.ref || s.children.length) return false;
  const family = FAMILY_LIST_RE.exec(s.h.ref)?.[1];
  if (!family) return false;
  return (b as List).children.every((it) => {
    const id = FAMILY_LIST_RE2.exec(src(text, it))?.[1];
    return !!id && id !== s.h.ref && id.startsWith(family);
  });
}

// (Convention: an agent's BUGS file writes some findings as headings and the next ones as bold bullets in the same
// group, "### 💥 B3 · Title" over "- 🔁 repro: …", "- 🩹 patch: …" and then "- 🚧 **B4 · Title** — `path:88`": Markdown
// joins the heading's detail bullets and the next finding's bullet into one loose list, so the ids of the heading's
// family ("B3", "B4") go on from one item on, each such item opened by a mark, a strike or nothing before its bold)
const FAMILY_ID_RE = /^(\p{Lu}{1,3})\d{1,4}$/u;
const FAMILY_ITEM_RE = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:~~)?(?:[\p{Extended_Pictographic}\uFE0F]\s*){0,2}(?:\*\*|__)(\p{Lu}{1,3}\d{1,4})\b/u;
/** Where in a finding heading's list the items of its id family start (the items before are its own detail), or -1. */
export function familyTail(text: string, s: Section, b: RootContent): number {
  if (b.type !== 'list' || !s.isFinding || !s.h.ref || s.children.length) return -1;
  const family = FAMILY_ID_RE.exec(s.h.ref)?.[1];
  if (!family) return -1;
  const items = (b as List).children;
  // (a cheap pretest: an item of the family holds a bold)
  const ids = items.map((it) => {
    const raw = src(text, it);
    if (!raw.includes('**') && !raw.includes('__')) return null;
    const id = FAMILY_ITEM_RE.exec(raw)?.[1];
    return id && id !== s.h.ref && FAMILY_ID_RE.exec(id)?.[1] === family ? id : null;
  });
  const at = ids.findIndex((id) => id !== null);
  return at > 0 && ids.slice(at).every((id) => id !== null) ? at : -1;
}

// (German: "## 7 Nachtrag vom 10.03.2026" the addendum, "## Nachtest" the retest; French: "## Mise à jour du
// 12/03/2026" the update, "## Contre-recette" / "## Re-test" the retest)
// Convention: a dated status table after the findings, "## Status of failures (as of 2025-03-21)", "## Status as at
// 14 May": where each finding stands on that date, later than the finding's own text
export const UPDATE_TITLE = /\b(?:status (?:of (?:the )?(?:failures|findings|issues|defects|gaps|observations|nonconformities) )?\(?(?:as of|as at)\b|updates?|mises? à jour|contre-recette|retest(?:ing)?|fix review|review of fixes|fix verification|re-test(?:ing)?|follow[- ]?up|re-?audit|re-?review|fix review|remediation (?:review|status|verification)|status update|changelog|change log|tindak lanjut|nachtrag|nachtest)\b/i;

export function inUpdate(s: Section): boolean {
  for (let a = s.parent; a && a.depth > 0; a = a.parent) if (UPDATE_TITLE.test(a.h.text)) return true;
  return false;
}

/** s and the sections under it, short of those that are findings of their own (heading levels that slipped). */
export function collectSubtree(s: Section, out: Section[]): void {
  out.push(s);
  for (const c of s.children) if (!c.isFinding) collectSubtree(c, out);
}

/** keys that name a finding's own id (not a ticket in a tracker), in the field readers' languages */
// ("问题编号：LM-01", "漏洞编号": the Chinese "number of the issue")
const ID_KEY = /^(?:id|ref|reference|identifier|finding id|finding no|azonosito|identificador|identifiant|kennung|kenmerk|kode|kode temuan|问题编号|漏洞编号|编号)$/;
/**
 * Convention: an inspection report's detail section for one entry of its register, "## 5. Critical finding —
 * CF-2025-01" over "**Ref:** D-4 — Span 2, girder G3": the Ref field names the entry by its id, then where it is;
 * the id is the finding's, and the section its detail
 */
const REF_THEN_PLACE = /^\s*([A-Z][A-Z0-9]{0,9}-\d{1,6})\s+[—–-]\s+\S/;
/** "Finding 3", "Temuan 1": the finding's place in the report, which an id field outranks */
const PLACE_REF = /^(?:finding|issue|observation|temuan|befund|hallazgo|constat)\s+\d{1,3}$/i;

/**
 * Convention: a web finding named by the request it is sent with, "The endpoint `GET /api/v2/shipments/{id}/labels`
 * checks …": with no file named, the endpoint in code with its method is where the finding is.
 */
export function routeInProse(text: string, s: Section): Location[] {
  const subtree: Section[] = [];
  collectSubtree(s, subtree);
  for (const x of subtree) {
    if (x !== s && ATTACHMENTS.test(x.h.title)) continue;
    for (const b of x.blocks) {
      if (b.type !== 'paragraph' && b.type !== 'list') continue;
      const raw = src(text, b).slice(0, 4000);
      if (!/\b(?:GET|POST|PUT|PATCH|DELETE) \//.test(raw)) continue;
      for (const m of allMatches(raw, /`((?:GET|POST|PUT|PATCH|DELETE) \/[^`\n]{1,200})`/g)) {
        const at = parseLocations(m[1], true).filter(isRoute);
        if (at.length) return at.slice(0, 1);
      }
    }
  }
  return [];
}

/**
 * A sub-section of files attached as evidence ("Supporting Material/References", "Attachments") or of the
 * report's later discussion ("Activity", "Timeline", "Comments"), whose files are named in passing.
 */
const ATTACHMENTS = /^(?:supporting material|attachments?|attached files|exhibits|activity|timeline|comments|discussion)\b/i;

/** The file an enclosing heading names alone ("## `src/app/providers.tsx`"), above the finding's own heading. */
function enclosingFile(s: Section): string | null {
  for (let a = s.parent; a && a.depth > 0 && !a.docTitle; a = a.parent) {
    if (!a.h.text.includes('`') && !a.h.text.includes('/') && !a.h.text.includes('.')) continue;
    const t = a.h.text.replace(/\s*\(\d+\)\s*$/, '').trim();
    const locs = parseLocations(t, true);
    if (locs.length === 1 && locs[0].startLine == null && t.replace(/`/g, '').trim() === locs[0].path && /\.\w{1,6}$/.test(locs[0].path)) return locs[0].path;
  }
  return null;
}

/** a line opening on a bold field, "**Severity:** …" */
const FIELD_LINE = /^\s*(?:\*\*|__)[^*_\n]{1,40}?:?(?:\*\*|__):?\s/;
/** a line that is one code span alone, "`src/a.feature:12`" */
const LONE_SPAN_LINE = /^\s*`([^`\n]{3,300})`\s*$/;
/** a line that goes on past its end, "… (`sweep`) and" */
const WRAPS_ON = /(?:\b(?:and|or|in|at|of)|[,&])\s*$/i;

/**
 * Convention: "- **Blocks:** CHG-4410 – we will not automate failover we cannot watch": the finding holds back the
 * change or release the tracker key names (sections.ts BLOCKS_LINK_KEY). A key of the finding's own series ("GD7-07"
 * under "GD7-03") is another finding that waits for this one, no step of shipping.
 */
function blocksLink(facts: Fact[], ownRef: string | null): boolean | null {
  const link = facts.find((f) => f.kind === 'blocks-link');
  if (!link) return null;
  const series = (ref: string | null) => /^\s*([A-Za-z][A-Za-z0-9]*)-/.exec(ref ?? '')?.[1].toUpperCase() ?? null;
  const own = series(ownRef);
  return own !== null && own === series(link.value) ? null : true;
}

export function findingFromSection(text: string, s: Section, docTitle: Section | null, scope: number, lines?: LineIndex, reasons: string[] = []): Draft {
  const subtree: Section[] = [];
  collectSubtree(s, subtree);
  const facts: Fact[] = [];
  for (const x of subtree) facts.push(...x.facts);
  const locations: Location[] = [];
  // a Where / File / Location field names the place before a file the title mentions in passing
  // ("`--json` output is not valid when a workspace has no `package.json` name" + "**Where:** `src/report/json.ts:18`")
  const titleFileOnly = s.h.locations.length > 0 && s.h.locations.every((l) => l.startLine == null);
  // Convention: a title naming the folder the finding is about, "### 15. `.github/workflows/` not covered by
  // CODEOWNERS" over "**Location:** `.github/CODEOWNERS`": the field's file is the place, with or without its line
  const titleFolderOnly = titleFileOnly && s.h.locations.every((l) => l.path.endsWith('/'));
  if (titleFileOnly) for (const f of s.facts) if (f.kind === 'location') addLocations(locations, parseLocations(f.value, true).filter((l) => l.startLine != null || (titleFolderOnly && !l.path.endsWith('/'))));
  // (so does the file and line leading the first paragraph, "### Unused import in `Router.sol`" over "`src/Router.sol#L7`
  // — Fixed.": the place a fix review names before its status, LEAD_LOCATION in status.ts)
  // Convention: so does a finding's text that opens with its file and line when the heading names no place
  // ("### 1. Mass assignment on `Order`" over "`app/Models/Order.php:12` declares …" and a snippet headed
  // "// app/Http/Controllers/OrderController.php:40"): the place the finding is, before the code it quotes
  if ((titleFileOnly && !locations.length) || (!s.h.locations.length && s.blocks[0]?.type === 'paragraph')) {
    const first = titleFileOnly ? s.blocks.find((b) => b.type === 'paragraph') : s.blocks[0];
    const head = first ? src(text, first).slice(0, 600).split('\n') : [];
    const lead = head.length ? leadingLocation(head[0]) : null;
    if (lead) addLocations(locations, parseLocations(lead.code, true).filter((l) => l.startLine != null));
    // Convention: a title naming a file bare whose text opens on that file and its lines after the code span, "###
    // Collections in `requirements.yml` not pinned" over "`requirements.yml` L4–L9": the title's file, at those lines
    else if (titleFileOnly && head[0]?.includes('`')) {
      for (const l of proseLocations(head[0])) if (l.startLine != null && s.h.locations.some((t) => t.path === l.path || l.path.endsWith(`/${t.path}`))) addLocations(locations, [l]);
    }
    // Convention: a finding's header lines, its fields then its place as a code span on a line of its own
    // ("**Severity:** S2 · **State:** Open" over "`features/cart/checkout.feature:41`", as test-run and bug reports
    // head each defect): the file and line set apart there are where the finding is, before any trace quoted below
    else if (!titleFileOnly && head.length > 1 && FIELD_LINE.test(head[0])) {
      // (not the wrapped end of a field that names the place itself, "**Location**: `a.py:7` and" over "`b.py:9`")
      for (let i = 1; i < Math.min(head.length, 4); i++) {
        if (WRAPS_ON.test(head[i - 1]) || factsOfLine(head[i - 1]).some((f) => f.kind === 'location')) break;
        const lone = LONE_SPAN_LINE.exec(head[i]);
        if (!lone) continue;
        addLocations(locations, parseLocations(lone[1], true).filter((l) => l.startLine != null));
        break;
      }
    }
  }
  addLocations(locations, s.h.locations);
  for (const x of subtree) {
    if (x !== s && /\b(files?|locations?)\b/i.test(x.h.title)) scanLocationBlocks(text, x.blocks, locations, true);
    else scanLocationBlocks(text, x.blocks, locations, false);
  }
  // a Location field read elsewhere (a field table written side by side), or a Component that is a path
  const fieldOnly = !locations.length;
  if (fieldOnly) for (const f of facts) if (f.kind === 'location') addLocations(locations, parseLocations(f.value, true));
  // Convention: a finding's title names the file bare, "### 5.4 Missing reason in `PrivacyInfo.xcprivacy`", and its
  // Location field by its path, "| `ios/App/Resources/PrivacyInfo.xcprivacy` |": the same file, the path in its place
  if (!fieldOnly && titleFileOnly) {
      for (const f of facts) if (f.kind === 'location') for (const l of parseLocations(f.value, true)) {
      const i = locations.findIndex((m) => m.startLine == null && !m.path.includes('/') && l.path.endsWith(`/${m.path}`));
      if (i >= 0) locations[i] = l;
        }
  }
  // (and the header table itself, "| **Affected resources** | `charts/app/templates/cm.yaml` |" read with the blocks,
  // when the heading names no place: the table is the field)
  const tableField = !fieldOnly && !s.h.locations.length && s.blocks[0]?.type === 'table';
  // Convention: a field that names the file alone and prose that gives its line ("| Target: `jobs/restore.go` |" over
  // "`buildRestoreCommand` (`jobs/restore.go:88`) formats …", as audits with a header table per finding write it):
  // the line the prose names in the field's file is the finding's
  if ((fieldOnly || tableField) && locations.length && locations.every((l) => l.startLine == null)) {
    outer: for (const x of subtree) {
      if (x !== s && ATTACHMENTS.test(x.h.title)) continue;
      for (const b of x.blocks) {
        if (b.type !== 'paragraph' && b.type !== 'list') continue;
        const raw = src(text, b).slice(0, 4000);
        if (!locations.some((l) => raw.includes(l.path))) continue;
        for (const l of proseLocations(raw)) {
          const i = l.startLine != null ? locations.findIndex((m) => m.path === l.path && m.startLine == null) : -1;
          if (i >= 0) locations[i] = { ...locations[i], startLine: l.startLine, endLine: l.endLine };
        }
        if (locations.every((l) => l.startLine != null)) break outer;
      }
    }
  }
  if (!locations.length) for (const f of facts) if (f.kind === 'phase' && /[/\\]|\.\w{1,5}\b/.test(f.value)) addLocations(locations, parseLocations(f.value).filter((l) => l.path.includes('/')));
  // (an endpoint alone does not say where in the code: prose may still name the file)
  const beforeProse = locations.length;
  if (!inCode(locations)) {
    // no File/Location line: a file named in the finding's own prose ("… in `web/login.py:40` …")
    for (const x of subtree) {
      // ("## Supporting Material/References" > "- `burp_export.xml` — the requests": files the reporter
      // attached as evidence, not where the flaw is; "## Activity" > "> … the `labels/exporter.py` module path":
      // the discussion after the report)
      if (x !== s && ATTACHMENTS.test(x.h.title)) continue;
      for (const b of x.blocks) {
        // (a tracker's export quotes the description and comments: "> Backtrace top frame: … at `core/x.cpp:412`")
        if (b.type !== 'paragraph' && b.type !== 'list' && b.type !== 'blockquote') continue;
        if (b.type === 'list' && x === s && familyList(text, s, b)) continue;
        const raw = src(text, b).slice(0, 4000);
        addLocations(locations, proseLocations(b.type === 'blockquote' ? raw.replace(/^[ \t]*>[ \t]?/gm, '') : raw));
        if (inCode(locations)) break;
      }
      if (inCode(locations)) break;
    }
  }
  // Convention: a code review grouped by file, a file's heading over the comments on it ("## `src/api/invoices.ts`"
  // over "#### 1. issue · High — Title" and "`invoices.ts` L23–L31"): a bare file name is the heading's file, and a
  // comment that names no file is on that file
  const filePath = enclosingFile(s);
  if (filePath) {
    const base = filePath.slice(filePath.lastIndexOf('/') + 1);
    for (let i = 0; i < locations.length; i++) if (locations[i].path === base && base !== filePath) locations[i] = { ...locations[i], path: filePath };
    if (!inCode(locations)) locations.unshift({ path: filePath, startLine: null, endLine: null });
  }
  // Convention: a cloud finding names the resource and the code that defines it ("Resource: `arn:aws:s3:::…`" over
  // "Source: `modules/exports/s3.tf:22`"): the file and line to change come before the cloud resource, as in a row
  if (locations.length > 1 && locations.some((l) => l.path.startsWith('arn:')) && locations.some((l) => !l.path.startsWith('arn:') && l.startLine != null)) locations.sort((a, b) => Number(a.path.startsWith('arn:')) - Number(b.path.startsWith('arn:')));
  // a Severity field rates the finding over a Priority field beside it (Jira has both)
  // Convention: a pentest firm rates by its own scale beside the CVSS score, "**CVSS 3.1:** 6.5 · **Risikoklasse:** R3 –
  // Hoch" ("the rating may differ from the CVSS score"): the report's own rating stands over the score's band
  const sevF = facts.find((f) => f.kind === 'severity' && !PRIORITY_KEY.test(f.key) && !CVSS_KEY.test(f.key) && !INHERENT_KEY.test(f.key) && factSeverity(f.value)) ?? facts.find((f) => f.kind === 'severity' && factSeverity(f.value)) ?? derivedSeverityFact(facts) ?? ratedImpact(s, facts) ?? legendMarkFact(s, facts) ?? tagRatingFact(s, facts) ?? cardLabelFact(s, facts) ?? commentLabelFact(s, facts) ?? legendWordFact(s, facts) ?? gradeBadgeFact(s, facts);
  const keyedP = keyedPriority(s, facts, sevF);
  const statusF = firstFact(facts, 'status');
  const phaseF = firstFact(facts, 'phase');
  const effortF = facts.find((f) => f.kind === 'effort' && parseEffort(f.value));
  const blocksF = firstFact(facts, 'blocks');
  let blocksOwn: boolean | null = s.h.blocks;
  // (an answer in the report's language: "блокує-портал:: так", "Blocks release: Igen")
  if (blocksF) blocksOwn = /^\W*(yes|true|y|✅|x|blocking|blocker|blocks)\b/i.test(blocksF.value) ? true : /^\W*(no|false|n|not\s+(?:a\s+)?block(?:er|ing)|non-?\s?block(?:er|ing))\b/i.test(blocksF.value) ? false : (yesNo(blocksF.value) ?? blocksOwn);
  if (blocksOwn === null && sevF && /\bblock(ing|er)\b/i.test(sevF.value) && !/\bnon-?\s?block/i.test(sevF.value)) blocksOwn = true;
  if (blocksOwn === null) blocksOwn = blocksLink(facts, s.h.ref);
  // "Block the release until …" in its own text; else what its group heading says ("## Blocking Issues")
  if (blocksOwn === null) blocksOwn = blocksStatement(text.slice(s.contentStart, Math.min(s.end, s.contentStart + 3000)));
  for (let a = s.parent; blocksOwn === null && a && a.depth > 0; a = a.parent) {
    blocksOwn = groupBlocks(a.h.text);
    // Convention: a group's lead says what its heading's "blockers" block, "## Upgrade blockers" over "These block
    // the corresponding major upgrade only. They do **not** block deployments": its findings do not block shipping
    if (blocksOwn === true) {
      const lead = text.slice(a.contentStart, Math.min(a.children[0]?.start ?? a.end, a.contentStart + 1500));
      if (lead.includes('block') && blocksStatement(lead) === false) blocksOwn = false;
    }
  }
  // the finding's own answers and status lines, in reading order (status.ts)
  const said = new StatusReader();
  const statusLines = new StatusReader();
  for (const x of subtree) {
    for (const b of x.blocks) {
      if (b.type !== 'paragraph' && b.type !== 'blockquote' && b.type !== 'list') continue;
      // (the findings that go on as its list's items state their own status)
      if (b.type === 'list' && x === s && familyList(text, s, b)) continue;
      const raw = src(text, b).slice(0, 20000);
      if (b.type === 'blockquote' && raw.length <= 2000 && OWN_OBSERVATION_QUOTE.test(raw)) continue;
      said.lines(raw);
      if (b.type === 'paragraph' && raw.length <= 160) statusLines.lines(raw);
    }
  }
  const answered = said.stated();
  let statusOwn = answered ?? (statusF ? closedWithReason(facts, statusFromText(statusF.value)) : null) ?? s.h.status ?? statusLines.result();
  if (!statusOwn) {
    // "Already fixed in previous audit" as the finding's first words
    const firstPara = s.blocks.find((b) => b.type === 'paragraph');
    if (firstPara && /^\W*(?:already|has been|was|now)\s+(fixed|resolved|addressed)\b/i.test(src(text, firstPara))) statusOwn = 'fixed';
  }
  // Convention: an agent's or a reviewer's reply groups findings written as headings under a heading that names
  // their state ("## Fixed in this session" > "### 1. Panic on …", "## Still open" > "### 7. …"): a finding that
  // states no status of its own takes the nearest such group's
  for (let p = statusOwn ? undefined : s.parent; p && p.depth > 0; p = p.parent) {
    const st = boardColumn(p);
    if (st) {
      statusOwn = st;
      break;
    }
  }
  // "### ✗ High severity vulnerability found in lodash" three times over: a heading its siblings
  // repeat does not name the finding; a short Title / Name / Description field does
  let title = s.h.title;
  let ref = s.h.ref;
  // ("✗ Medium severity vulnerability found in urllib3" is a scanner's template, not a name either)
  if ((s.parent && s.parent.children.filter((c) => c.h.title === s.h.title).length > 1) || /\b(?:vulnerabilit(?:y|ies)|issues?|findings?|problems?)\s+(?:found|detected|identified)\s+in\b/i.test(s.h.title)) {
    const named = namedField(text, s, /^(?:title|name|description|issue|vulnerability|summary)$/i);
    if (named) title = named;
  }
  // "## GHSA-9w4c-7xq2-m3fh" over "- **Title:** Arbitrary file write …": a heading that is only the record's id
  // (advisory drafts, tracker exports); its Title field names it
  if (ID_ONLY.test(s.h.title.trim())) {
    const named = namedField(text, s, /^(?:title|name|summary|headline)$/i);
    if (named) {
      ref = ref ?? s.h.title.trim();
      title = named;
    }
  }
  // "| ID | HC-01 |" in a finding's property table
  // (Convention: a scanner export's id set as code, "- **Instance ID:** `3F9A…E315`": the id inside the ticks)
  const refFact = facts.find((f) => f.kind === 'ref' && (/^[A-Za-z#]*[\w.-]*\d[\w.-]*$/.test(f.value.trim().replace(TICKED_VALUE, '$1')) || REF_THEN_PLACE.test(f.value)));
  const refPlace = refFact && REF_THEN_PLACE.exec(refFact.value);
  const refF = refPlace ? { ...refFact, value: refPlace[1] } : refFact;
  // ("### 4.1 Title" over "`HWL-2610-01` · **Tier A** · …": the badge's id names it, not the chapter number)
  // ("### 5.1 Title" over "| Azonosító | … |" / "| E-01 | … |": an Id field names it, not the chapter number)
  // ("#### Temuan 1: …" over "Kode temuan: SPI-SIAKAD-01": nor the finding's place in the report)
  if ((!ref || ((s.h.refKind === 'numeric' || PLACE_REF.test(ref)) && (refF?.key === 'badge' || ID_KEY.test(foldKey(refF?.key ?? ''))) && /-/.test(refF!.value))) && refF) ref = refF.value.trim().replace(TICKED_VALUE, '$1');
  if (!ref) {
    // "Info: https://security.snyk.io/vuln/SNYK-JS-LODASH-567746": an advisory's id
    const info = namedField(text, s, /^(?:id|ref|reference|info|advisory|identifier|vuln(?:erability)? id)$/i, true);
    const id = info ? /(?:^|[/\s])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+)\W*$/.exec(info) : null;
    if (id) ref = id[1];
  }
  const f: ParsedFinding = {
    ref,
    title,
    severity: null,
    severityText: null,
    status: 'open',
    phase: phaseF ? phaseValue(phaseF.key, phaseF.value) : null,
    category: categoryOf(s, docTitle),
    locations,
    blocksDeployment: null,
    dependsOn: [],
    effort: effortF ? parseEffort(effortF.value) : null,
    // a finding with findings nested under it keeps only its own text
    body: cleanBody(text.slice(s.contentStart, s.hasFindingDesc ? (s.children.find((c) => c.isFinding || c.hasFindingDesc)?.start ?? s.end) : s.end)),
  };
  return {
    f,
    sevFact: keyedP ? { sev: keyedP.sev, text: keyedP.fact.value.replace(/\s+/g, ' ').trim() } : sevF ? { sev: (factSeverity(sevF.value) ?? schemeSeverity(s, sevF.value))!, text: sevF.value.replace(/\s+/g, ' ').trim() } : vectorSeverity(text, s),
    // a meeting topic's severity said aloud ("Jo rated it **high**", sections.ts), on the meeting's scale
    sevMention: s.saidSeverity ? saidSeverity(s, s.saidSeverity) : null,
    sevHeading: s.h.severity ? { sev: s.h.severity, text: s.h.severityText ?? s.h.text } : null,
    sevSection: sectionSeverity(s, docTitle),
    mark: s.h.severity ? null : (s.h.severityText ?? unratedSeverityField(facts)),
    blocksOwn,
    blocksMention: null,
    statusOwn,
    scope,
    detailed: true,
    standalone: true,
    update: inUpdate(s) || UPDATE_TITLE.test(s.h.title),
    proseLocated: beforeProse === 0 && f.locations.length > 0,
    words: wordSet(title === s.h.title ? s.h.title : title),
    start: s.start,
    prov: lines
      ? { kind: 'heading', startLine: lines.lineOf(s.start), endLine: lines.lineOf(Math.max(s.start, s.end - 1)), set: null, reasons, confidence: 0, where: headingPlace(lines, s) }
      : undefined,
  };
}

const RISK_MATRIX: Record<string, Severity> = {
  'high|high': 'critical',
  'high|medium': 'high',
  'medium|high': 'high',
  'high|low': 'medium',
  'medium|medium': 'medium',
  'low|high': 'medium',
  'medium|low': 'low',
  'low|medium': 'low',
  'low|low': 'info',
};

function level(v: string): 'high' | 'medium' | 'low' | null {
  const sev = factSeverity(v);
  if (sev === 'critical' || sev === 'high') return 'high';
  if (sev === 'medium') return 'medium';
  if (sev === 'low' || sev === 'info') return 'low';
  return null;
}

const DERIVED_SEVERITY_FACT_RE = /\b(?:severity|sev|priority|prio|risk)\s*[:/=-]+\s*([\p{L}\p{N}-]+)/iu;
const DERIVED_SEVERITY_FACT_RE2 = /^\W*[\p{L}-]+\W*(?:\([^)]*\))?\s*$/u;
/**
 * A severity the finding states another way: "severity: major" among its labels, or an Impact and a
 * Likelihood rating (OWASP risk matrix: High × High = critical … Low × Low = info).
 */
export function derivedSeverityFact(facts: Fact[]): Fact | undefined {
  for (const f of facts) {
    if (f.kind !== 'labels') continue;
    const m = DERIVED_SEVERITY_FACT_RE.exec(f.value);
    if (m && factSeverity(m[1])) return { ...f, kind: 'severity', value: m[1] };
  }
  // "**Impact:** Critical" (axe-core, WCAG audits): an impact rated in one severity word is the severity
  const rated = facts.find((f) => /^impact(?: level)?$/i.test(f.key.trim()) && DERIVED_SEVERITY_FACT_RE2.test(f.value) && factSeverity(f.value));
  if (rated && !facts.some((f) => f.kind === 'likelihood')) return { ...rated, kind: 'severity' };
  const impact = facts.find((f) => /^(?:business |technical )?impact$/i.test(f.key.trim()) && level(f.value));
  const likely = facts.find((f) => f.kind === 'likelihood' && level(f.value));
  if (impact && likely) {
    const sev = RISK_MATRIX[`${level(impact.value)}|${level(likely.value)}`];
    const text = `Impact: ${impact.value.split(/[\s,;(]/)[0]} / ${likely.key.trim()}: ${likely.value.split(/[\s,;(]/)[0]}`;
    if (sev) return { ...impact, kind: 'severity', value: `${sev} (${text})` };
  }
  return undefined;
}

/**
 * "- **Impact:** high — run-length count is trusted …": the finding's impact rated in one word before its
 * prose rates a finding (it does not make a section one: a change log's "Impact: Critical - …" is no finding).
 */
// (Convention: an impact rated by a level the report's legend names in a word no usual scale has, "**Impact:**
// Observation · **Experiment:** EXP-1" under a legend "| Sev-1 | … |" … "| Observation | Surprising but fine |":
// the legend's level, as a severity field's would be)
const IMPACT_LEVEL_WORD = /^\W*(\p{L}[\p{L}-]{1,20})\W*$/u;
function ratedImpact(s: Section, facts: Fact[]): Fact | undefined {
  if (facts.some((f) => f.kind === 'likelihood')) return undefined;
  for (const f of facts) {
    if (!IMPACT_KEY.test(f.key.trim())) continue;
    const rated = impactRating(f.value);
    if (rated) return { ...f, kind: 'severity', value: rated.text };
    const word = IMPACT_LEVEL_WORD.exec(f.value)?.[1];
    if (word && schemeSeverity(s, word)) return { ...f, kind: 'severity', value: word };
  }
  return undefined;
}

/** "**Lines:** 120-130" after "**File:** `a.js`": lines for the file named before them. */
function linesOnly(value: string, into: Location[]): boolean {
  const m = /^\s*(?:L|lines?\s*)?(\d+)(?:\s*[-–]\s*L?(\d+))?\s*$/i.exec(value.replace(/`/g, ''));
  if (!m) return false;
  const last = into[into.length - 1];
  if (last && last.startLine == null) {
    last.startLine = Number(m[1]);
    last.endLine = Number(m[2] ?? m[1]);
  }
  return true;
}

const PACKAGE_KEY = /^\s*(?:affected |vulnerable )?(?:package|dependency|module|library|component)s?\s*$/i;
/**
 * Convention: a finding's field table citing its evidence as the file and line in code, "| Evidence |
 * `infra/terraform/org/iam.tf:17` |", "| Proof | `.github/workflows/ci.yml:41` |" (a cloud or infrastructure review
 * pointing at the Terraform or workflow line it read): a value of nothing but such code spans is where the finding
 * is; evidence in words ("screenshot 4", "`gcloud` output below") places nothing
 */
const EVIDENCE_KEY = /^\s*(?:evidence|proof|reference)\s*$/i;
const CODE_SPANS_ONLY = /^\s*(?:`[^`\n]+`[\s,;]*){1,4}$/;
function evidencePlaces(key: string, valueMd: string): Location[] {
  if (!EVIDENCE_KEY.test(key) || valueMd.length > 400 || !CODE_SPANS_ONLY.test(valueMd)) return [];
  return parseLocations(valueMd, true).filter((l) => l.startLine != null);
}
export const MANIFEST_FILE = /(?:^|[/\\`])(?:package\.json|go\.mod|requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|Cargo\.toml|Gemfile|pom\.xml|build\.gradle(?:\.kts)?|composer\.json|[\w.-]+\.csproj)(?![\w.])/;
/** Locations in blocks: location facts (and the list after an empty one), code comments, file links. */
/** the places a nested list names, one an item: its code spans, else the item's text up to a dash or bracket */
function nestedPlaces(text: string, list: List, into: Location[]): void {
  for (const item of list.children) {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph') continue;
    const raw = src(text, first);
    const code = allMatches(raw, /`([^`\n]+)`/g).map((m) => m[1]);
    addLocations(into, parseLocations(code.length ? code.join(' , ') : raw.split(/\s[-–—(]\s?/)[0], true));
  }
}

export function scanLocationBlocks(text: string, blocks: RootContent[], into: Location[], allLists: boolean): void {
  let pendingList = false;
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      const raw = src(text, b);
      pendingList = false;
      for (const line of joinWrappedLines(raw.split('\n'))) {
        if (line.length > 2000) continue;
        for (const fact of factsOfLine(line)) {
          if (fact.kind !== 'location') continue;
          if (linesOnly(fact.value, into)) continue;
          addLocations(into, parseLocations(fact.value, true));
          if (!fact.value.trim()) pendingList = true;
        }
      }
      addLocations(into, linkLocations(raw));
    } else if (b.type === 'list') {
      for (const item of (b as List).children) {
        const first = item.children[0];
        if (!first || first.type !== 'paragraph') continue;
        const raw = src(text, first);
        const fact = factFromLine(raw.split('\n')[0]);
        if (fact && fact.kind === 'location') {
          if (!linesOnly(fact.value, into)) addLocations(into, parseLocations(fact.value, true));
          // Convention: a field item whose values are listed under it, "- **Resources:**" over "  - `arn:aws:lambda:…`"
          // and "  - `arn:…`", as scanners' Markdown output and checklists nest them: each sub-item is a place
          if (!fact.value.trim()) for (const sub of item.children) if (sub.type === 'list') nestedPlaces(text, sub as List, into);
        }
        else if (pendingList || allLists) {
          const code = allMatches(raw, /`([^`\n]+)`/g).map((m) => m[1]);
          addLocations(into, parseLocations(code.length ? code.join(' , ') : raw.split(/\s[-–—(]\s?/)[0]));
        }
        addLocations(into, linkLocations(raw));
      }
      pendingList = false;
    } else if (b.type === 'code') {
      addLocations(into, codeCommentLocations(b.value));
      pendingList = false;
    } else if (b.type === 'table') {
      // two-column key/value tables ("| File | a.py:3 |")
      for (const row of b.children) {
        if (row.children.length !== 2) break;
        const [k, v] = row.children.map((c) => cellSource(text, c));
        const key = plainInline(k).replace(/:$/, '');
        if (factKind(key) === 'location') addLocations(into, parseLocations(v, true));
        // Convention: a dependency audit's "| Package | `jsonwebtoken@8.5.1` (direct) — `services/auth/package.json` |":
        // the package and the manifest that declares it; the manifest is where the fix goes, before any call site
        else if (PACKAGE_KEY.test(key) && MANIFEST_FILE.test(v)) addLocations(into, parseLocations(v, true).filter((l) => MANIFEST_FILE.test(l.path)));
        else addLocations(into, evidencePlaces(key, v));
      }
      pendingList = false;
    }
  }
}

/** "`src/a.ts` — Comment on lines +52 to +57": a file, then GitHub's anchor of the review comment on it */
const FILE_THEN_COMMENT_ON = /`([\w@.+~/\\-]{1,200}\.\w{1,10})`\s{1,3}(?:[—–·|-]\s{1,3})?[Cc]omment on lines?\s+[+-]?(\d{1,6})(?:\s+to\s+[+-]?(\d{1,6}))?\b/g;
const LINE_OF_LOCATIONS_RE = /(?<=[.!?])\s+(?=[\p{Lu}`*])/u;
/**
 * Files a finding's prose names: permalinks; "Line 88 of `a.py`"; a code span with what follows it
 * ("`session.js`, lines 72, 90", "`Dockerfile` (line 7)"); bare paths with a folder or a line
 * ("See worker/notify.go:47"). A bare name without folder or line is not taken from prose.
 */
/** "line 88 of `dags/orders_daily.py`", "lines 10-12 in x.py": a line of a file named in prose. */
// (the word in any of the report's languages, LINE_WORD, and wrapped onto the next line: "`pagos/services.py`⏎(líneas 40,
// 77 y 103)", "`app/Console/Sinkron.php`⏎   baris 57")
const CODE_THEN_LINE_WORD = new RegExp(String.raw`\x60([\w@.+~/\\-]{1,200}\.\w{1,10})\x60(?:\s{1,3}in\s+\x60[\w@.~-]{1,60}\x60)?\s{0,8}(?:,|\(|\b(?:at|on|around|near|about)\b)?\s{0,3}${LINE_WORD}\s+(\d{1,6})(?:\s*[-–]\s*(\d{1,6}))?\b`, 'giu');
// (or said later in the sentence without brackets, "Priya screen-shared `services/auth/refresh.go` — the read of
// `consumed_at` happens at line 142", as meeting notes and walkthroughs say it: "at" or "on" line N)
const LINE_LATER_IN_SENTENCE = /\((?:(?:around|near|about|at|on|see)\s+)?lines?\s+(\d{1,6})(?:\s*[-–]\s*(\d{1,6}))?\)|\b(?:at|on)\s+line\s+(\d{1,6})\b(?![.,]\d|\s+(?:of|in)\b)/i;
export function lineOfLocations(raw: string): Location[] {
  const out: Location[] = [];
  for (const m of allMatches(raw, /\blines?\s+(\d+)(?:\s*[-–]\s*(\d+))?\s+(?:of|in)\s+`?([\w@.+~/\\-]+\.\w+)`?/gi)) {
    const l = parseLocations(m[3]);
    if (l.length) addLocations(out, [{ path: l[0].path, startLine: Number(m[1]), endLine: Number(m[2] ?? m[1]) }]);
  }
  // "`features/collections.py` at line 41", "`features/geo.py`, line 12", "`a/b.c` (lines 40-52)", "In `route53.tf`
  // around line 12": the file in code, then its line in words (of a few languages: "`x.php`, rida 41", "`y.py`, riga 12")
  // (Convention: the repository the file is in named between them, "`.github/workflows/preview.yml` in `booking-web`,
  // line 18", as reviews of many repositories write it: the line is still the file's)
  if (raw.includes('`')) {
    for (const m of allMatches(raw, CODE_THEN_LINE_WORD)) {
      const l = parseLocations(m[1]);
      if (l.length && l[0].startLine == null) addLocations(out, [{ path: l[0].path, startLine: Number(m[2]), endLine: Number(m[3] ?? m[2]) }]);
    }
  }
  // Convention: GitHub's anchor of a review comment after its file, "`src/a.ts` — Comment on lines +52 to +57",
  // "`b.py` · Comment on line +9", as review threads copied from a pull request open: the anchor is the
  // file's lines ("+" a line the change adds, "-" one it removes)
  if (raw.includes('omment on')) {
    for (const m of allMatches(raw, FILE_THEN_COMMENT_ON)) {
      const l = parseLocations(m[1]);
      if (l.length && l[0].startLine == null) addLocations(out, [{ path: l[0].path, startLine: Number(m[2]), endLine: Number(m[3] ?? m[2]) }]);
    }
  }
  // Convention: a file named in a sentence and its line given later in brackets, "The sessioniser in
  // `jobs/telemetry/sessionise.py` closes every open trip at 00:00 UTC (around line 212)", "the model
  // `models/billing/trip_summary.sql` subtracts … (lines 88–97)": where the sentence names one file with a
  // folder before the bracket, the bracket is a line of that file
  if (raw.includes('`') && raw.includes('line')) {
    for (const sentence of raw.replace(/\s+/g, ' ').split(LINE_OF_LOCATIONS_RE)) {
      const br = LINE_LATER_IN_SENTENCE.exec(sentence);
      if (!br) continue;
      const paths = new Set(allMatches(sentence.slice(0, br.index), /`([\w@.+~-]+(?:\/[\w@.+~-]+)+\.\w{1,10})`/g).map((m) => m[1]));
      if (paths.size !== 1 || /`[\w@.+~-]+(?:\/[\w@.+~-]+)+\.\w{1,10}`/.test(sentence.slice(br.index))) continue;
      const l = parseLocations([...paths][0]);
      const at = Number(br[1] ?? br[3]);
      if (l.length && l[0].startLine == null) addLocations(out, [{ path: l[0].path, startLine: at, endLine: br[2] ? Number(br[2]) : at }]);
    }
  }
  // ("`web/src/Confirm.tsx` の 88 行目", "`a.go` 第 12 行", "`b.kt` 40행": the line after the file, in Japanese,
  // Chinese and Korean)
  if (raw.includes('`') && /行|행|줄/u.test(raw)) {
    for (const m of allMatches(raw, /`([\w@.+~/\\-]{1,200}\.\w{1,10})`\s{0,3}(?:の|的)?\s{0,3}(?:第\s*)?(\d{1,6})\s*(?:行目?|행|번째 줄|번 줄)/gu)) {
      const l = parseLocations(m[1]);
      if (l.length && l[0].startLine == null) addLocations(out, [{ path: l[0].path, startLine: Number(m[2]), endLine: Number(m[2]) }]);
    }
  }
  return out;
}

// (every span read in turn, short ones too, "on `/` is … `src/a.tsx:23`": a span too short to be a file, matched
// for its backticks only, keeps the next ones paired right)
const IN_GLOB_SPAN = /\b(?:in|under|across)\s+`((?:[\w@.+~-]+\/)+\*\.\w{1,10})`/;
const CODE_AND_AFTER = /`([^`\n]{1,200})`([^`\n]{0,24}(?:(?<=\d)\d+)?)/g;
/** a location prose names that is taken: in a folder, with a line, or on a share (a function of its own: the loader
 * names a closure made inside proseLocations on every call) */
function taken(l: Location): boolean {
  return l.path.includes('/') || l.startLine != null || l.path.startsWith('\\\\');
}
export function proseLocations(raw: string): Location[] {
  const out: Location[] = [];
  addLocations(out, permalinkLocations(raw));
  addLocations(out, lineOfLocations(raw));
  // (Convention: a Windows estate's review names a file by its share path, "`\\corp.local\SYSVOL\…\Groups.xml`": its
  // folders are written with backslashes, and it is as much a place as a path with slashes)
  // Convention: a smart-contract audit names the function in code and its place in brackets after it, "`Vault::setFee`
  // (src/Vault.sol#L251)": the text read after the code ends where a number ends, never inside it (not line 25)
  for (const m of allMatches(raw, CODE_AND_AFTER)) if (m[1].length >= 3) addLocations(out, parseLocations(m[1] + m[2]).filter(taken));
  // "`package-lock.json` resolves …": a file named alone in code, when nothing better is named
  if (!out.length) for (const m of allMatches(raw, /`([\w@.+-]+\.\w{1,10})`/g)) addLocations(out, parseLocations(m[1]));
  const plain = raw.replace(/`[^`\n]*`/g, ' ').replace(/\]\([^)]*\)/g, ']');
  addLocations(out, parseLocations(plain).filter((l) => /\.\w+$/.test(l.path) && taken(l)));
  // Convention: prose placing the finding in every file of a kind in one folder, "37 of 74 rules in
  // `ops/alerts/*.yaml` target …", "the handlers under `api/routes/*.ts`": the folder's files are the place, as
  // in a Where field; only when nothing more precise is named ("Upload `out/*.yaml`" stays a pattern)
  if (!out.length && raw.includes('/*.')) {
    const g = IN_GLOB_SPAN.exec(raw);
    if (g) addLocations(out, parseLocations(g[1], true));
  }
  // prose names files in passing; one given with its line is where the finding is
  return out.sort((a, b) => Number(b.startLine != null) - Number(a.startLine != null));
}

export function linkLocations(raw: string): Location[] {
  if (!raw.includes('](')) return [];
  const out: Location[] = [];
  // bounded: on crafted text, an unclosed "](" run must not make the match quadratic
  for (const m of allMatches(raw, /\]\(([^)\s]{1,512})\)/g)) {
    if (/^https?:/i.test(m[1])) out.push(...permalinkLocations(m[1]));
    else if (!/^(mailto:|#)/i.test(m[1])) out.push(...parseLocations(m[1]));
  }
  return out;
}

/** A heading record's place: its parent section and its index among that section's sub-headings. */
export function headingPlace(lines: LineIndex, s: Section) {
  return recordPlace(lines, s.parent, s.parent ? s.parent.children.indexOf(s) : null);
}

/** "`CVSS:3.1/AV:N/…`" in a finding's own text with no score or severity given: its base score's band. */
function saidSeverity(s: Section, said: string): { sev: Severity; text: string } | null {
  const sev = schemeSeverity(s, said) ?? factSeverity(said);
  return sev ? { sev, text: said } : null;
}

function vectorSeverity(text: string, s: Section): { sev: Severity; text: string } | null {
  return cvssVectorSeverity(text.slice(s.contentStart, Math.min(s.end, s.contentStart + 4000)));
}

/** "**Rating:** Grave": a severity field in the report's own words, kept until its legend is read. */
function unratedSeverityField(facts: { kind: string | null; key: string; value: string }[]): string | null {
  for (const f of facts) if (f.kind === 'severity') {
    // ("DREAD: D6 R7 E5 A6 D5 → 5.8": a composite score's bare result, read through the report's bands)
    // ("**Risk rating:** L2": a code of the report's own scale, its legend "L2 — High" says how severe)
    const w = ownRatingWord(f.value) ?? ownRatingCode(f.value) ?? levelNumber(f.value) ?? ((f.value.includes('→') || f.value.includes('->')) ? DERIVED_SCORE.exec(plainInline(f.value))?.[1] : null);
    if (w) return w;
  }
  // Convention: an inspection's observation fields give its classification code under "Code", "**Code:** C2",
  // "Classification code: FI" (BS 7671's C1/C2/C3/FI and the like): the code is the rating, its legend says how
  // severe (a code's value is capitals and a level number, never code itself)
  for (const f of facts) if (CODE_KEY.test(f.key.trim())) {
    const w = plainInline(f.value).trim();
    if (CLASS_CODE.test(w)) return w;
  }
  // ("Class: I (Jira: Critical)": a grade of the report's own scale, its legend says how severe)
  for (const f of facts) if (f.kind === 'category' && GRADE_KEY.test(f.key.trim())) {
    const v = f.value.replace(/\s*\([^()]*\)\s*$/, '');
    // ("Class: Level 1": a numbered grade of the report's scale, its legend "Level 1 = Critical" says how severe)
    const w = ownRatingWord(v) ?? NUMBERED_GRADE_VALUE.exec(plainInline(v).trim())?.[0];
    if (w) return w;
  }
  return null;
}

const GRADE_KEY = new RegExp(`^${GRADE_SCALE}$`, 'i');
const NUMBERED_GRADE_VALUE = new RegExp(String.raw`^${GRADE_SCALE}\s+[0-9]$`, 'i');
/** "Code", "Classification code", "Observation code": the key an inspection gives its classification code under */
const CODE_KEY = /^(?:(?:classification|observation|defect|inspection) )?code$/i;
/** "C1", "FI", "NCS": a classification code, capitals and at most two digits */
const CLASS_CODE = /^\p{Lu}{1,3}\d{0,2}$/u;
/** a field's whole value set as inline code, "`3F9A1C7E`" (draftFinding's Id field) */
const TICKED_VALUE = /^`([^`\n]+)`$/;
const RESOLUTION_KEY = /^(?:resolution|reason|close reason|closed reason)$/i;
const CLOSING_REASONS: ReadonlySet<Status> = new Set<Status>(['duplicate', 'wont_fix', 'false_positive']);

/**
 * Convention: a tracker's closed state and the resolution field beside it (Jira's "Status: Closed · Resolution:
 * Duplicate", Azure DevOps' "State: Closed  Reason: As Designed", Bugzilla's RESOLVED with its resolution): the
 * state only says the ticket is closed, the resolution says why, and a duplicate, a decision not to fix or a
 * report that does not hold is the finding's state ("Resolution: Fixed" or "Reason: Verified" changes nothing).
 */
function closedWithReason(facts: Fact[], st: Status | null): Status | null {
  if (st !== 'fixed') return st;
  const reason = facts.find((f) => f.kind === 'status' && RESOLUTION_KEY.test(f.key.trim()));
  const why = reason ? statusFromText(reason.value) : null;
  return why && CLOSING_REASONS.has(why) ? why : st;
}

/**
 * A rating in the report's own words, to read through its legend ("Grave", "Significant"; "🟥 A": a
 * mark and a letter grade, kept as the letter), or null when the value is not one word or phrase.
 */
/** "Risk: 3": a level of the report's numbered scale, read through its key ("| 3 | High — … |") */
// (Convention: a tool's numeric priority of up to three digits, "Priority: 55" on sp_Blitz's 1–250 or a scanner's
// 1–400, bucketed by the report's legend, "Priority 51–150 → Medium" (scanScoreBands): read through the same key)
const LEVEL_NUMBER = /^\W*\d{1,3}\W*$/;
export function levelNumber(v: string): string | null {
  return LEVEL_NUMBER.test(v) ? v.replace(/\D/g, '') : null;
}

const OWN_RATING_WORD_RE = /^[\p{L}][\p{L} -]{0,40}$/u;
const OWN_RATING_WORD_RE2 = /^\p{Lu}$/u;
export function ownRatingWord(value: string): string | null {
  const w = plainInline(value).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  return OWN_RATING_WORD_RE.test(w) && (w.length > 1 || OWN_RATING_WORD_RE2.test(w)) ? w : null;
}

const OWN_RATING_CODE_RE = /^\p{Lu}{1,3}\d{1,2}$/u;
/**
 * Convention: a rating field whose value is a code of the report's own scale, capital letters and a level
 * number ("Risk: **R2**", "Áhætta: **Þ1**"), read through its legend ("**R2** — medium risk: …").
 */
export function ownRatingCode(value: string): string | null {
  const w = plainInline(value).replace(/\s+/g, ' ').trim();
  return OWN_RATING_CODE_RE.test(w) ? w : null;
}

/** The key of a priority field ("Priority", "Prioridad", "Prioriteit"), which ranks work rather than rating harm. */
// (an "Urgency" field line ranks work as a Priority does: a Severity field beside it rates the finding)
export const PRIORITY_KEY = /^\W*(?:priorit|urgency)/i;
/** Convention: a risk register rates each risk before its measures ("Inherent: L3 × S4 = 12, Very high") and after
 * them ("Residual risk: Low"): the inherent rating is the risk's when no residual rating is read beside it */
export const INHERENT_KEY = /^\W*inherent(?![\p{L}])/iu;
const CVSS_KEY = /^\W*cvss(?![\p{L}])/iu;

/** "🟠 Amber", "Red": a RAG colour alone, a scorecard's rating of an area */
const RAG_COLOUR = /^[^\p{L}\p{N}]*(?:red|amber|green|yellow|orange)[^\p{L}\p{N}]*$/iu;
/**
 * Convention: a production readiness review's findings carry a priority the legend keys to levels ("**P1** =
 * critical …, **P3** = low (hygiene), **Obs** = observation") beside the RAG colour of the area they are in
 * ("**Priority:** P3 · **RAG:** 🟠 Amber"): the priority the legend keys rates the finding, not the colour (nor the
 * usual reading of "P1"); where no other field rates it, so does a keyed tier ("**Priority:** Obs").
 */
function keyedPriority(s: Section, facts: Fact[], sevF: Fact | null | undefined): { fact: Fact; sev: Severity } | null {
  if (sevF && !PRIORITY_KEY.test(sevF.key) && !RAG_COLOUR.test(sevF.value)) return null;
  for (const f of facts) {
    if (f.kind !== 'severity' || !PRIORITY_KEY.test(f.key)) continue;
    const v = f.value.replace(/\*\*|__|`/g, '').trim();
    // (a survey's "Priority: 3 — Intermediate" under a legend keying "Priority 1" … "Priority 4": the number is the level)
    const n = PRIORITY_LEVEL_NUMBER.exec(v)?.[1];
    const sev = (f.value.length <= 16 ? schemeSeverity(s, v) : null) ?? (n ? schemeSeverity(s, `priority ${n}`) : null);
    if (sev) return { fact: f, sev };
  }
  return null;
}
/** "3 — Intermediate", "2 — Serious (raised from 3)", "4": a priority's number on the report's scale, its name after */
const PRIORITY_LEVEL_NUMBER = /^([0-9])(?:\s*[—–:-]\s+\p{L}|$)/u;
