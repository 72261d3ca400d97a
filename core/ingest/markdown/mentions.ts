// Findings in table rows (a table with a severity column names findings, alone or as a summary of
// sections that describe them); severity-count tables, which are claims.
import type { Table } from 'mdast';
import type { Location, ParsedFinding, Severity, Status } from '../../../shared/types';
import { parseEffort } from './effort';
import { contestSeverity, parseHeading, plainInline, REGULATOR_LEVEL } from './heading';
import { addLocations, folderSpan, LINE_WORD, parseLocations, permalinkLocations } from './locations';
import { wordSet } from './match';
import { boardLabelColumn, gradeLadderLevels, LEVEL_ORDER, lowestNumberWorst, namedSchemeCode, scanCountClauses, scanReportLine, schemeSeverity, westernDigits, type ReportFacts } from './report-facts';
import { recordPlace, type LineIndex } from './explain';
import { boardColumn, cellSource, off, src, type Section } from './sections';
import { blocksStatement, GRADE_SCALE, dotRating, EMOJI_RE, EQUIPMENT_ITEM_ID, SEVERITY_EMOJI, factKind, FLOOR_CODED_ID_SRC, foreignLocationKey, GATE_COLUMN_HEADER, REPORT_SERIAL_ID_SRC, gateColumnCell, groupBlocks, groupSeverity, phaseValue, scopedLabel, SHORT_ISSUE_ID_SRC, severityFromValue, statusFromText, yesNo } from './vocab';
import { inFixOrder } from './classify';
import { bracketedCode } from './scheme';
import { sectionContext } from './records';
import { RERATED_RE, reratedTo } from './lead';
import { cellText, codeDashLevel, inUpdate, UPDATE_TITLE, type Draft } from './draft';
import { allMatches } from './all-matches';
import { unmarked } from './unmarked';

