import { readFileSync } from 'node:fs';
import { repairMojibake } from '../../../core/ingest/mojibake';
for (const f of process.argv.slice(2)) {
  const r = repairMojibake(readFileSync(f, 'utf8'));
  const m = r.text.match(/[^\x00-\x7f]+/g) ?? [];
  const c = new Map<string, number>(); for (const x of m) c.set(x, (c.get(x) ?? 0) + 1);
  console.log(f.split('/').pop(), r.repairs, [...c.entries()].map(([k,v])=>k+':'+v).join(' '));
}
