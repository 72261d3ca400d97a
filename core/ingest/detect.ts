// Format detection from content (never from the file name): SARIF, a known scanner JSON, or Markdown.
// JSON-looking text is JSON.parse'd exactly once here; the parsed value is handed on to the parser.
import { ParseError } from '../../shared/types';
import { isObject } from './scanners/common';
import { SCANNERS, type ScannerName } from './scanners/index';

export type { ScannerName } from './scanners/index';

export type Detected =
  | { format: 'sarif'; scanner?: undefined; data: unknown }
  | { format: 'json'; scanner: ScannerName; data: unknown }
  | { format: 'markdown' };

/** Index of the first non-whitespace character (a stray U+FEFF counts as whitespace). */
function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) i++;
    else break;
  }
  return i;
}

/** Does the text start like a JSON document (object, or an array that isn't a Markdown "[link]")? */
export function looksLikeJson(s: string): boolean {
  const i = firstNonSpace(s);
  const c = s[i];
  if (c === '{') return true;
  if (c !== '[') return false;
  const j = firstNonSpace(s.slice(i + 1, i + 200)) + i + 1;
  const d = s[j];
  if (d === '{' || d === '[' || d === '"' || d === ']' || d === undefined) return true;
  // "[1, 2]" / "[true, …" is JSON; "[1] Foo" or "[TOC]" is Markdown
  const head = s.slice(i, i + 200);
  return /^\[\s*(?:-?\d[\d.eE+-]*|true|false|null)\s*(?:,|\]\s*$)/.test(head) || /^\[\s*(?:-?\d[\d.eE+-]*|true|false|null)\s*\]\s*$/.test(s.slice(i));
}

function lineCol(s: string, pos: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let k = s.indexOf('\n'); k >= 0 && k < pos; k = s.indexOf('\n', k + 1)) {
    line++;
    last = k;
  }
  return { line, col: pos - last };
}

/**
 * Finds where a JSON text stops being valid (used only after JSON.parse failed, because V8 does not
 * always say where). Iterative, so deep nesting cannot overflow the stack.
 */
export function locateJsonError(s: string): { pos: number; reason: string } {
  const stack: number[] = []; // 1 = object, 2 = array
  let i = 0;
  const n = s.length;
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const ws = () => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const str = (): string | null => {
    // at '"'
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return 'control character in string';
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === undefined) return 'unexpected end of input in string';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return 'bad \\u escape';
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else return 'bad escape';
      } else i++;
    }
    return 'unexpected end of input in string';
  };
  const end = (what: string) => ({ pos: n, reason: `unexpected end of input (${what}); the file looks truncated` });
  let state: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after' = 'value';
  for (;;) {
    ws();
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return { pos: n, reason: 'no error found' };
      return end(stack.length ? `${stack.length} unclosed ${stack[stack.length - 1] === 1 ? 'object' : 'array'}${stack.length > 1 ? 's' : ''}` : 'expected a value');
    }
    const c = s[i];
    const at = i;
    if (state === 'after') {
      if (stack.length === 0) return { pos: at, reason: `unexpected ${JSON.stringify(c)} after the end of the JSON value` };
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        state = top === 1 ? 'key' : 'value';
      } else if ((c === '}' && top === 1) || (c === ']' && top === 2)) {
        i++;
        stack.pop();
      } else return { pos: at, reason: `expected ',' or '${top === 1 ? '}' : ']'}' but found ${JSON.stringify(c)}` };
      continue;
    }
    if (state === 'key' || state === 'keyOrClose') {
      if (c === '}' && state === 'keyOrClose') {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      if (c !== '"') return { pos: at, reason: `expected a double-quoted property name but found ${JSON.stringify(c)}` };
      const err = str();
      if (err) return i >= n ? end(err) : { pos: i, reason: err };
      state = 'colon';
      continue;
    }
    if (state === 'colon') {
      if (c !== ':') return { pos: at, reason: `expected ':' but found ${JSON.stringify(c)}` };
      i++;
      state = 'value';
      continue;
    }
    // value / valueOrClose
    if (c === ']' && state === 'valueOrClose') {
      i++;
      stack.pop();
      state = 'after';
    } else if (c === '{') {
      i++;
      stack.push(1);
      state = 'keyOrClose';
    } else if (c === '[') {
      i++;
      stack.push(2);
      state = 'valueOrClose';
    } else if (c === '"') {
      const err = str();
      if (err) return i >= n ? end(err) : { pos: i, reason: err };
      state = 'after';
    } else {
      let lit: string | null = null;
      for (const l of ['true', 'false', 'null']) if (s.startsWith(l, i)) lit = l;
      if (lit) i += lit.length;
      else {
        NUM.lastIndex = i;
        const m = NUM.exec(s);
        if (!m) return { pos: at, reason: `unexpected ${JSON.stringify(c)} where a value was expected` };
        i += m[0].length;
      }
      state = 'after';
    }
  }
}

