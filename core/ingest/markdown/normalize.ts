// Conventions writers use that CommonMark reads otherwise, repaired before remark parses the text.
// Lines keep their number and order, so source lines recorded for findings stay right.
import { allMatches } from './all-matches';

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * A line that opens or closes a code fence: the fence open after it (its character, or null when it
 * closed); undefined when the line is no fence.
 */
function fenceEdge(line: string, fence: string | null): string | null | undefined {
  // (a fence line opens with a space, a tab, a backtick or a tilde: most lines are no fence at their first character)
  const c0 = line.charCodeAt(0);
  if (c0 !== 96 && c0 !== 126 && c0 !== 32 && c0 !== 9) return undefined;
  const f = FENCE.exec(line);
  if (!f) return undefined;
  return fence === null ? f[1][0] : f[1][0] === fence ? null : fence;
}

/**
 * Reads lines in order and says which are fenced code: a fence's own lines and those inside it. One
 * reader per pass over the lines; lines a pass skips are not read.
 */
function fenceReader(): (line: string) => boolean {
  let fence: string | null = null;
  return (line) => {
    const edge = fenceEdge(line, fence);
    if (edge !== undefined) {
      fence = edge;
      return true;
    }
    return fence !== null;
  };
}

/**
 * Convention: a setext heading, a line of text underlined with "===" (level 1) or "---" (level 2), is a
 * heading as an ATX one is ("UAT-03 · Title" over a row of dashes heads a finding as "## UAT-03 · Title"
 * does). The normalizers after this one, and the readers after the parse, follow the heading levels of
 * "#" lines, so each setext heading of one line becomes the ATX heading CommonMark reads it as, and its
 * underline a blank line. Only a line that is a paragraph of its own (a blank line or a heading before
 * it; no list item, quote, table row, HTML or indented code) is taken; any other stays as it is.
 */
