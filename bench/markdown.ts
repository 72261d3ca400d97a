// Markdown extraction against its floor: remark's parse of the same text in pieces cut at block
// boundaries (parseMdast), which is how the extractor parses -- remark's whole-document parse is
// superlinear on long reports and would flatter the ratio. ~targetBytes of report Markdown made by
// repeating the vendored seeds, corpus reports and fixtures (tests/fixtures). Interleaved runs after a
// warm-up; every sample kept.
import { join } from 'node:path';
import { buildBenchText } from '../core/ingest/markdown/bench';
import { parseMarkdown, parseMdast } from '../core/ingest/markdown/index';

export interface MarkdownSamples {
  bytes: number;
  /** remark's chunked parse (the floor) */
  chunkedParseMs: number[];
  /** parseMarkdown: the whole extraction */
  extractMs: number[];
}

export function benchMarkdownSamples(root: string, targetBytes: number, runs: number): MarkdownSamples {
  const fixtures = join(root, 'tests', 'fixtures');
  const text = buildBenchText(targetBytes, ['seeds', 'corpus/markdown', 'markdown'].map((d) => join(fixtures, d)));
  parseMdast(text.slice(0, 20_000)); // warm up
  parseMarkdown(text.slice(0, 20_000));
  const out: MarkdownSamples = { bytes: Buffer.byteLength(text), chunkedParseMs: [], extractMs: [] };
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