/** Which format a JSON text probably meant (for "SARIF: invalid JSON …" rather than just "JSON"). */
function claimedFormat(s: string): 'sarif' | 'json' {
  const head = s.slice(0, 4096);
  return /sarif/i.test(head) || /"runs"\s*:/.test(head) ? 'sarif' : 'json';
}

function describeTop(v: unknown): string {
  if (Array.isArray(v)) {
    const kinds = [...new Set(v.slice(0, 50).map((x) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x)))];
    return v.length === 0 ? 'an empty array' : `an array of ${kinds.join('/')} (${v.length} item${v.length === 1 ? '' : 's'})`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (!keys.length) return 'an empty object';
    const shown = keys.slice(0, 8).map((k) => JSON.stringify(k.length > 40 ? k.slice(0, 40) + '…' : k));
    return `an object with keys ${shown.join(', ')}${keys.length > 8 ? ` (+${keys.length - 8} more)` : ''}`;
  }
  return v === null ? 'null' : `a ${typeof v}`;
}

const SARIF_KEYS = new Set(['version', '$schema', 'runs', 'runLogs', 'inlineExternalProperties', 'properties']);

function isSarif(v: Record<string, unknown>): boolean {
  if (typeof v.$schema === 'string' && /sarif/i.test(v.$schema)) return true;
  if ('runs' in v) return true;
  // SARIF 1.0 drafts held their runs in "runLogs": a SARIF log of another version, which the SARIF
  // parser names ("version is \"1.0.0\", only \"2.1.0\" is supported") instead of "no known format"
  if ('runLogs' in v && (typeof v.version === 'string' || Object.keys(v).every((k) => SARIF_KEYS.has(k)))) return true;
  // {"version": "…"} alone: treat as a (broken) SARIF log so the error says what is missing
  return typeof v.version === 'string' && Object.keys(v).every((k) => SARIF_KEYS.has(k));
}

/** Parses JSON text once, turning every failure into a ParseError that says where it broke. */
export function parseJsonText(text: string, fileName: string): unknown {
  // a BOM that survived decoding (text handed in directly) is not JSON whitespace
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    const fmt = claimedFormat(text);
    const label = fmt === 'sarif' ? 'SARIF' : 'JSON';
    if (e instanceof RangeError) {
      throw new ParseError(`${fileName}: ${label}: JSON nesting too deep to parse (${e.message})`, fmt, null);
    }
    const msg = e instanceof Error ? e.message : String(e);
    let pos: number;
    let reason: string;
    if (/Unexpected end of JSON input/i.test(msg)) {
      pos = text.length;
      reason = 'unexpected end of input; the file looks truncated';
    } else {
      const loc = locateJsonError(text);
      const m = /at position (\d+)/.exec(msg);
      pos = m ? Number(m[1]) : loc.pos;
      reason = loc.reason === 'no error found' ? msg.split('\n')[0] : loc.reason;
    }
    const { line, col } = lineCol(text, pos);
    const where = `line ${line}, column ${col}`;
    throw new ParseError(`${fileName}: ${label}: invalid JSON at ${where} (position ${pos}): ${reason}`, fmt, where);
  }
}

/** Detects the format of an already parsed JSON value. */
export function detectJson(data: unknown, fileName: string): Detected {
  if (isObject(data) && isSarif(data)) return { format: 'sarif', data };
  for (const s of SCANNERS) if (s.matches(data)) return { format: 'json', scanner: s.name, data };
  const tried = ['SARIF ($schema/version/runs)', ...SCANNERS.map((s) => s.describe)].join('; ');
  throw new ParseError(`${fileName}: JSON: no known format — top level is ${describeTop(data)}; tried ${tried}`, 'json', '$');
}

/**
 * Detects the format from the content. JSON-looking text is parsed (once) and its value returned
 * in `data`; invalid JSON and JSON of no known shape are ParseErrors, never Markdown.
 */
export function detectFormat(text: string, fileName = '<input>'): Detected {
  if (looksLikeJson(text)) return detectJson(parseJsonText(text, fileName), fileName);
  const i = firstNonSpace(text);
  if (text.startsWith('<?xml', i)) {
    throw new ParseError(`${fileName}: XML is not a supported format (expected SARIF/scanner JSON or Markdown)`, 'xml', 'line 1');
  }
  if (text.trim() === '') throw new ParseError(`${fileName}: empty file (only whitespace)`, 'markdown', 'line 1');
  // a .json/.sarif file holding a single JSON scalar (42, "text", null) is JSON of no known shape, not Markdown
  if (text.length < 1_000_000 && /\.(?:json|sarif)$/i.test(fileName) && /^\s*(?:-?\d[\d.eE+-]*|"(?:[^"\\]|\\.)*"|true|false|null)\s*$/.test(text)) {
    return detectJson(parseJsonText(text, fileName), fileName);
  }
  return { format: 'markdown' };
}
