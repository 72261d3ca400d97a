// Large SARIF logs without the whole JSON tree: a byte-level scan of the UTF-8 file finds the
// structure (top-level members, each run's members, the byte range of every result), then the
// results are JSON.parse'd a slice of a few hundred at a time and turned into findings, so only one
// slice's objects are alive at once (a 100 MB log's tree alone is several times the file size, and
// the decoded text would be another copy of the file).
//
// The scan accepts only the plain shape ({…, "runs": [{…, "results": [{…}, …]}]}, valid UTF-8, no
// BOM, no duplicate "runs"/"results" keys); anything else -- and any slice JSON.parse refuses --
// returns null and the caller takes the whole-document path, which also produces the precise error
// message. The findings are exactly those of parseSarif on the same log (tests/perf check it on
// every corpus SARIF and on a generated log).
import { isUtf8 } from 'node:buffer';
import type { ParsedFinding, ParsedReport } from '../../shared/types';
import { isObject, type JsonObject } from './scanners/common';
import { SarifHeader, helpWanted, parseResult, runContext, type SarifOptions } from './sarif';

/** parseReportBytes streams SARIF files of at least this size */
export const SARIF_STREAM_MIN_BYTES = 4 << 20;

/** results parsed per JSON.parse call */
const SLICE = 256;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

interface RunLayout {
  /** the run's members other than results: name → [start, end) */
  members: [string, number, number][];
  /** [start, end) of each result, flat: starts at 2k, ends at 2k + 1 */
  results: number[];
}

interface Layout {
  members: [string, number, number][];
  runs: RunLayout[];
}

class Scanner {
  i = 0;
  readonly n: number;
  constructor(readonly b: Uint8Array) {
    this.n = b.length;
  }

  ws(): number {
    const b = this.b;
    let i = this.i;
    while (i < this.n) {
      const c = b[i];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    this.i = i;
    if (i >= this.n) bail();
    return b[i];
  }

  expect(c: number): void {
    if (this.ws() !== c) bail();
    this.i++;
  }

  /** at '"': returns the index after the closing quote */
  skipString(i: number): number {
    const b = this.b;
    const n = this.n;
    i++;
    for (;;) {
      if (i >= n) bail();
      const c = b[i];
      if (c === QUOTE) return i + 1;
      i += c === BACKSLASH ? 2 : 1;
    }
  }

  /** a member name (short: decoded with JSON.parse so escapes mean what they mean) */
  key(): string {
    if (this.ws() !== QUOTE) bail();
    const s = this.i;
    this.i = this.skipString(s);
    const k = JSON.parse(Buffer.from(this.b.buffer, this.b.byteOffset + s, this.i - s).toString('utf8')) as string;
    this.expect(COLON);
    return k;
  }

  /** skips one value (validated later by JSON.parse of its slice); returns [start, end) */
  value(): [number, number] {
    const c = this.ws();
    const b = this.b;
    const n = this.n;
    const s = this.i;
    let i = s;
    if (c === QUOTE) i = this.skipString(i);
    else if (c === LBRACE || c === LBRACKET) {
      let depth = 0;
      for (;;) {
        if (i >= n) bail();
        const d = b[i];
        if (d === QUOTE) {
          i = this.skipString(i);
          continue;
        }
        if (d === LBRACE || d === LBRACKET) depth++;
        else if (d === RBRACE || d === RBRACKET) {
          if (--depth === 0) {
            i++;
            break;
          }
        }
        i++;
      }
    } else {
      // number / true / false / null
      while (i < n) {
        const d = b[i];
        if (d === COMMA || d === RBRACE || d === RBRACKET || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
        i++;
      }
      if (i === s) bail();
    }
    this.i = i;
    return [s, i];
  }

  /** iterates the members of an object (at '{'), calling `member(name)` positioned at each value */
  object(member: (name: string) => void): void {
    this.expect(LBRACE);
    if (this.ws() === RBRACE) {
      this.i++;
      return;
    }
    for (;;) {
      member(this.key());
      const c = this.ws();
      this.i++;
      if (c === RBRACE) return;
      if (c !== COMMA) bail();
    }
  }

  /** iterates the elements of an array (at '['), calling `element()` positioned at each one */
  array(element: () => void): void {
    this.expect(LBRACKET);
    if (this.ws() === RBRACKET) {
      this.i++;
      return;
    }
    for (;;) {
      element();
      const c = this.ws();
      this.i++;
      if (c === RBRACKET) return;
      if (c !== COMMA) bail();
    }
  }

  isNull(): boolean {
    if (this.ws() !== 0x6e) return false; // 'n'
    const [s, e] = this.value();
    if (e - s !== 4 || this.b[s + 1] !== 0x75 || this.b[s + 2] !== 0x6c || this.b[s + 3] !== 0x6c) bail();
    return true;
  }
}

function scanLayout(bytes: Uint8Array): Layout {
  const sc = new Scanner(bytes);
  const layout: Layout = { members: [], runs: [] };
  let sawRuns = false;
  sc.object((name) => {
    if (name !== 'runs') {
      const [s, e] = sc.value();
      layout.members.push([name, s, e]);
      return;
    }
    if (sawRuns) bail();
    sawRuns = true;
    sc.array(() => {
      const run: RunLayout = { members: [], results: [] };
      let sawResults = false;
      sc.object((key) => {
        if (key !== 'results') {
          const [s, e] = sc.value();
          run.members.push([key, s, e]);
          return;
        }
        if (sawResults) bail();
        sawResults = true;
        if (sc.isNull()) return;
        sc.array(() => {
          if (sc.ws() !== LBRACE) bail(); // not an object: the whole-document path says where
          const [s, e] = sc.value();
          run.results.push(s, e);
        });
      });
      layout.runs.push(run);
    });
  });
  if (sc.i < sc.n) {
    // only whitespace may follow
    const b = bytes;
    for (let i = sc.i; i < sc.n; i++) {
      const c = b[i];
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) bail();
    }
  }
  if (!sawRuns) bail();
  return layout;
}

function text(bytes: Uint8Array, s: number, e: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + s, e - s).toString('utf8');
}

