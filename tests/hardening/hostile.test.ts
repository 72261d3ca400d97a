// Hostile content through the real core: every payload of the corpus is ingested from Markdown,
// SARIF and scanner JSON into a real database (titles, bodies, SARIF messages and rule help, file
// paths, checklist items, user notes), kept as data, searchable without breaking the query, and
// neutralised in every export (HTML: no tag or attribute of theirs; Markdown: no raw HTML, no
// dangerous links; CSV: no formula). The browser side is e2e/hostile.spec.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import type { FindingDetail } from '../../shared/api';
import { tempDir } from '../db/helpers';
import { ok } from '../service/helpers';
import { hostileGenericJson, hostileMarkdown, hostileSarif, PAYLOADS } from './payloads';
import { readCsv } from '../export/csv';

let tmp: ReturnType<typeof tempDir>;
let core: Core;
let projectId: number;
let details: FindingDetail[];
const files: Record<string, string> = {};

beforeAll(async () => {
  tmp = tempDir('punchlist-hostile-');
  files.md = join(tmp.dir, 'hostile-review.md');
  files.sarif = join(tmp.dir, 'hostile.sarif');
  files.json = join(tmp.dir, 'hostile-generic.json');
  writeFileSync(files.md, hostileMarkdown());
  writeFileSync(files.sarif, hostileSarif());
  writeFileSync(files.json, hostileGenericJson());
  core = openCore({ dbPath: join(tmp.dir, 'hostile.sqlite') });
  projectId = ok(await core.call('projects.list', {}))[0].id;
  const results = ok(await core.call('ingest.paths', { projectId, paths: [files.md, files.sarif, files.json] }));
  for (const r of results) expect(r.ok, JSON.stringify(r)).toBe(true);
  const cards = ok(await core.call('findings.list', { projectId }));
  details = [];
  for (const c of cards) details.push(ok(await core.call('findings.get', { id: c.id })));
  // user-entered fields carry payloads too (pasted from a report): notes and phase on some findings
  for (const [i, p] of PAYLOADS.entries()) {
    ok(await core.call('findings.update', { ids: [cards[i].id], patch: { notes: p.text, phase: p.text.slice(0, 200) } }));
  }
});
afterAll(() => {
  core?.close();
  tmp?.cleanup();
});

const fromFile = (f: string) => details.filter((d) => d.report.sourcePath === f);
const has = (s: string | null | undefined, id: string) => (s ?? '').includes(id);

describe('hostile content is ingested as data', () => {
  it('every payload reaches every placement: Markdown title, body, path and checklist item; SARIF message, rule help and path; scanner JSON title and path', async () => {
    const md = fromFile(files.md);
    const sarif = fromFile(files.sarif);
    const json = fromFile(files.json);
    expect(md).toHaveLength(PAYLOADS.length);
    expect(sarif).toHaveLength(PAYLOADS.length);
    expect(json).toHaveLength(PAYLOADS.length);
    const checklists = ok(await core.call('checklists.list', { projectId }));
    const items = checklists.flatMap((c) => c.items.map((i) => i.text));
    let placements = 0;
    for (const p of PAYLOADS) {
      const m = md.find((d) => has(d.title, p.id));
      expect(m, `${p.id} Markdown title`).toBeDefined();
      expect(has(m!.body, p.id), `${p.id} Markdown body`).toBe(true);
      expect(m!.locations.some((l) => has(l.path, p.id)), `${p.id} Markdown path`).toBe(true);
      expect(items.some((t) => has(t, p.id)), `${p.id} checklist item`).toBe(true);
      const s = sarif.find((d) => d.ruleId === `hostile/${p.id}`);
      expect(s, `${p.id} SARIF result`).toBeDefined();
      expect(has(s!.title, p.id) || has(s!.body, `${p.id} message`), `${p.id} SARIF message`).toBe(true);
      expect(has(s!.body, `${p.id} help`) || has(s!.body, `${p.id} **help**`), `${p.id} SARIF rule help`).toBe(true);
      expect(s!.locations.some((l) => has(l.path, p.id)), `${p.id} SARIF path`).toBe(true);
      const j = json.find((d) => has(d.body, p.id));
      expect(j, `${p.id} scanner JSON`).toBeDefined();
      expect(j!.locations.some((l) => has(l.path, p.id)), `${p.id} scanner JSON path`).toBe(true);
      placements += 9;
    }
    console.log(`hardening: ${PAYLOADS.length} payloads ingested in ${placements + PAYLOADS.length * 2} placements (titles, bodies, SARIF messages and rule help, paths, checklist items, notes, phases)`);
  });

  it('the text is kept as written (no stripping on the way in): SARIF messages hold each payload verbatim', () => {
    for (const p of PAYLOADS) {
      const s = fromFile(files.sarif).find((d) => d.ruleId === `hostile/${p.id}`)!;
      expect(`${s.title}\n${s.body}`, p.id).toContain(p.text.replace(/\r\n?/g, '\n'));
    }
  });

  it('searching for any payload is a query like any other (no FTS syntax error, no SQL injection)', async () => {
    const before = ok(await core.call('findings.list', { projectId })).length;
    for (const p of PAYLOADS) {
      const r = await core.call('findings.list', { projectId, text: p.text.slice(0, 500) });
      expect(r.ok, `${p.id}: ${JSON.stringify(r)}`).toBe(true);
    }
    expect(ok(await core.call('findings.list', { projectId })).length).toBe(before);
  });
});

/** tags and attributes of an HTML document (a tokenizer good enough for escaped output) */
function htmlTags(html: string): Array<{ name: string; attrs: string }> {
  const out: Array<{ name: string; attrs: string }> = [];
  const re = /<\/?([a-zA-Z][\w:-]*)([^>]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) out.push({ name: m[1].toLowerCase(), attrs: m[2] });
  return out;
}

