// Markdown audit report -> ParsedReport. Parses once with remark (long texts in pieces cut at safe
// block boundaries, joined into one tree with whole-text positions: chunks.ts), walks the top-level
// blocks once, and classifies sections by structure (ids, severity, location/status facts, finding
// parts). The extractor reads Markdown source by node offsets (links, code spans, facts), never link
// URLs resolved through definitions; chunks.ts still resolves definitions across pieces.
import { outlineSections } from './outline';
import { isRoute, parseLocations } from './locations';
import type { List, Root, RootContent, Table } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { ParseError, type Claims, type FixOrderStep, type ParsedChecklist, type ParsedFinding, type ParsedReport, type Severity, type Status } from '../../../shared/types';
import { repairMojibake } from '../mojibake';
import { blockedTitle, classifySections, trackingBug, fixOrderTitle, headingGroupSeverity, inFixOrder, isFixOrderTitle, insideFinding, orderQualifiedTitle, severityGroupTitle } from './classify';
import { categoryTitle, cellText, UPDATE_TITLE, familyList, familyTail, FAMILY_LIST_RE, findingFromSection, headingPlace, itemText, proseLocations, routeInProse, type Draft } from './draft';
import { spreadsheetTables } from './spreadsheet';
import { ACTION_ITEMS_HEADING, countsTable, levelTable, markRankTable, schemeTable, tableMentions } from './mentions';
import { countedLeadContext, lineComments, listLabel, listRecords, paragraphRecords, patchReviewRecords, requestRecords, propertyTableHead, propertyTableRecords, ratedParagraphs, sectionContext, yamlRecords, type RecordContext } from './records';
import { Explain, type LineIndex, type Rejected } from './explain';
import { finishFindings, mergeDrafts, titleKey } from './merge';
import { batchSteps, checklistOf, citedActionsList, coveredSteps, coversNone, fixOrderSteps, GATE, labelledFixOrder, labelledIdSteps, labelledListSteps, nestedChecklists, orderChainStep, quotedChecklists, orderedIntro, thenSentenceSteps, periodLabelledPlan, PLAN_TITLE, stepHeadedPlan, stepLabelledPlan, planListSteps, planPartsSteps, refsIn, timedStageSteps } from './plan';
import { parseEffort } from './effort';
import { contestSeverity, plainInline } from './heading';
import { actionCodeTable, codeLevelLines, codeTallyCounts, countedSeverity, titleCount, frontMatter, newReportFacts, parseDate, resolveCountClauses, resolveGradeScale, resolveMarkRuns, resolveNumberedScale, resolveTierLegend, scanCountClauses, scanGateLine, statesGate, scanBracketLegend, scanLegendLine, scanLegendEntry, scanLevelRun, scanMarkedAs, scanInlineKeyBelowLow, scanAbbreviations, scanScoreBands, scanBlockMark, scanBlockLabel, labelLegendRow, gateColumnTable, markLegendTable, minorLegendTable, impactScaleTable, riskEstimatorTable, awaitingCells, markedCountTable, gradeLegendTable, inspectionRatingTable, conditionRatingTable, ragLegendTable, priorityCodeTable, regulatorLevelTable, foodCodeLegendTable, scanRegulatorLevelList, scanAuditGradeList, resolveRegulatorLevels, timescaleTable, boardLabelLegend, labelPriorityTable, commentLabelTable, scanFollowUpRefs, scanReportLine, scanIdNote, addIdNote, extendIdNote, scanBoldIdLegend, scanRespectively, scanBracketCodeList, scanHazardCodeList, scanHazardCodeRun, scanGradeLadderList, scanReleaseTriageLadder, scanMarkUrgencyList, scanFiveLevelList, scanFourRatingList, scanTimescaleList, scanOwnScaleList, italianPluralSchemeWord, type ReportFacts } from './report-facts';
import { overlap, sharedWords, wordSet } from './match';
import { buildSections, cellSource, factsFromLine, gradeSeriesIds, narrow, src, WIDE_CHAR, type Section } from './sections';
import { parseChunked } from './chunks';
import { oneSidedBounds } from './bounds';
import { guardMarkdown } from './guards';
import { rstAutoEnumerated, rstListTables, confluenceMarkup, dataviewFields, escapedListMarkers, logseqOutline, definitionLists, directiveBlocks, htmlTables, mkdocsBlocks, obsidianCallouts, pandocTables, emojiShortcodes, githubAlerts, htmlBlocksToMarkdown, outlineMarkers, setextHeadings, spaceHeadingHashes, wikiLinks } from './normalize';
import { BLOCK_WORD, CATEGORY_ITEM_ID, CATEGORY_ITEM_IN, UNIT_ITEM_ID, UNIT_ITEM_IN, blocksStatement, EMOJI_RE, FINDING_NOUN, GRADE_SCALE, isGenericTitle, isPartTitle, REF_HASH, severityFromValue, statusFromText, yesNo } from './vocab';
import { statusSentence } from './status';
import { setScheme } from './scheme';
import { yamlCounts, yamlRecordMaps } from './yaml';
import { clearMemos } from './memo';
import { allMatches } from './all-matches';
import { unmarked } from './unmarked';

