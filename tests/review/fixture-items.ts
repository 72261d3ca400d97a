// The numbered items of the review fixtures (tests/fixtures/review), read from the files themselves:
// what the tests expect the import review to make of them.
import { readFileSync } from 'node:fs';

export interface FixtureItem {
  /** 1-based line of the item */
  line: number;
  /** the report's rating word: Red, Amber, Green */
  word: string;
  /** the item's text after the rating, as plain text (code marks dropped) */
  title: string;
}

export function fixtureItems(path: string): FixtureItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => ({ i, m: /^\d+\. (\w+) — (.*)$/.exec(l) }))
    .filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null)
    .map(({ i, m }) => ({ line: i + 1, word: m[1], title: m[2].replace(/`/g, '') }));
}
