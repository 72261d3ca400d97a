// What every scanner-JSON parser does when it maps a scanner's results to findings: its ParseErrors
// ("<file>: <Tool> JSON: <what>" at a JSON path), the walk over a list of result objects, the
// severity word as written and as mapped, the one location a result names, its code snippet and
// "**Label:** text" lines of the body.
import { ParseError, type Location, type Severity } from '../../../shared/types';
import { codeBlock, isObject, location, severityFromWord, text, typeName, type JsonObject } from './common';

export interface ScannerInput {
  /** a ParseError "<file>: <Tool> JSON: <what>" at `path` */
  error(what: string, path: string): ParseError;
  /** `data` as an object whose `key` is an array; else a ParseError "<key> is not an array" */
  withList<K extends string>(data: unknown, key: K): JsonObject & Record<K, unknown[]>;
  /** `fn` over the elements of the list at `path`; a ParseError at the first that is not an object */
  mapObjects<T>(list: readonly unknown[], path: string, fn: (o: JsonObject, i: number) => T): T[];
}

export function scannerInput(fileName: string, tool: string): ScannerInput {
  const error = (what: string, path: string) => new ParseError(`${fileName}: ${tool} JSON: ${what}`, 'json', path);
  return {
    error,
    withList<K extends string>(data: unknown, key: K) {
      if (!isObject(data) || !Array.isArray(data[key])) throw error(`${key} is not an array`, key);
      return data as JsonObject & Record<K, unknown[]>;
    },
    mapObjects(list, path, fn) {
      return list.map((x, i) => {
        if (!isObject(x)) throw error(`${path}[${i}] is not an object (found ${typeName(x)})`, `${path}[${i}]`);
        return fn(x, i);
      });
    },
  };
}

/**
 * A result's severity word as written (`severityText`) and mapped (`severity`); `overrides` maps the
 * upper-cased words a scanner uses in its own way (Bandit's UNDEFINED: no rating).
 */
export function severityOf(
  v: unknown,
  overrides: Readonly<Record<string, Severity | null>> = {},
): { severity: Severity | null; severityText: string | null } {
  const word = text(v);
  const key = word?.toUpperCase();
  const severity = key !== undefined && Object.hasOwn(overrides, key) ? overrides[key] : severityFromWord(word);
  return { severity, severityText: word };
}

/** The one location of a result, or none when it names no file. */
export function locatedAt(
  path: string | null,
  startLine: number | null = null,
  endLine: number | null = null,
  startColumn: number | null = null,
  endColumn: number | null = null,
): Location[] {
  return path ? [location(path, startLine, endLine, startColumn, endColumn)] : [];
}

/** A result's code snippet as a fenced block, or null when it has none. */
export function snippet(code: unknown, lang = ''): string | null {
  return typeof code === 'string' && code.trim() ? codeBlock(code, lang) : null;
}

/** "**Label:** text" (`block`: the text as a paragraph of its own), or null when `v` has no text. */
export function labelled(label: string, v: unknown, block = false): string | null {
  const t = text(v);
  return t ? `**${label}:**${block ? '\n\n' : ' '}${t}` : null;
}

/** "id name" (a rule's id and its name, joined by `sep`), the id alone, or null without an id. */
export function idAndName(id: unknown, name: unknown, sep = ' '): string | null {
  const a = text(id);
  if (!a) return null;
  const b = text(name);
  return b ? a + sep + b : a;
}
