// File > Open Team Database…: the small form the main process shows in a throwaway window (no
// preload, JavaScript off, sandboxed, loaded from a data: URL with its own CSP). Electron has no
// text-input dialog; with JavaScript off the form answers by navigating (GET) to SUBMIT_URL, which
// the main process reads in 'will-navigate' and cancels: nothing is loaded, nothing leaves the
// machine, the password stays in memory. Pure (no 'electron' import), tested in Node.

/** the form's action: never loaded (the main process cancels the navigation); .invalid never resolves */
export const SUBMIT_URL = 'https://punchlist.invalid/team-database';

export type PromptAnswer = { action: 'connect'; url: string; password: string } | { action: 'cancel' };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The form's page: `url` pre-filled (the current team database, never with a password). */
export function teamDbPromptHtml(url: string, note = ''): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; form-action ${new URL(SUBMIT_URL).origin}`;
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Open Team Database</title>
<style>
body{font:13px system-ui,sans-serif;margin:16px;background:#1e1f24;color:#e6e6e6}
label{display:block;margin:10px 0 4px}input{width:100%;box-sizing:border-box;padding:6px;background:#2a2b31;color:inherit;border:1px solid #555;border-radius:4px}
p{color:#aaa;margin:6px 0}.row{margin-top:14px;display:flex;flex-direction:row-reverse;justify-content:flex-start}button{padding:6px 14px;margin-left:8px}
.note{color:#f0b35a}
</style></head><body>
<form method="get" action="${SUBMIT_URL}">
<label for="url">PostgreSQL URL</label>
<input id="url" name="url" required autofocus placeholder="postgres://alice@db.example.com:5432/punchlist?sslmode=verify-full" value="${escapeHtml(url)}">
<p>TLS options go in the URL: <code>?sslmode=require</code>, <code>verify-full</code>, <code>sslrootcert=…</code>.</p>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="off">
<p>Kept encrypted by the system keychain (Electron safeStorage), never in plain text. Leave empty to use PGPASSWORD or ~/.pgpass.</p>
${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
<!-- Connect first in the DOM: Enter submits with the first button; shown right of Cancel -->
<div class="row"><button type="submit" name="action" value="connect">Connect</button><button type="submit" name="action" value="cancel" formnovalidate>Cancel</button></div>
</form></body></html>`;
}

/** The form's answer from the URL it navigated to, or null for any other navigation. */
export function readPromptSubmission(navigatedTo: string): PromptAnswer | null {
  let u: URL;
  try {
    u = new URL(navigatedTo);
  } catch {
    return null;
  }
  if (`${u.origin}${u.pathname}` !== SUBMIT_URL) return null;
  if (u.searchParams.get('action') !== 'connect') return { action: 'cancel' };
  return { action: 'connect', url: (u.searchParams.get('url') ?? '').trim(), password: u.searchParams.get('password') ?? '' };
}
