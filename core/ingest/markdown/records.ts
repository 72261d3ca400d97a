// Findings that are not heading sections: list items (at any depth) and lines of paragraphs that
// open with a title ("**Login crashes on empty password** (Sev-2) — …", "CVE-2019-1 – HIGH – …",
// "🔴 `a.ts:88` token compared with =="). Each candidate is read by one lead reader (lead.ts) and
// the facts of its own text; siblings of one shape (one list, one run of lead lines) form a record
// set, and the set decides together: when its members carry finding fields, or its group heading
// says it holds findings or a severity, every titled member is a finding. A set that does not
// qualify still yields mentions, which merge into findings described elsewhere.
import type { Code, List, ListItem, Paragraph, RootContent, Table, TableCell } from 'mdast';
import type { Effort, Location, ParsedFinding, Severity, Status } from '../../../shared/types';
import { fieldedItemsUnder, findingHeading, priorItemsRegister, lineMarker, groupOfIdRecords, inFixOrder, headingGroupSeverity } from './classify';
import { categoryTitle, factSeverity, inUpdate, lineOfLocations, MANIFEST_FILE, ownRatingCode, ownRatingWord, INHERENT_KEY, PRIORITY_KEY, SEV_WORD, UPDATE_TITLE, type Draft } from './draft';
import { parseEffort } from './effort';
import { plainInline } from './heading';
import { CHECK_ID_SHAPE, checkResult, COUNT_TITLE, gradeSentence, isMarkerWord, labelledLocations, labelSeverity, leadOf, POSITIVE, ratingFirst, readLead, RERATED_RE, reratedTo, type Lead } from './lead';
import { addLocations, codeCommentLocations, inCode, isRoute, LINE_WORD, parseLocations, permalinkLocations } from './locations';
import { wordSet } from './match';
import { memoMap } from './memo';
import { literalGate } from './prefilter';
import { boardColumn, factsFromLine, keylessFields, latinSlice, lineFacts, off, src, titleOverFields, type Section } from './sections';
import { blocksStatement, DERIVED_SCORE, EMOJI_RE, factKind, phaseValue, yesNo, REQUEST_TAGS, requestTag, FINDING_NOUN, GROUP_LABEL, groupBlocks, isGenericTitle, isPartTitle, markNameLegend, remedyGroup, severityFromValue, statusFromText, statusGroupTitle, cvssVectorSeverity, IMPACT_KEY, impactRating, REF_HASH } from './vocab';
import { recordPlace, type Explain } from './explain';
import { openingStatus, StatusReader, statusSentence } from './status';
import { gradeNamedGroup, schemeSeverity } from './scheme';
import { oneSidedBounds } from './bounds';
import { YamlMap, yamlFieldKind, yamlIds, yamlKey, yamlRecordMaps, yamlTitle } from './yaml';
import { allMatches } from './all-matches';

/** Where in the text a record sits and why it was taken (for --explain and import review). */
export interface RecordContext {
  text: string;
  explain: Explain;
  scopeOf: (s: Section) => number;
  /** blocks that are not records (the report's own title line) */
  skip: Set<RootContent>;
}

