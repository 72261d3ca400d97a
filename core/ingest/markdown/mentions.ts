// Short mentions of findings: summary table rows and bullets; severity-count tables.
import type { List, ListItem, Paragraph, Table } from 'mdast';
import type { Effort, Location, ParsedFinding, Severity, Status } from '../../../shared/types';
import { parseEffort } from './effort';
import { parseHeading, plainInline } from './heading';
import { addLocations, parseLocations } from './locations';
import { wordSet } from './match';
import type { ReportFacts } from './report-facts';
import { factsFromLine, off, src, type Section } from './sections';
import { EMOJI_RE, FINDING_NOUN, FINDING_NOUN_G, GROUP_LABEL, findIssueRef, isGenericTitle, severityFromValue, statusFromText } from './vocab';
import { inFixOrder, headingGroupSeverity } from './classify';
import { categoryTitle, cellText, factSeverity, itemText, SEV_WORD, type Draft } from './draft';

/** "| Severity | Count |" tables: counts the report states about itself, not findings. */
export function countsTable(text: string, table: Table, rf: ReportFacts): boolean {
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

export function tableMentions(text: string, table: Table, s: Section, scope: number): Draft[] {
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

export function listMentions(text: string, list: List, s: Section, scope: number): Draft[] {
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
    // facts in the item's own sub-list ("1. **Title**" + "   - Severity: Major" + "   - Where: a.ts:3")
    const sub = boldTitle ? subListFacts(text, item) : null;
    const subSev = sub?.sev ?? null;
    const located = boldTitle && (h.locations.length > 0 || !!sub?.locations.length);
    if (!refAtStart && !(eligible && (sevLabel || located || subSev))) continue;
    const sev = severityFromValue(lead.slice(0, 40));
    const locations: Location[] = [...h.locations];
    if (sub) addLocations(locations, sub.locations);
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
      effort: sub?.effort ?? null,
      body: src(text, item).trim(),
    };
    out.push({
      f,
      sevFact: subSev,
      sevMention: sev && sevLabel ? { sev, text: h.severityText ?? lead.slice(0, 20) } : h.severity ? { sev: h.severity, text: h.severityText ?? '' } : null,
      sevHeading: null,
      sevSection: sectionSev ? { sev: sectionSev, text: (SEV_WORD.exec(s.h.text) ?? [s.h.text])[0] } : null,
      blocksOwn: null,
      blocksMention: h.blocks,
      statusOwn:
        sub?.status ??
        (/\(\s*(fixed|improved|resolved|done)\s*\)\s*$/i.test(t) ? statusFromText(t.slice(-30)) : eligible ? statusFromText(s.h.title.replace(FINDING_NOUN_G, ' ')) : null),
      scope,
      detailed: false,
      standalone: eligible && (sevLabel || located || !!subSev),
      words: wordSet(h.title),
      start: off(item, 'start'),
    });
  }
  return out;
}

/** Key/value facts of a list item's own sub-lists: severity, locations, status, effort. */
function subListFacts(
  text: string,
  item: ListItem,
): { sev: { sev: Severity; text: string } | null; locations: Location[]; status: Status | null; effort: Effort | null } | null {
  let sev: { sev: Severity; text: string } | null = null;
  const locations: Location[] = [];
  let status: Status | null = null;
  let effort: Effort | null = null;
  let any = false;
  for (const c of item.children.slice(1)) {
    const lines: string[] = [];
    if (c.type === 'list') {
      for (const it of c.children.slice(0, 40)) {
        const p = it.children[0];
        if (p && p.type === 'paragraph') lines.push(...src(text, p).split('\n').slice(0, 10));
      }
    } else if (c.type === 'paragraph') lines.push(...src(text, c).split('\n').slice(0, 20));
    for (const line of lines) {
      if (line.length > 1000) continue;
      for (const f of factsFromLine(line)) {
        const v = plainInline(f.value);
        if (f.kind === 'severity' && !sev) {
          const sv = factSeverity(v);
          if (sv) sev = { sev: sv, text: v.replace(/\s+/g, ' ').trim() };
        } else if (f.kind === 'location') addLocations(locations, parseLocations(f.value, true));
        else if (f.kind === 'status' && !status) status = statusFromText(v);
        else if (f.kind === 'effort' && !effort) effort = parseEffort(v);
        any = true;
      }
    }
  }
  return any ? { sev, locations, status, effort } : null;
}

const BOLD_LEAD = /^\s{0,3}(?:\*\*|__)([^*_\n]{3,300}?)(?:\*\*|__)(?:\s*(?:[—–:|-]|$)|\s+(?=\S))/;
const SEV_MARK =
  /^\s*(?:[[(]\s*(critical|high|medium|moderate|low|blocker|major|minor|trivial|info|informational|P[0-4]|Sev-?[0-5])\s*[\])]|(critical|high|medium|moderate|low|blocker|major|minor|trivial|info|informational|P[0-4]|Sev-?[0-5])\s*[:–—-])\s*\S/i;

/**
 * Findings written as paragraphs without a heading: "**[HIGH] Notes API leaks notes** — … `a.ts:5`".
 * The bold lead has to open with a severity marker ("[High]", "HIGH:") and name something after it.
 */
export function paragraphMentions(text: string, para: Paragraph, s: Section, scope: number): Draft | null {
  const raw = src(text, para);
  const m = BOLD_LEAD.exec(raw.slice(0, 400));
  if (!m) return null;
  const inner = plainInline(m[1]).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  const mark = SEV_MARK.exec(inner);
  if (!mark) return null;
  const h = parseHeading(inner);
  if (!h.title || !h.severity || h.title.length < 4) return null;
  const rest = raw.slice(m[0].length, 4000);
  const locations: Location[] = [...h.locations];
  for (const c of rest.matchAll(/`([^`\n]{3,200})`/g)) addLocations(locations, parseLocations(c[1]).filter((l) => l.path.includes('/') || l.startLine != null));
  const f: ParsedFinding = {
    ref: h.ref,
    title: h.title,
    severity: null,
    severityText: null,
    status: 'open',
    phase: null,
    category: s.depth > 0 && FINDING_NOUN.test(s.h.text) && !isGenericTitle(s.h.title) ? categoryTitle(s.h.text) : null,
    locations,
    blocksDeployment: null,
    dependsOn: [],
    effort: null,
    body: raw.trim(),
  };
  return {
    f,
    sevFact: null,
    sevMention: { sev: h.severity, text: h.severityText ?? mark[1] ?? mark[2] },
    sevHeading: null,
    sevSection: null,
    blocksOwn: null,
    blocksMention: h.blocks,
    statusOwn: h.status,
    scope,
    detailed: false,
    standalone: !inFixOrder(s),
    words: wordSet(h.title),
    start: off(para, 'start'),
  };
}
