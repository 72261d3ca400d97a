import { fingerprint, fingerprintAll } from '../core/ingest/fingerprint';
import type { ParsedFinding } from '../shared/types';
const n = 200000;
const fs: ParsedFinding[] = [];
for (let i = 0; i < n; i++) fs.push({ ref: null, title: `Possible issue number ${i} in handler: value flows into sink`, severity: 'high', severityText: null, status: 'open', phase: null, category: null, locations: [{ path: `src/module${i % 500}/file${i % 7000}.ts`, startLine: i % 900 }], blocksDeployment: null, dependsOn: [], effort: null, body: `Possible issue number ${i} in handler: value flows into sink\n\n**Rule** R${i % 40}: some help text here that is long enough to matter, more words`, ruleId: `R${i % 40}`, ...(i % 2 ? { fingerprints: { primaryLocationLineHash: `h${i}:1` } } : {}) });
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  fingerprintAll('sarif', fs);
  const a = performance.now() - t;
  t = performance.now();
  for (const f of fs) fingerprint('sarif', f);
  console.log('fingerprintAll', Math.round(a), 'ms; per-finding fingerprint()', Math.round(performance.now() - t), 'ms');
}
