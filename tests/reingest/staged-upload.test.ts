// Issue 16: a file dropped on the app window crosses to the core once. ingest.bytes with
// `confirmUpdate` ingests a new file at once; a newer version of a report is answered as a dry run and
// its bytes stay in the core under a token (`staged`) that the follow-up call names instead of the
// bytes. Held files go when taken, released, expired, or when too many wait.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../../shared/changes';
import { STAGED_TTL_MINUTES } from '../../shared/contract/ingest';
import { heldCount, holdUpload, MAX_HELD, takeUpload } from '../../core/service/staged';
import type { CoreContext } from '../../core/service/context';
import { CORPUS, freshProjects, ok, read, shiftedSarif } from './helpers';

const fresh = freshProjects();
const V1 = read(`${CORPUS}/sarif/defectdojo_njsscan.sarif`);
const v1Results = (JSON.parse(V1) as { runs: Array<{ results: unknown[] }> }).runs[0].results.length;
// its next run: every line 10 further down, the first result gone
const V2 = shiftedSarif(V1, 10, 0).text;
const b64 = (text: string) => Buffer.from(text).toString('base64');

afterEach(() => vi.useRealTimers());

describe('ingest.bytes confirmUpdate and staged', () => {
  it('adds a new file at once, in one call', async () => {
    const { core, projectId } = await fresh.open();
    const r = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(V1), confirmUpdate: true }));
    expect(r).toMatchObject({ ok: true, action: 'added', added: v1Results });
    expect(r.ok && r.dryRun).toBe(false);
    expect(r.ok && r.staged).toBeUndefined();
    expect(ok(await core.call('findings.list', { projectId }))).toHaveLength(v1Results);
  });

  it('asks before updating a report: nothing written, the bytes held; the follow-up names them', async () => {
    const { core, projectId } = await fresh.open();
    const first = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(V1) }));
    if (!first.ok) throw new Error(first.error);
    const changes: ChangeEvent[] = [];
    core.onChange((c) => changes.push(c));

    const asked = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(V2), confirmUpdate: true }));
    if (!asked.ok) throw new Error(asked.error);
    expect(asked).toMatchObject({ action: 'updated', dryRun: true, reportId: first.reportId, update: { counts: { gone: 1, moved: v1Results - 1 } } });
    expect(asked.staged).toMatch(/^s[0-9a-f]{32}$/);
    expect(changes).toEqual([]); // it wrote nothing, so it announces nothing
    expect(ok(await core.call('reports.list', { projectId })).map((r) => r.sha256)).toEqual([createHash('sha256').update(V1).digest('hex')]);
    expect(ok(await core.call('findings.absent', { projectId }))).toEqual([]);

    // "Update the report": the held bytes, not sent again
    const applied = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', staged: asked.staged!, reportId: first.reportId }));
    expect(applied).toMatchObject({ ok: true, action: 'updated', dryRun: false, reportId: first.reportId, update: { counts: { gone: 1 } } });
    expect(ok(await core.call('findings.absent', { projectId }))).toHaveLength(1);
    expect(changes.map((c) => c.method)).toEqual(['ingest.bytes']);
    // taken: a second use finds nothing
    const again = await core.call('ingest.bytes', { projectId, name: 'scan.sarif', staged: asked.staged!, asNew: true });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(!again.ok && again.error.message).toContain('scan.sarif: the file is no longer held');
  });

  it('"Import as a new report" from the held bytes; ingest.unstage lets them go', async () => {
    const { core, projectId } = await fresh.open();
    ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(V1) }));
    const asked = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(V2), confirmUpdate: true }));
    const asNew = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', staged: asked.ok ? asked.staged! : '', asNew: true }));
    expect(asNew).toMatchObject({ ok: true, action: 'added', added: v1Results - 1 });
    expect(ok(await core.call('reports.list', { projectId }))).toHaveLength(2);

    // a third version, asked and then cancelled
    const v3 = shiftedSarif(V1, 20, 1).text;
    const asked3 = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(v3), confirmUpdate: true }));
    const token = asked3.ok ? asked3.staged! : '';
    expect(ok(await core.call('ingest.unstage', { projectId, staged: token }))).toEqual({ released: true });
    expect(ok(await core.call('ingest.unstage', { projectId, staged: token }))).toEqual({ released: false });
    expect(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', staged: token, asNew: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(ok(await core.call('reports.list', { projectId }))).toHaveLength(2);
  });

  it('held bytes serve only their project; the input names the file one way', async () => {
    const { core, projectId } = await fresh.open();
    ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(V1) }));
    const asked = ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', base64: b64(V2), confirmUpdate: true }));
    const token = asked.ok ? asked.staged! : '';
    const other = ok(await core.call('projects.create', { name: 'Other' }));
    expect(await core.call('ingest.bytes', { projectId: other.id, name: 'scan.sarif', staged: token, asNew: true })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // still held for its own project
    expect(ok(await core.call('ingest.bytes', { projectId, name: 'scan.sarif', staged: token, asNew: true }))).toMatchObject({ ok: true, action: 'added' });
    for (const input of [{ projectId, name: 'x.sarif' }, { projectId, name: 'x.sarif', base64: b64(V1), staged: token }, { projectId, name: 'x.sarif', staged: '../etc/passwd' }]) {
      expect(await core.dispatch('ingest.bytes', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});

describe('the held files (core/service/staged.ts)', () => {
  const ctx = {} as CoreContext;
  const bytes = new Uint8Array([1, 2, 3]);

  it(`go after ${STAGED_TTL_MINUTES} minutes`, () => {
    vi.useFakeTimers();
    const token = holdUpload(ctx, 1, 'a.sarif', bytes);
    vi.advanceTimersByTime(STAGED_TTL_MINUTES * 60_000 - 1000);
    expect(heldCount(ctx)).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(heldCount(ctx)).toBe(0);
    expect(takeUpload(ctx, 1, token)).toBeUndefined();
  });

  it(`at most ${MAX_HELD} wait; the oldest goes first`, () => {
    const tokens = Array.from({ length: MAX_HELD + 1 }, (_, i) => holdUpload(ctx, 1, `f${i}.sarif`, bytes));
    expect(heldCount(ctx)).toBe(MAX_HELD);
    expect(takeUpload(ctx, 1, tokens[0])).toBeUndefined();
    expect(takeUpload(ctx, 1, tokens[MAX_HELD])).toEqual({ name: `f${MAX_HELD}.sarif`, bytes });
    for (const t of tokens.slice(1, MAX_HELD)) expect(takeUpload(ctx, 1, t)?.name).toMatch(/^f\d\.sarif$/);
    expect(heldCount(ctx)).toBe(0);
  });
});
