// The NOTIFY payload of a team database's change (core/service/live.ts): within PostgreSQL's 8000
// bytes whatever the change, the finding ids named while they fit; read back as the ChangeEvent the
// renderer follows; this process's own writes skipped; what this version cannot read (a newer app's
// payload, garbage) makes everything stale rather than nothing.
import { describe, expect, it } from 'vitest';
import { decodeChange, encodeChange } from '../../core/service/live';

const write = (ids: number[]) => ({ writer: 'w1', user: 'alice', method: 'findings.update' as const, projectIds: new Set([3]), findingIds: new Set(ids) });
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('live change payload', () => {
  it('names the findings, the project and the method, read back by another process', () => {
    const text = encodeChange(write([7, 9]));
    expect(decodeChange(text, 'w2')).toMatchObject({ method: 'findings.update', projectId: 3, findingIds: [7, 9], entities: ['findings', 'history'] });
    expect(decodeChange(text, 'w2')!.stale).toEqual(expect.arrayContaining(['findings.list', 'findings.get', 'insights.get']));
  });

  it("says whether the method edits cards only, from the method's definition (another app's edit refreshes just those cards)", () => {
    expect(decodeChange(encodeChange(write([7])), 'w2')!.cardEdit).toBe(true);
    expect(decodeChange(encodeChange({ ...write([7]), method: 'findings.assign' }), 'w2')!.cardEdit).toBe(true);
    expect(decodeChange(encodeChange({ ...write([7]), method: 'ingest.bytes' }), 'w2')!.cardEdit).toBe(false);
    expect(decodeChange(encodeChange({ ...write([7]), method: null }), 'w2')!.cardEdit).toBe(false);
  });

  it('is skipped by its own writer', () => {
    expect(decodeChange(encodeChange(write([7])), 'w1')).toBeNull();
  });

  it('stays under 8000 bytes: too many findings to name and it names none', () => {
    // 1,000 six-digit ids (7 bytes each with the comma) fit; 1,200 do not
    const fits = encodeChange(write(range(100_000, 1000)));
    expect(Buffer.byteLength(fits)).toBeLessThanOrEqual(8000);
    expect(decodeChange(fits, 'w2')!.findingIds).toHaveLength(1000);
    const coarse = encodeChange(write(range(100_000, 1200)));
    expect(Buffer.byteLength(coarse)).toBeLessThan(8000);
    expect(decodeChange(coarse, 'w2')).toMatchObject({ projectId: 3, findingIds: null });
  });

  it('makes everything stale when it cannot read the payload', () => {
    for (const text of ['not json', JSON.stringify({ v: 2, w: 'w9', m: 'findings.update' }), JSON.stringify({ v: 1, w: 'w9', m: 'nope.method', e: [] })]) {
      const change = decodeChange(text, 'w1')!;
      expect(change).toMatchObject({ method: null, projectId: null, findingIds: null, cardEdit: false });
      expect(change.stale).toEqual(expect.arrayContaining(['projects.list', 'findings.list', 'plan.get', 'checklists.list']));
    }
  });
});
