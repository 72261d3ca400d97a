// The cheap pretests of the big per-line regexes (prefilter.ts): each gate answers as its regex does.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GATED, literalGate, neededStrings } from '../../core/ingest/markdown/prefilter';
import '../../core/ingest/markdown/index';

describe('neededStrings', () => {
  it.each([
    [/ab?c|x(?:yz|w+)q|(?<!foo)bar\d+/i, ['a', 'x']],
    [/(?:^|[^\p{L}])(?:status|s[ée]v[ée]rit[ée]|risk)(?![\p{L}])/iu, ['status', 'rit', 'risk']],
    [/Fix(?:ed)? before/, [' before']],
    [/\d+/, null],
    [/a|\s/, null],
  ])('%s', (re, need) => expect(neededStrings(re)).toEqual(need));
});

describe('literalGate', () => {
  const lines = new Set<string>(['ſtatus', 'STATUS: open', 'İmpact', 'ПОРЯДОК УСТРАНЕНИЯ', 'Σειρά αποκατάστασης', 'ΣΕΙΡΑ ΑΠΟΚΑΤΑΣΤΑΣΗΣ', 'план действий', 'Priorität: hoch', 'thứ tự xử lý', '修复计划', 'must be fixed before release']);
  for (const dir of ['heldout', 'conventions']) {
    const at = `${__dirname}/${dir}`;
    for (const n of readdirSync(at).filter((x) => x.endsWith('.md')).sort().slice(0, 400)) for (const l of readFileSync(`${at}/${n}`, 'utf8').split('\n')) lines.add(l);
  }
  it('answers as each gated regex does, on every line of the reports', () => {
    expect(GATED.length).toBeGreaterThan(0);
    for (const re of [...GATED]) {
      const gate = literalGate(re);
      for (const l of lines) if (gate(l) !== re.test(l)) expect([re.source.slice(0, 40), l]).toBe('the same answer');
    }
  });
  it('keeps the long s, which /iu folds to s', () => {
    expect(literalGate(/status/iu)('ſtatus')).toBe(true);
    expect(literalGate(/план/iu)('ПЛАН')).toBe(true);
    expect(literalGate(/σειρα/iu)('ΣΕΙΡΑ')).toBe(true);
  });
});
