export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  /** a terminal's one progress line, rewritten in place (null clears it); absent when stderr is not a terminal */
  progress?: (line: string | null) => void;
}

export const processIO: CliIO = {
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  env: process.env,
  progress: process.stderr.isTTY ? (line) => void process.stderr.write(line === null ? '\r\x1b[K' : `\r\x1b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`) : undefined,
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
