import BetterSqlite3 from 'better-sqlite3';
const s = new BetterSqlite3('/tmp/bn/ingest.sqlite');
s.pragma('cache_size = -65536');
console.log(s.prepare('select avg(length(body)) b, avg(length(title)) t, count(*) n from findings').get());
const fill = (table: string, ids = `trim(coalesce(f.ref, '') || ' ' || coalesce(f.rule_id, ''))`) => `INSERT INTO ${table}(rowid, title, body, paths, rule_id)
       SELECT f.id, f.title, f.body, (SELECT group_concat(l.path, ' ') FROM locations l WHERE l.finding_id = f.id), ${ids} FROM findings f WHERE f.report_id = 1`;
function time(label: string, setup: string[], sql: string) {
  s.exec('DROP TABLE IF EXISTS t_fts');
  for (const x of setup) s.exec(x);
  const t = performance.now();
  s.transaction(() => s.exec(sql))();
  console.log(label, (performance.now() - t).toFixed(0));
}
const base = `CREATE VIRTUAL TABLE t_fts USING fts5(title, body, paths, rule_id, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2")`;
//time('current', [base], fill('t_fts'));
//time('automerge0', [base, `INSERT INTO t_fts(t_fts, rank) VALUES('automerge', 0)`], fill('t_fts'));
time('no paths subquery', [base], fill('t_fts').replace("(SELECT group_concat(l.path, ' ') FROM locations l WHERE l.finding_id = f.id)", "''"));
time('no body', [base], fill('t_fts').replace('f.body', "''"));
time('contentless no delete', [base.replace(', contentless_delete=1', '')], fill('t_fts'));
time('detail=column', [base.replace("content=''", "content='', detail=column")], fill('t_fts'));
time('select only', [], `CREATE TEMP TABLE x AS SELECT f.id, f.title, f.body, (SELECT group_concat(l.path, ' ') FROM locations l WHERE l.finding_id = f.id) FROM findings f WHERE f.report_id = 1`);
