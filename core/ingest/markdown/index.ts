// Markdown audit report -> ParsedReport. Parses once with remark, walks the top-level blocks once,
// and classifies sections by structure (ids, severity, location/status facts, finding parts).
import type { List, ListItem, Root, RootContent, Table } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type {
  ChecklistItem,
  Effort,
  FixOrderItem,
  FixOrderStep,
  Location,
  ParsedChecklist,
  ParsedFinding,
  ParsedReport,
  Severity,
  Status,
} from '../../../shared/types';
import { repairMojibake } from '../mojibake';
import { parseEffort } from './effort';
import { parseHeading, plainInline } from './heading';
import { addLocations, codeCommentLocations, parseLocations } from './locations';
import { overlap, wordSet } from './match';
import { frontMatter, newReportFacts, parseDate, scanReportLine } from './report-facts';
import { buildSections, cellSource, factFromLine, factsFromLine, firstFact, off, src, type Fact, type Section } from './sections';
import {
  EMOJI_RE,
  factKind,
  FINDING_NOUN,
  FINDING_NOUN_G,
  GROUP_LABEL,
  findIssueRef,
  isGenericTitle,
  isPartTitle,
  refKey,
  severityFromLabel,
  severityFromValue,
  statusFromText,
} from './vocab';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** Parses Markdown text with the same remark setup as parseMarkdown (used by the benchmark). */
export function parseMdast(text: string): Root {
  return processor.parse(text) as Root;
}

interface Draft {
  f: ParsedFinding;
  sevFact: { sev: Severity; text: string } | null;
  sevMention: { sev: Severity; text: string } | null;
  sevHeading: { sev: Severity; text: string } | null;
  sevSection: { sev: Severity; text: string } | null;
  blocksOwn: boolean | null;
  blocksMention: boolean | null;
  statusOwn: Status | null;
  scope: number;
  detailed: boolean;
  /** a mention that stands as a finding when no detailed section matches it */
  standalone: boolean;
  words: string[];
  start: number;
}

const FIX_ORDER_TITLE =
  /\b(fix|remediation|action|implementation|repair)\s+(order|plan|sequence|roadmap)\b|\bpriorit(?:ies|ization)\b|\bpriority\s+(?:order|fixes|for|list|plan|queue)\b|^priority\b|^(?:summary of )?recommendations\b|\broadmap\b|\brecommended\s+(?:fix\s+)?order\b/i;
const GATE = /must pass|before (?:any )?(?:deploy|release|production|merg|launch|go[- ]live|shipping)|pre-?(?:deploy|release|launch|production|merge)|do not (?:deploy|release|ship|merge)|(?:deploy(?:ment)?|release|launch) (?:gate|blocker|criteria|readiness|checklist)|go[- ]live|blocking|required for (?:deploy|release|production)|gate\b/i;

function emptyReport(): ParsedReport {
  return {
    report: { title: null, date: null, format: 'markdown', repairs: [], claims: null, effortBySeverity: null },
    findings: [],
    checklists: [],
    fixOrder: [],
  };
}

export function parseMarkdown(text: string): ParsedReport {
  try {
    return parseInner(typeof text === 'string' ? text : String(text ?? ''));
  } catch {
    const r = emptyReport();
    return r;
  }
}

function cleanBody(s: string): string {
  return s.replace(/^\s+/, '').replace(/(\s*(?:-{3,}|\*{3,}|_{3,})\s*)+$/, '').trimEnd();
}

function itemText(text: string, item: ListItem): string {
  const first = item.children[0];
  if (!first) return '';
  const raw = (first.type === 'paragraph' ? src(text, first) : src(text, first).split('\n')[0]).slice(0, 4000);
  return plainInline(raw).replace(/\s+/g, ' ').trim();
}