/** the end of a paragraph's opening sentence */
const SENTENCE_END = /[.!?](?=\s|$)/;
/** "Nit", "**nitpick**": a severity field's word for a review's nit */
const NIT_GRADE = /^\W*nit(?:pick)?s?\W*$/i;
/** "… (Note)", "… (Advisory)": the lowest grade closing a title in brackets */
const BRACKET_NOTE_GRADE = /\s+\((note|advisory)\)$/i;
/** "Finding 5", "Issue 12", "Observation 3": an id that is a finding's noun and its number; the number */
const NUMBERED_NOUN_REF = /^(?:finding|issue|observation|problem|item|bug)\s+(\d{1,3})$/i;
// a vulnerability id in a write-up's heading, "CVE-2024-37371", "GHSA-xxxx-…" excluded: CVE-style ids with a year
const WRITE_UP_ID = /^[A-Z]{2,10}-\d{4}-\d{3,7}$/;
const WRITE_UP_IDS = /(?<![\w-])[A-Z]{2,10}-\d{4}-\d{3,7}(?![\w-])/g;
/** "EC-3 ISA-F-02 …", "**AC-2** NC-4 …": a gate item's own number before the id of a finding it is about */
const GATE_ITEM_NUMBER = /^(?:\*\*|__)?([A-Z]{1,4}-?\d{1,3})(?:\*\*|__)?[.:)]?\s+(?=(?:\*\*|__|`)?[A-Z][A-Z0-9]{0,9}(?:-[A-Z][A-Z0-9]{0,8})?-[A-Z]{0,3}\d)/;
/**
 * GFM as remark-gfm reads it (tables, footnotes, strikethrough, task items) without its literal
 * autolinks ("www.x.org", bare URLs and e-mail addresses made into link nodes). The extractor reads
 * a paragraph's inline text from its source (links, code spans and facts by regex over the node's
 * offsets), never from link nodes made of bare URLs, so those links change no extraction (checked:
 * every Markdown input in the repository and ../shared extracts byte for byte the same), while
 * finding them is about a third of remark's parse (micromark's tokenizer tries them at every word,
 * and an mdast transform searches every text node again).
 */
function gfmWithoutLiteralLinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const processor = unified().use(remarkParse).use(gfmWithoutLiteralLinks).use(remarkFrontmatter, ['yaml', 'toml']);

/** remark's parse of the whole text in one go (the benchmark's floor; superlinear on long texts). */
export function parseMdastWhole(text: string): Root {
  return processor.parse(text) as Root;
}

/**
 * Parses Markdown text with the same remark setup as parseMarkdown: long texts in pieces cut at safe
 * block boundaries (see chunks.ts), giving the same tree with whole-text positions.
 */
export function parseMdast(text: string, stats?: { pieces: number; reparsed: number }, target?: number): Root {
  return parseChunked(text, parseMdastWhole, target === undefined ? { stats } : { stats, target, minText: 0 });
}

export interface MarkdownOptions {
  /** parse with remark in one go instead of in pieces (slow on long texts; for tests) */
  whole?: boolean;
  /** size of the pieces (characters; for tests) */
  chunkTarget?: number;
}

function emptyReport(): ParsedReport {
  return {
    report: { title: null, date: null, format: 'markdown', repairs: [], claims: null, effortBySeverity: null },
    findings: [],
    checklists: [],
    fixOrder: [],
  };
}

/**
 * Markdown text -> ParsedReport. A failure inside the extractor is a ParseError naming the file
 * (when given), the step and the section it was reading — never an empty report, which would be
 * stored as "0 findings" and look like a successful ingest.
 */
const RAISED_AS = /[;,.:—–(]\s*(?:now\s+)?(?:raised|filed|logged|tracked|opened|reported)\s+as\s+(?:finding\s+|issue\s+)?[`*_]*([A-Z][A-Z0-9]{0,9}-\d{1,6})[`*_]*\W*$/;
export function parseMarkdown(text: string, fileName?: string): ParsedReport {
  return parseMarkdownWith(text, {}, fileName);
}

/** "**Verdict:** ", "Rating: ": a field's label before its value, bold or plain */
const MARK_FIELD_LABEL = /^(?:\*\*|__)?\p{L}[\p{L} ]{1,23}:(?:\*\*|__)?\s+/u;

export function parseMarkdownWith(text: string, opts: MarkdownOptions, fileName?: string, out?: { explain?: Explain }): ParsedReport {
  const at: Progress = { step: 'reading the text', offset: null, text: '' };
  try {
    return parseInner(typeof text === 'string' ? text : String(text ?? ''), opts, at, out);
  } catch (e) {
    throw internalFailure(e, at, fileName);
  }
}

/** The report and what the extractor can say about it: the candidates it rejected, and why. */
export function explainMarkdown(text: string, fileName?: string): { report: ParsedReport; rejected: Rejected[] } {
  const out: { explain?: Explain } = {};
  const report = parseMarkdownWith(text, {}, fileName, out);
  return { report, rejected: out.explain?.rejected ?? [] };
}

/** Where the extractor was when it failed (for the error message). */
interface Progress {
  step: string;
  /** offset of the section being read in `text` */
  offset: number | null;
  text: string;
}

/** "| Minor | 4 |" … "| **Total** | **10** |": a table whose cells after the first column are all counts */
function countColumns(text: string, table: Table): boolean {
  const body = table.children.slice(1);
  return body.length >= 2 && body.every((r) => r.children.length >= 2 && r.children.slice(1).every((c) => /^[*_\s]*\d{1,5}[*_\s]*$/.test(cellText(text, c))));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

function internalFailure(e: unknown, at: Progress, fileName: string | undefined): ParseError {
  if (e instanceof ParseError) return e;
  const where = at.offset === null ? null : `line ${lineOf(at.text, at.offset)}`;
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);
  const why =
    e instanceof RangeError && /call stack/i.test(msg)
      ? `the document is nested too deeply to read (${msg})`
      : `internal error (${e instanceof Error ? e.name : typeof e}: ${msg})`;
  const place = where ? ` in the section at ${where}` : '';
  return new ParseError(`${fileName ? `${fileName}: ` : ''}Markdown: ${why} while ${at.step}${place}`, 'markdown', where);
}

const PARSE_INNER_RE = /\p{Extended_Pictographic}/u;
const LEAD_ID_RE = /^\s*(?:\*\*|__)(\p{Lu}[\p{Lu}\d]{0,9}-\d{1,5})\b/u;
const PARSE_INNER_RE3 = /[^\p{L}\p{N} -]+/gu;
const PARSE_INNER_RE4 = /^(?:[6-9]|\d{2,4})\s+(?:-\s*)?(\p{L}.*)$/u;
/** "s4 severe  interruption of …": an S level opening a rating, lower-cased, marks stripped */
const S_LEVEL_LEAD = /^(s[0-6])(?![\p{L}\p{N}])/u;
const PARSE_INNER_RE5 = /^([\p{L}][\p{L}'-]{1,20})\s+[—–:-]\s+(\S.{3,})$/u;
const PARSE_INNER_RE6 = /^\p{L}+$/u;
/** "### SEC-05 — Title 🟡": the mark closing a heading's line */
const HEADING_END_MARK = /(\p{Extended_Pictographic})\uFE0F?[ \t]*$/u;
/**
 * Convention: a report whose one-line legend gives its marks states, not levels ("Legend: ✅ fixed in this
 * session · 🟡 partially fixed · ⏳ open"), each finding's heading closed by one ("### SEC-05 — SSRF … 🟡"): the
 * mark is where that finding stands, above what other sentences say of it, and rates nothing (🟡 is no
 * medium here). The legend is read by report-facts.ts (legendRow).
 */
// (Convention: an agent's findings as bullets, each opened by the legend's mark of where it stands, "- 🚧 **B4 ·
// Title** — `path:88`" under "🚧 = WIP": the mark leading the item is its state, as one closing a heading is)
const ITEM_LEAD_MARK = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:~~)?(\p{Extended_Pictographic})/u;
function headingStateMarks(text: string, merged: Draft[], marks: Map<string, Status>): void {
  for (const d of merged) {
    const kind = d.prov?.kind;
    if (kind !== 'heading' && kind !== 'item') continue;
    const from = kind === 'item' ? text.lastIndexOf('\n', d.start) + 1 : d.start;
    const eol = text.indexOf('\n', d.start);
    const line = text.slice(from, eol < 0 ? Math.min(text.length, from + 400) : Math.min(eol, from + 400));
    const m = kind === 'item' ? ITEM_LEAD_MARK.exec(line) : HEADING_END_MARK.exec(line);
    const state = m ? marks.get(m[1]) : undefined;
    if (!state) continue;
    d.statusOwn = state;
    const mark = (v: { text: string } | null) => !!v && v.text.replace(/\uFE0F/g, '').trim() === m![1];
    if (mark(d.sevHeading)) d.sevHeading = null;
    if (mark(d.sevMention)) d.sevMention = null;
    if (mark(d.sevFact)) d.sevFact = null;
  }
}

function parseInner(input: string, opts: MarkdownOptions, at: Progress, out?: { explain?: Explain }): ParsedReport {
  clearMemos();
  const report = emptyReport();
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  at.step = 'repairing the encoding';
  const rep = repairMojibake(text);
  text = rep.text;
  at.text = text;
  report.report.repairs = rep.repairs;
  at.step = 'checking for crafted nesting';
  text = guardMarkdown(text).text;
  text = outlineMarkers(definitionLists(htmlBlocksToMarkdown(spaceHeadingHashes(escapedListMarkers(emojiShortcodes(githubAlerts(wikiLinks(dataviewFields(obsidianCallouts(confluenceMarkup(pandocTables(rstListTables(htmlTables(directiveBlocks(mkdocsBlocks(setextHeadings(rstAutoEnumerated(logseqOutline(text)))))))))))))))))));
  at.text = text;

  at.step = 'parsing the Markdown';
  const root = opts.whole ? parseMdastWhole(text) : parseMdast(text, undefined, opts.chunkTarget);
  at.step = 'splitting it into sections';
  outlineSections(text, root);
  spreadsheetTables(text, root);
  const sections = buildSections(text, root);
  const top = sections[0];
  at.step = 'reading the title and date';

  // ---- front matter, title, date
  const fmNode = root.children.find((n) => n.type === 'yaml' || (n.type as string) === 'toml') as { value?: string } | undefined;
  const fm = fmNode?.value ? frontMatter(fmNode.value) : {};
  const firstH1 = sections.find((s) => s.depth === 1);
  const firstHeading = sections[1];
  // "**Bug bash — Stride 7.3 RC2, 14 March**" as the first line of a report without headings before it: its title
  const first = top.blocks[0];
  const boldTitle = first && first.type === 'paragraph' && first === root.children.find((n) => n.type !== 'yaml' && (n.type as string) !== 'toml') && /^(?:\*\*|__)[^*_\n]+(?:\*\*|__)$/.test(src(text, first).trim()) ? first : null;
  report.report.title = fm.title || (firstH1 ?? firstHeading)?.h.text || (boldTitle ? plainInline(src(text, boldTitle)).trim() : null) || null;
  report.report.date = parseDate(fm.date ?? '') ?? parseDate(fm.created ?? '') ?? parseDate(fm.updated ?? '') ?? null;

  // ---- the report's own legend of severity words, read before anything that rates or counts by them
  at.step = 'reading the report\u2019s legend';
  const rf = newReportFacts();
  const legendTables: RootContent[] = [];
  const keyTables = new Set<RootContent>();
  for (const s of sections) for (const b of s.blocks) if (b.type === 'table') {
    const scheme = schemeTable(text, b) ?? markRankTable(text, b);
    if (scheme || levelTable(text, b)) legendTables.push(b);
    // ("| `prio/urgent` | … blocks every release |": the report's scoped labels explained)
    if (b.children.length <= 13) for (const r of b.children.slice(1)) labelLegendRow(r.children.map((c) => cellText(text, c)), rf);
    // ("| Priority | Count | Blocks merge? |": each level's answer)
    let minorOwn: [string, Severity] | undefined;
    // ("| SF-06 | … | Open — awaiting SF-05 |": a row's status that names the finding it waits for)
    if (b.children.length <= 200 && b.children[0]?.children.length > 2 && AWAIT_WORD.test(src(text, b))) awaitingCells(b.children.slice(1).map((r) => r.children.map((c) => cellText(text, c))), rf);
    if (b.children.length <= 9) {
      const cells = b.children.map((r) => r.children.map((c) => cellText(text, c)));
      if (b.children.length <= 8) gateColumnTable(cells, rf);
      // ("| Mark | Meaning |" over "| ❌ | … Launch blocker. |": the marks' legend, tabled)
      markLegendTable(cells, rf);
      // ("| Label | Meaning |" over "| 🟡 Minor | Low impact, cleanup-level correctness. |": a review's legend, tabled)
      minorOwn = minorLegendTable(cells, rf);
      // ("| Impact | Meaning |" over "| Serious | … |", "| Moderate | … |", "| Minor | … |": the axe impact scale, tabled)
      impactScaleTable(cells, rf);
      // ("| Risk level | Action |" over "| Trivial | No action required. |", "| Tolerable | … |": the HSE estimator's levels)
      riskEstimatorTable(cells, rf);
      // ("| Severity | Count |" over "| 🔵 Low | 1 |": the marks of a summary's counts, each its row's level)
      markedCountTable(cells, rf);
      // ("| Priority | Meaning |" over "| **A** | Must fix before handover. |": a letter scale's legend, tabled)
      gradeLegendTable(cells, rf);
      // ("| Label | Meaning |" over "| **SAFETY HAZARD** | … |": a home inspection's rating labels)
      inspectionRatingTable(cells, rf);
      // ("| Rating | Meaning |" over "| **3** | Defects that are serious … |" … "| **1** | No repair is currently needed. |")
      conditionRatingTable(cells, rf);
      // ("| Rating | Meaning | Required action |" over "| **RED** — … | … | Offload immediately |": a traffic-light legend)
      ragLegendTable(cells, rf);
      // ("| Code | Meaning | Timescale |" over "| P1 | Immediate — … | 7 days |", "| ADV | Advisory — … |": a priority-code legend)
      priorityCodeTable(cells, rf);
      // ("| Grade | Meaning |" over "| Level 1 | Significant non-compliance … |", "| Observation | … |": a Part-145 audit's levels)
      regulatorLevelTable(cells, rf);
      // ("| Classification | Meaning |" over "| **Priority (P)** | … |", "| **Core (C)** | … |": the FDA Food Code's item
      // classes, a key whose rows are no findings)
      if (foodCodeLegendTable(cells, rf)) keyTables.add(b);
      // ("| Timescale | Number of items |" over "| Immediate action | 5 |", "| Within 14 days | 4 |": an inspection's action timescales)
      timescaleTable(cells, rf);
      // ("| Label | Priority | Meaning |" over "| **must fix** | P1 | … Blocks merge. |": a review guide's labels keyed to priorities)
      labelPriorityTable(cells, rf);
      // ("| Label | Meaning |" over "| 🔴 **blocking** | Must be addressed before this merges. |": a review's labels, tabled)
      commentLabelTable(cells, rf);
    }
    // ("| Code | Action taken |" over "| 30 | Ground for detention |": an inspection's action codes)
    if (b.children.length <= 41 && b.children[0]?.children.length === 2) actionCodeTable(b.children.map((r) => r.children.map((c) => cellText(text, c))), rf);
    // ("| Colour | Label | Meaning |" over "| 🔴 red | Sev 1 – Blocker | … |": a board export's label legend)
    if (b.children.length <= 21) boardLabelLegend(b.children.map((r) => r.children.map((c) => cellText(text, c))), rf);
    // Convention: a summary's count table by grade ("| Grade | Number raised |" over "| Minor | 4 |") after the
    // legend that defines the grades: the legend's definitions rate the words; the count table, whose scale is
    // only guessed from its order, fills in words no legend named
    const counts = scheme !== null && rf.scheme.size > 0 && countColumns(text, b);
    for (const [w, sev] of scheme ?? []) {
      if (counts && rf.scheme.has(w)) continue;
      if (!PARSE_INNER_RE.test(w)) rf.scheme.set(w, sev);
      else (rf.emojiScheme ??= new Map()).set(w, sev);
    }
    // (the legend's own rating of its minor level, over the usual reading of the word)
    if (minorOwn) rf.scheme.set(...minorOwn);
  }
  for (const s of sections) for (const b of s.blocks) {
    if (b.type === 'paragraph' || b.type === 'list' || b.type === 'blockquote') {
      visitLines(text, b, (line) => scanLegendLine(line, rf), undefined, LEGEND_HINT);
      // (entries and definitions that wrap over lines, read whole)
      visitParagraphs(text, b, (md) => {
        scanLegendEntry(md, rf);
        scanLevelRun(md, rf);
        scanBracketLegend(md, rf);
        scanAbbreviations(md, rf);
        scanScoreBands(md, rf);
        scanMarkedAs(md, rf);
        scanInlineKeyBelowLow(md, rf);
        scanFollowUpRefs(md, rf);
        // ("**Classification codes:** C1 — Danger present. … C3 — Improvement recommended.": a legend run in a paragraph)
        if (b.type === 'paragraph') scanHazardCodeRun(md, rf);
      });
    }
    if (b.type === 'list') {
      scanBracketCodeList(src(text, b), rf);
      scanHazardCodeList(src(text, b), rf);
      scanGradeLadderList(src(text, b), rf);
      scanReleaseTriageLadder(src(text, b), rf);
      scanFiveLevelList(src(text, b), rf);
      scanFourRatingList(src(text, b), rf);
      // ("- **Immediate action** — …", "- **Within 14 days / Within 28 days** — …": an inspection's key to its timescales)
      scanTimescaleList(src(text, b), rf);
      // ("- **Level 1** — significant non-compliance …", "- **Observation** — …": a Part-145 audit's levels, listed)
      scanRegulatorLevelList(src(text, b), rf);
      // ("- **Critical** — …", "- **Major** — …", "- **Minor** — …": an audit's three grades, listed)
      scanAuditGradeList(src(text, b), rf);
      scanOwnScaleList(src(text, b), s.raw, rf);
      scanMarkUrgencyList(src(text, b), rf);
      // (score bands written one a list item, "- Priority 1–10 → Critical": the list read whole)
      scanScoreBands(src(text, b), rf);
    }
    if (b.type === 'paragraph' && /respectively|in that order/i.test(src(text, b).slice(0, 3000))) scanRespectively(plainInline(src(text, b)).replace(/\s+/g, ' '), rf);
    // (a legend entry wrapped over lines: "**🚫 Deploy gate** — a 🚫 before the ID means …\nblocks deployments")
    if (b.type === 'paragraph' && src(text, b).length <= 400 && src(text, b).includes('\n')) scanBlockMark(src(text, b).replace(/\s*\n\s*/g, ' '), rf);
    if ((b.type === 'paragraph' || b.type === 'list') && /labell?ed|tagged|marked|flagged/i.test(src(text, b).slice(0, 4000))) visitLines(text, b, (line) => scanBlockLabel(line, rf));
  }
  // the report's words and marks ("| ❌ | High |"), complete once the legend is read: headings, fields
  // and table columns are rated through them
  resolveNumberedScale(rf);
  resolveRegulatorLevels(rf);
  resolveGradeScale(rf);
  resolveMarkRuns(rf);
  resolveTierLegend(rf);
  // (and the levels the legend pairs with its priorities, "**P1** = critical": a field "Priority: P1" reads through them)
  const paired = [...(rf.pairedP ?? [])].filter((e): e is [string, Severity] => !!e[1] && !rf.scheme.has(e[0]));
  const marks = rf.emojiScheme?.size || paired.length ? new Map([...paired, ...rf.scheme, ...(rf.emojiScheme ?? [])]) : rf.scheme;
  if (marks.size && top) setScheme(top, marks);
  if (rf.gradeEntries?.size) gradeSeriesIds(sections, new Set([...rf.gradeEntries.keys()].filter((g) => rf.scheme.has(g))));

  // ---- classify sections, children before parents
  at.step = 'classifying the sections';
  const docTitle = firstH1 && sections.filter((x) => x.depth === 1).length === 1 ? firstH1 : null;
  if (docTitle) docTitle.docTitle = true;
  classifySections(sections, docTitle);

  // ---- findings from sections
  const drafts: Draft[] = [];
  // Convention: a report exported from Word puts its chapters at the top level, numbered ("# 4. Findings
  // Summary", "# 5. Detailed Findings"): chapters of one report, whose summary table and detailed sections
  // name the same findings, not reports pasted one after another (each "# ZAP Scanning Report" a scope)
  const chapterNos = sections.filter((x) => x.depth === 1).map((x) => /^\s*(\d{1,2})\.?\s/.exec(x.h.text)?.[1]).filter((n): n is string => !!n).map(Number);
  // (and so are unnumbered chapters whose titles differ, "# Issues overview", "# Issues in detail", "# Appendix –
  // Documents read": reports pasted one after another repeat their title, "# ZAP Scanning Report")
  const tops = sections.filter((x) => x.depth === 1 && x !== docTitle).map((x) => plainTitleWords(x.h.text));
  const chaptered = (chapterNos.length >= 2 && chapterNos.every((n, i) => i === 0 || n > chapterNos[i - 1])) || (tops.length >= 3 && new Set(tops).size === tops.length);
  const scopeOf = (s: Section): number => {
    if (chaptered) return 0;
    let a: Section = s;
    while (a.parent && a.parent.depth > 0 && a.parent !== docTitle) a = a.parent;
    return a.depth === 1 && a !== docTitle ? a.start : 0;
  };
  at.step = 'reading a finding';
  const explain = new Explain(text, !!out);
  if (out) out.explain = explain;
  const rctx: RecordContext = { text, explain, scopeOf, skip: new Set(boldTitle ? [boldTitle] : []) };
  for (const s of sections) {
    if (!s.isFinding) continue;
    at.offset = s.start;
    drafts.push(findingFromSection(text, s, docTitle, scopeOf(s), explain.lines, s.why ? [s.why] : []));
  }
  at.offset = null;
  // Convention: a single-vulnerability disclosure (a HackerOne or Bugcrowd report, a security advisory) is
  // titled by its one finding, "# IDOR in label export lets any merchant …", over a table or list of the
  // report's own fields ("| Severity | High (7.1) |", "| State | Resolved |") and sections that are parts of
  // that finding ("## Summary", "## Steps To Reproduce", "## Impact"): the title is the finding
  if (docTitle && !drafts.length && singleDisclosure(docTitle)) {
    at.offset = docTitle.start;
    const d = findingFromSection(text, docTitle, null, 0, explain.lines, ['the report\u2019s one finding, by its fields']);
    // ("**Report #2291847** · Parcelnest (Managed program) · Submitted by …": the platform's number for the report)
    for (const b of docTitle.blocks) {
      const m = !d.f.ref && b.type === 'paragraph' ? /^\W{0,4}(?:report|submission|bug|issue|ticket)\s+(#\d{2,12})\b/i.exec(plainInline(src(text, b).slice(0, 300))) : null;
      if (m) d.f.ref = m[1];
    }
    if (!d.f.locations.length) d.f.locations = routeInProse(text, docTitle);
    drafts.push(d);
    // (the byline and the fields under the title are the finding's own, no records of their own)
    for (const b of docTitle.blocks) rctx.skip.add(b);
  }
  // headings that stated finding fields but were not taken, for --explain and the import review
  if (explain.enabled) for (const s of sections) {
    if (s.depth === 0 || s.isFinding || s.hasFindingDesc || insideFinding(s) || s === docTitle) continue;
    const fields = [s.h.severity ? 'severity' : '', s.h.refKind === 'issue' ? 'id' : '', s.h.locations.length || s.facts.some((f) => f.kind === 'location') ? 'location' : '', s.facts.some((f) => f.kind === 'severity') ? 'severity field' : ''].filter(Boolean);
    if (!fields.length || !s.h.title) continue;
    const why = blockedTitle(s)
      ? 'a heading of the report\u2019s structure'
      : inFixOrder(s)
        ? 'in the report\u2019s fix order'
        : s.blocks.some((b) => b.type === 'code' && yamlRecordMaps(b).length > 0)
          ? 'the group of the YAML records under it'
          : 'not enough finding fields for a heading of its kind';
    const d = findingFromSection(text, s, docTitle, scopeOf(s), explain.lines);
    explain.reject('heading', s.start, s.end, s.h.title, why, fields, null, d.f, headingPlace(explain.lines, s));
  }

  // ---- tables and lists that name findings; checklists; fix order; report facts
  const checklists: ParsedChecklist[] = [];
  const fixOrder: FixOrderStep[] = [];
  // ordered lists outside findings: an order of work when each item opens with findings' ids
  const idLists: List[] = [];
  // numbered lists under a heading that calls them a plan or next steps
  const planLists: List[] = [];
  // the sections those lists are under, in order (planSectionStep)
  const planSections: Section[] = [];
  // lists outside findings: a schedule when its items are steps that take findings by id
  const stepLists: List[] = [];
  const mentions: Draft[] = [];
  at.step = 'reading tables, lists and checklists';
  for (const s of sections) {
    at.offset = s.start;
    const inFinding = insideFinding(s);
    let prev: RootContent | null = null;
    if (!inFinding) {
      patchReviewRecords(rctx, s.blocks, s, mentions);
      // Convention: a reply quoted in a thread that lists issues as numbered, titled and rated items ("> 1. **Stack
      // trace on malformed ID leaks …** — … I'd rate this **Low (3.1)**"): the items are findings, the reply and
      // its byline ("**h1_triage_marisol** changed the status …") are no record of their own
      for (const [i, b] of s.blocks.entries()) {
        if (b.type !== 'blockquote' || rctx.skip.has(b) || !b.children.some((q) => q.type === 'list' && q.ordered)) continue;
        const before = mentions.length;
        for (const q of b.children) if (q.type === 'list' && q.ordered) listRecords(rctx, q as List, s, mentions, null);
        if (mentions.slice(before).some((d) => d.standalone)) {
          rctx.skip.add(b);
          const prev = s.blocks[i - 1];
          if (prev?.type === 'paragraph') rctx.skip.add(prev);
        }
      }
      requestRecords(rctx, s.blocks, s, mentions);
      lineComments(rctx, s.blocks, s, mentions);
      ratedParagraphs(rctx, s.blocks, s, mentions);
      paragraphRecords(rctx, s.blocks, s, mentions);
    } else if (s.isFinding && s.h.ref && s.children.length === 0) {
      // ("#### N-04 – Title" … then "**N-05 (minor) – Title.** …", "**N-06 …**": the ids go on in bold
      // paragraphs after the last heading of the family; from the first such paragraph on, the records
      // are the paragraphs' own)
      const family = FAMILY_LIST_RE.exec(s.h.ref)?.[1];
      const leadId = (b: RootContent) => (b.type === 'paragraph' ? LEAD_ID_RE.exec(src(text, b))?.[1] : undefined);
      const at0 = family ? s.blocks.findIndex((b) => { const id = leadId(b); return !!id && id !== s.h.ref && id.startsWith(family); }) : -1;
      if (at0 > 0) paragraphRecords(rctx, s.blocks.slice(at0), s, mentions);
      // (the same ids going on as a list's bold items: each item is a finding of its own, under the part the
      // heading is in, "### 4.2 Android app", not under the heading; familyList in draft.ts)
      if (at0 < 0) for (const b of s.blocks) if (familyList(text, s, b)) listRecords(rctx, b as List, s, mentions, null, s.parent && s.parent.depth > 0 ? sectionContext(s.parent) : undefined);
      // (the family's ids going on after the heading's own detail bullets in one list: from that item on, findings)
      if (at0 < 0) {
        for (const b of s.blocks) {
          const tail = familyTail(text, s, b);
          if (tail > 0) listRecords(rctx, { ...(b as List), children: (b as List).children.slice(tail) }, s, mentions, null, s.parent && s.parent.depth > 0 ? sectionContext(s.parent) : undefined);
        }
      }
    }
    // (a paragraph under a finding, or under a heading with an id, is about that one: its mentions of others say nothing)
    let free = !inFinding;
    for (let a: Section | null = s; free && a; a = a.parent) if (a.h.ref) free = false;
    const noteOn = !inFinding && !s.isFinding ? notedRef(s) : null;
    for (let bi = 0; bi < s.blocks.length; bi++) {
      const b = s.blocks[bi];
      if (b.type === 'paragraph' || b.type === 'list' || b.type === 'blockquote') scanLines(text, b, rf, free);
      // Convention: a note on a table's row introduces the log or stack trace it quotes with a colon, "**HLT-2291
      // notes.** … Crashlytics top frame:" over a fenced "in Assets/Scripts/Match/Restorer.cs:214": the code block
      // is the note's too, so the place it names is the row's (extendIdNote)
      if (b.type === 'code' && rf.idNotes && bi > 0 && s.blocks[bi - 1].type === 'paragraph' && !inFinding) {
        const intro = src(text, s.blocks[bi - 1]).trim();
        if (intro.endsWith(':')) extendIdNote(rf, intro, src(text, b));
      }
      if (noteOn && b.type === 'paragraph') {
        addIdNote(rf, noteOn, src(text, b).trim());
        noteBlocks(rf, noteOn, src(text, b));
      }
      if (b.type === 'blockquote' && !inFinding) quotedChecklists(text, b, checklists);
      if (b.type === 'paragraph' && !inFinding && !s.isFinding && s.depth > 0 && !inFixOrder(s)) {
        const chain = orderChainStep(text, b, s.h.text);
        if (chain) fixOrder.push(chain);
        else if (!isFixOrderTitle(s)) fixOrder.push(...(thenSentenceSteps(text, b, true) ?? []));
      }
      if (b.type === 'table' && !inFinding && propertyTableHead(text, b)) propertyTableRecords(rctx, b, s, mentions);
      else if (b.type === 'table' && !keyTables.has(b) && !countsTable(text, b, rf) && !inFinding) mentions.push(...tableMentions(text, b, s, scopeOf(s), explain.lines, marks, rf));
      if (b.type === 'code' && !inFinding) yamlRecords(rctx, b, s, mentions);
      if (b.type === 'code') {
        const isLevel = (w: string): boolean => !!(rf.scheme.get(w) ?? countedSeverity(w));
        const counted = yamlCounts(b, isLevel) ?? (inFinding ? null : (codeTallyCounts(b.value, isLevel) ?? codeLevelLines(b.value, isLevel)));
        for (const [w, n] of counted?.words ?? []) {
          const sev = rf.scheme.get(w) ?? countedSeverity(w);
          if (sev && rf.claims[sev] === undefined) {
            rf.claims[sev] = n;
            rf.hasClaims = true;
          }
        }
        if (counted && counted.total !== null && rf.claims.total === undefined) rf.claims.total = counted.total;
      }
      if (b.type === 'list') {
        const list = b as List;
        if (list.children.some((it) => typeof it.checked === 'boolean')) {
          checklists.push(checklistOf(text, list, s, prev, s.blocks[s.blocks.indexOf(b) + 1] ?? null));
        }
        nestedChecklists(text, list, checklists);
        const label = inFinding ? null : listLabel(text, prev);
        if (!inFinding) listRecords(rctx, list, s, mentions, label, label ? undefined : countedLeadContext(text, prev, list, s));
        // ("**Recommendations:**" over a list is advice, not an order of fixes; under a heading it frames one)
        if (list.ordered && !s.isFinding && !inFixOrder(s) && list.children.length >= 2) idLists.push(list);
        if (list.ordered && !inFinding && !s.isFinding && s.depth > 0 && PLAN_TITLE.test(s.h.text)) {
          planLists.push(list);
          if (planSections[planSections.length - 1] !== s) planSections.push(s);
        }
        if (!inFinding && !s.isFinding && !inFixOrder(s) && list.children.length >= 2) stepLists.push(list);
        if (label && !s.isFinding && !inFixOrder(s) && fixOrderTitle(label) && !/^(?:summary of )?recommendations?\b|\baction items?\b/i.test(label)) fixOrder.push(...coveredSteps(text, s.blocks, labelledFixOrder(text, label, list)));
        else if (label && !s.isFinding && !inFixOrder(s)) fixOrder.push(...coveredSteps(text, s.blocks, planPartsSteps(text, label, list)));
      }
      prev = b;
    }
    if (!s.isFinding && !inFinding && s.depth > 0 && !s.docTitle && (isFixOrderTitle(s) || (!inFixOrder(s) && (orderedIntro(text, s) || periodLabelledPlan(text, s) || stepHeadedPlan(s) || stepLabelledPlan(text, s)))) && (!isPartTitle(s.h.title) || orderQualifiedTitle(s.h.title))) {
      fixOrder.push(...fixOrderSteps(text, s));
    } else if (!s.isFinding && !inFinding && s.depth > 0 && !s.docTitle && !inFixOrder(s) && (PLAN_TITLE.test(s.h.text) || RECOMMENDATION_TITLE.test(s.h.text))) {
      // ("## Next steps" > "**Before Thursday's deploy**" over "- #2 …": labelled lists of findings are the steps)
      const labelled = labelledListSteps(text, s.blocks);
      // ("## Next steps" > "1. **Before the next deploy:** S1 and S2. …": stages named by a time, timedStageSteps)
      const staged = labelled.length ? [] : s.blocks.flatMap((b) => (b.type === 'list' ? timedStageSteps(text, b as List) : []));
      fixOrder.push(...coveredSteps(text, s.blocks, labelled.length ? labelled : staged));
    }
  }

  // "| (x) | High | … Only (x) items block the GA release. |": what a legend's rows say about shipping
  for (const t of legendTables) {
    const rows = (t as Table).children;
    // "| 🚨 | Blocker — high severity | yes, do not deploy until fixed |": a column that says which levels block
    // ("| Beküldést blokkolja? |": the verb in the report's language)
    const blocksCol = rows[0].children.findIndex((c) => /\bblock/i.test(plainInline(cellSource(text, c))) || BLOCK_WORD.test(plainInline(cellSource(text, c))));
    // ("| `blocking` | High | Must be resolved before merge |" over "| `nit` | Low | Author's call |": a legend
    // that says what each level means and holds only some of them to the merge or release: the rest do not block)
    let gating = 0;
    let free = 0;
    for (const row of rows.slice(1)) {
      const cells = row.children.map((c) => plainInline(cellSource(text, c)).trim());
      const had = rf.gate.size;
      // ("| 상 | 악용 시 중대한 피해 발생 가능, 공격 난이도 낮음 | 2주 이내 (오픈 전 필수) |": a row whose level is a cell of
      // its own and whose gate is another: the description's words of a level, "공격 난이도 낮음" (attack difficulty
      // low), name no level that blocks, so the level and the gate's cell are read without it)
      const levelCell = cells.find((c) => severityFromValue(c.replace(EMOJI_RE, '').replace(/\*\*|__|`/g, '').trim()));
      const gateCells = levelCell ? cells.filter((c) => c !== levelCell && statesGate(c)) : [];
      scanGateLine((gateCells.length ? [levelCell, ...gateCells] : cells).join(' — '), rf);
      // (a row that states its gate gates, though the report said so of its level before)
      if (rf.gate.size > had || gateCells.length) gating++;
      // (or a level in the usual words: "| 중 | … | 1개월 이내 |" under "| 상 | … | 2주 이내 (오픈 전 필수) |")
      else if (levelCell || cells.some((c) => rf.scheme.has(c.replace(/`/g, '').toLowerCase()))) free++;
      if (blocksCol < 0) continue;
      const key = cells.find((c, i) => i !== blocksCol && c);
      // ("🟥 Elutasítást okoz": the word beside its mark)
      const sev = key ? rf.scheme.get(key.toLowerCase()) ?? rf.emojiScheme?.get(key.replace(/\uFE0F/g, '')) ?? rf.scheme.get(key.replace(EMOJI_RE, '').trim().toLowerCase()) : undefined;
      if (!sev) continue;
      const answer = yesNo(cells[blocksCol] ?? '');
      if (answer === true || /^\W*(?:blocks?|blocking)\b/i.test(cells[blocksCol] ?? '')) rf.gate.add(sev);
      else if (answer === false) rf.gateOnly = true;
    }
    if (blocksCol < 0 && gating && free && rows[0].children.length >= 3) rf.gateOnly = true;
  }

  // "## CRITICAL (9 issues)", "# High Risk Findings (2)": a severity group heading that counts its findings
  for (const s of sections) {
    if (s.depth === 0) continue;
    const m = /\((\d{1,4})(?:\s+(?:issues?|findings?|bugs?|vulnerabilities|items?))?\)\s*$/i.exec(s.h.text);
    const sev = m ? headingGroupSeverity(s) : null;
    if (m && sev && severityGroupTitle(s.h.title.replace(/\s*\([^)]*\)\s*$/, '')) !== null && rf.claims[sev] === undefined) {
      rf.claims[sev] = Number(m[1]);
      rf.hasClaims = true;
    }
  }

  at.offset = null;

  // ---- a log of past incidents is context where the report has findings of its own elsewhere ("## Incidents
  // in the review window" over "| INC-4120 | 2024-01-09 | 47 min | … |" beside "## Risk register"); alone, its
  // incidents are the report's findings
  if (mentions.some((m) => m.eventLog) && (drafts.length || mentions.some((m) => m.standalone && !m.eventLog))) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (!m.eventLog) continue;
      explain.reject('row', m.start, m.start + m.f.body.length, m.f.title, 'a past incident the report recounts as context, its findings told elsewhere', [], m.prov?.set ?? null, m.f, m.prov?.where ?? null);
      mentions.splice(i, 1);
    }
  }

  // ---- sections a findings table names are its detailed findings, even without an id or severity
  at.step = 'matching table rows to sections';
  promoteNamedSections(text, sections, docTitle, drafts, mentions, scopeOf, explain.lines);

  // ---- one finding per thing; severity by precedence; dependsOn
  at.step = 'merging the findings';
  sSeriesIds(text, [...drafts, ...mentions]);
  rowIdNotes(text, [...drafts, ...mentions]);
  soleLetterIds(text, [...drafts, ...mentions]);
  const merged = mergeDrafts(drafts, mentions, newestFirst(sections));
  // ("**A-05.** The endpoint …": a paragraph of notes opened by a finding's id in bold is that finding's text)
  if (rf.idNotes?.size) {
    for (const d of merged) {
      for (const note of (d.f.ref && rf.idNotes.get(d.f.ref)) || []) if (!d.f.body.includes(note)) d.f.body = `${d.f.body.trimEnd()}\n\n${note}`;
    }
  }
  if (rf.stateMarks?.size) headingStateMarks(text, merged, rf.stateMarks);
  const findings = finishFindings(merged);
  kindGroupCategories(sections, findings, explain.lines);
  // the report's lines by number, split once when a reader below needs a finding's own line
  const lineAt = lineReader(text);
  // Convention: a report that says once which folder its paths start from ("(paths relative to `services/ingest/`)"
  // under a summary table, "All file paths are relative to `apps/web`"): a finding's path written short is in that
  // folder; a path that names the folder already, or starts at the root, is kept as it is
  const base = baseFolder(text);
  if (base) {
    for (const f of findings) {
      f.locations = f.locations.map((l) => (/^(?:[/\\~.]|[a-z][\w+.-]*:)/i.test(l.path) || l.path.startsWith(base) || !/[\w-]\.[a-z0-9]{1,8}$/i.test(l.path) ? l : { ...l, path: base + l.path }));
    }
  }
  // Convention: a record of other work whose text ends by pointing at the finding it led to, "| LT-11 | Ramp to 2×
  // peak | FAIL | cart-svc pool exhaustion at 1.6×; raised as RR-2 |", "- Soak test 3 failed; filed as BUG-88":
  // the problem is that finding, stated where it is raised; the pointer is no finding of its own
  if (findings.length > 1) {
    const refs = new Set(findings.map((f) => f.ref).filter(Boolean));
    for (let i = findings.length - 1; i >= 0; i--) {
      const f = findings[i];
      const to = f.title.length <= 300 && f.title.includes(' as ') ? RAISED_AS.exec(f.title)?.[1] : undefined;
      if (to && to !== f.ref && refs.has(to)) findings.splice(i, 1);
    }
  }
  // "👏 — praise", "❓ = question" in the report's legend of comment marks: an item its own line opens with such
  // a mark is a comment that praises or asks, no finding
  if (rf.nonFindingMarks?.size) {
    for (let i = findings.length - 1; i >= 0; i--) {
      const src0 = findings[i].source;
      const own = src0 ? plainInline(lineAt(src0.startLine)).replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '').trim() : '';
      if (own && [...rf.nonFindingMarks].some((mark) => own.startsWith(mark))) findings.splice(i, 1);
    }
  }

  // a severity word the report's legend maps otherwise ("Minor" -> low) is read through it
  // (only where the legend reads one of the counted words otherwise: "Two Critical and one High block the release"
  // beside a summary table "| Risk rating | Count |" counts two levels of the same words, and the table's counts stand)
  if (rf.scheme.size && rf.countWords?.some(([w]) => rf.scheme.has(w) && rf.scheme.get(w) !== countedSeverity(w))) {
    // the counts it states too ("2 critical, 4 serious, 3 moderate and 2 minor")
    const counted: Claims = {};
    for (const [w, n] of rf.countWords) {
      const sev = rf.scheme.get(w) ?? italianPluralSchemeWord(rf.scheme, w) ?? countedSeverity(w);
      if (sev && counted[sev] === undefined) counted[sev] = n;
    }
    rf.claims = { ...counted, ...(rf.claims.total !== undefined ? { total: rf.claims.total } : {}) };
  }
  resolveCountClauses(rf);
  if (rf.scheme.size) {
    for (const f of findings) {
      const w = (f.severityText ?? '').replace(PARSE_INNER_RE3, ' ').trim().toLowerCase();
      // ("Severity 4" on the report's own numbered scale)
      // ("Rating Minor": the word after the field's name)
      // ("200 — Very high": a score, then the band the report's legend names; not a level of a scale of 1 to 5,
      // "1 – visoki", which names the level itself)
      // ("S4 (Severe) — interruption of …": an S level of the legend's own scale, its name and a remark after it;
      // a severity-of-harm scale may put S5 at the top, harmScaleTable)
      const sLevel = w.charCodeAt(0) === 115 ? S_LEVEL_LEAD.exec(w)?.[1] : undefined;
      const sev = rf.scheme.get(w) ?? rf.scheme.get(/^(?:severity|rating|sev|level|risk|score)?\s*([0-5])$/.exec(w)?.[1] ?? '') ?? rf.scheme.get(w.replace(RATING_NAME, '')) ?? rf.scheme.get(PARSE_INNER_RE4.exec(w)?.[1].replace(/\s+/g, ' ') ?? '') ?? (sLevel ? rf.scheme.get(sLevel) : undefined) ?? agreedSchemeWord(rf.scheme, w) ?? remarkedLevel(rf.scheme, f.severityText);
      // ("L2 × I3 = 6": a score written as its factors and their product, the product in the report's bands)
      const product = !sev && f.severityText?.includes('=') ? /=\s*(\d{1,3})$/.exec(f.severityText)?.[1] : undefined;
      // ("DREAD: D6 R7 E5 A6 D5 → 5.8": a mean kept as it is written, in the report's bands by tenths)
      const tenths = !sev && !product && f.severityText && /^\d{1,2}\.\d$/.test(f.severityText) ? f.severityText : undefined;
      if (sev) f.severity = sev;
      else if (product && rf.scheme.has(product)) f.severity = rf.scheme.get(product)!;
      else if (tenths && rf.scheme.has(tenths)) f.severity = rf.scheme.get(tenths)!;
    }
  }
  // Convention: a code review's severity field set to its lowest grade, "Severity: Nit" beside "Severity: Low"
  // (Conventional Comments' "nit:", the reviewer's polish left to the author): informational, where the report's
  // legend rates no nit otherwise (read above)
  for (const f of findings) if (!f.severity && f.severityText && NIT_GRADE.test(f.severityText)) f.severity = 'info';
  // Convention: a review closing its finding titles on the grade in brackets, "… (High)", "… (Low)", its lowest grade
  // a linter's "(Note)" or "(Advisory)": that closing word grades the finding informational, no part of its title
  // (read only where two findings or more close on a severity word so; "(Note)" alone may be any remark)
  const noted = findings.filter((f) => !f.severity && BRACKET_NOTE_GRADE.test(f.title));
  if (noted.length && findings.filter((f) => f.severity && f.severityText && f.severityText.length <= 20 && input.includes(`${f.title} (${f.severityText})`)).length >= 2) {
    for (const f of noted) {
      const m = BRACKET_NOTE_GRADE.exec(f.title)!;
      f.title = f.title.slice(0, m.index).trim();
      f.severity = 'info';
      f.severityText = m[1];
    }
  }
  // "PRR-05 · MUST — KRaft quorum in one AZ": a title that opens with a word of the report's own legend is
  // rated by it; the word is no part of the title
  if (rf.scheme.size) {
    for (const f of findings) {
      const m = PARSE_INNER_RE5.exec(f.title);
      const sev = m && !severityFromValue(m[1]) ? rf.scheme.get(m[1].toLowerCase()) : undefined;
      if (!sev) continue;
      f.title = m![2];
      if (!f.severity) {
        f.severity = sev;
        f.severityText = m![1];
      }
    }
  }
  // "Colour is our impact rating: 🔴 high, 🟠 medium, 🟡 low": a finding rated by a colour reads through it
  if (rf.emojiScheme?.size) {
    for (const f of findings) {
      const sev = f.severityText ? rf.emojiScheme.get(f.severityText.replace(/\uFE0F/g, '').trim()) : undefined;
      if (sev) f.severity = sev;
    }
  }
  // "[#A] critical: …": org-mode's priority cookies on the scale the report's legend gives them
  if (rf.orgCookies?.size) {
    for (const f of findings) {
      const c = /^\[#([A-Z])\]$/.exec(f.severityText ?? '')?.[1].toLowerCase();
      const sev = c ? rf.orgCookies.get(c) : undefined;
      if (sev) f.severity = sev;
    }
  }
  // findings a plan's sentence says wait for others ("NN-1 pradedama tik užbaigus DN-1"), both findings of the report
  if (rf.waitsByRef?.size) {
    const refs = new Set(findings.map((f) => f.ref).filter(Boolean));
    for (const f of findings) for (const other of (f.ref && rf.waitsByRef.get(f.ref)) || []) if (refs.has(other) && !f.dependsOn.includes(other)) f.dependsOn.push(other);
  }
  // findings an appended update names by id, "**Update Wed 11 Mar** — … MWF-2231 verified on RC3."
  if (rf.statusByRef?.size) for (const f of findings) if (f.ref && rf.statusByRef.has(f.ref)) f.status = rf.statusByRef.get(f.ref)!;
  // (Convention: a QA report's bug tables carrying the legend's submission class beside a severity, "| Sev | Class |"
  // with "| S1 | A |": the class column said per row which block (tableMentions), so the levels the grade scale
  // held to the gate are the classes', not the severities')
  if (rf.gradeColumnRead && rf.gradeGate) {
    for (const g of rf.gradeGate) rf.gate.delete(g);
    if (!rf.gate.size) rf.gateOnly = false;
  }
  // findings a statement about shipping names by id ("Block the release until REG-1 is fixed")
  if (rf.blocksByRef.size) {
    for (const f of findings) {
      // ("#1" names the first of a numbered list of findings)
      // (Convention: "Findings 5, 8 and 10 are not launch-blocking" names findings whose ids are the numbered noun,
      // "Finding 5", "Issue 8", by their numbers, as it names findings numbered "5")
      const num = f.ref ? NUMBERED_NOUN_REF.exec(f.ref)?.[1] ?? f.ref : null;
      const key = f.ref && rf.blocksByRef.has(f.ref) ? f.ref : num && /^\d+$/.test(num) && rf.blocksByRef.has(`#${num}`) ? `#${num}` : null;
      if (f.blocksDeployment === null && key) f.blocksDeployment = rf.blocksByRef.get(key)!;
      else if (f.blocksDeployment === null && rf.onlyRefsBlock) f.blocksDeployment = false;
    }
  }
  // findings a reviewer's comment names by topic ("the raw query one and the token logging — those two block this PR")
  if (rf.blocksByTopic) topicBlocks(findings, rf.blocksByTopic);
  // Convention: a gate checklist whose items open with the ids of findings ("Release gate" over "- [ ] FS-04
  // fix merged and re-tested", "- [x] FS-01 fix merged", "- [ ] TW-02, TW-03 and TW-04 closed"): each finding
  // an item is about blocks the release (an id named later, "… lists TW-05 to TW-08", "(with D-11 folded
  // in)", is no subject of the item)
  // (not where the report says in words which findings block and that the others do not: "KF-01 and KF-04 block the
  // launch. The others do not." over a gate list that also ticks "[x] KF-03 …")
  if (checklists.some((c) => c.gate) && !(rf.othersDontBlock && rf.blocksByRef.size)) {
    const byRef = new Map(findings.filter((f) => f.ref).map((f) => [f.ref!, f]));
    for (const c of checklists) {
      if (!c.gate || !byRef.size) continue;
      for (const it of c.items) {
        // ("- [ ] BW-IAM-01 remediated": a three-part id, product, area and number, is one id)
        // ("- [ ] BB-07 / BB-12 re-tested on the small phone": ids joined by a spaced slash are both the item's subject)
        // (Convention: "- [ ] DFM-01 e DFM-02 resolvidas", "- [ ] KB-1 und KB-2 behoben": the ids joined by the
        // report's own language's "and", Portuguese, Italian "e", French "et", Spanish "y", German "und", Dutch "en")
        // (Convention: a gate's conditions numbered as conditions, "- [ ] EC-3 ISA-F-02 and ISA-F-03 closed: …", "- [ ]
        // AC-2 NC-4 verified": the condition's own number, no finding's id, opens the item before the findings it is about)
        const own = GATE_ITEM_NUMBER.exec(it.text);
        const itText = own && !byRef.has(own[1]) ? it.text.slice(own[0].length) : it.text;
        const lead = /^(?:\*\*|__|`)?[A-Z][A-Z0-9]{0,9}(?:-[A-Z][A-Z0-9]{0,8}(?=-[A-Z]{0,3}\d))?-[A-Z]{0,3}\d+(?:(?:\*\*|__|`)?(?:\s*,\s*|\s+(?:and|&|e|et|y|und|en|og|och|i|a|ja|és|ve)\s+|\s+\/\s+)(?:\*\*|__|`)?[A-Z][A-Z0-9]{0,9}(?:-[A-Z][A-Z0-9]{0,8}(?=-[A-Z]{0,3}\d))?-[A-Z]{0,3}\d+)*\b/.exec(itText);
        // ("- [ ] Hash-based split merged (R-02)", "- [ ] Image pinned and lockfile committed (R-04, R-05)": the ids
        // in brackets that close an open item name the findings it waits on; a ticked one waits on none; where the
        // report says which levels block, those say it, not a ticket named beside a chore "(PLS-4412)")
        const tail = !lead && !it.checked && !rf.gate.size && !rf.gateOnly && itText.endsWith(')') ? /\(((?:[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+)(?:\s*(?:,|and|&)\s*[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+)*)\)$/.exec(itText) : null;
        // (Convention: "- [x] C2 fixed and regression test green", "- [ ] C1 and H3 merged": the report's own short ids, a
        // letter and a number, which only the findings' refs tell from other words)
        const short = !lead && !tail ? /^(?:\*\*|__|`)?[A-Z]{1,3}\d{1,4}(?:(?:\*\*|__|`)?(?:\s*,\s*|\s+(?:and|&)\s+)(?:\*\*|__|`)?[A-Z]{1,3}\d{1,4})*\b/.exec(itText) : null;
        const shortRefs = short ? allMatches(short[0], /[A-Z]{1,3}\d{1,4}/g).map((x) => x[0]).filter((r) => byRef.has(r)) : [];
        // ("- [ ] 1.2 batch lock merged and verified in staging": a review that numbers its items by section, "1.1" …
        // "5.2", opens the gate's items with those numbers)
        const numbered = !lead && !tail && !short ? /^(?:\*\*|__|`)?(\d{1,3}(?:\.\d{1,3}){1,3})(?:\*\*|__|`)?(?=[\s:—–]|$)/.exec(itText) : null;
        for (const r of lead ? refsIn(lead[0]) : tail ? refsIn(tail[1]) : short ? shortRefs : numbered && byRef.has(numbered[1]) ? [numbered[1]] : []) {
          const f = byRef.get(r);
          if (f && f.blocksDeployment === null) f.blocksDeployment = true;
        }
      }
    }
  }
  // (a gate of fixes named in words, for findings with no ids: topicGate)
  if (!findings.some((f) => f.ref)) for (const c of checklists) if (c.gate) topicGate(c, findings);
  // the severities the report says must be fixed before it ships block deployment, unless a finding says otherwise
  // Convention: a gate that names the findings by id and says the levels of the others do not gate ("I'd hold the
  // merge until C1–C3 are fixed. The high and medium items do **not** block the merge"): the findings it names
  // block, the rated others do not
  // Convention: the same where the findings that block are held to the gate by id elsewhere than in a sentence, a
  // review's plan naming them under "**1. Before merging #208**" or a gate checklist's items ("- [ ] H1: goroutine
  // count stable"), and a sentence says the levels of the rest do not ("None of the medium/low items should block the
  // release"): the rated others do not block
  // Convention: a scan triage's table row over a write-up headed by the row's id or ids ("### CVE-2024-0001 — … in
  // api", "### CVE-A / CVE-B — base image leftovers"): what the write-up says of the release ("Not a release
  // blocker on its own", "Not blocking") is the finding's, before the levels' gate decides for it
  if (rf.gate.size && findings.some((f) => f.ref && f.blocksDeployment === null)) {
    const said = new Map<string, boolean>();
    for (const sec of sections) {
      if (sec.depth === 0 || !sec.h.ref || !WRITE_UP_ID.test(sec.h.ref)) continue;
      const v = blocksStatement(text.slice(sec.contentStart, Math.min(sec.end, sec.contentStart + 3000)));
      if (v === null) continue;
      for (const m of allMatches(sec.h.text, WRITE_UP_IDS)) if (!said.has(m[0])) said.set(m[0], v);
    }
    if (said.size) for (const f of findings) if (f.ref && f.blocksDeployment === null && said.has(f.ref)) f.blocksDeployment = said.get(f.ref)!;
  }
  if (rf.gate.size || (rf.gateOnly && ([...rf.blocksByRef.values()].some(Boolean) || findings.some((f) => f.blocksDeployment === true)))) {
    for (const f of findings) {
      if (f.blocksDeployment === null && f.severity && rf.gate.has(f.severity)) f.blocksDeployment = true;
      else if (f.blocksDeployment === null && f.severity && rf.gateOnly) f.blocksDeployment = false;
    }
  }
  // ("| 🟡 Medium | 2 | No |" under "Blocks merge?": the levels the report's table says do not block)
  if (rf.gateDenied) for (const f of findings) if (f.blocksDeployment === null && f.severity && rf.gateDenied.has(f.severity) && !rf.gate.has(f.severity)) f.blocksDeployment = false;
  // (a line of a record's note that opens with one of the legend's marks, past its quote and bullet)
  // (Convention: a review comment's verdict field, "**Verdict:** 🛑 ship-blocking" under its heading: a field whose
  // value opens with the mark carries it as the note's line does)
  const opensWithMark = (line: string, marks: Set<string>) => {
    const t = line.replace(/^[\s>]*(?:[-*+]\s+)?/, '').replace(MARK_FIELD_LABEL, '');
    for (const mark of marks) if (t.startsWith(mark)) return true;
    return false;
  };
  // "⛔ = blocks the go-live": a finding whose own line carries a mark the report says blocks shipping
  if (rf.blockMarks?.size) {
    for (const f of findings) {
      if (f.blocksDeployment !== null || !f.source) continue;
      const own = lineAt(f.source.startLine);
      for (const mark of rf.blockMarks) if (own.includes(mark)) f.blocksDeployment = true;
      // ("- Risk: **R2** · State: in progress ⛔": the mark set after a field of the record's first lines)
      for (let n = f.source.startLine + 1; f.blocksDeployment === null && n <= Math.min(f.source.endLine ?? f.source.startLine, f.source.startLine + 4); n++) {
        const line = lineAt(n);
        if ([...rf.blockMarks].some((mark) => line.includes(mark)) && factsFromLine(line.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')).some((x) => x.kind === 'status' || x.kind === 'severity')) f.blocksDeployment = true;
        // ("- [ ] Offline queue survives a restart" over "  > 🛑 Scans made offline are kept in memory only": the mark
        // opening a line of the record's note)
        else if (opensWithMark(line, rf.blockMarks)) f.blocksDeployment = true;
      }
    }
  }
  // "🔧 = suggestion, does not block the merge": a finding whose own line carries such a mark does not block
  if (rf.nonBlockMarks?.size) {
    for (const f of findings) {
      if (f.blocksDeployment !== null || !f.source) continue;
      const own = lineAt(f.source.startLine);
      if ([...rf.nonBlockMarks].some((mark) => own.includes(mark))) f.blocksDeployment = false;
      // ("- [ ] Dashboard shows …" over "  > ⚠️ Pool metrics are exported …": or opens a line of the record's note)
      for (let n = f.source.startLine + 1; f.blocksDeployment === null && n <= Math.min(f.source.endLine ?? f.source.startLine, f.source.startLine + 3); n++) {
        if (opensWithMark(lineAt(n), rf.nonBlockMarks)) f.blocksDeployment = false;
      }
    }
  }
  // "Issues labelled `launch-blocker` have to be Done before …": a record carrying the label blocks, the others not
  if (rf.blockLabels?.size) {
    for (const f of findings) {
      if (f.blocksDeployment !== null) continue;
      f.blocksDeployment = [...rf.blockLabels].some((l) => f.body.includes(`\`${l}\``));
    }
  }
  trackerBlocks(sections, findings);
  siblingCategories(sections, findings, docTitle, (o) => explain.lines.lineOf(o));
  // Convention: an id whose letters open a level of the report's scale ("OBS-1" under a legend's "Observation — …
  // For information only.") rates a record that states no level of its own
  if (rf.scheme.size) {
    for (const f of findings) {
      const prefix = f.severity ? null : /^([A-Z]{3,})-\d/.exec(f.ref ?? '')?.[1].toLowerCase();
      if (!prefix) continue;
      const levels = [...rf.scheme].filter(([w]) => PARSE_INNER_RE6.test(w) && w.startsWith(prefix));
      if (levels.length === 1) f.severity = levels[0][1];
    }
  }
  // "Ostali nalazi ne uvjetuju puštanje u rad": the findings no statement named do not block
  // ("IDs in **bold** are launch blockers": an id the report writes in bold names a blocker, scanBoldIdLegend)
  if (rf.boldIdsBlock && rf.boldIds) for (const f of findings) if (f.ref && f.blocksDeployment === null && rf.boldIds.has(f.ref)) f.blocksDeployment = true;
  if (rf.othersDontBlock) for (const f of findings) if (f.blocksDeployment === null) f.blocksDeployment = false;
  // a finding named by its endpoint and its code ("Endpoint: `GET /v2/x/{id}`", "Code: `src/x.ts:64`") is
  // placed in its code: routes come after files
  for (const f of findings) if (f.locations.length > 1 && f.locations.some(isRoute)) f.locations.sort((a, b) => Number(isRoute(a)) - Number(isRoute(b)));
  // Convention: a register's row over a details section headed by the row's id ("| 1 | QA-101 | … |" and, further
  // down, "### QA-101 …" with "**原因:** `web/src/Confirm.tsx` の 88 行目"): a finding with no place of its own
  // is placed where its details section names one
  // Convention: a register's row naming files by their bare names, "| TD-04 | `requirements-lock.txt` drifts from
  // `pyproject.toml` |", over a details section that names one of them with its folder ("e.g.
  // `services/notify/pyproject.toml` asks for …"): the file with its folder is the finding's place, before the bare
  // names (a bare name says what kind of file, the folder says which one)
  const bareOnly = (f: (typeof findings)[number]) => f.locations.length > 0 && f.locations.every((l) => l.startLine == null && !l.path.includes('/') && !l.path.includes('\\'));
  if (findings.some((f) => f.ref && (!f.locations.length || bareOnly(f)))) {
    const details = new Map<string, Section>();
    for (const s of sections) if (!s.isFinding && s.depth > 0 && s.h.ref && !details.has(s.h.ref.toUpperCase())) details.set(s.h.ref.toUpperCase(), s);
    for (const f of findings) {
      if (f.ref && bareOnly(f)) {
        const d = details.get(f.ref.toUpperCase());
        if (!d) continue;
        const names = new Set(f.locations.map((l) => l.path));
        for (const b of d.blocks) {
          if (b.type !== 'paragraph' && b.type !== 'list') continue;
          const at = proseLocations(src(text, b).slice(0, 4000)).filter((l) => l.path.includes('/') && names.has(l.path.slice(l.path.lastIndexOf('/') + 1)));
          if (!at.length) continue;
          const named = new Set(at.map((l) => l.path.slice(l.path.lastIndexOf('/') + 1)));
          f.locations = [...at, ...f.locations.filter((l) => !named.has(l.path))];
          break;
        }
        continue;
      }
      const s = f.ref && !f.locations.length ? details.get(f.ref.toUpperCase()) : undefined;
      // (or a paragraph of notes opened by the row's id, "**HL-01 details.** The grid (`src/Grid.tsx`, line 112)
      // …", scanIdNote: the place it names)
      const notes = !s && f.ref && !f.locations.length ? (rf.idNotes?.get(f.ref) ?? rf.idMentions?.get(f.ref)) : undefined;
      if (notes) {
        for (const n of notes) {
          let at = proseLocations(n.slice(0, 4000)).filter((l) => l.path.includes('/') || l.startLine != null);
          // Convention: a host benchmark's remedy names a directory of the system's tree, "chown etcd:etcd
          // /var/lib/etcd", "chmod 700 /var/lib/kubelet": the directory is where the check failed, as a file is
          if (!at.length && n.includes(' /')) at = parseLocations(n.slice(0, 4000)).filter((l) => l.path.startsWith('/') && !isRoute(l));
          if (!at.length) continue;
          f.locations = at;
          break;
        }
      }
      if (!s) continue;
      for (const b of s.blocks) {
        if (b.type !== 'paragraph' && b.type !== 'list') continue;
        const at = proseLocations(src(text, b).slice(0, 4000)).filter((l) => l.path.includes('/') || l.startLine != null);
        if (at.length) {
          f.locations = at;
          break;
        }
      }
    }
  }
  // Convention: a memo's closing table of the findings ("| 6 | The model card does not list the intended-use exclusions
  // | Minor | Closed |") over paragraphs that open on the same sentence, under topic headings ("## Documentation" >
  // "The model card does not list the intended-use exclusions. … The team updated `docs/model_card.md` …"): the
  // paragraph is the row's write-up, and the file it names (with its folder or line) is the finding's place
  if (findings.some((f) => !f.locations.length && f.source?.kind === 'row' && f.title.length >= 20)) {
    const opening = new Map<string, string>();
    for (const s of sections) {
      for (const b of s.blocks) {
        if (b.type !== 'paragraph') continue;
        const raw = src(text, b);
        const stop = raw.slice(0, 400).search(SENTENCE_END);
        if (stop < 20) continue;
        const k = titleKey(raw.slice(0, stop));
        if (!opening.has(k)) opening.set(k, raw);
      }
    }
    for (const f of findings) {
      if (f.locations.length || f.source?.kind !== 'row' || f.title.length < 20) continue;
      const raw = opening.get(titleKey(f.title));
      if (!raw) continue;
      const at = proseLocations(raw.slice(0, 4000)).filter((l) => l.path.includes('/') || l.startLine != null);
      if (at.length) f.locations = at;
    }
  }
  report.findings = findings;
  // "This checklist is the **launch gate** for GA": the report says its checklists gate the release
  if (checklists.some((c) => !c.gate) && /\bchecklists?\b[^.\n]{0,40}\b(?:is|are|serves? as|acts? as)\b[^.\n]{0,20}?\b(?:launch|release|deploy(?:ment)?|go[- ]live|production|merge)[ -]gate\b/i.test(plainInline(text.slice(0, 8000)))) {
    for (const c of checklists) c.gate = true;
  }
  report.checklists = checklists;
  if (!fixOrder.length) fixOrder.push(...idListOrder(text, idLists, findings, (o) => explain.lines.lineOf(o)));
  // (a plan whose actions each cite the one finding they are for, "… (HL-03)", is one step titled by its heading)
  const cited = fixOrder.length ? null : citedActionsList(text, planLists, findings);
  const citedIn = cited ? planSections.find((s) => s.blocks.includes(cited)) : undefined;
  if (citedIn) fixOrder.push(...fixOrderSteps(text, citedIn));
  if (!fixOrder.length) fixOrder.push(...planListSteps(text, planLists, findings));
  if (!fixOrder.length && stepLists.length) {
    const refs = new Set(findings.map((f) => f.ref?.toUpperCase()).filter((r): r is string => !!r));
    for (const list of refs.size >= 2 ? stepLists : []) {
      const steps = labelledIdSteps(text, list, refs);
      if (!steps.length) continue;
      fixOrder.push(...steps);
      break;
    }
  }
  // Convention: a closing "## Recommended next steps" as a numbered list of actions, only one or some of which name
  // findings by id ("1. Move the upgrade authority to a multisig.", "3. Add the PoCs for AB-01 and AB-02 to CI."):
  // too few for each item to be a step of its own (planListSteps), the list is one step titled by its heading,
  // every action an item, as under a heading that says "fix order"
  if (!fixOrder.length && planSections.length) {
    const refs = new Set(findings.map((f) => f.ref?.toUpperCase()).filter((r): r is string => !!r));
    for (const s of refs.size >= 2 ? planSections : []) {
      const named = s.blocks.some((b) => b.type === 'list' && (b as List).ordered && (b as List).children.some((it) => refsIn(itemText(text, it)).some((r) => refs.has(r.toUpperCase()))));
      if (!named) continue;
      fixOrder.push(...fixOrderSteps(text, s));
      break;
    }
  }
  // ("- **Week 1:** R1 behind a config flag; R7.": a step names findings by the report's own short ids, which only
  // the findings' refs tell from other words)
  const shortRefs = new Set(findings.map((f) => f.ref).filter((r): r is string => !!r && /^[A-Z]{1,3}\d{1,4}$/.test(r)));
  if (shortRefs.size >= 2) for (const st of fixOrder) for (const it of st.items) {
    for (const m of allMatches(it.text.slice(0, 400), /\b[A-Z]{1,3}\d{1,4}\b/g)) if (shortRefs.has(m[0]) && !it.refs.includes(m[0])) it.refs.push(m[0]);
  }
  // Convention: a scan's remediation plan names the findings by the scanner's own numbers where the report heads
  // them so ("### 156032 – Apache Log4j …" then "1. **Window 1** – Log4j on TimeClock (156032, 104743 …)", Nessus
  // plugin ids, Qualys QIDs): a number of four to seven digits that is a finding's ref names that finding
  const numberRefs = new Set(findings.map((f) => f.ref).filter((r): r is string => !!r && NUMBER_REF.test(r)));
  if (numberRefs.size >= 2) for (const st of fixOrder) for (const it of st.items) {
    for (const m of allMatches(it.text.slice(0, 400), NUMBER_REF_IN)) if (numberRefs.has(m[0]) && !it.refs.includes(m[0])) it.refs.push(m[0]);
  }
  // Convention: a diagnosis report's fix order names the findings by their category-item numbers, "- 1-1
  // SQLインジェクション", "- 3-2 CSRF（2-2 完了後）" (heading.ts, CATEGORY_ITEM): an item that opens with a finding's
  // pair takes that finding (the pairs in its remark are what it waits on); otherwise each pair that is a ref
  const pairRefs = new Set(findings.map((f) => f.ref).filter((r): r is string => !!r && CATEGORY_ITEM_ID.test(r)));
  if (pairRefs.size >= 2) for (const st of fixOrder) for (const it of st.items) {
    if (it.refs.length || !it.text.includes('-')) continue;
    for (const r of leadOrNamedRefs(it.text, pairRefs, CATEGORY_ITEM_LEAD, CATEGORY_ITEM_IN)) if (!it.refs.includes(r)) it.refs.push(r);
  }
  // Convention: a statutory examination report numbers each defect by its equipment and a serial, "L3/1", "C2/1"
  // (heading.ts), and its summary of actions lists them so, "- L3/1 Landing door lock, level 2", "- L3/2 Fire-fighting
  // lift switch (after the lock repair)": an item that opens with a finding's id takes that finding (an id in its
  // remark is what it waits on); otherwise each such id that is a finding's ref
  // (Convention: a snagging list numbers each snag within its room, "L3-022/02" (vocab.ts EQUIPMENT_ITEM_ID), and its
  // close-out sequence lists them by trade and day, "- L3-022/02 terminate AC condenser supply": the room's number
  // read inside it, "L3-022", is no ref of its own and gives way to the snag's)
  const unitRefs = new Set(findings.map((f) => f.ref).filter((r): r is string => !!r && UNIT_ITEM_ID.test(r)));
  if (unitRefs.size >= 2) for (const st of fixOrder) for (const it of st.items) {
    if (!it.text.includes('/')) continue;
    const rooms = it.refs.filter((r) => r.includes('-') && it.text.includes(`${r}/`) && [...unitRefs].some((u) => u.startsWith(`${r}/`)));
    if (it.refs.length && !rooms.length) continue;
    const found = leadOrNamedRefs(it.text, unitRefs, UNIT_ITEM_LEAD, UNIT_ITEM_IN);
    if (!found.length) continue;
    const rest = it.refs.filter((r) => !rooms.includes(r) && !found.includes(r));
    it.refs.splice(0, it.refs.length, ...found, ...rest);
  }
  // Convention: a scanner export's plan names the issues by their instance hashes, "rotate the password
  // (`6E9D…4E73`)" (Fortify's 32 hex digits, REF_HASH): a hash that is a finding's ref names that finding
  const hashRefs = new Set(findings.map((f) => f.ref).filter((r): r is string => !!r && REF_HASH.test(r)));
  if (hashRefs.size >= 2) for (const st of fixOrder) for (const it of st.items) {
    for (const m of allMatches(it.text.slice(0, 1200), HEX_REF_IN)) if (hashRefs.has(m[0]) && !it.refs.includes(m[0])) it.refs.push(m[0]);
  }
  // Convention: a step that names the plan's own actions by id, then in brackets the findings they close ("**Before
  // build starts:** A1–A5 (R1, R2, R3, R4, R5, R9)", "W2, W4 (K-3, K-7)"): each finding is an item of the step, as if
  // named alone; the actions' ids only say which rows of the plan do the work
  for (const st of fixOrder) {
    if (!st.items.some((it) => it.refs.length >= 2 && it.text.includes('('))) continue;
    st.items = st.items.flatMap((it) => {
      const m = it.refs.length >= 2 ? /^([A-Z]{1,3}-?\d{1,4}(?:\s*(?:[–—-]|,|\+|&|\band\b)\s*[A-Z]{1,3}-?\d{1,4})*)\s*\(([^()]{2,400})\)\s*\.?$/.exec(it.text) : null;
      if (!m || m[1].split(/[^\w-]+/).some((w) => it.refs.includes(w))) return [it];
      let rest = m[2];
      for (const r of it.refs) rest = rest.split(r).join(' ');
      if (!/^(?:[\s,;&+]|\band\b)*$/i.test(rest)) return [it];
      return it.refs.map((r) => ({ text: r, done: it.done, refs: [r] }));
    });
  }
  report.fixOrder = batchSteps(fixOrder, new Set(findings.map((f) => f.ref?.toUpperCase()).filter((r): r is string => !!r))).filter((st) => st.items.length > 0 || coversNone.has(st));
  spelledNumberRefs(report.fixOrder, findings);
  outlineNumberRefs(report.fixOrder, findings);
  levelNamedSteps(report.fixOrder, findings);
  stepPhases(report.fixOrder, findings, checklists);
  stepWaits(report.fixOrder, findings);
  stepGates(report.fixOrder, findings, rf.stageBlocks);
  if (rf.claims.total === undefined && rf.proseTotal !== null && rf.hasClaims) rf.claims.total = rf.proseTotal;
  if (rf.claims.total === undefined && rf.proseTotal !== null && !rf.hasClaims) {
    rf.claims.total = rf.proseTotal;
    rf.hasClaims = true;
  }
  if (rf.claims.total === undefined && rf.breakdownTotal !== undefined && rf.hasClaims) rf.claims.total = rf.breakdownTotal;
  // ("# … : six bugs in Snapmark": the report's title counts its findings)
  const titled = rf.claims.total === undefined && docTitle ? titleCount(plainInline(docTitle.h.text)) : null;
  if (titled !== null) {
    rf.claims.total = titled;
    rf.hasClaims = true;
  }
  report.report.claims = rf.hasClaims ? rf.claims : null;
  report.report.effortBySeverity = rf.hasEffort ? rf.effortBySeverity : null;
  at.step = 'looking for the report date';
  if (!report.report.date) report.report.date = findDate(text, top, sections);
  return report;
}

/**
 * Convention: a step of the plan that opens with a finding and says it comes after another, "4. #3 — second
 * migration; do it **after #1** so the two schema changes don't collide", "- R-07 once R-03 is deployed": the
 * first finding waits for the second (an "after" that names no finding, "#7 (after the rotation script has
 * run)", says nothing of one).
 */
const AWAIT_WORD = /\b(?:awaiting|waiting|pending|blocked)\b/i;
const STEP_LEAD_ID = /^\W*(#\d{1,4}|[A-Z][A-Z0-9]{0,9}-\d{1,6})(?![\w-])/;
const STEP_BRACKET_ID = /^[^()\n]{1,80}?\((#\d{1,4}|[A-Z][A-Z0-9]{0,9}-\d{1,6})\)/;
function stepWaits(steps: FixOrderStep[], findings: ParsedFinding[]): void {
  const norm = (r: string) => r.toUpperCase().replace(/^[^#]*#\s*/, '');
  const byRef = new Map<string, ParsedFinding>();
  for (const f of findings) if (f.ref && !byRef.has(norm(f.ref))) byRef.set(norm(f.ref), f);
  for (const st of steps) for (const it of st.items) {
    if (it.refs.length < 2 || !/\b(?:after|once)\b/i.test(it.text)) continue;
    // ("2. Encrypt Wi-Fi credentials at rest (LH-07), after LH-08": the step's work named first, its finding's id in
    // brackets after it, then what it waits for)
    const first = (STEP_LEAD_ID.exec(it.text) ?? STEP_BRACKET_ID.exec(it.text))?.[1];
    const f = first ? byRef.get(norm(first)) : undefined;
    if (!f) continue;
    for (const m of allMatches(it.text, /\b(?:after|once)\s+(?:fixing\s+|the fix (?:for|of)\s+)?(#\d{1,4}|[A-Z][A-Z0-9]{0,9}-\d{1,6})(?![\w-])/gi)) {
      const other = byRef.get(norm(m[1]));
      if (other && other !== f && other.ref && !f.dependsOn.includes(other.ref)) f.dependsOn.push(other.ref);
    }
  }
}

/**
 * Convention: an approver's recommendation closes an assessment with the conditions it sets, each a label in bold over
 * the findings it takes by id ("## 7. DPO recommendation" > "**Conditions — must be mitigated before go-live:**" over
 * "1. R-01 — …", "**Within 90 days of go-live:**" over "1. R-10 — …"; "## Auditor's recommendation"): the labelled
 * lists are the steps of the report's order of fixes, as under a heading that says "next steps"
 */
const RECOMMENDATION_TITLE = /\brecommendations?\b/i;

/** "after", "within", "post-": a step due some time after the event it names, not before it */
const AFTER_EVENT = /\b(?:after|within|following|post|once|nach|innerhalb|après|dans les|después|dentro de|dopo|entro|depois|após)\b/i;

/**
 * Convention: findings named by outline numbers ("**3.1 No confirmation step …**" under "### 3. Transfer money"),
 * named so in the plan's entries, "1. 3.1 — Review sheet for external transfers", "4.1 then 4.2 — Freeze feedback,
 * then terminology", "- 1.2 Password rules up front": the numbers the entry opens with are the findings it takes
 * (only those: a number later in its text, "blocker for the 5.9 rollout", is a version)
 * Convention: a benchmark's recommendation numbers run deeper, "18.9.47.5.1.2 — per-rule state", "2.3.7.4 + 2.3.7.5 —
 * banner text" (CIS, STIG): the same lead numbers, up to six levels, and they stand over a ticket the entry names
 * later ("… after SEC-1207"), which is no finding of the report
 */
const OUTLINE_LEAD_RUN = /^[\s*_`(]*\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,4}(?:\s*(?:,|&|\+|\/|and|then|→|->)\s*\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,4})*(?![\d.]\d)/;
const OUTLINE_IN_RUN = /\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,4}/g;
const OUTLINE_REF = /^\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,4}$/;
/**
 * Convention: a compliance gap assessment (PCI DSS, ISO 27001 Annex A, NIST 800-53) names each gap by the number of
 * the requirement it fails, "#### 3.5.1 – PAN written unencrypted …", and its roadmap cites that number in brackets
 * at the end of the entry, "1. Disable PAN logging and purge log groups (3.5.1)", "Retire bastions (8.3.6, 1.3.1)":
 * the bracketed numbers that close the entry are the findings it takes (only a closing bracket: a number inside the
 * sentence, "upgrade to 2.4.1 first", is a version)
 */
const OUTLINE_TAIL_RUN = /\(\s*(\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,4}(?:\s*(?:,|;|&|\+|\/|and)\s*\d{1,3}\.\d{1,3}(?:\.\d{1,3}){0,4})*)\s*\)\W{0,3}$/;
function outlineNumberRefs(steps: FixOrderStep[], findings: ParsedFinding[]): void {
  if (!steps.length) return;
  const refs = new Set(findings.map((f) => f.ref ?? '').filter((r) => OUTLINE_REF.test(r)));
  if (refs.size < 2) return;
  let own: Set<string> | null = null;
  for (const st of steps) {
    for (const it of st.items) {
      if (it.refs.length && it.refs.some((r) => (own ??= new Set(findings.map((f) => f.ref ?? ''))).has(r))) continue;
      const run = OUTLINE_LEAD_RUN.exec(it.text)?.[0] ?? (it.text.includes(')') ? OUTLINE_TAIL_RUN.exec(it.text.slice(-120))?.[1] : undefined);
      const named = run ? (run.match(OUTLINE_IN_RUN) ?? []).filter((r) => refs.has(r)) : [];
      if (named.length) it.refs = [...new Set(named)];
    }
  }
}

// (what may follow a level's name: a noun for the findings, then the end of the clause or a word that goes on with the
// plan, "the nits in a follow-up", "the lows, then"; "the high CPU alert" names no group)
const LEVEL_NAME_END = /^s?(?:\s+(?:items?|findings?|issues?|ones|comments?|bugs?))?(?:\s*(?:$|[.,;:!?)\]—–])|\s+(?:in|as|after|before|when|whenever|once|at|later|last|together|next|can|may|should|if|for|with|and|or|then|until|by|too|also|first)\b)/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Convention: a review's plan that takes a whole level of the review's own scale by the name of its group heading,
 * "4. R4, R7 and the nits whenever convenient" where "## Nits" holds R10 and R11, "then the lows", "the Should fix
 * items next sprint": the step takes every finding of that group, one item each. Only a level the report reads
 * from its headings (each finding of the group has it as its category and as its severity as written, two such
 * groups at least), and only "the" before its name, so that "fix the nit in R4" or a category of topics ("the
 * security headers") takes none.
 */
function levelNamedSteps(steps: FixOrderStep[], findings: ParsedFinding[]): void {
  if (!steps.length) return;
  const groups = new Map<string, ParsedFinding[]>();
  for (const f of findings) {
    const c = f.category?.trim().toLowerCase();
    if (!c || c.length > 40 || !f.ref) continue;
    const g = groups.get(c);
    if (g) g.push(f);
    else groups.set(c, [f]);
  }
  const levels = [...groups].filter(([name, fs]) => fs.every((f) => f.severityText?.trim().toLowerCase() === name));
  if (levels.length < 2) return;
  for (const st of steps) {
    const said = [st.title, ...st.items.map((it) => it.text)].join('\n').slice(0, 600).toLowerCase();
    for (const [name, fs] of levels) {
      let at = said.indexOf(`the ${name}`);
      while (at >= 0 && ((at > 0 && WORD_CHAR.test(said[at - 1])) || !LEVEL_NAME_END.test(said.slice(at + 4 + name.length, at + 44 + name.length)))) at = said.indexOf(`the ${name}`, at + 1);
      if (at < 0) continue;
      for (const f of fs) if (!st.items.some((it) => it.refs.includes(f.ref!))) st.items.push({ text: f.title, done: false, refs: [f.ref!] });
    }
  }
}

/**
 * Convention: findings titled by a noun and their number, "Finding 2: Delivery client follows redirects", named so in
 * the plan ("**Before the branch cut:** Finding 2, Finding 1"): the plan's "#2" is the finding's own ref, spelt as
 * its heading spells it
 */
const SPELLED_NUMBER_REF = /^(?:finding|issue|bug|defect|vuln(?:erability)?|task)\s+(\d{1,4})$/i;
/** "156032": a scanner's plugin number as a finding's ref; and the same in a step's text, not part of an address or a date */
const NUMBER_REF = /^\d{4,7}$/;
/** a category-item number opening a step's item, "- 1-1 SQLインジェクション" (CATEGORY_ITEM_ID, vocab.ts) */
const CATEGORY_ITEM_LEAD = /^\W{0,3}(\d{1,2}-\d{1,2})(?![\d-])/;
const HEX_REF_IN = /\b[0-9A-Fa-f]{16,64}\b/g;
/** an equipment or room serial opening a step's item, "- L3/1 Landing door lock" (UNIT_ITEM_ID, vocab.ts) */
const UNIT_ITEM_LEAD = /^\W{0,3}([A-Z]{1,3}\d{0,3}(?:-\d{2,4})?\/\d{1,3})(?![\d/])/;
/**
 * The report's refs of one numbering a step's item names: the one it opens with (the ids in its remark are what it
 * waits on), else each one in its text (`lead` captures the opening id; `any` is global)
 */
function leadOrNamedRefs(text: string, refs: ReadonlySet<string>, lead: RegExp, any: RegExp): string[] {
  const m = lead.exec(text);
  return m && refs.has(m[1]) ? [m[1]] : allMatches(text.slice(0, 400), any).map((x) => x[0]).filter((r) => refs.has(r));
}
const NUMBER_REF_IN = /(?<![\d.,:/-])\d{4,7}(?![\d]|[.,:/-]\d)/g;

function spelledNumberRefs(steps: FixOrderStep[], findings: ParsedFinding[]): void {
  if (!steps.length) return;
  let spelled: Map<string, string> | null = null;
  for (const f of findings) {
    const m = f.ref ? SPELLED_NUMBER_REF.exec(f.ref) : null;
    if (m) (spelled ??= new Map()).set(`#${m[1]}`, f.ref!);
  }
  if (!spelled || findings.some((f) => f.ref && /^#?\d/.test(f.ref))) return;
  for (const st of steps) for (const it of st.items) it.refs = it.refs.map((r) => spelled!.get(r) ?? r);
}

/**
 * Convention: a step of the plan whose title says it must be done before the release, launch or deploy ("|
 * Immediate (before onboarding launch) | PW-02, PW-03 |", "**Phase 1 — before go-live:** A-01, A-04"): the
 * findings it takes block deployment, where nothing else said whether they do ("Within 30 days of go-live" is
 * after it, no gate).
 */
function stepGates(steps: FixOrderStep[], findings: ParsedFinding[], stageBlocks?: Map<string, boolean>): void {
  if (steps.length < 2) return;
  const byRef = new Map<string, ParsedFinding>();
  for (const f of findings) if (f.ref && !byRef.has(f.ref.toUpperCase())) byRef.set(f.ref.toUpperCase(), f);
  if (!byRef.size) return;
  for (const st of steps) {
    const title = st.title.trim();
    // (Convention: "Wave 1 items block publishing the image; Wave 2 is not blocking" over "**Wave 1 — …**" and its
    // list: the step named by the stage the report's statement names blocks as it says, each finding an item names,
    // "2.3.7.4 + 2.3.7.5 — banner", report-facts scanStageBlocks)
    const stage = stageBlocks?.size ? STAGE_TITLE.exec(title.replace(/[*_]/g, ''))?.[0].toLowerCase().replace(/\s+/g, ' ') : undefined;
    const staged = stage ? stageBlocks!.get(stage) : undefined;
    if (staged !== undefined) {
      for (const it of st.items) for (const r of it.refs) {
        const f = byRef.get(r.toUpperCase());
        if (f && f.blocksDeployment === null) f.blocksDeployment = staged;
      }
      continue;
    }
    if (!title || title.length > 120) continue;
    // Convention: a step whose title says in words that it holds no gate ("To be completed within 90 days of go-live
    // (not a go-live condition)", "After launch — does not block"): the findings it takes do not block
    const said = title.includes('not') ? blocksStatement(title) : null;
    if (said !== false && (!GATE.test(title) || AFTER_EVENT.test(title))) continue;
    for (const it of st.items) {
      // ("Bevinding 2 – …", "finding 3" read as "#2": the finding numbered so, where the findings' refs are bare numbers)
      const f = it.refs.length ? byRef.get(it.refs[0].toUpperCase()) ?? (it.refs[0].startsWith('#') ? byRef.get(it.refs[0].slice(1)) : undefined) : undefined;
      if (f && f.blocksDeployment === null) f.blocksDeployment = said ?? true;
    }
  }
}

/**
 * Convention: a finding the report's plan puts in one of its steps ("**Phase 1 — Immediate:** BWL-01, BWL-02",
 * "### Wave 2" over "- R-07 …", "Sprint 7: #1, #3") is in that phase: a finding with no phase of its own takes
 * the title of the first step that names it, where the step's items open with it; failing that, the first
 * that names it at all ("BWL-05 (after BWL-02 is closed)" names BWL-02 only as what it waits for). A step
 * whose title names the finding itself is the finding listed in order, not a phase.
 * A step named as a stage of the plan ("**Phase 1 — Contain**" over "- OPS-04 — …") places the finding over the
 * area its row names ("| OPS-04 | Backups | … |", a column "Area" or "Component"): the area says what the
 * finding is about, the stage when it is fixed.
 * Where the report orders its fixes twice, by an action table's priority or due date ("| A-3 | … | R-02 | P1 |
 * 2024-08-16 |") and by the plan's named steps ("**Wave 1 (July → mid-August):** R-03, R-04, R-02"), the phase is
 * the named step: a priority or a date says how urgent a fix is or when it is due, the step which part of the plan
 * it is in.
 */
const STAGE_TITLE = /^(?:phase|stage|wave|sprint|milestone|iteration|round|fase|etapa|faza|етап|фаза|спринт|хвиля)\s+(?:\d{1,2}|[IVX]{1,4})(?![\p{L}\p{N}])/iu;

/**
 * Convention: a red-team report places each finding on the attack path by its MITRE ATT&CK tactic or kill-chain
 * phase ("Kill-chain phase: Credential Access", "Tactic: Lateral Movement"): the report is organised by the attack,
 * so that phase stays over the stage of its remediation plan ("Stage 1 — Before go-live").
 */
const ATTACK_PHASE = /^(?:reconnaissance|resource development|initial access|execution|persistence|privilege escalation|defen[cs]e evasion|credential access|discovery|lateral movement|collection|command (?:and|&) control|exfiltration|impact|weaponi[sz]ation|delivery|exploitation|installation|actions on objectives?)$/i;

/**
 * Convention: a load or performance test report places each finding in the kind of test run that showed it ("Test
 * phase: Soak", "Test type: Spike": load, stress, spike, soak, endurance …): the report is organised by its test runs,
 * so that phase stays over the stage of its tuning plan ("Phase 1 — Before the go/no-go").
 */
const TEST_RUN_PHASE = /^(?:load|stress|spike|soak|endurance|volume|scalability|capacity|breakpoint|peak|burst)(?: tests?| testing| runs?)?$/i;

function stepPhases(steps: FixOrderStep[], findings: ParsedFinding[], checklists: ParsedChecklist[] = []): void {
  const norm = (r: string) => r.toUpperCase().replace(/^[^#]*#\s*/, '');
  // Convention: a readiness checklist kept by area ("### 2.1 Sicherheit" over "- [ ] Keine sensiblen Daten in Logs →
  // **GL-01**", "### Payments" over "- [ ] Refunds … → TT-1") whose register names the same area for the finding
  // ("| GL-01 | … | Sicherheit |"): the report is organised by the area, so it stays the phase over a plan's stage
  const checkedArea = new Map<string, string>();
  for (const c of checklists) {
    const area = c.title.replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '').trim().toLowerCase();
    if (!area || area.length > 40) continue;
    for (const it of c.items) for (const r of refsIn(it.text)) if (!checkedArea.has(norm(r))) checkedArea.set(norm(r), area);
  }
  const first = new Map<string, string>();
  const any = new Map<string, string>();
  const staged = steps.filter((st) => STAGE_TITLE.test(st.title.trim()));
  for (const st of [...staged, ...steps.filter((x) => !staged.includes(x))]) {
    const title = st.title.trim();
    if (!title || title.length > 120 || refsIn(title).length) continue;
    // ("R3 first", "R1 and R2 together": a title that names its findings by short id is their order, no phase)
    if (st.items.some((it) => it.refs.some((r) => /^[A-Z]{1,3}\d{1,4}$/.test(r) && new RegExp(`\\b${r}\\b`).test(title)))) continue;
    for (const it of st.items) {
      it.refs.forEach((r, i) => {
        const k = norm(r);
        if (i === 0 && !first.has(k)) first.set(k, title);
        if (!any.has(k)) any.set(k, title);
      });
    }
  }
  if (!any.size) return;
  for (const f of findings) {
    if (!f.ref) continue;
    const k = norm(f.ref);
    const step = first.get(k) ?? any.get(k) ?? null;
    if (!f.phase) f.phase = step;
    else if (step && STAGE_TITLE.test(step) && !STAGE_TITLE.test(f.phase) && checkedArea.get(k) !== f.phase.trim().toLowerCase() && !ATTACK_PHASE.test(f.phase.trim()) && !TEST_RUN_PHASE.test(f.phase.trim())) f.phase = step;
  }
}

/**
 * Convention: notes under a register on selected findings, one heading each named by the finding's id and a
 * nickname in brackets, "### HPOS-2291 (offline queue)", "### Not a blocker: HPOS-2304 (Epson logo hang)": the
 * section restates no finding of its own; its paragraphs are the text of the finding with that id (as a paragraph
 * led by the id in bold is, scanIdNote), so what they say it waits for is read
 */
const NICKNAME_TITLE = /^\([^()\n]{1,60}\)$/;
const LABELLED_ID_NICKNAME = /^[\p{L}][\p{L} '’-]{0,30}:\s*([A-Z][A-Z0-9]{0,9}-\d{1,6})\s*\([^()\n]{1,60}\)$/u;
/**
 * Convention: a note on one item says in a sentence of its own whether the item holds the release, "Blocks the freeze
 * exit.", "Not a freeze blocker." (a post-incident review's notes on its action items): that of the item the note's
 * heading names (a sentence naming other ids speaks of those)
 */
function noteBlocks(rf: ReportFacts, id: string, note: string): void {
  if (rf.blocksByRef.has(id) || !/block/i.test(note)) return;
  for (const sentence of note.slice(0, 3000).split(/(?<=[.!?])\s+/)) {
    if (!/block/i.test(sentence) || /[A-Z][A-Z0-9]{0,9}-\d/.test(sentence)) continue;
    const v = blocksStatement(sentence);
    if (v === null) continue;
    rf.blocksByRef.set(id, v);
    return;
  }
}

// (Convention: a post-incident review's notes on selected action items under its action items, "### Notes on selected
// actions" > "#### INC-2291-A2 — Fail chart rendering on unknown keys": each heading names a row of the action
// register by its id and title; its paragraphs are that item's text, and the place they name is where it is)
const ACTION_NOTES_HEADING = /\bnotes?\b|\bdetails?\b|\bcomments?\b/i;
function actionNote(s: Section): boolean {
  return !!s.h.ref && s.h.refKind === 'issue' && !s.children.length && !!s.parent && s.parent.depth > 0 && ACTION_NOTES_HEADING.test(s.parent.h.text) && !!s.parent.parent && ACTION_ITEMS_HEADING.test(s.parent.parent.h.text);
}
function notedRef(s: Section): string | null {
  if (s.depth === 0 || s.children.length) return null;
  const title = s.h.title.trim();
  if (actionNote(s)) return s.h.ref;
  if (s.h.ref) return s.h.refKind === 'issue' && NICKNAME_TITLE.test(title) ? s.h.ref : null;
  return LABELLED_ID_NICKNAME.exec(title)?.[1] ?? null;
}

/** The document's title section states its own severity and state, and most of its sub-sections are parts of one finding. */
function singleDisclosure(s: Section): boolean {
  const own = (kind: string) => s.facts.some((f) => f.kind === kind);
  if (!own('severity') || !own('status') || s.children.length < 2) return false;
  const parts = s.children.filter((c) => isPartTitle(c.h.title)).length;
  return parts * 2 >= s.children.length;
}

/**
 * Convention: a log kept in Keep a Changelog's layout runs newest first: "## [Unreleased]", then
 * "## [3.2.0-rc.2] — 2025-05-02", "## [3.2.0-rc.1] — 2025-04-21". Its later sections are older.
 */
function newestFirst(sections: Section[]): boolean {
  const rel = sections.filter((s) => s.depth > 0 && /^\[?(?:unreleased|v?\d+\.\d+[\w.+-]*)\]?(?:\s|$)/i.test(s.h.text));
  if (rel.length < 2) return false;
  if (/^\[?unreleased\]?/i.test(rel[0].h.text)) return true;
  const dates = rel.map((s) => /\b(\d{4}-\d{2}-\d{2})\b/.exec(s.h.text)?.[1]).filter((d): d is string => !!d);
  return dates.length >= 2 && dates[0] > dates[dates.length - 1];
}

// Convention: a dated update appended to the report as a paragraph led by a bold label, "**Update Wed 11 Mar
// 16:05** — PR #1893 merged, RC3 cut. MWF-2231 verified on RC3 (20/20 runs clean). MWF-2240 retest in progress.":
// each sentence that opens with a finding's id says where that finding stands now
const UPDATE_LABEL = /^\s*(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)\s*(?:[—–:-]\s*)?/;
const UPDATE_SENTENCE_ID = /^([A-Z][A-Z0-9]{0,9}-\d{1,6})\s+(?!and\b|or\b|&)([a-z].*)$/s;
function scanUpdateNote(raw: string, rf: ReportFacts): void {
  if (raw.length > 5000 || !/^\s*(?:\*\*|__)/.test(raw)) return;
  const m = UPDATE_LABEL.exec(raw);
  if (!m || !UPDATE_TITLE.test(m[1])) return;
  const body = plainInline(raw.slice(m[0].length)).replace(/\s+/g, ' ');
  for (const sentence of body.split(/(?<=[.!?;])\s+(?=[A-Z])/)) {
    const said = UPDATE_SENTENCE_ID.exec(sentence.trim());
    if (!said) continue;
    const rest = said[2].replace(/\([^()]*\)/g, ' ');
    const st = statusSentence(`it ${rest}`) ?? statusFromText(rest.split(/[,.;]/)[0]);
    if (st) (rf.statusByRef ??= new Map()).set(said[1], st);
  }
}

/**
 * Convention: notes on selected items of a register written as a bulleted list, one bullet on a pair of findings,
 * "- **D-2 / D-7:** the cap decay sits under the failed seal … do D-2 first": the note is the text of each finding
 * it names (as a paragraph so labelled is, scanIdNote), not only of the first
 */
const MULTI_ID_ITEM = /^\s*(?:\*\*|__)[A-Z][A-Z0-9]{0,9}-\d{1,5}\s*[/,&]\s*[A-Z][A-Z0-9]{0,9}-\d{1,5}/;
function scanLines(text: string, b: RootContent, rf: ReportFacts, free: boolean): void {
  // (the block's source sliced once for the readers below)
  const md = b.type === 'paragraph' || b.type === 'list' ? src(text, b) : '';
  if (b.type === 'paragraph') {
    scanIdNote(md, rf, free);
    scanUpdateNote(md, rf);
  }
  if (b.type === 'list') {
    for (const it of b.children) {
      const p = it.children[0];
      if (p?.type !== 'paragraph') continue;
      const raw = src(text, p);
      if (MULTI_ID_ITEM.test(raw)) scanIdNote(raw, rf);
    }
  }
  // (the Markdown of a paragraph or a list, where an id in bold is still marked: scanBoldIdLegend)
  if (b.type === 'paragraph' || b.type === 'list') scanBoldIdLegend(md, rf);
  visitLines(text, b, (line) => scanReportLine(line, rf), (prose) => scanCountClauses(prose, rf));
}

/** A paragraph's plain text with its whitespace squashed (visitLines). */
function squashedPlain(raw: string): string {
  return plainInline(raw).replace(/\s+/g, ' ');
}

/**
 * The lines of a block's paragraphs (in lists and quotes too), without Markdown, and the sentences of
 * wrapped prose that speaks of ratings or releases; `wrapped` gets other wrapped prose with numbers.
 */
// Convention: a callout quoted in the summary, "> **Go-live blocker.** SEG-01 and WL-01 must be … before the⏎> Unit
// Wi-Fi goes live.", wraps its sentences over quoted lines: the quote's markers are no part of the sentence
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/gm;
function visitLines(text: string, b: RootContent, visit: (line: string) => void, wrapped?: (prose: string) => void, only?: RegExp, quoted = false): void {
  if (b.type === 'paragraph') {
    const raw0 = src(text, b);
    const raw = quoted && raw0.includes('\n') ? raw0.replace(QUOTE_MARKS, '') : raw0;
    if (raw.length > 100000 || (only && !only.test(raw))) return;
    const lines = raw.split('\n');
    // (src hands a Latin-1 paragraph over as one-byte, and its lines are too; those of a wider one are narrowed)
    const wideRaw = WIDE_CHAR.test(raw);
    // (the paragraph's plain text with its whitespace squashed, read at most once for the checks below; no
    // closure for it, which the TypeScript loader would name on every call)
    let whole: string | undefined;
    for (const line of lines) if (line.length <= 1000 && (!only || only.test(line))) visit(plainInline(wideRaw ? narrow(line) : line));
    // ("- **Class A** — a unit could overheat …⏎ heating relay. Blocks DVT sign-off.": a legend entry wrapped
    // over lines is read whole too, so its later sentences keep its word)
    // (Slovenian "… ne objavi v produkciji,⏎dokler EP-01 … niso odpravljene": until, wrapped as "until" is)
    // (Portuguese "a entrada em produção … ⏎ não deve avançar enquanto a NC.02 não estiver encerrada": wrapped too)
    // (Italian "i rilievi AC-01 e AC-04 sono⏎vincolanti per il rilascio": binding on the release, wrapped)
    // (German "Alle übrigen Mängel sind im Maßnahmenplan⏎terminiert": the others scheduled, wrapped)
    if (lines.length > 1 && raw.length <= 600 && (/block|\bgate|\bbefore\b|\bwaits?\b|\buntil\b|\bcondition\b|\bwhile any\b|\bsolange\b|\bentgegen\b|\bdokler\b|\benquanto\b|\bvincolant/i.test(raw) || (/[^\x00-\x7F]/.test(raw) && /chặn|trước khi|π[αά]γωμα|μπλοκ[αά]ρ|πρ[ιί]ν|veröffentlich|übrigen|блокир|выкатк|リリース|出荷/iu.test(raw))) && (!only || only.test(raw))) visit(whole ??= (wideRaw ? narrow(squashedPlain(raw)) : squashedPlain(raw)));
    // prose wraps its sentences: "… found 22 issues. 1 high severity,\n3 medium severity …"
    if ((lines.length > 1 || /[.!?]\s+\S/.test(raw)) && raw.length <= 20000 && /\d/.test(raw) && /critical|high|medium|moderate|low|blocker|major|minor|trivial|informational|P[0-4]|sev|fix|before|release|deploy|critic|kritisch|prima|avant|antes|vor de[mr]|block|bloqu|prije|uvjetuj|배포|릴리스|neatitikt|radin|حرج|عال|متوسط|منخفض/i.test(raw)) {
      for (const sentence of (whole ??= (wideRaw ? narrow(squashedPlain(raw)) : squashedPlain(raw))).split(/(?<=[.!?])\s+(?=[A-Z0-9])/)) {
        if (sentence.length <= 500 && !lines.includes(sentence)) visit(sentence);
      }
    } else if (wrapped && lines.length > 1 && raw.length <= 20000 && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(raw)) {
      // counts in the report's own words wrap too ("we raised\n7 findings: one Grave, two Serious …")
      wrapped(whole ??= (wideRaw ? narrow(squashedPlain(raw)) : squashedPlain(raw)));
    }
  } else if (b.type === 'list') {
    for (const item of (b as List).children) {
      for (const c of item.children) visitLines(text, c, visit, wrapped, only, quoted);
    }
  } else if (b.type === 'blockquote') {
    for (const c of b.children) visitLines(text, c, visit, wrapped, only, true);
  }
}

/** The Markdown source of each paragraph of a block: its own, its list items' (at any depth), its quote's. */
function visitParagraphs(text: string, b: RootContent, visit: (md: string) => void, depth = 0): void {
  if (depth > 8) return;
  if (b.type === 'paragraph') {
    const raw = src(text, b);
    if (raw.length <= 5000) visit(raw);
  } else if (b.type === 'list') {
    for (const item of (b as List).children.slice(0, 500)) for (const c of item.children) visitParagraphs(text, c, visit, depth + 1);
  } else if (b.type === 'blockquote') {
    for (const c of b.children) visitParagraphs(text, c, visit, depth + 1);
  }
}

/** Lines that may define a severity word ("→", "=", "(severity …)", a severity word or a colour). */
/** "Rating Minor", "Tier A", "Category B": the name of a field or of the report's scale before the grade. */
const AGREEMENT_ENDING = /(?<=\p{L}{4})e?s?$/u;
/**
 * Convention: a level written in agreement with its noun where the legend names it in the masculine singular,
 * as French, Spanish and Portuguese write it ("Priorité 🟡 mineure" under a legend "🟡 Mineur (faible)",
 * "importante", "bloquantes"): the legend's own word, read only where the word as written is none of its words.
 */
/** "Sev-4 (observation)", "Sev-1 — checkout returned 500 …": a level of the legend's scale, then a remark on it */
const LEVEL_REMARK = /^([^\s(—–]{0,11}\p{L}[^\s(—–]{0,11})\s*(?:\(|[—–]\s)/u;
/**
 * Convention: a severity field that names its level and then remarks on it ("Severity: Sev-4 (observation)",
 * "Severity: Sev-1 — checkout returned 500 for ~11% of orders"): the level is read through the report's legend.
 * (A number before a level's name, "1 – visoki", is the scale's number and its name, read above; the head has a
 * letter.)
 */
function remarkedLevel(scheme: Map<string, Severity>, text: string | null): Severity | undefined {
  const m = text && text.length > 3 ? LEVEL_REMARK.exec(text.trim()) : null;
  return m ? scheme.get(m[1].toLowerCase()) : undefined;
}

function agreedSchemeWord(scheme: Map<string, Severity>, w: string): Severity | undefined {
  const stem = w.replace(AGREEMENT_ENDING, '');
  return stem !== w ? scheme.get(stem) : undefined;
}

const RATING_NAME = new RegExp(String.raw`^(?:(?:severity|rating|risk|impact)|${GRADE_SCALE})\s+`);

// (and a line that opens on "Normal", a tracker's legend entry for its middle level: report-facts' scanNormalLevel)
// ("Cat B – Major.": a snag list's abbreviated category, GRADE_ENTRY)
const LEGEND_HINT = oneSidedBounds(/\b(?:critical|high|medium|low|info(?:rmational)?|corresponds?|respectively)\b|^[\s>*+-]*(?:\*\*|__|[*_])?normal\b|\b(?:tier|grade|level|class|category|cat\.?)\s+[A-E]\b|→|->|=>|⇒|=|maps to|means|counts as|^[\s>*+-]*(?:\*\*|__)?[0-5]\s*[–—:]\s|^[\s>*+-]*(?:\*\*|__)?[A-E](?:\*\*|__)?\s+[–—:-]\s|[（(][^)）]{0,12}[)）]|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}\u{25A0}-\u{25FF}]/iu);

function findDate(text: string, top: Section, sections: Section[]): string | null {
  const cands: Section[] = [top, ...sections.slice(1, 4)];
  for (const s of cands) {
    for (const b of s.blocks) {
      if (b.type !== 'paragraph' && b.type !== 'list') continue;
      const raw = src(text, b);
      for (const line of raw.split('\n').slice(0, 40)) {
        if (line.length > 1000) continue;
        const m = /^\W*(?:[\w ]{0,20})?\b(?:date|created|updated|datum|generated|reviewed|audited|fecha)\b[^:\n]{0,10}:\**\s*(.+)$/i.exec(plainInline(line));
        if (m) {
          const d = parseDate(m[1]);
          if (d) return d;
        }
      }
    }
    // "| Report date | 2024-05-17 |" in a key/value table
    for (const b of s.blocks) {
      if (b.type !== 'table') continue;
      for (const row of b.children.slice(0, 40)) {
        if (row.children.length < 2) continue;
        const key = plainInline(cellSource(text, row.children[0]));
        if (!/\b(?:date|created|updated|datum|generated|reviewed|audited|issued|fecha)\b/i.test(key) || key.length > 40) continue;
        const d = parseDate(plainInline(cellSource(text, row.children[1])));
        if (d) return d;
      }
    }
  }
  for (const s of sections.slice(1, 4)) {
    const d = parseDate(s.h.text);
    if (d) return d;
  }
  // "Prepared 12 February 2026 by …" in the opening paragraphs
  let seen = 0;
  for (const s of cands) {
    for (const b of s.blocks) {
      if (b.type !== 'paragraph' || seen++ >= 3) continue;
      const d = parseDate(plainInline(src(text, b).slice(0, 600)).slice(0, 300));
      if (d) return d;
    }
  }
  return null;
}

/** "DEP-01", "F-3", "SEC-2024-07": a heading that is a finding's id and nothing else */
const ID_HEADING = /^[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8})*-\d{1,6}$/;

/**
 * A table row ("| Rate limiter bypass | High | Yes |") that matches no finding but matches a located
 * sub-section ("### Rate limiter can be bypassed with X-Forwarded-For" + "**File:** …") makes that
 * section a finding; mergeDrafts then joins the two.
 */
function promoteNamedSections(
  text: string,
  sections: Section[],
  docTitle: Section | null,
  drafts: Draft[],
  mentions: Draft[],
  scopeOf: (s: Section) => number,
  lines: Explain['lines'],
): void {
  const rows = mentions.filter((m) => m.standalone && m.words.length > 0);
  if (!rows.length || rows.length > 500) return;
  const cands = sections.filter(
    (s) =>
      s.depth > 0 &&
      s !== docTitle &&
      !s.isFinding &&
      !s.hasFindingDesc &&
      !blockedTitle(s) &&
      !inFixOrder(s) &&
      !insideFinding(s) &&
      !actionNote(s) &&
      (s.h.locations.length > 0 || s.partLabels > 0 || s.facts.some((f) => f.kind === 'location' || f.kind === 'part') || s.blocks.some((b) => b.type === 'paragraph')),
  );
  if (!cands.length || cands.length > 2000) return;
  // ("#### Postcode district used as a feature" + prose, and "| 3 | Postcode district used as a feature | Moderate |"
  // in the findings table: a section of prose alone is the row's finding when the row names it word for word)
  const fielded = new Set(cands.filter((s) => s.h.locations.length > 0 || s.partLabels > 0 || s.facts.some((f) => f.kind === 'location' || f.kind === 'part')));
  const words = new Map(cands.map((c) => [c, wordSet(c.h.title)]));
  // Convention: a findings table, then a section for some of its rows headed by the row's id alone ("| DEP-01 |
  // Tiada padanan … | P0 |" and "### DEP-01" + prose under "Butiran penemuan utama", the main findings'
  // details): the section is that row's finding, titled by the row
  const idHeaded = new Map<string, Section>();
  for (const c of cands) {
    const id = c.h.ref ? null : unmarked(c.h.title);
    if (id && ID_HEADING.test(id) && !idHeaded.has(`${scopeOf(c)}|${id.toUpperCase()}`)) idHeaded.set(`${scopeOf(c)}|${id.toUpperCase()}`, c);
  }
  for (const m of rows) {
    if (drafts.some((d) => d.scope === m.scope && (overlap(m.words, d.words) >= 0.6 || (m.f.ref && d.f.ref === m.f.ref)))) continue;
    const own = m.f.ref ? idHeaded.get(`${m.scope}|${m.f.ref.toUpperCase()}`) : undefined;
    if (own && !own.isFinding && own.blocks.length) {
      own.isFinding = true;
      for (let a = own.parent; a; a = a.parent) a.hasFindingDesc = true;
      const d = findingFromSection(text, own, docTitle, m.scope, lines, [`headed by the id of a findings table row (line ${m.prov?.startLine ?? '?'})`]);
      d.f.ref = m.f.ref;
      d.f.title = m.f.title;
      d.words = m.words;
      drafts.push(d);
      continue;
    }
    let best: Section | null = null;
    let bestScore = 0;
    let tie = false;
    for (const c of cands) {
      if (c.isFinding || scopeOf(c) !== m.scope) continue;
      const w = words.get(c)!;
      if (!fielded.has(c) && (w.length < 3 || overlap(w, m.words) < 0.9)) continue;
      const sc = overlap(m.words, w);
      if (sc > bestScore) {
        bestScore = sc;
        best = c;
        tie = false;
      } else if (sc === bestScore) tie = true;
    }
    if (!best || bestScore < 0.6 || tie) continue;
    best.isFinding = true;
    for (let a = best.parent; a; a = a.parent) a.hasFindingDesc = true;
    drafts.push(findingFromSection(text, best, docTitle, m.scope, lines, [`named by a findings table row (line ${m.prov?.startLine ?? '?'})`]));
  }
}

/**
 * Convention: a report that splits its findings between sibling sections, one named by the noun for findings
 * alone and the other by the kind it holds ("## 5. Vulnerabilities" over "### HAL-01 — …", then "## 6. General
 * Findings" over "- **HAL-06 — …**"; "## Issues" beside "## Minor observations"): set against its sibling, the
 * plain one names a kind as well, and is its findings' category
 */
function siblingCategories(sections: Section[], findings: ParsedFinding[], docTitle: Section | null, lineOf: (offset: number) => number): void {
  if (findings.length < 2 || findings.every((f) => !f.category)) return;
  const spans = new Map<Section, [number, number]>();
  const span = (s: Section) => spans.get(s) ?? spans.set(s, [lineOf(s.start), lineOf(Math.max(s.start, s.end - 1))]).get(s)!;
  const within = (f: ParsedFinding, s: Section) => !!f.source && f.source.startLine >= span(s)[0] && f.source.startLine <= span(s)[1];
  let tried = 0;
  for (const g of sections) {
    if (g.depth === 0 || g === docTitle || g.isFinding || !g.parent || !g.h.title || g.h.title.length > 40 || !FINDING_NOUN.test(g.h.title) || categoryTitle(g.h.title) !== null) continue;
    // (a report of many such groups, one per file or per run, is a report of repeated sections: no kinds set apart)
    if (++tried > 50) return;
    const own = findings.filter((f) => !f.category && within(f, g));
    if (!own.length) continue;
    const named = g.parent.children.some((sib) => sib !== g && !sib.isFinding && !!sib.h.title && findings.some((f) => !!f.category && within(f, sib) && titleKey(f.category).includes(titleKey(sib.h.title))));
    // (Convention: a numbered group heading is named by its number and title together, "## 5. Nonconformities", as
    // categoryOf keeps it (draft.ts): the sibling set apart keeps its number too)
    if (named) for (const f of own) f.category = g.h.refKind === 'numeric' ? g.h.text.replace(/\s+/g, ' ').trim() : g.h.title;
  }
}

/**
 * Convention: a bug tracker's release tracker (Bugzilla's "[meta]" bug that the release's blockers block):
 * a bug whose "Blocks:" field names the tracker holds the release; one whose field is empty ("Blocks: —")
 * or names only other bugs does not, whatever the report's title says.
 */
function trackerBlocks(sections: Section[], findings: ParsedReport['findings']): void {
  const trackers = new Set<string>();
  for (const s of sections) if (s.depth > 0 && !s.isFinding && s.h.ref && /^\d+$/.test(s.h.ref) && trackingBug(s)) trackers.add(s.h.ref);
  if (!trackers.size) return;
  for (const f of findings) {
    const m = /^[\s>*+-]*(?:\*\*|__)?Blocks(?:\*\*|__)?\s*:\s*(?:\*\*|__)?[ \t]*([^\n]{0,200})$/im.exec(f.body.slice(0, 4000));
    if (!m) continue;
    const named = m[1].match(/\d{2,9}/g) ?? [];
    f.blocksDeployment = named.some((n) => trackers.has(n));
  }
}

/** the text of one line by its 1-based number, the lines split once when first asked */
const BASE_FOLDER = /\b(?:paths?|files?|locations?|file names?)\b[^.\n`]{0,40}?\brelative to (?:the )?(?:folder |directory )?`([\w.@-]+(?:\/[\w.@-]+)*)\/?`/i;
/** The folder a report says its paths are relative to ("paths relative to `services/ingest/`"), with a slash, or null. */
function baseFolder(text: string): string | null {
  for (let at = text.indexOf('relative to'), n = 0; at >= 0 && n < 20; at = text.indexOf('relative to', at + 11), n++) {
    const m = BASE_FOLDER.exec(text.slice(Math.max(0, at - 60), at + 120));
    if (m && !/^\.+$/.test(m[1])) return `${m[1]}/`;
  }
  return null;
}

function lineReader(text: string): (n: number) => string {
  let all: string[] | null = null;
  return (n) => (all ??= text.split('\n'))[n - 1] ?? '';
}

/**
 * Convention: an order of work written as a numbered list of the findings' ids, each step opening with the
 * ones it takes ("1. D-04 then D-07 (same value, one review)", "2. D-05 with Rafael", "3. D-06, D-10") under
 * a heading that need not say it is a plan ("## After publishing"). Every item opens with the id of a
 * finding of the report and is no finding itself; each item is a step. Read only when the report gives no
 * order under a plan's own title.
 */
function idListOrder(text: string, lists: List[], findings: ParsedFinding[], lineOf: (offset: number) => number): FixOrderStep[] {
  const refs = new Set(findings.map((f) => f.ref).filter((r): r is string => !!r).map((r) => r.toUpperCase()));
  if (refs.size < 2) return [];
  for (const list of lists) {
    const start = lineOf(list.position?.start.offset ?? 0);
    const end = lineOf(list.position?.end.offset ?? 0);
    if (findings.some((f) => f.source && f.source.startLine >= start && f.source.startLine <= end)) continue;
    const items = list.children.map((it) => itemText(text, it).replace(/\s+/g, ' ').trim());
    const opens = items.every((t) => {
      const m = /^(?:\*\*|__|`)?([A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+)\b/.exec(t);
      return t.length <= 160 && !!m && refs.has(m[1].toUpperCase());
    });
    if (!opens) continue;
    // (Convention: a numbered list is the order by its numbers, "1. C-01 (blocking …)", "2. H-01, then M-02 (…)":
    // each entry the step of its number, one item per finding it names, as a batched numbered step is read, plan.ts)
    const first = list.start ?? 1;
    return items.map((t, i) => {
      const plain = t.replace(/[*_`]/g, '');
      const named = refsIn(t).filter((r) => refs.has(r.toUpperCase()));
      if (list.ordered && named.length >= 2) return { title: `Step ${first + i}: ${plain}`, effort: parseEffort(t), items: named.map((r) => ({ text: r, done: false, refs: [r] })) };
      return { title: list.ordered ? `Step ${first + i}: ${plain}` : plain, effort: parseEffort(t), items: [{ text: plain, done: false, refs: named }] };
    });
  }
  return [];
}

/**
 * Convention: findings numbered "S1 · Title" … "S11 · Title" (a security sweep's own ids). Alone, "S1"–"S4" are
 * a QA severity scale; where the same letter numbers other records past that scale ("S6 · …", "S10 · …"),
 * the low numbers are ids of the same series, not ratings: "S1 · Admin API key …" is S1, titled by the rest.
 * Convention: ids of an area's initial and a number, bracketed before the title, "**[R1] …**", "**[C2] …**",
 * "**[N3] …**" (repository, common, nginx: "Ids are `<role letter><n>`"): where three or more letters number
 * records so, "**[P1] …**" in the same brackets is the id of its own area (postgres), not a priority.
 */
function sSeriesIds(text: string, all: Draft[]): void {
  const high = all.filter((d) => d.f.ref && /^S(?:[6-9]|\d{2,3})$/.test(d.f.ref)).length;
  if (high >= 2) {
    for (const d of all) {
      if (d.f.ref) continue;
      const m = /^S([0-5])\s+[·•—–:-]\s+(\S.{3,})$/u.exec(d.f.title);
      if (!m) continue;
      d.f.ref = `S${m[1]}`;
      d.f.title = m[2];
      d.words = wordSet(m[2]);
    }
  }
  // (the bracketed ids by the letters they open with; a rating letter, P or S, stays a rating alone)
  const letters = new Set<string>();
  const rated: [Draft, string][] = [];
  for (const d of all) {
    const m = BRACKETED_SHORT_ID.exec(text.slice(d.start, d.start + 16));
    if (!m) continue;
    if (d.f.ref === m[1]) letters.add(m[1][0]);
    else if (!d.f.ref && /^[PS][0-5]$/.test(m[1])) rated.push([d, m[1]]);
  }
  if (letters.size < 3 || !rated.length) return;
  const ids = new Set<string>();
  for (const [d, id] of rated) {
    d.f.ref = id;
    ids.add(id);
  }
  // (and "- [ ] R1, P1, P2 merged", "6. P3, C1, A1 — …" elsewhere name those ids, no rating)
  for (const d of all) {
    if (d.f.severityText && ids.has(d.f.severityText)) {
      d.f.severity = null;
      d.f.severityText = null;
    }
    for (const k of ['sevFact', 'sevMention', 'sevHeading', 'sevSection'] as const) if (d[k] && ids.has(d[k].text)) d[k] = null;
  }
}
/**
 * Convention: a triage table numbers its rows "S1", "S2" … (or "P1" …), and a notes block under it opens each
 * item's detail with that id in bold, "**S1** — `sortBy` comes straight from the query string …" (a security
 * champion's merge-request note, a scan's triage comment): where a table row of the report has the id as its
 * ref, the bold "S1" opening a paragraph names that row, not a QA severity, and the paragraph is its body.
 */
function rowIdNotes(text: string, all: Draft[]): void {
  const rowIds = new Set<string>();
  for (const d of all) if (d.prov?.kind === 'row' && d.f.ref && /^[PS]\d{1,2}$/.test(d.f.ref)) rowIds.add(d.f.ref);
  if (!rowIds.size) return;
  for (const d of all) {
    if (d.f.ref || d.prov?.kind === 'row') continue;
    const lead = text.slice(d.start, d.start + 24);
    if (!lead.includes('**') && !lead.includes('__')) continue;
    const m = BOLD_ID_LEAD.exec(lead);
    if (!m || !rowIds.has(m[1])) continue;
    d.f = { ...d.f, ref: m[1], ...(d.f.severityText === m[1] ? { severity: null, severityText: null } : {}) };
    for (const k of ['sevFact', 'sevMention', 'sevHeading', 'sevSection'] as const) if (d[k]?.text === m[1]) d[k] = null;
  }
}
/**
 * Convention: a report that numbers all its findings with one letter, the letter its word for "finding" (Portuguese
 * "C-01" constatação, Finnish "H-05" havainto, "F-01" finding, "O-01" observation): the letter is no level. A
 * contest's ids rate by their letter ("[H-01]" high, "M-02" medium) because the report uses several of them side by
 * side; where every id shares one letter, it rates only in a contest's layout ("[H-01] Title", Sherlock's "Issue
 * H-1: Title") or where the report's legend ties the letter to a level ("**C** Critical", "H = High", "High (H)",
 * "| High | H-01, H-02 |"). Otherwise a level read from the letter alone is dropped, the finding unrated.
 */
function soleLetterIds(text: string, all: Draft[]): void {
  const letters = new Set<string>();
  for (const d of all) {
    const m = d.f.ref ? SINGLE_LETTER_ID.exec(d.f.ref) : null;
    if (m) letters.add(m[1]);
  }
  const rating = [...letters].filter((l) => !!contestSeverity(`${l}-1`));
  if (!rating.length) return;
  // Convention: ids lettered by the report's own categories, STRIDE's "S-1", "T-1", "R-1", "I-1", "D-1", "E-1" or
  // an inspection's trades ("E-2" electrical, "M-1" masonry, "D-3" drainage, "F-1" fire): where the letters that
  // are no contest level outnumber those that are, every letter names a category, and "I-1" or "M-1" rates nothing
  if (letters.size > 1 && letters.size - rating.length <= rating.length) return;
  if (letters.size === 1) {
    const letter = rating[0];
    // (a contest's layout: the id in brackets or after "Issue" opening the record's heading)
    for (const d of all) {
      if (!d.f.ref || d.prov?.kind === 'row') continue;
      const lead = text.slice(d.start, d.start + 24);
      if (lead.includes(`[${d.f.ref}]`) || lead.includes(`Issue ${d.f.ref}:`)) return;
    }
    if (letterLegend(text, letter)) return;
  }
  const byLetter = (t: string | null | undefined) => !!t && SINGLE_LETTER_ID.test(t) && !!contestSeverity(t);
  for (const d of all) {
    if (byLetter(d.f.severityText)) {
      d.f.severity = null;
      d.f.severityText = null;
    }
    for (const k of ['sevFact', 'sevMention', 'sevHeading', 'sevSection'] as const) if (byLetter(d[k]?.text)) d[k] = null;
  }
}
/** "H-01", "[C-6]": an id of one capital letter and a running number */
const SINGLE_LETTER_ID = /^\[?([A-Z])-\d{1,3}\]?$/;
/** a level's word for each contest letter, as a legend spells it */
const LETTER_WORD: Record<string, string> = {
  C: '[Cc]ritical|CRITICAL',
  H: '[Hh]igh|HIGH',
  M: '[Mm]edium|MEDIUM|[Mm]oderate|MODERATE',
  L: '[Ll]ow|LOW',
  I: '[Ii]nfo(?:rmational)?|INFO(?:RMATIONAL)?',
  N: '[Nn]on-[Cc]ritical|NON-CRITICAL',
  G: '[Gg]as',
};
/**
 * Whether the report's legend ties the letter to its level: "**C** Critical", "H = High", "C-xx: Critical",
 * "High (H)", "Critical (C-…)", "| High | H-01, H-02 |", "High: H-01". (Once per report, and only for a report whose
 * ids share one letter; the level's word must be in the text at all.)
 */
function letterLegend(text: string, letter: string): boolean {
  const word = LETTER_WORD[letter];
  if (!new RegExp(`(?:${word})`).test(text)) return false;
  const key = `(?:^|[^\\w-])[*_]{0,2}${letter}(?:-(?:x{1,3}|X{1,3}|n{1,3}|N{1,3}|#{1,3}|\\*|…|\\.\\.\\.)?)?[*_]{0,2}\\s*(?:[=:→–—(-]\\s*|\\s)[*_]{0,2}(?:${word})\\b`;
  const back = `\\b(?:${word})[*_]{0,2}\\s*(?:\\(\\s*${letter}(?:-[^)\\s]{0,4})?\\s*\\)|(?:\\(\\s*\\d+\\s*\\)\\s*)?[|:=→–—]\\s*[*_\`]{0,2}${letter}-(?:\\d|x|X|n|N|#|\\b))`;
  return new RegExp(`${key}|${back}`, 'm').test(text);
}
/**
 * "**S1** — …", "**S1:** …": a short id in bold opening a paragraph; "- [ ] **S2** XXE in `Parser` — …": opening an
 * item of a list of what must be fixed, which names the row by its id
 */
const BOLD_ID_LEAD = /^(?:[-*+]\s+(?:\[[ xX]\]\s+)?)?(?:\*\*|__)([PS]\d{1,2})(?:(?:\*\*|__)[\s:—–-]|\s*[—–:-])/;

/** "**[R1] Vault password …**", "[N3] …": a short id in brackets opening a record's own line */
const BRACKETED_SHORT_ID = /^(?:[-*+]\s+|#{1,6}\s+)?(?:\*\*|__)?\[([A-Z]\d{1,3})\]\s/;

/**
 * Convention: findings sorted by kind under sibling headings, "## Bugs" over "### 🔴 B1. …", beside "## Code
 * quality" over a table of Q1–Q5 and "## Nits" over a list: where the findings under the headings beside it take
 * those headings for their category, the plain "Bugs" (a title that alone says only "findings") names a kind too,
 * and is the category of the findings under it.
 */
function kindGroupCategories(sections: Section[], findings: ParsedFinding[], lines: LineIndex): void {
  const clean = (t: string) => t.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  // (the findings by their first line, to find those inside a section by a binary search, not a filter of all of them
  // for every section)
  const byLine = findings.filter((f) => f.source && !Number.isNaN(f.source.startLine)).sort((a, b) => a.source!.startLine - b.source!.startLine);
  const plain = new Map<Section, { g: Section; inside: ParsedFinding[] }[]>();
  for (const g of sections) {
    if (g.depth === 0 || g.isFinding || g.docTitle || !g.parent || (!isGenericTitle(g.h.title) && categoryTitle(clean(g.h.text)) !== null)) continue;
    const from = lines.lineOf(g.start);
    const to = lines.lineOf(Math.max(g.start, g.end - 1));
    let lo = 0;
    for (let hi = byLine.length; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if (byLine[mid].source!.startLine < from) lo = mid + 1;
      else hi = mid;
    }
    const inside: ParsedFinding[] = [];
    for (let i = lo; i < byLine.length && byLine[i].source!.startLine <= to; i++) inside.push(byLine[i]);
    if (!inside.length || inside.some((f) => f.category)) continue;
    const kinds = g.parent.children.filter((c) => {
      if (c === g || c.isFinding) return false;
      const name = clean(c.h.text);
      return findings.some((f) => f.category === name);
    });
    if (!kinds.length) {
      if (!isGenericTitle(g.h.title) && g.h.title.length <= 30 && FINDING_NOUN.test(g.h.title)) {
        const list = plain.get(g.parent) ?? plain.set(g.parent, []).get(g.parent)!;
        list.push({ g, inside });
      }
      continue;
    }
    for (const f of inside) f.category = clean(g.h.text);
  }
  // Convention: a postmortem's or review's findings split between sibling headings each named by a different noun
  // for findings alone, "### Defects" over a table of fixes to code, "### Gaps" over one of missing detection or
  // process ("## Bugs" beside "## Risks"): two such nouns set side by side name two kinds, each heading its
  // findings' category (one such heading, or two of the same noun, sort nothing)
  for (const list of plain.values()) {
    if (list.length < 2) continue;
    const names = new Set(list.map((e) => clean(e.g.h.text).toLowerCase()));
    if (names.size !== list.length) continue;
    for (const e of list) if (!e.inside.some((f) => f.category)) for (const f of e.inside) f.category = clean(e.g.h.text);
  }
}

// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const NON_LETTER_RUN_G = /[^\p{L}\s]+/gu;
/** The first two words of a heading, without markup, to tell chapters' titles apart. */
function plainTitleWords(t: string): string {
  return t.replace(/<[^>]*>/g, ' ').toLowerCase().replace(NON_LETTER_RUN_G, ' ').trim().split(/\s+/).slice(0, 2).join(' ');
}

/**
 * The finding each topic a comment names is about (report-facts.ts, scanTopicBlocks): the one title that shares the
 * most of the topic's words (match.ts, as a mention is matched to a title), alone at that; a topic two titles
 * match as well names neither.
 */
function topicBlocks(findings: ParsedFinding[], topics: { words: string[]; blocks: boolean }[]): void {
  const titles = findings.map((f) => wordSet(f.title));
  for (const t of topics) {
    const scores = titles.map((words) => sharedWords(t.words, words));
    const best = Math.max(0, ...scores);
    if (!best || scores.filter((x) => x === best).length !== 1) continue;
    const f = findings[scores.indexOf(best)];
    if (f.blocksDeployment === null) f.blocksDeployment = t.blocks;
  }
}

/** words too common in a fix's wording to name its finding ("Make …", "Add a … that doesn't need …"), and a chore's
 * ("Re-run this review on the new head", "Re-test"), which names no finding */
const GATE_TOPIC_STOP = new Set(['make', 'work', 'real', 'need', 'doesn', 'don', 'just', 'before', 'after', 'only', 'from', 'that', 'then', 'also', 'fix', 'add', 'stop', 'run', 'rerun', 'review', 'test', 'retest', 'new', 'build']);
/**
 * Convention: an informal review's must-fix list names the findings it holds to the launch by their topic, in
 * the fix's own words, where the findings carry no ids ("## Must fix before launch" over "- [ ] Stop the onboarding
 * carousel from auto-advancing" for "### Onboarding carousel moves on by itself"): each item is matched to the one
 * finding whose title (twice) and text share most of its words; where every item names a finding of its own, those
 * block, and the list being the whole gate, the other open findings do not.
 */
function topicGate(c: ParsedChecklist, findings: ParsedFinding[]): void {
  if (!c.items.length || c.items.length > 12 || findings.length < c.items.length || findings.length > 40) return;
  // (only where nothing else in the report has said which findings block (a finding may say it does not), and only a list of fixes still to make:
  // a ticked item is done, and a list that ticks some is a merge's progress, not a launch's must-fix list)
  if (c.items.some((it) => it.checked) || findings.some((f) => f.blocksDeployment === true)) return;
  const titles = findings.map((f) => wordSet(f.title));
  const bodies = findings.map((f) => wordSet(f.body.slice(0, 1500)));
  const picked = new Set<number>();
  for (const it of c.items) {
    const words = wordSet(it.text).filter((w) => w.length >= 3 && !GATE_TOPIC_STOP.has(w));
    const scores = findings.map((_, i) => 2 * sharedWords(words, titles[i]) + sharedWords(words, bodies[i]));
    const best = Math.max(0, ...scores);
    const at = scores.indexOf(best);
    if (best < 3 || scores.filter((x) => x === best).length !== 1 || picked.has(at)) return;
    picked.add(at);
  }
  findings.forEach((f, i) => {
    if (f.blocksDeployment !== null) return;
    if (picked.has(i)) f.blocksDeployment = true;
    else if (f.status === 'open' && f.severity) f.blocksDeployment = false;
  });
}
