// "Trojan Source" in report text: bidirectional controls and invisible characters are shown as
// visible escapes with a marker in every export (shared/hidden-chars.ts), never obeyed nor dropped.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fromJson, toCsv, toHtml, toJson, toMarkdown, toSarif } from '../../core/export';
import { HIDDEN_CLASS, hasHiddenChars, hiddenAt, hiddenCharPieces, revealHiddenChars } from '../../shared/hidden-chars';
import { finding, snapshot } from '../plan/make';
import { readCsv } from './csv';

const AT = { exportedAt: '2026-01-01T00:00:00.000Z' };
const RLO = '\u202E';
// a title that displays reversed, and a location that displays as `src/exe.txt`
const TITLE = `Payment check ${RLO}deliaf`;
const PATH = `src/${RLO}txt.exe`;
const RAW = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/;

function trojanSnapshot() {
  const snap = snapshot([
    finding(1, { title: TITLE, ref: `BUG\u200B-1`, severity: 'critical', locations: [{ path: PATH, startLine: 7 }], notes: `isolate \u2066x\u2069` }),
    finding(2, { title: 'Plain title', severity: 'low', locations: [{ path: 'src/ok.ts', startLine: 1 }] }),
  ]);
  snap.checklists = [{ id: 1, title: 'Gate', gate: true, reportId: 1, items: [{ id: 1, text: `Verify ${RLO}kcehc`, checked: false, findingIds: [1], manual: false }] }];
  return snap;
}

describe('hidden characters (shared/hidden-chars.ts)', () => {
  it('are found one code unit at a time exactly where the class names them, over every code point', () => {
    // (the scan is a loop so that a whole export is never one expression's subject: see hiddenAt)
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xe00ff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (cp > 0x10000 && cp < 0xe0000) cp = 0xe0000;
      const ch = String.fromCodePoint(cp);
      const expected = HIDDEN_CLASS.test(ch) ? ch.length : 0;
      if (hiddenAt(`${ch}x`, 0) !== expected) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
    expect(hiddenCharPieces('a\u{e0041}b')).toEqual(['a', { codePoint: 0xe0041, label: 'U+E0041', description: 'U+E0041' }, 'b']);
  });

  it('are cut out as code points with their names; ordinary text is one piece', () => {
    expect(hiddenCharPieces(PATH)).toEqual(['src/', { codePoint: 0x202e, label: 'U+202E', description: 'U+202E RIGHT-TO-LEFT OVERRIDE' }, 'txt.exe']);
    expect(hiddenCharPieces('src/app.ts')).toEqual(['src/app.ts']);
    expect(revealHiddenChars(PATH)).toBe('src/<U+202E>txt.exe');
    expect(revealHiddenChars('a\u2066b\u2069c\u200Fd\u061Ce\uFEFFf\u00ADg\u0007h\u{E0041}i')).toBe('a<U+2066>b<U+2069>c<U+200F>d<U+061C>e<U+FEFF>f<U+00AD>g<U+0007>h<U+E0041>i');
  });

  it('leave emoji, tabs and line breaks alone', () => {
    for (const ok of ['👩‍💻 dev', '⚠️ warning', '👍🏽', 'tab\there', 'two\nlines\r\n', 'Überblick — 漢字', 'مرحبا', '']) {
      expect(hasHiddenChars(ok), JSON.stringify(ok)).toBe(false);
      expect(revealHiddenChars(ok)).toBe(ok);
    }
    expect(revealHiddenChars('a\u200Db')).toBe('a<U+200D>b'); // a joiner outside an emoji is hidden
  });
});

describe('every export shows them as <U+XXXX>', () => {
  const snap = trojanSnapshot();

  it('Markdown: the rendered text shows the escapes; no raw control left', () => {
    const md = toMarkdown(snap, AT);
    expect(md).not.toMatch(RAW);
    const text = JSON.stringify(unified().use(remarkParse).parse(md));
    expect(text).toContain('Payment check <U+202E>deliaf');
    expect(text).toContain('at src/<U+202E>txt.exe:7');
    expect(text).toContain('BUG<U+200B>-1');
    expect(text).toContain('Verify <U+202E>kcehc');
  });

  it('HTML (and the PDF printed from it): marked spans, no raw control', () => {
    const html = toHtml(snap, AT);
    expect(html).not.toMatch(RAW);
    const marked = '<span class="hidden-char" title="U+202E RIGHT-TO-LEFT OVERRIDE. Holds invisible or bidirectional characters (shown as &lt;U+…&gt;): the text may not read as it displays elsewhere.">&lt;U+202E&gt;</span>';
    expect(html).toContain(`Payment check ${marked}deliaf`);
    expect(html).toContain(`src/${marked}txt.exe:7`);
    expect(html).toMatch(/\.hidden-char\{[^}]*border:1px dashed/);
  });

  it('CSV: the cells show the escapes', () => {
    const csv = toCsv(snap, AT);
    expect(csv.charCodeAt(0)).toBe(0xfeff); // the file's own BOM, for spreadsheets
    expect(csv.slice(1)).not.toMatch(RAW);
    const rows = readCsv(csv, { stripBom: true });
    const header = rows[0];
    const row = rows.find((r) => r[header.indexOf('id')] === '1')!;
    expect(row[header.indexOf('title')]).toBe('Payment check <U+202E>deliaf');
    expect(row[header.indexOf('path')]).toBe('src/<U+202E>txt.exe');
    expect(row[header.indexOf('ref')]).toBe('BUG<U+200B>-1');
    expect(row[header.indexOf('notes')]).toBe('isolate <U+2066>x<U+2069>');
  });

  it('JSON: \\u escapes in the text, the same values when re-imported', () => {
    const json = toJson(snap, AT);
    expect(json).not.toMatch(RAW);
    expect(json).toContain('"title": "Payment check \\u202edeliaf"');
    expect(json).toContain('"path": "src/\\u202etxt.exe"');
    expect(fromJson(json)).toEqual(snap);
  });

  it('SARIF: messages show the escapes, URIs percent-encode them', () => {
    const log = toSarif(snap, AT);
    expect(log).not.toMatch(RAW);
    const parsed = JSON.parse(log) as { runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const r = parsed.runs[0].results.find((x) => x.message.text.startsWith('Payment'))!;
    expect(r.message.text).toBe('Payment check <U+202E>deliaf');
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('src/%E2%80%AEtxt.exe');
  });
});