function members(bytes: Uint8Array, list: [string, number, number][]): JsonObject {
  const o: JsonObject = {};
  for (const [k, s, e] of list) {
    if (k === '__proto__') bail();
    o[k] = JSON.parse(text(bytes, s, e));
  }
  return o;
}

const BATCHES = Symbol('sarif result batches');
const COUNT = Symbol('sarif result count');
const SOURCE = Symbol('sarif stream source');

/** see streamSource() */
export interface StreamSource {
  bytes: Uint8Array;
  runs: RunLayout[];
  help: boolean;
}

/** A ParsedReport whose findings can also be taken slice by slice (see reportParts). */
export interface StreamedReport extends ParsedReport {
  [BATCHES]: () => Iterable<ParsedFinding[]>;
  [COUNT]: number;
  [SOURCE]: StreamSource;
}

/** how many findings reportParts() will yield, known before they are parsed (progress) */
export function partsTotal(parsed: ParsedReport): number {
  const count = (parsed as Partial<StreamedReport>)[COUNT];
  return count ?? parsed.findings.length;
}

/**
 * The report in parts of a few hundred findings (each with the report's header), for a store that
 * writes them batch by batch: a streamed report's findings are then never all alive at once. Any
 * other report is its one part.
 */
export function* reportParts(parsed: ParsedReport): Iterable<ParsedReport> {
  const batches = (parsed as Partial<StreamedReport>)[BATCHES];
  if (!batches) {
    yield parsed;
    return;
  }
  for (const findings of batches()) {
    yield { report: parsed.report, checklists: parsed.checklists, fixOrder: parsed.fixOrder, findings };
  }
}

/**
 * Parses a SARIF 2.1.0 log from its UTF-8 bytes. Returns null when the bytes are not a plainly
 * shaped, valid-so-far SARIF 2.1.0 log (the caller then uses the whole-document path). The results
 * are parsed when the findings are read: all at once through `findings`, or slice by slice through
 * reportParts(). A result slice JSON.parse refuses then calls `broken()`, which throws the
 * whole-document path's error.
 */
export function parseSarifBytes(bytes: Uint8Array, broken: () => never, opts: SarifOptions = {}): StreamedReport | null {
  if (bytes.length < 2 || bytes[0] === 0xef || !isUtf8(bytes)) return null;
  let layout: Layout;
  const runs: JsonObject[] = [];
  const head = new SarifHeader();
  try {
    layout = scanLayout(bytes);
    const top = members(bytes, layout.members);
    if (top.version !== '2.1.0') return null;
    for (const rl of layout.runs) {
      const run = members(bytes, rl.members);
      head.addRun(run);
      runs.push(run);
    }
  } catch (e) {
    if (e instanceof Bail || e instanceof SyntaxError) return null;
    throw e;
  }
  let total = 0;
  for (const r of layout.runs) total += r.results.length / 2;
  const help = helpWanted(total, opts);

  const source: StreamSource = { bytes, runs: layout.runs, help };
  const batches = () => sourceBatches(source, broken, runs);

  const parsed = head.report([]) as StreamedReport;
  let all: ParsedFinding[] | null = null;
  Object.defineProperty(parsed, 'findings', {
    enumerable: true,
    configurable: true,
    get(): ParsedFinding[] {
      if (!all) {
        all = [];
        for (const b of batches()) for (const f of b) all.push(f);
      }
      return all;
    },
    set(v: ParsedFinding[]) {
      all = v;
    },
  });
  parsed[BATCHES] = batches;
  parsed[COUNT] = total;
  parsed[SOURCE] = source;
  return parsed;
}

/**
 * What reading a streamed log's results takes -- its bytes, each run's member and result ranges,
 * whether bodies carry rule help -- so another thread can read them (sarif-thread.ts; the bytes then
 * live in a SharedArrayBuffer). null for any other report.
 */
export function streamSource(parsed: ParsedReport): StreamSource | null {
  return (parsed as Partial<StreamedReport>)[SOURCE] ?? null;
}

/**
 * The findings of a streamed log, a slice at a time (`runObjects`: each run's members other than
 * results, when already parsed). A result JSON.parse refuses, or that is not an object, calls `broken()`.
 */
export function* sourceBatches(src: StreamSource, broken: () => never, runObjects?: JsonObject[]): Iterable<ParsedFinding[]> {
  const { bytes } = src;
  for (let ri = 0; ri < src.runs.length; ri++) {
    const res = src.runs[ri].results;
    if (res.length === 0) continue;
    const ctx = runContext(runObjects ? runObjects[ri] : members(bytes, src.runs[ri].members), src.help);
    for (let a = 0; a < res.length; a += 2 * SLICE) {
      const b = Math.min(res.length, a + 2 * SLICE);
      let slice: unknown[];
      try {
        // the bytes from the first result's start to the last one's end are "r, r, …": an array's inside
        slice = JSON.parse('[' + text(bytes, res[a], res[b - 1]) + ']') as unknown[];
      } catch {
        broken();
      }
      const out = new Array<ParsedFinding>(slice.length);
      for (let j = 0; j < slice.length; j++) {
        const r = slice[j];
        if (!isObject(r)) broken();
        out[j] = parseResult(r, ctx);
      }
      yield out;
    }
  }
}
