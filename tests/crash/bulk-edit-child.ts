// Child process of tests/crash/kill.test.ts: one bulk edit of every finding of project 1 through the
// real core. Prints "ready" just before the edit starts and "done <ms>" after it committed.
import { openCore } from '../../core/service';

const [dbPath, status, note] = process.argv.slice(2);
const core = openCore({ dbPath, actor: 'crash-test' });
const list = await core.call('findings.list', { projectId: 1 });
if (!list.ok) throw new Error(list.error.message);
const ids = list.value.map((c) => c.id);
process.stdout.write('ready\n');
const t0 = Date.now();
const r = await core.call('findings.update', { ids, patch: { status: status as 'fixed', notes: note }, reason: 'bulk edit under test' });
if (!r.ok) throw new Error(r.error.message);
process.stdout.write(`done ${Date.now() - t0}\n`);
core.close();
