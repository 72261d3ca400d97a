// The packed rows a SARIF parse thread hands to the store (core/ingest/row-pack.ts): what goes in comes out.
import { describe, expect, it } from 'vitest';
import { RowPacker, RowUnpacker } from '../../core/ingest/row-pack';

describe('packed rows', () => {
  it('give back every value of every part, in order, past the dictionary cap', () => {
    // column 0 may use the dictionary, column 1 may not
    const packer = new RowPacker([true, false]);
    const unpacker = new RowUnpacker();
    const parts: unknown[][] = [];
    const values = (p: number): unknown[] => {
      const out: unknown[] = [];
      for (let i = 0; i < 3000; i++) {
        const n = p * 3000 + i;
        // repeated strings, strings seen once (5,000 distinct ones: past the 4,096 a column may put
        // in the dictionary), empty, non-Latin-1 and astral text, numbers, null and undefined
        const dictValue = [`rule ${n % 7}`, `path/${n}.ts`, '', 'é — ✓', '𝒳 plan', n * 1.5, -0, null, undefined, n][n % 10];
        const ownValue = [`body of ${n} — “quoted”`, '', null, 2 ** 40 + n, 'x'.repeat(n % 50)][n % 5];
        out.push(dictValue, ownValue);
      }
      return out;
    };
    for (let p = 0; p < 4; p++) {
      const vals = values(p);
      vals.forEach((v, i) => packer.put(v, i % 2));
      const part = packer.part();
      // a part crosses threads by structured clone, its buffer transferred
      const crossed = structuredClone(part, { transfer: [part.buf] });
      const out: unknown[] = [];
      unpacker.unpack(crossed, out);
      expect(out.length).toBe(vals.length);
      for (let i = 0; i < vals.length; i++) expect(Object.is(out[i], vals[i]), `part ${p} cell ${i}: ${String(out[i])} vs ${String(vals[i])}`).toBe(true);
      parts.push(out);
    }
    expect(parts.length).toBe(4);
  });

  it('refuse a value they cannot carry', () => {
    const packer = new RowPacker([false]);
    expect(() => packer.put(true, 0)).toThrow(/boolean/);
    expect(() => packer.put({}, 0)).toThrow(/object/);
  });
});
