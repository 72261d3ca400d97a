import { readFileSync } from 'node:fs';
import { parseMarkdown } from '../../../core/ingest/markdown/index';
for (const file of process.argv.slice(2)) {
  const r = parseMarkdown(readFileSync(file, 'utf8'));
  console.log('=====', file.split('/').pop(), JSON.stringify({ ...r.report, effortBySeverity: undefined }));
  for (const f of r.findings) console.log(` [${f.ref}] ${f.title} | ${f.severity} (${f.severityText}) | ${f.status} | ph=${f.phase} | cat=${f.category} | blk=${f.blocksDeployment} | dep=${f.dependsOn} | eff=${f.effort?.text} | ${f.locations.slice(0,3).map(l=>l.path+':'+l.startLine+'-'+l.endLine).join(', ')}`);
  for (const c of r.checklists) console.log(` CL ${c.title} gate=${c.gate} ${c.items.filter(i=>i.checked).length}/${c.items.length}`);
  for (const s of r.fixOrder) console.log(` FO ${s.title} eff=${s.effort?.text} ${s.items.filter(i=>i.done).length}/${s.items.length} refs=${s.items.flatMap(i=>i.refs).join(',')}`);
}
