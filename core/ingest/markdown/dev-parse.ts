// Dev helper: node bin/run-ts.mjs core/ingest/markdown/dev-parse.ts FILE -> prints the ParsedReport JSON.
import { readFileSync } from 'node:fs';
import { parseMarkdown } from './index';

const file = process.argv[2];
if (!file) {
  console.error('usage: dev-parse.ts FILE');
  process.exit(2);
}
process.stdout.write(JSON.stringify(parseMarkdown(readFileSync(file, 'utf8')), null, 2) + '\n');
