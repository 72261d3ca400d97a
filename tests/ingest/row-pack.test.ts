// The packed rows a SARIF parse thread hands to the store (core/ingest/row-pack.ts) and the table
// that counts repeated fingerprints (core/ingest/fingerprint.ts Occurrences): what goes in comes out.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Occurrences } from '../../core/ingest/fingerprint';
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

describe('Occurrences', () => {
  it('counts each fingerprint as a Map of strings would, through collisions and growth', () => {
    const hex = (i: number) => createHash('sha256').update(String(i)).digest('hex').slice(0, 16);
    const fps: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      fps.push(hex(i));
      if (i % 7 === 0) fps.push(hex(i)); // repeats
      if (i % 1000 === 0) fps.push(hex(i), hex(i));
    }
    // the same low 32 bits (where the table starts looking), different high ones; and strings not
    // of 16 hex digits (the table keeps those apart, correct all the same)
    for (let i = 0; i < 50; i++) fps.push(`${(i % 10).toString(16).padStart(8, '0')}deadbeef`);
    fps.push('not a hex', 'not a hex', 'DEADBEEFDEADBEEF', 'deadbeefdeadbeef', '12zz567812345678', '12zz567812345678', '');
    const reference = new Map<string, number>();
    const expected = fps.map((fp) => {
      const n = reference.get(fp) ?? 0;
      reference.set(fp, n + 1);
      return n;
    });
    const seen = new Occurrences();
    expect(fps.map((fp) => seen.next(fp))).toEqual(expected);
    expect(Math.max(...expected)).toBe(4); // the low-bit collisions, 5 each
  });
});
