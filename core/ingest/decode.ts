// Bytes -> text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or NUL-byte pattern), Windows-1252
// fallback for legacy text; refuses empty and binary files with a ParseError naming the file.
import { Buffer, isUtf8 } from 'node:buffer';
import { ParseError } from '../../shared/types';

export interface Decoded {
  text: string;
  /** what was done on the way in ("encoding:utf-16le", "encoding:windows-1252"), [] for plain UTF-8 */
  repairs: string[];
}

// Windows-1252 0x80..0x9F (undefined slots map to the C1 control, as browsers do).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Windows-1252 decoding (Node's TextDecoder treats the label as Latin-1, so 0x80-0x9F are done here). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

interface Utf8Scan {
  invalid: number;
  firstInvalid: number;
  multibyte: number;
}

/** Counts invalid UTF-8 sequences and valid multi-byte characters (only run when strict decoding failed). */
function scanUtf8(b: Uint8Array, from: number): Utf8Scan {
  let invalid = 0;
  let firstInvalid = -1;
  let multibyte = 0;
  let i = from;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    }
    let ok = need > 0 && i + need < n;
    let cp = need === 1 ? c & 0x1f : need === 2 ? c & 0x0f : c & 0x07;
    for (let k = 1; ok && k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (cc & 0x3f);
    }
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { invalid, firstInvalid, multibyte };
}

/** Recognises BOM-less UTF-16 text from where the NUL bytes sit (ASCII-heavy text has one NUL per code unit). */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const len = Math.min(b.length, 8192) & ~1;
  if (len < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < len; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = len / 2;
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.05) return 'utf-16be';
  return null;
}

function controlRatio(b: Uint8Array): number {
  const len = Math.min(b.length, 65536);
  let ctl = 0;
  for (let i = 0; i < len; i++) {
    const c = b[i];
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) ctl++;
  }
  return len ? ctl / len : 0;
}

/**
 * UTF-16 text, strictly: an odd byte count or a surrogate without its pair is refused (a lenient
 * decoder would turn them into U+FFFD and let a broken file through as some other format).
 * `from` is where the code units start (after a BOM); byte offsets in messages count from the file's start.
 */
function decodeUtf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be', from: number, fileName: string): Decoded {
  const malformed = (why: string, at: number): never => {
    throw new ParseError(`${fileName}: malformed ${enc === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text (${why}), not a text report`, 'encoding', `byte ${at}`);
  };
  const n = bytes.length;
  if ((n - from) % 2 !== 0) malformed(`an odd number of bytes: ${n - from}${from ? ' after the byte-order mark' : ''}`, n - 1);
  const le = enc === 'utf-16le';
  const unit = (i: number) => (le ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  for (let i = from; i < n; i += 2) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    const hex = u.toString(16).toUpperCase();
    if (u >= 0xdc00) malformed(`lone low surrogate U+${hex} at byte ${i}`, i);
    if (i + 2 >= n || (unit(i + 2) & 0xfc00) !== 0xdc00) malformed(`lone high surrogate U+${hex} at byte ${i}`, i);
    i += 2;
  }
  if (from === n) throw new ParseError(`${fileName}: empty file (only a UTF-16 byte-order mark)`, 'encoding', `byte ${from}`);
  return { text: new TextDecoder(enc).decode(bytes.subarray(from)), repairs: [`encoding:${enc}`] };
}

function binary(fileName: string, why: string, where: string): never {
  throw new ParseError(`${fileName}: binary file (${why}), not a text report`, 'encoding', where);
}

export function decodeBytes(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) throw new ParseError(`${fileName}: empty file (0 bytes)`, 'encoding', 'byte 0');

  // byte-order marks
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0) binary(fileName, 'UTF-32 is not supported', 'byte 0');
    return decodeUtf16(bytes, 'utf-16le', 2, fileName);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', 2, fileName);
  let start = 0;
  const repairs: string[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    repairs.push('encoding:utf-8-bom');
    if (bytes.length === 3) throw new ParseError(`${fileName}: empty file (only a UTF-8 byte-order mark)`, 'encoding', 'byte 3');
  }

  // NUL bytes: looked for in the whole file when it is small, else in its first 1 MiB (binary formats
  // show them in their headers; a NUL further into a big JSON file still fails JSON.parse)
  const nul = bytes.length <= 8 << 20 ? bytes.indexOf(0, start) : bytes.subarray(0, 1 << 20).indexOf(0, start);
  if (nul >= 0) {
    if (start === 0) {
      const enc = sniffUtf16(bytes);
      if (enc) return decodeUtf16(bytes, enc, 0, fileName);
    }
    binary(fileName, `NUL byte at offset ${nul}`, `byte ${nul}`);
  }

  const body = start ? bytes.subarray(start) : bytes;
  if (isUtf8(body)) {
    return { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'), repairs };
  }
  const scan = scanUtf8(body, 0);
  if (controlRatio(body) > 0.1) binary(fileName, `invalid UTF-8 at byte ${scan.firstInvalid + start} and control bytes`, `byte ${scan.firstInvalid + start}`);
  if (scan.multibyte === 0 || scan.invalid > scan.multibyte) {
    // no (or hardly any) real UTF-8 sequences: a legacy 8-bit text; Windows-1252 is the usual one
    repairs.push('encoding:windows-1252');
    return { text: decodeWindows1252(body), repairs };
  }
  // mostly UTF-8 with a few bad bytes: keep the UTF-8, replace the bad bytes with U+FFFD
  repairs.push(`encoding:utf-8-invalid-bytes-replaced:${scan.invalid}@byte${scan.firstInvalid + start}`);
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), repairs };
}
