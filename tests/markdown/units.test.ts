// Small helpers of the Markdown extractor: effort, locations, severity/status words, headings, dates.
import { describe, expect, it } from 'vitest';
import { parseEffort } from '../../core/ingest/markdown/effort';
import { parseHeading } from '../../core/ingest/markdown/heading';
import { codeCommentLocations, parseLocations } from '../../core/ingest/markdown/locations';
import { parseDate } from '../../core/ingest/markdown/report-facts';
import { severityFromValue, statusFromText } from '../../core/ingest/markdown/vocab';
import { outlineMarkers } from '../../core/ingest/markdown/normalize';
import { checkGoldenShape, type Golden } from './golden-score';

describe('effort', () => {
  it.each([
    ['2-3 hours', 2, 3],
    ['1 hour', 1, 1],
    ['(2-3h)', 2, 3],
    ['~16-23 hours', 16, 23],
    ['2 days', 16, 16],
    ['1-2 weeks', 40, 80],
    ['30 min', 0.5, 0.5],
    ['2 Tage', 16, 16],
    ['~2h', 2, 2],
    ['1.5 days', 12, 12],
    ['2-3d', 16, 24],
    ['half a day', 4, 4],
    ['2 jours', 16, 16],
    ['4 horas', 4, 4],
  ])('%s', (t, lo, hi) => {
    expect(parseEffort(t)).toMatchObject({ minHours: lo, maxHours: hi });
  });
  it('no effort in plain prose', () => expect(parseEffort('3 bugs - System won\'t function')).toBeNull());
});

describe('locations', () => {
  it('ranges, extra ranges and several files on one line', () => {
    expect(parseLocations('bc-rao-api/app/workers/monitoring_worker.py:186-190, 209-213')).toEqual([
      { path: 'bc-rao-api/app/workers/monitoring_worker.py', startLine: 186, endLine: 190 },
    ]);
    expect(parseLocations('drafts.py:282-296, monitoring.py:267-280').map((l) => [l.path, l.startLine])).toEqual([
      ['drafts.py', 282],
      ['monitoring.py', 267],
    ]);
    expect(parseLocations('`/frontend/src/services/api.ts:4` vs `/backend/app/main.py`').map((l) => l.path)).toEqual([
      '/frontend/src/services/api.ts',
      '/backend/app/main.py',
    ]);
  });
  it('links with #L anchors and directories', () => {
    expect(parseLocations('src/audit_trail.py#L314-337')).toEqual([{ path: 'src/audit_trail.py', startLine: 314, endLine: 337 }]);
    expect(parseLocations('`src/email/`')[0].path).toBe('src/email/');
  });
  it('line words, en dashes, Windows paths and bare file names', () => {
    expect(parseLocations('file.ts (line 42)')).toEqual([{ path: 'file.ts', startLine: 42, endLine: 42 }]);
    expect(parseLocations('src/x/file.ts, lines 10–12')).toEqual([{ path: 'src/x/file.ts', startLine: 10, endLine: 12 }]);
    expect(parseLocations('path/to/file.go#L10-L20')).toEqual([{ path: 'path/to/file.go', startLine: 10, endLine: 20 }]);
    expect(parseLocations('src\\app\\x.cs:12')).toEqual([{ path: 'src\\app\\x.cs', startLine: 12, endLine: 12 }]);
    expect(parseLocations('Dockerfile:1')).toEqual([{ path: 'Dockerfile', startLine: 1, endLine: 1 }]);
    expect(parseLocations('ansible/roles/agent/files/id_ed25519')).toEqual([]);
    expect(parseLocations('ansible/roles/agent/files/id_ed25519', true).map((l) => l.path)).toEqual(['ansible/roles/agent/files/id_ed25519']);
  });
  it('not routes, URLs or library names', () => {
    expect(parseLocations('GET /api/v1/templates and https://example.com/x.py and Node.js')).toEqual([]);
  });
  it('line words after the number (Korean, Japanese, Chinese), Croatian line words, system paths', () => {
    expect(parseLocations('`/etc/ssh/sshd_config` 41행에 설정')).toEqual([{ path: '/etc/ssh/sshd_config', startLine: 41, endLine: 41 }]);
    expect(parseLocations('`/etc/profile`에 `TMOUT` 미설정')).toEqual([{ path: '/etc/profile', startLine: null, endLine: null }]);
    expect(parseLocations('src/main.c 第12行')).toEqual([{ path: 'src/main.c', startLine: 12, endLine: 12 }]);
    expect(parseLocations('`skripte/izvoz.ps1`, redak 12')).toEqual([{ path: 'skripte/izvoz.ps1', startLine: 12, endLine: 12 }]);
    // (a route stays a route)
    expect(parseLocations('/api/v2/shipments')).toEqual([]);
  });
  it('comment lines in code blocks', () => {
    expect(codeCommentLocations('# backend/app/api/endpoints/scraper.py:62\nx = 1\n// src/a.ts:3-4')).toEqual([
      { path: 'backend/app/api/endpoints/scraper.py', startLine: 62, endLine: 62 },
      { path: 'src/a.ts', startLine: 3, endLine: 4 },
    ]);
  });
});

