// The benchmarks' client of a serve host they started: one API call on a fresh connection, and a stop.
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';

export interface ApiHost {
  child: ChildProcess;
  base: string;
  token: string;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/**
 * One API call on a fresh connection: a kept-alive one can be closed by the server's idle timer in
 * the very moment a blocked event loop (the reference host's) comes back to it, failing the request.
 */
export function apiCall<T>(h: ApiHost, method: string, input: unknown): Promise<Answer<T>> {
  const body = Buffer.from(JSON.stringify(input));
  return new Promise((resolve, reject) => {
    const req = request(
      `${h.base}/api/${method}`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-punchlist-token': h.token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer<T>);
          } catch (e) {
            reject(new Error(`${method}: HTTP ${res.statusCode}: ${(e as Error).message}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Stops the host and waits for it to exit (at once when it already has). */
export function stopHost(h: ApiHost): Promise<void> {
  return new Promise<void>((resolve) => {
    h.child.removeAllListeners('exit');
    if (h.child.exitCode !== null) return resolve();
    h.child.once('exit', () => resolve());
    h.child.kill('SIGTERM');
  });
}
