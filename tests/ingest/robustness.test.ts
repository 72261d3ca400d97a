// Property tests: whatever comes in, the front door returns a report or throws a one-line ParseError
// that names the file -- never another exception.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../core/ingest/decode';
import { parseReportBytes, parseReportText } from '../../core/ingest/index';
import { ParseError } from '../../shared/types';
import { VENDORED } from '../team';

function outcome(f: () => unknown, file: string): 'ok' | 'error' {
  try {
    f();
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    const msg = (e as ParseError).message;
    expect(msg.startsWith(`${file}: `)).toBe(true);
    expect(msg).not.toContain('\n');
    return 'error';
  }
}

const sarifish = fc.record(
  {
    version: fc.constantFrom('2.1.0', '2.1.0', '2.0.0', 2),
    runs: fc.array(
      fc.record(
        {
          tool: fc.record({ driver: fc.record({ name: fc.string(), rules: fc.array(fc.anything(), { maxLength: 3 }) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
          results: fc.oneof(
            fc.array(
              fc.record(
                {
                  ruleId: fc.oneof(fc.string(), fc.integer()),
                  ruleIndex: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.string()),
                  level: fc.oneof(fc.constantFrom('error', 'warning', 'note', 'none', 'bogus'), fc.anything()),
                  message: fc.oneof(fc.record({ text: fc.string() }), fc.record({ id: fc.string(), arguments: fc.array(fc.anything(), { maxLength: 3 }) }), fc.anything()),
                  locations: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
                  codeFlows: fc.oneof(fc.array(fc.anything(), { maxLength: 2 }), fc.anything()),
                  suppressions: fc.anything(),
                  partialFingerprints: fc.anything(),
                  properties: fc.anything(),
                },
                { requiredKeys: [] },
              ),
              { maxLength: 5 },
            ),
            fc.anything(),
          ),
          originalUriBaseIds: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

describe('robustness', () => {
  it('SARIF-like logs with arbitrary content', () => {
    fc.assert(
      fc.property(sarifish, (log) => {
        outcome(() => parseReportText(JSON.stringify({ $schema: 'sarif-2.1.0', ...log }), 'p.sarif'), 'p.sarif');
      }),
      { numRuns: 300 },
    );
  });
  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        if (text === undefined || !/^\s*[[{]/.test(text)) return;
        outcome(() => parseReportText(text, 'v.json'), 'v.json');
      }),
      { numRuns: 300 },
    );
  });
  it('truncations of a real SARIF file never become a report', () => {
    const full = JSON.stringify(JSON.parse(readFileSync(`${VENDORED}/corpus/sarif/defectdojo_njsscan.sarif`, 'utf8')), null, 2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: full.length - 1 }), (cut) => {
        expect(outcome(() => parseReportText(full.slice(0, cut), 't.sarif'), 't.sarif')).toBe('error');
      }),
      { numRuns: 200 },
    );
  });
  it('arbitrary bytes decode or are refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        outcome(() => decodeBytes(bytes, 'b.bin'), 'b.bin');
      }),
      { numRuns: 500 },
    );
  });
  it('arbitrary bytes through the whole front door', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        outcome(() => parseReportBytes(bytes, 'w.bin'), 'w.bin');
      }),
      { numRuns: 150 },
    );
  });
});