const DANGEROUS_URL = /^\s*(javascript|vbscript|data|file|blob):/i;

describe('exports neutralise hostile content', () => {
  const exported: Record<string, string> = {};
  beforeAll(async () => {
    for (const format of ['html', 'md', 'csv', 'json', 'sarif'] as const) {
      exported[format] = ok(await core.call('export.render', { projectId, format })).text;
    }
  });

  it('HTML: only the exporter\'s own tags, no event handlers, no script, no remote or javascript: URL, a strict CSP', () => {
    const html = exported.html;
    // the Insights charts are the exporter's own static SVG, each in a <figure class="chart">: inside
    // them only drawing elements (no script, foreignObject, image, use, a, animation)
    const charts = [...html.matchAll(/<figure class="chart"[^>]*>([\s\S]*?)<\/figure>/g)].map((m) => m[1]);
    expect(charts.length, 'charts in the HTML export').toBeGreaterThan(0);
    const DRAWING = new Set(['svg', 'g', 'path', 'rect', 'text', 'tspan', 'title', 'desc', 'line', 'polyline', 'polygon', 'circle', 'ellipse', 'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop', 'pattern', 'style', 'figcaption', 'p']);
    for (const chart of charts) for (const t of htmlTags(chart)) expect(DRAWING.has(t.name), `<${t.name}> inside a chart`).toBe(true);
    const own = new Set(htmlTags(html.replace(/<figure class="chart"[^>]*>[\s\S]*?<\/figure>/g, '')).map((t) => t.name));
    for (const bad of ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'base', 'form', 'link', 'math', 'body onload', 'details', 'noscript', 'textarea', 'meta refresh']) {
      if (bad === 'meta refresh') continue;
      expect(own.has(bad), `<${bad}> in the HTML export`).toBe(false);
    }
    for (const t of htmlTags(html)) {
      expect(t.attrs, `<${t.name}${t.attrs}>`).not.toMatch(/\son[a-z]+\s*=/i);
      const urls = [...t.attrs.matchAll(/\s(?:href|src|action|xlink:href|formaction|background|poster)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[1].replace(/^["']|["']$/g, ''));
      for (const u of urls) {
        expect(u, `URL in <${t.name}>`).not.toMatch(DANGEROUS_URL);
        expect(u, `URL in <${t.name}>`).not.toMatch(/evil\.example/);
      }
      if (t.name === 'meta') expect(t.attrs).not.toMatch(/refresh/i);
      if (t.name === 'style' || /style\s*=/.test(t.attrs)) expect(t.attrs).not.toMatch(/url\(|@import|expression\(/i);
    }
    // style elements hold only the exporter's CSS (no url(), no @import)
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) expect(m[1]).not.toMatch(/url\(|@import|evil\.example/i);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    // every payload is there, as text
    for (const p of PAYLOADS) expect(html, p.id).toContain(p.id);
  });

  it('Markdown: no raw HTML node, no image (nothing fetched on render), no link with a dangerous scheme, every payload still readable', () => {
    const md = exported.md;
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md);
    const htmlNodes: string[] = [];
    visit(tree, 'html', (n: { value: string }) => {
      htmlNodes.push(n.value);
    });
    expect(htmlNodes).toEqual([]);
    // GFM turns a URL in plain text into a link whatever the escaping (remark-gfm does it on the
    // decoded text); such a link is inert until clicked, so only http(s)/mailto are allowed
    const urls: string[] = [];
    visit(tree, (n) => {
      if (n.type === 'link' || n.type === 'definition') urls.push(n.url);
    });
    for (const url of urls) {
      expect(url).not.toMatch(DANGEROUS_URL);
      expect(url).toMatch(/^(https?:|mailto:)/i);
    }
    visit(tree, 'image', (n: { url: string }) => {
      throw new Error(`image in the Markdown export: ${n.url}`);
    });
    for (const p of PAYLOADS) expect(md, p.id).toContain(p.id);
  });

  it('CSV: no cell a spreadsheet would run as a formula (= + - @ tab CR first), payload cells kept as text', () => {
    const rows = readCsv(exported.csv, { newlines: 'crlf-lf', lastRecord: 'keep' });
    expect(rows.length).toBeGreaterThan(PAYLOADS.length * 3);
    let cells = 0;
    for (const row of rows) {
      for (const cell of row) {
        cells++;
        expect(cell, 'CSV cell').not.toMatch(/^[=+\-@\t\r]/);
        expect(cell).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }
    }
    const formulas = PAYLOADS.filter((p) => /^[\t ]*[=+\-@]/.test(p.text));
    expect(formulas.length).toBeGreaterThanOrEqual(3);
    for (const p of formulas) expect(rows.some((r) => r.some((c) => c.startsWith("'") && c.includes(p.id))), `${p.id} neutralised`).toBe(true);
    // a formula behind a control character: the character is shown (<U+0000>), so the cell starts with text
    const hidden = PAYLOADS.filter((p) => /^\u0000[=+\-@]/.test(p.text));
    expect(hidden.length).toBe(1);
    for (const p of hidden) expect(rows.some((r) => r.some((c) => c.startsWith('<U+0000>=') && c.includes(p.id))), `${p.id} shown`).toBe(true);
    expect(cells).toBeGreaterThan(0);
  });

  it('JSON and SARIF exports are valid JSON that keep every payload as a string', () => {
    for (const f of ['json', 'sarif'] as const) {
      const parsed = JSON.parse(exported[f]) as unknown;
      const text = JSON.stringify(parsed);
      for (const p of PAYLOADS) expect(text, `${f} ${p.id}`).toContain(p.id);
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });
});
