// Hand-run measurement (not a test): node bin/run-ts.mjs tests/ingest/measure-sarif.ts [n] [reps]
// Compares JSON.parse of a generated SARIF log with parseSarif of the parsed value, and the whole
// bytes path (decode + detect incl. JSON.parse + parseSarif). Runs are interleaved so that load from
// other processes hits both sides alike; min and median are printed.
import { decodeBytes } from '../../core/ingest/decode';
import { parseReportBytes } from '../../core/ingest/index';
import { parseSarif } from '../../core/ingest/sarif';
import { generateSarif } from './gen-sarif';

const n = Number(process.argv[2] ?? 200_000);
const reps = Number(process.argv[3] ?? 5);
const t0 = performance.now();
const text = generateSarif(n, 42);
const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
console.log(`generated ${n} results, ${(bytes.length / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms`);

const times: Record<string, number[]> = { 'JSON.parse': [], parseSarif: [], decodeBytes: [], 'parseReportBytes (all)': [] };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
function time(label: string, f: () => unknown): void {
  gc();
  const s = performance.now();
  f();
  times[label].push(performance.now() - s);
}
let data: unknown = null;
let findings = 0;
let bodyChars = 0;
for (let i = 0; i < reps; i++) {
  time('JSON.parse', () => (data = JSON.parse(text)));
  time('parseSarif', () => {
    const r = parseSarif(data, 'bench.sarif', { release: true });
    findings = r.findings.length;
    if (i === 0) for (const f of r.findings) bodyChars += f.body.length;
  });
  time('decodeBytes', () => decodeBytes(bytes, 'bench.sarif'));
  time('parseReportBytes (all)', () => parseReportBytes(bytes, 'bench.sarif'));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [k, xs] of Object.entries(times)) console.log(`${k.padEnd(24)} min ${Math.min(...xs).toFixed(0).padStart(5)} ms   median ${med(xs).toFixed(0).padStart(5)} ms`);
console.log(`findings ${findings}; bodies ${(bodyChars / 1e6).toFixed(1)} M chars (${(bodyChars / findings).toFixed(0)} per finding)`);
