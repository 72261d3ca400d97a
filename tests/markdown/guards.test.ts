// Crafted Markdown that would make remark take minutes (deep nesting on one line, tens of thousands of
// emphasis or link delimiters in one paragraph) is defused before parsing, and real reports pass
// through untouched (issue 7: reports are untrusted).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardMarkdown, MAX_CONTAINER_DEPTH, MAX_DELIMITERS, MAX_INDENT } from '../../core/ingest/markdown/guards';
import { parseReportText } from '../../core/ingest/index';
import { decodeBytes } from '../../core/ingest/decode';
import { VENDORED } from '../team';

const SEEDS = `${VENDORED}/seeds`;
const CORPUS = `${VENDORED}/corpus/markdown`;
const FIXTURES = join(__dirname, '..', 'fixtures', 'markdown');

const texts = [
  ...readdirSync(SEEDS).map((n) => [n, join(SEEDS, n)]),
  ...readdirSync(CORPUS).filter((n) => n.endsWith('.md')).map((n) => [n, join(CORPUS, n)]),
  ...readdirSync(FIXTURES).filter((n) => /\.(md|txt)$/.test(n)).map((n) => [n, join(FIXTURES, n)]),
];

describe('guardMarkdown', () => {
  it('leaves every seed, corpus report and fixture as it is', () => {
    expect(texts.length).toBeGreaterThan(20);
    for (const [name, path] of texts) {
      const text = decodeBytes(readFileSync(path), name).text;
      const g = guardMarkdown(text);
      expect(g.lines, name).toBe(0);
      expect(g.text === text, name).toBe(true);
    }
  });

  it('cuts container nesting past the limit on a line, keeping the text and the line count', () => {
    const line = `${'- '.repeat(8000)}secret token leak`;
    const g = guardMarkdown(`# R\n\n${line}\nnext\n`);
    expect(g.lines).toBe(1);
    const out = g.text.split('\n');
    expect(out).toHaveLength(5);
    expect(out[2]).toBe(`${'- '.repeat(MAX_CONTAINER_DEPTH)}\\${'- '.repeat(8000 - MAX_CONTAINER_DEPTH)}secret token leak`);
    // quotes and ordered markers count too; a thematic break of many markers is not touched
    expect(guardMarkdown('>'.repeat(5000) + ' x').lines).toBe(1);
    expect(guardMarkdown('1. '.repeat(100) + 'x').text).toBe(`${'1. '.repeat(MAX_CONTAINER_DEPTH)}\\${'1. '.repeat(100 - MAX_CONTAINER_DEPTH)}x`);
    expect(guardMarkdown('* '.repeat(200)).lines).toBe(0);
    expect(guardMarkdown('- '.repeat(MAX_CONTAINER_DEPTH) + 'x').lines).toBe(0);
    // nesting by indentation is cut at MAX_INDENT columns
    const stairs = Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n');
    const cut = guardMarkdown(stairs).text.split('\n');
    expect(cut[199]).toBe(`${' '.repeat(MAX_INDENT)}- level 199`);
    expect(cut[10]).toBe(`${' '.repeat(20)}- level 10`);
    // inside fenced code nothing changes
    expect(guardMarkdown('```\n' + '- '.repeat(100) + 'x\n```\n').lines).toBe(0);
  });

  it('escapes inline delimiters past the limit in one paragraph; code spans and snake_case do not count', () => {
    const g = guardMarkdown(`# R\n\n${'*a'.repeat(3000)}\n\n*b*\n`);
    const para = g.text.split('\n')[2];
    expect(para.startsWith('*a'.repeat(MAX_DELIMITERS))).toBe(true);
    expect(para.slice(2 * MAX_DELIMITERS)).toBe('\\*a'.repeat(3000 - MAX_DELIMITERS));
    expect(g.text.endsWith('\n\n*b*\n')).toBe(true); // the next paragraph starts again from zero
    // long tables and checklists count row by row, item by item; code spans and snake_case never
    const table = ['| File | Issue |', '|---|---|', ...Array.from({ length: 3000 }, (_, i) => `| \`app/core_mod_${i}/a_b.py\` | x_y [link] **bold** |`)].join('\n');
    expect(guardMarkdown(table).lines).toBe(0);
    const checklist = Array.from({ length: 3000 }, (_, i) => `- [ ] check *${i}* [link](x) in \`a*b[c]\``).join('\n');
    expect(guardMarkdown(checklist).lines).toBe(0);
  });

  it('the crafted reports parse, and what they say is still there', () => {
    const report = (title: string, payload: string) => `# Report\n\n### BUG-1: ${title}\n\n**Severity:** High\n\n${payload}\n`;
    const crafted = [
      parseReportText(report('Nested', `${'- '.repeat(20_000)}payload-end`), 'nested.md'),
      parseReportText(report('Emphasis', `${'*a'.repeat(50_000)} payload-end`), 'emph.md'),
      parseReportText(report('Links', `${'[a]('.repeat(25_000)} payload-end`), 'links.md'),
    ];
    for (const r of crafted) {
      expect(r.findings).toHaveLength(1);
      expect(r.findings[0]).toMatchObject({ ref: 'BUG-1', severity: 'high' });
      expect(r.findings[0].body).toContain('payload-end');
    }
  });
});

describe('expressions that could backtrack without end', () => {
  it('a finding holding a field table with a long delimiter row parses (it hung in cleanBody)', () => {
    const dashes = '-'.repeat(60);
    const text = `# Bericht\n\n### 4.1 PT-01: SQL-Injection im Parameter \`vertragsnummer\`\n\n| Attribut            | Wert |\n|---------------------|${dashes}|\n| Schweregrad         | Kritisch (CVSS 9.1, \`AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N\`)  |\n| Status              | Offen |\n`;
    const rep = parseReportText(text, 'bericht.md');
    expect(rep.findings.map((f) => [f.ref, f.severity, f.status])).toEqual([['PT-01', 'critical', 'open']]);
  });
  it('once ingest is loaded, V8 finishes a catastrophic expression in linear time', () => {
    // (a+)+$ on 40 a's and a b takes 2^40 steps with backtracking alone
    const evil = new RegExp('(a+)+$');
    expect(evil.test('a'.repeat(40) + 'b')).toBe(false);
  });
});
