// A failure inside the Markdown extractor is a ParseError naming the file, the step and (when it
// was reading a section) the line — never an empty report stored as "0 findings". The ingest then
// fails cleanly: one result with the message, the database's logical content unchanged.
//
// - a crafted input that used to overflow the stack inside remark (20,000 nested blockquotes; it was
//   then ingested as a report with no findings) is now defused before parsing (markdown/guards.ts):
//   it ingests with its real findings intact;
// - a failure in the extractor's own code after remark. No input is known to cause one (the
//   property tests in tests/markdown look for such inputs), so it is injected at one narrow point:
//   findingFromSection throws for the one section whose heading says INJECTED-FAILURE, the way a
//   bug there would. Everything else (remark, the section walk, the ingest, SQLite) is real.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../core/service';
import { parseMarkdown } from '../../core/ingest/markdown/index';
import { ParseError } from '../../shared/types';
import { dumpFile, tempDir } from '../db/helpers';
import { ok } from '../service/helpers';
import { cli } from '../cli/helpers';
import { VENDORED } from '../team';

vi.mock('../../core/ingest/markdown/draft', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../core/ingest/markdown/draft')>();
  return {
    ...real,
    findingFromSection: (...args: Parameters<typeof real.findingFromSection>) => {
      if (args[1].h.text.includes('INJECTED-FAILURE')) throw new TypeError("Cannot read properties of undefined (reading 'kind')");
      return real.findingFromSection(...args);
    },
  };
});

const CORPUS = `${VENDORED}/corpus`;
let tmp: ReturnType<typeof tempDir>;
let dbPath: string;
let core: Core;
let projectId: number;

const dump = (): string => dumpFile(dbPath);

const REPORT = [
  '# Backend review',
  '',
  '### BUG-1: Session tokens never expire',
  '- **Severity:** High',
  '- **File:** src/auth/session.ts:40',
  '',
  'Tokens stay valid forever.',
  '',
  '### BUG-2: Rate limiter bypass',
  '- **Severity:** Medium',
  '- **File:** src/http/limit.ts:12',
  '',
].join('\n');

beforeAll(async () => {
  tmp = tempDir('punchlist-md-internal-');
  dbPath = join(tmp.dir, 'work.sqlite');
  core = openCore({ dbPath });
  projectId = ok(await core.call('projects.list', {}))[0].id;
  const seeded = ok(await core.call('ingest.paths', { projectId, paths: [join(CORPUS, 'markdown', 'echelon_CRITICAL_BUGS_FOUND.md')] }));
  expect(seeded[0].ok).toBe(true);
  const ids = ok(await core.call('findings.list', { projectId })).map((c) => c.id);
  ok(await core.call('findings.update', { ids: ids.slice(0, 2), patch: { status: 'in_progress' } }));
});
afterAll(() => {
  core?.close();
  tmp?.cleanup();
});

async function ingestRefused(path: string): Promise<string> {
  const before = dump();
  const reports = ok(await core.call('reports.list', { projectId })).length;
  const results = ok(await core.call('ingest.paths', { projectId, paths: [path] }));
  expect(results).toHaveLength(1);
  const r = results[0];
  expect(r.ok, JSON.stringify(r)).toBe(false);
  expect(dump() === before, 'database unchanged').toBe(true);
  expect(ok(await core.call('reports.list', { projectId })).length).toBe(reports);
  return r.ok ? '' : r.error;
}

describe('Markdown: internal failures are ParseErrors naming the file, and the ingest changes nothing', () => {
  it('crafted input: 20,000 nested blockquotes after real findings ingest with the findings intact', async () => {
    const path = join(tmp.dir, 'deep-quotes.md');
    writeFileSync(path, `${REPORT}\n${'>'.repeat(20_000)} the end\n`);
    const [r] = ok(await core.call('ingest.paths', { projectId, paths: [path] }));
    expect(r.ok && r.added, JSON.stringify(r)).toBe(2);
    // the CLI's parse says the same
    const p = cli(['parse', path, '--json']);
    expect(p.code, p.stderr).toBe(0);
    expect((JSON.parse(p.stdout) as { findings: unknown[] }).findings).toHaveLength(2);
  }, 120_000);

  it('a failure in the extractor after remark names the step and the line of the section', async () => {
    const path = join(tmp.dir, 'injected.md');
    writeFileSync(path, `${REPORT}\n### BUG-3: INJECTED-FAILURE in the token check\n- **Severity:** Low\n- **File:** src/auth/check.ts:7\n`);
    const error = await ingestRefused(path);
    expect(error).toBe(
      `${path}: Markdown: internal error (TypeError: Cannot read properties of undefined (reading 'kind')) while reading a finding in the section at line 13`,
    );
    // parseMarkdown itself throws the ParseError (format and where set); no empty report comes back
    let thrown: unknown;
    try {
      parseMarkdown(`${REPORT}\n### BUG-3: INJECTED-FAILURE\n- **Severity:** Low\n`, 'x.md');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ParseError);
    expect(thrown).toMatchObject({ format: 'markdown', where: 'line 13' });
  });

  it('the same report without the failing section ingests (the failure, not the file, was refused)', async () => {
    const path = join(tmp.dir, 'fine.md');
    writeFileSync(path, REPORT);
    // as a report of its own: with its title it is otherwise a newer version of the first test's report
    const [r] = ok(await core.call('ingest.paths', { projectId, paths: [path], asNew: true }));
    expect(r.ok && r.added).toBe(2);
  });
});