describe('severity and status words', () => {
  it.each([
    ['P0 (Critical)', 'critical'],
    ['P1', 'high'],
    ['P2 - MEDIUM', 'medium'],
    ['P3', 'low'],
    ['Sev-1', 'critical'],
    ['Sev-2', 'high'],
    ['SEV 3', 'medium'],
    ['Sev-4', 'low'],
    ['Blocker', 'critical'],
    ['Major', 'high'],
    ['Minor', 'medium'],
    ['Trivial', 'low'],
    ['🔥 CRITICAL - CRASH', 'critical'],
    ['🟠 HIGH', 'high'],
    ['🔵', 'info'],
    ['Hoch', 'high'],
    ['9.8', 'critical'],
    ['5.3', 'medium'],
  ])('%s -> %s', (t, sev) => expect(severityFromValue(t)).toBe(sev));
  it.each([
    ['✅ FIXED', 'fixed'],
    ['NOT FIXED YET', 'open'],
    ['⚠️ NEEDS FIX', 'open'],
    ['✅ IMPROVED (still not perfect)', 'in_progress'],
    ['Partial', 'in_progress'],
    ["Won't fix", 'wont_fix'],
    ['False positive', 'false_positive'],
    ['Verified', 'verified'],
    ['Behoben', 'fixed'],
    ['Resolved in abc123', 'fixed'],
    ['Remediated — retested 2024-05-16', 'fixed'],
    ['Acknowledged', 'wont_fix'],
    ['Risk accepted by client', 'wont_fix'],
    ['Mitigated (listing blocked at the CDN)', 'in_progress'],
    ['Corrigé', 'fixed'],
    ['Abierto', 'open'],
    ['미조치 (담당 : 운영팀)', 'open'],
    ['조치 중', 'in_progress'],
    ['조치 완료 (재점검 전)', 'fixed'],
    ['이행 확인', 'verified'],
    ['위험 수용', 'wont_fix'],
    ['otvoreno', 'open'],
    ['u provedbi', 'in_progress'],
    ['otklonjeno tijekom revizije', 'fixed'],
    ['nije otklonjeno', 'open'],
    ['rizik prihvaćen', 'wont_fix'],
  ])('%s -> %s', (t, st) => expect(statusFromText(t)).toBe(st));
  it.each([
    ['상', 'high'],
    ['중', 'medium'],
    ['하', 'low'],
    ['1 – visoki', 'high'],
    ['srednji', 'medium'],
    ['nizak', 'low'],
  ])('%s -> %s', (t, sev) => expect(severityFromValue(t)).toBe(sev));
  it('"조치 중인" is no severity and no state', () => {
    expect(severityFromValue('조치 중인 동안')).toBeNull();
    expect(statusFromText('조치 중인 동안')).toBeNull();
  });
});

