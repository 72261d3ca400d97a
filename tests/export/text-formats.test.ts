// Markdown, HTML and CSV exports: structure, and untrusted text neutralised.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, HTML_CSP, toCsv, toHtml, toJson, toMarkdown } from '../../core/export';
import { csvField, formatHours, mdInline } from '../../core/export/escape';
import { generatePlan } from '../../shared/plan';
import { snapshotFromParsed } from '../../shared/snapshot';
import { parsedFromGolden, SEED_000, SEED_001 } from '../plan/fixtures';
import { readCsv } from './csv';
import { HOSTILE, hostileSnapshot } from './hostile';

const AT = { exportedAt: '2026-11-22T00:00:00.000Z' };

function mdTree(md: string) {
  return unified().use(remarkParse).use(remarkGfm).parse(md);
}

describe('toMarkdown', () => {
  it('renders the 001 plan: steps with effort, checkboxes, locations, BUG-A13 before BUG-A10', () => {
    const snap = snapshotFromParsed([parsedFromGolden(SEED_001)], { projectName: 'BC-RAO' });
    const md = toMarkdown(snap, AT);
    expect(md).toMatch(/^# Fix plan: BC-RAO\n/);
    expect(md).toMatch(/## Step 1: Deployment blockers and critical findings \(\d/);
    expect(md).toContain('- [ ] **critical** · BUG-A01 · Scheduler Not Integrated Into App Startup · at bc-rao-api/app/main.py:65 · ');
    expect(md.indexOf('BUG-A13 ·')).toBeLessThan(md.indexOf('BUG-A10 ·'));
    expect(md).toMatch(/· after BUG-A13/);
    const plan = generatePlan(snap);
    expect(md).toContain(`total effort **${formatHours(plan.totals)}**`);
    for (const [k, s] of plan.steps.entries()) expect(md).toContain(`## Step ${k + 1}: ${s.title} (${formatHours(s.effort)})`);
  });

  it('renders the 000 gate: verdict, blockers, 13 open gate items', () => {
    const snap = snapshotFromParsed([parsedFromGolden(SEED_000)]);
    const md = toMarkdown(snap, AT);
    expect(md).toContain('**Not ready to deploy: 7 open findings block deployment; 1 other critical finding is open; 13 gate checklist items are not checked.**');
    const section = md.slice(md.indexOf('### Testing Checklist'));
    expect(section.match(/^- \[ \] /gm)).toHaveLength(13);
    const tree = mdTree(md);
    let tasks = 0;
    visit(tree, 'listItem', (n: { checked?: boolean | null }) => {
      if (n.checked === false || n.checked === true) tasks++;
    });
    expect(tasks).toBeGreaterThan(13 + 7);
  });

  it('neutralises hostile titles, paths and names: no HTML, links, images or code in the Markdown tree', () => {
    const md = toMarkdown(hostileSnapshot(), AT);
    expect(md).not.toMatch(/[<>]/);
    expect(md).not.toContain('](');
    const tree = mdTree(md);
    const kinds = new Set<string>();
    visit(tree, (n) => {
      kinds.add(n.type);
    });
    for (const bad of ['html', 'link', 'image', 'inlineCode', 'code', 'table', 'blockquote', 'linkReference', 'imageReference', 'definition']) {
      expect(kinds.has(bad), bad).toBe(false);
    }
    // the text survives, readable
    let text = '';
    visit(tree, 'text', (n: { value: string }) => {
      text += `${n.value}\n`;
    });
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.jsLink);
    expect(text).toContain('src/`x`<b>|.ts:3');
  });

  it('mdInline escapes every Markdown/HTML metacharacter', () => {
    expect(mdInline('a<b>[c](d) `e` | *f* _g_ \\ h\ni')).toBe('a&lt;b&gt;\\[c\\]\\(d\\) \\`e\\` \\| \\*f\\* \\_g\\_ \\\\ h i');
    expect(mdInline('1. list')).toBe('1\\. list');
    expect(mdInline('http://x.y')).toBe('http:&#47;&#47;x.y');
  });
});

describe('toHtml', () => {
  it('is standalone: doctype, strict CSP, inline CSS, no script, print rules', () => {
    const snap = snapshotFromParsed([parsedFromGolden(SEED_000)]);
    const html = toHtml(snap, AT);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`);
    expect(HTML_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(html).toContain('Not ready to deploy: 7 open findings block deployment; 1 other critical finding is open; 13 gate checklist items are not checked.');
  });

  it('escapes every hostile text: only our own tags and attributes remain', () => {
    const html = toHtml(hostileSnapshot(), AT);
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'span', 'div', 'strong']);
    for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
      expect(allowed.has(m[1].toLowerCase()), m[0]).toBe(true);
      expect(m[2], m[0]).not.toMatch(/\son\w+\s*=|javascript:|src\s*=|href\s*=/i);
    }
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&lt;/ul&gt;&lt;script&gt;x()&lt;/script&gt;');
    expect(html).toContain('[click me](javascript:alert(1))'); // inert text
  });
});

describe('toCsv', () => {
  it('has a BOM, CRLF records, the header, one row per finding', () => {
    const snap = snapshotFromParsed([parsedFromGolden(SEED_001)]);
    const csv = toCsv(snap, AT);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).replace(/\r\n/g, '')).not.toMatch(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + snap.findings.length);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const a10 = rows.find((r) => r[2] === 'BUG-A10')!;
    expect(a10[CSV_COLUMNS.indexOf('depends_on')]).toBe('BUG-A13');
    expect(a10[CSV_COLUMNS.indexOf('line')]).toBe('290');
  });

  it('quotes per RFC 4180 and neutralises formulas', () => {
    const snap = hostileSnapshot();
    const csv = toCsv(snap, AT);
    const rows = readCsv(csv.slice(1));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const row = (id: number) => rows.find((r) => r[0] === String(id))!;
    expect(row(1)[col('notes')]).toBe('line one\nline "two", with comma');
    expect(row(1)[col('title')]).toBe(HOSTILE.script);
    expect(row(4)[col('title')]).toBe(`'${HOSTILE.formula}`);
    expect(row(4)[col('phase')]).toBe("'+1+1");
    expect(row(4)[col('category')]).toBe("'@SUM(A1)");
    expect(row(5)[col('title')]).toBe("'-2+3");
    for (const r of rows.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\nx"');
    expect(csvField(1.23456)).toBe('1.23');
    expect(csvField(null)).toBe('');
  });
});

describe('exportAs', () => {
  it('dispatches every CLI format', async () => {
    const { exportAs, EXPORT_FORMATS } = await import('../../core/export');
    const snap = snapshotFromParsed([parsedFromGolden(SEED_000)]);
    for (const f of EXPORT_FORMATS) expect(exportAs(f, snap, AT).length, f).toBeGreaterThan(100);
    expect(exportAs('json', snap, AT)).toBe(toJson(snap, AT));
  });
});
