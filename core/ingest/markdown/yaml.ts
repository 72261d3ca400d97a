// A reader for the small part of YAML that reports write in fenced blocks: block mappings and
// sequences, "key: value" scalars (plain, quoted, folded ">" and literal "|"), flow sequences
// "[a, b]" and flow mappings "{a: 1}", comments. Anything else (anchors, tags, documents, complex
// keys) makes the block unreadable: null, and the block is taken for what it looks like, code.

import { factKind, foldKey } from './vocab';

export type YamlValue = string | YamlValue[] | YamlMap;

/** A mapping in the order its keys were written, with the 0-based lines it spans in the block. */
export class YamlMap {
  readonly entries: [string, YamlValue][] = [];
  constructor(
    public startLine: number,
    public endLine: number,
  ) {}
  get(key: string): YamlValue | undefined {
    return this.entries.find(([k]) => k === key)?.[1];
  }
}

interface Line {
  indent: number;
  text: string;
  n: number;
}

const MAX_LINES = 5000;

/** The block's value, or null when it is not YAML of the shape read here. */
export function parseYaml(src: string): YamlValue | null {
  if (src.length > 200000) return null;
  const raw = src.split('\n');
  if (raw.length > MAX_LINES) return null;
  const lines: Line[] = [];
  for (let n = 0; n < raw.length; n++) {
    const r = raw[n].replace(/\s+$/, '');
    if (/^\s*(?:#|$)/.test(r)) continue;
    if (/\t/.test(r.slice(0, r.length - r.trimStart().length))) return null;
    if (/^(?:---|\.\.\.)(?:\s|$)|^\s*[&!%]/.test(r)) return null;
    lines.push({ indent: r.length - r.trimStart().length, text: r.trimStart(), n });
  }
  if (!lines.length) return null;
  const st = { i: 0, raw };
  try {
    const v = block(lines, st, lines[0].indent);
    return st.i === lines.length ? v : null;
  } catch {
    return null;
  }
}

class Unreadable extends Error {}

function block(lines: Line[], st: { i: number; raw: string[] }, indent: number): YamlValue {
  const first = lines[st.i];
  if (first.indent !== indent) throw new Unreadable();
  return /^-(?:\s|$)/.test(first.text) ? sequence(lines, st, indent) : mapping(lines, st, indent, null);
}

function sequence(lines: Line[], st: { i: number; raw: string[] }, indent: number): YamlValue[] {
  const out: YamlValue[] = [];
  while (st.i < lines.length && lines[st.i].indent === indent && /^-(?:\s|$)/.test(lines[st.i].text)) {
    const line = lines[st.i];
    const rest = line.text.replace(/^-\s*/, '');
    const inner = indent + (line.text.length - rest.length);
    if (!rest) {
      st.i++;
      out.push(st.i < lines.length && lines[st.i].indent > indent ? block(lines, st, lines[st.i].indent) : '');
    } else if (KEY.test(rest) && !/^["'[{]/.test(rest)) {
      // "- id: ALR-01" opens a mapping whose keys line up after the dash
      lines[st.i] = { indent: inner, text: rest, n: line.n };
      out.push(mapping(lines, st, inner, line.n));
    } else {
      st.i++;
      out.push(scalar(rest, lines, st, indent));
    }
  }
  return out;
}

const KEY = /^([^\s#'"{}[\],&*!|>%@`][^:#]*?|"[^"\n]*"|'[^'\n]*')\s*:(?:\s+(.*))?$/;

function mapping(lines: Line[], st: { i: number; raw: string[] }, indent: number, startLine: number | null): YamlMap {
  const map = new YamlMap(startLine ?? lines[st.i].n, lines[st.i].n);
  while (st.i < lines.length && lines[st.i].indent === indent) {
    const line = lines[st.i];
    const m = KEY.exec(line.text);
    if (!m) throw new Unreadable();
    const key = m[1].replace(/^(["'])(.*)\1$/, '$2').trim();
    const value = stripComment(m[2] ?? '');
    st.i++;
    let v: YamlValue;
    if (!value) {
      // "key:" over a nested block (a sequence may stand at the key's own indent)
      const next = lines[st.i];
      if (next && (next.indent > indent || (next.indent === indent && /^-(?:\s|$)/.test(next.text)))) v = block(lines, st, next.indent);
      else v = '';
    } else v = scalar(value, lines, st, indent);
    map.entries.push([key, v]);
    map.endLine = st.i > 0 ? lines[st.i - 1].n : line.n;
    if (map.entries.length > 500) throw new Unreadable();
  }
  return map;
}

/** A comment after a value: " # …" outside quotes. */
function stripComment(v: string): string {
  let quote: string | null = null;
  for (let k = 0; k < v.length; k++) {
    const c = v[k];
    if (quote) {
      if (c === quote) quote = null;
    } else if ((c === '"' || c === "'") && (k === 0 || /[\s[{,:]/.test(v[k - 1]))) quote = c;
    else if (c === '#' && (k === 0 || /\s/.test(v[k - 1]))) return v.slice(0, k).trim();
  }
  return v.trim();
}

function scalar(value: string, lines: Line[], st: { i: number; raw: string[] }, indent: number): YamlValue {
  // ">", "|", ">-", "|+": a block scalar, the lines indented under the key
  if (/^[>|][-+]?\d?$/.test(value)) {
    const folded = value.startsWith('>');
    const parts: string[] = [];
    let last = st.i > 0 ? lines[st.i - 1].n : 0;
    while (st.i < lines.length && lines[st.i].indent > indent) {
      // (blank lines inside the scalar were dropped with the comments; they separate paragraphs)
      if (lines[st.i].n > last + 1 && parts.length) parts.push('');
      parts.push(st.raw[lines[st.i].n].trim());
      last = lines[st.i].n;
      st.i++;
    }
    return folded ? parts.join(' ').replace(/ {2,}/g, ' ').trim() : parts.join('\n');
  }
  if (value.startsWith('[') || value.startsWith('{')) return flow(value);
  const q = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/.exec(value);
  if (q) return q[1] !== undefined ? q[1].replace(/\\(["\\/])/g, '$1').replace(/\\n/g, '\n') : q[2].replace(/''/g, "'");
  if (/^["']/.test(value)) throw new Unreadable();
  if (/^[&*!]/.test(value)) throw new Unreadable();
  // a plain scalar may go on over more indented lines
  let out = value;
  while (st.i < lines.length && lines[st.i].indent > indent && !KEY.test(lines[st.i].text) && !/^-(?:\s|$)/.test(lines[st.i].text)) {
    out += ' ' + stripComment(lines[st.i].text);
    st.i++;
  }
  return out;
}

/** "[ALR-02, ALR-05]", "{open: 5, in-flight: 2}": a flow collection on one line. */
function flow(value: string): YamlValue {
  const open = value[0];
  const close = open === '[' ? ']' : '}';
  if (!value.endsWith(close)) throw new Unreadable();
  const items = splitFlow(value.slice(1, -1));
  if (open === '[') return items.map((x) => flowScalar(x));
  const map = new YamlMap(0, 0);
  for (const item of items) {
    const m = /^([^:]+?)\s*:\s*(.*)$/.exec(item);
    if (!m) throw new Unreadable();
    map.entries.push([m[1].replace(/^(["'])(.*)\1$/, '$2'), flowScalar(m[2])]);
  }
  return map;
}

function splitFlow(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = '';
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (quote) {
      if (c === quote) quote = null;
    } else if ((c === '"' || c === "'") && !cur.trim()) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function flowScalar(v: string): YamlValue {
  if (v.startsWith('[') || v.startsWith('{')) return flow(v);
  const q = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/.exec(v);
  return q ? (q[1] ?? q[2].replace(/''/g, "'")) : v;
}

// ---- findings written as YAML records

/**
 * Keys that title a record ("title", "finding_title", "headline", "summary"), most preferred first; folded
 * as field keys are (lower case, "_" and "-" as spaces). Not "name": configuration names its parts so
 * ("- name: Ensure nginx is started / state: started" is an Ansible task, not a finding).
 */
const TITLE_KEYS = ['title', 'headline', 'summary'];
const TITLE_SUFFIX = /^[a-z]{2,12} title$/;
/** the kinds of field that make a titled mapping a finding's record */
const FINDING_FIELDS = new Set(['severity', 'status', 'location', 'blocks', 'depends', 'likelihood']);

/** A key as the field readers fold it ("blocks_rollout" -> "blocks rollout"). */
export function yamlKey(key: string): string {
  return foldKey(key.replace(/[_-]+/g, ' '));
}

/** "ALR-02", "F-7", "#12", "2.4.1": a value that names another record. */
const RECORD_ID = /^(?:[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+|#\d+|\d{1,3}(?:\.\d{1,3}){1,3})$/;

/** The ids a value names, when it names nothing else ("[ALR-02]", "ALR-02, ALR-05"). */
export function yamlIds(v: YamlValue): string[] {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s*,\s*/) : [];
  const ids = items.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter(Boolean);
  return ids.length && ids.every((x) => RECORD_ID.test(x)) ? ids : [];
}

/** The kind of field a key names: the field readers' kinds, and "after: [ID]" a dependency. */
export function yamlFieldKind(key: string, v: YamlValue): string | null {
  const k = yamlKey(key);
  // ("after: [ALR-02]": don't start until the records it names are done)
  if ((k === 'after' || k === 'blocked by' || k === 'depends') && yamlIds(v).length) return 'depends';
  // ("score: 16": in a record written as data, a score is its rating; a table of a tool's scores,
  // "| Token-Permissions | 6 / 10 |", is not one, so "score" is no severity key of FIELD_KEYS)
  if (k === 'score' && typeof v === 'string' && /^\d{1,3}(?:\.\d)?$/.test(v.trim())) return 'severity';
  return factKind(k);
}

const YAML_TITLE_RE = /\p{L}/u;
/** The record's title: the value of its most preferred title key, a line of text. */
export function yamlTitle(m: YamlMap): string | null {
  const byKey = new Map(m.entries.filter(([, v]) => typeof v === 'string').map(([k, v]) => [yamlKey(k), v as string]));
  const key = TITLE_KEYS.find((k) => byKey.has(k)) ?? [...byKey.keys()].find((k) => TITLE_SUFFIX.test(k));
  const t = key ? byKey.get(key)!.replace(/\s+/g, ' ').trim() : '';
  return t.length >= 3 && t.length <= 300 && YAML_TITLE_RE.test(t) ? t : null;
}

function isRecord(m: YamlMap): boolean {
  return !!yamlTitle(m) && m.entries.some(([k, v]) => !(v instanceof YamlMap) && FINDING_FIELDS.has(yamlFieldKind(k, v) ?? ''));
}

const recordCache = new WeakMap<object, YamlMap[]>();

/**
 * The records of a fenced block labelled yaml / yml, or unlabelled: a mapping with a title key, or a
 * list of mappings (also the list under one key, "findings:"), each with a title key and at least one
 * field of a finding. [] when the block holds none.
 */
export function yamlRecordMaps(code: { lang?: string | null; value: string }): YamlMap[] {
  const known = recordCache.get(code);
  if (known) return known;
  let out: YamlMap[] = [];
  const lang = (code.lang ?? '').toLowerCase();
  if ((lang === '' || lang === 'yaml' || lang === 'yml') && /:/.test(code.value)) {
    const v = parseYaml(code.value);
    const lists: YamlValue[][] = [];
    if (Array.isArray(v)) lists.push(v);
    else if (v instanceof YamlMap) {
      if (yamlTitle(v)) out = [v];
      else for (const [, x] of v.entries) if (Array.isArray(x)) lists.push(x);
    }
    for (const list of lists) for (const x of list) if (x instanceof YamlMap) out.push(x);
    out = out.filter(isRecord);
  }
  recordCache.set(code, out);
  return out;
}

/**
 * Convention: counts written as data — "summary: {findings: 10, critical: 2, high: 3, …}" in a YAML block
 * (or the block's own top level): a mapping with two or more severity keys holding whole numbers states
 * the report's counts; its "total" / "findings" / "issues" key the sum. Returns the words as written (to
 * be read through the report's legend) and the total, or null when the block holds no such mapping.
 */
export function yamlCounts(code: { lang?: string | null; value: string }, isSeverity: (word: string) => boolean): { words: [string, number][]; total: number | null } | null {
  const lang = (code.lang ?? '').toLowerCase();
  if (!(lang === '' || lang === 'yaml' || lang === 'yml') || code.value.length > 20000 || !/:\s*\d/.test(code.value)) return null;
  const v = parseYaml(code.value);
  if (!(v instanceof YamlMap)) return null;
  for (const m of [v, ...v.entries.map(([, x]) => x).filter((x): x is YamlMap => x instanceof YamlMap)]) {
    const words: [string, number][] = [];
    let total: number | null = null;
    for (const [k, x] of m.entries) {
      if (typeof x !== 'string' || !/^\d{1,4}$/.test(x.trim())) continue;
      const key = yamlKey(k);
      if (/^(?:total|findings|issues|total findings|findings total|count)$/.test(key)) total ??= Number(x);
      else if (isSeverity(key)) words.push([key, Number(x)]);
    }
    if (words.length >= 2) return { words, total };
  }
  return null;
}
