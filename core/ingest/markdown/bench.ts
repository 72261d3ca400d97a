// Timing check: remark's parse of the whole text (the floor) vs parseMarkdown on ~1 MB of report
// Markdown; the chunked parse parseMarkdown uses is reported too.
// Usage from code: benchMarkdown(); by hand: node bin/run-ts.mjs core/ingest/markdown/bench.ts [DIR]
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseMarkdown, parseMdast, parseMdastWhole } from './index';

export interface MarkdownBench {
  bytes: number;
  /** remark's parse of the whole text in one go: the floor the ratio is taken against */
  parseMs: number;
  /** remark's parse of the same text in pieces (parseMdast, what parseMarkdown uses) */
  chunkedParseMs: number;
  extractMs: number;
  ratio: number;
}

// the team folder beside the repo (../shared) and our own fixtures
const TEAM = fileURLToPath(new URL('../../../../shared', import.meta.url));
const DEFAULT_DIRS = [`${TEAM}/seeds`, `${TEAM}/corpus/markdown`, 'tests/fixtures/markdown'];

/** ~targetBytes of Markdown: the reports in `dirs` in turn, each once, repeated only when they are fewer bytes. */
export function buildBenchText(targetBytes = 1_000_000, dirs: string[] = DEFAULT_DIRS): string {
  const sources: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      // (a folder's README describes its reports; it is not one)
      names = readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md');
    } catch {
      continue;
    }
    for (const n of names.sort()) sources.push(readFileSync(join(dir, n), 'utf8'));
  }
  if (!sources.length) sources.push(SAMPLE);
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < targetBytes; round++) {
    for (const s of sources) {
      // keep every copy its own document: a level-1 heading per copy
      const chunk = `\n\n# Copy ${round}\n\n` + s.replace(/^---\n[\s\S]*?\n---\n/, '');
      parts.push(chunk);
      size += Buffer.byteLength(chunk);
      if (size >= targetBytes) break;
    }
  }
  return parts.join('');
}

export function benchMarkdown(opts: { targetBytes?: number; runs?: number; dirs?: string[] } = {}): MarkdownBench {
  const text = buildBenchText(opts.targetBytes ?? 1_000_000, opts.dirs);
  const runs = opts.runs ?? 3;
  parseMdastWhole(text.slice(0, 20000)); // warm up
  parseMdast(text.slice(0, 20000));
  parseMarkdown(text.slice(0, 20000));
  // interleaved, best of N: the machine's load and GC pauses hit all sides alike
  let parseMs = Infinity;
  let chunkedParseMs = Infinity;
  let extractMs = Infinity;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    parseMdastWhole(text);
    parseMs = Math.min(parseMs, performance.now() - t0);
    t0 = performance.now();
    parseMdast(text);
    chunkedParseMs = Math.min(chunkedParseMs, performance.now() - t0);
    t0 = performance.now();
    parseMarkdown(text);
    extractMs = Math.min(extractMs, performance.now() - t0);
  }
  return {
    bytes: Buffer.byteLength(text),
    parseMs: Math.round(parseMs),
    chunkedParseMs: Math.round(chunkedParseMs),
    extractMs: Math.round(extractMs),
    ratio: Math.round((extractMs / parseMs) * 100) / 100,
  };
}

const SAMPLE = `# Sample report

## Critical Issue #1: Crash on start
**File:** \`src/app.py:12\`
**Severity:** P0 (Critical)

### Problem
It crashes.
`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  console.log(JSON.stringify(benchMarkdown(dir ? { dirs: [dir] } : {})));
}
