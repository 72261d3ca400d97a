import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expandPaths, readReportFile } from '../../core/ingest/files';
import { tempDir } from '../db/helpers';

let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('files', () => {
  it('walks folders for report files, sorted, skipping hidden entries and other extensions', () => {
    tmp = tempDir();
    const d = tmp.dir;
    mkdirSync(join(d, 'sub', '.git'), { recursive: true });
    for (const f of ['b.sarif', 'a.md', 'logo.png', 'sub/c.json', 'sub/.hidden.md', 'sub/.git/x.md', 'notes.TXT']) {
      writeFileSync(join(d, f), 'x');
    }
    const files = expandPaths([d, join(d, 'logo.png'), join(d, 'missing.md')]);
    expect(files).toEqual([
      { file: join(d, 'a.md') },
      { file: join(d, 'b.sarif') },
      { file: join(d, 'notes.TXT') },
      { file: join(d, 'sub', 'c.json') },
      { file: join(d, 'logo.png') },
      { file: join(d, 'missing.md'), error: `${join(d, 'missing.md')}: file not found` },
    ]);
  });

  it('reads files with errors a person can act on', () => {
    tmp = tempDir();
    expect(() => readReportFile(join(tmp.dir, 'nope.md'))).toThrow(/nope\.md: file not found/);
    expect(() => readReportFile(tmp.dir)).toThrow(/is a directory/);
    writeFileSync(join(tmp.dir, 'ok.md'), '# hi');
    expect(Buffer.from(readReportFile(join(tmp.dir, 'ok.md'))).toString()).toBe('# hi');
  });
});