function parseInner(input: string): ParsedReport {
  const report = emptyReport();
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rep = repairMojibake(text);
  text = rep.text;
  report.report.repairs = rep.repairs;

  const root = processor.parse(text) as Root;
  const sections = buildSections(text, root);
  const top = sections[0];

  // ---- front matter, title, date
  const fmNode = root.children.find((n) => n.type === 'yaml' || (n.type as string) === 'toml') as { value?: string } | undefined;
  const fm = fmNode?.value ? frontMatter(fmNode.value) : {};
  const firstH1 = sections.find((s) => s.depth === 1);
  const firstHeading = sections[1];
  report.report.title = fm.title || (firstH1 ?? firstHeading)?.h.text || null;
  report.report.date = parseDate(fm.date ?? '') ?? parseDate(fm.created ?? '') ?? parseDate(fm.updated ?? '') ?? null;

  // ---- classify sections, children before parents
  const docTitle = firstH1 && sections.filter((s) => s.depth === 1).length === 1 ? firstH1 : null;
  for (let i = sections.length - 1; i >= 1; i--) {
    const s = sections[i];
    s.hasFindingDesc = s.children.some((c) => c.isFinding || c.hasFindingDesc);
    s.isFinding = !s.hasFindingDesc && s !== docTitle && looksLikeFinding(s);
  }
  // a numbered heading among numbered siblings that are findings is one too ("### 17. …" without facts)
  const sibStats = new Map<Section, { all: number; findings: number }>();
  for (const s of sections) {
    if (!s.parent || s.h.refKind === null) continue;
    const key = s.parent;
    const st = sibStats.get(key) ?? { all: 0, findings: 0 };
    st.all++;
    if (s.isFinding && s.h.refKind === 'numeric') st.findings++;
    sibStats.set(key, st);
  }
  for (const s of sections) {
    if (s.isFinding || s.hasFindingDesc || s === docTitle || s.h.refKind !== 'numeric' || !s.parent) continue;
    const st = sibStats.get(s.parent);
    if (!st) continue;
    const others = st.all - 1;
    if (st.findings >= 2 && st.findings * 2 > others && !blockedTitle(s)) s.isFinding = true;
  }
  for (let i = sections.length - 1; i >= 1; i--) {
    const s = sections[i];
    s.hasFindingDesc = s.children.some((c) => c.isFinding || c.hasFindingDesc);
  }

  // ---- findings from sections
  const drafts: Draft[] = [];
  const scopeOf = (s: Section): number => {
    let a: Section = s;
    while (a.parent && a.parent.depth > 0 && a.parent !== docTitle) a = a.parent;
    return a.depth === 1 && a !== docTitle ? a.start : 0;
  };
  for (const s of sections) if (s.isFinding) drafts.push(findingFromSection(text, s, docTitle, scopeOf(s)));

  // ---- tables and lists that name findings; checklists; fix order; report facts
  const rf = newReportFacts();
  const checklists: ParsedChecklist[] = [];
  const fixOrder: FixOrderStep[] = [];
  const mentions: Draft[] = [];
  for (const s of sections) {
    const inFinding = insideFinding(s);
    let prev: RootContent | null = null;
    for (const b of s.blocks) {
      if (b.type === 'paragraph' || b.type === 'list') scanLines(text, b, rf);
      if (b.type === 'table' && !countsTable(text, b, rf) && !inFinding) mentions.push(...tableMentions(text, b, s, scopeOf(s)));
      if (b.type === 'list') {
        const list = b as List;
        if (list.children.some((it) => typeof it.checked === 'boolean')) {
          checklists.push(checklistOf(text, list, s, prev));
        }
        if (!inFinding) mentions.push(...listMentions(text, list, s, scopeOf(s)));
      }
      prev = b;
    }
    if (!s.isFinding && !inFinding && s.depth > 0 && FIX_ORDER_TITLE.test(s.h.text) && !isPartTitle(s.h.title)) {
      fixOrder.push(...fixOrderSteps(text, s));
    }
  }

  // ---- merge mentions (table rows, bullets) into detailed findings
  const byRef = new Map<string, Draft>();
  const merged: Draft[] = [];
  const addDraft = (d: Draft) => {
    const key = d.f.ref && d.f.ref !== '' ? `${d.scope}|${refKey(d.f.ref)}` : null;
    const prior = key ? byRef.get(key) : undefined;
    if (prior && (d.f.ref && !/^\d+(\.\d+)*$/.test(d.f.ref) ? true : wordsClose(prior, d))) {
      mergeInto(prior, d);
      return;
    }
    if (key && !prior) byRef.set(key, d);
    merged.push(d);
  };
  for (const d of drafts) addDraft(d);
  // words of detailed titles -> drafts, by scope (prefix of 4 letters, as overlap() compares prefixes)
  const wordIndex = new Map<string, number[]>();
  merged.forEach((d, i) => {
    for (const w of d.words) {
      const k = `${d.scope}|${w.slice(0, 4)}`;
      const list = wordIndex.get(k);
      if (list) list.push(i);
      else wordIndex.set(k, [i]);
    }
  });
  for (const m of mentions) {
    let target: Draft | undefined;
    if (m.f.ref) target = byRef.get(`${m.scope}|${refKey(m.f.ref)}`) ?? byRef.get(`0|${refKey(m.f.ref)}`);
    if (!target && m.words.length) {
      let best = 0;
      let second = 0;
      const cands = new Set<number>();
      for (const w of m.words) {
        for (const i of wordIndex.get(`${m.scope}|${w.slice(0, 4)}`) ?? []) {
          cands.add(i);
          if (cands.size > 400) break;
        }
      }
      for (const i of cands) {
        const d = merged[i];
        const sc = overlap(m.words, d.words);
        if (sc > best) {
          second = best;
          best = sc;
          target = d;
        } else if (sc > second) second = sc;
      }
      if (best < 0.6 || best === second) target = undefined;
    }
    if (target) mergeInto(target, m);
    else if (m.standalone) addDraft(m);
  }

  // ---- finish: severity precedence, dependsOn
  const findings: ParsedFinding[] = [];
  const refIndex = new Map<string, ParsedFinding>();
  for (const d of merged) {
    const f = d.f;
    const sv = d.sevFact ?? d.sevMention ?? d.sevHeading ?? d.sevSection;
    f.severity = sv?.sev ?? null;
    f.severityText = sv?.text ?? null;
    f.blocksDeployment = d.blocksOwn ?? d.blocksMention ?? null;
    f.status = d.statusOwn ?? 'open';
    if (!f.title.trim()) continue;
    findings.push(f);
    if (f.ref && /[A-Za-z]/.test(f.ref)) refIndex.set(refKey(f.ref), f);
  }
  if (refIndex.size) for (const f of findings) dependencies(f, refIndex);

  report.findings = findings;
  report.checklists = checklists;
  report.fixOrder = fixOrder.filter((st) => st.items.length > 0);
  if (rf.claims.total === undefined && rf.proseTotal !== null && rf.hasClaims) rf.claims.total = rf.proseTotal;
  if (rf.claims.total === undefined && rf.proseTotal !== null && !rf.hasClaims) {
    rf.claims.total = rf.proseTotal;
    rf.hasClaims = true;
  }
  report.report.claims = rf.hasClaims ? rf.claims : null;
  report.report.effortBySeverity = rf.hasEffort ? rf.effortBySeverity : null;
  if (!report.report.date) report.report.date = findDate(text, top, sections);
  return report;
}