const SETEXT_UNDERLINE = /^ {0,3}(={3,}|-{3,})[ \t]*$/;
const NOT_PARAGRAPH_TEXT = /^(?:[ \t]|[-*+][ \t]|\d{1,9}[.)](?:[ \t]|$)|[>#|<]|\[[^\]]*\]:|(?:[-*_=][ \t]*){3,}$|`{3,}|~{3,})/;

export function setextHeadings(text: string): string {
  if (!/\n {0,3}(?:={3,}|-{3,})[ \t]*(?:\n|$)/.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  let start = 0;
  // (YAML front matter closes with "---" under a line of its own)
  if (lines[0] === '---') {
    const close = lines.findIndex((l, i) => i > 0 && (l === '---' || l === '...'));
    if (close > 0) start = close + 1;
  }
  let prevCode = true;
  for (let i = start; i < lines.length; i++) {
    const code = inCode(lines[i]);
    const u = !code && !prevCode && i >= start + 1 ? SETEXT_UNDERLINE.exec(lines[i]) : null;
    prevCode = code;
    if (!u) continue;
    const title = lines[i - 1];
    const before = i - 2 >= start ? lines[i - 2] : '';
    if (!title.trim() || NOT_PARAGRAPH_TEXT.test(title) || /#\s*$/.test(title)) continue;
    if (before.trim() && !/^ {0,3}#{1,6}(?:[ \t]|$)/.test(before)) continue;
    lines[i - 1] = `${u[1][0] === '=' ? '#' : '##'} ${title.trim()}`;
    lines[i] = '';
  }
  return lines.join('\n');
}

const SPACE_HEADING_HASHES_RE = /^(#{2,6})(?=[\p{L}\p{N}*_`[(\p{Extended_Pictographic}])/u;
/**
 * "##BUG #2: TUI Logging Not Working": hashes without the space CommonMark wants. Writers mean a
 * heading (the line sits among "## BUG #1: …" headings, and renders as one on some sites), so a
 * line of two to six hashes directly followed by a word, outside fenced code, gets the space. One
 * hash is left alone: "#123" and "#hashtag" open lines of prose.
 */
export function spaceHeadingHashes(text: string): string {
  if (!/^#{2,6}[^\s#]/m.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inCode(line)) continue;
    const m = SPACE_HEADING_HASHES_RE.exec(line);
    if (m) lines[i] = `${m[1]} ${line.slice(m[1].length)}`;
  }
  return lines.join('\n');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', middot: '·', mdash: '—', ndash: '–', hellip: '…', bull: '•', rarr: '→' };

/** Inline HTML of one line as Markdown: <code>, <b>/<strong>, <i>/<em>, <br>, entities. */
function inlineHtml(s: string): string {
  return s
    .replace(/<code>([^<]*)<\/code>/gi, '`$1`')
    .replace(/<\/?(?:b|strong)>/gi, '**')
    .replace(/<\/?(?:i|em)>/gi, '*')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)));
}

/**
 * Reports written by tools as HTML inside Markdown (nightly scan summaries, exported tickets):
 * block tags on their own lines become the Markdown a writer would have used. "<h3>High</h3>" is a
 * heading, "<summary>Title</summary>" of a <details> block is a heading one level below the last,
 * "<li>…</li>" a list item, "<p>…</p>" a paragraph; <details>, <aside> and list wrappers go. One line stays
 * one line. Other HTML is left to the parser (read as HTML, not findings).
 */
export function htmlBlocksToMarkdown(text: string): string {
  if (!/^[ \t]*<(?:h[1-6]|summary|details|aside|p|li|ul|ol|\/blockquote)\b/im.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  let depth = 0;
  let lastSummary: number | null = null;
  let lastSummaryEnd = -1;
  // the line of the last "<details>" alone on its line (blanked once read)
  let openedAt = -1;
  // the <details> blocks open around the line, outermost first
  const openDetails: { level: number; start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inCode(line)) continue;
    const atx = /^(#{1,6})\s/.exec(line);
    if (atx) {
      depth = atx[1].length;
      continue;
    }
    let m = /^[ \t]*<h([1-6])\b[^>]*>(.*?)<\/h\1>[ \t]*$/i.exec(line);
    if (m) {
      depth = Number(m[1]);
      lines[i] = `${'#'.repeat(depth)} ${inlineHtml(m[2]).trim()}`;
      continue;
    }
    m = /^[ \t]*(?:<details\b[^>]*>[ \t]*)?<summary\b[^>]*>(.*?)<\/summary>[ \t]*(?:<blockquote>[ \t]*)?$/i.exec(line);
    if (m) {
      // a <details> block groups what it holds: its summary heads the headings inside it ("<summary>Should
      // fix (4)</summary>" over "#### S1 · …" is a level-3 heading); one without headings inside sits
      // beside the <details> block just before it, else one level below the last heading
      const opened = /<details\b/i.test(line) || (openedAt >= 0 && prevContent(lines, i) < openedAt);
      const inner = opened ? detailsHeadingLevel(lines, i) : null;
      // (a block nested in another, CodeRabbit's "<summary>🧹 Nitpick comments (3)</summary>" over
      // "<summary>docs/webhooks.md (1)</summary>", is a level below the one that holds it; once that closed,
      // what follows sits beside it)
      while (openDetails.length && openDetails[openDetails.length - 1].end < i) {
        const closed = openDetails.pop()!;
        lastSummary = closed.level;
        lastSummaryEnd = closed.end;
      }
      const holder = openDetails.length ? openDetails[openDetails.length - 1] : null;
      // (Convention: Copilot's closing "<summary>Comments suppressed due to low confidence (2)</summary>": the comments
      // it held back, no part of the last comment above it; the block sits beside that comment, at its level)
      const beside = inner === null && !holder && depth > 0 && SUPPRESSED_COMMENTS.test(m[1]);
      const level: number =
        beside ? depth : inner !== null ? Math.max(1, inner - 1) : holder && !(lastSummary !== null && lastSummaryEnd > holder.start && lastSummaryEnd < holder.end && prevContent(lines, i) <= lastSummaryEnd) ? Math.min(6, holder.level + 1) : lastSummary !== null && lastSummaryEnd >= 0 && prevContent(lines, i) <= lastSummaryEnd ? lastSummary : Math.min(6, depth + 1);
      lines[i] = `${'#'.repeat(level)} ${inlineHtml(m[1]).trim()}`;
      lastSummary = level;
      lastSummaryEnd = opened ? detailsEnd(lines, i) : -1;
      if (opened && lastSummaryEnd > i) openDetails.push({ level, start: i, end: lastSummaryEnd });
      continue;
    }
    // (Convention: a callout exported from Notion, "<aside>" over "💡 TL;DR — …" and "</aside>": the wrapper
    // goes, the Markdown inside it is the report's text)
    if (/^[ \t]*(?:<\/?(?:details|aside|ul|ol|blockquote)\b[^>]*>[ \t]*)+$/i.test(line)) {
      if (/^[ \t]*<details\b[^>]*>[ \t]*$/i.test(line)) openedAt = i;
      lines[i] = '';
      continue;
    }
    m = /^[ \t]*<li\b[^>]*>(.*?)(?:<\/li>)?[ \t]*$/i.exec(line);
    if (m) {
      lines[i] = `- ${inlineHtml(m[1]).trim()}`;
      continue;
    }
    m = /^[ \t]*<p\b[^>]*>(.*?)(?:<\/p>)?[ \t]*$/i.exec(line);
    if (m) lines[i] = inlineHtml(m[1]).trim();
  }
  return lines.join('\n');
}

const SUPPRESSED_COMMENTS = /\bcomments?\b.{0,40}\b(?:suppressed|hidden|filtered out)\b/i;

/** the line of the </details> that closes the block opened at or just before line `at` (or -1) */
function detailsEnd(lines: string[], at: number): number {
  let open = 1;
  const inCode = fenceReader();
  for (let j = at + 1; j < lines.length && j < at + 5000; j++) {
    if (inCode(lines[j])) continue;
    open += (lines[j].match(/<details\b/gi)?.length ?? 0) - (lines[j].match(/<\/details>/gi)?.length ?? 0);
    if (open <= 0) return j;
  }
  return -1;
}

/** the smallest heading level inside the <details> block whose summary is on line `at`, or null */
function detailsHeadingLevel(lines: string[], at: number): number | null {
  const end = detailsEnd(lines, at);
  if (end < 0) return null;
  let min: number | null = null;
  const inCode = fenceReader();
  for (let j = at + 1; j < end; j++) {
    if (inCode(lines[j])) continue;
    const h = /^(#{1,6})\s/.exec(lines[j]) ?? /^[ \t]*<h([1-6])\b/i.exec(lines[j]);
    if (h) {
      const level = h[1].startsWith('#') ? h[1].length : Number(h[1]);
      if (min === null || level < min) min = level;
    }
  }
  return min;
}

/** the last line before `at` with any content, skipping blank lines and a lone "<details>" */
function prevContent(lines: string[], at: number): number {
  for (let j = at - 1; j >= 0; j--) {
    if (!lines[j].trim() || /^[ \t]*<details\b[^>]*>[ \t]*$/i.test(lines[j])) continue;
    return j;
  }
  return -1;
}

const DEFINITION_LISTS_RE = /^[\p{L}][\p{L}\p{N} /()'-]{0,40}$/u;
const DEFINITION_LISTS_RE2 = /^[\p{L}\p{N}`]/u;
/**
 * Definition lists (PHP Markdown Extra, Pandoc, Kramdown): "Severity" then ": High" on the next
 * line. Each term and its definition become one "Severity: High" line (the line after is left
 * empty, so line numbers hold), which the field readers take like any other field.
 */
export function definitionLists(text: string): string {
  if (!/\n:[ \t]+\S/.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (inCode(lines[i])) continue;
    const term = lines[i];
    const def = /^:[ \t]+(\S.*)$/.exec(lines[i + 1]);
    if (!def || (i > 0 && lines[i - 1].trim() !== '' && !/^:[ \t]/.test(lines[i - 1]) && !/^ {2,}\S/.test(lines[i - 1]))) continue;
    if (DEFINITION_LISTS_RE.test(term.trim())) {
      lines[i] = `${term.trim()}: ${def[1]}`;
      lines[i + 1] = '';
      continue;
    }
    // "The app crashes if …" over ": **Severity:** Critical · **Ticket:** CUI-312" and more ": …" lines:
    // a record whose title is the term and whose text is its definitions (a bold title, then its lines)
    if (!DEFINITION_LISTS_RE2.test(term.trim()) || term.length > 300 || /^\s*(?:[-*+]|\d+[.)])\s/.test(term)) continue;
    lines[i] = `**${term.trim().replace(/\*\*/g, '')}**`;
    for (let j = i + 1; j < lines.length && (/^:[ \t]+\S/.test(lines[j]) || /^ {2,}\S/.test(lines[j])); j++) lines[j] = lines[j].replace(/^:[ \t]+/, '');
  }
  return lines.join('\n');
}

/**
 * Emoji shortcodes as Slack, GitHub and Teams write them (":red_circle:", ":white_check_mark:"): the
 * emoji they stand for, so that colours, marks and ticks mean in a pasted thread what they mean
 * elsewhere. Only the shortcodes reports rate or mark with; others stay as written.
 */
const SHORTCODES: Record<string, string> = {
  red_circle: '🔴', large_red_circle: '🔴', large_orange_circle: '🟠', orange_circle: '🟠', large_yellow_circle: '🟡', yellow_circle: '🟡',
  large_green_circle: '🟢', green_circle: '🟢', large_blue_circle: '🔵', blue_circle: '🔵', large_purple_circle: '🟣', white_circle: '⚪', black_circle: '⚫',
  red_square: '🟥', large_orange_square: '🟧', orange_square: '🟧', large_yellow_square: '🟨', yellow_square: '🟨', large_green_square: '🟩', green_square: '🟩',
  fire: '🔥', rotating_light: '🚨', warning: '⚠️', x: '❌', no_entry: '⛔', no_entry_sign: '🚫', octagonal_sign: '🛑', stop_sign: '🛑',
  white_check_mark: '✅', heavy_check_mark: '✔️', ballot_box_with_check: '☑️', information_source: 'ℹ️', bulb: '💡', question: '❓', grey_question: '❔',
  bug: '🐛', lock: '🔒', construction: '🚧', memo: '📝', pushpin: '📌', round_pushpin: '📍', '+1': '👍', thumbsup: '👍', tada: '🎉', sparkles: '✨', eyes: '👀', scream: '😱',
};
export function emojiShortcodes(text: string): string {
  // Material for MkDocs' icon shortcodes (":material-check-circle:", ":octicons-alert-16:",
  // ":fontawesome-solid-bug:"): pictures, whose meaning the words beside them state; they are dropped
  if (/:(?:material|octicons|fontawesome|simple)-[\w-]{1,60}:/.test(text)) text = text.replace(/:(?:material|octicons|fontawesome|simple)-[\w-]{1,60}:[ \t]?/g, '');
  if (!/:[a-z_+1]{1,30}:/.test(text)) return text;
  return text.replace(/(?<![\w:]):([a-z][a-z_]{0,28}|\+1):(?![\w:])/g, (m, name: string) => SHORTCODES[name] ?? m);
}

/**
 * GitHub's alert callouts ("> [!CAUTION]" on a quote's first line, then its text): the marker is the
 * callout's kind, not text of what it holds, so "> **LT-1 · Title**" under it opens the quote. The
 * marker line is kept as an empty quote line so every line keeps its number.
 */
export function githubAlerts(text: string): string {
  if (!text.includes('[!')) return text;
  return text.replace(/^([ \t]{0,3}(?:>[ \t]?)+)\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*$/gim, (_m, quote: string) => quote.trimEnd());
}

/** Confluence's and Jira's wiki emoticons, as their marks: (x) error, (!) warning, (i) info, (/) done, (?) question. */
const WIKI_EMOTICON: Record<string, string> = { '(x)': '❌', '(!)': '⚠️', '(i)': 'ℹ️', '(/)': '✅', '(?)': '❓', '(+)': '➕', '(-)': '➖' };

/**
 * A page exported from Confluence keeps its wiki markup: "{status:colour=Red|title=OPEN}" lozenges,
 * "{jira:key=PEB-412}" links, "(x)" / "(!)" / "(i)" emoticons, "{info}" / "{panel:…}" / "{code}" macro
 * fences. Only in a text that has such macros are they read: a lozenge as its title, a Jira link as
 * its key, an emoticon as its mark (elsewhere "(i)" opens an enumeration), a fence line as blank text.
 * Every line keeps its number.
 */
export function confluenceMarkup(text: string): string {
  if (!/\{(?:status|jira|panel|info|note|warning|tip|expand|toc|code)[:}]/.test(text)) return text;
  let out = text.replace(/\{status:[^{}\n]*?title=([^|{}\n]+)[^{}\n]*\}/g, (_m, title: string) => title.trim());
  out = out.replace(/\{jira:(?:[^{}\n]*?\|)?key=([A-Z][A-Z0-9]{0,9}-\d+)[^{}\n]*\}/g, '$1');
  out = out.replace(/^[ \t]*\{(?:info|note|warning|tip|panel|expand|toc|code|noformat|section|column)(?::[^}\n]*)?\}[ \t]*$/gm, '');
  out = out.replace(/(^|[\s|])(\((?:x|!|i|\/|\?|\+|-)\))(?=[\s|.,;:]|$)/gm, (_m, pre: string, e: string) => pre + WIKI_EMOTICON[e]);
  return out;
}

/**
 * Marks of the outlines official documents in Korean, Japanese and Chinese are written in: "□" heads an entry, "○" the lines under it, "-" and "·" the lines under
 * those; "■", "◆", "◇" and "▣" head entries too, "●", "◎" and "◦" the lines under them. CommonMark
 * reads them as text, so an entry and its lines run together into one paragraph. Each becomes the list
 * item it is, nested by its mark (an entry's lines under the entry, whatever their indent). "※" marks a
 * note, which stays a paragraph. Every line keeps its number.
 */
const OUTLINE_LEVEL: Record<string, number> = { '□': 1, '■': 1, '◆': 1, '◇': 1, '▣': 1, '❏': 1, '❑': 1, '○': 2, '●': 2, '◎': 2, '◦': 2 };
const OUTLINE_LINE = /^[ \t]{0,8}([□■◆◇▣❏❑○●◎◦])[ \t]+(?=[^\s□■◆◇▣❏❑○●◎◦])/u;

export function outlineMarkers(text: string): string {
  if (!/^[ \t]{0,8}[□■◆◇▣❏❑○●◎◦][ \t]+[^\s□■◆◇▣❏❑○●◎◦]/mu.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  // the level of the last outline entry (0: outside an outline)
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // (a fence ends the outline)
    if (inCode(line)) {
      level = 0;
      continue;
    }
    const m = OUTLINE_LINE.exec(line);
    if (m) {
      level = OUTLINE_LEVEL[m[1]];
      lines[i] = `${'  '.repeat(level - 1)}- ${line.slice(m[0].length)}`;
      continue;
    }
    if (!level || !line.trim()) continue;
    // "    - 판정 구분 : …" under a "○" line: one level below the entry over it ("·", "・" one more)
    const sub = /^[ \t]*([-*+·・])[ \t]+(?=\S)/u.exec(line);
    if (sub) lines[i] = `${'  '.repeat(/[·・]/u.test(sub[1]) ? level + 1 : level)}- ${line.slice(sub[0].length)}`;
    // a line of text at the margin (a heading, a paragraph, a table) ends the outline
    else if (!/^[ \t]/.test(line)) level = 0;
  }
  return lines.join('\n');
}

/**
 * Convention: reStructuredText's auto-numbered list, "#. **Before the branch cut:** Finding 2, Finding 1", as
 * Sphinx reports number their plans: CommonMark reads "#." as text, so the items run together into one paragraph.
 * Each marker becomes "1." (CommonMark numbers the items that follow in turn); every line keeps its number and
 * length.
 */
const RST_AUTO_ENUM = /^[ \t]{0,8}#\.[ \t]+\S/m;
export function rstAutoEnumerated(text: string): string {
  if (!RST_AUTO_ENUM.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  for (let i = 0; i < lines.length; i++) {
    if (inCode(lines[i])) continue;
    const m = /^([ \t]{0,8})#\.(?=[ \t]+\S)/.exec(lines[i]);
    if (m) lines[i] = `${m[1]}1.${lines[i].slice(m[0].length)}`;
  }
  return lines.join('\n');
}

/**
 * MkDocs (Python-Markdown) admonitions and Material's content tabs: `!!! danger "DR-1 · Title"`, a
 * collapsible `??? warning "…"` (`???+` open), then the box's text indented by four spaces; `=== "Tab"`
 * likewise. CommonMark reads the indented text as code, so a page that puts each finding in a box reads
 * as none. A box becomes a heading one level below the heading it sits under, its kind kept as a Pandoc
 * class (`#### DR-1 · Title {.danger}`: the report's legend may rate the kind), and its text is
 * dedented; a box without a title is titled by its kind, as MkDocs shows it. A tab becomes its title in
 * bold over its dedented text. Every line keeps its number.
 */
const BOX_LINE = /^( {0,12})(!!!|\?\?\?\+?|===)[ \t]+(?:([\w-]+)(?:[ \t]+[\w-]+)*)?[ \t]*(?:"([^"\n]*)"|'([^'\n]*)')?[ \t]*$/;

/**
 * Visits the lines outside fenced code and outside ATX headings with the level of the last heading
 * above each: the walk of the readers that turn a box (an admonition, a callout) into a heading one
 * level below. `visit` may rewrite lines; it returns the last line it has read.
 */
function underHeadings(lines: string[], visit: (i: number, level: number) => number): void {
  const inCode = fenceReader();
  let level = 1;
  for (let i = 0; i < lines.length; i++) {
    if (inCode(lines[i])) continue;
    const h = /^ {0,3}(#{1,6})[ \t]/.exec(lines[i]);
    if (h) level = h[1].length;
    else i = visit(i, level);
  }
}

export function mkdocsBlocks(text: string): string {
  if (!/^ {0,12}(?:!!!|\?\?\?|===)[ \t]/m.test(text)) return text;
  const lines = text.split('\n');
  underHeadings(lines, (i, level) => {
    const m = BOX_LINE.exec(lines[i]);
    if (!m || (m[2] !== '===' && !m[3]) || (m[2] === '===' && m[4] === undefined && m[5] === undefined)) return i;
    const indent = m[1].length;
    // the box's text: the lines indented four more than its marker, and blank lines between them
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (!lines[j].trim()) continue;
      const lead = /^[ \t]*/.exec(lines[j])![0].replace(/\t/g, '    ').length;
      if (lead < indent + 4) break;
      end = j;
    }
    if (end === i) return i;
    const title = (m[4] ?? m[5] ?? '').trim();
    if (m[2] === '===') lines[i] = `${' '.repeat(indent)}**${title}**`;
    else {
      const kind = m[3];
      const named = title || kind.charAt(0).toUpperCase() + kind.slice(1);
      lines[i] = `${'#'.repeat(Math.min(6, level + 1))} ${named} {.${kind}}`;
    }
    for (let j = i + 1; j <= end; j++) lines[j] = lines[j].replace(/\t/g, '    ').slice(Math.min(indent + 4, /^ */.exec(lines[j].replace(/\t/g, '    '))![0].length));
    // a box inside the box is read in its turn (its own markers are dedented now)
    return i;
  });
  return lines.join('\n');
}

/**
 * Admonitions written as container directives, as Docusaurus, VitePress and remark-directive pages do:
 * `:::danger[EL-1 · Title]` (or `:::danger EL-1 · Title`, `::: warning Title`), the box's text on the
 * lines after it, unindented, closed by a line of colons as long as the opening run (`::::` holds a
 * nested `:::`). A box becomes a heading one level below the heading it sits under, its kind kept as a
 * Pandoc class as for MkDocs boxes (`#### EL-1 · Title {.danger}`: the report's legend may rate the
 * kind); the closing line is left blank. Every line keeps its number.
 */
const DIRECTIVE_OPEN = /^ {0,3}(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[([^\]\n]*)\]|[ \t]+([^{\n]*?))?[ \t]*(?:\{[^}\n]*\})?[ \t]*$/;

export function directiveBlocks(text: string): string {
  if (!/^ {0,3}:{3,}[ \t]*[A-Za-z]/m.test(text)) return text;
  const lines = text.split('\n');
  underHeadings(lines, (i, level) => {
    const m = DIRECTIVE_OPEN.exec(lines[i]);
    if (!m) return i;
    const fence = m[1];
    // the closing line: a run of colons as long as the opening one, alone on its line
    let end = -1;
    for (let j = i + 1; j < lines.length && j <= i + 400; j++) {
      const close = /^ {0,3}(:{3,})[ \t]*$/.exec(lines[j]);
      if (close && close[1].length === fence.length) {
        end = j;
        break;
      }
    }
    if (end < 0) return i;
    const kind = m[2];
    const title = (m[3] ?? m[4] ?? '').trim();
    lines[i] = `${'#'.repeat(Math.min(6, level + 1))} ${title || kind.charAt(0).toUpperCase() + kind.slice(1)} {.${kind.toLowerCase()}}`;
    lines[end] = '';
    // a box inside the box is read in its turn
    return i;
  });
  return lines.join('\n');
}

const GRID_BORDER = /^[ \t]{0,3}\+(?:[-=:]+\+)+[ \t]*$/;
const SIMPLE_RULE = /^[ \t]{0,3}-{3,}(?:[ \t]+-{3,})+[ \t]*$/;

/** One pipe-table row from cells ("| a | b |"), pipes inside a cell escaped. */
function pipeRow(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')).join(' | ')} |`;
}

/**
 * Pandoc's grid tables ("+----+----+" borders, "| a  | b  |" rows whose cells may wrap over several
 * lines, "+====+" under the header) and simple tables (a header line over a rule of dash runs, one
 * run a column, rows to the next blank line), as pandoc, Sphinx and report templates write them.
 * CommonMark reads neither. Each becomes a pipe table: a grid row's lines are one row, its cells'
 * lines joined; a grid table without a header rule gets an empty header. A grid table's rows move up
 * to its first lines and blank lines take the rest, so the lines after it keep their numbers; a
 * simple table keeps every line where it was.
 */
export function pandocTables(text: string): string {
  if (!/^[ \t]{0,3}\+[-=:]+\+/m.test(text) && !/^[ \t]{0,3}-{3,}[ \t]+-{3,}/m.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inCode(line)) continue;
    if (GRID_BORDER.test(line)) {
      const start = i;
      const cuts: number[] = [];
      for (let k = 0; k < line.length; k++) if (line[k] === '+') cuts.push(k);
      let end = i;
      while (end + 1 < lines.length && /^[ \t]{0,3}[+|]/.test(lines[end + 1])) end++;
      if (end === start || !GRID_BORDER.test(lines[end])) continue;
      const rows: string[][] = [];
      let header = -1;
      let cur: string[] | null = null;
      for (let j = start + 1; j <= end; j++) {
        const l = lines[j];
        if (GRID_BORDER.test(l)) {
          if (cur) rows.push(cur);
          cur = null;
          if (/=/.test(l) && header < 0) header = rows.length;
          continue;
        }
        const cells = cuts.slice(0, -1).map((c, k) => l.slice(c + 1, cuts[k + 1]).trim());
        if (!cur) cur = cells.map(() => '');
        cells.forEach((c, k) => (cur![k] = c ? (cur![k] ? `${cur![k]} ${c}` : c) : cur![k]));
      }
      if (!rows.length) continue;
      const width = cuts.length - 1;
      const out: string[] = [];
      const head = header > 0 ? rows.slice(0, header) : [];
      out.push(pipeRow(head.length ? head[0].map((_, k) => head.map((r) => r[k]).filter(Boolean).join(' ')) : Array(width).fill('')));
      out.push(`|${' --- |'.repeat(width)}`);
      for (const r of rows.slice(head.length)) out.push(pipeRow(r));
      for (let j = start; j <= end; j++) lines[j] = out[j - start] ?? '';
      i = end;
      continue;
    }
    // a simple table: a header line (after a blank line) over a rule of dash runs
    if (SIMPLE_RULE.test(line) && i > 0 && lines[i - 1].trim() && !/^[ \t]*[-+|]/.test(lines[i - 1]) && (i < 2 || !lines[i - 2].trim())) {
      const runs = allMatches(line, /-{3,}/g).map((m) => m.index!);
      const split = (l: string) => runs.map((r, k) => l.slice(k === 0 ? 0 : r, runs[k + 1] ?? l.length).trim());
      let end = i;
      while (end + 1 < lines.length && lines[end + 1].trim() && !SIMPLE_RULE.test(lines[end + 1])) end++;
      if (end === i) continue;
      lines[i - 1] = pipeRow(split(lines[i - 1]));
      lines[i] = `|${' --- |'.repeat(runs.length)}`;
      for (let j = i + 1; j <= end; j++) lines[j] = pipeRow(split(lines[j]));
      i = end;
    }
  }
  return lines.join('\n');
}

/**
 * Convention: reStructuredText's list-table directive, as Sphinx reports lay out their summary tables
 * (".. list-table:: Findings by severity" with ":header-rows: 1", then "* - Critical" over "  - 1", one
 * bullet a row and one dash a cell): CommonMark reads the rows as nested lists, so a count by level reads
 * as none. The rows become a pipe table from the first row's line (an empty header where the directive
 * names no header row), blank lines taking the rest, so the lines after it keep their numbers.
 */
const RST_LIST_TABLE = /^[ \t]*\.\.[ \t]+list-table::/;
const RST_ROW = /^([ \t]*)\*[ \t]+-[ \t]+(.*)$/;
export function rstListTables(text: string): string {
  if (!/^[ \t]*\.\.[ \t]+list-table::/m.test(text)) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!RST_LIST_TABLE.test(lines[i])) continue;
    let j = i + 1;
    let headerRows = 0;
    for (; j < lines.length && /^[ \t]+:[\w-]+:/.test(lines[j]); j++) {
      const h = /:header-rows:[ \t]*(\d)/.exec(lines[j]);
      if (h) headerRows = Number(h[1]);
    }
    while (j < lines.length && !lines[j].trim()) j++;
    const first = RST_ROW.exec(lines[j] ?? '');
    if (!first) continue;
    const start = j;
    const rowIndent = first[1].length;
    const rows: string[][] = [];
    let end = j;
    for (; j < lines.length; j++) {
      const l = lines[j];
      if (!l.trim()) continue;
      const indent = /^[ \t]*/.exec(l)![0].length;
      if (indent < rowIndent || (indent === rowIndent && !RST_ROW.test(l))) break;
      const row = RST_ROW.exec(l);
      const cell = /^[ \t]*-[ \t]+(.*)$/.exec(l);
      if (row && row[1].length === rowIndent) rows.push([row[2].trim()]);
      else if (cell && indent === rowIndent + 2) rows[rows.length - 1].push(cell[1].trim());
      else {
        const cur = rows[rows.length - 1];
        cur[cur.length - 1] = `${cur[cur.length - 1]} ${l.trim()}`.trim();
      }
      end = j;
    }
    const width = rows[0].length;
    if (rows.length < 2 || width < 2 || rows.some((r) => r.length !== width) || headerRows > 1) continue;
    const out = [pipeRow(headerRows ? rows[0] : Array(width).fill('')), `|${' --- |'.repeat(width)}`, ...rows.slice(headerRows).map(pipeRow)];
    if (out.length > end - start + 1) continue;
    for (let k = start; k <= end; k++) lines[k] = out[k - start] ?? '';
    i = end;
  }
  return lines.join('\n');
}

/**
 * Obsidian callouts ("> [!danger]+ M365-01 · Title", then the box's text quoted under it; "+" or "-"
 * after the type makes it foldable): a callout with a title is a record box, as an MkDocs admonition
 * is. It becomes a heading one level below the heading it sits under, its type kept as a Pandoc class
 * (`### M365-01 · Title {.danger}`: the type may rate it, and the report's legend may say how), and
 * its quoted lines lose one level of quoting. A callout without a title keeps its quote and loses the
 * marker (as GitHub's alerts). Block ids ("^m365-01" alone on a line, Obsidian's anchors for links)
 * are no text. Every line keeps its number.
 */
const CALLOUT_LINE = /^ {0,3}>[ \t]?\[!([\w-]{1,30})\]([+-]?)[ \t]*(.*)$/;

export function obsidianCallouts(text: string): string {
  if (!/^ {0,3}>[ \t]?\[![\w-]{1,30}\]/m.test(text)) return text;
  const lines = text.split('\n');
  underHeadings(lines, (i, level) => {
    if (/^\^[\w-]{1,60}[ \t]*$/.test(lines[i])) {
      lines[i] = '';
      return i;
    }
    const m = CALLOUT_LINE.exec(lines[i]);
    if (!m) return i;
    const title = m[3].trim();
    if (!title) {
      lines[i] = '>';
      return i;
    }
    lines[i] = `${'#'.repeat(Math.min(6, level + 1))} ${title} {.${m[1].toLowerCase()}}`;
    // the callout's text: the quoted lines after it, one level of quoting off
    let j = i + 1;
    for (; j < lines.length && /^ {0,3}>/.test(lines[j]); j++) lines[j] = lines[j].replace(/^ {0,3}>[ \t]?/, '');
    return j - 1;
  });
  return lines.join('\n');
}

/**
 * Dataview's inline fields in Obsidian notes: "ризик:: критичний", "**Severity**:: High" on a line of
 * their own (a list item's or a quote's too), "[status:: open]" and "(due:: 2025-03-01)" inside a line.
 * Each becomes the "key: value" field the field readers take; fields inside a line are set off from
 * the text before them by a dash and from each other by middle dots, as a record's title and its
 * badges are ("Title — severity: high · status: open"). Outside code.
 */
const DATAVIEW_LINE = /^([ \t]*(?:>[ \t]?)*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?)((?:\*\*|__)?[\p{L}][\p{L}\p{N}_ -]{0,40}?(?:\*\*|__)?)::(?=[ \t]|$)/u;
const DATAVIEW_INLINE = /[ \t]*[[(]([\p{L}][\p{L}\p{N}_ -]{0,40}?)::[ \t]*([^\]\n)]{0,200})[\])]/gu;

