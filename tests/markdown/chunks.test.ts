// Chunked parsing (core/ingest/markdown/chunks.ts): the same tree, positions and findings as one
// parse of the whole text, on every seed, corpus report and fixture, on random Markdown, and on a
// 4,000-finding generated report.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseChunked } from '../../core/ingest/markdown/chunks';
import { parseMarkdown, parseMarkdownWith, parseMdastWhole } from '../../core/ingest/markdown/index';
import { VENDORED } from '../team';

const DIRS = [`${VENDORED}/seeds`, `${VENDORED}/corpus/markdown`, join(__dirname, '..', 'fixtures', 'markdown')];
const files: { name: string; text: string }[] = [];
for (const d of DIRS) {
  let names: string[] = [];
  try {
    names = readdirSync(d).filter((n) => /\.(md|txt)$/.test(n));
  } catch {
    continue;
  }
  for (const n of names.sort()) files.push({ name: n, text: readFileSync(join(d, n), 'utf8') });
}

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

/** The generated report of the speed issue: `### BUG-N: title` + three bold bullet facts. */
export function generatedReport(n: number): string {
  const sev = ['P0', 'P1', 'P2', 'P3'];
  let s = '# Generated Audit\n\n## Bugs Found\n\n';
  for (let i = 1; i <= n; i++) {
    s += `### BUG-${i}: Problem number ${i} in module ${i % 37}\n- **File:** src/mod${i % 37}/file${i}.py:${(i % 400) + 1}\n- **Severity:** ${sev[i % 4]}\n- **Description:** Something fails when value ${i} flows into the sink.\n\n`;
  }
  return s;
}

describe('chunked parse = whole parse', () => {
  it('has files to compare', () => expect(files.length).toBeGreaterThanOrEqual(7));
  for (const f of files) {
    it(`same tree: ${f.name}`, () => {
      const whole = plain(parseMdastWhole(f.text));
      for (const target of [1, 400, 3000]) {
        const stats = { pieces: 0, reparsed: 0 };
        const chunked = plain(parseChunked(f.text, parseMdastWhole, { target, minText: 0, stats }));
        expect(isDeepStrictEqual(chunked, whole), `${f.name} target ${target}`).toBe(true);
        if (target === 1) expect(stats.pieces).toBeGreaterThan(1);
      }
    });
    it(`same report: ${f.name}`, () => {
      const whole = parseMarkdownWith(f.text, { whole: true });
      expect(parseMarkdownWith(f.text, { chunkTarget: 1 })).toEqual(whole);
      expect(parseMarkdown(f.text)).toEqual(whole);
    });
  }

  it('fenced code, HTML blocks, front matter, definitions and footnotes across cuts', () => {
    const docs = [
      '---\ntitle: x\n# yaml comment\n---\n# A\ntext\n```sh\n# not a heading\n```\n# B\n',
      '# A\n```\n# inside\n\n# still inside\n',
      '# A\n<!--\n# commented out\n-->\n# B\n<div>\n# html block\n</div>\n\n# C\n',
      '# A\nSee [the docs][docs] and [^1].\n\n# B\n\n[docs]: https://example.com\n\n[^1]: A note.\n',
      '# A\n- ```\n  code\n\n# B\n> ```\n> x\n# C\n<script>\n\n# x\n</script>\n# D\n',
      'para\n\nmore\n\n- item\n\nafter list\n\n    code\n\nend\n',
      '# A\r\ntext\r\n\r\n# B\r\n```\r\n# c\r\n```\r\n# D\rlone cr\r# E\n',
    ];
    for (const d of docs) {
      expect(isDeepStrictEqual(plain(parseChunked(d, parseMdastWhole, { target: 1, minText: 0 })), plain(parseMdastWhole(d))), JSON.stringify(d)).toBe(true);
    }
  });

  it('random Markdown lines', () => {
    const L = ['# H', '## Two', '#', '#not', '   # ind', '```', '```js', '~~~', '````', '  ```', '- ```', '> ```', '<!--', '-->', '<div>', '</div>',
      '<script>', '</script>', '<?php', '?>', '', '', '', 'text', 'a [x][ref] and [^fn]', '[ref]: http://x', '[^fn]: note', '    code', '- item',
      '  - nested', '1. one', '> quote', '| a | b |', '|---|---|', '---', '+++', '***', '===', 'title: x', '- [x] done', '[a][b]', '[b]: /b', '  cont'];
    let seed = 7;
    const r = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let k = 0; k < 400; k++) {
      const ls = Array.from({ length: 2 + Math.floor(r() * 40) }, () => L[Math.floor(r() * L.length)]);
      const d = ls.join(r() < 0.1 ? '\r\n' : '\n');
      expect(isDeepStrictEqual(plain(parseChunked(d, parseMdastWhole, { target: 1, minText: 0 })), plain(parseMdastWhole(d))), JSON.stringify(d)).toBe(true);
    }
  });
});

describe('long reports', () => {
  it('extracts all 4,000 findings of a 700 KB generated report', () => {
    const n = 4000;
    const rep = parseMarkdown(generatedReport(n));
    expect(rep.findings.length).toBe(n);
    const sev = ['critical', 'high', 'medium', 'low'];
    for (let i = 1; i <= n; i++) {
      const f = rep.findings[i - 1];
      expect(f.ref).toBe(`BUG-${i}`);
      expect(f.title).toBe(`Problem number ${i} in module ${i % 37}`);
      expect(f.severity).toBe(sev[i % 4]);
      expect(f.locations[0]).toMatchObject({ path: `src/mod${i % 37}/file${i}.py`, startLine: (i % 400) + 1 });
      expect(f.body).toContain(`value ${i} flows`);
    }
  }, 60_000);
});