/** "| Severity | Count |" tables: counts the report states about itself, not findings. */
/** The sum row of a counts table: "Total", "**Total bugs triaged**", "Totaal", "Gesamt"; a pivot table's "Grand Total". */
// (the word for the sum row in the languages reports here are written in; Czech "Celkem", Polish "Razem", Swedish "Totalt", Turkish "Toplam", Hungarian "Összesen")
// (Hindi "| **कुल** | **8** |": the total row; a word's vowel sign is a mark, not a letter)
// ("| **Общо** | **10** |": Bulgarian's total)
// (Hebrew: "| **סה"כ** | **10** |", the abbreviation of "in all", written with a quote mark or a gershayim)
// ("| **Jumla** | **9** |": Swahili's total, under a count table's own headings "| Kiwango | Idadi |", level and count)
// Convention: a count by level whose sum row names what it sums, "| **Confirmed issues** | **10** |", set apart from a
// row of dismissed ones ("| False alarms (PAC warnings dismissed) | 2 |", WITHDRAWN_ROW): the confirmed count is the total
// (Persian: "| **جمع** | **۱۲** |", "مجموع", "جمع کل", the sum)
// (Bengali: "| **মোট** | **২৭** |", "সর্বমোট", the sum, its counts in Bengali digits)
// (Urdu: "| **کل** | **۱۱** |", "کل تعداد", "مجموعی", the whole)
// (Vietnamese: "| **Tổng cộng** | **10** |", "Tổng số", "Tổng", the sum, under "| Mức độ | Số lượng |")
// (Convention: a Slovak report's count table closes with "| **Spolu** | **10** |" or "| Celkom | 10 |", the
// Slovak words for the total, as Czech "Celkem")
// (Estonian: "| **Kokku** | **9** |", the total, under "| Tõsidus | Arv |", severity and count)
// (Latvian: "| **Kopā** | **13** |", the total, under "| Smagums | Skaits |", severity and count)
// (Greek: "| **Σύνολο** | **9** |", the total, under "| Σοβαρότητα | Πλήθος |", severity and count; "ΣΥΝΟΛΟ" in capitals)
const TOTAL_ROW = /^\W*(?:grand total|kopā|tổng cộng|tổng số|tổng|جمع کل|جمع|مجموع|(?<![\p{L}\p{M}])(?:مجموعی|کل تعداد|کل)|confirmed (?:issues|findings|defects|bugs|problems)|total|totals|totalt|totaal|totale|totali|gesamt|insgesamt|summe|sum|all|alle|celkem|celkom|spolu|razem|suma|toplam|i alt|yhteensä|összesen|în total|ukupno|укупно|общо|σύνολο|συνολο|skupaj|kokku|jumla|합계|총계|合計|合计|总计|कुल|মোট|সর্বমোট|סה["״]כ|סך הכו?ל)(?![\p{L}\p{M}])/iu;

const ROW_LABEL = /^(?:counts?|findings|issues|number|total|#)$/i;
const MARK_CELL = /^\p{Extended_Pictographic}\uFE0F?$/u;
// (Convention: a control-testing summary counts what failed as its deficiencies, "| Domain | Controls tested |
// Effective | Deficiencies |", and a readiness checklist's summary its unticked items as open gaps, "| Section |
// Items | Ticked | Open gaps |": that column counts the findings)
// (Convention: an assessor's or auditor's close-out tally, "| Category | Raised | Closed | Agreed action | Open |" over
// "| **Total** | **12** | **5** | **4** | **3** |": the Raised column counts the findings the states then split)
const FINDINGS_HEAD = /^(?:findings|issues|bugs|vulnerabilities|gaps|open gaps|deficiencies|findings raised|number of findings|raised|identified|no\.? raised)$/i;
const TIER_RE = /^\p{L}[\p{L} -]*$/u;
// Convention: a level for findings whose risk was not rated, "| Undetermined | 1 |" in a Trail of Bits-style count
// of findings by severity ("Severity levels: … and Undetermined"): a row of the counts that names no severity
const UNRATED_ROW = /^(?:undetermined|not determined|indeterminate|unrated|not rated|unknown|to be determined|tbd)$/i;
/** "Level 1", "Level 2" (heading.ts REGULATOR_LEVEL) and "Observation": the finding levels of EASA/UK CAA Part-145 and Part-CAMO audits */
const regulatorLevelRow = (v: string): boolean => REGULATOR_LEVEL.test(v) || OBSERVATION_ROW.test(v);
const OBSERVATION_ROW = /^observations?$/i;
const COUNTS_TABLE_RE = /^\p{L}[\p{L} -]*$/u;
// ("False alarms (warnings dismissed)": the tool's warnings the reviewer dismissed, a note in brackets after)
const WITHDRAWN_ROW = /^(?:withdrawn|retracted|false positives?|false alarms?|duplicates?|not a bug|rejected|invalid|dismissed)(?:\s*\([^()]{1,60}\))?$/i;
const COUNTS_TABLE_RE2 = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;
/** "6 (1 critical, 2 high, 2 medium, 1 low)": a count, then its parts by level in brackets */
const BREAKDOWN_CELL = /^(\d{1,4})\s*\(((?:\s*\d{1,4}\s+[\p{L}-]{2,20}\s*(?:,|;|\band\b|&|\/|·)?)+)\)\s*$/u;
const BREAKDOWN_PART = /(\d{1,4})\s+([\p{L}-]{2,20})/gu;
/**
 * Convention: a summary table's value cell that counts the findings and parts them by level in brackets ("| Issues
 * found | 6 (1 critical, 2 high, 2 medium, 1 low) |", "| Vulnerabilities | 7 (2 High / 5 Low) |"): where every
 * part is a level and the parts add up to the count, the report states each level's count and the total
 */
function breakdownCells(text: string, rows: Table['children'], rf: ReportFacts): void {
  for (const r of rows.slice(1, 40)) {
    for (const c of r.children.slice(1)) {
      const v = cellText(text, c).replace(/\*\*|__/g, '').trim();
      if (v.length > 140 || !v.includes('(')) continue;
      const m = BREAKDOWN_CELL.exec(v);
      if (!m) continue;
      const parts: [Severity, number][] = [];
      for (const p of allMatches(m[2], BREAKDOWN_PART)) {
        const sev = schemeSeverity(p[2], rf);
        if (!sev || parts.some(([s]) => s === sev)) { parts.length = 0; break; }
        parts.push([sev, Number(p[1])]);
      }
      if (parts.length < 2 || parts.reduce((a, [, n]) => a + n, 0) !== Number(m[1])) continue;
      for (const [sev, n] of parts) if (rf.claims[sev] === undefined) rf.claims[sev] = n;
      rf.claims.total = Number(m[1]);
      rf.hasClaims = true;
      return;
    }
  }
}

/** the label of a summary row that counts the findings ("Findings", "**Issues found**", "Comments") */
// (Convention: a certification audit's result table, "| **Non-conformities raised** | Critical: 1 · Major: 3 · Minor:
// 6 · **Total: 10** |", as GFSI food safety and ISO certification reports open: the row counts the nonconformities
// by the standard's grades)
const FINDINGS_ROW = /^(?:findings|issues|comments|bugs|vulnerabilities|problems|non-?conformit(?:y|ies)|non-?conformances?|NCs)(?:\s+(?:found|raised|recorded|identified|total))?$/i;
/**
 * Convention: an "at a glance" table of a review's facts, one metric a row, whose findings row splits the count by
 * the report's own tiers in words ("| Findings | 2 blockers, 4 should-fix, 3 nits — 9 total |"): the cell is a
 * clause of counts as prose states it, read through the legend with the report's other count clauses
 */
function findingsRowClause(text: string, rows: Table['children'], rf: ReportFacts): void {
  if (rows[0].children.length !== 2) return;
  for (const r of rows.slice(1, 30)) {
    if (r.children.length !== 2 || !FINDINGS_ROW.test(plainInline(cellText(text, r.children[0])).trim())) continue;
    const v = plainInline(cellText(text, r.children[1])).trim();
    if (v.length > 160) continue;
    if (/\d[^,;]*[,;·]\s*\d/.test(v)) scanCountClauses(v, rf);
    // ("Critical: 1 · Major: 3 · Minor: 6 · Total: 10": each grade before its count, as a summary line tallies)
    else if (/:\s*\d[^·|]*[·|,;]/.test(v)) scanReportLine(v, rf);
  }
}

/**
 * Convention: Japanese, Chinese and Korean count tables write each count with its counter word ("| 危険度 | 件数 |"
 * over "| 高 | 3件 |" … "| **合計** | **11件** |", "| 严重 | 2 个 |", "| 상 | 3건 |"): the cell is the count, the
 * counter (件, 個, 个, 项, 건, 개) dropped, so the table counts by level as "| High | 3 |" does
 */
const COUNTER_CELL = /^\s*(?:\*\*|__)?(\d{1,6})\s*(?:件|個|个|项|項|건|개)(?:\*\*|__)?\s*$/u;
const COUNTER_CHAR = /[件個个项項건개]/u;
function counterCell(v: string): string {
  return COUNTER_CHAR.test(v) ? v.replace(COUNTER_CELL, '$1') : v;
}

/** a column header that names the report's own id of a row ("#", "ID", "Ref", "No.") */
const OWN_ID_HEADER = /^(?:id|#|ref\.?|no\.?|nr\.?|key)$/;
/** a short id of the report's own scheme, letters then a number ("V1", "F-03", "WP2") */
const OWN_ID_CELL = /^\p{Lu}{1,4}-?\d{1,4}$/u;
/** an advisory database's id, "CVE-2024-0761", "GHSA-…", "RUSTSEC-2024-0388" */
const ADVISORY_CELL = /^(?:CVE|GHSA|RUSTSEC|PYSEC|GO|OSV|GMS|SNYK|DSA|USN|RHSA|ALAS)-/;
/**
 * Convention: a SAST triage table carries the scanner's identifier of the weakness class beside the report's own
 * row ids ("| # | Severity | Identifier | Finding |" over "| S1 | Critical | CWE-89 | SQL Injection … |", as GitLab's
 * security widget and Semgrep list them): a CWE or CAPEC id names the kind of weakness, which several rows share,
 * so like an advisory id it is a reference out of the report and the row's own id is its ref
 */
const WEAKNESS_CELL = /^(?:CWE|CAPEC)-\d/;
function advisoryColumn(text: string, rows: Table['children'], col: number): boolean {
  return rows.slice(1).every((r) => { const v = cellText(text, r.children[col] ?? { children: [] }).trim(); return ADVISORY_CELL.test(v) || WEAKNESS_CELL.test(v); });
}

/**
 * Convention: a management letter's or a recurring audit's summary of its points by rating set beside the prior
 * period's, one count column per year ("| Rating | Definition | 2024 | 2023 |", "| Rating | FY25 | FY24 |"): a year
 * heads a count column, and of two the later year's column counts this report's points
 */
const YEAR_HEADER = /^\W*(?:FY\s?)?((?:19|20)\d\d|(?<=FY\s?)\d\d)(?:\s?[/-]\s?\d{2,4})?\W*$/i;
function laterYear(head: string | undefined, than: string | undefined): boolean {
  const a = YEAR_HEADER.exec((head ?? '').trim())?.[1];
  const b = YEAR_HEADER.exec((than ?? '').trim())?.[1];
  return !!a && !!b && a.length === b.length && Number(a) > Number(b);
}

/** a table cell that is one path in code: "`services/auth/src/session.ts:19`", "`apps/admin`" */
const PATH_SPAN_CELL = /^`[\w.@-]+\/[^`\s]*`$/;
/** a cell that is a file and line alone, in code or bare: "`a/b/Cors.java:22`", "`pom.xml:96`", "src/app.ts:10-14" */
const LOCATION_ONLY_CELL = /^(`?)(?:[\w.@~-]+\/)*[\w.@-]+\.[A-Za-z]\w{0,7}(?::\d+(?:[-–]\d+)?)?\1$|^`[\w.@-]+\/[^`\s]*`$/;
const LABEL_HEAD = /^(?:labels?|tags?)$/i;
const SCHEME_KEY_DROP = /[^\p{L}\p{N} -]+/gu;
const LABEL_CODE = /^`([^`]+)`$/;
const LABEL_SCOPE_GAP = /^([\p{L}]+):\s+(?=\S+$)/u;
// (a label the legend maps, or a scoped one naming its level, "priority: p1"; "release-blocker" rates nothing here)
const labelLevel = (v: string, rf: ReportFacts): Severity | null => rf.scheme.get(v.replace(SCHEME_KEY_DROP, ' ').trim().toLowerCase()) ?? scopedLabel(v.trim().replace(LABEL_CODE, '$1').replace(LABEL_SCOPE_GAP, '$1:'))?.sev ?? null;
/** "Run", "Run #", "Iteration no.": the first header of a test's log of runs, one numbered row a run */
const RUN_LOG_HEADER = /^(?:test )?(?:run|iteration|round|attempt|trial|execution)s?(?:\s*(?:#|no\.?|nr\.?|number|id))?$/;


/** "Cat. A", "Category B": a column headed by a grade of the report's lettered scale, rated as its legend says */
const GRADE_HEAD = /^(?:cat\.?|category|grade|class)\s+([A-E])$/i;
function gradeHeadSeverity(h: string, rf: ReportFacts): Severity | null {
  const m = h.length <= 12 ? GRADE_HEAD.exec(h) : null;
  return m ? rf.scheme.get(m[1].toLowerCase()) ?? null : null;
}

// (Convention: a statutory examination report's summary counts its items by the grade letter glossed with the grade's
// name, "| A — Immediate danger | 2 |", "| B — Remedy within specified period | 5 |", "| C — Recommendations | 3 |":
// the letter is the grade of the report's lettered scale, rated as its legend says)
const GLOSSED_GRADE = /^(?:(?:cat\.?|category|grade|class)\s+)?([A-E])\s*[—–-]\s+\p{L}/iu;
function glossedGradeSeverity(v: string, rf: ReportFacts): Severity | null {
  if (!rf.gradeEntries || v.length > 60 || !/[—–-]/.test(v)) return null;
  const g = GLOSSED_GRADE.exec(v)?.[1].toLowerCase();
  return g && rf.gradeEntries.has(g) ? rf.scheme.get(g) ?? null : null;
}

export function countsTable(text: string, table: Table, rf: ReportFacts): boolean {
  const rows = table.children;
  if (rows.length < 2) return false;
  if (rf.claims.total === undefined) breakdownCells(text, rows, rf);
  findingsRowClause(text, rows, rf);
  // "| Critical | High | Medium | Low |" over "| 1 | 2 | 2 | 1 |": the counts laid out in one row
  if (rows.length === 2) {
    // Convention: the row of counts led by its own label under the marks of the report's legend, "| | 🔴 | 🟠 | 🟡 |
    // ⚪ |" over "| Count | 2 | 5 | 4 | 3 |": the label's column counts nothing, and each mark is the level it marks
    const led = ROW_LABEL.test(plainInline(cellText(text, rows[1].children[0] ?? rows[1])).trim()) && !cellText(text, rows[0].children[0] ?? rows[0]).trim() ? 1 : 0;
    const raw = rows[0].children.slice(led).map((c) => cellText(text, c).trim());
    const heads = raw.map((h) => h.replace(EMOJI_RE, '').trim());
    const nums = rows[1].children.slice(led).map((c) => cellText(text, c).trim());
    const markOf = (i: number): Severity | null => (heads[i] ? null : MARK_CELL.test(raw[i]) ? (rf.emojiScheme?.get(raw[i].replace(/\uFE0F/g, '')) ?? SEVERITY_EMOJI[raw[i].replace(/\uFE0F/g, '')] ?? null) : null);
    if (led) for (let i = 0; i < heads.length; i++) if (!heads[i] && markOf(i)) heads[i] = markOf(i)!;
    if (heads.length >= 2 && heads.length === nums.length && nums.every((v) => /^\d{1,6}$/.test(v)) && heads.every((h) => TOTAL_ROW.test(h) || schemeSeverity(h, rf))) {
      const seen = new Set<string>();
      for (let i = 0; i < heads.length; i++) {
        if (TOTAL_ROW.test(heads[i])) {
          if (rf.claims.total === undefined) rf.claims.total = Number(nums[i]);
          continue;
        }
        const sev = schemeSeverity(heads[i], rf)!;
        if (seen.has(sev)) return false;
        seen.add(sev);
        if (rf.claims[sev] === undefined) rf.claims[sev] = Number(nums[i]);
      }
      rf.hasClaims = true;
      return true;
    }
  }
  // Convention: a summary matrix, one row per area and one column per level of the report's scale, closed by
  // a Total row ("| Area | Significant | Moderate | Minor |" … "| **Total** | **4** | **3** | **2** |",
  // "| Sistema | [MG] | [G] | [I] | [L] |" … "| **Total** | **1** | **2** | **4** | **3** |"): the Total row's
  // cells count each level; their sum is the total
  if (rows.length >= 3) {
    let heads = rows[0].children.map((c) => cellText(text, c).replace(EMOJI_RE, '').replace(/^(\*\*|__)(.*)\1$/, '$2').trim());
    let last = rows[rows.length - 1].children.map((c) => cellText(text, c).replace(/^(\*\*|__)(.*)\1$/, '$2').trim());
    const levelOf = (h: string) => schemeSeverity(h, rf) ?? schemeSeverity(h.replace(/^\[(.+)\]$/, '$1'), rf) ?? gradeHeadSeverity(h, rf);
    // (Convention: a statutory examination's summary by item of equipment, "| Lift | Cat. A | Cat. B | Cat. C | Safe to
    // continue in use? |" over "| **Total** | **1** | **6** | **3** | |": a verdict column after the levels, empty in
    // the Total row, counts nothing and is set aside)
    let end = heads.length;
    while (end > 4 && last.length === heads.length && last[end - 1] === '' && !levelOf(heads[end - 1])) end--;
    if (end < heads.length) {
      heads = heads.slice(0, end);
      last = last.slice(0, end);
    }
    // Convention: a scanner's per-image (per-target) matrix closes each row with its own Total column ("| Image |
    // CRITICAL | HIGH | MEDIUM | Total |" … "| **all images** | **6** | **7** | **2** | **15** |"): the last column
    // is the sum, not a level; the Total row's cell in it is the report's total where the levels add up to it
    const sumCol = heads.length >= 4 && TOTAL_ROW.test(heads[heads.length - 1]) ? 1 : 0;
    // Convention: a scanner triage's matrix by decision and level with a column for the findings the tool left
    // unrated ("| Decision | CRITICAL | HIGH | MEDIUM | LOW | unrated | Total |", checkov OSS rates nothing): that
    // column counts in the total only, as an unrated row does below
    const levels = heads.slice(1, heads.length - sumCol).map((h) => (UNRATED_ROW.test(h) ? 'unrated' : levelOf(h)));
    const rated = levels.filter((l) => l !== 'unrated');
    if (heads.length >= 3 && TOTAL_ROW.test(last[0] ?? '') && last.length === heads.length && levels.every(Boolean) && rated.length && new Set(rated).size === rated.length && last.slice(1).every((v) => /^\d{1,6}$/.test(v))) {
      const sum = last.slice(1, last.length - sumCol).reduce((a, v) => a + Number(v), 0);
      if (sumCol && Number(last[last.length - 1]) !== sum) return false;
      levels.forEach((sev, i) => {
        if (sev !== 'unrated' && rf.claims[sev!] === undefined) rf.claims[sev!] = Number(last[i + 1]);
      });
      if (rf.claims.total === undefined) rf.claims.total = sum;
      rf.hasClaims = true;
      return true;
    }
  }
  // Convention: a summary of findings by source or area closed by a Total row ("| Source | Id scheme | Findings |" …
  // "| **Total** | | **13** |"): where the column's counts add up to the Total row's, that is the report's total
  if (rows.length >= 4 && rf.claims.total === undefined) {
    const cellsOf = (r: (typeof rows)[number]) => r.children.map((c) => cellText(text, c).replace(/^(\*\*|__)(.*)\1$/, '$2').trim());
    const last = cellsOf(rows[rows.length - 1]);
    const named = TOTAL_ROW.test(last[0] ?? '') ? rows[0].children.findIndex((c) => FINDINGS_HEAD.test(plainInline(cellText(text, c)).trim())) : -1;
    // Convention: the same tally split by where the items stand, a column per state and one for their sum ("| Trade |
    // Open | Closed | Disputed | Total |" … "| **TOTAL** | **9** | **3** | **2** | **14** |", as snag lists and defect
    // logs count by trade or area): the Total column counts the findings, where each row's states add up to it
    const heads = rows[0].children.map((c) => plainInline(cellText(text, c)).replace(/[*_]/g, '').trim());
    const sumAt = heads.length - 1;
    const byState = named < 0 && heads.length >= 4 && TOTAL_ROW.test(last[0] ?? '') && TOTAL_ROW.test(heads[sumAt]) && heads.slice(1, sumAt).every((h) => h.length <= 20 && statusFromText(h) !== null)
      && rows.slice(1).every((r) => { const c = cellsOf(r); return c.slice(1).every((v) => /^\d{1,5}$/.test(v)) && c.slice(1, sumAt).reduce((a, v) => a + Number(v), 0) === Number(c[sumAt]); });
    const col = byState ? sumAt : named;
    if (col > 0 && /^\d{1,5}$/.test(last[col] ?? '')) {
      const parts = rows.slice(1, -1).map((r) => cellsOf(r)[col] ?? '');
      if (parts.every((v) => /^\d{1,5}$/.test(v)) && parts.reduce((a, v) => a + Number(v), 0) === Number(last[col])) {
        rf.claims.total = Number(last[col]);
        rf.hasClaims = true;
      }
    }
  }
  // ("| OFIs (not counted) | 3 |": a row the report itself leaves out of its counts)
  const body = rows
    .slice(1)
    // (the counts in Persian or Arabic-Indic digits read as ASCII: "| بحرانی | ۲ |")
    .map((r) => r.children.map((c) => counterCell(westernDigits(cellText(text, c).replace(/^(\*\*|__)(.*)\1$/, '$2')))))
    .filter((r) => !/\bnot counted\b|\bnot findings\b/i.test(r.join(' ')))
    .map(totalUnderMeaning);
  const width = rows[0].children.length;
  const headers = rows[0].children.map((c) => cellText(text, c));
  // ("| Impact | Meaning | Treat as |" over "| 5 | … | critical |": a legend numbers its levels; it counts nothing)
  // (unless a column counts: "| Priority | Meaning | Count |" over "| P0 | Active SLO risk, fix now | 1 |" is the
  // legend and the tally in one)
  const MEANING = /^(?:meaning|definition|criteria|what it means|description|treat(?:ed)? as|maps? to)$/i;
  if (headers.some((h) => MEANING.test(h.trim())) && !headers.some((h) => /^\W*(?:count|findings|total|#)\W*$/i.test(h.trim()) || YEAR_HEADER.test(h))) return false;
  let sevCol = -1;
  let numCol = -1;
  let labelCol = false;
  // Convention: a code review's count of its comments by tier ("| blocking | 3 (1 already fixed in a later push) |",
  // "| non-blocking | 4 |", "| nits | 3 |", "| **total** | 10 |"): the tiers are the rows, nits the informational
  // ones; a count may carry a note in brackets
  const tier = (v: string) => v.length <= 20 && (groupBlocks(v) !== null || /^(?:nit(?:pick)?s?|suggestions?)$/i.test(v)) && TIER_RE.test(v);
  const COUNT_CELL = /^\d{1,6}(?:\s+\([^()]{1,80}\))?$/;
  for (let c = 0; c < width; c++) {
    const cells = body.map((r) => (r[c] ?? '').replace(EMOJI_RE, '').trim());
    // (a word of the report's own scale counts as a severity: "| Observation | 2 |"; so does a rating in dots, "| ●●●○○ | 2 |")
    // (and a level number of the report's numbered scale under the scale's name: "| Priority | Findings raised |"
    // over "| 1 | 2 |")
    const levelCol = /priorit|severity|level|rating|grade|tier|class/i.test(headers[c] ?? '');
    // (Convention: a pentest summary's count by the firm's own coded levels, "| R4 – Kritisch | 1 |" … "| R0 – Information
    // | 1 |": the code with its level's name, as a finding's field writes it, is the row's level: codeDashLevel)
    // (Convention: an aviation quality audit's summary by the regulator's finding levels, "| Level | Count |" over
    // "| Level 1 | 1 |", "| Level 2 | 5 |", "| Observation | 3 |": each row a level of that scale, whatever its legend)
    const sevLike = cells.filter((v, i) => TOTAL_ROW.test(v) || tier(v) || dotRating(body[i][c] ?? '') || (levelCol && /^[0-5]$/.test(v) && rf.scheme.has(v)) || (levelCol && regulatorLevelRow(v)) || UNRATED_ROW.test(v) || !!rf.unratedCodes?.has(v.toLowerCase()) || !!glossedGradeSeverity(v, rf) || (v.length <= 30 && !/^\d+(?:\.\d+)?$/.test(v) && (severityFromValue(v) || rf.scheme.has(v.toLowerCase()) || bracketedCode(rf.scheme, v) || codeDashLevel(v)))).length;
    // ("| Severity | Count | Resolved |" over "| Critical | 1 | 1 |" … "| Gas | 2 | 2 |", "| **Total** | **12** | … |": a
    // row or two of the report's own kinds beside its levels, counted in the total only)
    const ownKinds = sevLike >= 3 && cells.length - sevLike <= 2 && cells.some((v) => TOTAL_ROW.test(v)) && cells.every((v) => v.length <= 20 && COUNTS_TABLE_RE.test(v));
    // Convention: a summary count by level closed by a row of findings taken back, "| Low (NIT) | 1 |" over
    // "| Withdrawn | 1 |" ("False positive", "Duplicate"): counted apart, it rates nothing and the levels stand
    const withdrawn = sevLike >= 3 ? cells.filter((v) => WITHDRAWN_ROW.test(v)).length : 0;
    // Convention: an issue tracker export's count of issues per label ("| Label | Issues |" over "| `priority: p0` |
    // 1 |", "| `release-blocker` | 2 |"): the labels the report's legend maps to levels count each level; the
    // other labels count other things
    const labelled = sevCol < 0 && LABEL_HEAD.test(plainInline(headers[c] ?? '').trim()) && cells.filter((v) => labelLevel(v, rf)).length >= 2;
    if (labelled) labelCol = true;
    if (sevCol < 0 && (labelled || sevLike === cells.length || ownKinds || (withdrawn > 0 && withdrawn <= 2 && sevLike + withdrawn === cells.length))) sevCol = c;
    // of several number columns ("| 🐛 Bugs | 🔓 Vulnerabilities | Total |"), the total or count
    // (a count per year, "| Rating | Definition | 2024 | 2023 |": the latest year's column counts this report's points)
    // (Bengali "| তীব্রতা | খোলা | … | মোট |": "মোট" the total, "সংখ্যা" the count)
    // (Convention: a defect summary by level and state closes each row with its sum, the column named as the Total
    // row is in the report's language, "| Mức độ | Mở | Đang sửa | … | Tổng |", "| Schweregrad | Offen | … | Gesamt
    // |": that column counts the level's findings, not the first state's)
    else if (cells.every((v) => COUNT_CELL.test(v)) && (numCol < 0 || /total|count|^#$|number|findings|issues|মোট|সংখ্যা/i.test(headers[c] ?? '') || TOTAL_ROW.test(plainInline(headers[c] ?? '').replace(/[*_]/g, '').trim()) || laterYear(headers[c], headers[numCol]))) numCol = c;
  }
  if (sevCol < 0 || numCol < 0) return false;
  // Convention: a findings table numbered by a leading column, "| # | Problem | Severity |" ("| No. |", "| Ref |", or
  // no header) over "| 1 | Leaky tap | Medium |": a first column running 1, 2, 3… beside the rows' own text numbers
  // them, it counts nothing (unless its header says it counts)
  if (numCol === 0 && width >= 3 && !/count|total|findings|issues|সংখ্যা|মোট/i.test(headers[0]) && body.every((r, i) => r[0] === String(i + 1))) return false;
  // ("| # | Issue | Rating | Status |": a column of titles makes it a list of findings, not of counts)
  for (let c = 0; c < width; c++) {
    // (a legend's meanings beside its counts are sentences, not findings' titles)
    if (c === sevCol || c === numCol || MEANING.test((headers[c] ?? '').trim())) continue;
    if (body.filter((r) => COUNTS_TABLE_RE2.test(r[c] ?? '')).length * 2 > body.length) return false;
  }
  // each severity word is counted once; a column that repeats them lists findings ("| 3 | High | … |")
  const labels = body.map((r) => (dotRating(r[sevCol] ?? '') ? (r[sevCol] ?? '').trim() : (r[sevCol] ?? '').replace(EMOJI_RE, '').trim().toLowerCase()));
  if (new Set(labels).size !== labels.length) return false;
  // Convention: the counts split by state, one column per state and none for the total ("| Severity | Open |
  // Resolved |" over "| 🟠 High | 1 | 1 |", a review bot's comment updated in place): the level's findings are
  // those of every state, the columns added up
  const numCols = headers.map((_h, c) => c).filter((c) => c !== sevCol && body.every((r) => COUNT_CELL.test((r[c] ?? '').replace(EMOJI_RE, '').trim())));
  const byState = numCols.length >= 2 && numCols.every((c) => statusFromText(plainInline(headers[c] ?? '').replace(EMOJI_RE, '').trim()) !== null && !/total|count|^#$|number|findings|issues|মোট|সংখ্যা/i.test(headers[c] ?? ''));
  const counted: Partial<Record<string, number>> = {};
  let unrated = 0;
  let tableTotal: number | null = null;
  for (const r of body) {
    const label = (r[sevCol] ?? '').replace(EMOJI_RE, '').trim();
    const n = byState ? numCols.reduce((a, c) => a + parseInt(r[c] ?? '', 10), 0) : parseInt(r[numCol] ?? '', 10);
    if (TOTAL_ROW.test(label)) {
      if (rf.claims.total === undefined) rf.claims.total = n;
      else tableTotal = n;
    } else if (UNRATED_ROW.test(label) || rf.unratedCodes?.has(label.toLowerCase())) {
      unrated += n;
    } else {
      // read through the report's legend; two words of one severity ("Moderate", "Minor") add up
      // (a review's "nits" are informational; its "blocking" and "non-blocking" rate nothing)
      const sev = labelCol ? labelLevel(label, rf) : dotRating(r[sevCol] ?? '') ?? glossedGradeSeverity(label, rf) ?? schemeSeverity(label, rf) ?? codeDashLevel(label) ?? (tier(label) ? groupSeverity(label, label, null) : null);
      if (sev) counted[sev] = (counted[sev] ?? 0) + n;
    }
    rf.hasClaims = true;
  }
  for (const [sev, n] of Object.entries(counted)) if (rf.claims[sev as Severity] === undefined) rf.claims[sev as Severity] = n;
  // (a prose count read before the table that left the informational row out, "We identified **4
  // vulnerabilities** … We also note 1 informational observation": the table's Total, where its rows add up to it,
  // counts every finding; see resolveCountClauses for the same count read after the table)
  if (tableTotal !== null && counted.info && rf.claims.total === tableTotal - counted.info && Object.values(counted).reduce<number>((a, n) => a + (n ?? 0), unrated) === tableTotal) rf.claims.total = tableTotal;
  // (the findings of no level are counted in the total alone: without a Total row, the rows add up to it)
  if (unrated && rf.claims.total === undefined) rf.claims.total = Object.values(counted).reduce<number>((a, n) => a + (n ?? 0), unrated);
  // (a matrix of levels by state tallies every finding of the report, as the summary matrix's Total row does: its
  // sum is the total)
  if (byState && rf.claims.total === undefined && Object.keys(counted).length === body.length) rf.claims.total = Object.values(counted).reduce<number>((a, n) => a + (n ?? 0), 0);
  return true;
}

/**
 * Convention: a count table by level with a column of meanings closes with its sum written under the meanings,
 * the level's cell left blank ("| Priority | Meaning | Count |" … "| | **Total** | **11** |"): the row is the
 * Total row, its label moved to the level's column where the other rows name their level
 */
function totalUnderMeaning(r: string[]): string[] {
  if (r.length < 3 || (r[0] ?? '').replace(EMOJI_RE, '').trim() !== '' || !TOTAL_ROW.test((r[1] ?? '').trim()) || (r[1] ?? '').trim().length > 20) return r;
  return [r[1]!, ...r.slice(1)];
}

const NUMERIC_SCALE_RE = /^([0-5])\s*[—–-]\s+(\p{L}[\p{L} -]{1,40})$/u;
const NUMERIC_SCALE_RE2 = /^[\p{L}][\p{L} -]{1,40}$/u;
const SCALE_MEANING_HEADER = /^(?:meaning|description|definition|what it means|covers)$/;
// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const LETTER_FIRST = /^\p{L}/u;
/**
 * "| Rating | Name | What it means |" over "| 4 | Usability catastrophe | Must be fixed before launch |" …
 * "| 1 | Cosmetic problem | Fix if time allows |": a numbered scale the report defines, with names. Each
 * number (and name, and the name's own word: "catastrophe") rates as its meaning says ("High priority"),
 * else by its rank, the highest number the worst unless the meanings say otherwise.
 */
const EARLIER_REF_HEADER = /^(?:(?:19|20)\d\d|previous|prior|earlier|last|old|original)(?: (?:report|inspection|audit|survey|pi|gi))?\s+(?:ref(?:erence)?|id|no\.?|#)$/;
const NO_DEFECT_MEANING = /^no (?:significant |notable |visible |structural |obvious |apparent )?(?:defects?|damage|deterioration)\b/i;
const MILDEST_OBSERVATION = /^(?:observations?|advisory|for information|informational|good practice|fyi)$/;
// Convention: a findings table numbered by a "#" column and rated in plain words, "| 1 | … | High |", "| 2 | … |
// Medium |", "| 3 | … | Low |": a name that is a usual level keeps it, not the level of its rank (High the worst of three)
const USUAL_LEVEL_NAME = /^(?:critical|high|medium|moderate|low|info(?:rmational)?)$/i;
/** a column that names a scale's levels, "| Name |", "| Label |", "| Level |", "| Severity |" */
const LEVEL_NAME_HEADER = /^(?:name|label|level|severity|rating|grade|category|class|tier|impact|priority|risk)(?: (?:name|label|level))?$/;
/** a column that rates each row, by its header or by its cells ("| Severity |", "| High |") */
const ROW_RATING_HEADER = /severity|rating|priority|risk|impact|grade|^level$/;
/** whether a table numbered by "#" reads as a scale's key: its level column so named, and no other column rating the rows */
function scaleKeyColumns(header: string[], body: string[][], numCol: number, nameCol: number): boolean {
  if (!LEVEL_NAME_HEADER.test((header[nameCol] ?? '').replace(/[*_]/g, '').trim())) return false;
  return !header.some((h, i) => i !== numCol && i !== nameCol && (ROW_RATING_HEADER.test(h) || body.every((r) => severityFromValue(r[i] ?? '') !== null)));
}
function numericScale(text: string, table: Table, header: string[]): Map<string, Severity> | null {
  // ("| Priority | Meaning |" over "| 1 — Serious deficiency | … |": a priority scale, its number and name in one cell)
  const numCol = header.findIndex((h) => /rating|severity|level|score|grade|priorit|^#?$/.test(h.replace(/[*_]/g, '')));
  if (numCol < 0) return null;
  const priority = /priorit/.test(header[numCol]);
  const body = table.children.slice(1).map((r) => r.children.map((c) => cellText(text, c).replace(EMOJI_RE, '').replace(/\*\*|__/g, '').trim()));
  const named = body.map((r) => NUMERIC_SCALE_RE.exec(r[numCol] ?? ''));
  const inline = named.every(Boolean);
  const nums = body.map((r, i) => (inline ? Number(named[i]![1]) : /^[0-5]$/.test(r[numCol] ?? '') ? Number(r[numCol]) : NaN));
  if (nums.some(Number.isNaN) || new Set(nums).size !== nums.length || body.length < 3) return null;
  if (inline) body.forEach((r, i) => r.push(named[i]![2]));
  // Convention: a priority scale whose levels are described, not named ("| DOJ Priority | Meaning |" over "| 1 |
  // Access into the building from parking and transit |", as barrier-removal and triage scales set out their
  // tiers): the meaning column stands for the names
  const named0 = inline ? header.length : header.findIndex((h, i) => i !== numCol && body.every((r) => NUMERIC_SCALE_RE2.test(r[i] ?? '')));
  const meaningCol = () => header.findIndex((h, i) => i !== numCol && SCALE_MEANING_HEADER.test(h) && body.every((r) => LETTER_FIRST.test(r[i] ?? '')));
  let nameCol = named0 >= 0 || !priority ? named0 : meaningCol();
  // Convention: a defect severity scale whose levels are described in sentences, not named, "| Severity | Description |"
  // over "| 1 | No significant defect |" … "| 5 | Element non-functional / failed |" (bridge and structure inspections'
  // severity codes, a sewer survey's grades): the descriptions stand for the names where one end asks for nothing
  if (nameCol < 0 && !priority && /severity|grade|rating/.test(header[numCol])) {
    const col = meaningCol();
    if (col >= 0 && body.filter((r) => NO_DEFECT_MEANING.test(r[col] ?? '')).length === 1) nameCol = col;
  }
  if (nameCol < 0) return null;
  // Convention: a findings table numbered by a bare "#" column, "| # | Problem | Severity |" over "| 1 | Oven door hits
  // the island | High |": "#" only counts rows; a scale's key numbered so names its level column ("| # | Name |
  // Meaning |"), and no other column rates its rows, as a findings table's severity column does
  if (/^#?$/.test(header[numCol].replace(/[*_]/g, '').trim()) && !scaleKeyColumns(header, body, numCol, nameCol)) return null;
  const said = body.map((r) => {
    const rest = r.filter((_, i) => i !== numCol && i !== nameCol).join(' ');
    // (a priority ranks work; only a stated severity, risk or impact rates the level itself)
    const m = /\b(critical|high|medium|low|info(?:rmational)?)\s+(?:severity|risk|impact)\b/i.exec(rest);
    return m ? severityFromValue(m[1]) : null;
  });
  // which end is the worst: the meanings say so where they rate; else the highest number (of a priority
  // scale the lowest: Priority 1 comes first)
  // (Convention: a usability or QA severity scale numbered from its worst, as Nielsen-style and clinical
  // safety ratings often are, "| 1 | Critical | … |" down to "| 4 | Minor | … |": the names that read as
  // severities say which end is the worst, whatever the usual reading of the numbers)
  const lowWorst = lowestNumberWorst(nums.map((n, i) => [n, body[i][nameCol] ?? ''] as const));
  const byRank = [...nums].sort((a, b) => ((lowWorst ?? priority) ? a - b : b - a));
  const rankSev = (n: number) => (['critical', 'high', 'medium', 'low', 'low', 'low'] as const)[byRank.indexOf(n)];
  const map = new Map<string, Severity>();
  const names = body.map((r) => (r[nameCol] ?? '').toLowerCase());
  // Convention: a numbered scale of five levels or more whose mildest is named for what asks nothing, "| 1 |
  // Observation | Good-practice improvement; no exception expected. |" (inspections, audits and readiness assessments,
  // "Advisory", "For information"): that level is informational, not low
  const mildest = nums.length >= 5 ? nums.indexOf(byRank[byRank.length - 1]) : -1;
  // (and any scale's mildest level that says there is no defect, "| 1 | No significant defect |": informational)
  const observed = mildest >= 0 && !said[mildest] && (MILDEST_OBSERVATION.test(names[mildest].trim()) || NO_DEFECT_MEANING.test(names[mildest])) ? mildest : -1;
  body.forEach((r, i) => {
    const sev = i === observed ? 'info' : said[i] ?? (USUAL_LEVEL_NAME.test(names[i].trim()) ? severityFromValue(names[i].trim()) : null) ?? rankSev(nums[i]);
    map.set(String(nums[i]), sev);
    map.set(names[i], sev);
    const own = names[i].split(/\s+/).filter((w) => !names.some((n, j) => j !== i && n.split(/\s+/).includes(w)));
    for (const w of own) if (own.length <= 2 && w.length > 3 && !map.has(w)) map.set(w, sev);
  });
  return map;
}

/** "High", "3 (High)", "2 (Med) ↓ from 3": a cell that opens with a rating word (a number on the scale may lead). */
// ("★★★★☆", "●●○○○": a rating drawn as filled marks)
// (or a tracker's priority code, "| WRN-3307 | P0 | … |" under a header of one letter, "| P |")
/** a table's column of free-text remarks on each row ("| Notes |", "| Comments |", "| Remarks |") */
const NOTES_HEADER = /^(?:notes?|comments?|remarks?)$/;
// Convention: a release candidate's regression report tables each regression with its id, severity and the result of
// retesting it on a later build ("| ID | Failure | Sev | First failing build | Retest 4431 | Blocks GA | Notes |" with
// "| FW-22880 | Snapping ignores markers … | S2 | 4417 | PASS | No | Fixed by !5490 |"): a pass there is the
// regression verified fixed on that build, not a check that passed; a fail is the regression still reproducing; a
// row not retested ("—") stands as its notes say ("Duplicate of FW-22815", "won't fix for 8.2"), else open
const RETEST_HEADER = /^re-?test(?:ed)?\b|^re-?verif|^verified on\b/;
/** a retest cell that says the defect no longer reproduces, or still does (a state in words, "Fixed", reads as itself) */
const RETEST_PASS = /^\W*(?:pass(?:ed|es)?|ok)\W*$/i;
const RETEST_FAIL = /^\W*(?:fail(?:ed|s)?|still (?:fails|reproduces|open)|repro(?:duces)?)\W*$/i;
/** a rated defect's state from its retest cell, or, where it was not retested, from its notes; null where neither says */
function retestState(result: string, notes: string | undefined): Status | null {
  const t = unmarked(result);
  if (RETEST_PASS.test(t)) return 'verified';
  if (RETEST_FAIL.test(t)) return 'open';
  if (!/^[\s—–-]*$/.test(t) || !notes) return null;
  const st = statusFromText(notes);
  return st === 'duplicate' || st === 'wont_fix' || st === 'in_progress' ? st : null;
}
/** a column of the finder's own remark: "Why I didn't fix it", "Why not fixed", "Reason", "Rationale" */
const REMARK_HEADER = /^(?:why\b.{0,30}|reason(?:ing)?|rationale|explanation)$/;
/**
 * Convention: a status table's cell that says where the finding stands and, after a dash, what it holds, "| V4.2.1 |
 * Open — must be fixed before the portal opens to the remaining 14 clinics |": the remark is a statement about
 * shipping, as the finding's own text would be
 */
const STATUS_REMARK = /^[^—–]{1,40}\s[—–]\s+(.{6,300})$/;
function statusRemark(cell: string | undefined): boolean | null {
  if (!cell || !/block|before|until/i.test(cell)) return null;
  const m = STATUS_REMARK.exec(cell.trim());
  return m ? blocksStatement(m[1]) : null;
}
/** an action cell that holds the item examined until its fix ("must not be returned to service until rectified"), or null */
function actionHold(cell: string | undefined): true | null {
  if (!cell || !/until|before|unless/i.test(cell)) return null;
  return blocksStatement(cell) === true ? true : null;
}
const RATING_CELL = /^[^\p{L}\p{N}]*(?:[0-5]\s*\(\s*)?(?:critical|crit|high|medium|med|moderate|low|informational|info|blocker|major|minor)(?![\p{L}])|^[^\p{L}\p{N}]*P[0-4](?![\p{L}\p{N}])|^\s*[★●■◆][★☆●○■□◆◇]{2,9}\s*$/iu;

/** A column that says where the code is ("| Lives in |": where the code is), in the report's language. */
// (Convention: a dependency triage names the manifest that declares each package, "| Manifest |" with "`package.json`",
// "`services/api/go.mod`", "`Dockerfile`": the file the fix goes in)
const LOC_HEADER = /file|location|path|where|^lives in$|^(?:locatie|bestand|fichier|emplacement|datei|fundstelle|ubicaci[oó]n|archivo|arquivo|posizione|manifests?(?: files?)?)$/;
/** a header of two names, "Componente / Localização", "URL ou fichier", "Component or file" */
const LOC_HEADER_PAIR = /\s*\/\s*|\s+(?:or|ou|o|oder|of|tai|atau)\s+/;

const CELL_SEVERITY_RE = /^(?:[6-9]|\d{2,4}|\d[.,]\d+)(?:[.,]\d+)?\s*[—–:-]\s*(\p{L}.*)$/u;
/** A rating cell: a severity word, or a risk register's letter ("| H |", "| M |", "| L |"). */
/** a score range as a risk matrix's band gives it, "20–25", "4 - 9", "≥ 15", "< 4", "15+" */
const SCORE_BAND_CELL = /^(?:\d{1,3}(?:\.\d)?\s*(?:[-–—]|to)\s*\d{1,3}(?:\.\d)?|[≥≤<>]=?\s*\d{1,3}(?:\.\d)?|\d{1,3}\s*\+)$/;
/** rows named by a level word each, distinct, beside a column of score bands: a banding legend's rows */
function levelNamedBands(rows: string[][], nameCol: number, sevOf: (v: string) => Severity | null): boolean {
  const names = rows.map((r) => r[nameCol] ?? '');
  if (new Set(names.map((n) => n.toLowerCase())).size !== names.length || !names.every((n) => n.length <= 20 && sevOf(n))) return false;
  const width = Math.max(...rows.map((r) => r.length));
  for (let i = 0; i < width; i++) if (i !== nameCol && scoreBands(rows.map((r) => r[i] ?? ''))) return true;
  return false;
}
/** a first column of score bands, one of them perhaps a bare score (CVSS "0.0", the lowest level's) */
/** "| 1 | Remote: would need … |" … "| 4 | Almost certain: … |": rows counting a scale's levels, each named and defined */
function levelRows(rows: string[][], nameCol: number): boolean {
  const first = rows.map((r) => r[0] ?? '');
  if (!first.every((c, i) => c === String(i + 1)) && !first.every((c, i) => c === String(first.length - i))) return false;
  return rows.every((r) => LEVEL_DEFINED_CELL.test(r[nameCol] ?? ''));
}
const LEVEL_DEFINED_CELL = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}\s*[:–—]\s+\S/u;

function scoreBands(cells: string[]): boolean {
  const bare = cells.filter((c) => !SCORE_BAND_CELL.test(c));
  return bare.length === 0 || (bare.length === 1 && cells.length >= 4 && /^\d{1,3}(?:\.\d)?$/.test(bare[0]));
}
/**
 * Convention: an audit or readiness register rates each row by its scale's number and label together, "| 5 –
 * Pervasive |", "| 3 (Moderate) |", as gap assessments and risk registers write the level of a numbered scale
 * they define: the level is the legend's, where it rates the number and the label alike
 */
const NUMBERED_LABEL_CELL = /^\**([0-5])\**\s*(?:[—–:-]\s*|\(\s*)(\p{L}[\p{L} -]{1,30}?)\s*\)?\**$/u;
function numberedLabel(t: string, legend: Map<string, Severity>): Severity | null {
  if (t.length > 40 || !/^\**[0-5]/.test(t)) return null;
  const m = NUMBERED_LABEL_CELL.exec(t);
  if (!m) return null;
  const byNum = legend.get(m[1]);
  return byNum && legend.get(m[2].toLowerCase()) === byNum ? byNum : null;
}
function cellSeverity(v: string, legend: Map<string, Severity> | null): Severity | null {
  const t = v.trim();
  // the report's own grades first ("S（致命的）", "Minor → Low", "⚪ T3" with its mark), then words, then risk letters
  // ("200 — Very high", "18 — Significant": a score, then the band the legend names)
  // (a score above a scale's levels: "1 – visoki" is the level, named)
  const bandWord = legend?.size ? CELL_SEVERITY_RE.exec(t)?.[1] : undefined;
  const band = bandWord ? legend!.get(bandWord.toLowerCase()) : undefined;
  return legend?.get(t.toLowerCase()) ?? (legend?.size ? numberedLabel(t, legend) : null) ?? legend?.get(t.replace(/\uFE0F/g, '')) ?? legend?.get(t.replace(EMOJI_RE, ' ').trim().toLowerCase()) ?? band ?? (legend ? namedSchemeCode(t, legend) : undefined) ?? severityFromValue(t) ?? (/^[CHMLI]$/.test(t) ? ({ C: 'critical', H: 'high', M: 'medium', L: 'low', I: 'info' } as const)[t as 'C'] : null) ?? nitCell(t);
}

/**
 * Convention: a code review's summary table grades its least remarks "| ⚪ Nit |", "| Nitpick |": a remark the
 * author may take or leave, informational, where no legend of the report rates the word otherwise (the cell is the
 * word alone, maybe after its mark)
 */
function nitCell(t: string): Severity | null {
  return t.length <= 20 && /^\W*nit(?:pick)?s?\W*$/iu.test(t) ? 'info' : null;
}

// ("✅ Conforme", "Konform", "Cumple": the same in the report's language)
// ("| Supports |", "| Not Evaluated |": an Accessibility Conformance Report's levels that report no defect)
// ("양호" sound, "적합" conforming, "해당 없음" not applicable: a Korean checklist's verdicts)
const PASSED_CELL = /^\W*(?:pass(?:ed)?|ok|compliant|in place|met|not applicable|n\/a|conforme?|konform|cumple|(?:fully )?supports|not evaluated|양호|적합|해당\s?없음|✓|✔)\W*$/iu;

/** a rating cell that says the row is not rated, "n/a", "N/A", "not applicable" */
const NOT_RATED_CELL = /^\W*(?:n\/a|not applicable)\W*$/i;

/** a table cell struck through whole, "~~Bucket TTL shorter than refill window~~" */
const STRUCK_CELL = /^~~(?!~)[^~\n]{4,300}~~$/;
/** a cell that is a done mark alone, "✅", "✔️" */
const DONE_CELL = /^\s*(?:✅|✔|☑|✓)\uFE0F?\s*$/u;

// Convention: a scorecard or audit checklist graded by marks alone, its legend saying what each mark means ("| ID |
// Check | Status | Finding |" with "| ✅ |" on checks that meet the bar and "| ❌ |", "| ⚠️ |" on those that do not,
// "| 🟢 |", "| 🔴 |" as RAG marks): a pass mark is a check passed, no finding; a fail mark is a check failed, a
// finding named by its check (read only where the column holds both, so a fix review's "✅" stays a state)
const PASS_MARK = /^\s*(?:✅|✔|☑|✓|🟢)\uFE0F?\s*$/u;
const FAIL_MARK = /^\s*(?:❌|⚠|✗|✘|❎|🔴|🟠|🟡|⛔|🚫)\uFE0F?\s*$/u;
/** a cell of sentences, not a title: "… routed to Slack. Nothing pages." */
const PROSE_CELL = /\S[.;:!?]\s+\p{Lu}/u;
/** a line named in words after a path in code: " line 58", ", lines 12-20", " (line 7)" */
// (in the report's language or abbreviated too: "`bom-revA.csv`, linha 87", "`show.html.twig` l. 7", LINE_WORD)
const LINE_AFTER_CODE = new RegExp(String.raw`^,?\s\(?(?:at |on )?${LINE_WORD}\s\d{1,6}(?:\s?[-–]\s?\d{1,6})?\)?`, 'iu');
/** a column naming the requirement checked: "Check", "Control", "Requirement", "Success criterion", "Clause" */
const CHECK_HEADER = /^(?:success )?(criteri|requirement|control|check|clause)/;

/** A result that says the requirement is not (fully) met: "Fail", "Partially Supports", "Does Not Support", "Not met". */
const FAILED_CELL = /^\W*(?:fail(?:ed|s|ure)?|partial(?:ly)?(?:\s+(?:supports?|met|compliant|implemented))?|does not (?:support|meet|comply)|not (?:supported|met|compliant|implemented)|non-?(?:compliant|conformant)|gap)\W*$/iu;

/**
 * Convention: a benchmark or compliance scanner's check table (CIS benchmarks and kube-bench, DISA STIG checklists,
 * Prowler, ScoutSuite, Lynis) gives each control one verdict from a short fixed set, "| 1.2.1 | Ensure that … | L1 |
 * FAIL | High | … |", "| WARN |", "| MANUAL |", "| N/A |": a FAIL and a WARN (a gap the check found, or a manual
 * check that found one) are findings named by their control; a PASS or N/A needs no action, and a MANUAL, INFO or
 * SKIP check was not judged. Read only where every result cell is such a verdict, a pass and a failure among them.
 */
const CHECK_VERDICT = /^\W*(?:pass(?:ed)?|fail(?:ed)?|warn(?:ing)?|manual|info|skip(?:ped)?|error|n\/a|not applicable)\W*$/i;
const WARN_VERDICT = /^\W*(?:warn(?:ing)?|error)\W*$/i;
const UNJUDGED_VERDICT = /^\W*(?:manual|info|skip(?:ped)?)\W*$/i;
function benchmarkVerdicts(results: string[]): boolean {
  return results.length >= 2 && results.every((v) => CHECK_VERDICT.test(v)) && results.some((v) => PASSED_CELL.test(v)) && results.some((v) => FAILED_CELL.test(v) || WARN_VERDICT.test(v));
}

/**
 * Where a benchmark's failed control stands: its verdict is the check's result when it ran, "open" unless a remark
 * beside it says in bold that the gap was closed or accepted since ("Was `true`. **Fixed during the review window**
 * in MR !412", "**Risk accepted** (EXC-019 …)"), as a reviewer flags a row's state in its evidence column.
 */
function controlState(text: string, row: Table['children'][number]['children'], nameCol: number, resultCol: number): Status {
  for (let i = 0; i < row.length; i++) {
    if (i === nameCol || i === resultCol) continue;
    const md = cellSource(text, row[i]);
    if (!md.includes('**') && !md.includes('__')) continue;
    for (const m of allMatches(md, /(?:\*\*|__)([^*_\n]{3,60})(?:\*\*|__)/g)) {
      const st = statusFromText(m[1].trim());
      if (st && st !== 'open') return st;
    }
  }
  return 'open';
}

/** A cell that is an identifier: a tracker key, an advisory id, a scanner's rule id. */
// ("SPI-SIAKAD-04": a unit, a system and a number, as internal audit units number their findings)
// (ids in any script's capitals: "МБ-09" in a Serbian report)
// ("AI-2291-1": an item numbered under its parent, the incident's or epic's number, then its own)
// (and a crash reporter's short id, "PAYAPP-3F2": SHORT_ISSUE_ID_SRC)
// (and a defect numbered within its item of equipment or its room, "L3/1", "L3-012/02": EQUIPMENT_ITEM_ID)
const REC_ID_HEADER = /^(?:rec(?:ommendation)?|benchmark|cis|stig)\.?\s*(?:#|no\.?|nr\.?|id|ref\.?|number)$/;
// (Convention: an audit letters its observations within the audit, "OBS-14-A", "OBS-14-B": a number, then a letter)
// (a building survey's door or room coded by site, floor and item, "CC-1-S1", "CC-G-BIN": vocab.ts, FLOOR_CODED_ID_SRC)
// (a defect numbered by its report's number and a serial, "0417/03": vocab.ts, REPORT_SERIAL_ID_SRC)
const ID_CELL = new RegExp(String.raw`^(?:\p{Lu}[\p{Lu}0-9]{0,9}(?:-\p{Lu}[\p{Lu}0-9]{0,8})?-\d{1,6}(?:-\p{Lu}{0,2}\d{1,3}|-\p{Lu})?|[A-Z][A-Z0-9]{1,9}(?:_[A-Z0-9]{1,9}){1,3}_\d{1,5}|(?:CVE|GHSA|RUSTSEC|PYSEC|GO|OSV|GMS|SNYK|DSA|USN|RHSA|ALAS)-[A-Za-z0-9]{2,12}(?:-[A-Za-z0-9]{2,12}){1,3}|[a-z][a-z0-9]*(?:-[a-z0-9]+){1,5}|${SHORT_ISSUE_ID_SRC}|${EQUIPMENT_ITEM_ID.source.slice(1, -1)}|${FLOOR_CODED_ID_SRC}|${REPORT_SERIAL_ID_SRC})$`, 'u');

/** a tracker key in code: "`HLX-5310`" */
const TICKED_KEY_CELL = /^`\p{Lu}[\p{Lu}0-9]{0,9}-\d{1,6}`$/u;

const TICKET_STATE_RE = /^\W*[A-Z][A-Z0-9]{0,9}-\d{1,6}\s+[—–-]\s+(\p{L}[\p{L} '’-]{1,30})\W*$/u;
/** "QM-2291 — in progress": the state written after a ticket's id, or null. */
function ticketState(cell: string | undefined): Status | null {
  const m = cell ? TICKET_STATE_RE.exec(cell) : null;
  return m ? statusFromText(m[1]) : null;
}

/** "`js/sql-injection`", "`python.lang.security.audit.subprocess-shell-true`": a rule id in code, namespaced */
const RULE_ID_CELL = /^`?[A-Za-z][\w-]*(?:[./:][\w-]+)+`?$|^`[a-z][a-z0-9]*(?:-[a-z0-9]+)+`$|^`[A-Za-z][\w-]{1,80}`$/;

// Convention: a review's later round tabled against the first round's comments, "| # | Comment | Round 2 |" with
// "| 5 | Unpinned provider | ✅ Resolved |", "| Re-review |", "| Pass 2 |": the column of that round says where
// each comment stands after it (status.ts reads the same round's label opening a note)
// Convention: a retest table keeps the state found at the first test beside the state at the retest, the qualifier
// after the noun in Romance languages, "| Status inițial | Status retestare |", "| Statut initial |", "| Estado
// inicial |", "| Stato iniziale |": the state before the fix is not where the finding stands
const INITIAL_STATUS_HEADER = /^(?:status|statut|stato|estado|stare|zustand|état|etat)\s+(?:ini[tțţc]ial[ea]?|iniziale|original[ea]?|anterior|ursprünglich)$/;
const ROUND_HEADER = /^(?:(?:review\s+)?(?:round|pass|iteration)\s*#?(?:[2-9]|\d{2})|re-?review|re-?check)(?:\s*#?\d{1,2})?(?:\s+(?:status|outcome|result))?$/;

/** A column that says where each row stands, in the report's language. */
// ("| CAR and status |": a column that says it holds the status among other things)
// Convention: a retest table's column of where each finding stands now, beside the retest's notes ("| ID | Retest
// result | Updated status |" with "| **Closed — retest passed** |"): the updated status is the status column
const STATUS_HEADER = /^(status|state|estado|statut|stato|zustand|durum|situa[cç][aã]o|situaci[oó]n|ステータス|状態|対応状況|조치 상태|상태|stanje)|\band status$|^(?:updated|current|new|revised|latest|final) (?:status|state)$/;

const TABLE_MENTIONS_RE = /^(?:[\p{L}-]+\s+)?(?:labels?|tags?|badges?|marks?|markers?|prefix(?:es)?|keywords?|terms?|icons?|symbols?)$/u;
const TABLE_MENTIONS_RE2 = /^\d\s*[–—-]\s+(?=\p{L})/u;
/** a row's first cell that stands for the rest: "Demais", "Others", "All others", "Restantes", "Übrige" */
const REST_ROW = /^(?:(?:all )?(?:the )?(?:others?|rest|remaining(?: (?:items|findings))?)|everything else|demais(?: itens)?|outros|restantes|los dem[aá]s|dem[aá]s|autres|les autres|altri|übrige|alle anderen|rest)$/iu;
const TABLE_MENTIONS_RE3 = /^\p{Lu}{1,6}-\d{1,4}$/u;
/** "0/10", "7 / 10", "85/100": a score out of its maximum */
const SCORE_CELL = /^\d{1,3}(?:\.\d)?\s*\/\s*(?:10|100)$/;
/** "Token-Permissions", "no-unused-vars": a check's name, words joined by hyphens */
const CHECK_NAME_CELL = /^`?\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)+`?$/u;
const ELEMENT_HEADER = /^(?:building )?elements?$/u;
const WORDY_RE = /\p{L}{2,}\s+\p{L}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{5,}|\p{Script=Thai}{8,}/u;
const TABLE_MENTIONS_RE4 = /^(?:bloquant|bloqueante|bloccante)(?![\p{L}])/u;
/** "must-fix", "must fix?", "must-fix for submission": a defect table's column of the fixes the step needs */
const MUST_FIX_HEADER = /^must[- ]?fix(?:\s+(?:for|before)(?:\s+[\p{L}-]+){1,3})?\s*\??$/u;
const WORD_STATES_RE = /\p{L}/u;
const TABLE_MENTIONS_RE5 = /\p{L}/u;
const TABLE_MENTIONS_RE6 = /^\d+(?:[\s\u202F]\d{3})*\s+\p{L}/u;
const TABLE_MENTIONS_RE7 = /^\d+\s+\p{Ll}/u;
const TABLE_MENTIONS_RE8 = /^\p{Lu}{1,6}-?\d{1,4}$/u;
const TABLE_MENTIONS_RE9 = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}/u;
const TABLE_MENTIONS_RE10 = /^(?:(?:wave|sprint|stage|phase|milestone|iteration)\s+)?(?:\d{1,3}|[IVX]{1,4})(?![\p{L}\p{N}])/iu;
/** a risk assessment's column of what was found, and of what is to be done about it */
const HAZARD_HEADER = /^(?:significant\s+)?(?:hazards?|deficienc(?:y|ies)|findings?|observations?|issues?)\b/;
const ACTION_HEADER = /^(?:recommended\s+|remedial\s+|corrective\s+|required\s+)?(?:actions?|measures?|remed(?:y|ies|iation)|recommendations?)\b/;
const TABLE_TITLE_HEADER = /^(?:title|titel|titre|t[ií]tulo|titolo|ba[şs]l[ıi]k|tiêu đề)$/u;
const SUBJECT_HEADER = /^subject$/;
// Convention: an FMEA worksheet (design or process FMEA, AIAG / AIAG-VDA, IEC 60812) rows one failure mode each
// under "| Item / Function | (Potential) Failure mode | Effect | S | Cause | O | Control | D | RPN | … |": the
// failure-mode column names the record, the item column only says which part of the product it is in
const FAILURE_MODE_HEADER = /^(?:potential\s+)?failure[\s-]+modes?(?:\s*\(s\))?(?:\s+(?:description|\/.*))?$/u;
/** an FMEA worksheet's score column: the risk priority number, or occurrence and detection scores */
const FMEA_SCORE_HEADER = /^(?:rpn|risk priority number|occ(?:urrence)?|det(?:ection)?|o|d)$/;
/** an FMEA worksheet's severity score column, and a score of its 1–10 scale */
const FMEA_SEVERITY_HEADER = /^(?:s|sev|severity)(?:\s*\(s\))?$/;
const FMEA_SCORE_CELL = /^(?:[1-9]|10)$/;
/** what follows an asset tag that is the subject of a title: a word in lower case, no separator */
const TAG_SUBJECT = /^ \p{Ll}/u;
/**
 * The findings a "| Depends on |" cell names: ids in full ("AR-109", "#871"), or, as a post-incident review names
 * its sibling action items, by their letter and number alone ("| INC-2291-A4 | … | A1, A3 |"): those under the
 * row's own parent id, "INC-2291-A1"
 */
function dependsCell(v: string, ref: string): string[] {
  const out: string[] = [...(v.match(/\b[A-Z][A-Z0-9]{0,9}-\d{1,6}(?:-[A-Z]{0,2}\d{1,3})?\b|#\d{1,6}\b/g) ?? [])];
  const own = ref.length > 4 ? /^(.+-)([A-Z]{1,2})\d{1,3}$/.exec(ref) : null;
  if (own) for (const m of allMatches(v, /(?<![\w-])([A-Z]{1,2})(\d{1,3})\b/g)) if (m[1] === own[2]) out.push(own[1] + m[0]);
  return [...new Set(out)];
}

/** an incident's action item numbered under the incident's own id: "INC-2291-A3", "PIR-0417-2", "IR-88-AI4" */
const INCIDENT_ITEM_ID = /^[A-Z][A-Z0-9]{0,9}-\d{2,6}-(?:[A-Z]{1,2})?\d{1,3}$/;

/**
 * Whether a section is, or sits under, a heading that names the report's action items ("## 7. Action items"), or,
 * as post-incident reviews also head them, its follow-up, corrective or preventive actions ("## Follow-up actions",
 * "## Corrective and preventive actions")
 */
export const ACTION_ITEMS_HEADING = /\baction\s+items?\b|\b(?:follow[- ]?up|corrective|preventive)(?:\s+(?:and|&)\s+(?:corrective|preventive))?\s+actions\b/i;
function underActionItems(s: Section): boolean {
  for (let a: Section | null = s; a && a.depth > 0; a = a.parent) if (ACTION_ITEMS_HEADING.test(a.h.text)) return true;
  return false;
}

/** "Suppressed", "Suppressed findings", "Ignored / false positives": a scanner triage's section of checks it set aside */
const SUPPRESSED_GROUP = /\b(?:suppress(?:ed|ions?)|ignored|skipped|baselined|waived)\b/i;
/** "IAC-11", "SEC-004": the report's own id, not a checker's rule id ("CKV_AWS_117", "aws-s3-enable-bucket-logging") */
const OWN_SERIES_ID = /^[A-Z][A-Z0-9]{0,9}-\d{1,6}$/;

/**
 * Convention: a scanner triage write-up (checkov, tfsec, Semgrep results deduplicated by root cause) tables the checks
 * it suppressed inline under its own heading, "## Suppressed" over "| ID | Finding | Checks | Location | tfsec sev |
 * Decision | Inline annotation |" with "| IAC-11 | … | false positive: set in a separate resource | `#checkov:skip=…` |",
 * numbered in the same series as the findings it fixes or accepts: each row is a triaged finding, its decision (false
 * positive, not applicable, accepted) where it stands, not a tool's list of skipped rules (those carry no id of the
 * report's own, and a decision with no such reason keeps the heading's reading)
 */
function suppressedRegister(text: string, body: Table['children'], s: Section, negative: string | null, idCol: number, stateCol: number): boolean {
  if (!negative || idCol < 0 || stateCol < 0 || idCol === stateCol || !SUPPRESSED_GROUP.test(s.h.text)) return false;
  return body.every((r) => {
    if (!OWN_SERIES_ID.test(unmarked(cellText(text, r.children[idCol] ?? { children: [] })))) return false;
    const st = statusFromText(cellText(text, r.children[stateCol] ?? { children: [] }));
    return st === 'false_positive' || st === 'wont_fix';
  });
}

/** "non-blocking", "`suggestion`": one label alone in a table cell, in code or bold or bare (a labels column the legend rates) */
const LEGEND_LABEL_CELL = /^\s*[`*_]{0,2}[\p{Ll}][\p{Ll}-]{1,20}[`*_]{0,2}\s*$/u;
/**
 * Convention: a review bot's issues table names each issue in bold at the head of its cell and explains it after
 * ("| 🟠 Major | `src/pool.rs` | 88 | **Pool lock held across `connect().await`.** `checkout()` keeps the guard … |"),
 * as a bold lead names a paragraph: the bold words are the issue's title, the sentences after them its body.
 * (a cell that is bold and nothing else, or whose bold is a word or an id, keeps its whole text)
 */
function boldLeadName(cell: string): string | null {
  const c = cell.trimStart();
  if (c[0] !== '*' && c[0] !== '_') return null;
  const m = BOLD_LEAD_CELL.exec(c);
  if (!m) return null;
  const title = plainInline(m[1] ?? m[2]).replace(/[.:\s]+$/, '').trim();
  return title.split(/\s+/).length >= 3 ? title : null;
}
const BOLD_LEAD_CELL = /^(?:\*\*([^*\n]{8,160}?)\*\*|__([^_\n]{8,160}?)__)\s*[.:—–-]?\s+\S.{15,}/;

// Convention: an accessibility audit tables its failures by success criterion with the criterion's conformance level
// beside them, "| ID | Issue | Success criterion | Level | Impact | Status |" with "| 2.1.1 Keyboard | A | Blocker |"
// (WCAG's A / AA / AAA, as VPATs and axe / Deque audit reports write it): the level grades the criterion, not how
// severe its failure is; the impact column rates the row
const CONFORMANCE_LEVEL_HEADER = /^(?:(?:wcag|conformance|compliance)\s+)?level$|^(?:wcag|conformance)$/;
const CONFORMANCE_LEVEL_CELL = /^\W*(?:level\s+)?A{1,3}\W*$/;
function conformanceLevels(header: string, cells: string[]): boolean {
  if (!header.includes('level') && !header.includes('wcag') && !header.includes('conformance')) return false;
  const filled = cells.filter((v) => v && !/^[—–-]$/.test(v));
  return CONFORMANCE_LEVEL_HEADER.test(header) && filled.length > 0 && filled.every((v) => CONFORMANCE_LEVEL_CELL.test(v));
}

/** "| Class |", "| Grade |", "| Cat |": a column of the letter grades of the report's legend (tableMentions' gradeCol) */
const GRADE_HEADER = /^(?:class|grade|cat(?:egory)?|bug class|submission class)$/;

// (ownMeasures in tableMentions: a heading that names the measures or recommendations as what the section holds; a
// column that names a finding, risk or hazard beside the measure makes the measure its remedy)
const OWN_MEASURES_HEADING = /\b(?:measures?|recommendations?)\b/i;
const FINDING_NAMING_HEADER = /^(?:risks?|findings?|issues?|hazards?|deficienc(?:y|ies)|defects?|observations?|problems?|threats?|vulnerabilit(?:y|ies)|gaps?|concerns?|weakness(?:es)?|causes?|root cause)\b/;

/** "A", "**B**", "Class C": a letter grade of the report's legend in a cell, and whether the legend says it blocks */
/** a label cell that is a gate tier alone, "LAUNCH-BLOCKING", "`post-launch`", "Non-blocking": whether it holds the release */
function labelTier(cell: string | undefined): boolean | null {
  const v = unmarked(cell ?? '');
  return v.length > 0 && v.length <= 30 && !/[,;]/.test(v) ? groupBlocks(v) : null;
}
function gradeCellBlocks(cell: string | undefined, rf: ReportFacts): boolean | null {
  const m = cell && cell.length <= 12 ? /^\W*(?:class\s+|grade\s+|cat(?:egory)?\s+)?([A-Ea-e])\W*$/i.exec(cell) : null;
  const e = m ? rf.gradeEntries?.get(m[1].toLowerCase()) : undefined;
  if (!e || e.blocks === null) return null;
  rf.gradeColumnRead = true;
  return e.blocks;
}

/** The width of each half of a table folded side by side: a header that repeats its columns once, in order, else 0. */
function foldedHalf(header: string[]): number {
  const k = header.length / 2;
  if (header.length < 4 || !Number.isInteger(k) || !header[0]) return 0;
  for (let i = 0; i < k; i++) if (header[i] !== header[i + k]) return 0;
  return k;
}

/** "Highest risk", "Worst rating 2025", "Max. severity": a column of the worst rating among a row's findings */
const ROLLUP_RATING_HEADER = /^(?:highest|worst|max(?:imum)?\.?|most severe)\s+(?:risk|severity|rating|priority|grade|category)\b/;
export function tableMentions(text: string, table: Table, s: Section, scope: number, lines: LineIndex, scheme?: Map<string, Severity>, rf?: ReportFacts): Draft[] {
  let legend: Map<string, Severity> | null = scheme ?? null;
  const sevOf = (v: string) => cellSeverity(v, legend);
  let rows = table.children;
  if (rows.length < 2) return [];
  const header = rows[0].children.map((c) => cellText(text, c).toLowerCase());
  // Convention: a long checklist folded into two side-by-side halves to fit the page, "| No | Code | Item | Result |
  // No | Code | Item | Result |": each half of a row is a row of its own, read as the unfolded table's
  const folded = foldedHalf(header);
  if (folded) {
    const half = (r: (typeof rows)[number], k: number) => ({ ...r, children: r.children.slice(k, k + folded) });
    const unfolded = [half(rows[0], 0)];
    for (const r of rows.slice(1)) {
      unfolded.push(half(r, 0));
      if (r.children.slice(folded).some((c) => cellText(text, c).trim())) unfolded.push(half(r, folded));
    }
    return tableMentions(text, { ...table, children: unfolded }, s, scope, lines, scheme, rf);
  }
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  // (an FMEA worksheet scored by numbers alone, "| S | … | O | … | D | RPN |" with no risk class: its failure modes
  // are still its records, not where records told elsewhere stand)
  const failureModeCol = col(FAILURE_MODE_HEADER);
  const fmeaSheet = failureModeCol >= 0 && header.some((h) => FMEA_SCORE_HEADER.test(h));
  // Convention: a status update's table closing on a row for everything else, "| TD-04 | 🔄 Em andamento |" then
  // "| Demais | Sem mudança |", "| All others | No change |": the rest stand as they were; the row names no finding
  if (rows.length >= 4 && header.length <= 4 && header.some((h) => factKind(h) === 'status')) {
    const first = (r: (typeof rows)[number]) => unmarked(cellText(text, r.children[0] ?? { children: [] }));
    if (REST_ROW.test(first(rows[rows.length - 1])) && rows.slice(1, -1).every((r) => ID_CELL.test(first(r)) && /\d/.test(first(r)))) rows = rows.slice(0, -1);
  }
  // "| Label | Meaning |" over "| `prio/urgent` | … blocks every release |": the report's labels explained
  if (header.length <= 3 && rows.slice(1).every((r) => scopedLabel(cellText(text, r.children[0] ?? { children: [] })))) return [];
  // ("| Colour | Label | Meaning |" over "| 🔴 red | Sev 1 – Blocker | … |": a board export's label legend)
  if (header.includes('label') || header.includes('labels')) {
    if (boardLabelColumn(header, rows.slice(1).map((r) => r.children.map((c) => cellText(text, c)))) >= 0) return [];
  }
  // ("| Bot label | Our triage level | Effect |" over "| `blocking` | High | Must be resolved before merge |": a
  // column headed as the report's labels or marks, each given the level it stands for: a legend, not findings)
  if (header.length <= 4 && TABLE_MENTIONS_RE.test(header[0] ?? '') && schemeTable(text, table)) return [];
  // "| V2.1.7 | … | Pass | — | — |": checks that passed are no findings, and do not count when the
  // columns are judged (an assessment's table is mostly passes)
  // ("| Criteria | Conformance Level | Remarks |": an Accessibility Conformance Report grades each criterion)
  const resultCol = col(/^(status|state|result|outcome|verdict|conformance|compliance|estado|statut|stato|zustand|ステータス|状態|対応状況|결과|판정|상태)/);
  let failedRows = false;
  let verdicts = false;
  let passesSetAside = false;
  if (resultCol >= 0) {
    const results = rows.slice(1).map((r) => cellText(text, r.children[resultCol] ?? { children: [] }));
    // (graded by marks: both kinds in the column, and a column that names the check)
    const marked = header.some((h, i) => i !== resultCol && CHECK_HEADER.test(h)) && results.some((v) => PASS_MARK.test(v)) && results.some((v) => FAIL_MARK.test(v)) && results.every((v) => PASS_MARK.test(v) || FAIL_MARK.test(v));
    // (a benchmark's verdicts: its manual, informational and skipped checks are no findings either)
    verdicts = benchmarkVerdicts(results);
    const live = rows.slice(1).filter((_r, i) => !PASSED_CELL.test(results[i]) && !(marked && PASS_MARK.test(results[i])) && !(verdicts && UNJUDGED_VERDICT.test(results[i])));
    if (!live.length) return [];
    // every requirement graded, the passes set aside: the rest, each graded as not met and explained in a
    // column of remarks, are findings (a bare "| Requirement | State |" list is a checklist's state)
    failedRows = header.length >= 3 && live.length < rows.length - 1 && live.every((r) => { const v = cellText(text, r.children[resultCol] ?? { children: [] }); return FAILED_CELL.test(v) || (marked && FAIL_MARK.test(v)) || (verdicts && WARN_VERDICT.test(v)); });
    passesSetAside = live.length < rows.length - 1;
    rows = [rows[0], ...live];
    // Convention: a load or performance test's run log, "| Run | Date | Build | Peak CCU | … | Result | Notes |" with
    // "| 5 | … | Fail | tick budget exceeded |": each row is one run of the test, numbered, and a failed run is an
    // outcome the report's findings explain, not a check of its own that failed
    if (failedRows && RUN_LOG_HEADER.test(header[0] ?? '') && live.every((r) => /^\W*\d{1,4}\W*$/.test(cellText(text, r.children[0] ?? { children: [] })))) return [];
  }
  // "| FAILED RESOURCES | … |" at 0: a scanner's control that nothing failed, and a summary row without an id
  const failedCol = col(/^failed\b|\bfail(?:ed|ures?)$/);
  if (failedCol >= 0 && rows.slice(1).every((r) => /^\W*\d+\W*$/.test(cellText(text, r.children[failedCol] ?? { children: [] })))) {
    rows = [rows[0], ...rows.slice(1).filter((r) => !/^\W*0\W*$/.test(cellText(text, r.children[failedCol] ?? { children: [] })) && !r.children.some((c) => /^\W*(?:totals?|resource summary|summary|overall|all)\W*$/i.test(cellText(text, c))))];
    if (rows.length < 2) return [];
  }
  // Convention: an inventory of everything inspected, "| Tag | Species | … | Works |" or "| Asset | … | Action
  // required? |" with "| Yes |" / "| No |": the rows that need no work are no findings, only the yes rows are
  const worksCol = rows.length >= 4 ? col(WORKS_NEEDED_HEADER) : -1;
  if (worksCol >= 0) {
    const answers = rows.slice(1).map((r) => cellText(text, r.children[worksCol] ?? { children: [] }));
    if (answers.every((v) => v.trim().length <= 6 && yesNo(v) !== null) && answers.some((v) => yesNo(v) === false) && answers.some((v) => yesNo(v) === true)) {
      rows = [rows[0], ...rows.slice(1).filter((_r, i) => yesNo(answers[i]) !== false)];
    }
  }
  // a severity column by its header; "Impact" only when its cells are severity words (checked below)
  // of several ("| Risk to individuals | Severity of harm | Overall risk |"), the one whose cells are severities
  let sevCol = -1;
  let sevBest = -1;
  let markColumn = -1;
  // "| Severity (1–5) | … | 4 |": a column of whole numbers on the report's own scale, the highest the
  // worst (severity, risk, impact; not a priority, whose 1 is the first to do): its top is critical
  header.forEach((h, i) => {
    if (!/severity|\bsev\b|\brisk\b|impact|rating|score/.test(h) || /priorit/.test(h)) return;
    const vals = rows.slice(1).map((r) => cellText(text, r.children[i] ?? { children: [] }).trim()).filter((v) => v && v !== '—' && v !== '-');
    if (vals.length < 2 || !vals.every((v) => /^[1-5]$/.test(v))) return;
    const top = Math.max(4, ...vals.map(Number));
    const scale = new Map<string, Severity>(legend ?? []);
    for (let k = 1; k <= top; k++) scale.set(String(k), LEVEL_ORDER[Math.min(4, top - k)]);
    legend = scale;
  });
  // (Convention: a snagging list numbers each snag within its room, "| L3-001/01 |": EQUIPMENT_ITEM_ID)
  const roomNumbered = rows.length === 2 && rows[1].children.some((c) => EQUIPMENT_ITEM_ID.test(cellText(text, c).trim()));
  header.forEach((h, i) => {
    // ("| ID | | Finding |": a column of the report's marks, headed by nothing, rates the rows)
    const marksOf = rows.slice(1).map((r) => cellText(text, r.children[i] ?? { children: [] }).trim());
    const markCol = h === '' && legend !== null && marksOf.every((v) => /^\W+$/u.test(v)) && marksOf.filter((v) => sevOf(v)).length * 2 >= marksOf.length;
    if (markCol) markColumn = i;
    // ("| GitHub | | Issue | State |" with "| 🟥 S1 |", "| 🟧 S2 |": a column headed by nothing whose short cells
    // all rate the rows, a dash where a row has no rating)
    const rated = marksOf.filter((v) => v && !/^[—–-]$/.test(v));
    if (h === '' && !markCol && rated.length >= 2 && rated.every((v) => v.length <= 16 && !!sevOf(v))) {
      const n = rated.length;
      if (n > sevBest) {
        sevBest = n;
        sevCol = i;
      }
      return;
    }
    // ("| Band |" with "| Red |", "| Amber |": a risk register's RAG band, which its scoring legend rates)
    // ("| Conformance Level |" grades the criterion, not how severe its failure is)
    if (failedRows && i === resultCol) return;
    if (conformanceLevels(h, marksOf)) return;
    // (Convention: an inspection body's defect register grades each row by the letter of its own defect categories,
    // "| Ref | Component | Defect | Cat. | Action required |" with "| A |" … "| D |", keyed by its "| Category |
    // Meaning |" legend: a category column of grade letters alone, which the legend rates, is the rating)
    // (a room's snag table may hold one row: its ref, "L3-001/01", numbers it within the room, a snag of its own)
    // (and the observations the legend keys below the letters, "| Obs |": gradeLegendTable)
    // (and a class code of a capital and a small letter, "| P |", "| Pf |", "| C |": the Food Code's item classes, foodCodeLegendTable)
    // (Convention: the same column headed by what the letter grades, "| Hazard |", "| Hazard category |", "| Risk
    // category |" with "| **A** |" … "| **D** |": a scaffold or site inspection's hazard categories, keyed by its legend)
    // (Convention: a fleet or plant inspection's defect table grades each row in its "| Category |" column by a word of
    // the report's own category legend, "| Dangerous |", "| Advisory |" (PMI sheets' roadworthiness categories))
    const legendWord = (v: string) => v.length <= 24 && /^(?:\*\*)?\p{L}[\p{L} -]*(?:\*\*)?$/u.test(v) && !!legend?.has(v.replace(/\*\*/g, '').trim().toLowerCase());
    const graded = /^(?:cat(?:egory)?\.?|hazard(?: cat(?:egory)?\.?| class)?|risk cat(?:egory)?\.?)$/.test(h) && (rows.length >= 3 || roomNumbered) && marksOf.every((v) => (/^(?:\*\*)?(?:[A-E]|Obs|OBS|Adv|ADV|[A-Z]{1,4}\d?|[A-Z][a-z])(?:\*\*)?$/.test(v) && !!sevOf(v)) || legendWord(v));
    // ("| Timescale |" with "| Within 14 days |": an inspection's timescale for action, its scale by timescaleTable)
    // (Convention: a structural inspection's "| Urgency |" column of its urgency categories, "| Cat 1 |", as its legend
    // rates them: priorityCodeTable)
    // (Convention: a weekly inspection's table of last week's items closed since, "| Ref | Scaffold | Defect |
    // Original urgency | Closed |": the rating each was raised with, as an "| Urgency |" column is)
    const rh = h.startsWith('original ') || h.startsWith('initial ') ? h.replace(/^(?:original|initial) /, '') : h;
    // (Convention: a risk register's "| Inherent | Residual |" pair, the rating before the measures headed alone)
    if (!markCol && !graded && factKind(rh) !== 'severity' && !/severity|\bsev\b|priorit|^urgency$|\bprio?\b|重要度|深刻度|優先度|criticality|criticit|gravit|schwere(?:grad)?|severidad|\brisk\b|\blevel\b|niveau|rating|\btier\b|\bband\b|\bgrade\b|^classe?\.?$|^cvss|^hrn$|hazard rating|^(?:classification\s+)?codes?$|^timescales?(?: for action)?$|^inherent$/.test(rh)) return;
    const n = rows.slice(1).filter((r) => r.children[i] && sevOf(cellText(text, r.children[i]))).length;
    if (n > sevBest || (n === sevBest && /overall|final|severity|rating/.test(h))) {
      sevBest = n;
      sevCol = i;
    }
  });
  // Convention: an FMEA worksheet scores severity 1 to 10 (AIAG: 9–10 hazardous or non-compliant, 7–8 loss of
  // primary function, 4–6 degraded function, 1–3 minor or unnoticed): with no risk class or action priority column
  // of its own, the severity score rates the failure mode on that scale
  if (fmeaSheet && (sevCol < 0 || FMEA_SEVERITY_HEADER.test(header[sevCol]))) {
    const sCol = col(FMEA_SEVERITY_HEADER);
    if (sCol >= 0 && rows.slice(1).every((r) => FMEA_SCORE_CELL.test(cellText(text, r.children[sCol] ?? { children: [] }).trim()))) {
      const scale = new Map<string, Severity>(legend ?? []);
      for (let k = 1; k <= 10; k++) scale.set(String(k), k >= 9 ? 'critical' : k >= 7 ? 'high' : k >= 4 ? 'medium' : 'low');
      legend = scale;
      sevCol = sCol;
    }
  }
  // "| Judged |" with "| 3 (High) |", "| 2 (Med) ↓ from 3 |": no header names the rating, but one column of
  // short cells rates every row (not a likelihood or an effort, also rated high or low)
  // (rows with ids of their own: a findings register, not a component's status table)
  const idColumn = (i: number) => rows.slice(1).every((r) => ID_CELL.test(cellText(text, r.children[i] ?? { children: [] }).trim()));
  if (sevCol < 0 && rows.length >= 3 && header.some((_h, i) => idColumn(i)))
    sevCol = header.findIndex((h, i) => {
      if (/likelihood|probab|effort|confiden|complex|frequen|exploitab|ease|cost|size|status|state/.test(h)) return false;
      const vals = rows.slice(1).map((r) => cellText(text, r.children[i] ?? { children: [] }).trim());
      return new Set(vals.map(sevOf)).size >= 2 && vals.every((v) => v.length <= 30 && RATING_CELL.test(v) && !!sevOf(v));
    });
  // "| Labels |" of a tracker export: `priority: p0`, `severity: high` among the labels rate the row
  const labelCol = col(/^(labels?|tags?)$/);
  if (sevCol < 0 && labelCol >= 0) {
    const rated = rows.slice(1).filter((r) => /\b(?:priority|severity|sev|prio)\s*[:/-]?\s*\S+|\bP[0-4]\b/i.test(cellText(text, r.children[labelCol] ?? { children: [] })) && sevOf(cellText(text, r.children[labelCol] ?? { children: [] }))).length;
    if (rated * 2 >= rows.length - 1) sevCol = labelCol;
    // Convention: a review's table of its comments with their Conventional Comments label, "| ID | Label | Location |
    // Comment | Status |" over "| C-05 | non-blocking | … |", "| C-06 | suggestion | … |": a label alone in each
    // cell, one the review's legend of its labels rates ("- **non-blocking** — …"), rates the row
    else if (legend && rows.slice(1).every((r) => LEGEND_LABEL_CELL.test(cellText(text, r.children[labelCol] ?? { children: [] })) && !!legend?.has(unmarked(cellText(text, r.children[labelCol] ?? { children: [] })).toLowerCase()))) sevCol = labelCol;
  }
  if (sevCol < 0) {
    const imp = col(/^(?:impact|impacto|impatto|auswirkung)$/);
    if (imp >= 0 && rows.slice(1).every((r) => !r.children[imp] || severityFromValue(cellText(text, r.children[imp])) || !cellText(text, r.children[imp]))) sevCol = imp;
  }
  // "| Kriittinen | Henkilötietojen vuoto … | ennen käyttöönottoa |" … "| Matala | … |": a scale that names each
  // level once, in order, in its first column, with no ids: the report's legend, not findings
  if (sevCol === 0 && rows.length >= 4) {
    const levels = rows.slice(1).map((r) => {
      // ("| 1 – visoki |": the level's number, then its word)
      const v = cellText(text, r.children[0] ?? { children: [] }).replace(EMOJI_RE, '').trim().replace(TABLE_MENTIONS_RE2, '');
      return v.split(/\s+/).length <= 2 ? sevOf(v) : null;
    });
    const order = levels.map((l) => (l ? LEVEL_ORDER.indexOf(l) : -1));
    const monotone = order.every((o, i) => o >= 0 && (i === 0 || o > order[i - 1])) || order.every((o, i) => o >= 0 && (i === 0 || o < order[i - 1]));
    const ids = rows.slice(1).some((r) => r.children.some((c) => ID_CELL.test(cellText(text, c).trim()) || /^#?\d{1,4}$/.test(cellText(text, c).trim())));
    if (monotone && !ids) return [];
  }
  // Convention: an inspection's schedule of the items it covered (equipment, assets, rooms), "| Item | Equipment |
  // … | Highest risk 2025 |": the column rates each item by the worst of its observations, recorded elsewhere, so
  // the rows are the inventory the findings are on, a roll-up, not findings of their own
  if (sevCol >= 0 && ROLLUP_RATING_HEADER.test(header[sevCol] ?? '')) return [];
  const ctx = sectionContext(s);
  // no severity column: rows name findings when their group heading gives the severity or says
  // findings, and a column is headed like a finding ("| ID | Finding | Location |" under "### Low")
  // ("| Alert |": DAST scanners and monitoring name their findings alerts)
  // Convention: a clinical or GMP audit's deviation log, "| Ref | Subject | Deviation | Class. | Status |" (protocol
  // deviations, batch deviations): the Deviation column names each row's finding, "Class." (abbreviated) its grade
  // (Thai "ข้อบกพร่อง" defect, "ปัญหา" problem, "หัวข้อ" the item's heading; and Vietnamese "lỗi", "lỗ hổng", "vấn đề", "phát hiện"; Greek "εύρημα", "πρόβλημα", "ζήτημα", "σφάλμα", "ευπάθεια",
  // accented or not; Malay "Penemuan" and Indonesian "Temuan", the finding)
  // (Convention: a regulator's inspection report tables its contraventions, "| Ref | Contravention | Legal ref | Action
  // required | Timescale |", as food hygiene, health-and-safety and licensing inspections do: each row a finding)
  // (Convention: an inspection form heads its finding column by what the row states of it, "| Nature of deficiency |",
  // "| Description of defect |", "| Details of non-conformity |", as port state control's Form B and roadworthiness
  // and hygiene inspection sheets do: the finding's noun after "nature / description / details of")
  const namedHead = col(/^(?:(?:nature|description|details?) of (?:the )?)?(issue|finding|bug|alert|vulnerabilit|problem|defect|hazard|deficienc|weakness|threat|failure|non-?conformit|deviation|observation|contravention|breach|penemuan|temuan|bevinding|befund|funn|fund|fynd|bulgu|constat|hallazgo|rilievo|osservazion[ei]|observa[cç][aã]o|achado|n[áa]lez|zji[šs]t[ěe]n[íi]|lỗi|lỗ hổng|vấn đề|phát hiện|ε[υύ]ρ[ηή]μα|πρ[οό]βλημα|ζ[ηή]τημα|σφ[αά]λμα|ευπ[αά]θεια|ข้อบกพร่อง|ปัญหา|หัวข้อ)/u);
  // Convention: an analyzer's tally by rule ("| Rule | Name | Issues |" with "| `java:S1192` | String literals
  // … | 38 |": SonarQube's top rules, ESLint's and Semgrep's counts per rule): a column headed "Issues"
  // whose cells are numbers counts findings; its rows are rules, not findings
  const named = namedHead >= 0 && rows.slice(1).every((r) => /^\W*\d[\d,.\s\u202F]*\W*$/.test(cellText(text, r.children[namedHead] ?? { children: [] }))) ? -1 : namedHead;
  // "| ID | Title | Status |" (a fix review, a retest): rows say where findings stand, not new findings
  // "| Check | Result | Ticket | Status |" with "| 1.1.7 | FAIL | …": a column of check numbers is an id column
  // Convention: a benchmark scan's failed recommendations keyed by the benchmark's own numbers ("| Rec # | Lvl |
  // Recommendation | Current | Expected |" with "| 2.3.11.7 | L1 | Network security: … |", as CIS-CAT and STIG
  // results are reported): the recommendation number is the row's id, as a check number is
  const checkIds = header.findIndex((h, i) => (/^(check|control|rule|test|req|requirement id)s?$/.test(h) || REC_ID_HEADER.test(h)) && rows.slice(1).every((r) => /^[A-Z]{0,8}[-\d.]*\d$/.test(cellText(text, r.children[i] ?? { children: [] }).trim())));
  // (under "### After launch (Sev-3)" or "## Issues", a titled "| ID | Issue | Status |" table lists findings)
  // Convention: an audit's lesser findings tabled under their group heading, "## Low and informational findings"
  // over "| ID | Title | Location | Status |" with "| L-01 | … |", "| I-02 | … |": the contest-style ids rate
  // each row (L low, I info), so the table lists findings of its own, not where findings told above stand
  const idRated = (i: number) => rows.slice(1).every((r) => !!contestSeverity(cellText(text, r.children[i] ?? { children: [] }).trim()));
  const ratedIds = rows.length >= 2 && col(/^title$/) >= 0 && header.some((_h, i) => idRated(i)) ? header.findIndex((_h, i) => idRated(i)) : -1;
  // ("| Item | Status at retest |" with "| 3.1 | Fixed — verified. |": the items named by their numbers)
  // (Convention: an inspection's schedule of observations numbers its rows "| Item No. | Observation | Code |", as
  // condition reports and audit schedules do: the item number is the row's ref)
  const itemNumbers = header.findIndex((h, i) => /^(item|finding|issue|observation)s?(?:\s+(?:no\.?|nr\.?|number|#|ref\.?))?$/.test(h) && rows.slice(1).every((r) => /^\W*\d{1,3}(?:\.\d{1,3})*\W*$/.test(cellText(text, r.children[i] ?? { children: [] }))));
  // Convention: a remediation plan keyed by the findings' ids under a header of the report's own noun ("| Gap |
  // Req. | Owner | Target | Status |" with "| G-02 | 8.4.2 | … | In progress — pilot running |"): a first column
  // of ids says which finding each row is, as an "ID" header would
  const leadIds = rows.length > 2 && rows.slice(1).every((r) => TABLE_MENTIONS_RE3.test(cellText(text, r.children[0] ?? { children: [] }).trim()));
  // Convention: a QA or bug report tells its major bugs one heading each and tables its minor ones under their
  // class's heading ("## Class C — Minor" or "### Low" over "| ID | Title | Platform | Status |" with "| GX-41 |
  // Subtitle clipped … | All | Open |"): rows with their own tracker id and title under a severity group are that
  // group's bugs, not where bugs told elsewhere stand (a retest's table sits under no severity heading)
  // (Turkish "### 3.3 🟡 Orta" over "| No | Başlık | Platform | Durum |": the ids in any column, the title column in the
  // report's language)
  const trackerIds = () => header.some((_h, i) => idColumn(i) && rows.slice(1).every((r) => /\d/.test(cellText(text, r.children[i] ?? { children: [] }))));
  // (Convention: a regulator's or certification audit tables its lesser findings by subject under their level's
  // heading, "### Observations" over "| Ref | Subject | Requirement | Detail / recommendation |" with "| OB-01 | MOE
  // lists types no longer supported | … |" (EASA Part-145 and ISO audit reports): the Subject column titles each row)
  const subjectCol = col(SUBJECT_HEADER);
  const classRows = !!sectionContext(s).groupSev && rows.length > 2 && (col(TABLE_TITLE_HEADER) >= 0 || col(/^summary$/) >= 0 || subjectCol >= 0) && (leadIds || trackerIds());
  const groupedRows = !!(sectionContext(s).groupSev || sectionContext(s).groupFindings) && !sectionContext(s).negative && (named >= 0 || ratedIds >= 0 || classRows);
  // (or a status key of any language the field readers know: "| Item | Situação |", "| ID | Estado |")
  const statusOnly = !fmeaSheet && !groupedRows && !failedRows && sevCol < 0 && (col(/^(status|state|resolution|result|retest|fix status|decision|triage)/) >= 0 || header.some((h) => ROUND_HEADER.test(h)) || header.some((h) => h.length <= 30 && factKind(h) === 'status')) && (col(/^(id|#|ref|no\.?|key|number)$/) >= 0 || itemNumbers >= 0 || checkIds >= 0 || named >= 0 || col(/^title/) >= 0 || leadIds);
  // a column of tracker ids ("QA-101") or checker ids ("CKV_AWS_24")
  // Convention: a tracker key set in code in the id column ("| `HLX-5310` | ~~Attachments …~~ | Fixed |"), as
  // release notes and changelogs write ticket keys
  const idCell = (v: string) => ID_CELL.test(v) || (v.startsWith('`') && TICKED_KEY_CELL.test(v));
  const idCells = header.findIndex((_h, i) => rows.length > 1 && rows.slice(1).every((r) => idCell(cellText(text, r.children[i] ?? { children: [] }).trim())) && rows.slice(1).some((r) => /\d/.test(cellText(text, r.children[i] ?? { children: [] }))));
  // "| check_id | file | resource | check_name |": a checker's table of failed checks, each a finding
  const failedChecks = sevCol < 0 && !statusOnly && !ctx.negative && idCells >= 0 && col(/^(?:check|rule|policy)[_ ]?(?:name|title)$/) >= 0;
  // ("| Rule |" with "| `js/sql-injection` |", "| `python.lang.security.audit.x` |": a static analyser's rule
  // ids, as code-scanning summaries list results, name which result a row is; the rule's own section
  // elsewhere in the report is the finding)
  const ruleIds = header.findIndex((h, i) => /^(?:rule|check|query)(?:[ _-]?id)?$/.test(h) && rows.slice(1).every((r) => RULE_ID_CELL.test(cellText(text, r.children[i] ?? { children: [] }))));
  // Convention: a reviewer's verdict on each warning of a linter's or checker's output ("| Line | Rule | Verdict |",
  // "| Line | Rule | Our call | Reason |" with "| 37 | `react-hooks/exhaustive-deps` | 🛑 needs a fix | … |", under the
  // heading of the file it ran on):
  // each row is a warning the reviewer judged, a finding named by its rule id, where the verdict says it stands;
  // the rule id names the kind of warning, not the finding (two rows may share it), so it is no ref
  const verdictCol = ruleIds >= 0 ? col(VERDICT_HEADER) : -1;
  const judgedRules = verdictCol >= 0 && !ctx.negative;
  if (sevCol < 0 && !statusOnly && !failedChecks && !failedRows && !groupedRows && !fmeaSheet && !judgedRules) return [];
  let titleless = false;
  // a column headed as the finding's name whose cells read as titles (words, not "java:S3649")
  // (Chinese, Japanese and Thai write titles without spaces)
  // (a Japanese assessment's "| No. | 危険度 | 脆弱性名 | 該当箇所 |": the vulnerability's name, "指摘事項" the point raised)
  // (a Korean one's "| 번호 | 취약점 항목 | 위험도 |": the vulnerability, "제목" title, "지적 사항" / "발견 사항" the point raised, "결함" defect)
  // (and a Korean checklist's "| 코드 | 점검 항목 | 중요도 |": the item checked, named as the guide names it, 항목명 its name)
  const wordy = (i: number) => rows.slice(1).filter((r) => r.children[i] && WORDY_RE.test(cellText(text, r.children[i]))).length * 2 >= rows.length - 1;
  // (a failed check is named by its check where the finding column tells in sentences how it fails, "| Check | … |
  // Finding |" with "| SLOs are defined … Nothing pages. |"; a finding column of titles names it itself)
  const prose = (i: number) => rows.slice(1).filter((r) => { const v = cellText(text, r.children[i] ?? { children: [] }); return v.length > 100 || PROSE_CELL.test(v); }).length * 2 >= rows.length - 1;
  // Convention: a triage table heads the finding's name "What" beside where and when it was found ("| ID | What |
  // Rule | Location | Verdict |", a secret scan's or a linter's triage): the column names each row's finding
  const checkName = failedRows && (namedHead < 0 || prose(namedHead)) ? header.findIndex((h, i) => i !== resultCol && CHECK_HEADER.test(h) && wordy(i)) : -1;
  const failureMode = checkName < 0 ? failureModeCol : -1;
  // Convention: an infrastructure-as-code scanner names each check a query (KICS: "| KICS query |" with "| S3 Bucket
  // Without Server-Side-Encryption |"; CodeQL's query names too): a column headed "Query" whose cells are words,
  // not ids, names each row's finding, as a "Finding" column does (ids such as "js/sql-injection" are RULE_ID_CELL)
  // (Convention: a Chinese register heads its finding's name "| 问题 |", "| 问题名称 |", "| 漏洞名称 |", "| 缺陷描述 |", "| 标题 |")
  // (Convention: a gap assessment against a standard, SOC 2 or ISO 27001 readiness, a gap analysis, tables its gaps,
  // "| ID | Gap | Original rating | Closed | Status |": the Gap column names each row's finding)
  let nameCol = checkName >= 0 ? checkName : failureMode >= 0 && wordy(failureMode) ? failureMode : header.findIndex((h, i) => i !== sevCol && /^(issue|finding|bug|alert|gap$|hazard|deficienc|title|vulnerabilit|problem|failure|non-?conformit|deviation|description|name|defect|weakness|summary|item|threat|risk|message|penemuan|temuan|bevinding|befund|funn|fund|fynd|bulgu|ba[şs]l[ıi]k|constat|hallazgo|titel|titre|t[ií]tulo|titolo|observation|osservazion[ei]|observa[cç][aã]o|achado|ocorr[eê]ncia|n[áa]lez|nalaz|ugotovit|zji[šs]t[ěe]n[íi]|n[áa]zev|概要|件名|タイトル|不具合内容|问题(?:名称|描述|标题)?$|問題(?:名稱|描述)?$|漏洞(?:名称|名稱|描述)?$|缺陷(?:名称|描述)?$|标题$|標題$|現象|脆弱性|指摘事項|指摘内容|検出事項|취약점|(?:점검|진단|평가) ?항목$|항목명|제목|지적 ?사항|발견 ?사항|결함|tiêu đề|mô tả|lỗi|lỗ hổng|vấn đề|phát hiện|θ[εέ]μα|τ[ιί]τλος|περιγραφ[ηή]|ε[υύ]ρ[ηή]μα|πρ[οό]βλημα|ζ[ηή]τημα|σφ[αά]λμα|ευπ[αά]θεια|หัวข้อ|ข้อบกพร่อง|ปัญหา)|\b(?:item|issue|finding|title|message|name|query)$|^what$/u.test(h) && wordy(i));
  // Convention: a scanner's scored checks, "| Check | Score |" with "| Token-Permissions | 0/10 |": a check is named
  // by one hyphenated word, as Scorecard and linters name theirs, and a score out of its maximum beside it says it
  // was graded (a failing grade is the finding)
  if (nameCol < 0 && classRows && subjectCol >= 0 && subjectCol !== sevCol && wordy(subjectCol)) nameCol = subjectCol;
  const scoredChecks = nameCol < 0 && header.some((h, i) => /^score$/.test(h) && rows.slice(1).every((r) => SCORE_CELL.test(cellText(text, r.children[i] ?? { children: [] }).trim())));
  if (nameCol < 0) nameCol = header.findIndex((h, i) => i !== sevCol && /^(check|rule)/.test(h) && (wordy(i) || (scoredChecks && rows.slice(1).every((r) => CHECK_NAME_CELL.test(cellText(text, r.children[i] ?? { children: [] }).trim())))));
  // ("| 1.4.3 Contrast (Minimum) (Level AA) | Partially Supports | … |": the criterion not met names the finding)
  if (nameCol < 0 && failedRows) nameCol = header.findIndex((h, i) => i !== resultCol && CHECK_HEADER.test(h));
  // a column of tracker ids ("QA-101") names the rows before a running number ("| No. |")
  // (and advisories: "CVE-2026-21840", "GHSA-7fq3-m2xv-9h4c", "RUSTSEC-2024-0388"; a scanner's rule id "aws-access-key-id")
  // (a judged warning is named by its rule, above)
  if (nameCol < 0 && judgedRules) nameCol = ruleIds;
  // ("| GitHub |" with "| [#2214](…/issues/2214) |": a tracker's issue numbers name the rows)
  const issueNumbers = header.findIndex((_h, i) => rows.slice(1).every((r) => /^(?:#\d{1,7}|[—–-]?)$/.test(cellText(text, r.children[i] ?? { children: [] }))) && rows.slice(1).filter((r) => /^#\d/.test(cellText(text, r.children[i] ?? { children: [] }))).length >= 2);
  // Convention: a scan's vulnerability table numbers its rows in the report's own scheme beside the advisory each
  // matched ("| # | Plugin | Vulnerability | CVE |" over "| V1 | … | CVE-2023-32243 |"): the report's id, which its
  // text and plan name the finding by, is the ref; the advisory's id is a reference out of the report
  const ownIds = idCells >= 0 && advisoryColumn(text, rows, idCells) ? header.findIndex((h, i) => i !== idCells && OWN_ID_HEADER.test(h) && rows.slice(1).every((r) => OWN_ID_CELL.test(cellText(text, r.children[i] ?? { children: [] }).trim()))) : -1;
  // (Convention: "ID" as Bengali and Hindi write it, "| আইডি | শিরোনাম |", "| आईडी |", heads the ref column)
  const refCol = ownIds >= 0 ? ownIds : idCells >= 0 ? idCells : itemNumbers >= 0 ? itemNumbers : ruleIds >= 0 && !judgedRules ? ruleIds : issueNumbers >= 0 ? issueNumbers : Math.max(col(/^(id|#|ref|r[ée]f\.?|no\.?|nr\.?|n[º°]\.?|núm\.?|key|number|আইডি|आईडी)$|^(?:check|rule|finding|issue|test|control)\s*id$/), checkIds);
  // (a benchmark's recommendation, keyed by its number, names the check that failed: the finding, not its fix)
  const recTitles = refCol >= 0 && refCol === checkIds && REC_ID_HEADER.test(header[checkIds]) ? header.findIndex((h, i) => i !== refCol && /^recommendations?(?: title| name)?$/.test(h)) : -1;
  if (nameCol < 0 && recTitles >= 0) nameCol = recTitles;
  // (a column named for what a row does to the release, "| Release impact |", says whether it blocks, below)
  const byImpact = (h: string) => RELEASE_IMPACT_HEADER.test(h.replace(/[?*_:]+$/, '').trim());
  // Convention: a condition survey's defect table where no column is headed as the finding's name, "| Nr. | Element |
  // Gebrek | C | Prioriteit |" (NEN 2767), "| Ref | Element | Fault | Priority | Remedy |": the building element names
  // the row, as the survey's headed findings and its work plan name it; the defect text describes it
  if (nameCol < 0) nameCol = header.findIndex((h) => ELEMENT_HEADER.test(h));
  if (nameCol >= 0 && ELEMENT_HEADER.test(header[nameCol]) && (nameCol === sevCol || !wordy(nameCol) || rows.slice(1).some((r) => cellText(text, r.children[nameCol] ?? { children: [] }).length > 60))) nameCol = -1;
  if (nameCol < 0 || nameCol === sevCol) {
    // the column with the most text that is not another field
    // (Convention: an action summary's "| Due |" or "| Deadline |" column says when each action is due, in a date or
    // a meeting's short name, "Dec MR", "Q1": when, not what)
    const fields = new RegExp('block|^(status|state|fixed|resolution)|file|location|path|where|effort|estimate|hours|time|^(phase|area|component)|^(wave|sprint)$|owner|date|^(due|deadline)$|cvss|cwe');
    // Convention: a register's location column in any language ("| 位置 |", "| Fundstelle |", "| Where |") holds a
    // file and line alone in each cell, "`src/web/CorsConfig.java:22`": a cell that is only a location is where the
    // finding is, never its title, however long its path
    const locationCells = (i: number) => { let n = 0; for (const r of rows.slice(1)) { const v = r.children[i] ? cellSource(text, r.children[i]).trim() : ''; if (/^[\s—–-]*$/.test(v)) continue; if (!LOCATION_ONLY_CELL.test(v)) return false; n++; } return n > 0; };
    let best = -1;
    let bestLen = -1;
    header.forEach((h, i) => {
      if (i === sevCol || i === refCol || fields.test(h) || byImpact(h) || locationCells(i)) return;
      const len = rows.slice(1).reduce((n, r) => n + (r.children[i] ? cellText(text, r.children[i]).length : 0), 0);
      if (len > bestLen) {
        best = i;
        bestLen = len;
      }
    });
    nameCol = best >= 0 ? best : sevCol === 0 ? 1 : 0;
    // "| ID | Priority | Area | Status |": no column names the findings; the rows only say where they stand
    if (best < 0) titleless = true;
  }
  const body = rows.slice(1);
  // ("| Depends on |" with "| AR-109 |", "| Blocked by |" with "| #871, #872 |": the findings to fix first)
  // ("| Зависи от |" with "| KF-06 |", "| Zavisi od |": the dependency key of a language the field readers know)
  const dependsByName = col(/^(?:depends on|dependenc(?:y|ies)|blocked (?:by|on)|prerequisites?|requires)\b/);
  const dependsCol = dependsByName >= 0 ? dependsByName : header.findIndex((h) => h.length <= 40 && factKind(h) === 'depends');
  // ("| Gate |" with "| ⛔ |": code-scanning summaries mark the results that fail the merge gate)
  // ("| Bloquant MEP |" with "| Oui |", "| Bloqueante |" with "| Sí |", "| Bloccante |": the column that says, in
  // the report's language, whether the finding blocks going to production)
  // Convention: a release's test summary or readiness review tells what each defect does to the release in a
  // column named for the step shipped ("| Release impact |", "| Impact on go-live |", "| Auswirkung auf das
  // Release |") with "| **Blocks release** |", "| Does not block — release note |", "| Cleared |": the column says
  // whether the row blocks as a blocker column does, when its cells say so (not an impact rated "High")
  // (or a blocks key of any language the field readers know: "| Go-live blocker |", "| Menghalang pelancaran |")
  // Convention: a readiness review's overview table with a column named for the gate of the step shipped ("| GA
  // gate |", "| Launch gate |") whose cells say on which side of it each fix falls ("Must fix before GA" against
  // "Post-GA", "Can wait"): before the step blocks it, after does not (the gate column report-facts reads too:
  // GATE_COLUMN_HEADER and gateColumnCell)
  // (Convention: a certification or release QA report's defect table with a column of yes and no named for the fixes
  // the submission or release needs, "| Must-fix |", "| Must fix? |", "| Must-fix for cert |": a yes holds the
  // submission back as a "Blocks release?" column's does, a no does not)
  // (Convention: a fleet inspection's defect table marks, yes or no, the defects that put the vehicle off road, "| VOR
  // |" with "| **Yes** |" (PMI and roadworthiness sheets): off road, the vehicle must not be used until repaired, a block)
  const blocksCol = header.findIndex((h, i) => i !== dependsCol && (/block|^(?:quality )?gate$/.test(h) || VOR_HEADER.test(h) || GATE_COLUMN_HEADER.test(h) || TABLE_MENTIONS_RE4.test(h) || (h.startsWith('must') && MUST_FIX_HEADER.test(h)) || (i !== sevCol && (byImpact(h) || (h.length <= 40 && factKind(h) === 'blocks')))));
  // Convention: a pre-launch or certification QA report grades each bug twice, a severity for the player and a
  // submission class keyed in a legend, "| A | Blocks store submission … |", "| C | Does not block submission |",
  // and its bug tables carry both, "| ID | Title | Sev | Class | … |" with "| S1 | A |": the class cell says
  // whether the row blocks as the legend says of its letter (a class the legend leaves open, "B — may ship with a
  // waiver", says nothing), and the severity column rates the row
  // Convention: an inspection's deficiency table says per row, yes or no, whether the deficiency stops what was
  // inspected ("| Ground for detention |" on port state control's Form B, "| Out of service |" on a roadside vehicle
  // inspection, "| Prohibition |" on a hygiene inspection): a yes is the inspection's gravest grade, critical, and holds
  // the ship, vehicle or premises back; a no rates nothing (the inspection's other grades are told elsewhere)
  const stopCol = sevCol < 0 && blocksCol < 0 ? header.findIndex((h, i) => STOP_HEADER.test(h) && rows.slice(1).every((r) => YES_NO_CELL.test(cellText(text, r.children[i] ?? { children: [] })))) : -1;
  // (Convention: the same table's action taken written as the inspection's codes, "| Action taken |" with "| 17, 30 |",
  // keyed in its legend, "| 30 | Ground for detention |": a code that stops what was inspected makes the row critical
  // and blocking, one that requires the fix before departure or use blocks: actionCodeTable)
  const codes = rf?.actionCodes;
  const codesCol = codes && sevCol < 0 ? header.findIndex((h, i) => ACTION_CODES_HEADER.test(h) && rows.slice(1).every((r) => cellText(text, r.children[i] ?? { children: [] }).split(/\s*[,;/]\s*|\s+/).every((c) => !c || /^\W*$/.test(c) || /^[A-Z]?\d{1,3}$/.test(c)))) : -1;
  const gradeCol = blocksCol < 0 && sevCol >= 0 && rf?.gradeEntries?.size ? header.findIndex((h, i) => i !== sevCol && GRADE_HEADER.test(h)) : -1;
  // (a dash in a column of yes and no says no; in a column of what the release does with each row it says nothing)
  const blocksDash = blocksCol >= 0 && !byImpact(header[blocksCol]);
  // Convention: a defect list with no column of its own for blocking says it in the row's free-text remark
  // ("| Notes |" with "| Not a blocker — workaround: … |", "| a11y; not blocking per PM |"): the remark says
  // whether the row blocks, as a finding's own text would
  // (Convention: a finder's table whose last column is their own free remark under a header of its own wording, "| #
  // | Sev | Where | Issue | Why I didn't fix it |" with "… **I'd treat this as a blocker for 0.9.0.** |": the remark says
  // it as a notes column would)
  const lastCol = header.length - 1;
  const notesCol = blocksCol >= 0 ? -1 : header.findIndex((h) => NOTES_HEADER.test(h)) >= 0 ? header.findIndex((h) => NOTES_HEADER.test(h)) : lastCol >= 3 && REMARK_HEADER.test(header[lastCol]) ? lastCol : -1;
  // Convention: an inspection or examination register's action column holds the hold on the item examined, "| Action
  // required |" with "Lift isolated. … **Lift must not be returned to service until rectified and re-examined.** |":
  // a row whose action says the item waits for its fix blocks, as a finding's own text would (an action that says
  // nothing of the kind says nothing)
  const actionCol = blocksCol >= 0 ? -1 : header.findIndex((h) => ACTION_HEADER.test(h));
  // "| Check | Result | … | Status |": a column headed Status says where the finding stands, before a Result
  // ("| Vulnerability | Decision | Notes |": the team's triage decision says where it stands)
  // ("| Triage (Nadia) |": whose decision it is may follow in brackets)
  const decisionCol = col(/^(decision|triage(?: decision)?)(?:\s*\([^)]*\))?$/);
  // (or a status key of any language the field readers know: "| Stare |", "| Állapot |")
  // ("| Статус | … | Състояние |" with "| ❌ |" and "| В процес |": of two columns named so, the one whose cells
  // are states in words, not a compliance mark)
  const statusNamed = header.map((h, i) => ((STATUS_HEADER.test(h) || ROUND_HEADER.test(h) || factKind(h) === 'status') && !INITIAL_STATUS_HEADER.test(h) ? i : -1)).filter((i) => i >= 0);
  const wordStates = (i: number) => body.filter((r) => WORD_STATES_RE.test(cellText(text, r.children[i] ?? { children: [] })) && statusFromText(cellText(text, r.children[i] ?? { children: [] })) !== null).length;
  const namedStatus = statusNamed.length > 1 ? statusNamed.reduce((best, i) => (wordStates(i) > wordStates(best) ? i : best)) : (statusNamed[0] ?? -1);
  // ("| Mitigation review |": an audit's review of the fix says where the finding stands)
  // Convention: an audit's findings table with the auditee's answer as its last column ("| Management response |"
  // with "Agreed. In progress — …", "Risk accepted — …", "Remediated 2024-06-28"): with no state column, the
  // answer says where the finding stands
  const statusNamedCol = decisionCol >= 0 ? decisionCol : namedStatus >= 0 ? namedStatus : judgedRules ? verdictCol : col(/^(status|state|fixed|resolution|closure|completed?$|date completed|completion)|retest|re-test|result|outcome|verification|^(?:mitigation|fix) review|^(?:management|auditee|client)(?:'?s)? response$/);
  // Convention: a scan's triage table gives each rated finding the engineer's verdict ("| Sev | Location | Verdict |"
  // with "| Fix |", "| WIP (!1204) |", "| FP |", "| Dup of K-01 |", "| Accept |", under a verdict key): with no
  // column named for the state, the verdict says where the finding stands, as it does for a judged rule above
  const statusByName = statusNamedCol < 0 && sevCol >= 0 ? col(VERDICT_HEADER) : statusNamedCol;
  // ("| Plan |" with "*Not started*", "*Paid ✅* — moved …", "*Parked* — …": no header names the state, but
  // the cells of one column open with it, on most rows)
  const statusCol =
    statusByName >= 0 || sevCol < 0
      ? statusByName
      : header.findIndex((_h, i) => i !== sevCol && i !== nameCol && body.length >= 3 && body.filter((r) => statusFromText(cellText(text, r.children[i] ?? { children: [] }).split(/\s+[—–(]\s*|[.;]\s/)[0]) !== null).length * 3 >= body.length * 2);
  // ("| Root cause |" whose cells link to the code: a column of permalinks is where the rows are)
  const permalinks = header.findIndex((_h, i) => body.every((r) => !!r.children[i] && /https?:\/\/\S+\/(?:blob|src)\/\S+#L\d/.test(cellSource(text, r.children[i]))));
  // (or a location key of a language the field readers know, outside ASCII: "| الموقع |", "| Vieta |" folds to ASCII too)
  // Convention: a location column headed in the report's language, "| Dove |", "| Sijainti |", or by two names one of
  // which is the place, "| Componente / Localização |", "| URL ou fichier |": each row's cell says where it is
  const namedLoc = header.findIndex((h) => LOC_HEADER.test(h) || (factKind(h) === 'location' && (/[^\x00-\x7F]/.test(h) || foreignLocationKey(h))) || (LOC_HEADER_PAIR.test(h) && h.split(LOC_HEADER_PAIR).some((p) => LOC_HEADER.test(p) || foreignLocationKey(p))));
  const locCol = namedLoc >= 0 ? namedLoc : permalinks;
  // Convention: a register's unnamed place column, "| Component |" whose cells are each one path in code on most rows
  // ("`services/auth/src/session.ts:19`", "`apps/admin`"): a row naming only a monorepo folder there is placed in it
  const folderCol =
    locCol < 0 && body.length >= 3
      ? header.findIndex((_h, i) => i !== nameCol && body.filter((r) => !!r.children[i] && PATH_SPAN_CELL.test(cellSource(text, r.children[i]).trim())).length * 3 >= body.length * 2)
      : -1;
  // Convention: a column of line numbers beside no path of its own ("| Line | Rule | Verdict |" under "### `db/0031.sql`",
  // "| File | Line | … |"): the row's line, in the file its own file cell or else the heading above names
  const lineCol = header.findIndex((h, i) => LINE_HEADER.test(h) && body.every((r) => { const v = cellText(text, r.children[i] ?? { children: [] }); return LINE_CELL.test(v) || /^[\s—–-]*$/.test(v); }));
  const effortCol = col(/effort|estimate|hours|time/);
  // Convention: a risk register that rates each risk again after its mitigations ("| Residual rating |", "| Residual
  // L×I |") keeps a treatment state per row, "Open", "In progress", "Mitigated", "Accepted": there "Mitigated" is the
  // end of the treatment, its controls in place and the residual rating what is left, not work under way
  // Convention: a threat model's table of threats ("| ID | Threat | DFD | Risk | Status |", STRIDE and LINDDUN
  // write-ups, the Threat Modeling Tool's "Not Started / Needs Investigation / Mitigated" states) keeps the same
  // treatment state per threat: "Mitigated" is the threat handled, beside "In progress" for work under way
  const residualRated = header.some((h) => /^residual\b/.test(h)) || header.some((h) => THREAT_HEADER.test(h));
  // Convention: a priority given as a remediation window rather than a level ("| Priority |" with "| Immediate |",
  // "| Short-term |", "| Planned |", under "Remediation priority: **Immediate** (≤ 14 days), …"): when to fix the
  // finding, the phase of the plan it falls in
  const windowCol = header.findIndex((h, i) => i !== sevCol && /^(?:(?:remediation|fix)\s+)?(?:priority|timeline|time ?frame|window|horizon|urgency)$/.test(h) && windowCells(body.map((r) => cellText(text, r.children[i] ?? { children: [] }).trim())));
  // Convention: a register that places each row in a step of its rollout ("| Wave |" with "| Wave 1 |", "| Sprint |"
  // with "| 14 |"): the step the finding is fixed in, its phase (a bare number is the step of the column's kind)
  const stepCol = header.findIndex((h, i) => /^(?:wave|sprint|stage|milestone|iteration)$/.test(unmarked(h)) && body.every((r) => { const v = unmarked(cellText(text, r.children[i] ?? { children: [] })); return /^[—–-]?$/.test(v) || TABLE_MENTIONS_RE10.test(v); }));
  // ("| Bereich |", "| Komponente |": German for the area or component the finding is in)
  // ("| Fase |" over "| Fase 3 |", "| Etapa |": Portuguese, Spanish and Italian for the phase)
  // Convention: a QA defect list names the module under test each defect was found in ("| ID | Modul | Titel |"
  // with "| RV-12 | Login / MFA | … |", "| Module |", Italian "| Modulo |"): the area of the product, its phase
  const areaCol = col(/^(phase|area|component|bereich$|komponente$|fase$|etapa$|modul[eo]?$)/);
  const phaseCol = areaCol >= 0 ? areaCol : stepCol >= 0 ? stepCol : windowCol;
  const sevOk = sevCol < 0 ? body.length : body.filter((r) => r.children[sevCol] && sevOf(cellText(text, r.children[sevCol]))).length;
  if (sevOk * 2 < body.length) return [];
  // a legend ("| Level | Meaning |", one row per severity, each saying what it means) defines a scale
  const sevs = body.map((r) => (r.children[sevCol] ? sevOf(cellText(text, r.children[sevCol])) : null));
  // ("| Wrong | … | High |", "| Misleading | … | Medium |", "| Unclear | … | Low |", "| Polish | … | Trivial |": a
  // scale of the report's own words names each level once, though two of them may rate alike)
  const levelWords = sevCol >= 0 ? body.map((r) => unmarked(cellText(text, r.children[sevCol] ?? { children: [] })).toLowerCase()) : [];
  const distinct = sevCol >= 0 && (new Set(sevs).size === sevs.length || (levelWords.every((w) => /^\S+(?: \S+)?$/.test(w)) && new Set(levelWords).size === levelWords.length));
  // (Hebrew "משמעות", meaning)
  // ("| What I mean by it |": the writer says what each level means)
  // ("| 危険度 | 定義 |": Japanese, and Chinese "定义", the definition of each level; "意味" its meaning)
  // (Convention: a Turkish pentest's "| Derece | CVSS 3.1 Aralığı | Açıklama |" (the description of each level),
  // "| Anlamı |" (its meaning), "| Tanım |" (its definition): the severity legend, as "| Level | Meaning |")
  // ("| Clasificación | Definición |", "| Definição |", "| Definizione |": the definition, as French "Définition")
  const legendHeader = /定義|定义|意味|açıklama|anlam|tanım|meaning|what (?:i|we) mean\b|משמעות|definition|criteria|explanation|means|examples?|guideline|sla|response time|when to use|bedeutung|signification|significado|significato|d[ée]finition|definici[oó]n|defini[çc][ãa]o|definizione|omschrijving|betekenis|beschreibung|descripci[oó]n|descrizione/.test(header[nameCol] ?? '');
  if (distinct && (legendHeader || (header.length === 2 && /descri/.test(header[nameCol] ?? '')))) return [];
  // Convention: a risk matrix's banding legend, "| Score | Rating | Response expected |" over "| 20–25 | **Intolerable**
  // | Stop the activity now. |" … "| 1–3 | **Low** | … |" (likelihood × severity matrices of health-and-safety risk
  // assessments): a first column of score ranges, one distinct level a row, is the scale, not findings
  // (Convention: a pentest's CVSS banding legend ends on the single score of its lowest level, "| 0.1 – 3.9 | Laag |"
  // over "| 0.0 | Informatief |": one bare score among the ranges is that band still)
  // (Convention: the same banding legend with the level as the row's name, "| CVSS-basisscore | Risico |" over
  // "| 9.0 – 10.0 | Kritiek |": each row's title a level word, once, beside its band of scores)
  if (nameCol >= 0 && body.length >= 3 && levelNamedBands(body.map((r) => r.children.map((c) => unmarked(cellText(text, c)))), nameCol, sevOf)) return [];
  if (distinct && sevCol > 0 && body.length >= 3 && scoreBands(body.map((r) => unmarked(cellText(text, r.children[0] ?? { children: [] }))))) return [];
  // Convention: a likelihood × severity scale tabled by its scores, "| Score | Likelihood | Severity |" over "| 1 |
  // Remote: would need several failures … | Minimal: … |" (DPIAs and risk assessments): a first column counting the
  // levels 1, 2, 3 … and each name a level word defined after a colon is the scale, not findings
  if (nameCol > 0 && body.length >= 3 && levelRows(body.map((r) => r.children.map((c) => unmarked(cellText(text, c)))), nameCol)) return [];
  // a plan's table ("| Step | Task | Priority |") names work, not findings: it may only add to findings
  // "| Risk | Measure | Residual risk | Status |": rows name what is done about findings, not findings
  // ("| CONTROL NAME |" of a scanner names the control checked, which failed: a finding)
  // (a control graded as failed is a finding named by its control, not a measure taken)
  const remedies = !(checkName >= 0 && nameCol === checkName) && !(recTitles >= 0 && nameCol === recTitles) && /^(measures?|mitigations?|actions?|remediations?|fix(es)?|recommendations?|controls?(?!\s+(?:name|id|title))|countermeasures?)\b/.test(header[nameCol] ?? '');
  // "| Area | Rating | Comment |": a scorecard rates the areas reviewed; its rows point at findings ("see finding 3")
  // Convention: a release review's quality signals against their targets ("| Signal | Target | RC3 | |" with
  // "| Crash-free sessions (7 days) | ≥ 99.5% | 99.1% | 🔴 |"): the mark says how a measure meets its bar, the
  // rows are measures, not findings (the findings that miss the bar are told on their own)
  const measures = refCol < 0 && named < 0 && /^(signals?|kpis?|indicators?|measures?|measurements?|slis?|quality signals?)$/.test(header[nameCol] ?? '') && header.some((h) => /^(targets?|goals?|thresholds?|bar|slos?|budgets?|expected)$/.test(h));
  const scorecard = measures || (refCol < 0 && named < 0 && header.some((h) => /^(area|aspect|domain|dimension|category|component)s?$/.test(h)) && !/^(issue|finding|bug|title|problem|defect|description|summary)/.test(header[nameCol] ?? ''));
  // ("## Defects closed in April" over "| Ticket | Pri | Summary | Closure |": a register of defects, each with
  // its id, rating and how it was closed, lists findings that are closed, not a changelog's changes)
  const closedRegister = !!ctx.negative && / a list of what was fixed$/.test(ctx.negative) && idCells >= 0 && sevCol >= 0 && col(/^(status|state|closure|closed|resolution)/) >= 0;
  // Convention: an incident follow-up register ("| ID | Action item | Pri | Owner | Due | Status |" with
  // "| AI-2291-1 | Alert on empty-plan rate | P1 | … | 🔄 In progress |"): each action item has its own tracker
  // id, a priority and a state, and is what the audit tracks — the register's rows are its findings, not the
  // remedies of findings told elsewhere
  // Convention: a post-incident review's corrective and preventive actions tabled under its "## Action items"
  // heading ("### Corrective actions" over "| ID | Action | Priority | Owner | Due | Status | Depends on |" with "|
  // INC-2291-A1 | Restore the pool size … | P1 | … | Done |"): the heading names the register, so a column headed
  // "Action" there names each row's action item, as "| Action item |" does, where each row's id is the item's own,
  // lettered or numbered under the incident's ("INC-2291-A1", "PIR-0417-3"), in the first column; not where the ids
  // are a tracker's tickets beside the action ("| Action | … | Ticket |") or the rows point at the factors or
  // findings told elsewhere that they remedy ("| AI-5 | … | CF-4 |")
  const ownActionIds = idCells === 0 && body.every((r) => INCIDENT_ITEM_ID.test(cellText(text, r.children[0] ?? { children: [] }).trim())) && !header.some((h, i) => i > 0 && i !== dependsCol && body.every((r) => ID_CELL.test(cellText(text, r.children[i] ?? { children: [] }).trim())));
  const actionRegister = remedies && (/^action items?$/.test(header[nameCol] ?? '') || (ownActionIds && /^(?:actions?|(?:corrective|preventive|follow[- ]?up) actions?)$/.test(header[nameCol] ?? '') && underActionItems(s))) && idCells >= 0 && sevCol >= 0 && statusByName >= 0;
  // Convention: a launch or readiness review's action-item register under its own "## Action items" heading
  // ("| ID | Pri | Area | Action item | Owner | Status | Launch blocker |" with "| AI-2 | P0 | SLOs | SLIs are
  // measured at the pod … | … | Open | Yes |"): the heading names the register, not an order of fixes; rows with
  // their own id, a priority, a state and a title (of the action item, issue or finding) are the findings
  const registerTitled = (idCells >= 0 || leadIds) && sevCol >= 0 && statusByName >= 0 && (actionRegister || named === nameCol);
  const actionItems = registerTitled && underActionItems(s);
  // (an action register's own sub-heading, "### Fix", "### Mitigate" beside "### Prevent", groups its action items by
  // kind: it names no remedies of findings told elsewhere)
  const registerUnderItems = actionItems && (ctx.negative === 'in the report\u2019s fix order' || (actionRegister && !!ctx.negative?.startsWith('under remedies ')));
  // Convention: a review or audit recounts the incidents of its window as context ("## Incidents in the review
  // window" or "## Recent outages" over "| Incident | Date | Sev | Duration | Summary |" with "| INC-4120 |
  // 2024-01-09 | 2 | 47 min | Tracking pages slow … |"): a log of past events, each dated and measured by how
  // long or how badly it hurt, whose causes the report's own findings name; its rows are no findings where the
  // report has findings elsewhere (index.ts), though in a bare incident log they are all there is
  const eventLog = incidentLog(header, s);
  // Convention: a risk analysis's threat or risk register whose every row points at the finding that details it, "| T1
  // | Theft / loss | Laptops without full-disk encryption | High | … | HRA-01 |" (or "see HRA-02"), as HIPAA and ISO
  // risk analyses tie each threat to a finding: the rows restate findings told elsewhere and may only add to them
  // (Convention: an inspection's condition summary by element, "| Elem. | Element | Severity | Extent | Defect ref |" over
  // "| 3 | Primary deck elements | 4 | C | D01, D02 |" or "| — |" where the element has none (bridge, culvert and
  // building condition surveys): each row rates an element by the defects told above, no finding of its own)
  const pointsAtFindings = rows.length > 2 && header.some((h, i) => i !== refCol && ((POINTER_HEADER.test(h) && rows.slice(1).every((r) => POINTER_CELL.test(cellText(text, r.children[i] ?? { children: [] })))) || (DEFECT_REFS_HEADER.test(h) && rows.slice(1).every((r) => DEFECT_REFS_CELL.test(cellText(text, r.children[i] ?? { children: [] }))) && rows.slice(1).some((r) => /\d/.test(cellText(text, r.children[i] ?? { children: [] }))))));
  // Convention: a risk assessment's action plan (fire, health and safety, COSHH, asbestos) tables each hazard or
  // deficiency found beside the action recommended for it ("| Ref | Location | Hazard / deficiency | Recommended
  // action | Priority | Responsible |"): under the plan's heading the rows are still the findings, the action their fix
  const hazardPlan = named >= 0 && named === nameCol && HAZARD_HEADER.test(header[named]) && header.some((h, i) => i !== named && ACTION_HEADER.test(h));
  const suppressed = suppressedRegister(text, body, s, ctx.negative, idCells, statusByName);
  // Convention: a statutory inspection report (reservoirs, lifts, fire safety, a regulator's improvement notice)
  // tables the measures or recommendations it requires as the items themselves, "| Ref | Measure | Due date | Status |"
  // with "| MIOS 3 | Clear and re-grade the toe drain | 30 September 2024 | Not complete — overdue |", under a heading
  // naming them ("## Measures in the interests of safety", "### Recommendation as to maintenance"): each row has its
  // own id and state and names no finding beside it, so it is a finding of the report, not a remedy of one
  const ownMeasures = remedies && !actionRegister && refCol >= 0 && refCol !== nameCol && statusByName >= 0 && !pointsAtFindings && /^(?:measures?|recommendations?)\b/.test(header[nameCol] ?? '') && OWN_MEASURES_HEADING.test(s.h.title) && !header.some((h, i) => i !== nameCol && FINDING_NAMING_HEADER.test(h));
  const standalone =
    !pointsAtFindings && (!statusOnly || ownMeasures) && !titleless && (!remedies || actionRegister || ownMeasures) && !scorecard && (registerUnderItems || hazardPlan || suppressed || (!inFixOrder(s) && !(ctx.negative && !ctx.summary && !closedRegister))) && (actionRegister || !/^(task|step|action|phase|milestone|deliverable|component|area|aspect|metric|owner|date|week)/.test(header[nameCol] ?? ''));
  // "| Work Item Type |", "| Issue Type |": a tracker's query mixes bugs with stories, tasks and test cases
  const typeCol = col(/^(?:work item type|issue type|item type|type)$/);
  // ("| Ticket |" with "| QM-2291 — in progress |": the tracker's ticket and where it stands)
  const ticketCol = col(/^(?:ticket|jira|tracker|tracking|work item|issue key)s?$/);
  const resolutionCol = col(RESOLUTION_HEADER);
  const out: Draft[] = [];
  const earlierRefs = refCol >= 0 ? EARLIER_REF_HEADER.test(header[refCol] ?? '') : header.some((h) => EARLIER_REF_HEADER.test(h));
  // ("| — | 2.1.1 | ✅ | — | Minimum password length is 12 | — | — |" among "| A-01 | 2.2.1 | ❌ | High | … |": in a
  // register whose rows with an id are rated, a row with neither, and no state, is an item checked and passed)
  const blank = (v: string | undefined) => !v || /^[\s—–-]*$/.test(v);
  const cellAt = (r: (typeof body)[number], i: number) => cellText(text, r.children[i] ?? { children: [] }).trim();
  // (the id column: its header's, or one whose cells are ids or blank)
  const idCol = refCol >= 0 ? refCol : header.findIndex((_h, i) => body.some((r) => ID_CELL.test(cellAt(r, i))) && body.every((r) => blank(cellAt(r, i)) || ID_CELL.test(cellAt(r, i))));
  // (a table of where findings stand, in an update section, keyed by id: its rows need no name of their own)
  const updateIds = statusCol >= 0 && refCol >= 0 && (inUpdate(s) || UPDATE_TITLE.test(s.h.text));
  const idsRated = idCol >= 0 && sevCol >= 0 && body.some((r) => !blank(cellAt(r, idCol)) && !blank(cellAt(r, sevCol)));
  // (a regression register's retest column: RETEST_HEADER; its rows are rated defects with ids, not checks)
  const retestCol = idsRated && statusCol >= 0 && statusCol !== sevCol && RETEST_HEADER.test(header[statusCol] ?? '') ? statusCol : -1;
  const retestNotes = retestCol >= 0 ? col(NOTES_HEADER) : -1;
  // (CLOSED_DATE_HEADER: a date in the close-out column is the row's item fixed)
  const closedCol = statusCol < 0 ? col(CLOSED_DATE_HEADER) : -1;
  // (the draft of the row before, while rows that continue it may follow: actionRowsState)
  let prevDraft: Draft | null = null;
  for (const r of body) {
    const cells = r.children.map((c) => cellText(text, c));
    // Convention: an improvement plan lists several corrective actions under one issue, the rows after its first
    // leaving the issue's cells blank, each action with its own state ("| 2.1 Staff unfamiliar with … | Update the
    // contacts | … | Complete |" then "| | | Brief Legal | … | Not Started |"): the issue is done when all are
    if (prevDraft && statusCol >= 0 && nameCol >= 0 && cells.slice(0, nameCol + 1).every((c) => blank(c)) && (idCol < 0 || blank(cells[idCol]))) {
      const st = blank(cells[statusCol]) ? null : statusFromText(plainInline(cellSource(text, r.children[statusCol])).trim());
      if (st && prevDraft.statusOwn && cells.some((c, i) => i > nameCol && i !== statusCol && i !== sevCol && !blank(c))) prevDraft.statusOwn = actionRowsState(prevDraft.statusOwn, st);
      continue;
    }
    prevDraft = null;
    if (typeCol >= 0 && /^\W*(?:user story|story|task|sub-?task|epic|feature|test case|test plan|test suite|spike|initiative|requirement)\W*$/i.test(cells[typeCol] ?? '')) continue;
    // (a row that says where it stands, "| — | — | Seek bar … | not a bug |", is still a record)
    if (idsRated && blank(cells[idCol]) && blank(cells[sevCol]) && (statusCol < 0 || blank(cells[statusCol]) || PASSED_CELL.test(cells[statusCol] ?? '') || /^\W*✅\W*$/u.test(cells[statusCol] ?? ''))) continue;
    const name = cells[nameCol] ?? '';
    // (a status row names its finding by the id column alone: "| 1.1.9 | WARN | — | Accepted |")
    // Convention: a retest table rated and noted per row ("| ID | Rating | Retest result | Notes |") leaves the note
    // blank where there is nothing to add ("| PLV-06 | Medium | Remediated — retest passed | |"): in an update, the
    // row still says by its id where that finding stands
    // (such a row, with no title, only adds to the finding of its id: it stands for none by itself)
    const unnamed = updateIds && !name.trim() && !blank(cells[statusCol]);
    const idOnly = refCol >= 0 && !!cells[refCol]?.trim() && (statusOnly || unnamed);
    if ((!name || !TABLE_MENTIONS_RE5.test(name)) && !idOnly) continue;
    // "| I-1 … I-3 | See section 3 | Informational |": a row that sends the reader elsewhere
    if (/^\W*(?:see|cf\.?|refer to)\s+(?:section|§|below|above|appendix|chapter|findings?)\b/i.test(name)) continue;
    // Convention: a review bot's comment updated in place keeps a finding it no longer sees in its table, its title
    // struck through and marked done ("| ✅ | ~~Bucket TTL shorter than refill window~~ | `a.lua:22` | Resolved in
    // `c02d9f7`. |"): a finding since fixed, not a control in place
    const struckDone = !!r.children[nameCol] && name.length >= 4 && STRUCK_CELL.test(cellSource(text, r.children[nameCol]).trim()) && cells.some((c, i) => i !== nameCol && (DONE_CELL.test(c) || statusFromText(c.trim().split(/[.;]\s|\s[—–(]\s*/)[0]) === 'fixed'));
    // ("| — | (/) | Database encrypted at rest |": a mark the legend rates nothing, a control in place)
    if (markColumn >= 0 && markColumn === sevCol && !sevOf(cells[sevCol] ?? '') && !struckDone) continue;
    // "| PASS | high | s3 | … |": a check that passed, or does not apply, is no finding
    // ("| — | robots.txt accessible | ✅ Conforme | … |": the pass may stand in the rating's column)
    // Convention: a register re-inspected keeps its items dealt with since the last survey, their own id kept, the
    // rating "n/a" as nothing is left to rate and the state saying so ("| VB-03 | … | n/a | Removed 03/2022 |",
    // "| D-07 | … | N/A | Fixed in 4.2 |"): a finding fixed, not a check that does not apply
    const settled = sevCol >= 0 && statusCol >= 0 && statusCol !== sevCol && idCol >= 0 && idCol !== sevCol && !blank(cells[idCol]) && NOT_RATED_CELL.test(cells[sevCol] ?? '') && statusFromText((cells[statusCol] ?? '').trim().split(/[.;,]\s|\s[—–(]\s*/)[0]) === 'fixed';
    if ((statusCol >= 0 && retestCol < 0 && PASSED_CELL.test(cells[statusCol] ?? '')) || (sevCol >= 0 && PASSED_CELL.test(cells[sevCol] ?? '') && !struckDone && !settled)) continue;
    // ("| 4 | `hooks/useVoid.ts` | question | Nit | → #2231 |": a summary table that names each review comment by its
    // Conventional Comments label; a question, praise, thought or note reports nothing to change)
    if (name.length <= 40 && /^(?:praise|question|thought|note)(?:\s*\([a-z][a-z ,-]{1,30}\))?$/.test(name.trim())) continue;
    const h = parseHeading(failedRows ? name.replace(/\s*\(Level A{1,3}\)\s*$/, '') : (boldLeadName(r.children[nameCol] ? cellSource(text, r.children[nameCol]) : '') ?? name));
    // "| TD-03 | 412 un-squashed Flyway migrations |": with an id column, a number opening the title is its own
    // ("| 14 user accounts inactive for more than 90 days … |": a count opening a sentence, not a number)
    if (h.refKind === 'numeric' && (refCol >= 0 ? TABLE_MENTIONS_RE6 : TABLE_MENTIONS_RE7).test(name)) {
      h.title = name.replace(/\s+/g, ' ').trim();
      h.ref = null;
      h.refKind = null;
    }
    // Convention: a register whose own ref column numbers the rows ("| L1-104-03 | FCU-1.04 condensate leak … |",
    // "| SN-12 | AHU-2 fan noisy at start-up |"), as snag lists and maintenance logs name the plant or asset an item
    // is about by its tag: a tag that opens the description, followed by words in lower case, is the subject of
    // its title, not a second id
    if (h.ref && refCol >= 0 && !blank(cells[refCol]) && unmarked(cells[refCol]) !== h.ref && name.trimStart().startsWith(h.ref) && TAG_SUBJECT.test(name.trimStart().slice(h.ref.length))) {
      h.title = name.replace(/\s+/g, ' ').trim();
      h.ref = null;
      h.refKind = null;
    }
    // (no severity column: the id's letter rates the row, "L-01" low, "I-02" info)
    const sevText = sevCol < 0 && ratedIds >= 0 ? cells[ratedIds].trim() : cells[sevCol] ?? '';
    // Convention: a register carried over from the last visit keeps the rating it was given then and says in the
    // row's state that it is now rated otherwise, "| Medium | **Not done — carried forward again.** … Now raised to
    // High: complete within 3 months. |": the rating it is raised or lowered to is the row's
    const rerated = sevCol >= 0 && statusCol >= 0 && statusCol !== sevCol && /\bto\b/.test(cells[statusCol] ?? '') ? reratedTo(cells[statusCol]) : null;
    const coded = codesCol >= 0 ? (cells[codesCol] ?? '').split(/\s*[,;/]\s*|\s+/).map((c) => codes!.get(c.toLowerCase())).filter((c) => !!c) : [];
    const stops = (stopCol >= 0 && /^\W*(?:yes|y)\W*$/i.test(cells[stopCol] ?? '')) || coded.some((c) => c.stops);
    const sev = rerated ?? (stops ? 'critical' : sevCol < 0 && ratedIds >= 0 ? contestSeverity(sevText) : sevOf(sevText));
    // Convention: with no column of its own, a status cell that names the row a blocker, "| Open — **release
    // blocker** |", says it blocks as a label does
    const blockerCell = (c: string | undefined) => !!c && /(?:^|[\s`*_])(?:release|deploy(?:ment)?|launch)[- ]blocker\b/i.test(c) && !/\bnot? (?:a )?(?:release|deploy(?:ment)?|launch)[- ]blocker\b/i.test(c);
    const gradeBlocks = gradeCol >= 0 ? gradeCellBlocks(cells[gradeCol], rf!) : null;
    // Convention: an action register's Label column gives each row one of two gate tiers, "| LAUNCH-BLOCKING |" or "|
    // POST-LAUNCH |", "| release-blocker |" or "| follow-up |": the tier says whether the row holds the release
    const tier = labelCol >= 0 && blocksCol < 0 && stopCol < 0 ? labelTier(cells[labelCol]) : null;
    const blocksText = gradeBlocks !== null ? (gradeBlocks ? 'yes' : 'no') : blocksCol >= 0 ? cells[blocksCol] ?? '' : stopCol >= 0 ? cells[stopCol] ?? '' : tier !== null ? (tier ? 'yes' : 'no') : (labelCol >= 0 && blockerCell(cells[labelCol])) || (statusCol >= 0 && blockerCell(cells[statusCol])) ? 'yes' : '';
    // (a stop sign in the column: "⛔", "🚫", "🛑")
    // ("| Blocks release |", "| Does not block — release note |": the cell says it in words, the step it blocks
    // named or left to the header; "| Cleared |", "| Must verify before GO |" say neither)
    const blocks = /^\W*(yes|true|y|x|✅|✓|blocking|blocker|blocks)\b/i.test(blocksText) || /^\s*(?:⛔|🚫|🛑)\uFE0F?\s*$/u.test(blocksText)
      ? true
      : /^\W*(no|false|n)\W*$/i.test(blocksText) || (blocksDash && /^\W*(?:—|-)\W*$/.test(blocksText)) || /^\W*no\b/i.test(blocksText)
        ? false
        : blocksText ? (gateColumnCell(blocksText) ?? blocksStatement(blocksText)) : notesCol >= 0 && notesCol !== nameCol && cells[notesCol]?.toLowerCase().includes('block') ? blocksStatement(cells[notesCol]) : (statusRemark(cells[statusCol]) ?? actionHold(cells[actionCol]));
    // with no id column, a cell holding just an id ("R1") says which finding the row is about
    const refCell = refCol >= 0 ? cells[refCol] : cells.find((c, i) => i !== nameCol && TABLE_MENTIONS_RE8.test(c)) ?? '';
    // (a dash where a row has no id)
    // Convention: a table of an earlier inspection's recommendations keyed by that report's numbers, "| 2018 ref |
    // Defect | Action recommended | Status 2025 |" (periodic inspections, re-audits): those refs are the earlier
    // report's, not this one's D03, so the row names no finding of this report by its id
    const ref = earlierRefs ? null : refCell && !/^[—–-]$/.test(refCell.trim()) ? refCell.replace(/^`([^`]+)`$/, '$1').replace(/^#?\s*/, (x) => (x.includes('#') ? '#' : '')) : h.ref;
    const locations: Location[] = [];
    // (a permalink's path inside the repository, over the link text's file name)
    if (locCol >= 0 && r.children[locCol]) addLocations(locations, permalinkLocations(cellSource(text, r.children[locCol])));
    // (a location column's cell is a location as a field's value is: "| `GET /auth/login?next=` |" names the route)
    if (locCol >= 0) addLocations(locations, parseLocations(cells[locCol] ?? '', true));
    // (a monorepo folder alone in the location cell, "| `apps/admin` |", names the package: see folderSpan)
    const placeCol = locCol >= 0 ? locCol : folderCol;
    if (placeCol >= 0 && !locations.length && r.children[placeCol]) {
      const dir = folderSpan(cellSource(text, r.children[placeCol]));
      if (dir) locations.push(dir);
    }
    addLocations(locations, h.locations);
    const lineAt = lineCol >= 0 ? LINE_CELL.exec(cells[lineCol] ?? '') : null;
    if (lineAt) {
      const startLine = Number(lineAt[1]);
      const endLine = lineAt[2] ? Number(lineAt[2]) : startLine;
      if (locations.length && locations[0].startLine == null) locations[0] = { ...locations[0], startLine, endLine };
      else if (!locations.length && ctx.groupPath) locations.push({ path: ctx.groupPath, startLine, endLine });
    }
    // no location column: a path in code in any other cell ("| Notes | `a/b/FxClient.java:57` — caused … |")
    if (!locations.length) {
      r.children.forEach((c, i) => {
        // (every cell: a resource in one and its source file in another)
        if (i === nameCol || locations.some((l) => !l.path.startsWith('arn:'))) return;
        // ("`deploy/values-prod.yaml` line 58", "`a/b.ts` (lines 28-49)": the line said in words right after the path)
        const md = cellSource(text, c);
        for (const m of allMatches(md, /`([^`\n]{3,200})`/g)) addLocations(locations, parseLocations(m[1] + (LINE_AFTER_CODE.exec(md.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[0] ?? '')).filter((l) => l.path.includes('/') || l.startLine != null));
      });
      // "| `arn:aws:ec2:…` | `infra/network/bastion.tf:8` |": the file and line come before the cloud resource
      if (locations.length > 1) locations.sort((a, b) => Number(a.path.startsWith('arn:')) - Number(b.path.startsWith('arn:')));
    }
    const f: ParsedFinding = {
      ref: ref || null,
      title: h.title,
      severity: null,
      severityText: null,
      status: 'open',
      phase: phaseCol >= 0 ? (phaseCol === stepCol ? phaseValue(header[stepCol], cells[stepCol] ?? '') : cells[phaseCol] || null) : null,
      category: ctx.category ?? ((registerUnderItems || suppressed) && s.depth > 0 ? s.h.title : null),
      locations,
      blocksDeployment: null,
      dependsOn: dependsCol >= 0 ? dependsCell(cells[dependsCol] ?? '', ref ?? '') : [],
      effort: effortCol >= 0 ? parseEffort(cells[effortCol] ?? '') : null,
      body: src(text, r).trim(),
    };
    out.push({
      f,
      sevFact: null,
      sevMention: sev ? { sev, text: stops ? header[stopCol >= 0 ? stopCol : codesCol] : rerated ? RERATED_RE.exec(cells[statusCol])![1].replace(/\W+$/, '') : sevText.replace(EMOJI_RE, '').trim() || sevText } : null,
      sevHeading: null,
      sevSection: ctx.groupSev,
      // (Convention: a state cell that flags the gate beside the state, "| offen – freigaberelevant |")
      blocksOwn: statusCol >= 0 && cells[statusCol] ? blocksStatement(cells[statusCol]) : null,
      blocksMention: (coded.length ? true : null) ?? blocks ?? (s.depth > 0 ? groupBlocks(s.h.text) : null),
      // ("~~Open~~ Closed — …": a state struck through is the one it no longer is)
      statusOwn: (verdicts && failedRows ? controlState(text, r.children, nameCol, resultCol) : null) ?? labelledState(cells, closedForReason(resolutionCol >= 0 && resolutionCol !== statusCol ? cells[resolutionCol] : undefined, (residualRated && statusCol >= 0 && MITIGATED_CELL.test(cells[statusCol] ?? '') ? 'fixed' : null) ?? (retestCol >= 0 ? retestState(cells[retestCol] ?? '', retestNotes >= 0 ? cells[retestNotes] : undefined) : null) ?? (closedCol >= 0 && CLOSED_DATE_CELL.test(cells[closedCol] ?? '') ? 'fixed' : null) ?? (statusCol >= 0 ? statusFromText(r.children[statusCol] ? plainInline(cellSource(text, r.children[statusCol]).replace(/~~[^~\n]+~~/g, ' ')).trim() : '') : h.status) ?? ticketState(cells[ticketCol]) ?? (struckDone ? 'fixed' : null))) ?? groupState(s),
      update: (statusOnly || statusCol >= 0) && (inUpdate(s) || UPDATE_TITLE.test(s.h.text) || decisionCol >= 0),
      // Convention: "## Previously reported (Submission 2)" over "| Ref | Failure | Retest result |": a retest of
      // findings from an earlier report, each row its tracker id and title; a row whose finding this report does
      // not detail is that finding (merge.ts)
      orphanRow: statusOnly && !standalone && !titleless && idCells >= 0 && nameCol === named && statusCol >= 0 && TABLE_MENTIONS_RE9.test(name),
      scope,
      detailed: false,
      standalone: standalone && !unnamed,
      eventLog: eventLog || undefined,
      control: (verdicts && failedRows && nameCol === checkName) || undefined,
      checklistRow: passesSetAside || undefined,
      words: wordSet(h.title),
      start: off(r, 'start'),
      url: /\]\((https?:[^)\s]+)\)/.exec(cellSource(text, r.children[nameCol] ?? { children: [] }))?.[1] ?? null,
      prov: {
        kind: 'row',
        startLine: lines.lineOf(off(r, 'start')),
        endLine: lines.lineOf(off(r, 'start')),
        set: `table at line ${lines.lineOf(off(table, 'start'))} (${body.length} rows)`,
        size: body.length,
        reasons: [sev ? 'severity' : '', ref ? 'id' : '', locations.length ? 'location' : '', 'severity column'].filter(Boolean),
        confidence: 0,
        where: recordPlace(lines, s, body.indexOf(r)),
      },
    });
    prevDraft = out[out.length - 1];
  }
  return out;
}

/** the state of an issue from two of its corrective actions' states: one still to do beside one begun or done is in progress */
function actionRowsState(a: Status, b: Status): Status {
  if (a === b) return a;
  const done = (x: Status) => x === 'fixed' || x === 'verified';
  const live = (x: Status) => x === 'open' || x === 'in_progress';
  if (!(done(a) || live(a)) || !(done(b) || live(b))) return a;
  return done(a) && done(b) ? 'fixed' : 'in_progress';
}

/** "Ground for detention", "Detainable", "Out of service", "OOS", "Prohibition": the yes-or-no column of an inspection's deficiencies that stops what was inspected */
/** "VOR", "Vehicle off road", "Off road?": the column of a fleet inspection marking the defects that take the vehicle off road */
const VOR_HEADER = /^(?:vor|v\.o\.r\.?|(?:vehicle )?off[- ]road)\??$/;
const STOP_HEADER = /^(?:grounds? for (?:detention|prohibition)|detainable|detention|detained|out[- ]of[- ]service|oos|prohibition|prohibited|immediate prohibition)\??$/;
/** "Action taken", "Action code(s)", "Actions": a column of an inspection's action codes */
const ACTION_CODES_HEADER = /^(?:actions?(?: taken)?(?: codes?)?|action codes?)$/;
/** "Works", "Works required?", "Action required", "Remedial action needed": a yes-or-no column of an inventory saying which rows need doing */
const WORKS_NEEDED_HEADER = /^(?:(?:remedial |further |recommended )?(?:works?|actions?|repairs?|remediation|treatment)(?: (?:required|needed|recommended|req(?:'?d|\.)?))?|(?:requires|needs) (?:works?|action|repair))\s?\??$/;
/** a cell of yes or no, bold or not, or empty ("**Y**", "N", "Yes", "—") */
const YES_NO_CELL = /^\W*(?:yes|no|y|n)?\W*$/i;
/** "Threat", "Threat scenario", "Threat description": a threat model's column naming each threat, header lower-cased */
const THREAT_HEADER = /^threats?(?: (?:scenario|description|title|name))?$/;
/** a risk register's state cell that says the risk is mitigated, alone or before a note ("Mitigated", "✅ Mitigated — UAT") */
const MITIGATED_CELL = /^[^\p{L}]*mitigated(?![\p{L}])(?!\s+(?:partially|in part)\b)/iu;
const STATUS_LABEL = /`(?:status|state)\s?(?:::?|\/)\s?([^`\n]{1,30})`/i;

/**
 * Convention: an issue tracker's export whose labels column carries a scoped status label beside the issue's
 * open / closed state ("`type: bug` `status: in progress`" in a GitHub table, GitLab's "`status::doing`"): the
 * tracker's state only says the issue is still open, the team's label says how far the work is.
 */
/**
 * Convention: a table of findings with no state column under a heading that names their state ("### Awaiting
 * your verification" over "| Ticket | Summary | Delivered |", "## Fixed" over a list table): the nearest such
 * heading's state, as a finding written as a heading takes its group's (draft.ts).
 */
function groupState(s: Section): Status | null {
  for (let p: Section | null = s; p && p.depth > 0; p = p.parent) {
    const st = boardColumn(p);
    if (st) return st;
  }
  return null;
}

/** "Resolution", "Resolução", "Resolución", "Résolution", "Risoluzione", "Lösung": a tracker's resolution column, header lower-cased */
/**
 * Convention: a register or inspection's closed-items table dates each close-out in a column of its own, "| Ref | Defect
 * | Closed |" with "| 21/08 |", "| Date closed |", "| Fixed on |": with no state column, a date there is the item fixed.
 */
const CLOSED_DATE_HEADER = /^(?:closed|closed (?:on|date)|date (?:closed|fixed|resolved|cleared|rectified)|(?:closure|close-?out) date|(?:fixed|resolved|cleared|rectified) on)$/;
const CLOSED_DATE_CELL = /^\W*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?![\d/.-]?\d)/i;
const RESOLUTION_HEADER = /^(?:resolution|resolu[çc][ãa]o|resoluci[óo]n|r[ée]solution|risoluzione|l[öo]sung|resolutie|rozřešení|rozwiązanie)$/;
const CLOSING_REASONS: ReadonlySet<Status> = new Set<Status>(['duplicate', 'wont_fix', 'false_positive']);
/**
 * Convention: a tracker's export as a table with a state column and a resolution column beside it (Jira's "| Status |
 * Resolution |" with "| Closed | Duplicate |", Brazilian "| Status | Resolução |" with "| Fechado | Não será corrigido
 * |"): the state only says the ticket is closed, the resolution says why, and a duplicate, a decision not to fix or a
 * report that does not hold is the row's state, as closedWithReason reads the same two fields of a ticket (draft.ts)
 */
function closedForReason(resolution: string | undefined, st: Status | null): Status | null {
  if (st !== 'fixed' || !resolution) return st;
  const why = statusFromText(resolution);
  return why && CLOSING_REASONS.has(why) ? why : st;
}

function labelledState(cells: string[], st: Status | null): Status | null {
  if (st !== null && st !== 'open') return st;
  const label = cells.find((c) => c.includes('`') && STATUS_LABEL.test(c));
  const named = label ? statusFromText(STATUS_LABEL.exec(label)![1].replace(/[-_]/g, ' ')) : null;
  return named && named !== 'open' ? named : st;
}

/**
 * A column named for what a row does to shipping ("Release impact", "Impact on go-live", "Auswirkung auf das
 * Release", "Impact sur la mise en production", "Impacto en el lanzamiento"), header lower-cased.
 */
const RELEASE_IMPACT_HEADER =
  /^(?:(?:release|deploy(?:ment)?|launch|go[- ]live|rollout|ship(?:ping)?|ga|merge|sign-?off)\s+impact|impact on (?:the )?(?:release|deploy(?:ment)?|launch|go[- ]live|rollout|shipping|ga|merge|sign-?off)|(?:release|go-live|rollout)-?auswirkung|auswirkung auf (?:das |den |die )?(?:release|go-live|rollout|deployment|freigabe|produktivsetzung)|impact sur (?:la |le |l')?(?:release|livraison|mise en production|mep|go-live|d[ée]ploiement|lancement)|impacto (?:en|sobre|no|na) (?:el |la |o |a )?(?:release|lanzamiento|despliegue|go-live|lançamento|implanta[çc][ãa]o|libera[çc][ãa]o)|impatto sul(?:la |l'|l )?(?:rilascio|release|go-live|messa in produzione))$/;

/** "Line", "Ln", "Line no.", "Lines": a column of line numbers, header lower-cased */
const LINE_HEADER = /^(?:lines?|ln|l#|line\s*(?:no\.?|#|number))$/;
/** "42", "L42", "12–18", "3:1" (line and column): a line cell, its first line and maybe its last */
const LINE_CELL = /^\W*L?(\d{1,6})(?:\s*[–—-]\s*L?(\d{1,6})|:\d{1,4})?\W*$/;
/** "Verdict", "Call", "Disposition", "Our take": a reviewer's judgement of each row, header lower-cased */
const VERDICT_HEADER = /^(?:(?:reviewer'?s?|our|my)\s+)?(?:verdict|call|disposition|assessment|judge?ment|take)$/;
const POINTER_HEADER = /^(?:(?:related|linked|see) )?findings?(?: (?:id|ref|no\.?))?$/;
const POINTER_CELL = /^\W*(?:see |→\s*)?[A-Z][A-Z0-9]{0,9}-\d{1,4}\W*$/;
const DEFECT_REFS_HEADER = /^(?:defects?|findings?|observations?|faults?) (?:refs?\.?|references?|ids?|nos?\.?)$/;
const DEFECT_REFS_CELL = /^(?:[—–-]|n\/a|none|(?:see )?[A-Z][A-Z0-9]{0,7}(?:[-.][A-Z0-9]{1,6})?(?:\s*(?:,|&|\/|and|to|[—–])\s*[A-Z][A-Z0-9]{0,7}(?:[-.][A-Z0-9]{1,6})?)*)$/;

/** a remediation window: "Immediate", "Short-term (≤ 45 days)", "Planned", "Next sprint" */
const WINDOW_CELL = /^(?:immediate(?:ly)?|short[- ]?term|medium[- ]?term|mid[- ]?term|long[- ]?term|planned|next (?:sprint|release|quarter)|this (?:week|sprint|quarter)|quick wins?)(?:\s*\([^()]{1,30}\))?$/i;
/** a column of remediation windows, two of them at least and nothing else but blanks */
/** a column naming the event a row is ("| Incident |", "| Outage ID |", "| INC # |") */
const EVENT_COLUMN = /^(?:incidents?|outages?|inc|events?|disruptions?)(?:\s*(?:id|#|no\.?|ref|number|key))?$/;
/** a column dating the event ("| Date |", "| When |", "| Started (UTC) |") */
const EVENT_DATE_COLUMN = /^(?:date|when|day|started|start(?:ed)? at|start time|occurred(?: on)?|detected(?: at)?)(?:\s*\([^)]*\))?$/;
/** a column measuring the event ("| Duration |", "| Downtime |", "| Customer impact |", "| Postmortem |", "| TTR |") */
const EVENT_MEASURE_COLUMN = /^(?:duration|downtime|outage (?:time|length)|time to (?:detect|mitigate|resolve|recover(?:y)?)|tt[dmr]|mttr|(?:customer|user|business) impact|impact|post-?mortem|pir|rca)(?:\s*\([^)]*\))?$/;
/** a heading that names incidents or outages ("Incidents in the review window", "Recent outages", "Incident history") */
const EVENT_HEADING = /\b(?:incidents?|outages?|post-?mortems?|disruptions?)\b/i;
/** …and not as the report's findings ("Incidents and findings", "Open incident risks") */
const FINDINGS_WORD = /\b(?:findings?|issues?|risks?|gaps?|vulnerabilit(?:y|ies)|defects?|observations?|recommendations?)\b/i;

/**
 * A table of past incidents: a column dating each event and one measuring it (duration, downtime, impact or its
 * postmortem), and either a column naming the event ("| Incident |") or a heading over it that names incidents or
 * outages without calling them findings.
 */
function incidentLog(header: string[], s: Section): boolean {
  const h = header.map((x) => unmarked(x));
  if (!h.some((x) => EVENT_DATE_COLUMN.test(x)) || !h.some((x) => EVENT_MEASURE_COLUMN.test(x))) return false;
  if (EVENT_COLUMN.test(h[0] ?? '') || h.some((x) => /^(?:incident|outage)s?(?:\s*(?:id|#))?$/.test(x))) return true;
  for (let a: Section | null = s; a && a.depth > 0 && !a.docTitle; a = a.parent) {
    if (EVENT_HEADING.test(a.h.text)) return !FINDINGS_WORD.test(a.h.text);
  }
  return false;
}

function windowCells(cells: string[]): boolean {
  const vals = cells.map((c) => unmarked(c)).filter((c) => !/^[—–-]?$/.test(c));
  return vals.length >= 2 && vals.every((v) => WINDOW_CELL.test(v)) && new Set(vals.map((v) => v.toLowerCase())).size >= 2;
}

/**
 * A legend that maps the report's own severity words onto others ("| Impact | Priority |" with
 * "| Serious | High |", "| Minor | Low |"): two columns of severity words, the second headed as the
 * severity the report ranks by. Returns word -> severity for the first column's words.
 */
/** a level's meaning that opens with a word before a dash or colon: "Critico — …", "High: …" */
// ("Low / advisory. No action required to pass.": the level and a second name for it after a slash)
const OPENING_LEVEL = /^(\p{L}{2,20})(?:\s*\/\s*\p{L}{2,20})?\s*[—–:.-]\s+\S/u;

/** the level a legend's meaning opens with; "Nit — code health, no user impact", a review's mildest mark, is informational */
function openingSeverity(word: string): Severity | null {
  return severityFromValue(word) ?? (/^nit(?:pick)?s?$/i.test(word) ? 'info' : null);
}

/**
 * A scale listed worst first whose last two levels read alike ("| Unclear | … | Low |" over "| Polish | … |
 * Trivial |"): the last is one below the one before it, as the scale says it is milder (info under low).
 */
function mildestBelow(words: (string | null)[], map: Map<string, Severity>): void {
  const sevs = words.map((w) => (w ? map.get(w) ?? null : null));
  if (sevs.length < 3 || sevs.some((v) => !v)) return;
  const rank = sevs.map((v) => LEVEL_ORDER.indexOf(v!));
  if (!rank.every((r, i) => i === 0 || r >= rank[i - 1])) return;
  const n = rank.length - 1;
  if (rank[n] === rank[n - 1] && rank[n - 2] < rank[n] && sevs[n] === 'low') map.set(words[n]!, 'info');
}

const LIKENED_TO_NONE = /^[-–—]$/;
const LEVEL_WORD_RE = /^\p{L}[\p{L} -]{1,20}$/u;
/**
 * Convention: a legend that likens each of the report's levels to a usual one, worst first, and its last level
 * to none ("| **Minor** | … | Low |" over "| **Observation** | Good-practice suggestion, not a gap | — |", as
 * audits close their scale of nonconformities with an observation): that last level sits below the lowest,
 * informational. Only a plain dash, and only below a low: a pass mark or a level "not counted" stays unrated.
 */
function belowLowest(body: string[][], lv: (Severity | null)[], from: number, to: number, map: Map<string, Severity>): void {
  const n = body.length - 1;
  if (n < 2 || lv[n] || lv[n - 1] !== 'low' || !LIKENED_TO_NONE.test((body[n][to] ?? '').trim())) return;
  if (!lv.slice(0, n).every((v, i) => v && (i === 0 || LEVEL_ORDER.indexOf(v) > LEVEL_ORDER.indexOf(lv[i - 1]!)))) return;
  const w = (body[n][from] ?? '').trim();
  if (!LEVEL_WORD_RE.test(w) || severityFromValue(w) || map.has(w.toLowerCase())) return;
  map.set(w.toLowerCase(), 'info');
}

/**
 * Convention: a legend table of colour marks, one a row, worst first, whose meanings name no severity
 * ("| 🔴 | Ship-stopper: crash … |", "| 🟠 | Serious: … |", "| 🟡 | Annoying: … |", "| ⚪ | Polish: visual or copy |"):
 * the usual colours keep their levels, and a mark of no usual level after them is the next level down.
 * Returns those marks and their levels, or null.
 */
export function markRankTable(text: string, table: Table): Map<string, Severity> | null {
  const rows = table.children;
  if (rows.length < 4 || rows.length > 9 || rows[0].children.length > 4) return null;
  const marks = rows.slice(1).map((r) => (r.children[0] ? cellText(text, r.children[0]).replace(/\uFE0F/g, '').trim() : ''));
  if (!marks.every((m) => m && m.length <= 4 && m.replace(EMOJI_RE, '').trim() === '') || new Set(marks).size !== marks.length) return null;
  const known = marks.map((m) => SEVERITY_EMOJI[m] ?? null);
  const ranks = known.map((k) => (k ? LEVEL_ORDER.indexOf(k) : -1));
  const firstUnknown = ranks.indexOf(-1);
  if (firstUnknown < 2 || ranks.slice(firstUnknown).some((r) => r !== -1) || ranks.slice(0, firstUnknown).some((r, i) => i > 0 && r <= ranks[i - 1])) return null;
  const map = new Map<string, Severity>();
  marks.slice(firstUnknown).forEach((m, i) => {
    const level = LEVEL_ORDER[ranks[firstUnknown - 1] + 1 + i];
    if (level) map.set(m, level);
  });
  return map.size ? map : null;
}

const TREAT_AS_RE = /^(?:treat(?:ed)?|counts?|rated?|handled?|read)\s+as\s+(?:\*\*|__)?(P[0-4]|Sev-?[0-5]|critical|high|medium|low|info(?:rmational)?)(?![\p{L}\p{N}])/iu;
/** "treat as P1: correctness/security", "counts as **high**": the level a legend's meaning says its label counts as */
function treatAs(v: string): Severity | null {
  if (!/\bas\s/i.test(v)) return null;
  const m = TREAT_AS_RE.exec(v.trim());
  return m ? severityFromValue(m[1]) : null;
}

const WORD1_RE = /^[\p{L} -]{2,20}$/u;
const WORD1_RE2 = /^\p{Lu}$/u;
/** "Tier 1", "Class B", "Level 3": a grade of the report's own scale written after the scale's name (schemeTable) */
const NAMED_GRADE_CELL = new RegExp(String.raw`^${GRADE_SCALE}\s+(?:\d{1,2}|[A-E]|[IVX]{1,4})$`, 'i');
/** "C1", "FI", "NCS": a classification code of capitals and at most two digits, as a legend's first cell gives it */
const HAZARD_CODE_CELL = /^\p{Lu}{1,3}\d{0,2}$/u;
const TAG_COL_RE = /^\p{Extended_Pictographic}\uFE0F?\s*[\p{L}]/u;
const TAG_COL_RE2 = /^\p{Extended_Pictographic}/u;
const LEVEL_RE = /^([\p{L} -]{2,20}?)\s*\(([^)]{2,20})\)$/u;
const LEVEL_RE2 = /^[\p{L} -]{2,20}\s*[—–:-]\s+(critical|high|medium|low|info(?:rmational)?)\s+(?:severity|priority|risk|impact)\b/iu;
const LEVEL_RE3 = /^[\p{L} -]{2,20}\s*[—–:]\s+(critical|high|medium|low|info(?:rmational)?)(?=\s*[,;.]|$)/iu;
const SCHEME_TABLE_RE = /^[\p{L} -]{2,20}\s*[—–:-]\s+(?:critical|high|medium|low|info(?:rmational)?)\s+(?:severity|priority|risk|impact)\b/iu;
const SCHEME_TABLE_RE2 = /^([\p{L} -]{2,20}?)\s*\(/u;
const SCHEME_TABLE_RE3 = /^(\p{Extended_Pictographic})\uFE0F?\s*[\p{L}*_`]/u;
const SCHEME_TABLE_RE4 = /^([\p{L}][\p{L} -]{1,20}?)\s*[—–:]\s/u;
/** "Fix within 30 days after cutover (low)", "real problem, not urgent (treat as Medium)": a meaning closed by its level */
const LEVEL_CLOSING = /\((?:(?:treat(?:ed)?|counts?|rated|read)\s+as\s+)?(critical|high|medium|low|info(?:rmational)?)\)$/i;
const SCHEME_TABLE_RE5 = /^([\p{L}][\p{L} ]{0,15}?)\s*[—–:]\s+\p{L}/u;
/**
 * Convention: a survey's or inspection's priority key whose codes are glossed by a word after a dash, "| P1 – Urgent |
 * … 24 hours |", "| P2 – High |", "| P3 – Medium |", and closed by an uncoded tier that asks for nothing, "| Advisory |
 * Door passes; maintenance recommended |": each glossed code is the level its word names; a gloss above the usual
 * words (urgent, immediate, emergency) heads the scale as critical; the closing tier is the level below the last.
 * Cells are the body rows' cells.
 */
const GLOSSED_CODE = /^(P[0-5])\s*[—–:-]\s*(critical|high|medium|moderate|low|urgent|immediate|emergency)$/i;
const GLOSSED_CLOSING = /^(advisory|observation|recommendation|for information|good practice)$/i;
function glossedCodeScale(cells: string[][]): Map<string, Severity> | null {
  const first = (r: string[]) => unmarked(r[0] ?? '');
  const closing = cells.length > 0 && GLOSSED_CLOSING.test(first(cells[cells.length - 1])) ? first(cells[cells.length - 1]).toLowerCase() : null;
  const coded = closing ? cells.slice(0, -1) : cells;
  if (coded.length < 3 || !/^P/i.test(first(coded[0]))) return null;
  const out = new Map<string, Severity>();
  let prev = -1;
  for (const [i, r] of coded.entries()) {
    const m = GLOSSED_CODE.exec(first(r));
    if (!m) return null;
    const word = m[2].toLowerCase();
    const sev = i === 0 && /^(?:urgent|immediate|emergency)$/.test(word) ? 'critical' : severityFromValue(word);
    const rank = sev ? LEVEL_ORDER.indexOf(sev) : -1;
    if (rank <= prev) return null;
    prev = rank;
    out.set(m[1].toLowerCase(), sev!);
  }
  const below = closing ? LEVEL_ORDER[prev + 1] : undefined;
  if (closing && below) out.set(closing, below);
  return out;
}
/**
 * Convention: an action plan's priority key whose codes are the initials of the levels they gloss, as fire risk
 * assessments (PAS 79), building surveys and health-and-safety audits key theirs, "| **H** — High | … 1 month |",
 * "| **M** — Medium |", "| **L** — Low |", "| **A** — Advisory | Good practice; consider … |": each letter is the level
 * its word names, worst first; a closing tier that asks for nothing (advisory, observation) is informational, by its
 * letter and by its word, as the summary counts it ("3 low and 1 advisory"). Cells are the body rows' cells.
 */
const INITIAL_GLOSS = /^(\p{Lu})\s*[—–:-]\s*(\p{L}[\p{L} ]{1,20})$/u;
const INITIAL_GLOSS_CLOSING = /^(?:advisory|observation|recommendation|good practice|for information)$/i;
function initialGlossScale(cells: string[][]): Map<string, Severity> | null {
  if (cells.length < 3 || cells.length > 6) return null;
  const out = new Map<string, Severity>();
  let prev = -1;
  for (const [i, r] of cells.entries()) {
    const m = INITIAL_GLOSS.exec(unmarked(r[0] ?? ''));
    const word = m?.[2].trim().toLowerCase();
    if (!m || !word || word[0] !== m[1].toLowerCase()) return null;
    const closing = i === cells.length - 1 && i >= 3 && INITIAL_GLOSS_CLOSING.test(word);
    const sev = closing ? 'info' : severityFromValue(word);
    const rank = sev ? LEVEL_ORDER.indexOf(sev) : -1;
    if (rank <= prev) return null;
    prev = rank;
    out.set(m[1].toLowerCase(), sev!);
    if (closing) out.set(word, 'info');
  }
  return out;
}
/**
 * Convention: a site inspection's urgency key, "| Urgency | Meaning | Deadline |" over "| **STOP WORK** | Red tag …
 * | Immediately |", "| **FIX TODAY** | … | End of shift |", "| **FIX THIS WEEK** | … | Fri 16:00 |", "| Advisory |
 * … | Next visit |": the report's own action words, most urgent first, each with its deadline; their order is the
 * scale (four rows critical to low; three high to low; a fifth informational)
 */
const URGENCY_KEY_HEAD = /^(?:urgency|action|action category|urgency category)$/;
const URGENCY_DEADLINE_HEAD = /deadline|timescale|time ?frame|by when|due|response/;
const URGENCY_RANKS: Record<number, Severity[]> = { 3: ['high', 'medium', 'low'], 4: ['critical', 'high', 'medium', 'low'], 5: ['critical', 'high', 'medium', 'low', 'info'] };
function urgencyDeadlineKey(header: string[], cells: string[][]): Map<string, Severity> | null {
  const ranks = URGENCY_RANKS[cells.length];
  if (!ranks || !URGENCY_KEY_HEAD.test(header[0] ?? '') || !header.slice(1).some((h) => URGENCY_DEADLINE_HEAD.test(h))) return null;
  const words = cells.map((r) => unmarked(r[0] ?? ''));
  // (words of the report's own, not levels already: "| High |" keeps its usual meaning; only the mildest may be
  // a word of the usual scale, "| Note |" or "| Advisory |", and it takes the key's last rank)
  if (words.some((w, i) => !w || w.length > 30 || (i < words.length - 1 && severityFromValue(w)))) return null;
  return new Map(words.map((w, i) => [w.toLowerCase(), ranks[i]]));
}
export function schemeTable(text: string, table: Table): Map<string, Severity> | null {
  const rows = table.children;
  if (rows.length < 3 || rows.length > 12 || rows[0].children.length > 4) return null;
  const header = rows[0].children.map((c) => cellText(text, c).toLowerCase());
  // Convention: an impact × likelihood risk matrix, "| Severity | Impact: High | Impact: Medium | Impact: Low |"
  // over "| **Likelihood: High** | Critical | High | Medium |": levels along both axes and ratings in its
  // cells, so no column restates another in the report's own words; the levels keep their usual meaning
  if (riskMatrix(text, table, header)) return null;
  // ("| # | Issue | Rating | Status |" numbers findings; a scale's rows are no issues)
  // ("| # | Comment | Round 2 |" numbers a review's comments, each with where it stands after a later round)
  const numeric = header.some((h) => /threat|finding|issue|title|vulnerab|^(?:review )?comments?$/.test(h)) ? null : numericScale(text, table, header);
  if (numeric) return numeric;
  const cells = rows.slice(1).map((r) => r.children.map((c) => cellText(text, c).trim()));
  // ("| Code | Name | Meaning |" over "| S5 | Catastrophic | Death |": a severity-of-harm scale names its levels)
  const harm = harmScaleTable(cells);
  if (harm) return harm;
  // a legend has no ids or titles: rows of findings rated twice ("| T1 | … | Medium | High |") are not one
  if (header.some((h) => /^(id|#|ref|no\.?)$|threat|finding|issue|title|name|vulnerab/.test(h))) return null;
  const urgency = urgencyDeadlineKey(header, cells);
  if (urgency) return urgency;
  // "| P1 — Critical | Production unavailable … |": a contract's priority scale that names its levels' severity,
  // which may differ from the usual reading of P1 (high)
  const levels = cells.map((r) => /^(P[0-4]|Sev-?[0-5]|S[0-5])\s*[—–:-]\s*(critical|high|medium|low|info(?:rmational)?)$/i.exec(r[0] ?? ''));
  if (levels.length >= 3 && levels.every(Boolean)) return new Map(levels.map((m) => [m![1].toLowerCase(), severityFromValue(m![2])!]));
  const coded = codedLevels(cells);
  if (coded) return coded;
  const glossed = glossedCodeScale(cells);
  if (glossed) return glossed;
  const initials = initialGlossScale(cells);
  if (initials) return initials;
  // ("| `danger` | Sev A — critical |": a word in code, as a block's kind or a label is written, is the word)
  // ("| `:::danger` |", "| `!!! warning` |": a box's kind written with its directive's marker)
  const body = cells.map((r) => r.map((c) => c.replace(EMOJI_RE, '').trim().replace(/^`([^`\n]+)`$/, '$1').replace(/^(?::{3,}|!!!|\?\?\?\+?)\s*(?=[A-Za-z])/, '')));
  // (a letter grade is a word of the scale: "| 🟥 **A** | … | critical |")
  // (and a level of a numbered scale: "| 5 | … | critical |")
  // Convention: a legend naming its grades by the scale's name and a number, "| Tier 1 | Finance close … | High |" …
  // "| Tier 3 | Sandbox | Low |", as data and SRE teams grade by SLA tier: each "Tier N" is a word of the scale
  const word1 = (v: string) => WORD1_RE.test(v) || WORD1_RE2.test(v) || /^[0-9]$/.test(v) || (v.length <= 12 && NAMED_GRADE_CELL.test(v));
  // ("| Very high / Extreme | Critical |", "| Observation (not scored) | Info |": a level named by several words set
  // apart by slashes, or with a remark in brackets; each word is the level's)
  const synonyms = (v: string) => v.replace(/\s*\([^()]{1,40}\)\s*$/, '').split(/\s+\/\s+/).map((x) => x.trim());
  const word = (v: string) => word1(v) || synonyms(v).every(word1);
  // "| 🛑 | Blocker (high) | … |": a marker column beside the level; the level may name the report's own
  // word with the severity it stands for in brackets
  const mark = (v: string) => v !== '' && v.replace(EMOJI_RE, '').trim() === '' && v.length <= 8;
  // ("| Blocker | Sev 0 | …" … "| Minor | Sev 3 |": a scale that starts at Sev 0 has Sev 1 as its second level)
  const sevZero = cells.some((r) => r.some((c) => /^Sev(?:erity)?[\s-]?0$/i.test(c.trim())));
  // Convention: a review's legend of the tags it marks its items with, each a mark and a level's word,
  // "| 🛑 **Blocker** | Must be fixed before GA |" … "| 🧹 **Nit** | Style or taste |": the column of tags is
  // the scale when its header names tags or marks ("Tag", "Label", "Icon"); the mildest tag, a nit, is
  // informational (as review bots' "🧹 Nitpick" and a review's "## Nits" are read)
  const tagCol = (to: number) => /^(?:tags?|labels?|marks?|markers?|icons?|symbols?|emoji|badges?)$/.test(header[to] ?? '') && cells.every((r) => TAG_COL_RE.test(r[to] ?? '') && (r[to] ?? '').length <= 30) && new Set(cells.map((r) => TAG_COL_RE2.exec(r[to] ?? '')?.[0])).size === cells.length;
  const level = (v: string): Severity | null => {
    const zero = sevZero ? /^Sev(?:erity)?[\s-]?([0-4])$/i.exec(v.trim()) : null;
    if (zero) return LEVEL_ORDER[Number(zero[1])];
    const m = LEVEL_RE.exec(v);
    // ("Critico — compromissione …", "High — data loss": a meaning that opens with a severity, in any language)
    const opening = OPENING_LEVEL.exec(v);
    // ("**Blocker** — high severity, data loss …": the severity the meaning names, not the word's usual one)
    const named = LEVEL_RE2.exec(v);
    // Convention: a legend's meaning that closes with the level its word counts as in brackets, "**Blocker**:
    // security or data-loss risk (treat as High)", "**Should fix**: real problem, not urgent (Medium)": that
    // level, over the word's usual one
    const closing = v.endsWith(')') ? LEVEL_CLOSING.exec(v) : null;
    // ("**Note**: informational, no action": a meaning whose first word after the label is a level, then a comma)
    const first = LEVEL_RE3.exec(v);
    return (m ? severityFromValue(m[2]) : null) ?? (closing ? severityFromValue(closing[1]) : null) ?? (named ? severityFromValue(named[1]) : null) ?? (first ? severityFromValue(first[1]) : null) ?? (opening ? openingSeverity(opening[1]) : null) ?? severityFromValue(v) ?? treatAs(v) ?? (/^nit(?:pick)?s?$/i.test(v.trim()) ? 'info' : null);
  };
  // (the first column names the report's words; the level is read from a later one first)
  for (const to of [...header.keys()].slice(1).concat(0)) {
    // Convention: a review's legend of its labels whose meanings say which level each counts as ("| 🔴 blocker |
    // treat as P1: correctness/security |", "| 🟠 major | treat as P2 |", "| 🟡 minor | P3 |"), closed by the
    // mildest label rated nothing ("| 💬 nit | style / wording |"): that one is a level below the one before it
    const tagged = tagCol(to);
    const treats = body.filter((r) => treatAs(r[to] ?? '')).length >= 2;
    const lv = body.map((r) => level(r[to] ?? ''));
    const last = lv.length - 1;
    if (treats && !lv[last] && lv.slice(0, last).every((v, i) => v && (i === 0 || LEVEL_ORDER.indexOf(v) > LEVEL_ORDER.indexOf(lv[i - 1]!)))) lv[last] = LEVEL_ORDER[LEVEL_ORDER.indexOf(lv[last - 1]!) + 1] ?? null;
    // ("| Tier | Means | Treat as |": the column that says which severity each of the report's words stands for)
    // ("| 🔥 | High — wrong numbers or data loss |": a meaning that opens with the severity it stands for)
    // ("| **Hinweis** | keine Änderung erforderlich |" closing "| **A** | kritisch – … |": a last level named by a
    // severity word of its own needs no level in its meaning)
    const named = (r: string[], i: number) => i === body.length - 1 && i >= 3 && r.some((c, j) => j !== to && word1(c) && c.length > 1 && severityFromValue(c) !== null);
    const opens = body.every((r, i) => named(r, i) || (() => { const o = OPENING_LEVEL.exec(r[to] ?? ''); return (o && openingSeverity(o[1])) || SCHEME_TABLE_RE.test(r[to] ?? ''); })());
    // (or a column of marks beside it, each a level whose meaning names its severity anywhere: "| 🔴 | Bloqueante —
    // impede o merge |" … "| ⚪ | Nit — opcional, informativo |", a review's legend of its marks)
    const marked = header.some((_, from) => from !== to && body.every((_, i) => mark(cells[i][from] ?? '')) && new Set(cells.map((r) => r[from])).size === cells.length);
    // (or a severity key of any language the field readers know: "| סימן | חומרה | משמעות |")
    // (or a column naming the wider scale the report's levels line up with: "| Rating | Definition | Group taxonomy |"
    // over "| **Significant** | … | High |", an internal audit's grades set against the group's risk taxonomy)
    // ("| Level | Meaning | Comparable to |" … "| **Severe** | … | Critical |": the column that likens each of the
    // report's own words to a usual severity)
    // Convention: a legend's meaning column whose every entry closes with the usual level in brackets, "| 🟨 **Minor** |
    // Fix within 30 days after cutover (low) |": the column says what each of the report's words counts as, whatever
    // its header ("Meaning", "Definition")
    const closes = body.every((r) => (r[to] ?? '').endsWith(')') && LEVEL_CLOSING.test(r[to] ?? ''));
    if (!opens && !marked && !treats && !tagged && !closes && !/priorit|severity|\bsev\b|rating|risk|level|treat|equival|compar(?:able|es) (?:to|with)|maps? to|counts? as|correspond|standard|taxonom|gravit|schwere(?:grad)?|stufe|niveau|nivel/.test(header[to]) && factKind(header[to]) !== 'severity') continue;
    // ("| ✅ | Check passed | — |": a row rated nothing is a pass, not part of the scale)
    // ("— (tracked as a batch, see end)": a dash with a remark rates nothing too)
    // ("| 1 | Hygiene note | not counted |": a level the report leaves out of its findings)
    const unrated = (v: string) => /^(?:[-–—](?:\s*\([^)]*\))?|n\/?a|none|not (?:counted|rated|a finding))?$/i.test(v.trim());
    if (!body.every((r, i) => lv[i] || unrated(r[to] ?? '') || opens && named(r, i)) || lv.filter(Boolean).length < 2) continue;
    const map = new Map<string, Severity>();
    // the report's own words in "Blocker (high)"
    for (const [i, r] of body.entries()) {
      const own = SCHEME_TABLE_RE2.exec(r[to] ?? '');
      if (own) map.set(own[1].toLowerCase(), lv[i]!);
    }
    // Convention: a legend whose level cells open with their mark, "| 🔴 Kritisch | Unmittelbar ausnutzbar … |" …
    // "| 🔵 Niedrig | Härtungsempfehlung |": each mark, one per row, stands for its row's level wherever the
    // report rates by the mark alone ("| K-08 | 🔵 |"), whatever a colour means elsewhere
    const lead = cells.map((r) => SCHEME_TABLE_RE3.exec(r[to] ?? '')?.[1]);
    if (lead.every(Boolean) && new Set(lead).size === cells.length) body.forEach((r, i) => {
      const sev = lv[i];
      if (sev) map.set(lead[i]!, sev);
    });
    for (let from = 0; from < header.length; from++) {
      if (from === to) continue;
      if (body.every((_, i) => mark(cells[i][from] ?? '')) && new Set(cells.map((r) => r[from])).size === cells.length) {
        for (let i = 0; i < cells.length; i++) if (lv[i]) map.set(cells[i][from].replace(/\uFE0F/g, ''), lv[i]!);
        // ("| 🛑 | **Blocker**: … (treat as High) |", "| ⚠️ | **Should fix**: … (Medium) |": the word each mark's
        // meaning opens with names the same level, as the report counts by it, "3 blockers, 5 should-fix")
        for (const [i, r] of body.entries()) {
          const label = SCHEME_TABLE_RE4.exec(r[to] ?? '')?.[1].toLowerCase();
          if (label && lv[i] && !map.has(label) && label.split(' ').length <= 3) map.set(label, lv[i]!);
        }
        return map;
      }
      // ("| 📝 SOUND, UNDOCUMENTED | … | — |": a row the scale rates nothing may name it in more words)
      // Convention: an inspection's classification codes tabled beside the priority each stands for, "| Code |
      // Meaning | Equivalent priority |" over "| C1 | Danger present … | Critical |" … "| C3 | Improvement
      // recommended | Low |" (BS 7671's C1/C2/C3/FI): the codes are the scale's words, each its own level
      const coded = body.every((r) => HAZARD_CODE_CELL.test(r[from] ?? '')) && new Set(lv).size === lv.length;
      if (!coded && !body.every((r) => word(r[from] ?? '') || unrated(r[to] ?? ''))) continue;
      if (new Set(body.map((r) => (r[from] ?? '').toLowerCase())).size !== body.length) continue;
      if (!body.some((r, i) => lv[i] && severityFromValue(r[from] ?? '') !== lv[i])) continue;
      body.forEach((r, i) => {
        const sev = lv[i];
        if (!sev || !(word(r[from] ?? '') || coded)) return;
        map.set((r[from] ?? '').toLowerCase(), sev);
        if (!word1(r[from] ?? '')) for (const w of synonyms(r[from] ?? '')) if (!map.has(w.toLowerCase())) map.set(w.toLowerCase(), sev);
        // ("| `danger` | Sev A — critical |": the level's own name before its severity is a word of the scale too)
        const alias = SCHEME_TABLE_RE5.exec(r[to] ?? '')?.[1].toLowerCase();
        if (alias && !severityFromValue(alias) && !map.has(alias)) map.set(alias, sev);
        // ("| 🟥 Rosso | Critico — … |": the mark beside the word rates alone too, as rows put it in a column of marks)
        const marks = (cells[i][from] ?? '').match(EMOJI_RE)?.join('').replace(/\uFE0F/g, '');
        if (marks && marks.length <= 4 && !cells.some((c, j) => j !== i && (c[from] ?? '').includes(marks))) map.set(marks, sev);
      });
      mildestBelow(body.map((r) => (word(r[from] ?? '') ? (r[from] ?? '').toLowerCase() : null)), map);
      belowLowest(body, lv, from, to, map);
      return map;
    }
    if (map.size) return map;
  }
  // (a tier legend whose meanings restate a level the words usually have another of speaks first: see reviewTierLegend)
  return reviewTierLegend(header, cells, body, true) ?? trackerLadder(cells, body) ?? auditGradeLadder(body) ?? observationTail(body) ?? orderedScale(header, cells, body) ?? reviewTierLegend(header, cells, body);
}

const CODED_LEVEL = /^(\p{Lu}{1,3})-?(\d{1,2})\s*[—–:-]\s*(critical|high|medium|low|info(?:rmational)?)$/iu;
/**
 * Convention: a risk scale keyed by codes of the report's own, each named with its level, "| R1 — Critical | Single
 * event could drop load |" … "| R4 — Low | … |", optionally closed by "| OBS | Observation only, no rating |", as
 * facility, engineering and compliance assessors key their ratings: each code is a word of the scale at its named
 * level, and the closing observation row is informational. The codes share their letters and count up by one.
 */
function codedLevels(cells: string[][]): Map<string, Severity> | null {
  if (cells.length < 3 || !/\d/.test(cells[0][0] ?? '')) return null;
  const last = cells.length - 1;
  const obs = OBSERVATION_LEVEL.test(cells[last][0] ?? '') ? last : -1;
  const levels = cells.map((r, i) => (i === obs ? null : CODED_LEVEL.exec(r[0] ?? '')));
  const coded = levels.filter((m): m is RegExpExecArray => !!m);
  if (coded.length < 3 || coded.length !== cells.length - (obs >= 0 ? 1 : 0)) return null;
  if (!coded.every((m, i) => m[1] === coded[0][1] && (i === 0 || Number(m[2]) === Number(coded[i - 1][2]) + 1))) return null;
  const map = new Map<string, Severity>(coded.map((m) => [`${m[1]}${m[2]}`.toLowerCase(), severityFromValue(m[3])!]));
  if (obs >= 0) map.set((cells[obs][0] ?? '').toLowerCase(), 'info');
  return map;
}

/** "Sev-1", "Sev 2", "S3", "SEV4": a level of a numbered severity scale, as a legend's first cell names it */
const SEV_NUMBER = /^(?:sev(?:erity)?[\s-]?|s)([0-5])$/i;
/** a level named as what rates nothing: "Observation", "Info", "FYI" */
/** "nit", "Nitpick": a review's mildest level, closing its key */
const NIT_LEVEL = /^nit(?:pick)?s?$/i;
const OBSERVATION_LEVEL = /^(?:observations?|obs\.?|info(?:rmational)?|fyi)$/i;
/** a meaning that rates nothing: "Observation, no user impact", "Informational only", "No customer impact" */
const NO_IMPACT_MEANING = /^\W*(?:observations?|informational|info only|for information)\b|\bno (?:[\p{L}-]+ )?impact\b/iu;
/**
 * Convention: a numbered severity scale's legend ("| Sev | Meaning |" over "| Sev-1 | Customers cannot buy … |" …
 * "| Sev-4 | Observation, no user impact at forecast load |"), as incident, SRE and performance reports define Sev-1
 * to Sev-4: the levels keep their usual reading, and the mildest, defined as an observation with no impact, is
 * informational, not low. Returns the levels with their severities, or null.
 */
function observationTail(body: string[][]): Map<string, Severity> | null {
  if (body.length < 3 || body.length > 6) return null;
  const levels = body.map((r) => SEV_NUMBER.exec((r[0] ?? '').replace(/\*\*|__|`/g, '').trim()));
  const last = body.length - 1;
  // (Convention: the scale closed by a level named, not numbered, "| Sev-4 | Tooling / docs wrong |" then
  // "| Observation | Surprising but fine; recorded for context |", as SRE game-day and incident reviews key it: the
  // named level is the observation, informational, whatever its meaning says; the numbered ones keep their reading)
  const lastWord = (body[last][0] ?? '').replace(/\*\*|__|`/g, '').trim();
  // Convention: a code review's severity key numbering its levels and closing on the nit, "| `S1` | … |" … "| `S3` |
  // Hardening |", "| `nit` | Style, take it or leave it |": the nit is the scale's next step below its last number
  const nit = !levels[last] && NIT_LEVEL.test(lastWord);
  const named = !levels[last] && (nit || OBSERVATION_LEVEL.test(lastWord));
  const numbered = named ? levels.slice(0, last) : levels;
  if (!numbered.every((m, i) => m && (i === 0 || Number(m[1]) === Number(numbered[i - 1]![1]) + 1))) return null;
  if (nit) {
    const start = Number(levels[0]![1]) === 0 ? 0 : 1;
    const below = LEVEL_ORDER[Number(numbered[numbered.length - 1]![1]) - start + 1];
    if (!below) return null;
    const out = new Map<string, Severity>(numbered.map((m, i) => [(body[i][0] ?? '').replace(/\*\*|__|`/g, '').trim().toLowerCase(), LEVEL_ORDER[Number(m![1]) - start]]));
    out.set(lastWord.toLowerCase(), below);
    return out;
  }
  if (!named && (!NO_IMPACT_MEANING.test(body[last].slice(1).join(' ')) || body.slice(0, last).some((r) => NO_IMPACT_MEANING.test(r.slice(1).join(' '))))) return null;
  const first = Number(levels[0]![1]);
  const map = new Map<string, Severity>();
  body.forEach((r, i) => map.set((r[0] ?? '').replace(/\*\*|__|`/g, '').trim().toLowerCase(), i === last ? 'info' : LEVEL_ORDER[Number(levels[i]![1]) - (first === 0 ? 0 : 1)]));
  return map;
}

const S_LEVEL_RE = /^(?:\*\*|__)?S([1-6])(?:\*\*|__)?$/;
/**
 * Convention: a medical-device or safety risk file's severity-of-harm scale (ISO 14971, FMEA, IEC 62304 risk
 * files), levels S1–S5 named in a column beside them, "| S5 | Catastrophic | Death |" … "| S1 | Negligible |
 * Inconvenience … |": the highest number is the worst where the names say so (S1 is the worst of a QA scale
 * otherwise), so each S level, and its name, takes the level of its rank from the top, S5 critical down to S1
 * info. Four or five levels; a scale whose names put S1 worst is left to the usual reading. Returns the S codes
 * (as "s5") and names with their levels, or null.
 */
function harmScaleTable(cells: string[][]): Map<string, Severity> | null {
  if (cells.length < 4 || cells.length > 5) return null;
  const col = cells[0].findIndex((c) => S_LEVEL_RE.test(c));
  if (col < 0) return null;
  const nums = cells.map((r) => Number(S_LEVEL_RE.exec(r[col] ?? '')?.[1] ?? NaN));
  if (nums.some(Number.isNaN) || new Set(nums).size !== nums.length || Math.max(...nums) - Math.min(...nums) !== nums.length - 1) return null;
  const plain = (v: string) => v.replace(/\*\*|__/g, '').trim();
  // (the column of the levels' names: the first other one whose names say which end is the worst)
  let nameCol = -1;
  for (let i = 0; i < cells[0].length && nameCol < 0; i++) {
    if (i !== col && cells.every((r) => WORD1_RE.test(plain(r[i] ?? ''))) && lowestNumberWorst(nums.map((n, j) => [n, plain(cells[j][i] ?? '')] as const)) === false) nameCol = i;
  }
  if (nameCol < 0) return null;
  const byRank = [...nums].sort((a, b) => b - a);
  const map = new Map<string, Severity>();
  cells.forEach((r, j) => {
    const sev = LEVEL_ORDER[byRank.indexOf(nums[j])];
    map.set(`s${nums[j]}`, sev);
    const name = plain(r[nameCol] ?? '').toLowerCase();
    if (!map.has(name)) map.set(name, sev);
  });
  return map;
}

const LADDER_LAST_RE = /^[\p{L}][\p{L}-]{1,20}$/u;
/**
 * Convention: a legend of a tracker's ladder of tags, worst first, "| 🔴 Blocker |", "| 🟠 Major |", "| 🟡 Minor |",
 * closed by a milder tag the usual words do not rate ("| ⚪ Polish | Nice to have |"): Jira's and Bugzilla's words,
 * where minor sits below a normal level, so low (as BUGZILLA_SEVERITY reads it), and the tag after it, below
 * low, informational. Returns the words and marks with their levels, or null.
 */
function trackerLadder(cells: string[][], body: string[][]): Map<string, Severity> | null {
  if (body.length !== 4) return null;
  const words = body.map((r) => (r[0] ?? '').replace(/\*\*|__/g, '').trim().toLowerCase());
  if (!/^blockers?$/.test(words[0]) || words[1] !== 'major' || words[2] !== 'minor' || !LADDER_LAST_RE.test(words[3]) || severityFromValue(words[3])) return null;
  const levels: Severity[] = ['critical', 'high', 'low', 'info'];
  const map = new Map<string, Severity>();
  words.forEach((w, i) => {
    map.set(w, levels[i]);
    const marks = (cells[i][0] ?? '').match(EMOJI_RE)?.join('').replace(/\uFE0F/g, '');
    if (marks && marks.length <= 4 && !cells.some((c, j) => j !== i && (c[0] ?? '').includes(marks))) map.set(marks, levels[i]);
  });
  return map;
}

/**
 * Convention: a GxP or quality audit's classification of findings tabled worst first, "| **Critical** | … |",
 * "| **Major** | … |", "| **Minor** | … |", closed or not by "| **Observation** | Not a non-compliance … |" (GCP,
 * GFSI food safety and 21 CFR Part 11 audits): read as the same ladder written as a list (report-facts,
 * gradeLadderLevels).
 */
function auditGradeLadder(body: string[][]): Map<string, Severity> | null {
  if (body.length === 4) {
    const watch = watchTierLadder(body.map((r) => (r[0] ?? '').replace(/\*\*|__/g, '').trim().toLowerCase()), body);
    if (watch) return watch;
  }
  return gradeLadderLevels(body.map((r) => r[0] ?? ''), body.map((r) => r.slice(1).join(' '))) ?? codedGradeLadder(body);
}
/**
 * Convention: the same ladder keyed by a code of capitals before each grade's name, "| Code | Classification |
 * Meaning | Required response |" over "| **DG** | Dangerous | … |", "| **MJ** | Major |", "| **MN** | Minor |", "|
 * **AD** | Advisory | … Not a non-compliance. |" (electrical, gas and building inspections' defect codes): the
 * grades read from the names, and each code, which the schedule of defects rates its rows by, is its grade's level.
 */
function codedGradeLadder(body: string[][]): Map<string, Severity> | null {
  if ((body[0]?.length ?? 0) < 3) return null;
  const codes = body.map((r) => (r[0] ?? '').replace(/\*\*|__|`/g, '').trim());
  if (!codes.every((c) => HAZARD_CODE_CELL.test(c)) || new Set(codes).size !== codes.length) return null;
  const named = gradeLadderLevels(body.map((r) => r[1] ?? ''), body.map((r) => r.slice(2).join(' ')));
  if (!named) return null;
  body.forEach((r, i) => {
    const sev = named.get((r[1] ?? '').replace(/\*\*|__/g, '').trim().toLowerCase());
    if (sev) named.set(codes[i].toLowerCase(), sev);
  });
  return named;
}

/** a tier that asks only to watch: "Monitor", "Watch", "Observe", "Keep under review" */
const WATCH_TIER = /^(?:monitor(?:ing)?|watch(?:[- ]list)?|observe|keep under (?:review|observation)|for observation)$/;
/** "No repair needed now. Keep under observation", "no action required at present; monitor": a meaning that asks only for watching */
const WATCH_MEANING = /\bno (?:repairs?|action|work) (?:is )?(?:needed|required|necessary)\b|\b(?:keep|kept) under (?:observation|review)\b|\bmonitor (?:only|and record)\b/i;
/** "Routine maintenance or a small repair", "cosmetic", "Not normally relevant to price": a tier of upkeep, not of defects that matter */
const UPKEEP_MEANING = /\broutine (?:maintenance|upkeep|repairs?)\b|\bsmall repairs?\b|\bcosmetic\b|\bminor repairs?\b|\bnot (?:normally |usually )?relevant to (?:the )?(?:price|value|valuation)\b/i;
/**
 * Convention: a building or condition survey's four ratings, worst first, closed by a tier that asks only to watch,
 * "| **URGENT** | A safety risk … before you commit |", "| **SIGNIFICANT** | … repair in the near future |", "|
 * **MINOR** | Routine maintenance or a small repair. |", "| **MONITOR** | No repair needed now. Keep under
 * observation |" (pre-purchase surveys, homebuyer and asset condition reports): as the audit's observation closes its
 * grades (auditGradeLadder), the watch tier is informational, the minor or upkeep tier above it low (not the medium
 * a bare "minor" reads as), the worst critical and the one between high. Read only where the first tier reads
 * critical, the third is minor or upkeep and the last is a watch tier by its word or its meaning.
 */
function watchTierLadder(words: string[], body: string[][]): Map<string, Severity> | null {
  if (severityFromValue(words[0]) !== 'critical' || !/^[\p{L}][\p{L} -]{1,30}$/u.test(words[1])) return null;
  const meanings = body.map((r) => r.slice(1).join(' ').replace(/\*\*|__/g, ''));
  if (!(words[2] === 'minor' || UPKEEP_MEANING.test(meanings[2])) || WATCH_MEANING.test(meanings[2])) return null;
  if (!(WATCH_TIER.test(words[3]) || (WATCH_MEANING.test(meanings[3]) && !severityFromValue(words[3])))) return null;
  const second = severityFromValue(words[1]);
  if (second && second !== 'high') return null;
  const levels: Severity[] = ['critical', 'high', 'low', 'info'];
  return new Map(words.map((w, i) => [w, levels[i]]));
}

const AXIS_LEVEL_RE = /^(?:[\p{L} ]{2,20}\s*[:=]\s*)?(?:\*\*|__)?((?:very )?(?:critical|high|medium|low)|moderate|minor|major|severe)(?:\*\*|__)?$/iu;
/**
 * A risk matrix: two or more header cells after the first and every first-column cell name a level, alone
 * or after their axis ("Impact: High", "**Likelihood: Low**"), and the other cells rate.
 */
function riskMatrix(text: string, table: Table, header: string[]): boolean {
  const axis = (v: string) => AXIS_LEVEL_RE.test(v.replace(/\*\*|__/g, '').trim());
  if (header.slice(1).filter(axis).length < 2) return false;
  return table.children.slice(1).every((r) => r.children[0] && axis(cellText(text, r.children[0])));
}

const REVIEW_TIER_LEGEND_RE = /^[\p{L}][\p{L}' -]{1,24}$/u;
/**
 * Convention: a review's legend of its comment tiers, one a row, worst first, each a mark and a word or two
 * with what it means ("| 🚫 **Blocking** | merging as-is risks an incident |", "| ⚠️ **Should fix** | correctness
 * or operability problem |", "| 💡 **Consider** | improvement, low risk either way |", "| 🧹 **Nit** | style |"):
 * the tiers the words or meanings rate keep their levels (a blocker the worst, a nit informational, "low risk"
 * low); a tier between them rates nothing and is the level below the one above it. Returns the words and
 * marks with their levels, or null.
 */
function reviewTierLegend(header: string[], cells: string[][], body: string[][], restatedOnly = false): Map<string, Severity> | null {
  if (body.length < 3 || body.length > 6 || header.length < 2) return null;
  const words = body.map((r) => (r[0] ?? '').replace(/\*\*|__/g, '').trim());
  if (words.some((w) => !REVIEW_TIER_LEGEND_RE.test(w) || w.split(/\s+/).length > 3) || new Set(words.map((w) => w.toLowerCase())).size !== words.length) return null;
  const tier = (w: string, meaning: string): number => {
    const t = w.toLowerCase();
    if (/^(?:blocking|blockers?)$/.test(t)) return 0;
    if (/^(?:nits?|nitpicks?)$/.test(t)) return 4;
    const own = severityFromValue(w);
    const said = /\b(critical|high|medium|low)[- ](?:risk|severity|impact|priority)\b/i.exec(meaning);
    // Convention: a tier word whose usual level the legend's meaning restates, "| minor | Low risk, fine as a
    // follow-up ticket |" beside "| major | Real bug or real risk |": the level the meaning opens with is the
    // tier's in this review ("minor" is medium elsewhere; here it is low)
    const opens = own && said && said.index === 0 ? LEVEL_ORDER.indexOf(severityFromValue(said[1])!) : -1;
    if (opens >= 0) {
      if (opens !== LEVEL_ORDER.indexOf(own!)) restated = true;
      return opens;
    }
    if (own && w.split(/\s+/).length <= 2) return LEVEL_ORDER.indexOf(own);
    return said ? LEVEL_ORDER.indexOf(severityFromValue(said[1])!) : -1;
  };
  let restated = false;
  const known = body.map((r, i) => tier(words[i], r.slice(1).join(' ').replace(/\*\*|__/g, '').trim()));
  if (known[0] < 0 || known.filter((k) => k >= 0).length < 2 || (restatedOnly && !restated)) return null;
  const ranks: number[] = [];
  for (let i = 0; i < known.length; i++) {
    const r = known[i] >= 0 ? known[i] : ranks[i - 1] + 1;
    if (i > 0 && r <= ranks[i - 1]) return null;
    ranks.push(r);
  }
  if (ranks[ranks.length - 1] >= LEVEL_ORDER.length || (known.every((k) => k >= 0) && !restated)) return null;
  const map = new Map<string, Severity>();
  words.forEach((w, i) => {
    map.set(w.toLowerCase(), LEVEL_ORDER[ranks[i]]);
    const marks = (cells[i][0] ?? '').match(EMOJI_RE)?.join('').replace(/\uFE0F/g, '');
    if (marks && marks.length <= 4) map.set(marks, LEVEL_ORDER[ranks[i]]);
  });
  return map;
}


/**
 * "| Severity | Criteria | Handling |" over "| Critical | … | must be fixed before release |": the report's
 * definition of its levels in the usual words (so no scheme of its own), one level to a row, whose
 * other cells may say which levels hold back shipping ("| 高危 | … | 上线前必须修复 |"). Read for those
 * statements only; the levels' words keep their usual meaning.
 */
export function levelTable(text: string, table: Table): boolean {
  const rows = table.children;
  if (rows.length < 4 || rows.length > 12) return false;
  const header = rows[0].children.map((c) => cellText(text, c).toLowerCase());
  if (header.some((h) => /^(id|#|ref|no\.?)$|threat|finding|issue|title|name|vulnerab/.test(h) || factKind(h) === 'ref')) return false;
  const col = header.findIndex((h) => factKind(h) === 'severity');
  const sevs = rows.slice(1).map((r) => {
    const v = cellText(text, r.children[col < 0 ? 0 : col] ?? { children: [] }).replace(EMOJI_RE, '').replace(/\*\*|__/g, '').trim();
    return v.split(/\s+/).length <= 3 ? severityFromValue(v) : null;
  });
  return sevs.every(Boolean) && new Set(sevs).size === sevs.length;
}

/**
 * Convention: a four-level scale of the report's own words under a column headed as the level, worst first,
 * "| Rating |" over "| Severe |", "| Elevated |", "| Moderate |", "| Low |": the words the vocabulary knows
 * fall in order but too close together for a step apiece ("severe" reads high, "moderate" medium, with
 * "elevated" between them), so each row takes the level of its rank, critical down, where every known word
 * lies within a step of its rank (orderedScale checks that for both; a scale of five is read by its rule of five).
 * Convention: a consultancy's five ratings under the same heading, worst first, "| Rating | Definition |" over
 * "| **Severe** |", "| **Significant** |", "| **Moderate** |", "| **Minor** |", "| **Observation** |" (a cloud or
 * risk review's own words, two of them unknown, only one at its rank): the column says they are the levels, so
 * each row takes the level of its rank too, Severe critical down to Observation info.
 */
function rankedLevels(header: string[], at: number, words: string[]): boolean {
  return (words.length === 4 || words.length === LEVEL_ORDER.length) && at >= 0 && /^(?:level|severity|rating|grade|tier)$/i.test(header[at]);
}

const ORDERED_SCALE_RE = /^[\p{L}][\p{L} -]{1,30}$/u;
/** "Não conformidade maior", "No conformidad menor", "Non-conformité majeure": a nonconformity and its degree */
const NC_GRADE_WORDS = /^(?:n[ãa]o[ -]conformidade|no[ -]conformidad|non[ -]?conformit(?:y|[àa]|[ée])|nonconformity) \p{L}+$/iu;
/** "question", "Questions": a review's label for a comment that asks and requests nothing */
const QUESTION_ROW = /^questions?$/i;
/**
 * "| 🟥 Elutasítást okoz | … |" over "| 🟧 Magas |", "| 🟨 Közepes |", "| 🟦 Alacsony |", "| ⬜ Megjegyzés |": a
 * scale listed in order, worst first (or best first), whose words the vocabulary knows in part; a level
 * above the worst known one is one step worse, a level below the mildest one step milder. Read from the
 * first column (or the one headed as the level), the known words strictly in order.
 */
function orderedScale(header: string[], cells0: string[][], body0: string[][]): Map<string, Severity> | null {
  const at = header.findIndex((h) => /^(?:level|severity|rating|grade|tier|szint|nivel|niveau|stufe|livello|poziom|úroveň|uroven|nível)$/iu.test(h) || factKind(h) === 'severity');
  const col = at >= 0 ? at : 0;
  // Convention: a count table by level closes with its sum, "| 🔴 Blocking | 2 | 0 |" … "| 💬 Nit | 2 | 1 |" over
  // "| **Total** | **9** | **3** |": the total row is no level of the scale (and the nit stays the mildest)
  const totalLast = body0.length > 3 && TOTAL_ROW.test((body0[body0.length - 1][col] ?? '').replace(/\*\*|__/g, ''));
  // Convention: a review's legend of its comment labels that closes with the question label after the nit,
  // "| 💬 **nit** | style, naming | no |" over "| ❓ **question** | I don't understand something, not a request | no |"
  // (Conventional Comments' "question:"): a question asks for no change and is no step of the scale (the nit
  // stays its mildest); it is informational
  const asks = !totalLast && body0.length > 3 && QUESTION_ROW.test((body0[body0.length - 1][col] ?? '').replace(/\*\*|__/g, '').trim());
  const cells = totalLast || asks ? cells0.slice(0, -1) : cells0;
  const body = totalLast || asks ? body0.slice(0, -1) : body0;
  if (body.length < 3 || body.length > 6) return null;
  const words = body.map((r) => (r[col] ?? '').replace(/\*\*|__/g, '').trim());
  if (words.some((w) => !ORDERED_SCALE_RE.test(w)) || new Set(words.map((w) => w.toLowerCase())).size !== words.length) return null;
  // (Convention: a conformity audit's nonconformity grades named in full, "Não conformidade crítica", "No
  // conformidad mayor", above its "Observação" and "Oportunidade de melhoria": a known level in three words)
  const known = words.map((w) => {
    const sev = severityFromValue(w);
    return sev && (w.split(/\s+/).length <= 2 || NC_GRADE_WORDS.test(w)) ? LEVEL_ORDER.indexOf(sev) : -1;
  });
  const idx = known.map((k, i) => [k, i]).filter(([k]) => k >= 0);
  // ("| 🟥 Blocker |", "| 🟧 Serious |", "| 🟨 Moderate |" over "| ⬜ Minor | Small deviation; low impact |": every
  // level a known word, listed worst first a step apart, but the mildest reads as the one above it, moderate
  // and minor both medium; the scale ranks it below, so it is one step milder)
  const n = known.length - 1;
  if (idx.length === words.length && n >= 2 && known[n] === known[n - 1] && known[n] + 1 < LEVEL_ORDER.length && known.slice(0, n).every((k, i) => i === 0 || k === known[i - 1] + 1)) {
    const map = new Map<string, Severity>();
    words.forEach((w, i) => {
      const sev = LEVEL_ORDER[i === n ? known[n] + 1 : known[i]];
      map.set(w.toLowerCase(), sev);
      const marks = (cells[i][col] ?? '').match(EMOJI_RE)?.join('').replace(/\uFE0F/g, '');
      if (marks && marks.length <= 4) map.set(marks, sev);
    });
    return map;
  }
  // Convention: a legend of the report's own words under a column headed as the level, one row to each level
  // of the whole five-step scale, worst first ("| Einstufung | Bedeutung | Frist |" over "| **Sofort** | … |",
  // "| **Dringend** |", "| **Geplant** |", "| **Beobachten** |", "| **Hinweis** | Kein Sicherheitsmangel |"): a
  // team's urgency words; the one word the vocabulary knows at the end it stands ("Hinweis", info last, or a
  // critical first) says the order, and each row is the level of its place
  const anchored = idx.length === 1 && at >= 0 && words.length === LEVEL_ORDER.length && idx[0][0] === idx[0][1] && (idx[0][1] === 0 || idx[0][1] === words.length - 1);
  if (!anchored && (idx.length < 2 || idx.length === words.length)) return null;
  // (a five-step scale whose two worst words both read high, "| Severe |" over "| Major |", runs worst first as
  // its last known word says)
  const five = words.length === LEVEL_ORDER.length;
  const dir = anchored || idx[1][0] > idx[0][0] || (five && idx[1][0] === idx[0][0] && idx[idx.length - 1][0] > idx[0][0]) ? 1 : -1;
  let levelAt = (i: number) => idx[0][0] + (i - idx[0][1]) * dir;
  if (idx.some(([k, i], j) => j > 0 && ((k - idx[j - 1][0]) * dir <= 0 || k - idx[j - 1][0] !== (i - idx[j - 1][1]) * dir))) {
    // Convention: a scale of five levels listed worst first, as many as the usual ones, is the usual five in
    // order, though a word of it reads a step off ("| 🔴 | Severe |", "| 🟠 | Elevated |", "| 🟡 | Moderate |",
    // "| 🔵 | Low |", "| ⚪ | Observation |": Severe the worst of five is critical, Observation info)
    // (either way the known words fall in order, worst first, each within a step of its rank)
    // Convention: a risk matrix's five ratings worst first whose neighbours read alike, "| Severe |", "| Major |",
    // "| Moderate |", "| Minor |", "| Observation |" (an enterprise risk matrix's words: severe and major both read
    // high, moderate and minor both medium): five in order are the usual five, each within a step of its rank
    const nearRank = dir === 1 && !idx.some(([k, i], j) => Math.abs(k - i) > 1 || (j > 0 && (five ? k < idx[j - 1][0] : k <= idx[j - 1][0])));
    const fiveRanked = five && idx.filter(([k, i]) => k === i).length >= 2;
    if (!nearRank || !(fiveRanked || rankedLevels(header, at, words))) return null;
    levelAt = (i: number) => i;
  }
  // ("| 🟢 | Low | … |" over "| ⚪ | Observation | … |": a column of marks beside the levels, one mark to a level,
  // rates as the level it stands beside)
  const markCol = header.findIndex((_, c) => c !== col && cells.every((r) => { const v = (r[c] ?? '').trim(); return v !== '' && v.length <= 8 && v.replace(EMOJI_RE, '').trim() === ''; }) && new Set(cells.map((r) => r[c])).size === cells.length);
  const map = new Map<string, Severity>();
  // Convention: a scale whose mildest level is a suggestion or a nit after the rated ones, "| 🟨 **Mineur** |"
  // over "| 🟦 **Suggestion** | — | Amélioration proposée, aucun risque identifié |": a proposal carries no risk,
  // it is informational (as a review's "suggestion:" and "nit:" are), not one step milder than the level above
  const last = words.length - 1;
  const proposal = known[last] < 0 && /^(?:suggestions?|nit(?:pick)?s?)$/i.test(words[last]) && levelAt(last) < LEVEL_ORDER.indexOf('info');
  for (let i = 0; i < words.length; i++) {
    const level = i === last && proposal ? LEVEL_ORDER.indexOf('info') : levelAt(i);
    if (level < 0 || level >= LEVEL_ORDER.length) return null;
    map.set(words[i].toLowerCase(), LEVEL_ORDER[level]);
    const marks = (cells[i][col] ?? '').match(EMOJI_RE)?.join('').replace(/\uFE0F/g, '');
    if (marks && marks.length <= 4) map.set(marks, LEVEL_ORDER[level]);
    if (markCol >= 0) map.set((cells[i][markCol] ?? '').trim().replace(/\uFE0F/g, ''), LEVEL_ORDER[level]);
  }
  if (asks) {
    const q = cells0[cells0.length - 1];
    map.set(body0[body0.length - 1][col].replace(/\*\*|__/g, '').trim().toLowerCase(), 'info');
    const marks = (q[col] ?? '').match(EMOJI_RE)?.join('').replace(/\uFE0F/g, '');
    if (marks && marks.length <= 4) map.set(marks, 'info');
    if (markCol >= 0) map.set((q[markCol] ?? '').trim().replace(/\uFE0F/g, ''), 'info');
  }
  return map;
}
