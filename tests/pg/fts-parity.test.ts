// Full-text search gives the same findings on PostgreSQL (tsvector + GIN, db/postgres/fts.ts) as on
// SQLite (FTS5): the seeds ingested into both, then searched for whole words and 3-letter prefixes
// taken from the stored text, and for text with punctuation, accents and mixed case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/service';
import type { FindingCard } from '../../shared/api';
import { coreWithSeeds, ok } from '../service/helpers';
import { engines } from './engines';

const [sqlite, postgres] = engines();

describe.skipIf(postgres.skip !== null)('search on PostgreSQL and SQLite', () => {
  const cores: Record<string, { core: Core; projectId: number; location: string }> = {};

  beforeAll(async () => {
    for (const e of [sqlite, postgres]) {
      const location = await e.fresh('fts');
      cores[e.name] = { ...(await coreWithSeeds(location)), location };
    }
  });
  afterAll(() => {
    for (const c of Object.values(cores)) c.core.close();
  });

  const search = async (engine: string, text: string) => {
    const { core, projectId } = cores[engine];
    return (ok(await core.call('findings.list', { projectId, text })) as FindingCard[]).map((c) => `${c.id} ${c.title}`);
  };

  it('finds the same findings for words and prefixes of the stored text', async () => {
    const rows = await sqlite.query<{ title: string; body: string }>(cores.sqlite.location, 'SELECT title, body FROM findings ORDER BY id');
    const words = [...new Set(rows.flatMap((r) => `${r.title} ${r.body}`.match(/[\p{L}\p{N}]+/gu) ?? []))].filter((w) => w.length >= 3);
    // every 7th word and the 3-letter prefix of every 11th: a spread over the seeds
    const queries = [...words.filter((_, i) => i % 7 === 0), ...words.filter((_, i) => i % 11 === 0).map((w) => w.slice(0, 3))];
    expect(queries.length).toBeGreaterThan(100);
    let hits = 0;
    for (const q of queries) {
      const want = await search('sqlite', q);
      expect(await search('postgres', q), q).toEqual(want);
      hits += want.length;
    }
    expect(hits).toBeGreaterThan(queries.length);
  });

  it('treats punctuation, case, accents and several words alike', async () => {
    for (const q of ['REDIS', 'redis-cli', 'src/', 'sql injection', 'Crédentials', 'config.py', 'BUG-A13', 'zzzznothing', "'; DROP TABLE findings; --"]) {
      expect(await search('postgres', q), q).toEqual(await search('sqlite', q));
    }
    expect((await search('postgres', 'redis')).length).toBeGreaterThan(0);
  });
});
