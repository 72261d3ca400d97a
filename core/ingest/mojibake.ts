// Repairs UTF-8 text that was once decoded as Windows-1252 or Mac Roman ("mojibake").
//
// Conservative by design: runs of characters that map back to bytes 0x80-0xFF are re-encoded and
// decoded as UTF-8 one sequence at a time; a run is only replaced where it forms valid UTF-8, and
// the file is only touched when there are several such sequences and few runs that do not decode
// (a correct file with "é", "ü", "ß" or curly quotes yields failures, not successes).

/** Windows-1252 bytes 0x80-0x9F (NUL where the byte is undefined; such bytes are often dropped). */
const CP1252_HIGH = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';
/** Mac Roman bytes 0x80-0xFF. */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

interface Codec {
  name: string;
  toByte: Map<number, number>;
  /** bytes that this decoder could not show and that were likely dropped */
  dropped: number[];
}

function makeCp1252(): Codec {
  const toByte = new Map<number, number>();
  for (let i = 0; i < 32; i++) {
    const ch = CP1252_HIGH.charCodeAt(i);
    if (ch !== 0) toByte.set(ch, 0x80 + i);
    // ISO-8859-1 decoders (and some Windows-1252 ones) pass these bytes through as C1 controls
    toByte.set(0x80 + i, 0x80 + i);
  }
  for (let b = 0xa0; b <= 0xff; b++) toByte.set(b, b);
  return { name: 'windows-1252', toByte, dropped: [0x81, 0x8d, 0x8f, 0x90, 0x9d] };
}

function makeMacRoman(): Codec {
  const toByte = new Map<number, number>();
  for (let i = 0; i < 128; i++) toByte.set(MAC_ROMAN_HIGH.charCodeAt(i), 0x80 + i);
  return { name: 'mac-roman', toByte, dropped: [] };
}

const CODECS: Codec[] = [makeCp1252(), makeMacRoman()];

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it is not a lead byte. */
function seqLength(b: number): number {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Decodes one strict UTF-8 sequence; returns the code point or -1. */
function decodeSeq(bytes: number[]): number {
  const n = bytes.length;
  const b0 = bytes[0];
  if (n !== seqLength(b0)) return -1;
  for (let i = 1; i < n; i++) if ((bytes[i] & 0xc0) !== 0x80) return -1;
  let cp: number;
  if (n === 2) cp = ((b0 & 0x1f) << 6) | (bytes[1] & 0x3f);
  else if (n === 3) cp = ((b0 & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
  else cp = ((b0 & 0x07) << 18) | ((bytes[1] & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
  const min = n === 2 ? 0x80 : n === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  return cp;
}

/** Rank of a code point as a plausible result of repairing a dropped byte (lower is better). */
function plausibility(cp: number): number {
  const ranges: [number, number][] = [
    [0x2700, 0x27bf],
    [0x2600, 0x26ff],
    [0x1f300, 0x1faff],
    [0x2190, 0x21ff],
    [0x2b00, 0x2bff],
    [0x2000, 0x206f],
    [0x2200, 0x22ff],
  ];
  for (let i = 0; i < ranges.length; i++) if (cp >= ranges[i][0] && cp <= ranges[i][1]) return i;
  return ranges.length;
}

interface RunResult {
  out: string;
  ok: number;
  bad: number;
  nonLatin: number;
}

/** Repairs one run of characters that all map to bytes >= 0x80 under `codec`. */
function repairRun(chars: string, codec: Codec): RunResult {
  const bytes: number[] = [];
  for (const ch of chars) bytes.push(codec.toByte.get(ch.codePointAt(0) ?? 0) ?? 0);
  const src = Array.from(chars);
  let out = '';
  let ok = 0;
  let bad = 0;
  let nonLatin = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = seqLength(bytes[i]);
    if (n > 0) {
      const cp = decodeSeq(bytes.slice(i, i + n));
      if (cp >= 0) {
        out += String.fromCodePoint(cp);
        ok++;
        if (cp > 0xff) nonLatin++;
        i += n;
        continue;
      }
      // A byte the decoder could not display may have been dropped: try to put it back.
      if (codec.dropped.length > 0) {
        let best = -1;
        let bestRank = Infinity;
        let bestUsed = 0;
        for (let pos = 1; pos < n; pos++) {
          const have = bytes.slice(i, i + n - 1);
          if (have.length !== n - 1) continue;
          for (const d of codec.dropped) {
            const cand = [...have.slice(0, pos), d, ...have.slice(pos)];
            const cp2 = decodeSeq(cand);
            if (cp2 >= 0) {
              const r = plausibility(cp2);
              if (r < bestRank) {
                bestRank = r;
                best = cp2;
                bestUsed = n - 1;
              }
            }
          }
        }
        if (best >= 0 && bestRank < 7) {
          out += String.fromCodePoint(best);
          ok++;
          nonLatin++;
          i += bestUsed;
          continue;
        }
      }
    }
    out += src[i];
    bad++;
    i++;
  }
  return { out, ok, bad, nonLatin };
}

function repairWith(text: string, codec: Codec): RunResult {
  // (the text between runs is copied a slice at a time, not a character at a time: a run's characters are
  // all of the BMP, so scanning UTF-16 units finds the same runs as scanning code points)
  const toByte = codec.toByte;
  let out = '';
  let ok = 0;
  let bad = 0;
  let nonLatin = 0;
  let last = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || !toByte.has(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 0x80 || !toByte.has(d)) break;
      j++;
    }
    out += text.slice(last, i);
    const r = repairRun(text.slice(i, j), codec);
    out += r.out;
    ok += r.ok;
    bad += r.bad;
    nonLatin += r.nonLatin;
    last = i = j;
  }
  out += text.slice(last);
  return { out, ok, bad, nonLatin };
}

/** Quick test: does the text contain anything a repair could change? */
const SUSPECT = /[\u00C2-\u00F4\u221A\u2030\u201A\u00AC][\u0080-\u00BF\u00C0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\u00C0-\u00FF\u2264\u2265\u2260\u221E\u03C0\u2202\u2211\u220F\u222B\u2248\u2206\u25CA\uFB01\uFB02\u0131]|\uF8FF/;

export function repairMojibake(text: string): { text: string; repairs: string[] } {
  if (typeof text !== 'string' || !SUSPECT.test(text)) return { text: String(text ?? ''), repairs: [] };
  let best: { codec: Codec; r: RunResult } | null = null;
  for (const codec of CODECS) {
    const r = repairWith(text, codec);
    if (!best || r.ok > best.r.ok) best = { codec, r };
  }
  if (!best) return { text, repairs: [] };
  const { ok, bad, nonLatin } = best.r;
  const strong = ok >= 3 && bad * 4 <= ok;
  const weak = ok >= 1 && bad === 0 && nonLatin === ok;
  if (!strong && !weak) return { text, repairs: [] };
  return { text: best.r.out, repairs: [`mojibake:${best.codec.name}`] };
}
