// Markdown extraction against its floor: remark's parse of the same text in pieces cut at block
// boundaries (parseMdast), which is how the extractor parses -- remark's whole-document parse is
// superlinear on long reports and would flatter the ratio. ~targetBytes of report Markdown made of
// distinct reports: the vendored seeds and corpus, the fixtures, then the held-out reports
// (tests/markdown/heldout), none repeated. A text that repeated its reports would flatter the
// extractor's memos of a line's reading, which a real report's lines do not repeat like that.
// Interleaved runs after a warm-up; every sample kept.
import { join } from 'node:path';
import { buildBenchText } from '../core/ingest/markdown/bench';
import { parseMarkdown, parseMdast } from '../core/ingest/markdown/index';

export interface MarkdownSamples {
  bytes: number;
  /** how many reports the text holds, and whether any is repeated */
  reports: number;
  repeated: boolean;
  /** remark's chunked parse (the floor) */
  chunkedParseMs: number[];
  /** parseMarkdown: the whole extraction */
  extractMs: number[];
}

/** ~targetBytes of distinct reports (see the head of this file). */
export function benchText(root: string, targetBytes: number): string {
  const dirs = ['tests/fixtures/seeds', 'tests/fixtures/corpus/markdown', 'tests/fixtures/markdown', 'tests/markdown/heldout'];
  return buildBenchText(targetBytes, dirs.map((d) => join(root, d)));
}

export function benchMarkdownSamples(root: string, targetBytes: number, runs: number): MarkdownSamples {
  const text = benchText(root, targetBytes);
  parseMdast(text.slice(0, 20_000)); // warm up
  parseMarkdown(text.slice(0, 20_000));
  const copies = text.match(/^# Copy \d+$/gm) ?? [];
  const out: MarkdownSamples = { bytes: Buffer.byteLength(text), reports: copies.length, repeated: new Set(copies).size > 1, chunkedParseMs: [], extractMs: [] };
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    parseMdast(text);
    out.chunkedParseMs.push(performance.now() - t0);
    t0 = performance.now();
    parseMarkdown(text);
    out.extractMs.push(performance.now() - t0);
  }
  return out;
}
