export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  /** a terminal's one progress line, rewritten in place (null clears it); absent when stderr is not a terminal */
  progress?: (line: string | null) => void;
}

// Output goes out with fs.writeSync on the descriptor until the process's stdio stream is needed:
// creating process.stdout for a pipe loads node:net and Node's stream modules (~10 ms of the ~20 ms a
// `punchlist --help` spends beyond starting Node; issue 17). Linux writes stdio pipes, files and
// terminals synchronously anyway, so this changes no order. A non-blocking descriptor that is full
// (EAGAIN: a pipe its parent made non-blocking) hands the rest, and every later write, to the stream;
// the progress line always uses it.
// A reader that went away (`punchlist list --json | head`, EPIPE) ends that output quietly.
const fs = process.getBuiltinModule('node:fs');
const streamed = { 1: false, 2: false };
const gone = { 1: false, 2: false };

function write(fd: 1 | 2, text: string): void {
  if (gone[fd]) return;
  const line = text.endsWith('\n') ? text : `${text}\n`;
  if (!streamed[fd]) {
    const bytes = Buffer.from(line);
    let at = 0;
    try {
      while (at < bytes.length) at += fs.writeSync(fd, bytes, at);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        gone[fd] = true;
        return;
      }
      if (code !== 'EAGAIN') throw e;
      stream(fd).write(bytes.subarray(at));
      return;
    }
  }
  stream(fd).write(line);
}

/** the stdio stream of `fd`, from now on the only way out there; a reader gone ends it quietly */
function stream(fd: 1 | 2): NodeJS.WriteStream {
  const s = fd === 1 ? process.stdout : process.stderr;
  if (!streamed[fd]) {
    streamed[fd] = true;
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      gone[fd] = true;
    });
  }
  return s;
}

export const processIO: CliIO = {
  out: (t) => write(1, t),
  err: (t) => write(2, t),
  env: process.env,
  get progress() {
    if (!process.stderr.isTTY) return undefined;
    const err = stream(2);
    return (line: string | null) => void (gone[2] || err.write(line === null ? '\r\x1b[K' : `\r\x1b[K${line.slice(0, (err.columns || 80) - 1)}`));
  },
};

/** Exit codes: 0 ok, 1 something failed, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