describe('headings', () => {
  it.each([
    ['Critical Issue #1: Redis Initialization Crash', 'Redis Initialization Crash', 'Issue #1', 'critical'],
    ['🔴 CRITICAL BUG #1: Health Endpoint Will Crash (FIXED)', 'Health Endpoint Will Crash', 'BUG #1', 'critical'],
    ['1.1 CRITICAL: Hardcoded Redis Credentials in Config', 'Hardcoded Redis Credentials in Config', '1.1', 'critical'],
    ['1. Module Shadowing: `src/email/` Directory ✅ FIXED', 'Module Shadowing: `src/email/` Directory', '1', null],
    ['[MOB-101] Blocker: Crash when rotating', 'Crash when rotating', 'MOB-101', 'critical'],
    ['SEC-7 (Sev-2): Token in logs', 'Token in logs', 'SEC-7', 'high'],
    ['PT-2024-001 — Insecure Direct Object Reference', 'Insecure Direct Object Reference', 'PT-2024-001', null],
    ['Hallazgo 2: Falta validación del importe', 'Falta validación del importe', 'Hallazgo 2', null],
    ['Bug 2: .gitignore Not Created ❌ MODERATE', '.gitignore Not Created', 'Bug 2', 'medium'],
  ])('%s', (raw, title, ref, sev) => {
    const h = parseHeading(raw);
    expect(h.title.replace(/^\./, '')).toBe(title.replace(/^\./, ''));
    expect(h.ref).toBe(ref);
    expect(h.severity).toBe(sev);
  });
  it('a rating after a box-drawing or dash separator, its field named', () => {
    expect(parseHeading('HT-5 Watchdog is off in release builds ─ Risk Medium')).toMatchObject({ title: 'Watchdog is off in release builds', ref: 'HT-5', severity: 'medium' });
    expect(parseHeading('U-01 root 계정 원격 접속 제한 ─ 위험도 상')).toMatchObject({ title: 'root 계정 원격 접속 제한', ref: 'U-01', severity: 'high' });
  });
  it('status and blocking markers', () => {
    expect(parseHeading('ISSUE #4: Coverage Far Below Target (BLOCKING FOR PRODUCTION)').blocks).toBe(true);
    expect(parseHeading('CRITICAL BUG #3: Query Incompatible (NOT FIXED YET)').status).toBe('open');
  });
});

describe('dates', () => {
  it.each([
    ['November 4, 2025', '2025-11-04'],
    ['2026-02-12T00:00:00Z', '2026-02-12'],
    ['3. März 2026', '2026-03-03'],
    ['12 February 2026', '2026-02-12'],
    ['2025-12-26 (Updated)', '2025-12-26'],
    ['soon', null],
  ])('%s', (t, iso) => expect(parseDate(t)).toBe(iso));
});

describe('outline marks', () => {
  it('□ entries over ○ lines become nested list items; lines keep their numbers; ※ stays a note', () => {
    const text = ['□ A-1 제목 ─ 위험도 **상**', '  ○ 조치 상태 : 미조치', '    - 세부 : 내용', '', '※ 참고 사항', '○ 단독 항목'].join('\n');
    expect(outlineMarkers(text).split('\n')).toEqual(['- A-1 제목 ─ 위험도 **상**', '  - 조치 상태 : 미조치', '    - 세부 : 내용', '', '※ 참고 사항', '  - 단독 항목']);
  });
  it('leaves dot ratings and texts without outline marks alone', () => {
    expect(outlineMarkers('●●●○○ high\n- item')).toBe('●●●○○ high\n- item');
  });
});

describe('quoted titles', () => {
  // (the goldens' scorer ignores quote marks, so only an exact title can hold this: a reply to a review quotes the
  // reviewer's point as a bold title, and the point is the title without the marks)
  it('a bold title wholly in quote marks is the quoted words', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parseMarkdown } = await import('../../core/ingest/markdown/index');
    const text = readFileSync(join(__dirname, 'conventions', 'review-reply-addressed-pushed-back.md'), 'utf8');
    const titles = parseMarkdown(text).findings.map((f) => f.title);
    expect(titles).toContain("The date column ignores the customer's time zone");
    expect(titles).toContain('Switch the export to the pandas writer');
    expect(titles.filter((t) => /^["“]/.test(t))).toEqual([]);
  });
});

describe('golden shape', () => {
  // the goldens' format (tests/fixtures/goldens/README.md): an optional finding is an object with a title;
  // a bare string has none, so it would tolerate nothing and score the extractor silently wrong
  it('refuses an optional finding written as a bare string, naming the golden', () => {
    const g = { source: 'x.md', findings: [], optionalFindings: ['Some borderline item'] } as unknown as Golden;
    expect(() => checkGoldenShape(g)).toThrow(/x\.md: an optional finding is not an object with a title/);
    expect(() => checkGoldenShape({ source: 'x.md', findings: [], optionalFindings: [{ title: 'Some borderline item' }] })).not.toThrow();
  });
});