const DATAVIEW_FIELDS_RE = /[-_](?=\p{L})/gu;
export function dataviewFields(text: string): string {
  if (!text.includes('::')) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (inCode(line) || !line.includes('::')) continue;
    // (Dataview keys join their words with dashes or underscores, "blocks-release", "due_date": words)
    line = line.replace(DATAVIEW_LINE, (_m, lead: string, key: string) => `${lead}${key.replace(DATAVIEW_FIELDS_RE, ' ')}:`);
    if (line.includes('::')) {
      line = line.replace(DATAVIEW_INLINE, (_m, key: string, value: string, at: number) => {
        const before = line.slice(0, at).replace(/^[ \t]*(?:>[ \t]?)*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?/, '');
        const sep = !before.trim() ? '' : /[:：]\s*\S/u.test(before) ? ' · ' : ' — ';
        return `${sep}${key.trim().replace(DATAVIEW_FIELDS_RE, ' ')}: ${value.trim()}`;
      });
    }
    lines[i] = line;
  }
  return lines.join('\n');
}

/**
 * Obsidian's wikilinks: "[[Page|shown text]]" is its shown text, "[[Page]]" and "[[#^block-id]]" the
 * page or block named; an embed ("![[diagram.png]]") is no text. A Markdown link whose text opens
 * with a bracket ("[[H-01] Title](url)") is no wikilink.
 */