function wordsClose(a: Draft, b: Draft): boolean {
  return overlap(b.words, a.words) >= 0.6 || overlap(a.words, b.words) >= 0.6;
}

function insideFinding(s: Section): boolean {
  for (let a: Section | null = s; a; a = a.parent) if (a.isFinding) return true;
  return false;
}

function blockedTitle(s: Section): boolean {
  const t = s.h.title;
  return isGenericTitle(t) || isPartTitle(t) || GROUP_LABEL.test(s.h.text) || FIX_ORDER_TITLE.test(s.h.text);
}

function looksLikeFinding(s: Section): boolean {
  const h = s.h;
  if (!h.title || blockedTitle(s)) return false;
  const sevFact = s.facts.some((f) => f.kind === 'severity' && factSeverity(f.value));
  if (sevFact) return true;
  const factsAny = s.facts.some((f) => ['location', 'status', 'effort', 'part', 'blocks'].includes(f.kind));
  const parts = s.partLabels > 0 || s.children.some((c) => isPartTitle(c.h.title));
  const evidence = factsAny || parts || h.locations.length > 0;
  const parent = s.parent;
  const parentGroups = !!parent && parent.depth > 0 && FINDING_NOUN.test(parent.h.text);
  if (h.severity && (h.ref || h.status || evidence)) return true;
  if (h.refKind === 'issue' && (h.severity || h.status || evidence || parentGroups)) return true;
  if (h.refKind === 'numeric' && parentGroups && (h.status || evidence || h.severity)) return true;
  return false;
}

const SEV_WORD = /critical|blocker|showstopper|high|major|serious|medium|moderate|minor|low|trivial|info|P[0-4]|Sev-?[0-5]/i;