/** Group headings whose lists hold something other than findings. */
// ("These are not security issues and were not rated:" over a list, "## Unrated observations": what the report
// says it leaves out of its findings, as "not findings" is)
// ("## Scope and method" over "| Tier | Device | OS | Why |": how the review was done, its devices and tools, as
// "Methodology" and "Approach" are; not "HTTP method tampering", a finding's kind)
// ("## Tool notifications": SARIF's toolExecutionNotifications and toolConfigurationNotifications are
// messages about the run, a file that could not be read or a rule skipped, not results)
// (Convention: a legend's lead-in naming the scale the findings are ranked on, "Ranking used below:", "Tiers used in
// this review:" over "- **Blocker** — …": its entries define levels, they report nothing)
// Convention: a threat model's list of threats its existing controls already handle, "## Threats already
// mitigated", "### Risks covered by existing controls": kept so the next review need not redo them, not findings
// (Convention: an assessor's or certifier's conditions on its decision, "## Conditions for Endorsement of the Safety
// Case", "Conditions of approval" over "- [ ] EC-3 …": each item a condition it sets, naming findings, as a release's
// criteria are, not a finding of its own)
// (Convention: a Greek report's legend of its levels under "## Κλίμακα Σοβαρότητας" (severity scale), "Επίπεδα
// κινδύνου" (risk levels), "Κριτήρια αξιολόγησης" (rating criteria): each row defines a level, no finding; written
// with or without accents, as capitals drop them)
// (Convention: an inspection's or survey's key to its codes titled "## Priority key", "Key", "Urgency key" over
// "| P1 – Urgent | make safe within 24 hours |", as "Rating key" and "Risk key" are: each row glosses a level, no
// finding; the level word ends the heading, so "Priority key rotation" is no key, and "Key" stands alone, so
// "Key findings" keeps its findings)
// (Convention: "Notes on the above:" over bullets under a register, "- S-03 will go GREEN once D-06 and D-07 are closed":
// remarks on the rows above, naming other records, as "Notes on the schedule" are (vocab.ts), no findings of their own)
// (a report's "## Timeline" of events; but a product area joined to another, "### Timeline & Editing", "Editing /
// Timeline", as a regression or QA report groups an editor's defects by component, is a component, not the timeline)
// (Convention: an accreditation or certification assessment's "## 7. Commendations", "Noteworthy practice": practice
// the assessors praise, listed after the nonconformities and observations, no findings, as "Strengths" are)
// ("How I label things (conventional comments):", "How we tag comments": a review's lead-in to the legend of the
// labels its comments open with, "- **nit** — take it or leave it", whose entries are meanings, not comments)
const NON_FINDING_GROUP = oneSidedBounds(
  /\b((?:threats?|risks?|attacks?) (?:that are |which are )?(?:already|previously) (?:mitigated|covered|addressed|handled|controlled)|already[- ]mitigated (?:threats?|risks?)|(?:threats?|risks?) (?:mitigated|covered|handled) by (?:existing|current|in-place) controls?|strengths?|positives?|positive (?:findings|observations|notes|aspects)|(?:pozitívn|pozitivn|positiev|positiv|pozytywn|pozitív)\p{L}* (?:zjištění|zistenia|bevindingen|befunde|feststellungen|ustalenia|megállapítások|observations?|zapažanja|nalazi|ugotovitve)|what (?:went|works|is) (?:well|right|good)|(?:prior|previous|earlier|last year'?s?) (?:\w+ )?(?:audit )?(?:findings|recommendations)|what was (?:already )?(?:secure|good|done well)|nice(?! to have)|good (?:things|practices|parts|news)|kudos|praise|commendations?|(?:areas? of |notable |noteworthy )good practice|noteworthy practices?|highlights|well done|no action|looked at|not (?:tested|in scope|applicable|a bug|bugs|findings|issues|gaps|problems|an? (?:issue|finding|gap|problem))|not (?:security|real|actual) (?:issues|findings|vulnerabilities|bugs|problems)|(?:were|are|was|is) not (?:rated|scored|graded)|unrated|without (?:\w+ )?(?:findings|issues|gaps|problems|defects)|out of scope|non[- ]findings?|non[- ]risks?|(?:notes|comments|remarks) (?:on|to|about) the (?:above|table above|register above|list above)|legend|(?:severity|rating|risk|priority) (?:criteria|scale|levels?|definitions?|ratings?|matrix|classification|guide)|(?:ranking|rating|grading|scale|tiers?|levels?) used (?:below|here|throughout|in this (?:report|review|doc(?:ument)?))|ratings|(?:colou?r|rating|severity|risk) key|(?:priority|urgency|level|grade|category|class) key(?=\s*(?:\(|:|$))|how to read|how (?:we|to) (?:tier|rate|grade|score|rank|classify|prioriti[sz]e)\w*|how (?:i|we) (?:label|tag)\w*(?: (?:things|(?:my |our |the )?comments|them))?|tiers|grading|classification|classifications?|scoring|insights|statistics|metrics|explanations?|explained|checklists?|categories|(?:types|classes) of (?:findings|issues|bugs|vulnerabilities)|milestones?|project updates?|status updates?|(?:release|exit|acceptance|deployment) criteria|(?:pre)?conditions (?:for|of|precedent to) (?:the )?(?:[\w-]+ ){0,2}?(?:endorsement|approval|acceptance|certification|authori[sz]ation|sign-?off|hand-?over|release|go[- ]live|deployment|launch)|definition of done|test plan|retest plan|glossary|definitions|methodology|approach|(?:scope|test(?:ing)?|review|audit) (?:and|&) method|method (?:and|&) (?:scope|tools?|data)|tools? used|(?:tool|scanner|analy[sz]er|engine|execution|configuration|run) notifications?|tool (?:messages|errors|warnings)|references|(?<!(?:&|\band|\/|\+)\s*)timeline(?!\s*(?:&|and\b|\/|\+)\s*\p{L})|contributors?|acknowledg\w*|assumptions|questions?|open questions|wins?|clean|skipped|suppressed|baselined|passed|passing(?: checks| tests)?|checks? (?:that )?passed|no (?:\w+ )?(?:issues|findings|bugs|problems|vulnerabilities|defects)(?: found)?|none found)\b|(?<!\p{L})(?:κλ[ιί]μακα|επ[ιί]πεδα|κριτ[ηή]ρια|ορισμο[ιί]) (?:σοβαρ[οό]τητας|κινδ[υύ]νου|αξιολ[οό]γησης|βαθμολ[οό]γησης)(?!\p{L})|^(?:\d+(?:\.\d+)*\.?\s+)?key\s*:?$|👍|🎉|✨/iu,
);
/** The reason an item of a board's column gives after a dash at the end of its line ("… @sam — Duplicate of ENG-1380") */
/** a test's failed result after a dash or colon, "— **FAIL**", "– failed", ": 2 fails" (not "fail, then pass") */
const TICKED_FAIL_RESULT = /\s(?:[—–:]|-{1,2})\s+(?:\*\*|__)?(?:fail(?:ed|s)?|(?:one|two|three|\d{1,3})\s+(?:fail(?:ed|s|ures?)?))(?:\*\*|__)?(?![\w-])(?!,?\s+then\s+pass)/i;
const GROUP_ITEM_WHY = /\s[—–]\s+([^—–\n]{3,80})$/;

/** Headings that list what was done: their plain lists are a changelog; strong records still stand. */
const CHANGELOG = /\b(?:bugs?|issues?|findings?|problems?|vulnerabilities|defects?)\s+(?:fixed|resolved|closed|addressed)\b|\(\s*\d+\s+(?:fixed|resolved|closed|documented)\s*\)|\bchangelog\b|\bchanges made\b|\bwhat (?:was|we) (?:fixed|changed)\b/i;

/** The facts a record's own text states below its first line (sub-bullets, continuation lines). */
interface BodyFacts {
  severity: { sev: Severity; text: string } | null;
  status: Status | null;
  locations: Location[];
  effort: Effort | null;
  phase: string | null;
  blocks: boolean | null;
  statuses: StatusReader;
  /** how many lines were key/value facts of a finding (Impact, Fix, Status, …) */
  count: number;
  /** "Ticket: CUI-312", "ID: F-7" among its lines */
  ref?: string | null;
  /** "I would call this high severity", "severity is low": a severity stated in its prose */
  proseSeverity?: { sev: Severity; text: string } | null;
  /** "Rating: Grave": a rating in the report's own words, read through its legend at the end */
  mark?: string;
  /** the severity came from a Priority field (a Severity field beside it wins) */
  byPriority?: boolean;
  /** the severity came from an Impact rating inside a line (a Severity or Priority field later in the record wins) */
  byImpact?: boolean;
  /** the severity came from an Inherent rating (a Residual rating beside it wins: INHERENT_KEY) */
  byInherent?: boolean;
  /** where it is came from a Location / File field (which outranks code named in the title line's prose) */
  locField?: boolean;
  /** "- Line 23: `…` is trusted as-is": a bullet opened by a line of the file the record is under */
  lineAt?: { start: number; end: number };
}

function emptyBody(): BodyFacts {
  return { severity: null, status: null, locations: [], effort: null, phase: null, blocks: null, statuses: new StatusReader(), count: 0 };
}

/** "→ Phase 2", "-> Sprint 14", "⇒ **Fase 3**" at the end of a line: the step (1) the record is put in */
/** "in `relay.go`", "dans `reset.css`", "en `tema.scss`", "im `base.css`", "nel `x.scss`": a preposition of place before a file's bare name */
/** "ops/alerts/*.yaml": every file of a kind in one folder */
const FOLDER_GLOB_SPAN = /^(?:[\w@.+~-]+\/)+\*\.\w{1,10}$/;
const IN_FILE_BEFORE = /(?:^|[^\p{L}])(?:in|im|dans|en|em|nel|nello)\s$/u;
const PHASE_TAIL = /(?:→|->|⇒)\s*(?:\*\*|__)?((?:phase|stage|sprint|wave|milestone|iteration|round|fase|etapa|faza|етап|фаза|спринт|хвиля)\s+(?:\d{1,3}|[IVX]{1,4}))(?:\*\*|__)?\s*\.?\s*$/iu;

/** a plan step named by itself, "Phase 1", "Fase 2", "Sprint 14", "Wave II" (the whole part) */
const STAGE_PART = /^\s*(?:phase|stage|sprint|wave|milestone|iteration|fase|etapa|faza|етап|фаза|спринт|хвиля)\s+(?:\d{1,3}|[IVX]{1,4})\s*$/iu;
const READ_BODY_LINES_RE = /^\s*status\s+(?:is\s+)?(\*\*|__|\*|_)?([\p{L}][\p{L} –-]{1,40}?)\1?(?:[.,;]|\s*$)/iu;
const READ_BODY_LINES_RE2 = /^\s*([0-5])\s*[—–-]\s+\p{L}/u;
const READ_BODY_LINES_RE3 = /^\W*(yes|true|y|✅|blocking|blocker|blocks|sim|sí|si|oui|ja)(?![\p{L}])/iu;
/** the start of a field's key at a wrapped field line's end, "· Blocks re-enabling" (readBodyLines) */
const WRAPPED_KEY_TAIL = /·\s*([\p{L}][\p{L} -]{2,40}?)\s*$/u;
/** the rest of that key opening the next line, then its value, "bulk export: yes*" */
const WRAPPED_KEY_HEAD = /^\s*([\p{L}][\p{L} -]{0,40}?)\s*:\s*(.+)$/u;
// (Convention: "Release gate: Not blocking", "Non-blocking": a gate field's no written as the word it denies)
const READ_BODY_LINES_RE4 = /^\W*(no|false|n|não|nao|non|nein|not blocking|non-blocking)(?![\p{L}])/iu;
// a Status value cut by the line's end after a sentence ("… SRE-2239. Status: won't"), its words so far
const STATUS_CUT_AT_END = /(?:^|[.;·|)]\s+)[*_]*status[*_]*\s*:\s*[*_]*([\p{L}'’ -]{1,30})$/iu;
const READ_BODY_LINES_RE5 = /(?:^|[^\p{L}])(?:status|statuss|statut|triage|priority|severity|severidad|severidade|gravedad|gravidade|s[ée]v[ée]rit[ée]|gravit[ée]|gravit[àa]|severit[àa]|schweregrad|priorit[ée]|prioridad|prioridade|priorit[àa]|priorit[äa]t|rating|verdict|exposure|impact|impacto|impatto|auswirkung|risk|ryzyko|risico|risiko|riesgo|risque|rischio)(?![\p{L}])/iu;
/** READ_BODY_LINES_RE5.test, with its cheap pretest (prefilter.ts) */
const READ_BODY_LINES_KEY = literalGate(READ_BODY_LINES_RE5);
const READ_BODY_LINES_RE6 = /^\s*(?:[-*+]\s+)?(\*\*|__)(\p{L}{3,16})\1\s*(?:[—–:]|\s-)\s/u;
const READ_BODY_LINES_RE7 = /^\s*\p{L}[\p{L} ]{0,28}:\s*\S/u;
// Convention: a state corrected in place by striking the old one through, "Status: ~~open~~ fixed — …",
// "~~Status: open~~ → won't fix: …": the struck value is no longer the state, what follows it is
const STRUCK_STATE_FIELD = /~~\s*(status|state|statut|stan|estado|stato)\s*:[^~\n]{1,40}~~\s*(?:→|->|⇒)\s*/giu;
const STRUCK_VALUE = /~~[^~\n]{1,40}~~/g;
function unstruckState(line: string): string {
  return line.includes('~~') ? line.replace(STRUCK_STATE_FIELD, '$1: ').replace(STRUCK_VALUE, ' ') : line;
}
// (a constant: the TypeScript loader rebuilds a literal with a Unicode property escape on every call)
const STATUS_FIELD_END = /status\s*:\s*[\p{L}'’ -]{1,30}$/iu;
const LOWER_CLAUSE_START = /^\s*([\p{Ll}][^.;:,—–(\n]{0,40})/u;
/** Reads fact lines; the status through a StatusReader (answers outrank fields outrank prose). */
function readBodyLines(lines: string[], into: BodyFacts, before?: string): void {
  for (const [i, line] of lines.entries()) {
    const prev = i > 0 ? lines[i - 1] : before;
    if (line.length > 1000) continue;
    into.statuses.line(line);
    // ("… SEV-3, status⏎*Closed – false positive*. The attachment …": the state's name closes a line, its value
    // opens the next)
    // ("… la plus souvent modifiée. *Statut :⏎Risque accepté* jusqu'à …": a state's key in emphasis after a
    // sentence, its value wrapped onto the next line)
    if (prev && (FIELD_NAME_AT_END.test(prev) && /(?:status|state)\s*:?\s*$/i.test(prev) || (/:\s*$/.test(prev) && STATUS_KEY_AT_END.test(prev)))) {
      const head = /^\s*(?:\*\*|__|\*|_)?([^*_.;:\n]{2,60})/.exec(line)?.[1];
      const st = head ? statusFromText(head.trim()) : null;
      if (st) into.statuses.field(st);
    }
    // ("… flagged by the gateway.** SEV-2,⏎status *Open*. Found while …": the state named without a colon, wrapped
    // onto the next line's start)
    if (prev && /,\s*$/.test(prev) && /^\s*status\s/i.test(line)) {
      const named = READ_BODY_LINES_RE.exec(line);
      const st = named ? statusFromText(named[2]) : null;
      if (st) into.statuses.field(st);
    }
    // Convention: a state's value after a sentence, wrapped by the writer's line width in the middle of its
    // words ("… Ticket SRE-2239. Status: won't⏎fix — Security wants …"): read with the next line's first words
    if (prev && !into.status && STATUS_FIELD_END.test(prev)) {
      const cut = STATUS_CUT_AT_END.exec(plainInline(prev))?.[1];
      const rest = cut && !statusFromText(cut) ? LOWER_CLAUSE_START.exec(line)?.[1] : null;
      const st = rest ? statusFromText(`${cut} ${rest.trim()}`) : null;
      if (st) into.statuses.field(st);
    }
    // ("Rule logic drafted in `detections/m365/forwarding.kql`⏎line 1-38, waiting for review": a path that closes a
    // line, its line numbers wrapped onto the next)
    if (prev && !into.locations.length && prev.endsWith('`') && /^\s*(?:lines?|L)\s?\d/.test(line)) {
      const path = /`([^`\s]{3,200})`$/.exec(prev)?.[1];
      const at = /^\s*((?:lines?|L)\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?)/.exec(line)?.[1];
      const locs = path && at && path.includes('/') ? parseLocations(`${path} ${at}`, true).filter((l) => l.startLine != null) : [];
      if (locs.length) {
        addLocations(into.locations, locs);
        into.count++;
      }
    }
    // "- `reports/pagination.py:88` — the page count …": a sub-line that opens with where it is
    // (not a sentence wrapped onto the line: "sets `X`; the drop-in\n`/etc/ssh/…conf` does not override it")
    const wrapped = i > 0 && !/[.!?:;]\s*$/.test(lines[i - 1]) && !/^\s*(?:[-*+>]|\d+[.)])\s/.test(line);
    const lead = wrapped ? null : /^\s*(?:[-*+]\s+)?`([^`\n]{3,200})`([^`\n]{0,24})/.exec(line);
    if (lead && !into.locations.length) {
      const locs = parseLocations(lead[1] + lead[2], true).filter((l) => l.path.includes('/') || l.startLine != null);
      if (locs.length) {
        addLocations(into.locations, locs);
        into.count++;
      }
    }
    // Convention: a code host's permalink alone on a line of the record, as coding agents write under the title,
    // "https://github.com/acme/api/blob/5be0c7d/internal/store/tx.go#L17-L35": the file and lines it points at
    // are where the record is
    if (!into.locations.length && (line.includes('/blob/') || line.includes('/src/'))) {
      const url = /^\s*(?:[-*+]\s+)?<?(https?:\/\/\S+?)>?\s*$/.exec(line);
      const at = url ? permalinkLocations(url[1]) : [];
      if (at.length) {
        addLocations(into.locations, at);
        into.count++;
      }
    }
    // Convention: a record's line of dot-separated fields wrapped by the writer's width inside the last key, "…
    // Status: In progress · Blocks re-enabling⏎bulk export: yes": the key's two halves read as one
    if (prev && into.blocks === null && prev.includes('·') && line.includes(':')) {
      const tail = WRAPPED_KEY_TAIL.exec(prev)?.[1];
      const head = tail ? WRAPPED_KEY_HEAD.exec(line) : null;
      if (head && factKind(`${tail} ${head[1]}`) === 'blocks') {
        const v = plainInline(head[2]);
        into.blocks = READ_BODY_LINES_RE3.test(v) ? true : READ_BODY_LINES_RE4.test(v) ? false : yesNo(v);
      }
    }
    // ("… 28mm pipe. Pri **A**. Shieldline, due 21/05.": a priority letter as a sentence of its own, lead.ts, read
    // through the report's legend in decideSet)
    if (!into.severity && !into.mark && line.length <= 400) {
      const g = gradeSentence(plainInline(line));
      if (g) into.mark = g;
    }
    for (const f of lineFacts(line.replace(/^\s*(?:>\s*)+/, ''))) {
      const v = plainInline(f.value);
      if (f.kind) into.count++;
      // ("Impact: medium · Effort: S ·⏎Owner: Priya · Priority: **P1**": a field line wrapped after the impact;
      // the record's priority rates it, as it does when the line is whole)
      if (f.kind === 'severity' && (!into.severity || into.byImpact || (into.byPriority && !PRIORITY_KEY.test(f.key)) || (into.byInherent && !INHERENT_KEY.test(f.key)))) {
        // ("Priority: 1 — Serious deficiency": the level's number on the report's scale, then its name; the
        // report's legend reads the number, decideSet)
        const level = READ_BODY_LINES_RE2.exec(v)?.[1] ?? DERIVED_SCORE.exec(v)?.[1];
        if (level) into.mark = level;
        const sv = factSeverity(v);
        if (sv) {
          into.severity = { sev: sv, text: v.replace(/\s+/g, ' ').trim() };
          into.byPriority = PRIORITY_KEY.test(f.key);
          into.byInherent = INHERENT_KEY.test(f.key);
          into.byImpact = false;
        }
        else into.mark ??= ownRatingWord(v) ?? ownRatingCode(v) ?? undefined;
      } else if (f.kind === 'location' && /^lines?\s+\d/i.test(f.key)) {
        // Convention: "- Line 23: `const { id } = await req.json()` is trusted", "- Lines 61–74: …": the key is
        // the line (of the file a heading names, draftOf), the value prose whose code is no file
        const n = /^lines?\s+(\d{1,6})(?:\s*[-–]\s*(\d{1,6}))?$/i.exec(f.key.trim());
        if (n && !into.lineAt) into.lineAt = { start: Number(n[1]), end: Number(n[2] ?? n[1]) };
      } else if (f.kind === 'location') {
        const at = parseLocations(f.value, true);
        if (at.length && !into.locField) {
          into.locField = true;
          into.locations.unshift(...at.filter((l) => !into.locations.some((x) => x.path === l.path)));
        } else addLocations(into.locations, at);
      }
      else if (f.kind === 'effort' && !into.effort) into.effort = parseEffort(v);
      else if (f.kind === 'ref' && !into.ref && (/^(?=[a-z]{0,3}[A-Z])[A-Za-z][A-Za-z0-9]{0,9}-\d+$/.test(v.trim()) || REF_HASH.test(v.trim()))) into.ref = v.trim();
      else if (f.kind === 'phase' && !into.phase) into.phase = phaseValue(f.key, v);
      else if (f.kind === 'blocks') into.blocks = READ_BODY_LINES_RE3.test(v) ? true : READ_BODY_LINES_RE4.test(v) ? false : (yesNo(v) ?? into.blocks);
    }
    // "*Priority 2.* *Management response:* Agreed. *Status:* Open.": fields inside a line of text
    // (a risk in the report's language is its severity: "Ryzyko: wysokie", "Risico: hoog", "Risiko: hoch")
    // ("Verdict: 🟥 UNSOUND-PUB": an auditor's verdict in the words of the report's legend rates it)
    // (Latvian "… Vieta: `x.tf:22`. Statuss: darbs procesā.": the state's key in the report's language)
    // (Convention: "… protecciones de almacenamiento. Severidad: Informativa.", "… Gravité : faible.": the rating's
    // key in the report's language, as the closing sentence of a record's text)
    // (Convention: a level of the report's own numbered scale said without a colon as the closing sentence of the
    // record's text, "… lost once in 40 k cycles. Risk 5.", "Priority 6.": any one digit, not only P0–P4; a number
    // that no priority names is kept as the record's mark and read through the report's legend)
    if ((!into.severity || into.byImpact || !into.status) && READ_BODY_LINES_KEY(line)) {
      const p = plainInline(unstruckState(line));
      for (const m of allMatches(p, /(?:^|[.;·|)>]\s+|\s)[*_]*(status|statuss|statut|triage|priority|severity|severidad|severidade|gravedad|gravidade|s[ée]v[ée]rit[ée]|gravit[ée]|gravit[àa]|severit[àa]|schweregrad|priorit[ée]|prioridad|prioridade|priorit[àa]|priorit[äa]t|rating|verdict|exposure|impact|impacto|impatto|auswirkung|risk|ryzyko|risico|risiko|riesgo|risque|rischio)\s*(?::\s*|(?=\s*[0-9]\b))([^.;·|]{1,60})/giu)) {
        // (Latvian "Statuss", French "Statut": the state's key in the report's language)
        // ("Opinion more than bug. Triage: **works as designed**.": a triage outcome inside the line is its state)
        const key = /^(?:statu(?:ss|t)|triage)$/i.test(m[1]) ? 'status' : m[1].toLowerCase();
        const v = m[2].trim();
        if (key === 'status' && !into.status) {
          const st = statusFromText(v);
          if (st) into.statuses.line(`Status: ${v}`);
        } else if (IMPACT_KEY.test(key) && !into.severity) {
          into.severity = impactRating(v);
          into.byImpact = !!into.severity;
        } else if (key !== 'status' && !IMPACT_KEY.test(key) && (!into.severity || into.byImpact)) {
          // (Convention: a priority given for now with the change foreseen after it, "*Priority 3 for the pilot,
          // rising to Priority 1 before general rollout.*": the level it holds now is the leading number)
          const now = PRIORITY_FOR_NOW.exec(v)?.[1];
          const sv = /^[0-4]$/.test(v) ? severityFromValue(`P${v}`) : now ? severityFromValue(`P${now}`) : factSeverity(v);
          if (sv) {
            into.severity = { sev: sv, text: `${m[1]} ${now && !/^[0-4]$/.test(v) ? now : v}` };
            into.byImpact = false;
          }
          // ("*Rating: Significant.*": the report's own word, read through its legend)
          // ("Risk: 5" on a 1–5 scale the report defines: the number, read through its legend)
          else into.mark ??= ownRatingWord(v.replace(/[*_]+$/, '')) ?? (/^[0-9]$/.test(v) ? v : undefined);
        }
      }
    }
    // Convention: a phase marker that closes a record's text, "… Owner: Ravi. Effort: M. → Phase 2", "-> Sprint 14":
    // the step of the plan the record is put in
    if (!into.phase && (line.includes('→') || line.includes('->') || line.includes('⇒'))) {
      const m = PHASE_TAIL.exec(line);
      if (m) into.phase = m[1].replace(/\s+/g, ' ');
    }
    // Convention: a bare plan step among a line's fields, "Impact: High · Effort: M · Phase 1", "Impacto: 🔴 Crítico
    // · Esforço: M · Fase 1": the step the record is put in, named without a key (only beside a keyed field)
    if (!into.phase && (line.includes('·') || line.includes('•') || line.includes(' | ')) && line.includes(':')) {
      const parts = plainInline(line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+)?/, '')).split(/\s+[·•|]\s+/);
      const stage = parts.length >= 2 && parts.some((p) => READ_BODY_LINES_RE7.test(p)) ? parts.find((p) => STAGE_PART.test(p)) : undefined;
      if (stage) into.phase = stage.trim().replace(/\s+/g, ' ');
    }
    if (line.includes('\u2192') || line.includes('->') || line.includes('\u21D2') || line.includes('=>')) arrowLine(line, into);
    badgeLine(line, into);
    // Convention: the record's id in brackets, in italics, closing its text, "… backoff is enough. *(M1)*",
    // "*(M3, in progress in #1849)*": the reviewer's label for it (the list's number only places it); words
    // after the id say where it stands
    if (!into.ref && (line.endsWith(')*') || line.endsWith(')_'))) {
      const m = /(?:^|\s)([*_])\(([A-Z]{1,3}-?\d{1,4})(?:,\s*([^()*_\n]{2,60}))?\)\1\s*$/.exec(line);
      if (m && !into.ref) {
        into.ref = m[2];
        const st = m[3] ? statusFromText(m[3]) : null;
        if (st) into.statuses.field(st);
      }
    }
    // "Real. … **High**, must-fix before merge.": a rating set in bold by itself inside the record's text
    if (!into.severity && !into.proseSeverity) {
      const bold = /(?:^|[\s(>])(?:\*\*|__)(critical|high|medium|moderate|low|informational)(?:\*\*|__)(?=[\s,.;:)]|$)/i.exec(line);
      const sv = bold ? severityFromValue(bold[1]) : null;
      if (sv) into.proseSeverity = { sev: sv, text: bold![1] };
      // ("- **Informativo** — o certificado vence em 02/2025", "- **Faible** : …": a line of the record that opens
      // with the rating in bold, in the report's language, then a dash or a colon and why)
      const lead = !sv && (line.includes('**') || line.includes('__')) ? READ_BODY_LINES_RE6.exec(line) : null;
      const lv = lead ? severityFromValue(lead[2]) : null;
      if (lv) into.proseSeverity = { sev: lv, text: lead![2] };
    }
    // "must-fix before merge", "does not block this PR": what the record's own text says about shipping
    // ("Priority: P1 | Owner: … | Must fix before launch": the launch is the release too)
    if (into.blocks === null && /\bblock|\bbefore (?:merge|merging|release|deploy|launch|go[- ]live)/i.test(line)) {
      const b = blocksStatement(line) ?? (/\bmust[- ]fix before (?:the )?(?:merge|merging|release|deploy\w*|launch)\b/i.test(line) ? true : null);
      if (b !== null) into.blocks = b;
    }
    // "`CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`" with no score: the vector's base score rates it
    if (!into.severity) into.severity = cvssVectorSeverity(line);
    // Convention: the rating said in the record's own sentence, "We rate this high: …", "I'd rate it medium
    // because …", or a sentence that opens with the rating before the state, "Low, open.", "Medium, fixed
    // on 16 March"; read with the end of the line before, where the sentence wraps ("We rate this⏎medium")
    if (!into.severity && !into.proseSeverity) {
      const joined = (prev !== undefined ? prev.slice(-60) + ' ' : '') + line;
      if (/[,;]|\b(?:rat|consider|class|grad|assess|categori)/i.test(joined)) {
        const rated = RATED_SENTENCE.exec(joined) ?? CLASSED_SENTENCE.exec(joined);
        const then = rated ? null : RATING_THEN_STATE.exec(joined);
        const m = rated ?? then;
        const sv = m ? severityFromValue(m[1]) : null;
        if (sv) into.proseSeverity = { sev: sv, text: m![1] };
        // (the state that follows the rating is the record's: "Medium, fixed on 16 March")
        const st = sv && then ? statusFromText(then[2]) : null;
        if (st) into.statuses.field(st);
      }
    }
    // (read with the end of the line before, where the writer's width puts the dash and the verdict on two lines)
    const dashed = line.includes('—') || line.includes('–') ? line : prev !== undefined && (prev.endsWith('—') || prev.endsWith('–')) ? `${prev.slice(-60)} ${line}` : null;
    if (!into.severity && !into.proseSeverity && dashed) {
      const m = DASH_VERDICT.exec(dashed);
      const sv = m && !DASH_VERDICT_OTHER.test(dashed.slice(Math.max(0, m.index - 40), m.index)) ? severityFromValue(m[1]) : null;
      if (sv) into.proseSeverity = { sev: sv, text: m![1] };
    }
    // Convention: an inspection's or audit's observation closes its text with its class in emphasis as a sentence of
    // its own, "… without removing covers. *Informational.*", "_Information only._", "*Low.*": the class rates it
    if (!into.severity && !into.proseSeverity && (line.endsWith('*') || line.endsWith('_'))) {
      const m = CLOSING_EMPHASISED_CLASS.exec(line);
      const sv = m ? severityFromValue(m[2]) : null;
      if (sv) into.proseSeverity = { sev: sv, text: m![2] };
    }
    if (!into.proseSeverity) {
      const m = PROSE_SEVERITY.exec(line);
      const word = m ? m[1] ?? m[2] : null;
      const sv = word && !/\bnot\s+(?:a\s+)?$/i.test(line.slice(0, m!.index)) ? severityFromValue(word) : null;
      if (sv) into.proseSeverity = { sev: sv, text: word! };
    }
    // Convention: CVSS's rating written with its base score, "I'd rate this **Low (3.1)**", "this is Medium (4.3) at
    // most": the word rates the record when the score lies in that word's band, as a field would
    if (!into.severity && line.includes('.') && /\d\.\d\)/.test(line)) {
      const m = /\b(critical|high|medium|low)\*{0,2}\s*\((\d{1,2}\.\d)\)/i.exec(line);
      const score = m ? Number(m[2]) : NaN;
      const band = score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : null;
      if (m && band === m[1].toLowerCase()) into.severity = { sev: band, text: `${m[1]} (${m[2]})` };
    }
    // Convention: a scanner's CVE written with its CVSS base score and then the tool's severity, "CVSS **9.8**,
    // CRITICAL", "CVSS 7.5 · High", "CVSS 3.1: 6.5 (Medium)": the word after the score rates the record
    if (!into.severity && line.includes('CVSS')) {
      const m = CVSS_THEN_LEVEL.exec(line);
      const sv = m ? severityFromValue(m[1]) : null;
      if (sv) into.severity = { sev: sv, text: m![1] };
    }
    into.status = into.statuses.result();
  }
}
const CVSS_THEN_LEVEL = /\bCVSS(?:\s*v?\d(?:\.\d)?)?(?:\s+base(?:\s+score)?)?\s*[:=]?\s*[*_]{0,2}\d{1,2}(?:\.\d)?[*_]{0,2}\s*(?:[,·•|/–—-]|\()\s*[*_]{0,2}(critical|high|medium|moderate|low)\b/i;

/**
 * "Sev 2 · blocks release · **Fixed in `a41c9e2`** · @hollis", "High | Open | @dana": a line of values
 * without keys, separated by middle dots, bullets or bars, as trackers and callouts print a record's
 * fields. Read only when two or more of its parts are values of fields (a rating, a status, whether it
 * blocks, where), so prose with a dot in it is not taken for one.
 * ("▸ `docs/quickstart.mdx:18` ▸ Wrong ▸ verified — …": triangular bullets separate the values as dots do,
 * the line may open with one, and a value of one word that is nothing else is a rating in the report's
 * own words, read through its legend.)
 */
/** a value that is a place in the code or the docs: "`docs/quickstart.mdx:18`", "src/stream.ts:204 (docstring)" */
const LOCATION_PART = /^(?:[\w.@~-]*\/?[\w.@~/-]*\.[A-Za-z]{1,6}(?::\d+(?:-\d+)?| L\d+(?:-L?\d+)?)?|[\w.@~-]+(?:\/[\w.@~-]+)*\/)(?:\s*\([^)]{1,30}\))?$/;
const BADGE_SEP = /\s[·•|▸▹‣]\s/;
const CODE_AND_NAME_HEAD = String.raw`^(?:P[0-4]|Sev-?[0-5])\s*[-–—]\s*\p{L}{3,12}`;
const CODE_AND_NAME = new RegExp(`${CODE_AND_NAME_HEAD}$`, 'iu');
const BADGE_LINE_RE = /^([\p{L}][\p{L} ]{1,20}?)\s*:\s*(\S.*)$/u;
const BADGE_LINE_RE2 = /^\p{L}[\p{L}-]{1,24}$/u;
/** "Sev 4", "Sev-2", "P1": a severity code of the usual numbered scales, a badge line's first part */
const SEV_CODE_PART = /^(?:Sev(?:erity)?[- ]?[0-5]|P[0-4])$/i;
function badgeLine(line: string, into: BodyFacts): void {
  if (line.length > 400 || !BADGE_SEP.test(line)) return;
  const parts = plainInline(line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+)?(?:[▸▹‣]\s+)?/, '')).split(/\s+[·•|▸▹‣]\s+/).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2 || parts.some((x) => x.length > 120)) return;
  let sev: { sev: Severity; text: string } | null = null;
  let status: string | null = null;
  let blocks: boolean | null = null;
  let known = 0;
  let word: string | null = null;
  for (const raw of parts) {
    // ("\`sev: high\` · \`status: open\` · **blocks 1.9**": parts may name their field)
    const kv = BADGE_LINE_RE.exec(raw);
    const kind = kv ? factKind(kv[1]) : null;
    const part = kind === 'severity' || kind === 'status' || kind === 'blocks' ? kv![2] : raw;
    // ("**P2 – High**": a priority code and its level's name are one value, read together, vocab severityOfValue)
    const head = CODE_AND_NAME.exec(part)?.[0] ?? part.split(/\s*[,(—–]\s*|\s+-\s+/)[0];
    // ("Finding `EAS-1042` · asset … · **Open**": the scanner's id for the record among its badges)
    const id = /^(?:finding|issue|ticket|case|alert|id|ref)\s*[:#]?\s*`?([A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8})*-\d{1,7})`?$/i.exec(raw);
    if (id) {
      into.ref ??= id[1];
      known++;
      continue;
    }
    // ("→ CN-5110 · owner @mateo.r · new": the ticket an arrow opening the line points to, arrowLine)
    if (/^(?:\u2192|->|\u21D2|=>)\s*[A-Z][A-Z0-9]{0,9}-\d{1,7}$/.test(raw)) {
      known++;
      continue;
    }
    if (kind === 'blocks') {
      // (a yes or no in any language the readers know: "Hadlang sa go-live: Oo")
      blocks = /^\W*(yes|true|y|blocking|blocker|blocks)\b/i.test(head) ? true : /^\W*(no|false|n)\b/i.test(head) ? false : (yesNo(head) ?? blocks);
      known++;
      continue;
    }
    // (Convention: the release it holds back named after the word, "· 🚨 blocker for v2.3.0", "· blocker for the
    // launch", as a review written ahead of a tagged release marks what must land first)
    if (/^(?:blocks?|blocking)\b.{0,20}\b(?:release|deploy(?:ment)?|launch|go[- ]live|merge|ship(?:ping)?)\b|^(?:release[- ])?blocker$|^blocks\s+v?\d+(?:\.\d+)+$|^\W*blocker\s+for\s+(?:v?\d+(?:\.\d+)+|(?:the\s+)?(?:next\s+)?(?:release|launch|deploy(?:ment)?|go[- ]live|ga|ship))$/i.test(head)) {
      blocks = true;
      known++;
    } else if (/^(?:does not|doesn't|won't|will not) block\b|^non[- ]blocking\b|^not blocking\b/i.test(head)) {
      blocks = false;
      known++;
    } else if (head.length <= 24 && factSeverity(head)) {
      sev ??= { sev: factSeverity(head)!, text: head };
      known++;
    } else if (parts.length >= 3 && LOCATION_PART.test(raw.replace(/`/g, ''))) {
      // (a path is no state: "docs/get-started/…" holds a state's word)
      known++;
    } else if (statusFromText(head) || /^accepted\b/i.test(head)) {
      status ??= /^accepted\b/i.test(head) && !statusFromText(head) ? 'accepted' : part;
      known++;
    } else if (parts.length >= 3 && BADGE_LINE_RE2.test(raw)) word ??= raw;
    // (an inline remark after the status may say it does not block: "Accepted … — does not block 2026.11")
    if (blocks === null && /\b(?:does not|doesn't|won't|will not) block\b/i.test(part)) blocks = false;
  }
  // Convention: a tracker's record line opens with the severity code of its scale and then a free remark, "Sev 4 ·
  // Deferred to post go-live (agreed with Order Management, 3 Nov)", as the record's siblings read "Sev 3 · Open ·
  // Owner: …": a "Sev N" or "P N" code leading the dotted line is a value of a field by itself
  if (known === 1 && sev && sev.text === parts[0] && SEV_CODE_PART.test(parts[0])) {
    into.count += known;
    into.severity ??= sev;
    return;
  }
  if (known < 2) return;
  into.count += known;
  if (sev && !into.severity) into.severity = sev;
  else if (!sev && word && !into.severity) into.mark ??= word;
  if (status) into.statuses.line(`Status: ${status === 'accepted' ? 'risk accepted' : status}`);
  if (blocks !== null && into.blocks === null) into.blocks = blocks;
}

/**
 * Convention: a bug bash's or a triage meeting's notes put under each title a line that opens with an arrow
 * and says where the bug went: "→ CN-5110 · owner @mateo.r · `lww.ts:88` · new" (the ticket it was filed as,
 * its id first), "→ dup of CN-4877, +3 votes" (folded into an existing ticket: that is its id), "→ fixed live
 * by @ines during the bash" (dealt with on the spot). The rest of such a line is read as a badge line.
 */
const ARROW_TICKET = /^\s*(?:[-*+]\s+)?(?:\u2192|->|\u21D2|=>)\s*(?:(?:\*\*|__|`)?([A-Z][A-Z0-9]{0,9}-\d{1,7})(?:\*\*|__|`)?(?=\s*(?:[·•|,;]|$))|(dup(?:e|licate)?\s+of)\s+`?([A-Z][A-Z0-9]{0,9}-\d{1,7})\b|(\p{L}[^·•|(,;]{2,60}))/u;
function arrowLine(line: string, into: BodyFacts): void {
  if (line.length > 400) return;
  const m = ARROW_TICKET.exec(line);
  if (!m) return;
  if (m[1]) {
    into.ref ??= m[1];
    into.count++;
  } else if (m[3]) {
    into.ref ??= m[3];
    into.statuses.field('duplicate');
    into.count += 2;
  } else if (m[4]) {
    // ("→ fixed live by @ines.c during the bash": the state the arrow's first words name)
    const st = /^(?:fixed|resolved|done|closed|won['’]?t fix|not a bug|invalid|duplicate)\b/i.test(m[4].trim()) ? statusFromText(m[4].trim()) : null;
    if (st) {
      into.statuses.field(st);
      into.count += 2;
    }
  }
}

/** "Impact", "Impacto", "Impatto", "Auswirkung": a finding's impact, a rating when it is one word before its prose. */

const RATED_SENTENCE = /\b(?:we|I)(?:['’]d|\s+would)?\s+(?:rate|rated|consider|considered|classify|classified|class|grade|graded|assess|assessed)\s+(?:this|it)\s+(?:as\s+)?(?:an?\s+)?(critical|high|medium|moderate|low|informational)(?![\p{L}-])/iu;
// Convention: an audit record's body that states its grade in a passive sentence of its own, "… transcribed.
// Classified *Major* (critical data per the plan).", "Graded as minor.": the grade the auditor gave the finding
const CLASSED_SENTENCE = /(?:^|[.!?]\s+)(?:classified|classed|graded|categori[sz]ed)\s+(?:as\s+)?(?:an?\s+)?[*_]{0,2}(critical|major|minor|high|medium|moderate|low)[*_]{0,2}(?![\p{L}-])/iu;
const RATING_THEN_STATE = /(?:^|[.!?]\s+)\**(Critical|High|Medium|Moderate|Low)\**\s*[,;]\s+(open|fixed|closed|resolved|in progress|accepted|verified|mitigated|deferred|pending|not fixed|unresolved|won['’]t fix)(?![\p{L}])/u;
// Convention: a prose memo's verdict closing the record's paragraph after a dash, "… Only a handful per month —
// low.", "… and nothing alerts on it – high.": the rating the paragraph ends on (not what a dash names before it:
// "Likelihood — low.", "Effort — medium.")
const DASH_VERDICT = /\s[—–]\s*(critical|high|medium|moderate|low)\.?\s*$/i;
const DASH_VERDICT_OTHER = /\b(?:likelihood|probability|chance|effort|cost|confidence|complexity|exploitability|impact)\W*$/i;
const CLOSING_EMPHASISED_CLASS = /(?:^|[.!?)]\s+)([*_])(critical|high|medium|moderate|low|informational|information|info)(?: only)?\.?\1\s*$/i;
const PROSE_SEVERITY = /\b(critical|high|medium|moderate|low)[- ]severity\b|\bseverity\s+(?:is\s+|of\s+)?(critical|high|medium|moderate|low)\b/i;

function paragraphLines(text: string, b: RootContent): string[] {
  return src(text, b).slice(0, 20000).split('\n');
}

/** Facts of a list item below its first line: continuation lines, sub-lists, paragraphs. */
function itemBody(text: string, item: ListItem, firstRest: string[]): BodyFacts {
  const body = emptyBody();
  readBodyLines(firstRest, body);
  for (const c of item.children.slice(1)) {
    if (c.type === 'list') {
      for (const it of c.children.slice(0, 60)) {
        const p = it.children[0];
        if (!p || p.type !== 'paragraph') continue;
        body.statuses.item();
        readBodyLines(paragraphLines(text, p).slice(0, 10), body);
      }
    } else if (c.type === 'paragraph' || c.type === 'blockquote') readBodyLines(paragraphLines(text, c).slice(0, 20), body);
    // Convention: a Notion toggle exported as a list item whose title is the item's bold line and whose
    // properties are a "| Property | Value |" table inside it ("| Severity | Blocker |", "| Location |
    // `path:47` |"): the table's rows are the record's fields, as they are under a heading
    else if (c.type === 'table') {
      const rows = fieldTableLines(text, c);
      if (rows) readBodyLines(rows, body);
    }
  }
  return body;
}

interface Candidate {
  lead: Lead;
  body: BodyFacts;
  start: number;
  end: number;
  bodyMd: string;
  checked: boolean | null;
  /** nested list under this item (read as its own set when this item is not a finding) */
  nested: List[];
  /** a failed check of a checker's output ("[FAIL] 1.1.7 …"), or a review comment labelled as an issue */
  check?: boolean;
  /** an unticked checklist item with a note on the gap */
  gap?: boolean;
  /** a bold title over the list of its fields: its words are the finding's title */
  titled?: boolean;
  /** a paragraph opened by a run-in head in bold, its id and its own title (runInBoldTitle) */
  runIn?: boolean;
  /** a record written as data (a YAML mapping with a title key and finding fields) */
  structured?: boolean;
}

function evidence(c: Candidate): string[] {
  const l = c.lead;
  const why: string[] = [];
  if (l.severity || c.body.severity) why.push('severity');
  if (l.refAtStart) why.push('id');
  if (l.locations.length || c.body.locations.length) why.push('location');
  if (l.status || c.body.status) why.push('status');
  if (c.body.count >= 2) why.push('fields');
  if (l.shape !== 'plain') why.push(l.shape === 'bold' ? 'bold title' : 'link title');
  return why;
}

/** "Critical, High, Medium, Low impact", "Gas savings": the names of severity groups, not a finding */
const GROUP_NAMES =
  /^(?:(?:critical|high|medium|moderate|low|info|informational|blocker|major|minor|trivial|gas|savings|optimi[sz]ations?|non-critical|qa|impact|risk|severity|priority|findings?|issues?|and|or|&|P[0-4]|Sev-?[0-5])[\s,/&+-]*)+$/i;

const LEGEND_ABBREVIATED = /^\p{L}[\p{L} -]{1,40} \(\p{Lu}{2,5}\)$/u;
/** a bold title that is only a level of a scale, the usual ones or the report's own, with no id or place */
function legendEntry(c: Candidate, s: Section): boolean {
  const t = c.lead.title.trim();
  // ("- **R1** — high risk: could harm a patient": a code the report's legend defines, then its rating and meaning)
  if (c.lead.refAtStart && c.lead.ref && !c.lead.locations.length && c.lead.severity && c.body.count === 0 && schemeSeverity(s, c.lead.ref)) return true;
  if (c.lead.shape !== 'bold' || c.lead.ref || c.lead.locations.length) return false;
  // (Convention: a legend introduces a grade's abbreviation beside its name, "**Opportunity for improvement (OFI)**":
  // the whole, of a few words, is the grade as the report's scale names it)
  if (LEGEND_ABBREVIATED.test(t)) return t.split(/\s+/).length <= 5 && !!schemeSeverity(s, t);
  if (t.split(/\s+/).length > 2) return false;
  return !!severityFromValue(t) || !!schemeSeverity(s, t);
}

/**
 * Convention: a report's table of contents, "1. [🚨 Breaking](#-breaking)", "- [Appendix A](#appendix-a)", as
 * GitHub readers and coding agents write it: an item that is only a link to a heading of the same page names that
 * section, whatever mark it carries (the section's own heading and records say what is in it)
 */
const TOC_LINK_ITEM = /^\s*(?:\*\*|__)?\[[^\]\n]+\]\(#[^)\s]*\)(?:\*\*|__)?\s*$/;
function tocEntry(c: Candidate): boolean {
  return c.lead.shape === 'link' && !!c.lead.url?.startsWith('#') && TOC_LINK_ITEM.test(c.bodyMd.split('\n', 1)[0]);
}

/** a tracker label that names a finding's kind: "security", "bug", "type: vulnerability", "kind/audit" */
function findingLabel(label: string): boolean {
  return /^(?:security|sec|bug|vuln|vulnerability|finding|audit|pentest|defect|incident)$/.test(label.toLowerCase().split(/[:/]\s*/).pop() ?? '');
}

/** "Status: **Mitigated** · Owner: …", "- **State:** Mitigated": a record's state field saying its threat is mitigated */
const MITIGATED_STATE_LINE = /(?:^|[\s·•|])[*_]*(?:status|state)[*_]*\s*:\s*[*_]*(?:\s*[*_]*)(?:fully\s+|already\s+)?mitigated(?![\p{L}])(?!\s+(?:partially|in part)\b)/imu;
/** the section, or one above it up to the document's title, is a threat model's or risk register's */
function threatRegister(s: Section): boolean {
  for (let a: Section | null = s; a; a = a.parent) if (/\bthreat|\brisk (?:register|log)\b/i.test(a.h.text)) return true;
  return false;
}

const TITLED_RE = /[\p{L}]/u;
function titled(c: Candidate): boolean {
  const t = c.lead.title;
  return t.length >= 3 && t.length <= 300 && !c.lead.label && !c.lead.positive && (!c.lead.question || ratedQuestion(c)) && TITLED_RE.test(t) && !COUNT_TITLE.test(t) && !c.lead.count && !isPartTitle(t) && !GROUP_NAMES.test(t);
}

/**
 * Convention: a review whose legend gives its questions a mark and a level of their own ("🟡 nit · 💬 question",
 * questions informational) counts its "**7. 💬 Why … ?**" comments among its numbered findings: a question whose
 * mark the legend rates (read into the body's severity) is a finding of that level, not an aside.
 */
function ratedQuestion(c: Candidate): boolean {
  return !!c.lead.severityText && c.body.severity?.text === c.lead.severityText && !c.lead.severity;
}

/**
 * Convention: a numbered review comment's own proposal, a paragraph under its text opening "Suggestion: a small
 * `InvoiceSequence` table and `select_for_update()` …" (no id, no place of its own): how to fix the comment above,
 * not a comment of its own (a Conventional Comments "suggestion:" standing alone still is one)
 */
function suggestedFix(c: Candidate, members: Candidate[], position: number): boolean {
  if (c.lead.shape !== 'plain' || c.lead.ref || c.lead.locations.length || !/^suggest(?:ion|ed fix)$/i.test(c.lead.severityText ?? '')) return false;
  const prev = members[position - 1];
  return !!prev && prev.lead.refAtStart && prev.lead.shape === 'bold' && (prev.lead.locations.length > 0 || !!prev.lead.severityText);
}

/** Severity, location and an id or a title of its own: a finding wherever it is written. */
function veryStrong(c: Candidate): boolean {
  const l = c.lead;
  return titled(c) && !!(l.severity || c.body.severity) && (l.locations.length > 0 || c.body.locations.length > 0 || spanLocated(c)) && (l.refAtStart || l.shape !== 'plain');
}

const SPAN_AND_AFTER = /`([^`\n]{1,200})`([^`\n]{0,24})/g;
/** "○ 현황 : `/var/lib/pgsql/15/data/pg_hba.conf` 97행 …": a file in code in the record's own lines */
function spanLocated(c: Candidate): boolean {
  // (short spans matched too, so that the backticks after them pair right)
  for (const m of allMatches(c.bodyMd.slice(0, 2000), SPAN_AND_AFTER)) {
    if (m[1].length >= 3 && parseLocations(m[1] + m[2]).some((x) => x.path.includes('/') || x.startLine != null)) return true;
  }
  return false;
}

/** An id of its own, a title of its own and a location: a finding even in a plan's list. */
function veryStrongish(c: Candidate): boolean {
  const l = c.lead;
  // ("1. **R2 — Retry budget …**" + "Impact: **high** · Effort: **M** · Priority: **P0**": a recommendation
  // rated by a field of its own)
  return titled(c) && l.refAtStart && l.refKind === 'issue' && l.shape !== 'plain' && (l.locations.length > 0 || c.body.locations.length > 0 || !!l.severity || !!c.body.severity || !!l.status || !!c.body.status);
}

/** A member that reads as a finding on its own fields. */
function strong(c: Candidate, set: SetContext): boolean {
  if (!titled(c)) return false;
  const groupFindings = set.groupFindings || !!set.groupSev;
  const l = c.lead;
  // "`9-9`: **Magic number for max attempts.**" under a file's heading: a comment anchored to its lines
  if (l.shape !== 'plain' && l.lines && set.groupPath) return true;
  // "[FAIL] 1.1.7 …": a failed check of a checker's output; an unticked checklist item with a gap note
  if (c.check || c.gap || c.structured) return true;
  const sev = !!(l.severity || c.body.severity);
  const loc = l.locations.length > 0 || c.body.locations.length > 0;
  // ("**`kms_cmk_rotation_enabled`** — …": a note titled by a scanner's check id is no title in bold of its own)
  const shaped = l.shape !== 'plain' && !(l.ref === l.title && CHECK_ID_SHAPE.test(l.title));
  if (sev && (l.marked || shaped || loc || c.body.count > 0)) return true;
  if (l.refAtStart && l.refKind === 'issue' && (shaped || loc || !!l.status || c.body.count > 0 || groupFindings)) return true;
  // Convention: triage meeting notes that walk the board ticket by ticket, "- **APP-1317** – Pay button does
  // nothing in Split View" over sub-bullets of what was said ("Repro'd from 3 tickets", "**P1**, owner Tomás"):
  // a tracker key opening the item, with its discussion nested under it, is the record, not a list label
  if (l.refAtStart && l.refKind === 'issue' && c.nested.length > 0) return true;
  if (shaped && loc && (c.body.count > 0 || l.marked || groupFindings)) return true;
  // "## Observations (informational)" > "- **Title.** *Status: Won't fix*": a titled record with a status in a rated group
  if (shaped && !!set.groupSev && (l.status || c.body.status)) return true;
  if (shaped && c.body.count >= 2 && (c.body.severity || c.body.status || c.body.locations.length)) return true;
  // Convention: a review's earlier comment struck through whole and said to be fixed, "- ~~Config reload replaces
  // `w.interval` without holding `cfgMu`~~ — fixed in `c3e07aa`, thanks.": a finding the author has since resolved
  if ((l.status === 'fixed' || l.status === 'verified') && c.bodyMd.startsWith('~~') && STRUCK_TITLE.test(c.bodyMd.slice(0, 400))) return true;
  return false;
}

/** "— this is a feature request", "– feature request, moved to …": a ticket the triage sets aside as no bug */
const FEATURE_REQUEST_NOTE = /\s[—–-]\s+(?:this\s+is\s+|it['’]s\s+)?(?:an?\s+)?feature[- ]request\b/i;

/**
 * Convention: a review comment labelled "blocking:" (Conventional Comments' decoration written as the label, "**1.
 * blocking: Watermark saved before the merge**") where no legend of the report rates the label: a comment that
 * holds the merge back is the worst the review raises, as a legend of the labels rates it (report-facts'
 * COMMENT_LABEL_LEVEL); the legend's level where it has one (schemeSeverity first)
 */
function blockingLabel(text: string): Severity | null {
  return text === 'blocking' ? 'critical' : null;
}

/** "~~Title of eight or more characters~~ — fixed …": a title struck through whole, then what became of it */
const STRUCK_TITLE = /^~~(?!~)[^~\n]{8,300}~~\s*(?:[—–:-]|\(|$)/;

interface SetContext {
  section: Section;
  /** a group heading or label above the set says it holds findings, or which severity */
  groupFindings: boolean;
  /** "## Smaller things" after a findings group: its plain items are findings of a lower rank */
  lesser?: boolean;
  groupSev: { sev: Severity; text: string } | null;
  category: string | null;
  /** "### Stage 2 — …" over findings: the stage of the reviewed change they are in ("Stage 2") */
  phase?: string | null;
  /** the set sits where findings are not listed (plan, legend, positives, summary) */
  negative: string | null;
  /** the section is itself one enumerated record ("#### 1.1: Database Indexes"): its lists describe it */
  inRecord: boolean;
  /** a review reply's group of the reviewer's points ("## Addressed" beside "## Pushed back on"): each point, even alone, is one */
  reviewReply?: boolean;
  /** a group heading that names a status ("### In Progress", "### Done") */
  groupStatus?: Status | null;
  /** "- `terraform/rds.tf`" over "- L14 [H] …": the file its items are in */
  groupPath?: string | null;
  /** a summary or overview: its members restate findings; only those strong alone may stand */
  summary?: boolean;
  /** the report's plan or priority buckets ("Must fix", "Roadmap") */
  planned?: boolean;
  /** "**Before GA (gate):**", "**After launch (non-blocking):**" over the list: whether its items block, by its label */
  labelBlocks?: boolean | null;
}

/** "#### `src/refunds/refund.service.ts`", "#### src/payments/stripe.adapter.ts (1)": a heading that names a file. */
export function headingPath(s: Section): string | null {
  // (read once per heading: every section under it asks again, through ancestorPath)
  const known = headingPaths.get(s.h);
  if (known !== undefined) return known;
  const t = s.h.text.replace(/\s*\(\d+\)\s*$/, '').trim();
  const locs = parseLocations(t, true);
  const path = locs.length === 1 && t.replace(/`/g, '').trim() === locs[0].path ? locs[0].path : null;
  headingPaths.set(s.h, path);
  return path;
}

const headingPaths = new WeakMap<Section['h'], string | null>();

/** The file the nearest enclosing heading names, if any. */
function ancestorPath(s: Section): string | null {
  for (let a: Section | null = s; a && a.depth > 0; a = a.parent) {
    const p = headingPath(a);
    // Convention: a Markdown file kept in a repository titled by its own name ("# KNOWN_ISSUES.md", "# TODO.md"):
    // the file is the report itself, not where the entries under it are
    if (p && a.docTitle && !p.includes('/') && /\.(?:md|markdown|txt)$/i.test(p)) continue;
    if (p) return p;
  }
  return null;
}

const contexts = new WeakMap<Section, SetContext>();

/** What a section's heading says about the records under it (computed once per section). */
export function sectionContext(s: Section): SetContext {
  let c = contexts.get(s);
  if (!c) {
    c = readSectionContext(s);
    contexts.set(s, c);
  }
  return c;
}

/**
 * Convention: a review of a change made in stages groups its findings by the stage they are in, under the
 * findings heading: "## Findings" > "### Stage 1 — interface extraction (`0d17a2e`)" > "**R1 [P2] …**". Such a
 * heading is where the findings were seen, not a step of the report's plan ("## Remediation plan" > "### Phase 1").
 */
function stageOfFindings(s: Section): boolean {
  const a = s.parent;
  return !!a && a.depth > 0 && !a.docTitle && STAGE_LABEL.test(s.h.text) && findingHeading(a) && !inFixOrder(a);
}

/** the label of such a stage that names a step in time ("Stage 2", "Phase 1", "Sprint 3"), not a kind ("Category 2") */
const STAGE_LABEL = /^(?:phase|round|stage|step|sprint|milestone|wave|iteration|week|day|етап|фаза|крок|спринт|хвиля|тиждень|день)\s+[\dIVX]+(?![\p{L}\p{N}])/iu;

/** "Round 2", "Round 2 (2024-11-07)", "Review round 3 — re-review": a later round of a review */
const REVIEW_ROUND = /^(?:review\s+)?round\s+\d{1,2}(?:\s*\([^()\n]{1,30}\))?(?:\s+[—–-]\s+re-?review\b.*)?$/i;

/** "Addressed", "Pushed back on", "Declined", "Not changed": a review reply's group of the reviewer's points */
const REVIEW_REPLY_GROUP = /^\W*(?:addressed|fixed|done|changed|pushed back(?: on)?|push-?back|declined|disagreed?(?: with)?|not (?:addressed|changed|done)|won'?t (?:fix|do|change)|left as is)\b/i;

/** "Blocking", "Non-blocking", "Non-blockers", "Bloquant": a review's tier named by the one word */
const BLOCK_TIER_TITLE = /^(?:non[- ]?)?(?:blocking|blockers?|bloquants?|bloquantes?)$/i;

/**
 * Convention: a fix order or priority list that names each finding by its id and then the work to do, "1. UX-04 –
 * name the existing order in duplicate warnings", "2. UX-01 – carry the unit …; unit prominence in review step": its
 * words describe the fix, not where the finding stands ("duplicate", "in review" are the fix's words); only a state
 * the text after the id opens with is one ("UX-05 – done in 3.4.2")
 */
function plannedNoteState(head: string, ref: string | null): Status | null {
  const at = ref ? head.indexOf(ref) : -1;
  const after = at >= 0 ? head.slice(at + ref!.length).replace(/^[\s:*_—–-]+/, '') : head;
  return openingStatus(after);
}

function readSectionContext(s: Section): SetContext {
  if (s.docTitle) return { section: s, groupFindings: false, groupSev: null, category: null, negative: null, inRecord: false };
  const graded = s.depth > 0 ? gradeNamedGroup(s) : null;
  const sev = s.depth > 0 ? headingGroupSeverity(s) : null;
  const title = s.h.title;
  let negative: string | null = null;
  let stage: string | null = null;
  const planned = s.depth > 0 && inFixOrder(s);
  if (planned) negative = 'in the report\u2019s fix order';
  // "Not fixed (out of scope for this PR)": a status group; its remark does not make it a non-finding list
  // ("`gateway/metrics.go` line 12", "`docs/glossary.md` L3": a heading that names a file is about that file;
  // a word of its path is no name of a part of the report)
  else if (s.depth > 0 && !priorItemsRegister(s) && NON_FINDING_GROUP.test(withoutPaths(statusGroupTitle(s.h.text) ? s.h.text.replace(/\s*\([^)]*\)\s*$/, '') : s.h.text))) negative = `under "${s.h.text}"`;
  // (Convention: a statutory examination report's recommendations are a grade of its own defect scale, "## 7.
  // Recommendations (Category C)" after "Category A" and "Category B" sections: the grade's items, each advice the
  // report counts among its items, not remedies for the findings above)
  else if (s.depth > 0 && remedyGroup(title) && !graded) negative = `under remedies "${s.h.text}"`;
  // ("## Chapter 11: Software", "## Part 2 — Findings": a chapter of the document, not a step of a plan)
  // Convention: a code review appended to after the author's fixes, "## Round 2 (2024-11-07)", "## Review round 3":
  // a later round of the review, whose new comments are findings as the first round's are, not a step of a plan
  else if (s.depth > 0 && GROUP_LABEL.test(s.h.text) && !/^(?:chapter|section|part)\s/i.test(s.h.text) && !REVIEW_ROUND.test(s.h.text)) {
    if (stageOfFindings(s)) stage = STAGE_LABEL.exec(s.h.text)?.[0] ?? null;
    else negative = `under a plan step "${s.h.text}"`;
  }
  else if (s.depth > 0 && isGenericTitle(title) && !sev) negative = `under "${s.h.text}", which restates or frames findings`;
  const groupStatus = s.depth > 0 ? boardColumn(s) : null;
  // Convention: a code review that sorts its comments by whether they hold the merge, "### 🛑 Blocking" then
  // "### 💬 Non-blocking" (French "Bloquant" / "Non bloquant"), the word alone naming the group: the comments under
  // either heading are findings (vocab.ts, groupBlocks, reads what the word says of deployment)
  let groupFindings = s.depth > 0 && (findingHeading(s) || BLOCK_TIER_TITLE.test(title.trim()));
  // "## Categories of Bugs Fixed" > "### Documentation Bugs (5 Documented)": a list of what was done
  for (let a: Section | null = s; a && a.depth > 0 && !negative; a = a.parent) {
    if (CHANGELOG.test(a.h.text)) negative = `under "${a.h.text}", a list of what was fixed`;
  }
  let underFindings = false;
  for (let a = s.parent; a && a.depth > 0; a = a.parent) if (findingHeading(a)) underFindings = true;
  // "## Issues" > "### In Progress": a status (or severity) group inside a findings section holds findings
  if (!groupFindings && underFindings && (groupStatus || sev)) groupFindings = true;
  // Convention: an author's (or coding agent's) reply to a code review sorts the reviewer's points by what was done
  // with them, "## Addressed" beside "## Pushed back on" ("Declined", "Not changed"): each group heading names a
  // status and a sibling names another, so the points under them are the review's findings in those states
  let reviewReply = false;
  if (!groupFindings && groupStatus && !negative && REVIEW_REPLY_GROUP.test(title.trim()) && s.parent) {
    groupFindings = reviewReply = s.parent.children.some((c) => c !== s && REVIEW_REPLY_GROUP.test(c.h.title.trim()) && boardColumn(c) !== null && boardColumn(c) !== groupStatus);
  }
  // "## Problems that affect the numbers" then "## Smaller things": a lesser rank of the findings before it,
  // whose plain sentences are findings too; so is "## Findings" > "### Minor observations", a lesser rank
  // inside the findings
  let lesser = false;
  if (!groupFindings && !negative && LESSER_GROUP.test(title) && s.parent) {
    const prev = s.parent.children[s.parent.children.indexOf(s) - 1];
    // (Convention: a register of findings each headed by its id, "## 4. Findings" > "### GCP-01 — …", then "## 5. Other
    // observations" beside it: the bullets there are left out of the register on purpose, unnumbered and unrated, and
    // are remarks, not a lesser rank of it; the informal review's "## Smaller things" follows findings without ids)
    const register = !underFindings && !!prev && prev.children.length >= 2 && prev.children.every((c) => c.h.refKind === 'issue');
    if (underFindings || (prev && findingHeading(prev) && !NON_FINDING_GROUP.test(prev.h.text) && !register)) groupFindings = lesser = true;
  }
  // "### 🧹 Nitpick comments (3)" > "#### docs/webhooks.md (1)": a file's heading inside a group heading with no
  // text of its own (a review bot's nested <details>) places its comments; the group names their kind
  const p = s.parent;
  // (but "## File comments" > "### `services/billing/retry/job.go`", "## Inline comments" > "### `a.py`": a group that
  // says only where its comments sit names no kind of them; each file's heading is its comments' category)
  const groupAbove = p && p.depth > 0 && !p.docTitle && !p.blocks.length && !headingPath(p) && headingPath(s) && !PLACEMENT_GROUP.test(p.h.text.trim()) ? sectionContext(p).category : null;
  const inRecord = s.depth > 1 && !!s.h.ref && !groupFindings && !underFindings && !sev && !isGenericTitle(title) && !negative && fieldedItemsUnder(s) < 2 && !groupOfIdRecords(s) && !numbersContinue(s);
  return {
    planned,
    groupStatus,
    groupPath: ancestorPath(s),
    inRecord,
    lesser,
    summary: s.depth > 0 && isGenericTitle(title) && !sev && !inFixOrder(s) && !NON_FINDING_GROUP.test(s.h.text) && !remedyGroup(title),
    section: s,
    groupFindings,
    reviewReply,
    groupSev: sev ? { sev, text: (SEV_WORD.exec(s.h.text) ?? [s.h.text])[0] } : null,
    // (a grade's group named by the grade, "7. Recommendations (Category C)": its items' category, however generic its word)
    category: groupAbove ? groupAbove : graded ? s.h.text.replace(/^\d+(?:\.\d+)*\.?\s+/, '').trim() : writeUpPart(s) ?? (s.depth > 0 && !isGenericTitle(title) && (!negative || planned) ? categoryTitle(s.h.text.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim()) : null),
    negative,
    phase: stage,
  };
}

/**
 * Convention: a system's or area's write-up in standard parts, "## 1. Roof" over "### Information", "### Limitations"
 * and "### Observations" (home and property inspection software, Spectora's and InterNACHI's; site and condition
 * surveys): the part that holds the items names no kind of them, so their category is the system's heading
 */
const WRITE_UP_PART = /^(?:(?:inspector'?s?|general)\s+)?(?:observations?(?:\s+(?:and|&)\s+recommendations?)?|(?:defects?|deficienc(?:y|ies)|items?|conditions?)\s+(?:noted|observed|found)|concerns?)$/i;
const DESCRIPTIVE_PART = /^(?:(?:general\s+)?information|limitations?(?:\s+of\s+(?:the\s+)?inspection)?|descriptions?|components?|materials?|overview|specifications?|(?:system|component)s?\s+(?:described|present|inspected)|not inspected|scope)$/i;
function writeUpPart(s: Section): string | null {
  const p = s.parent;
  if (s.depth < 2 || !p || p.depth === 0 || p.docTitle || p.children.length < 2 || p.children.length > 6 || !WRITE_UP_PART.test(s.h.title.replace(EMOJI_RE, ' ').trim())) return null;
  // (beside a part that describes the system, not levels or kinds of findings: "## 4. Findings" over "### Level 1",
  // "### Observations" ranks its observations, which are their own kind)
  if (!p.children.some((c) => c !== s && DESCRIPTIVE_PART.test(c.h.title.replace(EMOJI_RE, ' ').trim()))) return null;
  return sectionContext(p).category;
}

/**
 * "File comments", "Inline comments", "Comments by file": a group of review comments named by where they sit.
 * ("## Bugs by file", "## 3. Findings per file": an agent's findings grouped under their files' headings; the
 * group says only how they are sorted, each file's heading is their category)
 */
const PLACEMENT_GROUP = /^(?:(?:per[- ])?files?|inline|line(?:[- ]by[- ]line|[- ]level)?|code|diff)\s+(?:comments|notes|remarks|feedback)$|^(?:\d+(?:\.\d+)*\.?\s+)?(?:[a-z-]+\s+){1,3}(?:by|per)\s+(?:source\s+)?file$/i;

/** "Smaller things", "Minor points", "Other issues": a heading that ranks its items below the group before it. */
const LESSER_GROUP = /^(?:smaller|small|minor|lesser|other|further|additional|remaining|more)\s+(?:things|points|items|stuff|notes|matters|remarks|observations|concerns|ones|nits)$/i;

/**
 * "## 2.1 Access control" over "2.1.1 **Title.** … *Rating: Major.*", "2.1.2 …": paragraphs numbered on
 * from the heading's number (documents exported from Word number them so) are its records, not its text.
 */
function numbersContinue(s: Section): boolean {
  if (s.h.refKind !== 'numeric' || !s.h.ref) return false;
  const re = new RegExp(String.raw`^\s*${s.h.ref.replace(/\./g, '\\.')}\.\d{1,3}\s`);
  // ("### 3 Resilience" over "- **3.1 What happens when a zone is lost?**" > "- **3.1.1 …** — HPR": an outline's
  // items numbered on from the heading, in bold or not)
  const opens = (p: RootContent | undefined) => {
    if (p?.type !== 'paragraph') return false;
    const first = p.children[0]?.type === 'strong' || p.children[0]?.type === 'emphasis' ? p.children[0].children[0] : p.children[0];
    return first?.type === 'text' && re.test(first.value);
  };
  return s.blocks.some((b) => opens(b) || (b.type === 'list' && b.children.slice(0, 60).some((it) => opens(it.children[0]))));
}

/**
 * Convention: a group's lead paragraph says what its items do to shipping, "## Known issues accepted for 2.4" over
 * "These do **not** block the release. Fixes target 2.4.1.", "## Must land" over "Each item below blocks the
 * release until it is verified": the lead's paragraphs before the record, read once per group whose heading
 * says nothing of it.
 */
function leadBlocks(text: string, s: Section, before: number): boolean | null {
  let known = leadBlocksOf.get(s);
  if (known === undefined) {
    const lead: string[] = [];
    for (const b of s.blocks) {
      if (b.type !== 'paragraph' || lead.length >= 3) break;
      lead.push(src(text, b));
    }
    // (the lead is over a list: paragraphs that run on are records of their own, not a lead)
    const list = s.blocks[lead.length];
    const joined = lead.join(' ').slice(0, 1500);
    // (Convention: "Wave 1 items block publishing …; Wave 2 is not blocking" over "**Wave 1 — …**" and its list: a
    // lead that says it of the plan's stages by name says nothing of the list as a whole; the stages' own steps
    // take it, index.ts stepGates)
    known = list?.type === 'list' && lead.length ? { start: off(list, 'start'), end: off(list, 'end'), blocks: /block/i.test(joined) && !STAGE_LEAD.test(joined) ? blocksStatement(joined.replace(/\s+/g, ' ')) : null } : { start: 0, end: 0, blocks: null };
    leadBlocksOf.set(s, known);
  }
  return before >= known.start && before < known.end ? known.blocks : null;
}
/** a bullet opening on a line anchor, "- `L41-58`: …", "- `L15`. …", "- L102: …" (draftOf) */
const ANCHOR_BULLET = /^[ \t]*[-*+][ \t]+(?:`L(\d{1,6})(?:[ \t]*[-–][ \t]*L?(\d{1,6}))?`|L(\d{1,6})(?:[ \t]*[-–][ \t]*L?(\d{1,6}))?:)(?=[ \t.,:;]|$)/m;
const STAGE_LEAD = /\b(?:phase|stage|wave|sprint|milestone)\s+(?:\d{1,2}|[IVX]{1,4})\b[^.;:]{0,60}?\bblock/i;
const leadBlocksOf = new WeakMap<Section, { start: number; end: number; blocks: boolean | null }>();

/** a line in words, in any of the report's languages ("líneas 40", "baris 57"): the text may give a file's line */
const LINE_WORD_NUMBER = new RegExp(String.raw`${LINE_WORD}\s+\d`, 'iu');
const FIRST_LINE_FILE_COMMENT = /^\s*(?:#|\/\/|--|\/\*|;|<!--)\s*(?:file:\s*)?[\w.@~-]*\/[\w./@~-]*\.\w+(?![\w/])/;
/** a source file by its extension (no document, data or config file), "src/config/load.ts", "app/models/user.rb" */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|swift|cs|php|c|cc|cpp|h|hpp|scala|ex|exs|dart|vue|svelte)$/;
/** "`go.mod`": a bare file name in a code span */
const BARE_SPAN_RE = /`([\w.-]{2,80})`/g;
const DRAFT_OF_RE = /(?:^|\n|[.!?][ \t]+)[ \t>]*`([\w.-]{2,80})`[ \t]+\p{Ll}/gu;
const DRAFT_OF_RE2 = /^\[(?:[\p{Lu}\p{N}]{1,4}|\p{Ll}[\p{Ll}'’ ]{1,23})\]$/u;
const ID_SUBJECT = /^\W{0,6}[A-Z][A-Z0-9]{0,9}-\d{1,6}[*_]{0,2}\s+((?:was|has been|is now)\s+\S.*)$/;
const DRAFT_OF_RE3 = /^[^\p{L}\p{N}]*/u;
function draftOf(ctx: RecordContext, c: Candidate, set: SetContext, kind: 'item' | 'paragraph', setName: string, standalone: boolean, why: string[], setSize = 1, position: number | null = null): Draft {
  const l = c.lead;
  // ("**LH-4 · Title** — the third-party `revu-embed.js` …" over "Location: `app/layout.tsx:22`": the field first)
  const locations: Location[] = c.body.locField ? [...c.body.locations] : [...l.locations];
  addLocations(locations, c.body.locField ? l.locations : c.body.locations);
  // an item under a file's name: "L14 [H] …" is at line 14 of that file
  // (a line anchor, "`L7` … collides with `reference/cli/index.md`", is a line of the heading's file
  // whatever other files the title names)
  // Convention: a code review grouped by file ("## `src/app/route.ts`" over "1. 🔴 **Title**" + "- Line 23: `…`",
  // "- Lines 61–74: …"): a body bullet opening with its line is at that line of the heading's file, and files
  // the body only mentions ("`fixtures/sample.csv` uses …", "`req.json()`") come after the heading's
  // ("### `packages/billing/src/reconcile/nightly.ts`" over "**3. …**" + "- `nightly.ts:201`": the file's bare
  // name, with its line, is the heading's file)
  if (set.groupPath && set.groupPath.includes('/')) {
    const base = set.groupPath.slice(set.groupPath.lastIndexOf('/') + 1);
    for (let i = 0; i < locations.length; i++) if (locations[i].path === base) locations[i] = { ...locations[i], path: set.groupPath };
  }
  const own = set.groupPath && !c.body.locField && !l.locations.length;
  // ("- Lines 40-58", "- Line 112": a bullet that is only the line, as coding agents write them)
  const bullet = own && !c.body.lineAt && c.bodyMd.includes('Line') ? /^[ \t]*[-*+][ \t]+(?:\*\*|__)?Lines?[ \t]+(\d{1,6})(?:[ \t]*[-–][ \t]*(\d{1,6}))?(?:\*\*|__)?(?::|[ \t]*$)/m.exec(c.bodyMd.slice(0, 2000)) : null;
  // Convention: GitHub's line anchor in a comment on the heading's file, "L88–L97" on a line of its own or in
  // brackets, "… drift by a cent (L88–L97).": the lines the comment is on
  const anchor = own && !c.body.lineAt && !bullet && c.bodyMd.includes('L') ? /(?:^[ \t>]*|\()L(\d{1,6})(?:[ \t]*[-–][ \t]*L(\d{1,6}))?(?:\)|[ \t]*$)/m.exec(c.bodyMd.slice(0, 2000)) : null;
  // Convention: a coding agent's to-do list under a file's heading, each item's first sub-bullet opening on the
  // line anchor in code, "- `L41-58`: `verify_signature()` returns early …", "- `L3-4`. Removed in …", or bare
  // with a colon, "- L102: key is …": the lines of the heading's file the item is about
  const anchorBullet = own && !c.body.lineAt && !bullet && !anchor && c.bodyMd.includes('L') ? ANCHOR_BULLET.exec(c.bodyMd.slice(0, 2000)) : null;
  const lineAt = own ? (c.body.lineAt ?? (bullet ? { start: Number(bullet[1]), end: Number(bullet[2] ?? bullet[1]) } : anchor ? { start: Number(anchor[1]), end: Number(anchor[2] ?? anchor[1]) } : anchorBullet ? { start: Number(anchorBullet[1] ?? anchorBullet[3]), end: Number(anchorBullet[2] ?? anchorBullet[4] ?? anchorBullet[1] ?? anchorBullet[3]) } : null)) : null;
  if (set.groupPath && (!locations.some((x) => x.path) || (l.lines && !locations.some((x) => x.path === set.groupPath)) || (own && !locations.some((x) => x.path === set.groupPath)))) {
    const at = l.lines ?? lineAt;
    locations.unshift({ path: set.groupPath, startLine: at?.start ?? null, endLine: at?.end ?? null });
  } else if (lineAt && locations[0]?.path === set.groupPath && locations[0].startLine == null) locations[0] = { ...locations[0], startLine: lineAt.start, endLine: lineAt.end };
  // "(line 88 of `dags/orders_daily.py`)" (an endpoint alone does not say where in the code)
  // (and where the files the text names have no line yet: "`jobs/x.py` closes every trip … (around line 212)")
  if (!inCode(locations)) addLocations(locations, lineOfLocations(c.bodyMd.slice(0, 4000)));
  else if (locations.every((x) => x.startLine == null) && (c.bodyMd.includes('line') || LINE_WORD_NUMBER.test(c.bodyMd.slice(0, 4000)))) addLocations(locations, lineOfLocations(c.bodyMd.slice(0, 4000)).filter((x) => locations.some((y) => y.path === x.path)));
  // ("**RDY-07 — Live API keys committed in `.env.production`**" over "Area: Security · `api/.env.production`": a
  // file's bare name in the title, its path in the text; the path says the same file whole)
  const bare = inCode(locations) && c.bodyMd.includes('/') ? locations.filter((x) => x.path && !x.path.includes('/') && /\.\w/.test(x.path)).map((x) => '/' + x.path) : [];
  if (bare.length) {
    for (const m of allMatches(c.bodyMd.slice(0, 4000), /`([^`\n]{3,200})`/g)) addLocations(locations, parseLocations(m[1], true).filter((x) => bare.some((b) => x.path.endsWith(b))));
  }
  if (!inCode(locations)) {
    // "`src/x.tsx` (line 64)": code spans with the words after them, as in a heading's prose
    // (every span read in turn, short ones too, so that "`*`. Look at `s3.tf`" pairs its backticks right)
    // (a span may wrap to the next line, inside a quote too)
    const joined = c.bodyMd.slice(0, 4000).replace(/[ \t]*\n[ \t]*(?:>[ \t]?)*/g, ' ');
    addLocations(locations, labelledLocations(joined).filter((x) => x.path.includes('/') || x.startLine != null));
    let glob: string | null = null;
    for (const m of allMatches(joined, /`([^`\n]{0,200})`([^`\n]{0,24})/g)) {
      if (m[1].length < 3) continue;
      // ("`outboxId` next to `batch_size` in `relay.go`": a file's bare name after "in" says where, as a path does)
      // (Convention: the same preposition in the report's language, "appliqué dans `reset.css`", "definido en
      // `tema.scss`", "gesetzt im `base.css`", "definito nel `tema.scss`")
      const named = IN_FILE_BEFORE.test(joined.slice(Math.max(0, m.index - 8), m.index));
      // (Convention: every file of a kind in one folder after the same "in", "37 of 74 rules in `ops/alerts/*.yaml`
      // target …": the folder's files are the place, as in a Where field, when the text names no single file)
      if (named && !glob && FOLDER_GLOB_SPAN.test(m[1])) glob = m[1];
      addLocations(locations, parseLocations(m[1] + m[2]).filter((x) => x.path.includes('/') || x.startLine != null || (named && /^[\w-]+\.[a-z]{1,5}$/.test(x.path))));
      // (a directory the text names in passing, "the expiry rule on `bronze/` (`infra/s3.tf:61`)", is a prefix
      // or a folder the finding speaks of: a file named after it is the place to change, so reading goes on)
      if (inCode(locations) && !locations.every(dirOnly)) break;
    }
    // Convention: a file's bare name in a code span as the subject that opens a line or sentence of the text
    // ("`Cargo.toml` used `anchor-lang = \"0.30\"` …", "`Dockerfile` had no `USER` line"): the file the finding is about
    // (only a name that is a file's alone, with an extension or a well-known one: "`user.email` is sent" is none)
    if (!inCode(locations) && c.bodyMd.includes('`')) {
      for (const m of allMatches(c.bodyMd.slice(0, 4000), DRAFT_OF_RE)) {
        addLocations(locations, parseLocations(m[1]).filter((x) => x.path === m[1]));
        if (inCode(locations)) break;
      }
    }
    // Convention: a dependency finding names the manifest its vulnerable versions are read from, bare, "advisories via
    // `go.mod`", "resolved from `Cargo.toml`" (a Package field's manifest, draft.ts MANIFEST_FILE): where the bump goes
    if (!inCode(locations) && c.bodyMd.includes('`')) {
      for (const m of allMatches(c.bodyMd.slice(0, 4000), BARE_SPAN_RE)) {
        if (!MANIFEST_FILE.test(m[0])) continue;
        addLocations(locations, parseLocations(m[1]).filter((x) => x.path === m[1]));
        if (inCode(locations)) break;
      }
    }
    if (glob && !inCode(locations)) addLocations(locations, parseLocations(glob, true));
    const file = locations.length > 1 && dirOnly(locations[0]) ? locations.findIndex((x) => !dirOnly(x) && !isRoute(x)) : -1;
    if (file > 0) locations.unshift(...locations.splice(file, 1));
  }
  // Convention: a title that names a file bare, in passing ("**SC-2. `package-lock.json` is regenerated in CI**", "**PRR-12 ·
  // Disk-full runbook references the old `kafka-log-dirs.sh` path**"), over text that gives a file with its folder and
  // line ("… rather than `npm ci` (`.github/workflows/build.yml:31`)", "`runbooks/kafka/disk-full.md:22`. Status: done"):
  // that file and line are where the finding is, the title's file what it speaks of
  if (!c.body.locField && l.locations.length && l.locations.every((x) => !x.path.includes('/') && x.startLine == null)) {
    const placed = (x: Location) => x.path.includes('/') && x.startLine != null;
    if (!locations.some(placed) && c.bodyMd.includes('`')) {
      for (const m of allMatches(c.bodyMd.slice(0, 4000), SPAN_AND_AFTER)) {
        const at = m[1].length >= 3 ? parseLocations(m[1] + m[2]).filter(placed) : [];
        if (!at.length) continue;
        addLocations(locations, at);
        break;
      }
    }
    // (Convention: the same with the folder but no line, "**BUG-2** Config loader ignores `relnote.config.mts`" over
    // "Fixed in `a41c9e0` — `src/config/load.ts` now tries …": the source file the note names with its folder is the
    // place, the title's bare file name the user's file the finding speaks of)
    if (!locations.some(placed) && c.bodyMd.includes('/')) {
      for (const m of allMatches(c.bodyMd.slice(0, 4000), SPAN_AND_AFTER)) {
        const at = m[1].length >= 3 && m[1].includes('/') && !m[1].includes(' ') ? parseLocations(m[1]).filter((x) => x.path.includes('/') && SOURCE_FILE.test(x.path)) : [];
        if (!at.length) continue;
        addLocations(locations, at);
        break;
      }
    }
    const i = locations.findIndex(placed);
    const foldered = i < 0 ? locations.findIndex((x) => x.path.includes('/') && SOURCE_FILE.test(x.path)) : -1;
    if (i > 0) locations.unshift(...locations.splice(i, 1));
    else if (foldered > 0) locations.unshift(...locations.splice(foldered, 1));
  }
  const f: ParsedFinding = {
    // ("1. **Title**" + "- Id: AND-01": an id field names it, not its place in a numbered list)
    ref: (l.refKind === 'numeric' && c.body.ref ? c.body.ref : l.ref) ?? c.body.ref ?? null,
    title: l.title,
    severity: null,
    severityText: null,
    status: 'open',
    phase: c.body.phase ?? set.phase ?? null,
    category: set.category,
    locations,
    blocksDeployment: null,
    dependsOn: [],
    effort: c.body.effort,
    body: c.bodyMd.trim(),
  };
  // ("- [ ] OR-01 resolved: rejection alert routes to …" in a gate checklist: an unticked box's "resolved" is the
  // condition still to meet, not the finding's state)
  let status: Status | null = c.body.status ?? (c.checked === false && (l.status === 'fixed' || l.status === 'verified') ? null : l.status);
  // Convention: a list of tests carried out ticks each test done and writes its result after it, "- [x] Interlock:
  // fan stopped — **FAIL**, not interlocked (D-04)", "- [x] Flame supervision, all burners — one fail (D-07)": the
  // tick says the test was run; a failed result is no fix
  if (c.checked === true && !status && !TICKED_FAIL_RESULT.test(c.bodyMd.slice(0, 300).split('\n', 1)[0])) status = 'fixed';
  // Convention: a threat model's or risk register's record states each threat's treatment, "Status: **Mitigated**"
  // beside "Open", "In progress", "Risk accepted" (STRIDE write-ups, as their threat tables do, mentions.ts): there
  // "Mitigated" is the threat handled by controls in place, not work under way
  if (status === 'in_progress' && MITIGATED_STATE_LINE.test(c.bodyMd) && threatRegister(set.section)) status = 'fixed';
  if (!status && set.groupStatus) {
    status = set.groupStatus;
    // Convention: a tracker's board exported by column, its "Canceled" or "Rejected" column holding an item whose
    // line closes on why after a dash, "- [ ] ENG-1411 Rate-limit the reset endpoint (P2) @sam — Duplicate of
    // ENG-1380": closed because another item holds it, the more exact state (as "Rejected (duplicate of …)" reads)
    if (status === 'wont_fix' || status === 'false_positive') {
      const why = GROUP_ITEM_WHY.exec(c.bodyMd.slice(0, 300).split('\n')[0]);
      if (why && statusFromText(why[1]) === 'duplicate') status = 'duplicate';
    }
  }
  const lines = ctx.explain.lines;
  // "### Rejected" > "- #872 `not-a-bug`: drafts are listed only when …", "### Changed" > "- #858 lowered from
  // `prio/high` to `prio/normal`": a triage log (Keep a Changelog's layout) lists a finding once, in bold, and
  // later names it by its number alone, plain, at the start of a line: a note on where it stands now
  const head = c.bodyMd.slice(0, 400).split('\n')[0].replace(/^\s*(?:\[[ xX]\]\s+)?/, '');
  // (a checklist's line, "- [ ] VL-02 fixed and verified", is a condition still to meet, not a note)
  // (Convention: a reply that goes over the findings by their short ids in bold, "- **F6** — fair point … I've
  // downgraded it to **Low** and recorded it as an accepted risk": a note on that finding too, the rating it moved
  // to its own)
  const note = c.checked === null && l.shape === 'plain' && l.refAtStart && l.refKind === 'issue' && !l.severity && (NOTE_ID_RE.test(head) || (BOLD_SHORT_ID_RE.test(head) && RERATED_RE.test(plainInline(head)))) ? { sev: reratedTo(plainInline(head)) } : null;
  // Convention: an addendum or retest section that says in a list where earlier findings stand now ("## 7
  // Nachtrag vom 10.03." over "- KB-01: behoben in rc3 … Nachtest bestanden.", "## Retest" over "- **F-2:**
  // fixed"): the item's state replaces the one the register gave at the time of the report; the state the
  // line opens with is the item's, a part "still open" later in it does not undo it ("KB-04: in Bearbeitung —
  // Android umgestellt, iOS noch offen")
  // (a section of the report, not its title, "# Incident follow-up audit"; and bullets, not a numbered list, which
  // in an addendum is the order of the remaining work: "1. Merge M-02 (PR #97) — depends on H-01.")
  // (the item's section or one above it is titled as an update: the three readings below share it)
  const updating = UPDATE_TITLE.test(set.section.h.text) || inUpdate(set.section);
  let addendum = updating && !standalone && l.refAtStart && !!l.ref && c.checked === null && !/^\s*\d{1,3}[.)]\s/.test(ctx.text.slice(c.start, c.start + 8));
  if (addendum) {
    addendum = false;
    for (let a: Section | null = set.section; a && a.depth > 0 && !a.docTitle; a = a.parent) if (UPDATE_TITLE.test(a.h.text)) addendum = true;
  }
  if (addendum) {
    const rest = plainInline(head).replace(DRAFT_OF_RE3, '');
    const after = rest.startsWith(l.ref!) ? rest.slice(l.ref!.length).replace(/^[\s:*_—–-]+/, '') : rest;
    const whole = statusFromText(after);
    const opening = openingStatus(after);
    const st = whole === 'open' && opening ? opening : (whole ?? opening);
    if (st && (!status || status === 'open')) status = st;
  }
  // Convention: a re-review appended under "## Update — 2026-01-29 (re-review of …)" lists the findings by id,
  // each with where it stands now ("- **C3** — ⏳ in progress, PR #418", "- **M2** — won't fix in this branch;
  // …"): read as records of their own, their text after the id opens with the state, which is the finding's now
  if (!status && updating && standalone && l.refAtStart && l.ref && c.checked === null) status = openingStatus(l.title);
  // ("- #861 assigned to @tvo; draft PR #880 is up, work in progress.": the note's words say where it stands)
  // (a state it states, or one its note gives after the id and a dash, "- WRN-3315 — fix PR open; still in review")
  const stated = !!status || (!!note && /^\S+\s*(?:[—–:]|-\s)/.test(head));
  if (note && !status) status = set.planned ? plannedNoteState(plainInline(head), l.ref) : statusFromText(plainInline(head));
  // Convention: a note that opens with the finding's own id as the subject of its sentence, "- **DC-07** was fixed
  // by the team during the review window", "**SEC-4** has been resolved in #210": the sentence says where that
  // finding stands, as "it was fixed" would
  if (!status && l.refAtStart && l.refKind === 'issue' && head.length > 8) {
    const said = ID_SUBJECT.exec(plainInline(head));
    if (said) status = statusSentence(`it ${said[1]}`);
  }
  const graded = !l.severity && l.severityText && DRAFT_OF_RE2.test(l.severityText) ? schemeSeverity(set.section, l.severityText.slice(1, -1)) : null;
  return {
    note,
    f,
    sevFact: c.body.severity ?? c.body.proseSeverity ?? null,
    // ("**[MG] L-03 · …**": a bracketed grade code read through the report's legend is the record's own
    // rating, before what a mention elsewhere, "(L-03)", says)
    sevMention: l.severity ? { sev: l.severity, text: l.severityText ?? '' } : graded ? { sev: graded, text: l.severityText! } : null,
    sevHeading: null,
    sevSection: set.groupSev,
    mark: l.severity ? null : (l.severityText ?? c.body.mark ?? null),
    blocksOwn: c.body.blocks ?? blocksStatement(c.bodyMd),
    blocksMention: l.blocks ?? set.labelBlocks ?? groupBlocks(set.section.h.text) ?? leadBlocks(ctx.text, set.section, c.start),
    statusOwn: status,
    scope: ctx.scopeOf(set.section),
    detailed: false,
    titled: c.titled,
    runIn: c.runIn,
    standalone,
    restates: !!set.summary,
    // Convention: a later section of the report updates the findings listed above it ("## Update 16:10 — re-vote
    // on rc5" over "- WRN-3307 — **Fixed** in rc5 …"): an item there that states a state says where its finding
    // stands now (not a step of the plan that only names it, "3. L-03 together with M-03 before enabling …");
    // so does an addendum's item read above ("- KB-01: behoben in rc3 …")
    update: (addendum && status !== null) || (stated && updating),
    words: wordSet(l.title),
    start: c.start,
    url: l.url && /^https?:/i.test(l.url) ? l.url : null,
    prov: {
      kind,
      startLine: lines.lineOf(c.start),
      endLine: lines.lineOf(Math.max(c.start, c.end - 1)),
      set: setName,
      size: setSize,
      reasons: why,
      confidence: 0,
      where: recordPlace(lines, set.section, position),
    },
  };
}

/** "- #872 …", "- WRN-3315 — …": a note that opens with a finding's tracker id */
const NOTE_ID_RE = /^(?:#\d{1,6}|[A-Z][A-Z0-9]{0,9}-\d{1,6})(?![\w-])/;
/** "- **F6** — …": a note that opens with a finding's short id in bold */
const BOLD_SHORT_ID_RE = /^(?:\*\*|__)[A-Z]{1,3}\d{1,4}(?:\*\*|__)\s*[—–:-]\s/;

/** "3 for the pilot, rising to …", "2 until the vendor patch ships": a priority number held for now (readBodyLines) */
const PRIORITY_FOR_NOW = /^([0-4])\s+(?:for (?:the |this |now\b)|until\b|till\b|during\b|while\b|for now\b|at present\b|today\b)/i;
/** "[P1]", "[S2]": a bare code of a priority or QA scale, which may be a record's id instead */
const BARE_RATING_CODE = /^[PS][0-5]$/;
/**
 * Decides one record set. Members that are strong alone are findings; when at least half the
 * titled members are, or the group heading says findings / a severity, every titled member is.
 */
function decideSet(ctx: RecordContext, members: Candidate[], set: SetContext, kind: 'item' | 'paragraph', setName: string, out: Draft[]): Set<Candidate> {
  const taken = new Set<Candidate>();
  // "*Rating: Significant.*": a rating in the words of the report's own legend is a severity
  for (const c of members) {
    // "**ITGC-04** · **Amber** · Terminated users keep VPN access": a bold word of the legend before a longer
    // plain title is a marker, the title the text after it (lead.ts, ratingFirst)
    if (c.lead.shape === 'bold' && !c.lead.severity && c.lead.title.length <= 16 && schemeSeverity(set.section, c.lead.title)) {
      const head = c.bodyMd.slice(0, 1000).split('\n')[0];
      const at = head.search(new RegExp(String.raw`(?:\*\*|__)${c.lead.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\*\*|__)`));
      const lines = c.bodyMd.slice(0, 1000).split('\n');
      const again0 = at >= 0 ? ratingFirst(head.slice(at), true) : null;
      const again = again0 && wrappedLead(again0, head, lines, (md) => ratingFirst(md.slice(at), true));
      // (after a dash only when the record has an id: "- **Amber** — a control gap …" is an entry of the legend)
      const sep = at >= 0 ? /^(?:\*\*|__)[^*_]+(?:\*\*|__)\s*(\S)/.exec(head.slice(at))?.[1] : undefined;
      if (again && (sep === '·' || sep === '•' || sep === '|' || c.lead.ref)) {
        c.lead = { ...again, ref: c.lead.ref ?? again.ref, refKind: c.lead.ref ? c.lead.refKind : again.refKind, refAtStart: c.lead.refAtStart || again.refAtStart, severity: schemeSeverity(set.section, c.lead.title), severityText: c.lead.title };
      }
    }
    // ("Priority: 1 — Serious deficiency" under a legend "| 1 — Serious deficiency | … |": the legend's level first)
    const numbered = c.body.severity && c.body.mark && /^[0-5]$/.test(c.body.mark) && /^\s*[0-5]\s*[—–-]/.test(c.body.severity.text) ? schemeSeverity(set.section, c.body.mark) : null;
    if (numbered) c.body.severity = { sev: numbered, text: c.body.severity!.text };
    const sev = !c.body.severity && c.body.mark ? schemeSeverity(set.section, c.body.mark) : null;
    // ("- ⚠️ **Dark mode chart colours have low contrast** — …" under a legend "| ⚠️ | Medium — … |": the mark
    // before the title is the record's rating in the report's own words)
    // (or after an id that opens a plain title, "**G-04-01** – *Joinery* – Title. Pri **A**.": a grade of the legend)
    const leadMark = !sev && !c.body.severity && !c.lead.severity && c.lead.severityText && (c.lead.shape !== 'plain' || (c.lead.refAtStart && c.lead.refKind === 'issue') || c.lead.severityText === 'blocking') ? (schemeSeverity(set.section, c.lead.severityText) ?? blockingLabel(c.lead.severityText)) : null;
    if (sev) c.body.severity = { sev, text: c.body.mark! };
    else if (leadMark) c.body.severity = { sev: leadMark, text: c.lead.severityText! };
    // "**Concern 1: …** — W3 — *raised by Dana*": a word of the legend standing alone after the title
    // ("**[P1] App DB password …** — MUST · `…`": before a bare P- or S-code in brackets, which may be the record's
    // id in a family of area ids, "[R1]", "[C2]", "[P1]" (sSeriesIds in index.ts): the legend's word rates it)
    else if (!c.body.severity && (!c.lead.severity || BARE_RATING_CODE.test(c.lead.severityText ?? '')) && c.lead.shape === 'bold') {
      const head = c.bodyMd.slice(0, 400).split('\n')[0];
      const tail = head.slice(head.lastIndexOf('**') + 2 || head.lastIndexOf('__') + 2);
      // (Convention: a state in bold closing the line after the rating, "**S1. Title** — *Immediate action* —
      // **remedied during visit**", as inspection reports mark an item put right on site: the rating sits between
      // the title's bold and the state's, read from the title's close when nothing follows the last bold)
      const titleClose = !tail.trim() && head.startsWith('**') ? head.indexOf('**', 2) : -1;
      for (const part of (titleClose > 0 ? head.slice(titleClose + 2) : tail).split(/\s[—–·•|]\s|[()]/).slice(0, 6)) {
        const w = plainInline(part).replace(/[*_]/g, '').trim();
        const own = w && w.length <= 20 ? schemeSeverity(set.section, w) : null;
        if (own) {
          c.body.severity = { sev: own, text: w };
          break;
        }
      }
    }
  }
  // Convention: a board whose cards carry labels of their kind, findings "`[security]`", "`bug`" beside
  // "`[feature]`", "`[chore]`", "`[docs]`": where some cards of a list are labelled as findings, a labelled card
  // with no such label is other work, whatever priority it has ("**Dark mode** `[feature]` `[P3]`")
  const findingLabelled = members.some((c) => c.lead.labels?.some(findingLabel));
  // (a card with only a priority or a state label, "**Title** `P2`", says nothing of its kind)
  const kindLabel = (l: string) => !isMarkerWord(l) && !statusFromText(l.replace(/-/g, ' '));
  const otherWork = (c: Candidate) => findingLabelled && !!c.lead.labels?.some(kindLabel) && !c.lead.labels.some(findingLabel) && !c.lead.refAtStart;
  const eligible = members.filter((c) => titled(c) && !otherWork(c));
  const strongs = eligible.filter((c) => strong(c, set));
  const shortTitles = eligible.filter((c) => c.lead.title.length <= 160).length;
  // a group heading alone makes findings of a list of titles, not of one sentence under it
  const grouped =
    (set.groupFindings || !!set.groupSev) && eligible.length > 0 && shortTitles * 2 >= eligible.length && (eligible.length > 1 || set.reviewReply || evidence(eligible[0]).some((w) => w !== 'bold title' && w !== 'link title'));
  const setOk = !set.negative && eligible.length > 0 && (strongs.length * 2 >= eligible.length || (grouped && (strongs.length > 0 || !!set.groupSev || eligible.some((c) => c.lead.shape !== 'plain') || (!!set.lesser && kind === 'item' && eligible.length >= 2))));
  // members the set pulls in must share its findings' shape: an id when they have ids, their title style
  const withRef = strongs.filter((c) => c.lead.refAtStart).length;
  const sameShape = (c: Candidate) =>
    strongs.length === 0 ||
    ((withRef * 3 < strongs.length * 2 || c.lead.refAtStart) && strongs.some((x) => x.lead.shape === c.lead.shape));
  for (const [position, c] of members.entries()) {
    const why = evidence(c);
    const isStrong = strongs.includes(c);
    let standalone = false;
    let reason: string | null = null;
    if (!titled(c)) reason = c.lead.positive ? 'praise, not a finding' : c.lead.question ? 'a question, not a finding' : c.lead.label ? 'a label that opens text' : 'no title';
    // "- **MUST** — launch-blocking; *high*": a level of the report's scale and what it means
    else if (legendEntry(c, set.section)) reason = 'a legend entry: a level of the scale and what it means';
    else if (suggestedFix(c, members, position)) reason = 'the reviewer\u2019s suggested fix for the numbered comment above';
    else if (tocEntry(c)) reason = 'a table of contents entry: a link to a section of the report';
    else if (nothingToChange(c)) reason = 'a check that found nothing to change';
    else if (otherWork(c)) reason = 'a card labelled as other work than findings';
    // Convention: triage minutes that walk the tracker's queue and set a ticket aside as no bug, "- TRM-2175
    // "Offline map tiles" — this is a feature request, not a bug. Moved to the product backlog.": what the
    // triage calls a feature request right after the ticket's name is other work, not a finding
    else if (c.bodyMd.length > 0 && FEATURE_REQUEST_NOTE.test(c.bodyMd.slice(0, 300).split('\n')[0])) reason = 'a feature request, other work than findings';
    // a plan or summary may list findings it is the only place of ("## Must fix" > "1) **[M1] …** — `spec.yaml` L88"):
    // one that names its id or title, severity or location stands, and merges if described elsewhere
    else if (set.planned && veryStrongish(c)) standalone = true;
    // a gap noted under an unticked item stands whatever its ticked siblings are
    else if (c.gap && !set.negative) standalone = true;
    // Convention: a review's checklist whose unticked boxes carry notes on the gaps ("- [ ] Offline queue survives a
    // restart" over "> 🛑 …"): its ticked boxes, noted with nothing, are checks that passed, not findings
    else if (c.checked === true && !c.gap && members.some((x) => x.gap) && !veryStrong(c)) reason = 'a ticked box of a checklist whose open boxes are its gaps';
    else if (set.negative && !(set.summary && isStrong)) reason = set.negative;
    // ("### 4. Lawfulness …" over "**Observation 4.1 — …**", "**Observation 4.2 — …**": a numbered
    // chapter holding records with ids of their own is their group, not one record)
    // (a record with a tracker id of its own under a numbered chapter, "## 1. Architecture" > "⚑ **PRR-05 · …**",
    // is no part of the chapter's text)
    else if (set.inRecord && !veryStrong(c) && !c.gap && !(isStrong && c.lead.refAtStart && c.lead.refKind === 'issue' && (withRef >= 2 || (set.section.h.refKind === 'numeric' && c.lead.shape === 'bold')))) reason = 'inside an enumerated record, whose text it is';
    else if (set.summary) standalone = true;
    else if (setOk && (isStrong || sameShape(c))) standalone = true;
    else if (setOk) reason = 'not of the shape of its set\u2019s findings';
    else reason = `its set has ${strongs.length} of ${eligible.length} members with finding fields`;
    if (standalone) {
      if (!isStrong) why.push(set.groupSev ? 'group severity' : set.groupFindings ? 'group' : 'set');
      taken.add(c);
      out.push(draftOf(ctx, c, set, kind, setName, true, why, members.length, position));
    } else {
      // not a finding by itself: a mention that may add facts to a finding described elsewhere
      if (titled(c) && (c.lead.refAtStart || c.lead.severity || isStrong) && !nothingToChange(c)) out.push(draftOf(ctx, c, set, kind, setName, false, why, members.length, position));
      if (why.length && reason && ctx.explain.enabled) {
        const d = titled(c) ? draftOf(ctx, c, set, kind, setName, false, why, members.length, position) : null;
        if (d) {
          const sv = d.sevFact ?? d.sevMention ?? d.sevSection;
          d.f.severity = sv?.sev ?? null;
          d.f.severityText = sv?.text ?? null;
          d.f.status = d.statusOwn ?? 'open';
        }
        ctx.explain.reject(kind, c.start, c.end, c.lead.title || plainInline(c.bodyMd.split('\n')[0]).slice(0, 80), reason, why, setName, d?.f ?? null, recordPlace(ctx.explain.lines, set.section, position));
      }
    }
  }
  return taken;
}

/**
 * Convention: a task list's third box for work under way, "- [~] **F11 · P2** …" (the list's legend: "`[~]` in
 * progress"), "- [/] …" (Obsidian Tasks' in-progress box): GFM reads only "[ ]" and "[x]", so the box is read
 * here, an open item whose fix is being made
 */
const PARTIAL_BOX = /^\s*\[[~/]\]\s+/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;

/**
 * Convention: a reviewer's note that checks something and closes "No change needed." ("**Backoff cap applied
 * correctly** … so the delay never exceeds one hour. No change needed."; CodeRabbit's "Additional comments"
 * are written so) confirms the code, it reports nothing. Only a record with no rating and no state of its own.
 */
function nothingToChange(c: Candidate): boolean {
  if (c.lead.severity || c.body.severity || c.lead.status || c.body.status || c.bodyMd.length > 3000 || !/\bno\b/i.test(c.bodyMd)) return false;
  // (a paragraph of the record's text closes so; a remark pasted after it may follow)
  return c.bodyMd.split(/\n[ \t>]*\n/).slice(0, 4).some((p) => NOTHING_TO_CHANGE.test(p.replace(/\s+/g, ' ').trim()));
}

const NOTHING_TO_CHANGE = /(?:^|[.!:;—–-]\s)(?:so\s+)?no (?:further )?(?:changes?|action|fix|code change)s? (?:is |are )?(?:needed|required|necessary)(?: here)?[.!]?$/i;

/**
 * Items read only to look at them (a group's kids, sub-issue ids): kept until the list they are in is read
 * for records, which takes them (and may change them) once; a later look reads the item afresh.
 */
const peekedItems = memoMap<ListItem, Candidate | null>();
function peekItem(text: string, item: ListItem): Candidate | null {
  if (peekedItems.has(item)) return peekedItems.get(item)!;
  const c = itemCandidate(text, item);
  peekedItems.set(item, c);
  return c;
}
function takeItem(text: string, item: ListItem): Candidate | null {
  if (!peekedItems.has(item)) return itemCandidate(text, item);
  const c = peekedItems.get(item)!;
  peekedItems.delete(item);
  return c;
}

function itemCandidate(text: string, item: ListItem): Candidate | null {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return null;
  const lines = paragraphLines(text, first);
  let head = lines[0].replace(LIST_MARKER, '').replace(/^\s*\[[ xX]\]\s+/, '');
  const partial = typeof item.checked !== 'boolean' && PARTIAL_BOX.test(head);
  if (partial) head = head.replace(PARTIAL_BOX, '');
  // ("— **"Odeslat" / "žádost" … transfer**": a bold title wrapped onto the next lines is read whole)
  // (and the rest of its lines, where the record's id and state may close it)
  if ((head.match(/\*\*/g)?.length ?? 0) % 2 === 1) for (let i = 1; i < Math.min(lines.length, 4); i++) head += ' ' + lines[i].trim();
  // ("**Title** —⏎ impact **4** — *open*": a line that ends on a separator goes on with the title's fields)
  // ("**МБ-08 · Title** — Средње,⏎   Прихваћен ризик (…).": the fields after the title, cut after a comma, go on
  // on the next line with the state)
  else if ((/\s[—–·•|]\s*$/.test(head) || (head.endsWith(',') && /\*\*\s+[—–]\s+[^*\n]{1,30},$/.test(head))) && lines.length > 1) head += ' ' + lines[1].trim();
  // ("✋ **Title**⏎   — `billing/calc.go:88`": the next line opens on a separator, so it goes on with the title's
  // fields, written under the title as review summaries do)
  else if (lines.length > 1 && lines[1].length <= 300 && /^\s*[—–·•|]\s+\S/.test(lines[1])) head += ' ' + lines[1].trim();
  let lead = badgeLineLead(head, lines) ?? readLead(head);
  // ("1. **V-257820** · **CAT I** · RHEL 9 must check the GPG signature of software packages originating from\n
  // external software repositories.": a plain title after its markers that wraps runs on to its sentence's end)
  lead = wrappedLead(lead, head, lines, readLead);
  const nested = item.children.filter((c): c is List => c.type === 'list');
  const body = itemBody(text, item, lines.slice(1));
  // "**Title.** Ryzyko: **średnie**. Status: ~~otwarte~~ usunięte.": fields after the title on its line
  // ("**PR-2190** — "Title". Not a defect: …": the same after a title set off by quotes)
  if ((lead.shape === 'bold' || (lead.shape === 'plain' && lead.refAtStart && /^["“]/.test(lead.title))) && head.length > lead.title.length + 20) {
    const at = head.indexOf(lead.title.slice(0, 20));
    const said = body.status;
    readBodyLines([head.slice(at >= 0 ? at + lead.title.length + 2 : 0).replace(/~~[^~\n]+~~/g, ' ')], body);
    // (where the line's tail already said where it stands, "— duplicate of X. Closed.", that stands)
    if (lead.status) body.status = said;
  }
  // "- [ ] Graceful shutdown drains in-flight requests" over "> ⛔ The pod exits on SIGTERM …": an
  // unticked item of a review's checklist with a note on what is missing is a gap the review found
  const note = item.checked === false ? item.children.find((c) => c.type === 'blockquote') : undefined;
  if (note) {
    for (const l of paragraphLines(text, note)) readBodyLines([l.replace(/^\s*>\s?/, '')], body);
    const noteText = src(text, note).slice(0, 2000);
    if (/⛔|🚫|\b(?:launch|release|deploy(?:ment)?|ga) blocker\b|\bblocks? (?:launch|release|ga|deploy)/iu.test(noteText) && lead.blocks === null) lead = { ...lead, blocks: true };
    // Convention: a gap the reviewer waived, its note opening so ("> Waived for GA (both run in the same pod) — see
    // ADR-0142"): the item is left as it is by decision, and the waiver lifts it from the gate
    if (/^[\s>]*(?:\*\*|__|\*|_)?waived\b/i.test(noteText)) {
      body.statuses.field('wont_fix');
      body.status = body.statuses.result();
      if (lead.blocks === null) lead = { ...lead, blocks: false };
    }
  }
  if (partial && !body.statuses.stated()) {
    body.statuses.field('in_progress');
    body.status = body.statuses.result();
  }
  // Convention: a to-do list's item left unticked with its title struck through whole, "- [ ] ~~**F12 · P3**
  // Rename `do_sync2`~~" over "Not doing: …" (the list's legend: "~~struck~~ = not doing"): dropped by decision
  if ((item.checked === false || partial) && head.startsWith('~~') && STRUCK_TITLE.test(head) && !body.statuses.stated()) {
    body.statuses.field('wont_fix');
    body.status = body.statuses.result();
  }
  return {
    lead,
    gap: !!note,
    body,
    start: off(item, 'start'),
    end: off(item, 'end'),
    bodyMd: partial ? src(text, item).replace(LIST_MARKER, '').replace(PARTIAL_BOX, '') : src(text, item).replace(LIST_MARKER, ''),
    checked: typeof item.checked === 'boolean' ? item.checked : partial ? false : null,
    nested,
  };
}

const BADGE_LINE_LEAD_RE = /^(?:\*\*|__|_|\*)?[\p{L} ]{1,30}(?:\*\*|__)?\s*:/u;
/**
 * Convention: an analyzer's issue written as a badge line, then its message on the next line
 * (SonarQube's Markdown reports, sonar-report and similar exports): "- 🛑 **Blocker** · Reliability ·
 * `java:S2095` · **L118**" + "Use try-with-resources …". The first line holds only short badges joined by
 * middle dots (a severity among them, the line as "L118"); the title is the second line. Null otherwise.
 */
function badgeLineLead(head: string, lines: string[]): Lead | null {
  if (lines.length < 2 || !/\s[·•|]\s/.test(head)) return null;
  const parts = plainInline(head).split(/\s[·•|]\s/).map((p) => p.trim());
  if (parts.length < 3 || parts.some((p) => !p || p.length > 40 || p.split(/\s+/).length > 3)) return null;
  const badges = readLead(head);
  if (!badges.severity && !badges.severityText) return null;
  const next = lines[1].trim();
  // (the message: a sentence of words, not a field line or a list item)
  if (LIST_MARKER.test(lines[1]) || BADGE_LINE_LEAD_RE.test(next) || next.split(/\s+/).length < 3) return null;
  const msg = readLead(next);
  if (!msg.title) return null;
  let at: Lead['lines'] = null;
  for (const p of parts) {
    const m = /^L(\d{1,7})(?:\s*[-–]\s*L?(\d{1,7}))?$/.exec(p);
    if (m) at = { start: Number(m[1]), end: Number(m[2] ?? m[1]) };
  }
  const locations = [...badges.locations.filter((l) => l.path.includes('/') || l.startLine != null), ...msg.locations];
  return {
    ...msg,
    // (the message is the title whole, a second sentence too: "Using http protocol is insecure. Use https instead.")
    title: plainInline(next).replace(/\s+/g, ' ').trim(),
    severity: badges.severity ?? msg.severity,
    severityText: badges.severity ? badges.severityText : (badges.severityText ?? msg.severityText),
    status: badges.status ?? msg.status,
    locations,
    marked: true,
    lines: at ?? msg.lines,
  };
}

/**
 * "1. **V-257820** · **CAT I** · RHEL 9 must check the GPG signature of software packages originating from\n
 * external software repositories.": a plain title after its markers, on a line wrapped at a writer's width
 * (80 characters or more), runs on to the end of its sentence on the lines after it — one sentence, read
 * again by `read` over the joined lines. Returns the lead as it was otherwise.
 */
function wrappedLead(lead: Lead, head: string, lines: string[], read: (md: string) => Lead | null): Lead {
  // ("- The staging environment uses a copy … by a script that⏎  nobody has reviewed since.": a plain
  // sentence alone in its item runs on to its end too)
  // (the cheap tests first: most items are no plain wrapped line)
  if (lead.shape !== 'plain' || lines.length < 2 || lines[0].length < 80) return lead;
  const oneSentence = !lead.marked && lines.length <= 3 && !/[.!?]\s/.test(plainInline(lines.join(' ')).trim());
  if (!(lead.marked || oneSentence) || /[.!?:;,~*_`]$/.test(head.trimEnd()) || lead.title.includes(';') || !plainInline(head).trimEnd().endsWith(lead.title)) return lead;
  let joined = head;
  for (let i = 1; i < Math.min(lines.length, 3); i++) {
    if (LIST_MARKER.test(lines[i]) || !lines[i].trim()) break;
    joined += ' ' + lines[i].trim();
    if (/[.!?]$/.test(lines[i].trim())) break;
  }
  // ("… leaves a ghost entry in the Scheduled view⏎  (S3). *Fixed in rc.4, awaiting retest.*": the sentence closes
  // with its rating, then the state in emphasis ends the line)
  const again = /[.!?][*_]{0,2}$/.test(joined) ? read(joined) : null;
  // Convention: a plain remark and its comment after a dash, wrapped, "- The changelog says X — but the job now
  // runs⏎  hourly; worth a note.": read whole, the comment after the dash runs past the line, so the title ends at
  // the dash (as it does when the comment fits on one line and is long, lead.ts)
  if (again && again.title.length >= 8 && again.title.length < lead.title.length && lead.title.startsWith(again.title) && /^\s*[—–]\s/.test(lead.title.slice(again.title.length))) return again;
  // (a sentence whose wrapped part holds a semicolon is not run on, though its title now ends at the semicolon)
  return again && again.title.startsWith(lead.title) && again.title.length <= 240 && !/[;]|[.!?]\s/.test(again.title) && !joined.includes(';', head.length) ? again : lead;
}

/** A list and, where its items are not findings, the lists nested in them. */
export function listRecords(ctx: RecordContext, list: List, s: Section, out: Draft[], label: string | null, inherited?: SetContext): void {
  if (ctx.skip.has(list)) return;
  const own = inherited ?? sectionContext(s);
  const set = label ? labelContext(own, label) : own;
  const all: Candidate[] = [];
  list.children.slice(0, 5000).forEach((item, i) => {
    const c = takeItem(ctx.text, item);
    if (!c) return;
    // "1. [ ] P0 — …" referred to as "#1" elsewhere: an ordered item's number is its id when it has none
    if (list.ordered && !c.lead.ref) c.lead = { ...c.lead, ref: String((list.start ?? 1) + i), refKind: 'numeric' };
    all.push(c);
  });
  // "- **Authentication**" over "- [ ] Title (High) — file" items: an item that states nothing on its
  // own line and holds a list of records is a label of that list, not a record of this one
  const labels = new Set(all.filter((c) => groupItem(ctx.text, c, set)));
  const members = all.filter((c) => !labels.has(c));
  const startLine = ctx.explain.lines.lineOf(off(list, 'start'));
  // "- `P0` — release blocker, …", "- `P1` — should be fixed in 2.3", "- `P2` — next sprint is fine": one
  // item per severity, each saying what it means, is the report's scale, not findings
  // ("- each bug its own message …", "- status as a reply …", "- 🔴 **P1** — stops the rollout", "- 🟠 **P2** — …": the
  // scale after the house rules it belongs to, in one list; half the items or more rate, together, none names a
  // place or an id)
  const rated = members.filter((c) => c.lead.severity);
  const plain = (c: Candidate) => !c.lead.ref && !c.lead.lines && !c.lead.locations.length && !c.body.locations.length;
  const together = rated.length > 0 && members.indexOf(rated[rated.length - 1]) - members.indexOf(rated[0]) === rated.length - 1;
  const scale = rated.length >= 3 && rated.length * 2 >= members.length && together && !set.groupPath && members.every(plain) && new Set(rated.map((c) => c.lead.severityText?.toLowerCase())).size === rated.length;
  if (scale) {
    for (const c of members) ctx.explain.reject('item', c.start, c.end, c.lead.title, 'an entry of the report\u2019s severity scale', ['severity']);
    return;
  }
  // "- `risk` is probability × damage …", "- `status`: `open`, `fixed` …", "- `blocks_cutover: yes` means …": items
  // that each open with the name of a field in code explain the fields of the report's records, not findings
  const fieldNamed = (c: Candidate) => {
    const m = /^\s*`([^`\n]{1,40})`/.exec(c.bodyMd);
    return !!m && !!factKind(yamlKey(m[1].split(':')[0]));
  };
  if (members.length >= 2 && members.filter(fieldNamed).length * 3 >= members.length * 2) {
    for (const c of members) ctx.explain.reject('item', c.start, c.end, c.lead.title, 'an entry explaining a field of the report\u2019s records', evidence(c));
    return;
  }
  const taken = members.length ? decideSet(ctx, members, set, 'item', `list at line ${startLine} (${members.length} items)`, out) : new Set<Candidate>();
  for (const c of all) {
    // "- [ ] ENG-1408 …" with "- [x] ENG-1409 …" nested: sub-issues with ids of the same shape are records too
    if (taken.has(c)) {
      const prefix = c.lead.ref && c.lead.refKind === 'issue' ? c.lead.ref.replace(/\d+$/, '') : null;
      for (const n of c.nested) {
        const kids = n.children.map((it) => peekItem(ctx.text, it));
        if (prefix && kids.length && kids.every((k) => k?.lead.ref?.replace(/\d+$/, '') === prefix)) listRecords(ctx, n, s, out, null, set);
      }
      continue;
    }
    for (const n of c.nested) {
      // "- **Authentication**" > "- [ ] Title (High) — file": the outer item names the group
      const label = c.lead.title.replace(/:$/, '').trim();
      const sev = label && label.length <= 60 ? factSeverity(label) : null;
      const path = fileLabel(c);
      const child: SetContext = {
        groupPath: path ?? set.groupPath,
        section: s,
        groupFindings: set.groupFindings || (!!label && FINDING_NOUN.test(label)),
        groupSev: sev ? { sev, text: label } : set.groupSev,
        category: label && label.length <= 80 && !sev && !path ? label : set.category,
        negative: set.negative ?? (label && NON_FINDING_GROUP.test(label) ? `under "${label}"` : null),
        inRecord: set.inRecord,
        summary: set.summary,
        groupStatus: set.groupStatus,
      };
      listRecords(ctx, n, s, out, null, child);
    }
  }
}

/** "- `terraform/envs/prod/rds.tf`": an item that only names a file. */
function fileLabel(c: Candidate): string | null {
  const l = c.lead;
  if (l.locations.length !== 1 || !l.locations[0].path) return null;
  const rest = plainInline(c.bodyMd.split('\n')[0]).replace(/`[^`]*`/g, ' ').replace(l.locations[0].path, ' ').replace(/[\s:✓✔-]+/g, '');
  return rest.length <= 3 ? l.locations[0].path : null;
}

/** An item whose own line is only a title and whose nested lists hold records. */
function groupItem(text: string, c: Candidate, set: SetContext): boolean {
  const l = c.lead;
  // "- **S1 — Blocker**" over "- **DN-1 — Title**" items: an own line that is only a severity label (each part a
  // word of the scale) names the group its nested records are rated by, not a record
  if (l.severity && !sevLabel(c)) return false;
  if (!c.nested.length || l.refAtStart || l.status || (l.locations.length && !fileLabel(c)) || c.checked !== null) return false;
  const kids = c.nested.flatMap((n) => n.children.map((it) => peekItem(text, it)).filter((x): x is Candidate => !!x));
  const strongKids = kids.filter((k) => strong(k, set)).length;
  return kids.length > 0 && strongKids * 2 >= kids.length;
}

const FIELD_LIST_RE = /^\s*(?:[-*+]\s+)?(?:\*\*|__|\*(?!\*)|_(?!_))?\p{Lu}[\p{L}\p{M}\p{N}_ /()-]{0,30}(?:\*\*|__|\*|_)?\s*:(?:\*\*|__|\*|_)?(?:\s|$)/u;
const FIELD_LIST_RE2 = /^\s*\p{Extended_Pictographic}\uFE0F?\s+\S/u;
const FIELD_LIST_RE3 = /^\s*\p{Extended_Pictographic}/u;

/** "- **S1 — Blocker**", "- P2 (Medium):": an item whose own line is a severity label alone, every part a scale word. */
function sevLabel(c: Candidate): boolean {
  const line = plainInline(c.bodyMd.split('\n')[0]).replace(EMOJI_RE, ' ').trim().replace(/:$/, '');
  if (!line || line.length > 40 || c.lead.ref || c.lead.locations.length) return false;
  const parts = line.split(/\s*[—–:()/|·-]\s*|\s+-\s+/).map((w) => w.trim()).filter(Boolean);
  return parts.length > 0 && parts.length <= 3 && parts.every((w) => !!labelSeverity(w));
}

/** A list of "Key: value" fields ("* Severity: S1", "* Steps: …", "* Status: Open"): a record's body. */
function fieldList(text: string, list: List): boolean {
  const items = list.children.slice(0, 40);
  let factual = false;
  const fields = items.filter((it) => {
    const p = it.children[0];
    if (p?.type !== 'paragraph') return false;
    const line = src(text, p).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
    // (a key in any script with capitals: "Severity:", "Σοβαρότητα:", "Mức độ:"; in italics too, as audit reports
    // set them: "*Reikalavimas:* A.5.18", "_Status:_ open")
    if (FIELD_LIST_RE.test(line)) return true;
    // "- 📍 `internal/ledger/post.go:142`", "- 💥 …", "- 🏷️ Status: open": fields keyed by a mark
    if (!FIELD_LIST_RE2.test(line)) return false;
    if (factsFromLine(line.split('\n')[0]).some((f) => f.kind === 'location' || f.kind === 'status' || f.kind === 'severity')) factual = true;
    return true;
  }).length;
  const marked = items.filter((it) => it.children[0]?.type === 'paragraph' && FIELD_LIST_RE3.test(src(text, it.children[0]).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))).length;
  return items.length > 0 && fields * 2 > items.length && fields >= 2 && (marked * 2 <= items.length || factual);
}

/**
 * A paragraph that labels the list after it ("❌ **CRITICAL BUGS FOUND**", "**Issues Found:**",
 * "Low priority:"): one short line, all bold or ending in a colon. Returns its plain text.
 */
/** a directory named without a line ("`bronze/`", "`src/legacy/`"): a folder, no file */
const dirOnly = (l: Location) => l.path.endsWith('/') && l.startLine == null;

export function listLabel(text: string, para: RootContent | null): string | null {
  if (!para || para.type !== 'paragraph') return null;
  const raw = src(text, para).trim();
  if (raw.includes('\n') || raw.length > 200) return null;
  const plain = plainInline(raw).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  const bare = raw.replace(EMOJI_RE, '').trim();
  if (/^(?:\*\*|__)[^*_]+(?:\*\*|__):?$/.test(bare) || /:$/.test(plain)) return plain.replace(/:$/, '').trim();
  return null;
}

const LEAD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const COUNT_LEAD = /(?<![\p{L}\p{N}.,-])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:more|further|other|additional|remaining|new)\s+)?([\p{L}][\p{L}\p{N}]*(?:-\d)?)(?:[\s-](?:severity|priority|risk))?\s+(?:issues|findings|defects|bugs|problems|vulnerabilities|observations|weaknesses|items|tickets)\b/giu;

/**
 * Convention: a sentence over a list that counts its items by one level of the report's scale, "Two P3 issues
 * were raised during the cycle. Neither blocks release." over two items, "Three low-severity findings remain
 * open." over three: every item is of that level. Only where the count is the list's length and the sentence
 * counts no other level; the context for the list, or undefined.
 */
export function countedLeadContext(text: string, para: RootContent | null, list: List, s: Section): SetContext | undefined {
  if (!para || para.type !== 'paragraph' || !/\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve/i.test(src(text, para))) return undefined;
  const md = src(text, para);
  if (md.length > 400) return undefined;
  const plain = plainInline(md).replace(/\s+/g, ' ');
  let found: { sev: Severity; text: string; n: number } | null = null;
  for (const m of allMatches(plain, COUNT_LEAD)) {
    const sev = schemeSeverity(s, m[2]) ?? severityFromValue(m[2]);
    if (!sev) continue;
    if (found) return undefined;
    found = { sev, text: m[2], n: LEAD_NUMBERS[m[1].toLowerCase()] ?? Number(m[1]) };
  }
  if (!found || found.n !== list.children.length) return undefined;
  return { ...sectionContext(s), groupSev: { sev: found.sev, text: found.text } };
}

/** The set context a label above a list adds to its section's. */
function labelContext(set: SetContext, label: string): SetContext {
  // ("All three are open (Risk 1 each):": one level of the report's numbered scale for every item below)
  const each = /\((?:all |each )?(?:rated )?(?:risk|level|severity|rating|priority) ?([0-9])(?: each| apiece)?\)/i.exec(label);
  const sev = label.length <= 80 ? (factSeverity(label) ?? headingGroupSeverityOf(label) ?? (each ? schemeSeverity(set.section, each[1]) : null)) : null;
  const nouns = FINDING_NOUN.test(label);
  return {
    ...set,
    groupFindings: set.groupFindings || nouns,
    groupSev: sev ? { sev, text: (SEV_WORD.exec(label) ?? [label])[0] } : set.groupSev,
    // "**Controller**" over a list: the area its findings belong to
    // (a remark of two clauses over the list, "Agreed as **not blocking**; support macros prepared:", says what was
    // decided about the items, not what group they form: the section's heading stays their category)
    category: !sev && !nouns && label.length <= 60 && !NON_FINDING_GROUP.test(label) && !/\S[;.]\s+\S/.test(label) ? label : set.category,
    negative: set.negative ?? (NON_FINDING_GROUP.test(label) || remedyGroup(label) ? `under "${label}"` : null),
    // Convention: a follow-up section split by lists labelled for the launch, "**Before GA (gate):**" over one list and
    // "**After GA (tracked, non-blocking):**" over another: each list's label says whether its items block, over
    // the section's heading ("Follow-up checklist", which alone would say none does)
    labelBlocks: label.length <= 80 ? groupBlocks(label) : null,
  };
}

function headingGroupSeverityOf(label: string): Severity | null {
  const m = /\b(critical|high|medium|low|minor|major|blocker|trivial)(?:[\s-]+(?:priority|severity|risk))?\b/i.exec(label);
  return m && /^(?:\W*\w+){0,6}\W*$/.test(label) ? factSeverity(m[1]) : null;
}

const MAY_LEAD_RE = /^(?:\*\*|__|~~|!?\[|`\d|\p{Extended_Pictographic}|[\u2690\u2691])/u;
/** A paragraph line that opens a record: a title written as a lead, not a sentence of prose. */
/**
 * Whether a paragraph line could open a record at all: bold, a link or a badge first, an emoji, or
 * a first word that is a marker ("HIGH:", "CVE-…", "P0"). Most prose lines are none of these and
 * are not read further (the lead reader is the extractor's most frequent call).
 */
function mayLead(lineMd: string): boolean {
  const t = lineMd.trimStart();
  if (MAY_LEAD_RE.test(t)) return true;
  const first = /^[^\s]+/.exec(t)?.[0] ?? '';
  return isMarkerWord(first.replace(/[*_]+/g, ''));
}

const LEGEND_LINE_RE = /^\W*?(?:\*\*|__)?([\p{L}\p{N}][\p{L}\p{N} -]{0,20}?)(?:\*\*|__)?\s*(?:—|–|=|:|->|→)\s*\S/u;
/**
 * "**blocker** — stops release 4.12 · **major** — wrong money …": entries of a severity legend on one
 * line, each a severity word and what it means; no record.
 */
function legendLine(lineMd: string): boolean {
  // ("🔴 must fix (blocker) · 🟠 should fix · 🟡 nit · 💬 question": a review's key of its marks, each with its name)
  if (markNameLegend(lineMd)) return true;
  const parts = lineMd.split(/\s+[·•;|]\s*|\s*[·•;|]\s*$/).filter((p) => p.trim());
  if (parts.length < 2) return false;
  return parts.every((p) => {
    const m = LEGEND_LINE_RE.exec(p);
    return !!m && !!factSeverity(m[1]);
  });
}

/** "R1. *A risk statement, one sentence in italics.*": an id, then a line that is wholly one emphasised span */
const EMPHASISED_STATEMENT = /^\s*[A-Z][A-Z0-9]{0,7}-?\d{1,4}[.):]?\s+(?:\*(?:[^*`\n]|`[^`\n]*`){8,}\*|_(?:[^_`\n]|`[^`\n]*`){8,}_)\s*$/;

/** a line that stops on a word no sentence ends with: the next line goes on with its sentence */
const LOWER_FIRST = /^\p{Ll}/u;
const WRAPPED_MID_SENTENCE = /(?:^|\s)(?:after|before|until|once|with|without|by|of|to|from|in|on|at|for|and|or|but|the|a|an|see|than|via|per|as|like|including)\s*$/i;

/** a line that closes on a field's name, its value wrapped onto the next line: "SEV-3, status" */
const FIELD_NAME_AT_END = /[,;·]\s*(?:status|state|severity|priority|owner)\s*:?\s*$/i;
/** "… modifiée. *Statut :" (French sets a space before the colon): a state's key after a sentence, closing the line */
const STATUS_KEY_AT_END = /(?:^|[.!?)]\s+)(?:\*\*|__|\*|_)?(?:status|state|statut)\s*:\s*$/i;

const PARAGRAPH_LEAD_RE = /^\p{Extended_Pictographic}/u;
const PARAGRAPH_LEAD_RE2 = /^((?:\[[^\]\s]{1,30}\]|[\p{L}\d][\w.-]{0,30})(?:\s+(?:\[[^\]\s]{1,30}\]|[\p{L}\d][\w.-]{0,30})){1,2})\s*(?:[—–:|]|\s-\s)/u;
/** "Critical. ", "High — ", "Low: ": a rating word before the id that opens a paragraph */
const RATING_BEFORE_ID = /^(\p{L}{3,20})\s*(?:[.:]|\s[—–-])\s+/u;
/** "HIGH:", "[P1] —", "Finding 3:": the marker that opens a plain lead line, then its separator */
// Convention: a test-management export (TestRail, Xray, Zephyr) lists its failed cases as records, the case id
// in bold, then a middle dot or a dash and the case's title, its fields as a list under it ("**C1042** · Refund
// keeps the voucher code", "**TC-88** — …"): the middle dot separates id and title as a dash does, where the
// id is the record's own (not a rating, "P1 · Open · @lea", a line of badge values) and one title follows it
const PARAGRAPH_OPENER = /^(\[[^\]]{1,30}\]|[A-Za-z][\w.-]{0,30}(?:\s\d+)?)\s*(?:[—–:|]|\s-\s)/;
const CODE_NAME_BADGES = new RegExp(String.raw`${CODE_AND_NAME_HEAD}\s+[·•|]\s`, 'iu');
const CASE_ID_DOT = /^([A-Za-z][\w.-]{0,30})\s+·\s+(?=\S)(?!.*\s·\s)/;
const PARAGRAPH_LEAD_RE3 = /^(?:\*\*|__)[^*_]+(?:\*\*|__)\s*\p{Ll}/u;
/**
 * Convention: an incident bot's notice in a chat thread, "✅ INC-0412 resolved after 3h45m", "🟢 INC-88 mitigated in
 * 40 min": the incident's state and how long it took, said of the incident the thread is about, no finding
 */
// ("🚨 INC-0933 declared — **Sev-2** — …": the state alone, the incident's name and level after it)
const STATE_AND_DURATION = /^(?:resolved|mitigated|closed|fixed|recovered|restored|declared|acknowledged|ack'?d)(?:\.?$|\s+(?:after|in|within)\s+(?:~\s*)?\d+(?:[.,]\d+)?\s*(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|d|days?)(?:\s*\d+\s*(?:m|mins?|minutes?|s|secs?|seconds?))?\.?$)/i;
function paragraphLead(lineMd: string, first: boolean): Lead | null {
  if (!mayLead(lineMd) || legendLine(lineMd)) return null;
  // ("🔴 **Critical** · `src/a.js:23` · confidence: high": a line of fields alone has no title, see keylessFields)
  if (keylessFields(lineMd)?.only) return null;
  const lead = readLead(lineMd);
  if (!lead.title || lead.label) return null;
  if (STATE_AND_DURATION.test(lead.title)) return null;
  // ("**Legend** — 🔴 must fix …", "**Scope:** …": a bold label of the report's own parts opens no record)
  if (lead.shape === 'bold' && !lead.ref && isGenericTitle(lead.title)) return null;
  // ("**Result: 12 issues.** 🔴 3 crash · 🟠 4 major", "**Total: 9 findings**": such a label with the count it
  // states is the report's tally, not a finding)
  const tally = lead.shape === 'bold' && !lead.ref ? /^([^:]{2,30}):\s+(\S.*)$/.exec(lead.title) : null;
  if (tally && isGenericTitle(tally[1]) && COUNT_TITLE.test(tally[2])) return null;
  // ("**`atlantis apply` is blocked until R1 is resolved.**": a statement about shipping that names a finding)
  if (lead.shape === 'bold' && !lead.ref && /\b[A-Z][A-Z0-9]{0,9}-?\d{1,5}\b/.test(lead.title) && blocksStatement(lead.title) !== null) return null;
  if (lead.shape === 'bold') return first ? lead : lead.marked ? lead : null;
  if (lead.shape === 'link') return lead.marked ? lead : null;
  // plain: only when markers open the line and a separator or location follows them
  const plain = plainInline(lineMd).trim();
  if (!lead.marked) return null;
  // ("P1 – Critical · Open · @mika": a priority code and its level's name open a line of badge values, no title)
  if (CODE_NAME_BADGES.test(plain)) return null;
  if (PARAGRAPH_LEAD_RE.test(plain)) return lead;
  // Convention (ATAM outputs, risk registers written after them): each risk is its id and one emphasised
  // statement, the rest of the paragraph its rationale: "R1. *Replaying the stream … double-counts time.*"
  // (the statement is the title, without its emphasis or its full stop)
  // Convention: a bold that holds the record's id and its rating opens the paragraph, the title after it
  // ("**SEC-2 (Critical):** Admin API reachable …", "**F-12 [High]** Session cookie …", "**BUG-4 · Medium** —
  // Retry storm …", lead.ts boldIdRating); not where a sentence goes on after it ("**SEC-1 (High)** and …")
  if (lead.idRated && lead.refAtStart && !PARAGRAPH_LEAD_RE3.test(lineMd.trimStart())) return lead;
  if (lead.refAtStart && EMPHASISED_STATEMENT.test(lineMd)) return { ...lead, title: lead.title.replace(/^([*_])(.+)\1$/, '$2').replace(/(?<!\.)\.$/, '').trim() };
  // Convention: memos that number their findings as paragraphs, "Finding 3: Title. …", "Issue 2 — …", "Observation
  // 4 – …", often after the finding's rating, "**Critical.** Finding 1: Title. …", "**High** — Issue 4: …": the
  // rating (a severity word and a full stop, colon or dash) goes before the numbered noun, which opens the line
  const afterRating = lead.refAtStart && lead.severity ? RATING_BEFORE_ID.exec(plain) : null;
  const rest = afterRating && severityFromValue(afterRating[1]) ? plain.slice(afterRating[0].length) : plain;
  const opener = PARAGRAPH_OPENER.exec(rest);
  if (opener && readLead(`${opener[1]} - x`).marked) return lead;
  const dot = lead.ref && !lead.severity && !lead.status ? CASE_ID_DOT.exec(rest) : null;
  if (dot && dot[1] === lead.ref && /^(?:\*\*|__)/.test(lineMd.trimStart())) return lead;
  // Convention: an id and its label side by side before the dash, as KNOWN_ISSUES files and bug logs write
  // them ("**KI-3** `P0` — Journal replay …", "BUG-12 High — …"): every word before the separator a marker
  const run = lead.refAtStart ? PARAGRAPH_LEAD_RE2.exec(plain.replace(/`/g, '')) : null;
  if (run && run[1].split(/\s+/).every((w) => isMarkerWord(w))) return lead;
  return null;
}

interface Note {
  severity: Severity | null;
  severityText: string | null;
  lines: { start: number; end: number } | null;
  ref?: string | null;
  status?: Status | null;
  /** the file (and lines) a location line names */
  locations?: Location[];
}

function mergeNote(a: Note | null, b: Note): Note {
  return { severity: a?.severity ?? b.severity, severityText: a?.severity ? a.severityText : b.severityText, lines: a?.lines ?? b.lines, ref: a?.ref ?? b.ref ?? null, status: a?.status ?? b.status ?? null, locations: a?.locations?.length ? a.locations : b.locations };
}

/**
 * Convention: a severity shown only as a badge image on a line of its own, next to the title it rates, as
 * review bots and exported PR reviews write them ("![critical](https://…/critical.svg)", "![high](…/high-priority.svg)",
 * "![](img/medium.png)"): the image's alt text or file name (read by plainInline as "[critical]") is the label; a
 * second badge may give the state ("![medium](…) ![fixed](…)").
 */
function badgeNote(lineMd: string): Note | null {
  if (!/^\s*!\[/.test(lineMd) || lineMd.length > 600) return null;
  const plain = plainInline(lineMd).trim();
  if (!/^(?:\[[^[\]\n]{1,30}\]\s*){1,3}$/.test(plain)) return null;
  let severity: Severity | null = null;
  let severityText: string | null = null;
  let status: Status | null = null;
  for (const m of allMatches(plain, /\[([^[\]\n]+)\]/g)) {
    const sev = factSeverity(m[1]);
    const st = sev ? null : statusFromText(m[1]);
    if (sev && !severity) {
      severity = sev;
      severityText = m[1];
    } else if (st && !status) status = st;
    else if (!sev && !st) return null;
  }
  return severity || status ? { severity, severityText, lines: null, status } : null;
}

/** "Outdated", "Unresolved": the tags a code host puts on a review thread beside its file */
const THREAD_TAG = /^(?:outdated|unresolved|resolved|pending|suggested change)$/i;
/** "`src/refunds/service.ts`, line 58", "api/users.go L40-52", "`db/schema.sql:9`": a file, then its line or lines */
const FILE_AT = /^`?((?:[\w.@~-]+\/)*[\w.@~-]+\.[A-Za-z]\w{0,7}|(?:[\w.@~-]+\/)+[\w.@~-]+)(?::\d{1,6}(?:\s?[-–]\s?\d{1,6})?)?`?(?:,?\s+(?:lines?|L)\s?\d{1,6}(?:\s?(?:[-–]|to)\s?L?\d{1,6})?)?[,:]?$/;

/**
 * Convention: a code host's pasted review names each inline comment's author and place on the line over it,
 * "**Priya Raman** commented on `pipeline/loaders/warehouse.py` line 142" (Bitbucket), "@ana commented on
 * `src/a.ts` line 12", "**lena** started a thread on `api/users.go` L40": the words before the file say who
 * wrote the comment; the file and its line are the place, as a bare anchor line's are
 */
const COMMENTED_ON = /^\s*@?[\p{L}][\p{L}\d._' -]{0,40}\s+(?:commented|left a comment|started a (?:thread|discussion)|added a comment)\s+on\s+(?=\S)/u;
/**
 * Convention: a finding's file written on a line of its own right before (or right after) its title, as PR
 * review exports and review bots write each comment's anchor: "**`src/refunds/service.ts`**, line 58 ·
 * _Outdated_ · ✅ Resolved by @ana" over "**Refund amount is not checked …**": the line is the finding's place
 * (and the thread's state), not a finding of its own. Only a file and its lines, then tags of the thread.
 */
function locationLine(lineMd: string): Note | null {
  if (lineMd.length > 300 || !/[./]/.test(lineMd)) return null;
  const parts = plainInline(lineMd).replace(COMMENTED_ON, '').split(/\s+[·•|]\s+/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length || !FILE_AT.test(parts[0])) return null;
  const locations = parseLocations(parts[0], true).filter((l) => l.path && (l.path.includes('/') || /\.\w/.test(l.path)));
  if (locations.length !== 1) return null;
  let status: Status | null = null;
  for (const p of parts.slice(1)) {
    const tag = p.replace(EMOJI_RE, ' ').trim();
    if (tag.length > 60) return null;
    const st = statusFromText(tag);
    if (st) status ??= st;
    else if (!THREAD_TAG.test(tag)) return null;
  }
  return { severity: null, severityText: null, lines: null, status, locations };
}

const TAG_LINE_RE = /^\s*(?:#[\p{L}\p{N}_-]+\s*){2,8}$/u;
const TAG_LINE_RE2 = /^(?:#[A-Za-z][\w-]*|\p{Extended_Pictographic}\uFE0F?)\s+(?=\S)/u;
const TAG_LINE_RE3 = /^#[A-Za-z][\w-]*$|^\p{Extended_Pictographic}\uFE0F?$/u;
/**
 * "#BUG **blocker** · SHOP-4471 · new" over "**Title**": a line of tags over a bold title line, as
 * session sheets and bug notes write them: each part a severity, a tracker id, a status or a tag
 * ("#BUG", "🐞"), a severity or an id among them. The title line under it makes it the record's head.
 */
function tagLine(lineMd: string): Note | null {
  if (lineMd.length > 200) return null;
  // ("#баг #P1 #касса" over "**Title**": a chat message's hashtags, in any script, one of them its priority)
  const hashes = TAG_LINE_RE.test(lineMd) ? lineMd.trim().split(/\s+/).map((h) => h.slice(1)) : null;
  if (hashes) {
    const rated = hashes.find((h) => h.length <= 12 && factSeverity(h));
    return rated ? { severity: factSeverity(rated), severityText: rated, lines: null, ref: null, status: null } : null;
  }
  const parts = plainInline(lineMd).split(/\s+[·•|]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let severity: Severity | null = null;
  let severityText: string | null = null;
  let ref: string | null = null;
  let status: Status | null = null;
  for (const raw of parts) {
    // (a tag before the first value: "#BUG blocker", "🐞 major")
    const p = raw.replace(TAG_LINE_RE2, '');
    if (TAG_LINE_RE3.test(p)) continue;
    const sev = p.split(/\s+/).length <= 2 ? factSeverity(p) : null;
    if (sev && !severity) {
      severity = sev;
      severityText = p;
      continue;
    }
    if (!ref && /^[A-Z][A-Z0-9]{0,9}-\d{1,6}$/.test(p)) {
      ref = p;
      continue;
    }
    const st = p.length <= 60 ? statusFromText(p) : null;
    if (st && !status) {
      status = st;
      continue;
    }
    return null;
  }
  if (!severity && !ref) return null;
  return { severity, severityText, lines: null, ref, status };
}

/** Labels review bots put before a comment's title, each an emoji-led phrase or a severity. */
const NOTE_LABEL = /^(?:\p{Extended_Pictographic}|\u{FE0F})+\s*[\p{L} -]{2,30}$|^(?:critical|high|major|medium|moderate|minor|low|trivial|info|nitpick|nit|suggestion|refactor suggestion|potential issue|bug|security)$/iu;

const ANNOTATION_RE = /^\P{L}+/u;
const ANNOTATION_RE2 = /^\P{L}*nit(?:pick)?$/iu;
/** A line that only annotates the record after it: severity labels, "Comment on lines +64 to +71", "`112-127`:". */
function annotation(lineMd: string): Note | null {
  const plain = plainInline(lineMd).trim();
  const on = /^comment on lines?\s+\+?(\d+)(?:\s+to\s+\+?(\d+))?$/i.exec(plain);
  if (on) return { severity: null, severityText: null, lines: { start: Number(on[1]), end: Number(on[2] ?? on[1]) } };
  const range = /^`(\d+)(?:-(\d+))?`\s*:\s*(.*)$/.exec(lineMd.trim());
  const labelsMd = range ? range[3] : lineMd;
  if (!range && !/^\s*[_*]/.test(lineMd)) return null;
  const labels = plainInline(labelsMd)
    .split(/\s*[|·]\s*/)
    .map((x) => x.replace(/^[_*\s]+|[_*\s]+$/g, ''))
    .filter(Boolean);
  if (!labels.length && !range) return null;
  if (!labels.every((l) => NOTE_LABEL.test(l))) return null;
  let severity: Severity | null = null;
  let severityText: string | null = null;
  for (const l of labels) {
    // ("_🧹 Nitpick_": the bot's label for a nit, the lowest rank)
    const sev = factSeverity(l.replace(ANNOTATION_RE, '')) ?? factSeverity(l) ?? (ANNOTATION_RE2.test(l) ? 'info' : null);
    if (sev && !severity) {
      severity = sev;
      severityText = l;
    }
  }
  return { severity, severityText, lines: range ? { start: Number(range[1]), end: Number(range[2] ?? range[1]) } : null };
}

/**
 * "**PH-1 — Any partner can read …**" alone on a paragraph's first line, its fields or text below: a title
 * of its own (it names the finding when a summary table row names it too), not a sentence's opening.
 */
// ("⚑ **PRR-05 · …**": a mark may flag it)
/** "▲▲▲ Urgent. …", "High. …", "🔴 Critical. …": a line that opens with a rating and a full stop */
const RATING_OPENS = /^\s*((?:\p{So}|\p{Extended_Pictographic}|\uFE0F){1,5}\s+)?(\p{L}{3,20})\.(?=\s|$)/u;
/**
 * Convention: inspection software's tag line under each numbered item's bold title, "**1.1 Roof Coverings — Lifted
 * Shingles**" over "🟠 REPAIR", "🔴 SAFETY HAZARD", "Maintenance Item" (Spectora, InterNACHI and other home, property
 * and site inspection reports): a line that is only a rating, a colour mark before it, is the title's rating, no record
 */
const RATING_TAG_LINE = /^\s*((?:\p{So}|\p{Extended_Pictographic}|\uFE0F){1,5}\s+)?(\p{L}[\p{L}'’-]{1,20}(?: \p{L}[\p{L}'’-]{1,20}){0,2})\s*$/u;
/**
 * Convention: a run-in head, the id and the title in bold that opens the paragraph of the finding's text, "**BE-01 –
 * Clean Desk am Empfang nicht eingehalten.** Bei der Begehung …" (as audit reports set their observations): the bold
 * run is a title of its own, not the id alone before an opening sentence ("**DEF-103** — The PDF service cached …")
 */
function runInBoldTitle(line: string, lead: Lead): boolean {
  if (lead.shape !== 'bold' || !lead.refAtStart || lead.title.length < 8) return false;
  const bold = RUN_IN_BOLD.exec(line);
  return !!bold && bold[1].includes(lead.title.replace(/[.:]$/, '').slice(0, 40));
}
const RUN_IN_BOLD = /^\s*(?:\*\*|__)((?:(?!\*\*|__).){8,300})(?:\*\*|__)\s*\S/u;
const WHOLE_BOLD_LINE = /^\s*(?:(?:\p{Extended_Pictographic}|[\u2690\u2691])\uFE0F?\s*)?(?:\*\*|__)(?:(?!\*\*|__).){8,}(?:\*\*|__)\s*$/u;

/**
 * A quote that holds records: its first paragraph opens with one ("> **HLX-5560 — …**"), or, in a mail
 * thread answered inline, a quote inside it does ("> > **F1 — …**" under "> On Fri, … wrote:").
 */
function quotedRecords(text: string, q: RootContent, depth: number): boolean {
  if (q.type !== 'blockquote') return false;
  const first = q.children[0];
  if (first?.type === 'paragraph' && paragraphLead(src(text, first).split('\n')[0], true)?.refAtStart) return true;
  // (a quoted message opens with its greeting; its records follow)
  if (q.children.slice(1, 12).some((c) => c.type === 'paragraph' && /^\s*(?:\*\*|__)/.test(src(text, c)) && paragraphLead(src(text, c).split('\n')[0], true)?.refAtStart)) return true;
  // Convention: a sign-off quoted in the report that names its open item in bold on a line of its own, "> O. Brennan:
  // Signed off. One open item, tracked as⏎> **SEC-118 — Audit log omits actor …** (Medium). It does not block …":
  // the bold id and title open a record, as they would outside the quote
  if (q.children.slice(0, 12).some((c) => c.type === 'paragraph' && src(text, c).includes('\n') && src(text, c).split('\n').slice(1, 20).some((l) => /^[\s>]*(?:\*\*|__)/.test(l) && paragraphLead(l.replace(/^[\s>]+/, ''), false)?.refAtStart))) return true;
  if (depth >= 2) return false;
  return q.children.slice(0, 60).some((c) => c.type === 'blockquote' && quotedRecords(text, c, depth + 1));
}

/** "Legend: 🔴 …", "**Key:** …": the label that opens a legend of marks (report-facts.ts reads its entries) */
const WRAPPED_LEGEND = /^[\s>]*(?:\*\*|__)?(?:legend|key|l[ée]gende|leyenda|legenda)(?:\*\*|__)?\s*:/i;

/**
 * Convention: a severity legend written as a bold label on its own ("🏷️ **Severity legend (team convention)**",
 * "**Priority levels**", often inside a Notion callout) over a paragraph of entries, one a line, each a bold
 * level and what it means ("**Blocker** — wrong data or broken prod; …", "**Nit** — style/taste"): the
 * entries define the scale, no record
 */
const LEGEND_LABEL_LINE = /^\s*(?:(?:\p{Extended_Pictographic}|[\u2690\u2691])\uFE0F?\s*)?(?:\*\*|__)[^*_\n]{0,40}\b(?:legend|(?:severity|priority|rating|risk)\s+(?:levels?|scale|key|definitions?))\b[^*_\n]{0,40}(?:\*\*|__)\s*:?\s*$/iu;
const LEGEND_ENTRY_LINE = /^\s*(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__)\s*[—–:=]\s+\S/;
function labelledLegend(text: string, label: RootContent | undefined, lines: string[]): boolean {
  if (label?.type !== 'paragraph' || lines.length < 2 || lines.length > 8) return false;
  return LEGEND_LABEL_LINE.test(src(text, label)) && lines.every((l) => LEGEND_ENTRY_LINE.test(l));
}

const STATE_BADGE_LINE = /^\s*\p{Extended_Pictographic}\uFE0F?\s+/u;
/**
 * Convention: a run of bold leads numbered by a letter and a number with nothing between the id and the title, as
 * statutory examination reports set their recommendations, "**C1 Car door protection — single-beam photocell.** …",
 * "**C2 Machine room used for storage.** …": where two or more leads of the run share the letter with distinct
 * numbers, each opening is the item's id (as seriesIds reads sibling headings; "H1 headings …" alone is a name)
 */
const LEAD_SERIES_ID = /^([A-Z]{1,2})(\d{1,3})\s+(?=[\p{Lu}\p{N}`"“„])/u;
function leadSeriesIds(members: Candidate[]): void {
  if (members.length < 2) return;
  const byPrefix = new Map<string, [Candidate, RegExpExecArray][]>();
  for (const c of members) {
    const m = c.lead.ref || c.lead.shape !== 'bold' ? null : LEAD_SERIES_ID.exec(c.lead.title);
    if (!m || /^[PS]$/.test(m[1])) continue;
    byPrefix.set(m[1], [...(byPrefix.get(m[1]) ?? []), [c, m]]);
  }
  for (const group of byPrefix.values()) {
    if (group.length < 2 || new Set(group.map(([, m]) => m[2])).size < group.length) continue;
    for (const [c, m] of group) c.lead = { ...c.lead, ref: m[1] + m[2], refKind: 'issue', refAtStart: true, title: c.lead.title.slice(m[0].length).trim() };
  }
}

/** Runs of lead lines in the paragraphs of one section; each line's record runs to the next lead. */
/** "Three problems in one:" right under a numbered, rated or placed comment's text: a lead-in of that comment's own */
const LEAD_IN_SENTENCE = /^[^*_#|>\n][^\n]{0,120}:\s*$/;
function commentGoesOn(text: string, c: Candidate, prev: RootContent | undefined, b: RootContent): boolean {
  if (!prev || off(prev, 'end') !== c.end || c.check || !c.lead.refAtStart || c.lead.shape !== 'bold') return false;
  if (!c.lead.locations.length || !(c.lead.severity || c.lead.severityText)) return false;
  const raw = src(text, b);
  return raw.length <= 120 && LEAD_IN_SENTENCE.test(raw) && !opensTitle(text, b) && !paragraphLead(raw, true);
}

/** "Notes on C/D items:", "Comments on the minor findings:", "Remarks on the other items —": a run-in label of notes on other rows */
const NOTES_ON_LABEL = /^\s*(?:\*\*|__|\*|_)?(?:(?:general|further|additional|other|short) )?(?:notes?|comments?|remarks?) (?:on|about|for|regarding) (?!this\b|it\b)[^:.\n*_]{1,40}?(?:\*\*|__|\*|_)?\s*(?::|[—–])(?:\*\*|__|\*|_)?\s+\S/i;
const OTHER_ID = /\b[A-Z][A-Z0-9]{0,9}-\d{1,6}\b/g;
/** whether the text names an id that is not the record's own */
function namesOtherId(raw: string, own: string | null): boolean {
  for (const m of allMatches(raw, OTHER_ID)) if (m[0] !== own) return true;
  return false;
}

export function paragraphRecords(ctx: RecordContext, blocks0: RootContent[], s: Section, out: Draft[]): void {
  const text = ctx.text;
  let blocks = blocks0;
  const set = sectionContext(s);
  let members: Candidate[] = [];
  let cur: Candidate | null = null;
  let setStart = 0;
  let pending: Note | null = null;
  const flush = () => {
    if (members.length) {
      leadSeriesIds(members);
      const name = `${members.length} lead line${members.length > 1 ? 's' : ''} from line ${ctx.explain.lines.lineOf(setStart)}`;
      decideSet(ctx, members, set, 'paragraph', name, out);
    }
    members = [];
    cur = null;
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    const next = blocks[bi + 1];
    // a review thread: "**`path` L42-57** · resolved" over "> **@ana** — issue (blocking): Title. …"
    // (a block another reader took, e.g. a reply under a line comment, is no thread of its own)
    // Convention: a review's later round written as a quote right under the finding it follows up, "**TF-2 🛑
    // Title**" + its text + "> Round 2: still open. …": the quote is that record's status, no comment of its own
    // (a plain paragraph of the record's text over the quote is no anchor of a thread either)
    const continues: boolean = !!cur && !(cur as Candidate).check && !!blocks[bi - 1] && off(blocks[bi - 1], 'end') === (cur as Candidate).end;
    const followUp: boolean = continues && (b.type === 'blockquote' || (b.type === 'paragraph' && next?.type === 'blockquote' && !/^\s*(?:\*\*|__)/.test(src(text, b)) && !opensTitle(text, b)));
    const thread: ReturnType<typeof reviewComment> = ctx.skip.has(b) || followUp ? null : b.type === 'blockquote' ? reviewComment(text, b, null, s) : b.type === 'paragraph' && next?.type === 'blockquote' && !ctx.skip.has(next) ? reviewComment(text, next, b, s) : null;
    // "> **HLX-5560 — LDAP group sync removes users …**" + "> Impact: **High.** …": a record set in a quote
    // (one record to a quote, quotes in a row: one run of records, as paragraphs in a row are)
    if (!thread && b.type === 'blockquote' && !ctx.skip.has(b) && quotedRecords(text, b, 0)) {
      if (blocks === blocks0) blocks = blocks0.slice();
      blocks.splice(bi, 1, ...(b.children as RootContent[]));
      bi--;
      continue;
    }
    // "↳ **@nadia**: same issue as the alert above. Resolving as duplicate.": a reply under the thread
    if (!thread && cur && (cur as Candidate).check && b.type === 'paragraph' && /^\s*(?:↳|↪|⤷)/u.test(src(text, b))) {
      const c = cur as Candidate;
      c.bodyMd += '\n\n' + src(text, b);
      c.end = off(b, 'end');
      readBodyLines(paragraphLines(text, b).map((l) => '> ' + l.replace(/^\s*(?:↳|↪|⤷)\s*/u, '')), c.body);
      continue;
    }
    // "✅ **Resolved by @m.okafor**", "⚠️ **Unresolved** — 2 replies": a merge-request export writes the thread's
    // state after its comments
    if (!thread && cur && (cur as Candidate).check && b.type === 'paragraph') {
      const para = src(text, b);
      const state = para.length <= 200 && !para.includes('\n') ? plainInline(para).replace(EMOJI_RE, ' ').trim() : '';
      if (/^(?:resolved|unresolved)\b/i.test(state)) {
        const c = cur as Candidate;
        const st = anchorStatus(state);
        if (st) c.body.status = st;
        c.end = off(b, 'end');
        continue;
      }
    }
    if (thread) {
      const quote = (b.type === 'blockquote' ? b : next) as RootContent;
      if (quote !== b) {
        ctx.skip.add(b);
        bi++;
      }
      if (thread.finding) {
        if (!members.length) setStart = off(b, 'start');
        cur = { lead: thread.lead, body: emptyBody(), start: off(b, 'start'), end: off(quote, 'end'), bodyMd: src(text, quote), checked: null, nested: [], check: true };
        readBodyLines(paragraphLines(text, quote), cur.body);
        members.push(cur);
      } else cur = null;
      continue;
    }
    // "**BUG-2041 — Transfer sent to the previous recipient**" over "* Severity: S1 · Priority: P0",
    // "* Status: Fixed …": a record whose fields are the list under it, not a label of that list
    const recordOverFields = (b.type === 'paragraph' && next?.type === 'list' && fieldList(text, next as List) && !!paragraphLead(src(text, b).split('\n')[0], true)?.refAtStart) || titleOverFields(b, next);
    // Convention: a numbered review comment that lists its parts under a lead-in of its own text, "**4. 🔴 Title** —
    // `path:18`" + code + "Three problems in one:" over "- the `AddField` and …", "- no `reverse_code` …", then
    // more of its text: the lead-in and its list go on with the comment, which does not end at them
    if (b.type === 'paragraph' && next?.type === 'list' && cur && !ctx.skip.has(b) && commentGoesOn(text, cur as Candidate, blocks[bi - 1], b)) {
      const c = cur as Candidate;
      c.bodyMd += '\n\n' + src(text, b) + '\n\n' + src(text, next);
      c.end = off(next, 'end');
      readBodyLines(paragraphLines(text, b), c.body);
      ctx.skip.add(next);
      bi++;
      continue;
    }
    if (ctx.skip.has(b) || (b.type === 'paragraph' && next?.type === 'list' && listLabel(text, b) && !recordOverFields)) {
      flush();
      continue;
    }
    // Convention: a pentest report's finding as its bold id and title over a two-column table of its
    // attributes, "**FWL-01 Refresh tokens outlive a reset**" over "| Attribute | Detail |", "| CVSS v3.1 |
    // 7.1 — … |", "| Source reference | `auth/refresh.go:88` |", "| Retest | Not remediated |": the rows are
    // the record's "Key: value" fields, the prose under the table its text
    const rowsOf = b.type === 'table' && cur && (cur as Candidate).lead.refAtStart && blocks[bi - 1]?.type === 'paragraph' && off(blocks[bi - 1], 'end') === (cur as Candidate).end ? fieldTableLines(text, b as Table) : null;
    if (rowsOf) {
      const c = cur as Candidate;
      c.bodyMd += '\n\n' + src(text, b);
      c.end = off(b, 'end');
      readBodyLines(rowsOf, c.body);
      ctx.skip.add(b);
      continue;
    }
    // ("**2. Currency exponent is hard-coded** (HIGH)" over "- Line 112", "- `toMinorUnits()` always …",
    // "- Fix: …", "- Status: ✅ Fixed": the list under a bold title read as a record over fields is its
    // body, keyed items or not)
    const prev = blocks[bi - 1];
    if (b.type === 'list' && cur && (fieldList(text, b as List) || (!!prev && (cur as Candidate).start === off(prev, 'start') && (titleOverFields(prev, b) || subBullets(text, cur as Candidate, prev, b as List))) || fieldFirstList(text, cur as Candidate, prev, b as List))) {
      const c = cur as Candidate;
      c.bodyMd += '\n\n' + src(text, b);
      c.end = off(b, 'end');
      for (const it of (b as List).children) readBodyLines(paragraphLines(text, it), c.body);
      ctx.skip.add(b);
      continue;
    }
    if (b.type !== 'paragraph') {
      if (b.type === 'heading' || b.type === 'thematicBreak' || b.type === 'table' || b.type === 'list') flush();
      else if (cur && (b.type === 'code' || b.type === 'blockquote' || b.type === 'html')) {
        (cur as Candidate).bodyMd += '\n\n' + src(text, b);
        (cur as Candidate).end = off(b, 'end');
        // Convention: an excerpt under a paragraph record, headed by a comment naming its file ("// src/auth/cb.ts,
        // lines 58-66", "# infra/pools.tf"), as reviews quote the code they speak of: the record is at that place
        // (only a first line naming a file with its folder; comments further down are the code's own)
        // (it outranks a file the lead's prose names bare, "`login.ts` puts a random `state` …": the comment gives
        // the folder and the lines)
        if (b.type === 'code' && FIRST_LINE_FILE_COMMENT.test((b as Code).value.slice(0, 300))) {
          const c = cur as Candidate;
          const at = codeCommentLocations((b as Code).value).slice(0, 1);
          if (at.length && !c.body.locField && !c.body.locations.length && c.lead.locations.every((x) => !x.path.includes('/') && x.startLine == null)) c.body.locField = true;
          addLocations(c.body.locations, at);
        }
        if (b.type === 'blockquote') {
          const quoted = paragraphLines(text, b);
          readBodyLines(quoted, (cur as Candidate).body);
          // "> **@li.wen** — 22:18 fixed in rc.7, …": replies in the message's thread, quoted under it, each
          // opening with a state; the latest says where it stands
          const said = replyState(quoted);
          if (said) (cur as Candidate).body.status = said;
          const filed = botTicket(quoted);
          if (filed && !(cur as Candidate).lead.ref) (cur as Candidate).body.ref ??= filed.ref;
          if (filed?.severity && !(cur as Candidate).lead.severity) (cur as Candidate).body.severity ??= filed.severity;
        }
      }
      continue;
    }
    const para = b as Paragraph;
    const raw = src(text, para);
    if (raw.length > 100000) {
      flush();
      continue;
    }
    const lines = raw.split('\n');
    // Convention: notes on other items run in after a record's text, "Notes on C/D items: LOC-0264 — …; LOC-0267 —
    // client prefers …; closed as *Won't fix*.": a label of remarks on the other rows, no more of the record above
    if (cur && raw.length <= 3000 && NOTES_ON_LABEL.test(lines[0]) && namesOtherId(raw, (cur as Candidate).lead.ref)) cur = null;
    // Convention: a legend of the review's marks wrapped over lines, "Legend: 🔴 must fix before merge · 🟠 should
    // fix ·" then "🔵 low · ⚪ nit / take it or leave it.": every line of it is an entry of the legend, no record
    if (lines.length > 1 && raw.length <= 1000 && WRAPPED_LEGEND.test(lines[0]) && /\s[·•]\s/.test(raw)) {
      flush();
      continue;
    }
    if (labelledLegend(text, blocks[bi - 1], lines)) {
      flush();
      continue;
    }
    let tagged = false;
    let tagLineAt = -1;
    let lineOff = off(para, 'start');
    let any = false;
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i];
      // a link wrapped over lines ("CVE-2021-41254: [Privilege escalation … multi-tenant" / "Flux](url).")
      let joined = 0;
      while (joined < 3 && i + joined + 1 < lines.length && (line.match(/\[/g)?.length ?? 0) > (line.match(/\]/g)?.length ?? 0)) {
        joined++;
        line = `${line} ${lines[i + joined].trim()}`;
      }
      // "_⚠️ Potential issue_ | _🟠 Major_", "**Comment on lines +64 to +71**", "`112-127`:" on a line of
      // their own: an annotation of the record whose title comes next (review bots write them so)
      // "**Jonah Peters** · 10:09": who wrote the message that follows, in a pasted chat thread
      if (line.length <= 120 && BYLINE.test(line)) {
        cur = null;
        // (the message's first line opens its record as a paragraph's first line does)
        tagged = true;
        for (let j = 0; j <= joined; j++) lineOff += lines[i + j].length + 1;
        i += joined;
        continue;
      }
      // (see locationLine: a file and its lines on a line of their own, beside a title; not a sentence wrapped onto
      // its line, "… Trace points at⏎`app/receiving/LotParser.kt:93`.")
      const at = line.length <= 300 && !joined && (line.includes('`') || line.includes('/')) && (i === 0 || WHOLE_BOLD_LINE.test(lines[i - 1]) || besideTitle(lines[i - 1])) ? locationLine(line) : null;
      if (at) {
        const c = cur as Candidate | null;
        const bare = !!c && (i > 0 || continues) && !c.lead.locations.length && !c.body.locations.length;
        // ("**Title**" + "![high](…)" + "`src/a.ts`, line 3" + its text: right under a title alone on its line, the
        // title's place; over the next title otherwise, as a review's anchor line is)
        const chunks = c ? c.bodyMd.split('\n\n') : [];
        const afterTitle = bare && !chunks[0].includes('\n') && chunks.slice(1).every((p) => badgeNote(p) !== null);
        const before = !afterTitle && titleFollows(text, blocks, bi, lines, i);
        if (before) pending = mergeNote(pending, at);
        else if (bare) {
          addLocations(c!.body.locations, at.locations ?? []);
          if (at.status && !c!.lead.status) c!.lead = { ...c!.lead, status: at.status };
          c!.bodyMd += (i === 0 ? '\n\n' : '\n') + line;
          c!.end = lineOff + line.length;
        }
        if (before || bare) {
          lineOff += line.length + 1;
          continue;
        }
      }
      const tags = line.length <= 300 && i + 1 < lines.length && WHOLE_BOLD_LINE.test(lines[i + 1]) ? tagLine(line) : null;
      const note = line.length <= 300 ? annotation(line) ?? badgeNote(line) ?? tags : null;
      if (tags) tagged = true;
      // Convention: CodeRabbit's newer layout closes a comment with its labels, "`41-58`: **Title**", its text,
      // then "_⚠️ Potential issue_ | _🟠 Major_" (or "_🧹 Nitpick_") as a paragraph of its own: a label line after
      // a record's text, with no title opening right after it, labels the record before it
      if (note && !note.lines && !pending && i === 0 && lines.length === 1 && cur && !(cur as Candidate).lead.severity && !(cur as Candidate).body.severity && (note.severity || !tags) && !titleFollows(text, blocks, bi, lines, i)) {
        const c = cur as Candidate;
        if (note.severity) c.lead = { ...c.lead, severity: note.severity, severityText: note.severityText, marked: true };
        c.bodyMd += '\n\n' + line;
        c.end = lineOff + line.length;
        continue;
      }
      // "✅ Addressed in commits 2b9d4a0 to 7f3c2e1" on a line of its own under a review bot's comment: the comment
      // was dealt with in a later push (CodeRabbit marks it so); a state of the comment, not a record
      if (cur && i === 0 && lines.length === 1 && line.includes('\u2705') && ADDRESSED.test(line)) {
        const c = cur as Candidate;
        c.body.status = 'fixed';
        c.bodyMd += '\n\n' + line;
        c.end = lineOff + line.length;
        continue;
      }
      if (note && !(i === 0 && lines.length === 1 && cur && !note.severity && !note.lines)) {
        pending = mergeNote(pending, note);
        for (let j = 0; j <= joined; j++) lineOff += lines[i + j].length + 1;
        i += joined;
        continue;
      }
      // "[FAIL] 1.1.7 Ensure that …": a checker's result line; a passed check ends the record before it
      const check = line.length <= 1000 ? checkResult(line) : null;
      if (check && !check.failed) cur = null;
      else if (check) {
        if (!members.length) setStart = lineOff;
        cur = { lead: check.lead, body: emptyBody(), start: lineOff, end: lineOff + line.length, bodyMd: line, checked: null, nested: [], check: true };
        members.push(cur);
        any = true;
      } else {
        const range = /^\s*`(\d+)(?:-(\d+))?`\s*:\s*/.exec(line);
        // (the bold line under a line of tags heads its record as a paragraph's first line does)
        // ("**Churn uses the calendar month …, not the end of the paid⏎period.** Customers …": a bold title
        // wrapped onto the next line is read whole)
        // Convention: "**SC-1. Title.**⏎▲▲▲ Urgent. `release.yml:47` calls …": a bold title alone on its line and its
        // rating opening the next one before a full stop (a run of the scale's marks may come first), as the same
        // report writes it after the title when the title is short: the rating is the title line's
        const wholeBold = i + 1 < lines.length && lines[i + 1].length <= 1000 && WHOLE_BOLD_LINE.test(line);
        const tagged1 = wholeBold && lines[i + 1].length <= 80 ? RATING_TAG_LINE.exec(lines[i + 1]) : null;
        const tagRated = !!tagged1 && (!!severityFromValue(tagged1[2]) || !!schemeSeverity(s, tagged1[2]));
        const rated = tagRated ? tagged1 : wholeBold ? RATING_OPENS.exec(lines[i + 1]) : null;
        // (a paragraph's later line inside a quote keeps its "> " in the source: the line is read without it)
        const leadLine0 = /^\s*(?:\*\*|__)/.test(line) && (line.match(/\*\*|__/g)?.length ?? 0) % 2 === 1 && i + 1 < lines.length ? `${line} ${lines[i + 1].trim()}` : rated && !tagRated && severityFromValue(rated[2]) ? `${line} ${rated[0].trim()}` : line;
        const quoted = i > 0 && /^[ \t]*>/.test(line);
        const leadLine = quoted ? leadLine0.replace(/^[ \t]*(?:>[ \t]?)+/, '') : leadLine0;
        const lead0 = leadLine.length <= 1000 ? paragraphLead(range ? leadLine.slice(range[0].length) : leadLine, i === 0 || tagged) : null;
        tagged = false;
        if (tagRated && lead0) tagLineAt = i + 1;
        const tagged0 = tagRated && lead0 && !lead0.severity ? { ...lead0, severity: schemeSeverity(s, tagged1![2]) ?? severityFromValue(tagged1![0].trim()), severityText: tagged1![0].trim(), marked: true } : lead0;
        if (range && lead0) pending = mergeNote(pending, { severity: null, severityText: null, lines: { start: Number(range[1]), end: Number(range[2] ?? range[1]) } });
        // ("… Mitigate after⏎R3: both changes go through …": an id that a wrapped sentence carries onto the
        // line's start opens no record)
        let lead = lead0 && i > 0 && lead0.shape === 'plain' && WRAPPED_MID_SENTENCE.test(lines[i - 1]) ? null : tagged0;
        // Convention: words stressed in bold inside a sentence the writer's line width wrapped just before them,
        // "… For each we record how it contributed and the⏎**residual risk** if we change nothing — High, …": the
        // line continues the sentence (an article or preposition closes the line before, the stressed words open
        // in lower case), no record opens there
        if (lead && i > 0 && lead.shape === 'bold' && !lead.refAtStart && LOWER_FIRST.test(lead.title) && WRAPPED_MID_SENTENCE.test(lines[i - 1])) lead = null;
        // Convention: a record's state as a badge line right under its bold title, "**1. Title** — `path:88`" over
        // "✅ Fixed in `3f9c2e1`" / "⏳ Open — after #1": the emoji and state word are the record's status, not a
        // record of their own
        if (lead && i > 0 && cur && STATE_BADGE_LINE.test(line) && openingStatus(line.replace(STATE_BADGE_LINE, ''))) lead = null;
        // (the rating tag line read with the title above it, RATING_TAG_LINE)
        if (lead && i === tagLineAt) lead = null;
        // ("… flagged by the sandbox.** SEV-3, status⏎*Closed – false positive*. The attachment …": a field's name
        // that closes a line has its value on the next, which opens no record)
        if (lead && i > 0 && FIELD_NAME_AT_END.test(lines[i - 1])) lead = null;
        if (lead && pending) {
          lead = { ...lead, severity: lead.severity ?? pending.severity, severityText: lead.severity ? lead.severityText : pending.severityText, lines: lead.lines ?? pending.lines, marked: true };
          if (pending.ref && !lead.ref) lead = { ...lead, ref: pending.ref, refKind: 'issue', refAtStart: true };
          if (pending.status && !lead.status) lead = { ...lead, status: pending.status };
          if (pending.locations?.length) {
            const locations = [...pending.locations];
            addLocations(locations, lead.locations);
            lead = { ...lead, locations };
          }
          pending = null;
        }
        if (lead) {
          if (!members.length) setStart = lineOff;
          cur = { lead, body: emptyBody(), start: lineOff, end: lineOff + line.length, bodyMd: line, checked: null, nested: [], titled: i === 0 && (recordOverFields || ((lines.length > 1 || lead.refAtStart) && WHOLE_BOLD_LINE.test(line))), runIn: i === 0 && runInBoldTitle(line, lead) };
          // "**Title.** … Impact: high — …", "*Status: fixed during the review*": fields in the text that
          // follows a bold title on its line
          if (lead.shape === 'bold' && line.length > lead.title.length + 20) readBodyLines([line.slice(Math.min(line.length, line.indexOf(lead.title.slice(0, 20)) + lead.title.length + 4))], cur.body);
          members.push(cur);
          any = true;
        } else if (cur) {
          (cur as Candidate).bodyMd += (i === 0 ? '\n\n' : '\n') + line;
          (cur as Candidate).end = lineOff + line.length;
          readBodyLines([line], (cur as Candidate).body, i > 0 ? lines[i - 1] : undefined);
        }
      }
      for (let j = 0; j <= joined; j++) lineOff += lines[i + j].length + 1;
      i += joined;
    }
    if (!any && !cur) flush();
  }
  flush();
}

/**
 * Convention: a numbered item written as a line of its own with its details as bullets indented under it,
 * "1.1 🛑 **Title**" over "   - `ledger/Service.kt:142` — …" and "   - → **Fixed** in #1187": the indented
 * list (Markdown makes it a list of its own after the paragraph) is the item's text, its location and state
 * among it. Only under a lead line with an id of its own, its bullets none.
 */
function subBullets(text: string, c: Candidate, para: RootContent, list: List): boolean {
  if (!c.lead.refAtStart || para.type !== 'paragraph' || c.end !== off(para, 'end')) return false;
  const pc = para.position?.start.column ?? 1;
  const lc = list.position?.start.column ?? 1;
  if (lc <= pc || list.children.length > 12) return false;
  // (bullets that are records of their own, "   - **A-1 — …**", are no details of the line above)
  return list.children.every((it) => {
    const p = it.children[0];
    if (p?.type !== 'paragraph') return true;
    return !/^\s*(?:\*\*|__)\s*[A-Z]{1,6}-?\d{1,4}\b/.test(src(text, p));
  });
}

/** a finding's own field kinds, as a bullet's key names them */
const OWN_FIELD_KINDS = new Set(['location', 'status', 'severity']);
/**
 * Convention: a record's bullets right under its lead and field line, opened by one of its fields, "**FL-05 — Title**"
 * + "Risk: **High** · Status: **Open**" over "- Found in: `services/x/` (11 files)" alone, or over "- Found in:
 * `app/build.gradle`, line 112" + "- 31 dependencies … were missing": the list is the record's body (its first bullet
 * its place or state) even with fewer than two "Key: value" bullets. Only a list set against the record's last block
 * whose bullets are no records of their own.
 */
function fieldFirstList(text: string, c: Candidate, prev: RootContent | undefined, list: List): boolean {
  if (!prev || c.check || off(prev, 'end') !== c.end || list.children.length > 12) return false;
  const first = list.children[0]?.children[0];
  if (first?.type !== 'paragraph') return false;
  const line = src(text, first).split('\n')[0];
  if (line.length > 400 || !factsFromLine(line).some((f) => !!f.kind && OWN_FIELD_KINDS.has(f.kind))) return false;
  return list.children.every((it) => {
    const p = it.children[0];
    return p?.type !== 'paragraph' || !/^\s*(?:\*\*|__)\s*[A-Z]{1,6}-?\d{1,4}\b/.test(src(text, p));
  });
}

/** "✅ Addressed in commits 2b9d4a0 to 7f3c2e1", "✅ Confirmed as addressed by @ana": a review bot's mark of a dealt-with comment */
// (the bot's own words only: "✅ Fixed — Login crash …" paragraphs in a row are records of their own)
const ADDRESSED = /^\s*\u2705\uFE0F?\s*(?:addressed in (?:commits?\b|[0-9a-f]{7,40}\b)|confirmed as addressed\b).{0,100}$/iu;

/** The block opens a record: "**Title**" on its first line, "`12-18`: **Title.** …", or another lead line. */
function opensTitle(text: string, b: RootContent | undefined): boolean {
  if (b?.type !== 'paragraph') return false;
  const first = src(text, b).split('\n')[0];
  if (first.length > 1000 || ADDRESSED.test(first)) return false;
  const rest = first.replace(/^\s*`\d+(?:-\d+)?`\s*:\s*/, '');
  return /^\s*(?:\*\*|__)/.test(rest) || paragraphLead(rest, true) !== null;
}

/** A line that stands beside a title without being one: a badge (see badgeNote) or a file and its lines (see locationLine). */
function besideTitle(lineMd: string): boolean {
  return lineMd.length <= 300 && (badgeNote(lineMd) !== null || locationLine(lineMd) !== null);
}

/**
 * A title opens after line `i` of paragraph `blocks[bi]`, past the badge and location lines between: on a later
 * line of the paragraph, or in a paragraph after it.
 */
function titleFollows(text: string, blocks: RootContent[], bi: number, lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    if (besideTitle(lines[j])) continue;
    return lines[j].length <= 1000 && (/^\s*(?:\*\*|__)/.test(lines[j]) || paragraphLead(lines[j], true) !== null);
  }
  for (let k = bi + 1; k < blocks.length && k <= bi + 3; k++) {
    const b = blocks[k];
    const para = b.type === 'paragraph' ? src(text, b) : '';
    if (para && !para.includes('\n') && besideTitle(para)) continue;
    // (the comment under its anchor line quoted whole, "> **#1 · blocker — Title**" (see COMMENTED_ON): the
    // quote's first record is the anchor's)
    return opensTitle(text, b) || (b.type === 'blockquote' && quotedRecords(text, b, 0));
  }
  return false;
}

/** "(high)", "(was high, now resolved)", "(medium)": a rating in brackets closing a paragraph */
const CLOSING_RATING = /\(([^()\n]{1,40})\)\s*\.?\s*$/;

/**
 * A reviewer's prose, one finding to a paragraph: "The CloudFront distribution still accepts TLS 1.0. In
 * `cloudfront.tf` line 41 … (high)". Three or more paragraphs of a section close with a rating in
 * brackets: each is a finding titled by its first sentence, rated by the bracket (which may say it was
 * resolved). A paragraph that ends in a colon before a code block opens the record the code belongs to.
 */
export function ratedParagraphs(ctx: RecordContext, blocks: RootContent[], s: Section, out: Draft[]): void {
  const text = ctx.text;
  const rated: { start: RootContent; end: RootContent; sev: Severity; text: string; status: Status | null }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== 'paragraph' || ctx.skip.has(b)) continue;
    const raw = src(text, b);
    if (raw.length > 6000) continue;
    const m = CLOSING_RATING.exec(raw);
    const inner = m ? m[1].trim() : '';
    const sev = m && inner.split(/\s+/).length <= 6 ? severityFromValue(inner) : null;
    if (!sev) continue;
    // (the paragraph before a code block, closing with a colon, opens the record)
    let start: RootContent = b;
    if (i >= 2 && blocks[i - 1].type === 'code' && blocks[i - 2].type === 'paragraph' && /:\s*$/.test(src(text, blocks[i - 2])) && !CLOSING_RATING.exec(src(text, blocks[i - 2]))) start = blocks[i - 2];
    rated.push({ start, end: b, sev, text: inner, status: /\b(?:resolved|fixed|done|closed)\b/i.test(inner) ? statusFromText(inner) : null });
  }
  if (rated.length < 3) return;
  for (const [position, r] of rated.entries()) {
    const startOff = off(r.start, 'start');
    const endOff = off(r.end, 'end');
    const bodyMd = text.slice(startOff, endOff);
    const first = bodyMd.replace(/\s*\n\s*/g, ' ');
    const stop = /(?<![.\s][a-z]|\b(?:e\.g|i\.e|vs|etc|approx|incl))[.!?](?=\s+[A-Z`"'(*_])/.exec(first);
    const title = (stop ? first.slice(0, stop.index) : first.replace(CLOSING_RATING, '')).replace(/\*\*|__/g, '').trim();
    if (title.length < 8 || title.length > 200) continue;
    const lead = leadOf({ title, severity: r.sev, severityText: r.text, status: r.status, shape: 'plain', marked: true });
    const c: Candidate = { lead, body: emptyBody(), start: startOff, end: endOff, bodyMd, checked: null, nested: [] };
    const set = sectionContext(s);
    out.push(draftOf(ctx, c, set, 'paragraph', `${rated.length} paragraphs closing with a rating`, true, ['a rating in brackets closing the paragraph'], rated.length, position));
    for (let k = blocks.indexOf(r.start); k <= blocks.indexOf(r.end); k++) ctx.skip.add(blocks[k]);
  }
}

/**
 * Convention: a code-review bot's comments pasted under the file they are on (Gemini Code Assist, as
 * "### lib/invites.ts" over "**Line 9**" + "![high](…/high-priority.svg)" + the comment, a suggestion block
 * and the author's quoted reply). The comments have no titles: each marker opens one, titled by the
 * opening sentence of its text, rated by the badge, located at the heading's file and the marker's
 * line; a quoted reply that says it was fixed or resolved is its status.
 */
export function lineComments(ctx: RecordContext, blocks: RootContent[], s: Section, out: Draft[]): void {
  const text = ctx.text;
  const path = headingPath(s);
  if (!path) return;
  const marks: number[] = [];
  for (const [i, b] of blocks.entries()) if (b.type === 'paragraph' && !ctx.skip.has(b) && lineMarker(src(text, b))) marks.push(i);
  if (!marks.length) return;
  for (const [position, i] of marks.entries()) {
    const lines = lineMarker(src(text, blocks[i]))!;
    let end = i + 1;
    const stop = marks[position + 1] ?? blocks.length;
    while (end < stop && blocks[end].type !== 'thematicBreak' && !(blocks[end].type === 'heading')) end++;
    const part = blocks.slice(i + 1, end);
    let sev: { sev: Severity; text: string } | null = null;
    let titleBlock: RootContent | null = null;
    let status: Status | null = null;
    let headTitle: string | null = null;
    for (const b of part) {
      if (b.type === 'paragraph') {
        const plain = plainInline(src(text, b)).trim();
        // ("_Thread: **Unresolved**_", "Thread: ✅ Resolved by @ana": the thread's state on a line of its own
        // after the comment and its replies, which it overrides; no title)
        const thread = plain.length <= 200 && !plain.includes('\n') && /resolved/i.test(plain) ? threadState([plain]) : null;
        if (thread) { status = thread; continue; }
        // ("![high](…/high-priority.svg)": a badge alone on its line, read as "[high]")
        const badge = /^\[([^\]\n]{1,30})\]$/.exec(plain);
        const bs = badge ? severityFromValue(badge[1]) : null;
        if (bs && !sev) { sev = { sev: bs, text: badge![1] }; continue; }
        if (!titleBlock && !badge) titleBlock = b;
      } else if (b.type === 'blockquote') {
        const qlines = src(text, b).slice(0, 4000).split('\n').map((l) => l.replace(/^\s*>\s?/, ''));
        // Convention: the comment itself in a quote under the marker, opened by its own bold title and a label
        // of the review's legend, its author's replies under it: "> 🔴 **blocking: Unbounded fan-out**" …
        // "> **@tomasz:** Done in e4c1a9f" — the title names it, the label (or mark) rates it, a reply's
        // opening words say whether it was fixed
        const head = !titleBlock ? bodyTitle(qlines.find((l) => l.trim()) ?? '', s) : null;
        if (head) {
          titleBlock = b;
          headTitle = head.title;
          if (head.sev && !sev) sev = head.sev;
          for (const l of qlines) {
            const reply = REPLY_AT.exec(l);
            const st = reply ? statusFromText(l.slice(reply[0].length).split(/(?<=[.!?,;])\s/)[0]) : null;
            if (st) status = st;
          }
          continue;
        }
        const q = plainInline(src(text, b)).replace(/^\s*>\s?/gm, '');
        // ("*This conversation was marked as resolved by …*", "> **dmitri-k:** Good catch. Fixed in 3b7d2e0")
        const said = /\bmarked as resolved\b/i.test(q) ? 'fixed' : statusFromText(q.replace(/^[^:\n]{1,40}:\s*/, '').split(/(?<=[.!?])\s/)[0]);
        if (said) status = said;
      }
    }
    if (!titleBlock) continue;
    const first = plainInline(src(text, titleBlock)).replace(/\s*\n\s*/g, ' ');
    const cut = /(?<![.\s][a-z]|\b(?:e\.g|i\.e|vs|etc|approx|incl))[.!?](?=\s+[A-Z`"'(*_])|\s[\u2014\u2013]\s|:\s*$/.exec(first);
    const title = headTitle ?? (cut ? first.slice(0, cut.index) : first).trim();
    if (title.length < 8 || title.length > 300) continue;
    const startOff = off(blocks[i], 'start');
    const endOff = off(blocks[end - 1], 'end');
    const lead = leadOf({ title, severity: sev?.sev ?? null, severityText: sev?.text ?? null, status: status ?? (sev ? 'open' : null), shape: 'plain', marked: true, locations: [{ path, startLine: lines.start, endLine: lines.end === lines.start ? null : lines.end }] });
    const c: Candidate = { lead, body: emptyBody(), start: startOff, end: endOff, bodyMd: text.slice(startOff, endOff), checked: null, nested: [] };
    out.push(draftOf(ctx, c, sectionContext(s), 'paragraph', `${marks.length} line markers under a file heading`, true, ['a line marker under the heading of its file'], marks.length, position));
    for (let k = i; k < end; k++) ctx.skip.add(blocks[k]);
  }
}

/** "**@tomasz:** Done in e4c1a9f": a reply in a quoted review comment, its author's handle bold before a colon. */
const REPLY_AT = /^\s*(?:\*\*|__)@[\w.-]{1,40}:?(?:\*\*|__)\s*:?\s*/;

const BODY_TITLE_RE = /^\s*(\p{Extended_Pictographic}\uFE0F?)?\s*\*\*([^*\n]+)\*\*\s*$/u;
/**
 * A quoted comment's opening line when it is its bold title, maybe after a mark of the review's legend and
 * a label of its scale or of Conventional Comments: "🔴 **blocking: Unbounded fan-out**", "**nit: Rename x**".
 * The title without the label, the severity the label (else the mark) stands for; null for another line.
 */
function bodyTitle(line: string, s: Section): { title: string; sev: { sev: Severity; text: string } | null } | null {
  if (line.length > 300 || !line.includes('**')) return null;
  const m = BODY_TITLE_RE.exec(line);
  if (!m) return null;
  const labelled = commentLabel(m[2], s);
  const title = plainInline(labelled ? labelled.comment : m[2]).replace(/[.:\s]+$/, '').trim();
  if (title.length < 8) return null;
  const word = labelled?.label;
  const byWord = word ? schemeSeverity(s, word) ?? (PRIORITY_LABEL.test(word) ? severityFromValue(word) : null) : null;
  const byMark = !byWord && m[1] ? schemeSeverity(s, m[1]) : null;
  return { title, sev: byWord ? { sev: byWord, text: word! } : byMark ? { sev: byMark, text: m[1]! } : null };
}

const REPLY_STATE_RE = /^[\s>]*(?:\*\*|__)?@?[\p{L}][\p{L}\d._' -]{0,40}(?:\*\*|__)?\s*[—–-]\s*(?:\d{4}-\d{2}-\d{2}\s+)?\d{1,2}:\d{2}\s+(\S.{0,200})$/u;
/** The state the last reply of a quoted chat thread opens with ("**@ana** — 21:09 fixing. …"), or null. */
function replyState(lines: string[]): Status | null {
  let state: Status | null = null;
  for (const line of lines) {
    const m = REPLY_STATE_RE.exec(line);
    if (!m) continue;
    // (the state opens the reply: "fixed in rc.7, …", "won't fix, …", "dupe of #412"; "ack" is seen, still open)
    const head = m[1].split(/[,.;:—–(]\s|\s[—–-]\s/)[0].replace(/`/g, '').trim();
    const st = /^(?:ack|seen|on it)\b/i.test(head) ? 'open' : /^(?:fixing|working on it|looking)\b/i.test(head) ? 'in_progress' : /^dupe\b/i.test(head) ? 'duplicate' : head.split(/\s+/).length <= 5 ? statusFromText(head) : null;
    if (st) state = st;
  }
  return state;
}

/**
 * Convention: a tracker bot's reply under a chat message ("> ↪ **@pulse_tracker_bot** · 22:41" over "> Заведено:
 * **PLS-4411** · приоритет P1"; Jira Cloud's or GitHub's app answering "Created **OPS-311**") names the ticket
 * it filed for the message: the record's id. Only a quote whose first line is a bot's byline, with one key in it.
 */
function botTicket(lines: string[]): { ref: string; severity: { sev: Severity; text: string } | null } | null {
  if (!lines.length || !/^[\s>]*(?:↪|↳)?\s*(?:\*\*|__)?@?[\w.-]*(?:bot\b|\[bot\])/iu.test(lines[0])) return null;
  const keys = new Set<string>();
  let severity: { sev: Severity; text: string } | null = null;
  for (const l of lines.slice(1)) {
    for (const m of allMatches(l, /(?<![\w-])[A-Z][A-Z0-9]{1,9}-\d{1,7}(?![\w-])/g)) keys.add(m[0]);
    // ("Created **SHOP-812** · priority P2": the level the bot filed it at, its field name before it without a colon)
    const level = /\b(?:priority|severity|prio|sev)\s*[:=]?\s*(?:\*\*|__)?((?:P|Sev-?|S)[0-5]|critical|highest|high|medium|low|lowest|blocker|major|minor|trivial)\b/i.exec(plainInline(l));
    const sev = level ? severityFromValue(level[1]) : null;
    if (sev && !severity) severity = { sev, text: level![1] };
  }
  return keys.size === 1 ? { ref: [...keys][0], severity } : null;
}

/** A chat message's author and time: "**Dev Patel** · 10:44", "@ana — 2024-05-02 14:10", "Sam (CRM), yesterday". */
const BYLINE =
  /^\s*(?:\*\*|__)?@?[\p{L}][\p{L}.' -]{1,40}(?:\*\*|__)?(?:\s*\([^)\n]{1,30}\))?\s*(?:[·•|—–-]|,)\s*(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2})?|yesterday|today|\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+ago)\s*$/iu;

/**
 * Conventional Comments (conventionalcomments.org): "issue (blocking): …", "suggestion: …",
 * "nitpick: …" report something to change; "question", "praise", "thought" and "note" do not.
 */
const CONVENTIONAL =
  /^\s*(?:(?:\*\*|__)?@[\w.-]+(?:\*\*|__)?\s*(?:[—–:-]\s*)?)?(?:\*\*|__)?(issue|suggestion|nitpick|nit|todo|chore|typo|polish|fix|question|praise|thought|note)\s*(?:\(([^)\n]{1,40})\))?\s*:(?:\*\*|__)?\s*(\S.*)$/i;

/**
 * "MUST: …", "NIT: …" under a legend "**MUST** = high · **NIT** = low · **Q** = question": a comment
 * labelled with a word of the report's own scale (or "Q:", a question), as Conventional Comments label theirs.
 */
function ownLabel(line: string, s: Section): { label: string; comment: string } | null {
  // ("**blocking:** …" where the legend maps the label `blocking` to High: a label in lower case too)
  const m = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z0-9-]{0,11})(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(\S.*)$/.exec(line);
  if (!m || !(m[1] === 'Q' || schemeSeverity(s, m[1]) || PRIORITY_LABEL.test(m[1]))) return null;
  return { label: m[1] === 'Q' ? 'q' : m[1], comment: m[2] };
}

/** "P1:", "Sev-2:", "S3:": a comment labelled with a priority of the usual scales. */
const PRIORITY_LABEL = /^(?:P[0-4]|Sev-?[0-5]|S[1-4])$/i;

/** A comment's label and text: Conventional Comments first, then the report's own words. */
function commentLabel(line: string, s: Section): { label: string; comment: string } | null {
  const m = CONVENTIONAL.exec(line);
  return m ? { label: m[1], comment: m[3] } : ownLabel(line, s);
}

/** "**Nadia Ferreira (PS4):** Done": a reply in a review thread, its author's name bold before a colon. */
const REPLY = /^\s*(?:\*\*|__)[\p{L}][\p{L}.' -]{1,40}(?:\s*\([^)\n]{1,30}\))?:?(?:\*\*|__)\s*:?\s/u;

/**
 * A review thread's first comment in a blockquote, labelled with Conventional Comments, and the line
 * over it that anchors it ("**`src/x.go` L42-57** · ✅ resolved", "**@ana** on lines 44–52 ·
 * *Unresolved*"): the comment's first sentence is the title, the anchor gives where and whether the
 * thread was resolved (the replies under it may say more).
 */
function reviewComment(text: string, quote: RootContent, anchor: RootContent | null, s: Section): { finding: boolean; lead: Lead } | null {
  const qlines = src(text, quote).slice(0, 4000).split('\n').map((l) => l.replace(/^\s*>\s?/, ''));
  let first = qlines.findIndex((l) => l.trim());
  // ("> **@r.santos** · 2024-05-13 15:52" over "> **blocking:** …": the comment's author and time on a line of
  // their own, as merge-request exports write them, then the labelled comment)
  if (first >= 0 && first + 1 < qlines.length && qlines[first].length <= 120 && BYLINE.test(qlines[first]) && qlines[first + 1].trim()) first++;
  const m = first >= 0 ? commentLabel(qlines[first], s) : null;
  if (!m) return first >= 0 ? placeComment(text, qlines, anchor, s) : null;
  const anchorMd = anchor ? src(text, anchor) : '';
  if (anchor && (anchorMd.length > 300 || anchorMd.includes('\n'))) return null;
  const label = m.label.toLowerCase();
  const severity = label === 'q' ? null : schemeSeverity(s, m.label) ?? (PRIORITY_LABEL.test(m.label) ? severityFromValue(m.label) : null);
  let comment = m.comment;
  for (let i = first + 1; i < qlines.length && qlines[i].trim() && !CONVENTIONAL.exec(qlines[i]) && !/^\s*(?:\*\*|__)?@[\w.-]+/.test(qlines[i]) && !REPLY.test(qlines[i]); i++) comment += ' ' + qlines[i].trim();
  const plain = plainInline(comment).replace(/\s+/g, ' ').trim();
  const stop = /(?<![.\s][a-z]|\b(?:e\.g|i\.e|vs|etc))[.!?](?=\s+[A-Z`"'(*_])/.exec(plain);
  const title = (stop && stop.index >= 8 ? plain.slice(0, stop.index) : plain.length > 160 ? plain.slice(0, 160) : plain).replace(/[.\s]+$/, '');
  const anchorPlain = plainInline(anchorMd);
  const locations = anchorLocations(anchorPlain, ancestorPath(s));
  const status = anchorStatus(anchorPlain);
  return {
    finding: !/^(question|q|praise|thought|note)$/.test(label) && title.length > 0,
    // ("(blocking)" holds a merge back, which is not a statement about deploying: blocks stays null)
    lead: leadOf({ title, status, locations, positive: label === 'praise', question: label === 'question' || label === 'q', severity, severityText: severity ? m.label : null }),
  };
}

/** Whether a review thread was resolved, from the line that anchors it ("✔ Resolved", "☐ Not Done"). */
function anchorStatus(anchor: string): Status | null {
  // ("— Done" / "— Not Done": the state Phabricator gives an inline comment)
  return /\bunresolved\b|\bnot done\b/i.test(anchor) ? 'open' : /\bresolved\b|\bdone\b/i.test(anchor) ? 'fixed' : null;
}

/**
 * Where a review comment is, from its anchor ("**`src/x.go` L42-57**", "**refresh.py:88**", "PS3, Line 57")
 * and the file the heading over it names: a bare file name is that file's, a bare line is in that file.
 */
function anchorLocations(anchor: string, file: string | null): Location[] {
  const locations: Location[] = [];
  addLocations(locations, parseLocations(anchor, true));
  if (file && locations.length && !locations[0].path.includes('/') && file.split('/').pop() === locations[0].path) locations[0] = { ...locations[0], path: file };
  // ("**L58–L74** · `blocking`" under "## `app/src/Worker.kt`": a bare line range, GitHub's "L58-L74", in the heading's file)
  const on = /\b(?:on\s+)?lines?\s+(\d+)(?:\s*[-–]\s*(\d+))?/i.exec(anchor) ?? /(?<![\w/.])L(\d{1,6})(?:\s*[-–]\s*L?(\d{1,6}))?\b/.exec(anchor);
  if (!locations.length && file) locations.push({ path: file, startLine: on ? Number(on[1]) : null, endLine: on ? Number(on[2] ?? on[1]) : null });
  // ("Thread on `app/models/invoice.rb` line 88": the path, then its line in words)
  else if (locations.length === 1 && locations[0].startLine == null && on) locations[0] = { ...locations[0], startLine: Number(on[1]), endLine: Number(on[2] ?? on[1]) };
  return locations;
}

const PLACE_COMMENT_RE = /^\s*(\p{Extended_Pictographic})/u;
const PLACE_COMMENT_RE2 = /^[\p{L} ]{1,30}:/u;
const PLACE_COMMENT_RE3 = /\bseverity\s*:\s*\**\s*([\p{L}]+)/iu;
const PLACE_COMMENT_RE4 = /`([\p{L}][\p{L}\d-]{0,20})`/gu;
/**
 * A comment exported under a heading that names only the place it is about ("#### 💬 `src/a.java` L58"
 * over "**codeql[bot]** · 21 Oct · thread *unresolved*" and the comment in a quote): a code review
 * comment, whatever tool wrote it. Its title is the quote's own heading or its first sentence that is
 * not a line of fields; its severity a "Severity:" it states; its status the thread's.
 */
function placeComment(text: string, qlines: string[], anchor: RootContent | null, s: Section): { finding: boolean; lead: Lead } | null {
  const heading = plainInline(s.h.text).replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim();
  const place = s.depth > 0 ? parseLocations(heading, true) : [];
  // ("# AUDIT_FINDINGS.md" over "> Codebase audit of …": a report titled with its own file's name, as in
  // ancestorPath; the quote under it is the report's preamble, not a comment on that file)
  if (place.length === 1 && s.docTitle && !place[0].path.includes('/') && /\.(?:md|markdown|txt)$/i.test(place[0].path)) return null;
  if (place.length !== 1 || heading.replace(/`/g, '').replace(place[0].path, '').replace(/\b(?:L|lines?\s*)\d+(?:\s*[-–]\s*L?\d+)?\b|:\d+(?:-\d+)?/gi, '').replace(/[\s()·,:#-]+/g, '').length > 0) return null;
  const anchorMd = anchor ? src(text, anchor) : '';
  if (anchor && (anchorMd.length > 300 || anchorMd.includes('\n'))) return null;
  /** the comment's state (its thread's, else its anchor line's) and its place (the anchor's lines in the heading's file) */
  const anchored = (): { status: Status | null; locations: Lead['locations'] } => {
    const anchorPlain = plainInline(anchorMd);
    const at = anchorLocations(anchorPlain, place[0].path);
    return {
      status: threadState(qlines) ?? anchorStatus(anchorPlain),
      locations: at[0]?.startLine != null && at[0].path === place[0].path && place[0].startLine == null ? at : place,
    };
  };
  let title = '';
  const inner = qlines.find((l) => /^#{1,6}\s+\S/.test(l));
  // Convention: a pasted pull-request review writes each comment as its author, then the comment's own bold
  // title, maybe flagged by a mark of the review's legend and numbered: "**mfrost** · 🔴 **[R1] Tokens
  // are cached per pod.**" — the bold title names the comment, the mark rates it, the number is its id
  const firstLine = qlines.find((l) => l.trim()) ?? '';
  const authored = firstLine.length <= 400 && firstLine.includes('**') ? AUTHOR_THEN_TITLE.exec(firstLine) : null;
  const own = authored ? paragraphLead(authored[1], true) : null;
  if (!inner && own && own.shape === 'bold' && !own.positive && own.title.length >= 8) {
    const mark = PLACE_COMMENT_RE.exec(authored![1])?.[1];
    const rated = own.severity ? null : mark ? schemeSeverity(s, mark) : null;
    const from = anchored();
    return {
      finding: !own.question,
      lead: {
        ...own,
        title: own.title.replace(/\.$/, ''),
        severity: own.severity ?? rated,
        severityText: own.severity ? own.severityText : rated ? mark! : null,
        status: own.status ?? from.status,
        locations: own.locations.length ? own.locations : from.locations,
      },
    };
  }
  if (inner) title = plainInline(inner.replace(/^#{1,6}\s+/, '')).trim();
  else {
    for (const l0 of qlines) {
      // ("**kwen** · 💬 Should the burst be 2×? …": the comment after its author)
      const l = l0 === firstLine && authored ? authored[1] : l0;
      const p = plainInline(l).replace(EMOJI_RE, ' ').trim();
      // (a line of fields, "Vulnerability · Severity: Blocker · Rule `S3649`", or a link alone is no sentence)
      if (!p || /\s[·•|]\s/.test(p) || /^\[[^\]]*\]\([^)]*\)$/.test(l.trim()) || PLACE_COMMENT_RE2.test(p)) continue;
      const stop = /(?<![.\s][a-z]|\b(?:e\.g|i\.e|vs|etc))[.!?](?=\s+[A-Z`"'(*_]|$)/.exec(p);
      title = (stop && stop.index >= 8 ? p.slice(0, stop.index) : p.slice(0, 160)).replace(/[.\s]+$/, '');
      break;
    }
  }
  if (title.length < 8) return null;
  // ("Nice — this is exactly the regression test we needed": praise left on a line)
  if (POSITIVE.test(title)) return { finding: false, lead: leadOf({ title, positive: true }) };
  const quoteText = plainInline(qlines.join(' '));
  const sv = PLACE_COMMENT_RE3.exec(quoteText);
  // Convention: a review bot's comment pasted under the line it anchors to and its label, "**L91** · `blocking`"
  // over "> **No idempotency key sent …**": the label in code rates it as the report's legend of labels says
  // ("| `blocking` | High | Must be resolved before merge |"); a "question" label asks, it reports nothing
  const label = !sv && anchorMd.includes('`') ? allMatches(anchorMd, PLACE_COMMENT_RE4).map((m) => m[1]).find((w) => schemeSeverity(s, w) || /^questions?$/i.test(w)) : undefined;
  const labelSev = label ? schemeSeverity(s, label) : null;
  const severity = sv ? severityFromValue(sv[1]) : labelSev;
  const { status, locations } = anchored();
  return { finding: !(label && !labelSev), lead: leadOf({ title, status, locations, severity, severityText: sv && severity ? sv[1] : labelSev ? label! : null, question: !!label && !labelSev, refAtStart: false }) };
}

/** The first line of a list item, as plain text. */
export function itemHead(text: string, item: ListItem): string {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return '';
  return plainInline(paragraphLines(text, first)[0].replace(LIST_MARKER, '')).trim();
}

const YAML_RECORDS_RE = /^[#\p{L}\p{N}][\p{L}\p{N}._#-]{0,30}$/u;
/**
 * Convention: findings written as YAML in a fenced block (```yaml, ```yml or unlabelled), "- id: ALR-01 /
 * title: … / score: 16 / where: rules/api.yml:12 / state: open / blocks_rollout: true / after: [ALR-02]":
 * each mapping with a title key and a field of a finding is a record (yaml.ts), its keys read by the field
 * readers every record goes through, as "Key: value" lines (FIELD_KEYS: "score" a severity, "state" a
 * status, "where" a location, "blocks …" whether it blocks, "after" what it depends on); a number rated
 * through the report's legend ("Bands: 12–16 critical, …"). The block's records are one record set.
 */
export function yamlRecords(ctx: RecordContext, code: Code, s: Section, out: Draft[]): void {
  const maps = yamlRecordMaps(code);
  if (!maps.length || ctx.skip.has(code)) return;
  const text = ctx.text;
  const start = off(code, 'start');
  const fence = src(text, code);
  // the offset of each line of the block's value (the fence's first line is the ``` line)
  const lineOff: number[] = [];
  for (let k = fence.indexOf('\n'); k >= 0; k = fence.indexOf('\n', k + 1)) lineOff.push(start + k + 1);
  const valueLines = code.value.split('\n');
  const members: Candidate[] = [];
  const depends = new Map<Candidate, string[]>();
  for (const m of maps) {
    const title = yamlTitle(m)!;
    const lines: string[] = [];
    let ref: string | null = null;
    const deps: string[] = [];
    const numbers: string[] = [];
    for (const [k, v] of m.entries) {
      if (v instanceof YamlMap) continue;
      const value = (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').join(', ') : v).replace(/\s+/g, ' ').trim();
      if (!value || value === title) continue;
      const kind = yamlFieldKind(k, v);
      if (kind === 'ref' && !ref && YAML_RECORDS_RE.test(value)) ref = value;
      if (kind === 'depends') deps.push(...yamlIds(v));
      if (kind === 'severity' && /^\d{1,3}(?:\.\d)?$/.test(value)) numbers.push(value);
      // (each field as a line the field readers read, under the name of its kind where its own key is
      // one only a record written as data uses: "score", "after")
      lines.push(kind === 'depends' ? `Depends on: ${value}` : kind === 'severity' && !factKind(yamlKey(k)) ? `Severity: ${value}` : `${yamlKey(k) || k}: ${value}`);
    }
    const body = emptyBody();
    readBodyLines(lines, body);
    // ("score: 9" where the legend bands 8–11 as high: the report's own scale first, then a CVSS reading)
    for (const n of numbers) {
      const own = schemeSeverity(s, n);
      if (own) body.severity = { sev: own, text: n };
      else if (!body.severity) body.mark ??= n;
    }
    const lead = leadOf({ title, ref, refKind: ref ? 'issue' : null, refAtStart: !!ref, marked: true });
    const from = lineOff[m.startLine] ?? start;
    const to = (lineOff[m.endLine] ?? start) + (valueLines[m.endLine]?.length ?? 0);
    const c: Candidate = { lead, body, start: from, end: Math.max(from, to), bodyMd: valueLines.slice(m.startLine, m.endLine + 1).join('\n'), checked: null, nested: [], structured: true };
    members.push(c);
    if (deps.length) depends.set(c, deps);
  }
  const startLine = ctx.explain.lines.lineOf(start);
  const before = out.length;
  decideSet(ctx, members, sectionContext(s), 'item', `YAML block at line ${startLine} (${members.length} record${members.length > 1 ? 's' : ''})`, out);
  // (the draft of each record, in the order decideSet wrote them)
  for (const d of out.slice(before)) {
    const c = members.find((x) => x.start === d.start);
    for (const id of (c && depends.get(c)) ?? []) if (!d.f.dependsOn.includes(id)) d.f.dependsOn.push(id);
  }
  ctx.skip.add(code);
}

/** The id-and-title header of a finding's own property table ("| **IR-25-031-01** | **Title** |"), or null. */
export function propertyTableHead(text: string, table: Table): { ref: string; title: string } | null {
  const rows = table.children;
  if (rows.length < 3 || rows.some((r) => r.children.length !== 2)) return null;
  const [a, b] = rows[0].children.map((c) => plainInline(cellSourceOf(text, c)).replace(/\s+/g, ' ').trim());
  const ref = /^[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,8})*-\d{1,5}$/.exec(a ?? '')?.[0];
  if (!ref || !b || b.split(/\s+/).length < 3) return null;
  // two of its rows at least are a finding's fields ("| Priority | 1 — … |", "| Status | Open |")
  const keyed = rows.slice(1).filter((r) => {
    const k = factKind(plainInline(cellSourceOf(text, r.children[0])).replace(/:$/, '').trim());
    return k && k !== 'part';
  }).length;
  return keyed >= 2 ? { ref, title: b } : null;
}

function cellSourceOf(text: string, cell: TableCell): string {
  const kids = cell.children;
  if (!kids.length) return '';
  return latinSlice(text, off(kids[0], 'start'), Math.min(off(kids[kids.length - 1], 'end'), off(kids[0], 'start') + 4000));
}

/**
 * "| **IR-25-031-01** | **Production DBAs share one account** |" over "| Priority | 1 — Serious … |",
 * "| Evidence | `infra/db/roles/prod.sql`, line 14 |", "| Status | Open |": a table headed by a finding's
 * id and title whose rows are its fields, one table a finding (inspection and regulator reports, pandoc
 * grid tables). Its rows are read as the finding's field lines.
 */
export function propertyTableRecords(ctx: RecordContext, table: Table, s: Section, out: Draft[]): void {
  const head = propertyTableHead(ctx.text, table);
  if (!head || ctx.skip.has(table)) return;
  const text = ctx.text;
  const lines = table.children.slice(1).map((r) => {
    const [k, v] = r.children.map((c) => cellSourceOf(text, c).trim());
    return `${plainInline(k).replace(/:$/, '').trim()}: ${v}`;
  });
  const body = emptyBody();
  readBodyLines(lines, body);
  const lead = leadOf({ title: plainInline(head.title), ref: head.ref, refKind: 'issue', refAtStart: true, marked: true });
  const start = off(table, 'start');
  const c: Candidate = { lead, body, start, end: off(table, 'end'), bodyMd: lines.join('\n'), checked: null, nested: [], structured: true };
  decideSet(ctx, [c], sectionContext(s), 'item', `property table at line ${ctx.explain.lines.lineOf(start)}`, out);
  ctx.skip.add(table);
}

/** "Round 2: **resolved**", "**R1 outcome:** not done", "Status: open": where a request stands after a round. */
const ROUND_LINE = /^\s*(?:\*\*|__)?(?:(?:round|r)\s*(\d{1,2})(?:\s+(?:outcome|status|response|result|assessment))?|status|outcome)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(\S.*)$/i;

/** The state one round's line gives: its bold value, or its first clause; of "not done — accepted" the last word that is a state. */
function roundStatus(valueMd: string): Status | null {
  const bold = /^(?:\*\*|__)([^*_\n]{1,80})(?:\*\*|__)/.exec(valueMd.trim());
  const value = bold ? bold[1] : plainInline(valueMd).split(/[.;(]/)[0];
  const parts = value.split(/\s+[—–]\s+|\s+-\s+/).filter((p) => p.trim());
  for (let k = parts.length - 1; k >= 0; k--) {
    const st = statusFromText(parts[k].trim());
    if (st) return st;
  }
  return null;
}

const REQUEST_OPENING = /^\s*(?:\*\*|__)?\[[A-Za-z]/;
/** "— *@lwozniak* · **Open**", "— @dk · ✅ Resolved": a review comment's author and state closing its line */
const REVIEW_SIGNATURE = /\s[—–]\s+[*_]{0,2}@[\w.-]+[*_]{0,2}\s*·\s*[^\n]{1,40}$/;

/** A paragraph's Markdown without the quote marks and list indents its later lines carry. */
function innerMd(text: string, b: RootContent): string {
  return src(text, b).slice(0, 20000).replace(/\n[ \t]*(?:>[ \t]?)*[ \t]*/g, '\n');
}

/** One tagged request and the outcome lines after it, or null when the paragraph is none. */
function requestDraft(ctx: RecordContext, set: SetContext, firstMd: string, afterMds: string[], start: number, end: number, setName: string, position: number): Draft | null {
  if (firstMd.length > 4000) return null;
  // ("- [REQUIRED] Please …⏎  Round 2: **resolved**": an outcome line inside the request's own paragraph)
  const lines = firstMd.split('\n');
  const cut = lines.findIndex((l, k) => k > 0 && ROUND_LINE.test(l));
  const raw = cut > 0 ? lines.slice(0, cut).join('\n') : firstMd;
  const after = cut > 0 ? [lines.slice(cut).join('\n'), ...afterMds] : afterMds;
  const tagged = requestTag(raw);
  const rating = tagged ? REQUEST_TAGS[tagged.tag] : null;
  if (!tagged || !rating) return null;
  // ("**[suggestion]** Split the migration … — *@lw* · **Open**": a review tool's comment, signed by its author
  // with its state, is read as the review's other comments are, its first sentence the title; no data editor's request)
  if (raw.includes('@') && REVIEW_SIGNATURE.test(raw)) return null;
  // ("**[REQUIRED]** items must be addressed …; **[SUGGESTED]** items …": the report's legend of its tags)
  if (/^(?:items?|requests?|tags?|points?|entries)\b/i.test(tagged.rest) || new Set(allMatches(raw, /\[([A-Za-z][A-Za-z ]{1,20})\]/g).map((m) => m[1].trim().toLowerCase()).filter((t) => t in REQUEST_TAGS)).size >= 2) return null;
  const title = plainInline(tagged.rest).replace(/\s+/g, ' ').trim();
  if (title.split(' ').length < 3) return null;
  let status: Status | null = null;
  let round = -1;
  let bodyMd = tagged.rest;
  for (const md of after) {
    bodyMd += '\n\n' + md;
    for (const line of md.split('\n')) {
      const m = ROUND_LINE.exec(line);
      const n = m?.[1] ? Number(m[1]) : 0;
      const st = m ? roundStatus(m[2]) : null;
      // (the latest round says where it stands)
      if (st && n >= round) {
        status = st;
        round = n;
      }
    }
  }
  const body = emptyBody();
  body.status = status;
  body.blocks = rating.blocks;
  // where the request points ("in `code/04_figures.do`, line 9"); the outcome's text only when it names none
  const own = lineOfLocations(title);
  for (const m of allMatches(tagged.rest.slice(0, 2000), SPAN_AND_AFTER)) if (m[1].length >= 3) addLocations(own, parseLocations(m[1] + m[2]).filter((x) => x.path.includes('/') || x.startLine != null));
  if (own.length) {
    body.locations = own;
    body.locField = true;
  }
  const lead = leadOf({ title, severity: rating.severity, severityText: `[${tagged.tag.toUpperCase()}]` });
  // (a request about a file of the deposit, "remove `raw/shapefiles.zip`", is not placed by the authors' answer)
  const namesFile = own.length > 0 || /`[^`\n]*[/.][^`\n]*`/.test(tagged.rest);
  const c: Candidate = { lead, body, start, end, bodyMd: namesFile ? tagged.rest : bodyMd, checked: null, nested: [] };
  const d = draftOf(ctx, c, set, 'paragraph', setName, true, ['request tag', ...(status ? ['status'] : [])], 0, position);
  if (namesFile) d.f.body = bodyMd.trim();
  return d;
}

/**
 * Convention: a journal data editor's replication report (AEA Data Editor template): each request is a
 * line tagged "[REQUIRED]" or "[SUGGESTED]", usually quoted ("> [REQUIRED] Please provide the code that
 * creates …") or a list item, the whole request sentence its title; in a later round each is repeated with
 * its outcome on the line after it ("Round 2: **resolved**", "Round 2: **not done — accepted**",
 * "Round 2: **new**"). A request listed again under "Action Items" is the same request (one finding,
 * merged by its words).
 */
export function requestRecords(ctx: RecordContext, blocks: RootContent[], s: Section, out: Draft[]): void {
  const text = ctx.text;
  const set = sectionContext(s);
  const setName = `tagged requests under line ${ctx.explain.lines.lineOf(s.start)}`;
  let members = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const b = blocks[bi];
    if (ctx.skip.has(b)) continue;
    // "- [REQUIRED] Please …" with its outcome lines nested or wrapped under it: one request to an item
    if (b.type === 'list') {
      const items = (b as List).children;
      if (items.length > 200 || !items.every((it) => it.children[0]?.type === 'paragraph' && requestTag(src(text, it.children[0])) !== null)) continue;
      const drafts: Draft[] = [];
      for (const it of items) {
        const after: string[] = [];
        for (const c of it.children.slice(1, 20)) {
          if (c.type === 'list') for (const sub of c.children.slice(0, 20)) if (sub.children[0]?.type === 'paragraph') after.push(innerMd(text, sub.children[0]));
          if (c.type === 'paragraph') after.push(innerMd(text, c));
        }
        const d = requestDraft(ctx, set, innerMd(text, it.children[0]), after, off(it, 'start'), off(it, 'end'), setName, members);
        if (d) {
          drafts.push(d);
          members++;
        }
      }
      if (!drafts.length) continue;
      out.push(...drafts);
      ctx.skip.add(b);
      continue;
    }
    if (b.type !== 'blockquote' && b.type !== 'paragraph') continue;
    const inner: RootContent[] = b.type === 'blockquote' ? (b.children as RootContent[]) : [b];
    const first = inner[0];
    // (most paragraphs open with no bracketed tag: one look at their first characters)
    if (!first || first.type !== 'paragraph' || !REQUEST_OPENING.test(text.slice(off(first, 'start'), off(first, 'start') + 8))) continue;
    // the outcome lines after it: in the quote, then the paragraphs that follow (one a round)
    const after: string[] = inner.slice(1, 20).filter((x) => x.type === 'paragraph').map((x) => innerMd(text, x));
    let end = bi;
    while (end + 1 < blocks.length && blocks[end + 1].type === 'paragraph' && ROUND_LINE.test(src(text, blocks[end + 1]).split('\n')[0])) after.push(innerMd(text, blocks[++end]));
    const d = requestDraft(ctx, set, innerMd(text, first), after, off(b, 'start'), off(blocks[end], 'end'), setName, members);
    if (!d) continue;
    members++;
    out.push(d);
    for (let k = bi; k <= end; k++) ctx.skip.add(blocks[k]);
    bi = end;
  }
}

/**
 * Convention: a patch reviewed on a mailing list (the Linux kernel's lists, lore archives, `git
 * send-email` threads): the reviewer quotes the patch ("> diff --git a/drivers/hwmon/kts41.c b/…",
 * "> +	ret = kts41_read_reg16(…);") and writes each comment right below the quoted lines it is about.
 * Each comment, the reviewer's paragraphs between two quoted pieces of the patch, is a finding about the
 * file of the diff header above it, titled by its first sentence ("nit:" before it rates it as a nit); a
 * mail's closing ("Overall …", "NAK for this version.", "With those two fixed:", "Reviewed-by: …",
 * "Thanks,") is none, and a paragraph after the closing that asks for more ("Please also add an
 * update_interval attribute; …") is one more comment. A new mail (a rule, a heading, a block of mail
 * headers) ends the patch. A later cover letter's changelog ("Changes in v2:" over "- propagate error codes
 * instead of returning -1 (Tomasz)") marks the comment each item is about fixed; a "Not changed:" list marks
 * its comments won't fix, or still open where the item promises them for later ("will send as a
 * follow-up").
 */
const QUOTED_DIFF_FILE = /^[ \t]*>[ \t]?(?:diff --git a\/\S+ b\/(\S+)|\+\+\+ b\/(\S+))/gm;
const QUOTED_PATCH_LINE = /^[ \t]*>[ \t]?(?:[+-](?![+-]{2}[ \t])|@@ )/m;
const SNIP = /^\s*(?:\[\s*(?:\.\.\.|…|snip(?:ped)?|trimmed)\s*\]|\.\.\.|…|<snip>)\s*$/i;
const MAIL_CLOSING = /^\s*(?:(?:Reviewed|Acked|Tested|Signed-off|Reported|Suggested|Nacked|Co-developed)-by:|N?ACK(?:ed)?\b|NAK\b|Overall\b|Otherwise\b|Other than that\b|Apart from that\b|With (?:th(?:ose|ese|is|at)|the above)\b[^.\n]{0,60}\b(?:fixed|addressed|changed|done)\b|Thanks\b|Thank you\b|Cheers\b|Regards\b|Best regards\b|LGTM\b|Looks good\b)/i;
const CHANGES_HEAD = /^\s*(?:(?:changes?|changelog)\b[^:\n]{0,30}\bv\d+\b|v\d+\s*(?:->|→|to)\s*v\d+|since v\d+)[^:\n]{0,20}:\s*$/i;
const UNCHANGED_HEAD = /^\s*(?:not (?:changed|addressed|done)|unchanged|left as is|kept as is)[^:\n]{0,30}:\s*$/i;

const PATCH_REVIEW_RECORDS_RE = /\([\p{L} ,.'-]{1,60}\)\s*$/u;
const PATCH_REVIEW_RECORDS_RE2 = /\p{L}/u;
const PATCH_REVIEW_RECORDS_RE3 = /[.!?](?=\s+[^\p{Ll}\s]|\s*$)/u;
export function patchReviewRecords(ctx: RecordContext, blocks: RootContent[], s: Section, out: Draft[]): void {
  const text = ctx.text;
  // (most sections quote no patch: one look for a quoted diff line before anything else)
  if (!blocks.some((b) => b.type === 'blockquote' && QUOTED_PATCH_LINE.test(src(text, b).slice(0, 20000)))) return;
  interface Comment { file: string; paras: RootContent[]; status: Status | null }
  const comments: Comment[] = [];
  let file: string | null = null;
  let afterPatch = false;
  let cur: Comment | null = null;
  const closings: RootContent[] = [];
  // "… with the missing copy-out and the unlocked two-register read I have to say" + "NAK for this version.":
  // a rejection and the comments of its mail it names as the reasons
  const naks: { text: string; from: number; to: number }[] = [];
  let mailStart = 0;
  let prevClosing: string | null = null;
  for (const b of blocks) {
    if (b.type === 'thematicBreak' || b.type === 'heading' || b.type === 'code' || b.type === 'table') {
      file = null;
      afterPatch = false;
      cur = null;
      mailStart = comments.length;
      prevClosing = null;
      continue;
    }
    if (b.type === 'blockquote') {
      const raw = src(text, b).slice(0, 200000);
      for (const m of allMatches(raw, QUOTED_DIFF_FILE)) file = m[1] ?? m[2];
      if (file && QUOTED_PATCH_LINE.test(raw)) afterPatch = true;
      cur = null;
      continue;
    }
    if (!afterPatch || !file) continue;
    if (b.type !== 'paragraph') {
      if (cur) cur.paras.push(b);
      continue;
    }
    const md = src(text, b);
    if (SNIP.test(md)) {
      cur = null;
      continue;
    }
    // ("Because of the unchecked length and the leaked buffer, NACK.": a short verdict with its reasons first)
    if (MAIL_CLOSING.test(md) || (md.length <= 400 && /\b(?:NAK|NACK)\b/.test(md))) {
      closings.push(b);
      cur = null;
      const plain = plainInline(md.slice(0, 1000)).replace(/\s+/g, ' ');
      if (/\bN[AE]?CK(?:ed)?\b|\bNAK\b/.test(plain)) naks.push({ text: `${prevClosing ?? ''} ${plain}`, from: mailStart, to: comments.length });
      prevClosing = plain;
      continue;
    }
    prevClosing = null;
    if (cur) {
      cur.paras.push(b);
      continue;
    }
    // (a name under the closing, "Tomasz")
    if (plainInline(md).trim().split(/\s+/).length < 3) continue;
    cur = { file, paras: [b], status: null };
    comments.push(cur);
  }
  if (comments.length < 2) return;
  // the cover letter of the next version: what its changelog says of each comment
  const words = comments.map((c) => wordSet(c.paras.filter((p) => p.type === 'paragraph').map((p) => plainInline(src(text, p).slice(0, 3000))).join(' ')));
  const said: { words: string[]; status: Status }[] = [];
  for (let bi = 0; bi + 1 < blocks.length; bi++) {
    const b = blocks[bi];
    const next = blocks[bi + 1];
    if (b.type !== 'paragraph' || next.type !== 'list') continue;
    const head = plainInline(src(text, b).split('\n').pop() ?? '');
    const fixed = CHANGES_HEAD.test(head);
    if (!fixed && !UNCHANGED_HEAD.test(head)) continue;
    for (const it of (next as List).children.slice(0, 100)) {
      const t = plainInline(src(text, it).slice(0, 1000)).replace(/^\s*[-*+]\s+/, '').replace(PATCH_REVIEW_RECORDS_RE, '');
      const later = /\bwill\b|\bfollow[- ]?up\b|\blater\b|\bnext (?:version|series|cycle|round)\b/i.test(t);
      said.push({ words: wordSet(t), status: fixed ? 'fixed' : later ? 'open' : 'wont_fix' });
    }
  }
  // (each item to the comment that shares most of its words, best pairs first)
  const pairs: { c: number; i: number; n: number }[] = [];
  for (const [i, item] of said.entries()) {
    for (const [c, w] of words.entries()) {
      let n = 0;
      for (const x of item.words) if (PATCH_REVIEW_RECORDS_RE2.test(x) && w.some((y) => y === x || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x))))) n++;
      if (n >= 2) pairs.push({ c, i, n });
    }
  }
  pairs.sort((a, b) => b.n - a.n);
  const usedItem = new Set<number>();
  for (const p of pairs) {
    if (usedItem.has(p.i) || comments[p.c].status) continue;
    comments[p.c].status = said[p.i].status;
    usedItem.add(p.i);
  }
  const heads = comments.map((c) => {
    let plain = plainInline(src(text, c.paras[0]).slice(0, 2000)).replace(/\s+/g, ' ').trim();
    const nit = /^(?:nit(?:pick)?|minor)\s*:\s*/i.exec(plain);
    if (nit) plain = plain.slice(nit[0].length);
    // the first sentence ("-1 is -EPERM" after it opens with no letter); a long one to its first semicolon
    const end = PATCH_REVIEW_RECORDS_RE3.exec(plain);
    let title = end ? plain.slice(0, end.index) : plain;
    if (title.split(' ').length > 12 && title.includes('; ')) title = title.slice(0, title.indexOf('; '));
    if (title.length > 200) title = title.slice(0, 200).replace(/\s+\S*$/, '') + '…';
    return { title, nit };
  });
  const blocking = nakReasons(naks, heads.map((h) => h.title));
  const set = sectionContext(s);
  const setName = `comments on a quoted patch under line ${ctx.explain.lines.lineOf(s.start)}`;
  for (const [k, c] of comments.entries()) {
    const first = c.paras[0];
    const { title, nit } = heads[k];
    const body = emptyBody();
    body.locations = [{ path: c.file, startLine: null, endLine: null }];
    body.locField = true;
    body.status = c.status;
    if (blocking.has(k)) body.blocks = true;
    const lead = leadOf({ title, ...(nit ? { severity: 'info' as Severity, severityText: nit[0].replace(/\s*:\s*$/, '') } : {}) });
    const last = c.paras[c.paras.length - 1];
    const cand: Candidate = { lead, body, start: off(first, 'start'), end: off(last, 'end'), bodyMd: c.paras.map((p) => src(text, p)).join('\n\n'), checked: null, nested: [] };
    out.push(draftOf(ctx, cand, set, 'paragraph', setName, true, ['comment under a quoted patch', ...(c.status ? ['status'] : [])], comments.length, k));
    for (const p of c.paras) ctx.skip.add(p);
  }
  for (const p of closings) ctx.skip.add(p);
}

/** a word's stem for matching a reviewer's phrase to a comment ("copied" and "copy", "reading" and "read") */
function stem(w: string): string {
  return w.replace(/ied$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
}

const NAK_REASONS_RE = /[^\p{L}\p{N}]+/u;
/**
 * The comments a rejection names as its reasons: "… but with the missing copy-out and the unlocked
 * two-register read I have to say NAK": each phrase after "with" / "because of" / "due to" is matched to the
 * comment of the same mail whose first sentence holds the phrase's head word ("copy-out", "read"; the
 * other words break ties), when one comment fits best.
 */
function nakReasons(naks: { text: string; from: number; to: number }[], firsts: string[]): Set<number> {
  const out = new Set<number>();
  for (const nak of naks) {
    const m = /\b(?:with|because of|due to|given)\s+(.{3,300}?)(?:,?\s+(?:I|we)\b|[.;:!]|$)/i.exec(nak.text);
    if (!m) continue;
    const titles: string[][] = [];
    for (let k = nak.from; k < nak.to; k++) titles.push(firsts[k].toLowerCase().split(NAK_REASONS_RE).filter(Boolean).map(stem));
    for (const phrase of m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).slice(0, 10)) {
      const toks = phrase.toLowerCase().split(/\s+/).filter((t) => t && !/^(?:the|a|an|this|that|these|those|its|their|your|our)$/.test(t));
      if (!toks.length) continue;
      const head = toks[toks.length - 1].split(NAK_REASONS_RE).filter(Boolean).map(stem);
      const rest = toks.slice(0, -1).flatMap((t) => t.split(NAK_REASONS_RE)).filter(Boolean).map(stem);
      let best = -1;
      let bestN = 0;
      let tie = false;
      for (const [k, words] of titles.entries()) {
        if (!head.some((h) => words.includes(h))) continue;
        const n = 2 + rest.filter((r) => words.includes(r)).length;
        if (n > bestN) {
          best = k;
          bestN = n;
          tie = false;
        } else if (n === bestN) tie = true;
      }
      if (best >= 0 && !tie) out.add(nak.from + best);
    }
  }
  return out;
}

/** "**mfrost** · 🔴 **[R1] Title.**", "**@ana** — **Title**": a comment's author in bold, then what the comment says */
const AUTHOR_THEN_TITLE = /^\s*(?:\*\*|__)@?[\p{L}][\p{L}\d._-]{0,39}(?:\*\*|__)\s*[·•—–]\s*(\S.*)$/u;

/** A heading without the file paths it names ("gateway/metrics.go", "metrics.py:12"). */
function withoutPaths(heading: string): string {
  return heading.includes('.') || heading.includes('/') ? heading.replace(/[\w.-]*(?:\/[\w.-]+)+|[\w-]+\.(?:[a-z]{1,5})(?::\d+)?(?![\w])/g, ' ') : heading;
}

/**
 * "✔ *Conversation resolved by mfrost*", "Thread unresolved": the state GitHub writes under a review thread,
 * pasted inside the comment's quote after its replies.
 */
function threadState(qlines: string[]): Status | null {
  for (let i = qlines.length - 1; i >= 0; i--) {
    const l = qlines[i];
    if (l.length > 120 || !/resolved/i.test(l) || /^\s*>/.test(l)) continue;
    // ("Thread: ✅ Resolved by @ana": the state after a colon too)
    const m = /^(?:(?:conversation|thread)\s*:?)?\s*(unresolved|resolved)\b/i.exec(plainInline(l).replace(EMOJI_RE, ' ').replace(/[✔✓☑]/gu, ' ').trim());
    if (m) return m[1].toLowerCase() === 'resolved' ? 'fixed' : 'open';
  }
  return null;
}

/**
 * The rows of a two-column table of one record's attributes ("| Attribute | Detail |" over "| CVSS v3.1 |
 * 7.1 — … |", "| Affected | … |", "| Retest | Not remediated |") as "Key: value" lines, or null: two rows at
 * least keyed by a finding's field, one of them a severity, status or location.
 */
function fieldTableLines(text: string, table: Table): string[] | null {
  const rows = table.children;
  if (rows.length < 3 || rows.length > 30 || rows.some((r) => r.children.length !== 2)) return null;
  const lines: string[] = [];
  let keyed = 0;
  let finding = false;
  for (const r of rows.slice(1)) {
    const k = plainInline(cellSourceOf(text, r.children[0])).replace(/\s+/g, ' ').replace(/:$/, '').trim();
    const v = cellSourceOf(text, r.children[1]).replace(/\s+/g, ' ').trim();
    if (!k || k.length > 40) return null;
    const kind = factKind(k) ?? factKind(k.replace(/\s*\([^)]*\)\s*$/, ''));
    if (kind && kind !== 'part') keyed++;
    if (kind === 'severity' || kind === 'status' || kind === 'location') finding = true;
    lines.push(`${k.replace(/\s*\([^)]*\)\s*$/, '')}: ${v}`);
  }
  return keyed >= 2 && finding ? lines : null;
}