const WIKILINK = /(!?)\[\[([^[\]\n|`]{1,200})(?:\|([^[\]\n`]{1,200}))?\]\](?!\()/g;

export function wikiLinks(text: string): string {
  if (!/\[\[[^[\]\n|`]{1,200}(?:\|[^[\]\n`]{1,200})?\]\]/.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  for (let i = 0; i < lines.length; i++) {
    // (outside code: "[[package]]" in a TOML block is an array of tables)
    if (inCode(lines[i]) || !lines[i].includes('[[')) continue;
    lines[i] = lines[i]
      .split(/(`[^`\n]*`)/)
      .map((part) =>
        part.startsWith('`') ? part : part.replace(WIKILINK, (_m, embed: string, target: string, alias: string | undefined) => (embed ? '' : (alias ?? target.replace(/^#\^?/, '').replace(/#\^?/, ' › ')).trim())),
      )
      .join('');
  }
  return lines.join('\n');
}

/** The text of one HTML table cell as inline Markdown: its paragraphs set off by dashes, tags gone. */
function htmlCellText(html: string): string {
  const paras = html.replace(/<\/p>\s*<p\b[^>]*>/gi, ' — ').replace(/<br\s*\/?>/gi, ' — ');
  return inlineHtml(paras)
    .replace(/<[^>\n]{0,500}>/g, ' ')
    .replace(/^[\s—]+|[\s—]+$/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * HTML tables in Markdown, as pandoc writes a Word table it cannot draw as a pipe table (merged cells)
 * and as tools and people paste them: "<table>" … "<tr>" / "<th>" / "<td rowspan="3">" … "</table>".
 * CommonMark keeps them as raw HTML, so no row is read. Each becomes a pipe table whose every row is a
 * record: a cell spanning rows (rowspan) or columns (colspan) is repeated in each row and column it
 * covers, as a reader of the table takes it; the first row is the header when it is made of <th>
 * cells or sits in <thead>, else the header is empty. The rows move up to the table's first lines and
 * blank lines take the rest, so the lines after it keep their numbers. A table inside a table is left.
 */
export function htmlTables(text: string): string {
  if (!/^[ \t]{0,3}<table\b/im.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  for (let i = 0; i < lines.length; i++) {
    if (inCode(lines[i]) || !/^[ \t]{0,3}<table\b/i.test(lines[i])) continue;
    let end = i;
    while (end < lines.length && !/<\/table>/i.test(lines[end]) && end - i < 20000) end++;
    if (end >= lines.length) break;
    const html = lines.slice(i, end + 1).join('\n');
    if ((html.match(/<table\b/gi)?.length ?? 0) !== 1) {
      i = end;
      continue;
    }
    // rows of cells: [text, rowspan, colspan, header cell]
    const rows: { cells: [string, number, number, boolean][]; head: boolean }[] = [];
    let inHead = false;
    let row: { cells: [string, number, number, boolean][]; head: boolean } | null = null;
    let cell: { start: number; rs: number; cs: number; th: boolean } | null = null;
    for (const t of allMatches(html, /<(\/?)(thead|tbody|tfoot|tr|td|th)\b([^>]{0,500})>/gi)) {
      const close = t[1] === '/';
      const tag = t[2].toLowerCase();
      const at = t.index!;
      if (cell && (tag === 'td' || tag === 'th' || tag === 'tr' || tag === 'thead' || tag === 'tbody' || tag === 'tfoot')) {
        row?.cells.push([htmlCellText(html.slice(cell.start, at)), cell.rs, cell.cs, cell.th]);
        cell = null;
      }
      if (tag === 'thead') inHead = !close;
      else if (tag === 'tr' && !close) {
        row = { cells: [], head: inHead };
        rows.push(row);
      } else if (tag === 'tr') row = null;
      else if ((tag === 'td' || tag === 'th') && !close && row) {
        const span = (name: string) => Math.min(50, Math.max(1, Number(new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,3})`, 'i').exec(t[3])?.[1] ?? 1)));
        cell = { start: at + t[0].length, rs: span('rowspan'), cs: span('colspan'), th: tag === 'th' };
      }
    }
    if (!rows.length) continue;
    // the grid: a spanning cell fills the places it covers below and beside it
    const grid: string[][] = [];
    const pending: { text: string; left: number }[] = [];
    for (const r of rows) {
      const out: string[] = [];
      let col = 0;
      const fillPending = () => {
        while (pending[col] && pending[col].left > 0) {
          out[col] = pending[col].text;
          pending[col].left--;
          col++;
        }
      };
      fillPending();
      for (const [t, rs, cs] of r.cells) {
        for (let k = 0; k < cs; k++) {
          out[col] = t;
          if (rs > 1) pending[col] = { text: t, left: rs - 1 };
          col++;
        }
        fillPending();
      }
      grid.push(out);
    }
    const width = Math.max(...grid.map((r) => r.length));
    // (a header of two rows, "Location" over "File" and "Line": each column's names joined, once each)
    let headRows = 0;
    while (headRows < rows.length - 1 && (rows[headRows].head || rows[headRows].cells.every((c) => c[3]))) headRows++;
    const header = Array.from({ length: width }, (_, k) => [...new Set(grid.slice(0, headRows).map((r) => r[k] ?? '').filter(Boolean))].join(' '));
    const out = [pipeRow(Array.from({ length: width }, (_, k) => header[k] ?? '')), `|${' --- |'.repeat(width)}`];
    // (a row of one cell across the whole table, "<td colspan="6">Public site</td>", labels the rows under
    // it, as a group row of a Word register: its text once, in the first column)
    rows.slice(headRows).forEach((r, k) => {
      const whole = width > 1 && r.cells.length === 1 && r.cells[0][2] >= width;
      out.push(pipeRow(Array.from({ length: width }, (_, c) => (whole ? (c === 0 ? r.cells[0][0] : '') : (grid[k + headRows][c] ?? '')))));
    });
    const span = end - i + 1;
    for (let j = 0; j < span; j++) lines[i + j] = j < span - 1 ? (out[j] ?? '') : out.slice(j).join('\n');
    i = end;
  }
  return lines.join('\n');
}

/**
 * Convention: a Logseq (or Roam) page exported as Markdown is one outline: page properties at the top
 * ("title:: Review/…", "tags:: [[…]]"), then every block a bullet, headings too ("- ## Findings",
 * "  - ### [[Auth & sessions]]"), a block's properties on its own indented lines under it
 * ("severity:: high", "file:: src/x.ts:42") and its child blocks indented below. A task block opens
 * with Logseq's marker ("TODO", "LATER", "DOING", "NOW", "WAITING", "DONE", "CANCELED"). Read as the
 * page shows it:
 * - a heading block whose ancestors are all headings is that heading, and its children are the
 *   section's content (dedented to the margin);
 * - a block there with properties or child blocks that is a task, or one with properties, is a record:
 *   a heading one level below the heading it sits under, its marker the state (as a Pandoc attribute,
 *   "{status=open}", unless a status property says it), its properties and children its text;
 * - a task with neither is a to-do item ("- DONE FS-01 fix merged" is "- [x] FS-01 fix merged"), and a
 *   plain block right before a run of such items introduces them (a paragraph over the list).
 * Only a page whose every line at the margin is a bullet or a page property is read so; fenced code in
 * a block is its text. Every line keeps its number.
 */
// (Roam writes the marker as a macro, "{{[[TODO]]}} Title", "{{[[DONE]]}} …")
const LOGSEQ_MARKER = /^(?:\{\{\[\[)?(TODO|LATER|DOING|NOW|WAITING|WAIT|IN-PROGRESS|DONE|CANCELED|CANCELLED)(?:\]\]\}\})?[ \t]+(?=\S)/;
const LOGSEQ_STATE: Record<string, string> = {
  TODO: 'open', LATER: 'open', WAITING: 'open', WAIT: 'open', DOING: '"in progress"', NOW: '"in progress"',
  'IN-PROGRESS': '"in progress"', DONE: 'done', CANCELED: 'wontfix', CANCELLED: 'wontfix',
};
const LOGSEQ_PROPERTY = /^[\p{L}][\p{L}\p{N}_-]{0,40}::(?:[ \t]|$)/u;

interface LogseqBlock {
  line: number;
  indent: number;
  /** the block's first line after its bullet */
  text: string;
  /** the lines after its first that are its own (properties, wrapped text, code) */
  own: number[];
  props: Set<string>;
  children: LogseqBlock[];
}

function logseqIndent(ws: string): number {
  let n = 0;
  for (const c of ws) n += c === '\t' ? 2 : 1;
  return n;
}

export function logseqOutline(text: string): string {
  if (!/^- (?:#{1,6} |(?:\{\{\[\[)?(?:TODO|LATER|DOING|NOW|WAITING|DONE|CANCELED)(?:\]\]\}\})? )/m.test(text)) return text;
  const lines = text.split('\n');
  const roots: LogseqBlock[] = [];
  const stack: LogseqBlock[] = [];
  let i = 0;
  // page properties, before the first block
  while (i < lines.length && (!lines[i].trim() || LOGSEQ_PROPERTY.test(lines[i]))) i++;
  let fence: string | null = null;
  let fenceIndent = 0;
  let headings = 0;
  let tasks = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== null) {
      const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === fence && logseqIndent(/^[ \t]*/.exec(line)![0]) >= fenceIndent) fence = null;
      if (stack.length) stack[stack.length - 1].own.push(i);
      continue;
    }
    if (!line.trim()) continue;
    const b = /^([ \t]*)- (.*)$/.exec(line) ?? /^([ \t]*)-()$/.exec(line);
    if (b) {
      const indent = logseqIndent(b[1]);
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
      const block: LogseqBlock = { line: i, indent, text: b[2], own: [], props: new Set(), children: [] };
      (stack.length ? stack[stack.length - 1].children : roots).push(block);
      stack.push(block);
      if (/^#{1,6} /.test(b[2])) headings++;
      else if (LOGSEQ_MARKER.test(b[2])) tasks++;
      continue;
    }
    // a line at the margin that is no bullet: no Logseq page
    if (!/^[ \t]/.test(line) || !stack.length) return text;
    const indent = logseqIndent(/^[ \t]*/.exec(line)![0]);
    while (stack.length > 1 && stack[stack.length - 1].indent >= indent) stack.pop();
    const owner = stack[stack.length - 1];
    owner.own.push(i);
    const t = line.trim();
    const f = /^(`{3,}|~{3,})/.exec(t);
    if (f) {
      fence = f[1][0];
      fenceIndent = indent;
    } else if (LOGSEQ_PROPERTY.test(t)) {
      const key = t.slice(0, t.indexOf('::')).toLowerCase();
      // (Logseq's own bookkeeping, "collapsed:: true", "id:: 6571…", says nothing about the block)
      if (key === 'collapsed' || key === 'id') lines[i] = '';
      else owner.props.add(key);
    }
  }
  if (!roots.length || (headings === 0 && tasks < 2)) return text;

  const shift = (n: number, by: number) => {
    const ws = /^[ \t]*/.exec(lines[n])![0];
    lines[n] = ' '.repeat(Math.max(0, logseqIndent(ws) - by)) + lines[n].slice(ws.length);
  };
  // how far a block's own lines and its children are indented (two spaces in Logseq's files, four in others)
  const ownBy = (b: LogseqBlock) => {
    let by = Infinity;
    for (const n of b.own) if (lines[n].trim()) by = Math.min(by, logseqIndent(/^[ \t]*/.exec(lines[n])![0]));
    return by === Infinity ? b.indent + 2 : by;
  };
  const childBy = (b: LogseqBlock) => (b.children.length ? Math.min(...b.children.map((c) => c.indent)) : b.indent + 2);
  const bare = (b: LogseqBlock) => LOGSEQ_MARKER.test(b.text) && !b.props.size && !b.children.length;
  const emit = (blocks: LogseqBlock[], by: number, depth: number, structural: boolean) => {
    // where the run of bare tasks that ends the siblings starts
    let run = blocks.length;
    while (run > 0 && bare(blocks[run - 1])) run--;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      const h = structural ? /^(#{1,6}) (.*)$/.exec(b.text) : null;
      const marker = LOGSEQ_MARKER.exec(b.text);
      if (h) {
        lines[b.line] = `${h[1]} ${h[2]}`;
        const by = ownBy(b);
        for (const n of b.own) shift(n, by);
        emit(b.children, childBy(b), h[1].length, true);
        continue;
      }
      // (a block of properties only, "collapsed:: true" under nothing, is no record)
      const record = structural && (marker ? b.props.size > 0 || b.children.length > 0 : b.props.size > 0 && !LOGSEQ_PROPERTY.test(b.text));
      if (record) {
        const title = marker ? b.text.slice(marker[0].length) : b.text;
        const state = marker && !b.props.has('status') && !b.props.has('state') ? ` {status=${LOGSEQ_STATE[marker[1]]}}` : '';
        lines[b.line] = `${'#'.repeat(Math.min(6, depth + 1))} ${title}${state}`;
        const by = ownBy(b);
        for (const n of b.own) shift(n, by);
        emit(b.children, childBy(b), depth, false);
        continue;
      }
      const pad = ' '.repeat(Math.max(0, b.indent - by));
      if (marker && bare(b)) {
        lines[b.line] = `${pad}- [${marker[1] === 'DONE' ? 'x' : ' '}] ${b.text.slice(marker[0].length)}`;
      } else if (structural && !marker && !b.children.length && !b.own.length && run === k + 1 && blocks.length - run >= 2) {
        // ("- All of these must be DONE before store submission." over the items: their introduction)
        lines[b.line] = `${pad}${b.text}`;
      } else lines[b.line] = `${pad}- ${b.text}`;
      for (const n of b.own) shift(n, by);
      emit(b.children, by, depth, false);
    }
  };
  emit(roots, 0, 1, true);
  return lines.join('\n');
}

/**
 * Convention: Markdown exported from Google Docs escapes the marker of a list typed by hand, not made with the
 * editor's list button ("1\. Rotate the key" over "2\. Redeploy", "\- staging" over "\- production"): read as a
 * page, the lines are a list, so a run of such lines, numbered one after the other or bulleted alike, gets its
 * markers back. A line of its own ("1\. is not a list", "\- 5 ms") keeps its escape.
 */
const ESCAPED_MARKER_RE = /^([ \t]{0,3})(?:(\d{1,3})\\([.)])|\\([-*+]))(?=[ \t]+\S)/;
export function escapedListMarkers(text: string): string {
  if (!/^[ \t]{0,3}(?:\d{1,3}\\[.)]|\\[-*+])[ \t]/m.test(text)) return text;
  const lines = text.split('\n');
  const inCode = fenceReader();
  // the marker of each line that has one: its number, or its bullet
  const marks: (string | null)[] = lines.map((line) => {
    if (inCode(line)) return null;
    const m = ESCAPED_MARKER_RE.exec(line);
    return m ? (m[2] ? m[2] + m[3] : m[4]) : null;
  });
  /** the marker a line's neighbour in the same run would carry */
  const follows = (a: string, b: string) => (/^\d/.test(a) ? Number.parseInt(b, 10) === Number.parseInt(a, 10) + 1 && a.slice(-1) === b.slice(-1) : a === b);
  const keep = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; i++) {
    const a = marks[i];
    if (!a) continue;
    // the next marked line, past at most two lines of the item's own text or blank lines
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      const b = marks[j];
      if (!b) continue;
      if (follows(a, b)) keep[i] = keep[j] = true;
      break;
    }
  }
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    lines[i] = lines[i].replace(ESCAPED_MARKER_RE, (_m, sp: string, n?: string, d?: string, b?: string) => sp + (n ? n + d : b));
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
