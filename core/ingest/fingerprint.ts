// Stable identity of a finding across re-ingests of the same (or a newer) report.
import { hash } from 'node:crypto';
import type { ParsedFinding, ReportFormat } from '../../shared/types';

const FP_HEX = 16;

function shortHash(text: string): string {
  // one-shot crypto.hash: ~5x faster than createHash() per call, which matters at 200k findings
  return hash('sha256', text, 'hex').slice(0, FP_HEX);
}

/** backslashes → /, leading file://, ./ and / removed */
export function normalizePath(path: string): string {
  let p = path.trim().replace(/\\/g, '/');
  if (/^file:/i.test(p)) p = p.replace(/^file:\/*/i, '');
  for (;;) {
    if (p.startsWith('./')) p = p.slice(2);
    else if (p.startsWith('/')) p = p.slice(1);
    else break;
  }
  return p;
}

function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function fingerprint(format: ReportFormat, f: ParsedFinding): string {
  const path = f.locations.length ? normalizePath(f.locations[0].path) : '';
  if (format === 'markdown') {
    if (f.ref) return shortHash(`md-ref\u0000${f.ref.trim().toLowerCase()}`);
    return shortHash(`md\u0000${normalizeText(f.title)}\u0000${path}`);
  }
  const fps = f.fingerprints;
  if (fps) {
    const keys = Object.keys(fps);
    if (keys.length) {
      keys.sort();
      let s = 'tool-fp';
      for (const k of keys) s += `\u0000${k}=${fps[k]}`;
      return shortHash(s);
    }
  }
  // rule + normalized path + normalized message, hashed together (one hash per finding)
  return shortHash(`tool\u0000${f.ruleId ?? ''}\u0000${path}\u0000${normalizeText(f.title)}`);
}
