// Shared test helpers for the ingest tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ParseError } from '../../shared/types';
import { VENDORED } from '../team';

export const CORPUS = `${VENDORED}/corpus`;
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function corpusFiles(dir: 'sarif' | 'json'): string[] {
  return readdirSync(join(CORPUS, dir)).sort().map((f) => join(CORPUS, dir, f));
}

export function bytesOf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export function jsonOf(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** Runs f and returns the ParseError it throws (fails the test otherwise). */
export function parseErrorOf(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw new Error(`expected a ParseError, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  throw new Error('expected a ParseError, nothing was thrown');
}