/** Severity stated by a Severity/Priority/Risk value: it has to lead the value ("High - …", "P0 (Critical)"). */
function factSeverity(value: string): Severity | null {
  const head = value.replace(EMOJI_RE, ' ').replace(/^[\s*_`[(]+/, '').slice(0, 24);
  const sev = severityFromValue(head);
  if (sev && /^(?:P[0-4]|Sev(?:erity)?[\s-]?[0-5]|\d|[A-Za-zÀ-ÿ]+)/i.test(head)) {
    const first = /^[^\s,;:(/-]+/.exec(head)?.[0] ?? '';
    if (severityFromValue(first) || /^(P[0-4]|Sev)/i.test(head)) return sev;
  }
  // emoji-only or emoji-led values ("🔴 **BLOCKING**")
  const e = /^\W*(🔴|🔥|🚨|🟠|🟡|🟢|🔵)/u.exec(value);
  return e ? severityFromValue(e[1]) : null;
}

function sectionSeverity(s: Section, docTitle: Section | null): { sev: Severity; text: string } | null {
  for (let a = s.parent; a && a.depth > 0 && a !== docTitle; a = a.parent) {
    if (a.isFinding) continue;
    const sev = a.h.severity ?? severityFromLabel(a.h.text, false);
    if (sev) return { sev, text: a.h.severityText ?? (SEV_WORD.exec(a.h.text) ?? [a.h.text])[0] };
  }
  return null;
}

/** A grouping title that says nothing but "bugs found": not a category. */
function categoryTitle(title: string): string | null {
  const rest = title
    .replace(/\([^)]*\)/g, ' ')
    .replace(FINDING_NOUN_G, ' ')
    .replace(/\b(found|identified|discovered|detailed|details|list|all|and|fixed|remaining|new|additional|other|open|known|the|of|critical|high|medium|low|priority|severity|blocker|major|minor|p[0-4])\b/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return rest ? title : null;
}

function categoryOf(s: Section, docTitle: Section | null): string | null {
  for (let a = s.parent; a && a.depth > 0; a = a.parent) {
    if (a === docTitle) return null;
    if (a.hasFindingDesc && !isGenericTitle(a.h.title)) return categoryTitle(a.h.refKind === 'numeric' ? a.h.title : a.h.text);
  }
  return null;
}

function collectSubtree(s: Section, out: Section[]): void {
  out.push(s);
  for (const c of s.children) collectSubtree(c, out);
}

function findingFromSection(text: string, s: Section, docTitle: Section | null, scope: number): Draft {
  const subtree: Section[] = [];
  collectSubtree(s, subtree);
  const facts: Fact[] = [];
  for (const x of subtree) facts.push(...x.facts);
  const locations: Location[] = [];
  addLocations(locations, s.h.locations);
  for (const x of subtree) {
    if (x !== s && /\b(files?|locations?)\b/i.test(x.h.title)) scanLocationBlocks(text, x.blocks, locations, true);
    else scanLocationBlocks(text, x.blocks, locations, false);
  }
  const sevF = facts.find((f) => f.kind === 'severity' && factSeverity(f.value));
  const statusF = firstFact(facts, 'status');
  const phaseF = firstFact(facts, 'phase');
  const effortF = facts.find((f) => f.kind === 'effort' && parseEffort(f.value));
  const blocksF = firstFact(facts, 'blocks');
  let blocksOwn: boolean | null = s.h.blocks;
  if (blocksF) blocksOwn = /^\W*(yes|true|y|✅|x|blocking|blocker|blocks)\b/i.test(blocksF.value) ? true : /^\W*(no|false|n)\b/i.test(blocksF.value) ? false : blocksOwn;
  if (blocksOwn === null && sevF && /\bblock(ing|er)\b/i.test(sevF.value)) blocksOwn = true;
  let statusOwn = (statusF ? statusFromText(statusF.value) : null) ?? s.h.status;
  if (!statusOwn) {
    // "Already fixed in previous audit" as the finding's first words
    const firstPara = s.blocks.find((b) => b.type === 'paragraph');
    if (firstPara && /^\W*(?:already|has been|was|now)\s+(fixed|resolved|addressed)\b/i.test(src(text, firstPara))) statusOwn = 'fixed';
  }
  const f: ParsedFinding = {
    ref: s.h.ref,
    title: s.h.title,
    severity: null,
    severityText: null,
    status: 'open',
    phase: phaseF ? phaseF.value.replace(/\s+/g, ' ').trim() || null : null,
    category: categoryOf(s, docTitle),
    locations,
    blocksDeployment: null,
    dependsOn: [],
    effort: effortF ? parseEffort(effortF.value) : null,
    body: cleanBody(text.slice(s.contentStart, s.end)),
  };
  return {
    f,
    sevFact: sevF ? { sev: factSeverity(sevF.value)!, text: sevF.value.replace(/\s+/g, ' ').trim() } : null,
    sevMention: null,
    sevHeading: s.h.severity ? { sev: s.h.severity, text: s.h.severityText ?? s.h.text } : null,
    sevSection: sectionSeverity(s, docTitle),
    blocksOwn,
    blocksMention: null,
    statusOwn,
    scope,
    detailed: true,
    standalone: true,
    words: wordSet(s.h.title),
    start: s.start,
  };
}

/** Locations in blocks: location facts (and the list after an empty one), code comments, file links. */
function scanLocationBlocks(text: string, blocks: RootContent[], into: Location[], allLists: boolean): void {
  let pendingList = false;
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      const raw = src(text, b);
      pendingList = false;
      for (const line of raw.split('\n')) {
        if (line.length > 2000) continue;
        for (const fact of factsFromLine(line)) {
          if (fact.kind !== 'location') continue;
          addLocations(into, parseLocations(fact.value));
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
        if (fact && fact.kind === 'location') addLocations(into, parseLocations(fact.value));
        else if (pendingList || allLists) {
          const code = [...raw.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
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
        if (factKind(plainInline(k).replace(/:$/, '')) === 'location') addLocations(into, parseLocations(v));
      }
      pendingList = false;
    }
  }
}

function linkLocations(raw: string): Location[] {
  if (!raw.includes('](')) return [];
  const out: Location[] = [];
  for (const m of raw.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(https?:|mailto:|#)/i.test(m[1])) continue;
    out.push(...parseLocations(m[1]));
  }
  return out;
}

function mergeInto(target: Draft, m: Draft): void {
  const t = target.f;
  if (!target.detailed && m.detailed) {
    // the detailed section wins
    const keep = target;
    target.f = { ...m.f, blocksDeployment: t.blocksDeployment };
    target.sevFact = m.sevFact ?? keep.sevFact;
    target.sevHeading = m.sevHeading;
    target.sevSection = m.sevSection;
    target.blocksOwn = m.blocksOwn ?? keep.blocksOwn;
    target.statusOwn = m.statusOwn ?? keep.statusOwn;
    target.detailed = true;
    target.words = m.words;
    if (!target.sevMention) target.sevMention = keep.sevMention;
    return;
  }
  if (m.detailed && target.detailed) {
    // the same finding written twice: keep the longer text, fill gaps
    if (m.f.body.length > t.body.length) {
      const old = t;
      target.f = { ...m.f, locations: m.f.locations.length ? m.f.locations : old.locations };
    }
    target.sevFact = target.sevFact ?? m.sevFact;
    target.sevHeading = target.sevHeading ?? m.sevHeading;
    target.statusOwn = target.statusOwn ?? m.statusOwn;
    target.blocksOwn = target.blocksOwn ?? m.blocksOwn;
    return;
  }
  if (!target.sevMention && m.sevMention) target.sevMention = m.sevMention;
  if (target.blocksMention === null) target.blocksMention = m.blocksMention ?? m.blocksOwn;
  if (!target.statusOwn && m.statusOwn) target.statusOwn = m.statusOwn;
  if (!t.locations.length && m.f.locations.length) t.locations = m.f.locations;
  if (!t.effort && m.f.effort) t.effort = m.f.effort;
  if (!t.phase && m.f.phase) t.phase = m.f.phase;
  if (!t.ref && m.f.ref) t.ref = m.f.ref;
}

function cellText(text: string, cell: Table['children'][number]['children'][number]): string {
  return plainInline(cellSource(text, cell)).replace(/\s+/g, ' ').trim();
}

/** "| Severity | Count |" tables: counts the report states about itself, not findings. */
function countsTable(text: string, table: Table, rf: ReturnType<typeof newReportFacts>): boolean {
  const rows = table.children;
  if (rows.length < 2) return false;
  const body = rows.slice(1).map((r) => r.children.map((c) => cellText(text, c)));
  const width = rows[0].children.length;
  let sevCol = -1;
  let numCol = -1;
  for (let c = 0; c < width; c++) {
    const cells = body.map((r) => (r[c] ?? '').replace(EMOJI_RE, '').trim());
    const sevLike = cells.filter((v) => /^(total|sum|gesamt|all)$/i.test(v) || (v.length <= 30 && severityFromValue(v))).length;
    if (sevCol < 0 && sevLike === cells.length) sevCol = c;
    else if (numCol < 0 && cells.every((v) => /^\d{1,6}$/.test(v))) numCol = c;
  }
  if (sevCol < 0 || numCol < 0) return false;
  for (const r of body) {
    const label = (r[sevCol] ?? '').replace(EMOJI_RE, '').trim();
    const n = Number(r[numCol]);
    if (/^(total|sum|gesamt|all)$/i.test(label)) {
      if (rf.claims.total === undefined) rf.claims.total = n;
    } else {
      const sev = severityFromValue(label);
      if (sev && rf.claims[sev] === undefined) rf.claims[sev] = n;
    }
    rf.hasClaims = true;
  }
  return true;
}

function tableMentions(text: string, table: Table, s: Section, scope: number): Draft[] {
  const rows = table.children;
  if (rows.length < 2) return [];
  const header = rows[0].children.map((c) => cellText(text, c).toLowerCase());
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const sevCol = col(/severity|\bsev\b|priority|criticality|\brisk\b|\blevel\b|rating/);
  if (sevCol < 0) return [];
  let nameCol = col(/^(issue|finding|bug|title|vulnerabilit|problem|description|name|defect|weakness|summary|item|check|rule)/);
  if (nameCol < 0 || nameCol === sevCol) nameCol = sevCol === 0 ? 1 : 0;
  const refCol = col(/^(id|#|ref|no\.?|key|number)$/);
  const blocksCol = col(/block/);
  const statusCol = col(/^(status|state|fixed|resolution)/);
  const locCol = col(/file|location|path|where/);
  const effortCol = col(/effort|estimate|hours|time/);
  const phaseCol = col(/^(phase|area|component)/);
  const body = rows.slice(1);
  const sevOk = body.filter((r) => r.children[sevCol] && severityFromValue(cellText(text, r.children[sevCol]))).length;
  if (sevOk * 2 < body.length) return [];
  // a plan's table ("| Step | Task | Priority |") names work, not findings: it may only add to findings
  const standalone = !inFixOrder(s) && !/^(task|step|action|phase|milestone|deliverable|component|area|aspect|metric|owner|date|week)/.test(header[nameCol] ?? '');
  const out: Draft[] = [];
  for (const r of body) {
    const cells = r.children.map((c) => cellText(text, c));
    const name = cells[nameCol] ?? '';
    if (!name) continue;
    const h = parseHeading(name);
    const sevText = cells[sevCol] ?? '';
    const sev = severityFromValue(sevText);
    const blocksText = blocksCol >= 0 ? cells[blocksCol] ?? '' : '';
    const blocks = /^\W*(yes|true|y|x|✅|✓|blocking|blocker)\b/i.test(blocksText)
      ? true
      : /^\W*(no|false|n|—|-)\W*$/i.test(blocksText) || /^\W*no\b/i.test(blocksText)
        ? false
        : null;
    const refCell = refCol >= 0 ? cells[refCol] : '';
    const ref = refCell ? refCell.replace(/^#?\s*/, (x) => (x.includes('#') ? '#' : '')) : h.ref;
    const locations: Location[] = [];
    if (locCol >= 0) addLocations(locations, parseLocations(cells[locCol] ?? ''));
    addLocations(locations, h.locations);
    const f: ParsedFinding = {
      ref: ref || null,
      title: h.title,
      severity: null,
      severityText: null,
      status: 'open',
      phase: phaseCol >= 0 ? cells[phaseCol] || null : null,
      category: s.depth > 0 && FINDING_NOUN.test(s.h.text) && !isGenericTitle(s.h.title) ? categoryTitle(s.h.text) : null,
      locations,
      blocksDeployment: null,
      dependsOn: [],
      effort: effortCol >= 0 ? parseEffort(cells[effortCol] ?? '') : null,
      body: src(text, r).trim(),
    };
    out.push({
      f,
      sevFact: null,
      sevMention: sev ? { sev, text: sevText.replace(EMOJI_RE, '').trim() || sevText } : null,
      sevHeading: null,
      sevSection: null,
      blocksOwn: null,
      blocksMention: blocks,
      statusOwn: statusCol >= 0 ? statusFromText(cells[statusCol] ?? '') : h.status,
      scope,
      detailed: false,
      standalone,
      words: wordSet(h.title),
      start: off(r, 'start'),
    });
  }
  return out;
}

/** Severity a group heading states for what it holds: "Low-Priority Items", "High Risk", "### Critical". */
function headingGroupSeverity(s: Section): Severity | null {
  if (s.h.severity) return s.h.severity;
  const prio = /\b(critical|high|medium|low|minor|major|blocker|trivial)[\s-]+(?:priority|severity|risk)\b/i.exec(s.h.text);
  if (prio) return severityFromValue(prio[1]);
  const only = /^(critical|high|medium|moderate|low|info(?:rmational)?|blocker|major|minor|trivial|P[0-4]|Sev-?[0-5])(?:\s+(?:severity|priority|risk|issues|findings|bugs))?$/i.exec(s.h.title.trim());
  return only ? severityFromValue(only[1]) : null;
}

function inFixOrder(s: Section): boolean {
  for (let a: Section | null = s; a && a.depth > 0; a = a.parent) if (FIX_ORDER_TITLE.test(a.h.text)) return true;
  return false;
}

function listMentions(text: string, list: List, s: Section, scope: number): Draft[] {
  const out: Draft[] = [];
  const sectionSev = s.depth > 0 ? headingGroupSeverity(s) : null;
  const eligible =
    s.depth > 0 &&
    (FINDING_NOUN.test(s.h.text) || !!sectionSev) &&
    !isGenericTitle(s.h.title) &&
    !s.hasFindingDesc &&
    !GROUP_LABEL.test(s.h.text) &&
    !inFixOrder(s);
  for (const item of list.children) {
    const t = itemText(text, item);
    if (!t || t.length > 1000) continue;
    const lead = t.replace(EMOJI_RE, ' ').trim();
    const ref = findIssueRef(lead);
    const refAtStart = !!ref && ref.index <= 2 && /[A-Za-z]/.test(ref.ref) && !/^#/.test(ref.ref);
    const sevLabel =
      /^(?:[[(]\s*(?:critical|high|medium|low|blocker|major|minor|trivial|info|P[0-4]|Sev-?[0-5])\s*[\])]|(?:critical|high|medium|low|blocker|major|minor|trivial|info|P[0-4]|Sev-?[0-5])\s*[:–—-])/i.test(lead) ||
      /^[🔴🟠🟡🟢🔵🔥]/u.test(t);
    const firstLine = src(text, item.children[0] ?? item).split('\n')[0].replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    const boldTitle = /^\W{0,3}(?:\*\*|__)[^*_]+(?:\*\*|__)/.test(firstLine);
    const h = parseHeading(t.split(/\s[–—-]\s/)[0]);
    // "… in `path:12`" closing a one-line finding is its location, not part of its title
    const trimmed = h.title.replace(/\s+(?:in|at|of|from)\s+`[^`]+`[.:]?\s*$/i, '');
    if (trimmed && trimmed !== h.title && h.locations.length) h.title = trimmed;
    const located = boldTitle && h.locations.length > 0;
    if (!refAtStart && !(eligible && (sevLabel || located))) continue;
    const sev = severityFromValue(lead.slice(0, 40));
    const locations: Location[] = [...h.locations];
    const code = [...t.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
    if (!locations.length) addLocations(locations, parseLocations(code.join(' , ')));
    const f: ParsedFinding = {
      ref: refAtStart ? ref!.ref : null,
      title: h.title,
      severity: null,
      severityText: null,
      status: 'open',
      phase: null,
      category: eligible && FINDING_NOUN.test(s.h.text) ? categoryTitle(s.h.text) : null,
      locations,
      blocksDeployment: null,
      dependsOn: [],
      effort: null,
      body: src(text, item).trim(),
    };
    out.push({
      f,
      sevFact: null,
      sevMention: sev && sevLabel ? { sev, text: h.severityText ?? lead.slice(0, 20) } : h.severity ? { sev: h.severity, text: h.severityText ?? '' } : null,
      sevHeading: null,
      sevSection: sectionSev ? { sev: sectionSev, text: (SEV_WORD.exec(s.h.text) ?? [s.h.text])[0] } : null,
      blocksOwn: null,
      blocksMention: h.blocks,
      statusOwn: /\(\s*(fixed|improved|resolved|done)\s*\)\s*$/i.test(t) ? statusFromText(t.slice(-30)) : eligible ? statusFromText(s.h.title.replace(FINDING_NOUN_G, ' ')) : null,
      scope,
      detailed: false,
      standalone: eligible && (sevLabel || located),
      words: wordSet(h.title),
      start: off(item, 'start'),
    });
  }
  return out;
}

function scanLines(text: string, b: RootContent, rf: ReturnType<typeof newReportFacts>): void {
  if (b.type === 'paragraph') {
    const raw = src(text, b);
    if (raw.length > 100000) return;
    for (const line of raw.split('\n')) if (line.length <= 1000) scanReportLine(plainInline(line), rf);
  } else if (b.type === 'list') {
    for (const item of (b as List).children) {
      for (const c of item.children) scanLines(text, c, rf);
    }
  }
}

function checklistOf(text: string, list: List, s: Section, prev: RootContent | null): ParsedChecklist {
  let title = s.h.text || 'Checklist';
  if (prev && prev.type === 'paragraph') {
    const p = plainInline(src(text, prev).slice(0, 400)).replace(/\s+/g, ' ').trim();
    if (p.length <= 160 && /:\s*$/.test(p)) title = p.replace(/:\s*$/, '');
  }
  const items: ChecklistItem[] = list.children.map((it) => ({ text: itemText(text, it), checked: it.checked === true }));
  const gate = GATE.test(title) || (title !== s.h.text && GATE.test(s.h.text));
  return { title, gate, items };
}

const LIST_LINE = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
const DONE_MARK = /^\s*(?:✅|✔|☑|✓|\[x\]|~~)/i;

function refsIn(t: string): string[] {
  const out: string[] = [];
  const prefixes: { prefix: string; letters: string }[] = [];
  for (const m of t.matchAll(/\b([A-Z][A-Z0-9]{0,9})-([A-Z]{0,3})(\d+)\b/g)) {
    const r = m[0];
    if (!out.includes(r)) out.push(r);
    prefixes.push({ prefix: m[1] + '-', letters: m[2] });
  }
  for (const m of t.matchAll(/\b(bug|issue|finding|vuln(?:erability)?|defect|task)\s*#\s*(\d+)\b/gi)) {
    const r = m[0].replace(/\s+/g, ' ');
    if (!out.includes(r)) out.push(r);
  }
  if (prefixes.length) {
    for (const m of t.matchAll(/(?:\+|,|&|\band\b|\/)\s*([A-Z]{1,3})(\d+)\b/g)) {
      const p = prefixes.find((x) => x.letters === m[1]);
      if (p) {
        const r = p.prefix + m[1] + m[2];
        if (!out.includes(r)) out.push(r);
      }
    }
  }
  return out;
}

function fixItems(text: string, list: List): FixOrderItem[] {
  return list.children.map((it) => {
    const t = itemText(text, it);
    const done = it.checked === true || DONE_MARK.test(t) || DONE_MARK.test(src(text, it).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    return { text: t.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), done, refs: refsIn(t) };
  });
}

function stepEffort(title: string, blocks: RootContent[], text: string): Effort | null {
  const e = parseEffort(title);
  if (e) return e;
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    for (const line of src(text, b).split('\n')) {
      const f = factFromLine(line);
      if (f && f.kind === 'effort') return parseEffort(f.value);
    }
  }
  return null;
}

function fixOrderSteps(text: string, s: Section): FixOrderStep[] {
  const steps: FixOrderStep[] = [];
  const fromBlocks = (blocks: RootContent[], fallbackTitle: string, effortTitle: string) => {
    let label: string | null = null;
    let stepCount = 0;
    for (const b of blocks) {
      if (b.type === 'paragraph') {
        const lines = src(text, b).split('\n');
        const head = plainInline(lines[0]).replace(/\s+/g, ' ').trim();
        const rest = lines.slice(1);
        if (rest.length && head.length <= 160 && /:\s*$/.test(head) && rest.every((l) => LIST_LINE.test(l))) {
          // "**High Priority:**\n4. item" — a list that does not start at 1 cannot interrupt a paragraph
          const items = rest.map((l) => {
            const t = plainInline(l.replace(LIST_LINE, '')).replace(/\s+/g, ' ').trim();
            return { text: t.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), done: DONE_MARK.test(t) || /^\s*(?:[-*+]|\d+[.)])\s+\[x\]/i.test(l), refs: refsIn(t) };
          });
          steps.push({ title: head.replace(/:\s*$/, '').replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim(), effort: parseEffort(head), items });
          stepCount++;
          label = null;
          continue;
        }
        const p = plainInline(lines.join(' ').slice(0, 400)).replace(/\s+/g, ' ').trim();
        label = p.length <= 160 && /:\s*$/.test(p) ? p.replace(/:\s*$/, '') : null;
      } else if (b.type === 'list') {
        const title = (label ?? fallbackTitle).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
        const items = fixItems(text, b as List);
        const effort = label ? parseEffort(label) : stepCount === 0 ? stepEffort(effortTitle, blocks, text) : null;
        if (!label && stepCount > 0 && steps.length) steps[steps.length - 1].items.push(...items);
        else steps.push({ title, effort, items });
        stepCount++;
        label = null;
      } else label = null;
    }
  };
  if (s.blocks.length) fromBlocks(s.blocks, s.h.text, s.h.text);
  for (const c of s.children) {
    if (c.isFinding) continue;
    fromBlocks(c.blocks, c.h.text, c.h.text);
  }
  return steps;
}

