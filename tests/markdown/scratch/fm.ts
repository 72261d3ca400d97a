import { parseMdast } from '../../../core/ingest/markdown/index';
import { readFileSync } from 'node:fs';
const r = parseMdast(readFileSync('/work/shared/seeds/001_c521d2f203cdc00c.txt','utf8'));
console.log(r.children.slice(0,3).map(n=>n.type));
