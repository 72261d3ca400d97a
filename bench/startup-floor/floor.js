// The startup floor (bench/browser.ts): the least a page served by the serve host can take to show
// an empty project's empty state. It asks the core what the app asks before its first render, in the
// same two rounds (the projects; then the project's first cards and its board settings), and writes
// the empty state: no framework, no store, no stylesheet, nothing else.
const token = new URL(location.href).searchParams.get('token');
const call = async (method, input) => {
  const res = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-punchlist-token': token },
    body: JSON.stringify(input),
    credentials: 'omit',
  });
  const r = await res.json();
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
};
const projects = await call('projects.list', {});
const projectId = projects[0].id;
const [cards] = await Promise.all([call('findings.list', { projectId, limit: 1000 }), call('settings.get', { projectId, key: 'board' })]);
if (cards.length > 0) throw new Error('the startup floor is for an empty project');
document.getElementById('root').innerHTML = '<div data-testid="empty-project"><h2>No findings yet</h2><p>Import audit reports.</p></div>';