function dependencies(f: ParsedFinding, refIndex: Map<string, ParsedFinding>): void {
  const body = f.body.length > 50000 ? f.body.slice(0, 50000) : f.body;
  for (const m of body.matchAll(/\b[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+\b/g)) {
    const other = refIndex.get(refKey(m[0]));
    if (!other || other === f || !f.ref) continue;
    const before = body.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const after = body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    if (/^\W{0,3}(?:fix\s+|change\s+)?(?:requires|needs|depends on|relies on|would (?:crash|fail|break) without)\b/i.test(after) || (/\bfix (?:for|of)\s*$/i.test(before) && /^\s*(?:requires|needs|would (?:crash|fail|break) without)\b/i.test(after))) {
      if (!other.dependsOn.includes(f.ref)) other.dependsOn.push(f.ref);
    } else if (/(?:depends on|blocked by|requires|after|once|needs)\s+(?:fixing\s+|the fix (?:for|of)\s+)?$/i.test(before)) {
      if (!f.dependsOn.includes(other.ref!)) f.dependsOn.push(other.ref!);
    }
  }
}

function findDate(text: string, top: Section, sections: Section[]): string | null {
  const cands: Section[] = [top, ...sections.slice(1, 4)];
  for (const s of cands) {
    for (const f of s.facts) void f;
    for (const b of s.blocks) {
      if (b.type !== 'paragraph' && b.type !== 'list') continue;
      const raw = src(text, b);
      for (const line of raw.split('\n').slice(0, 40)) {
        if (line.length > 1000) continue;
        const m = /^\W*(?:[\w ]{0,20})?\b(?:date|created|updated|datum|generated|reviewed|audited)\b[^:\n]{0,10}:\**\s*(.+)$/i.exec(plainInline(line));
        if (m) {
          const d = parseDate(m[1]);
          if (d) return d;
        }
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
