// Reading report files and folders from disk, with errors a person can act on.
import { Buffer } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Default input size limit; `PUNCHLIST_MAX_INPUT_MB` overrides it (a positive number of MiB). */
export const DEFAULT_MAX_INPUT_MB = 512;
export const MAX_REPORT_BYTES = DEFAULT_MAX_INPUT_MB * 1024 * 1024;

/** The input size limit in bytes: `PUNCHLIST_MAX_INPUT_MB` when set to a positive number, else 512 MiB. */
export function maxInputBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.PUNCHLIST_MAX_INPUT_MB;
  const mb = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : MAX_REPORT_BYTES;
}

/** The message for an input over the limit (checked before anything is read or decoded). */
export function tooLargeMessage(size: number, limit: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;
  return `file too large (${size} bytes, ${mib(size)}; the limit is ${mib(limit)}, set PUNCHLIST_MAX_INPUT_MB to change it)`;
}

export class FileReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'FileReadError';
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Reads a whole report file. The size is checked against the limit before anything is read; the
 * file is read through one descriptor, so a file removed or truncated while being read is an error
 * naming the file, never a half-read report.
 */
/** files of at least this size are read into a SharedArrayBuffer (the size from which SARIF is streamed) */
const SHARED_MIN_BYTES = 4 << 20;

export function readReportFile(file: string, limit: number = maxInputBytes()): Uint8Array {
  let fd: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > limit) throw new FileReadError(file, tooLargeMessage(st.size, limit));
    fd = openSync(file, 'r');
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(file, describe(e));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileReadError(file, 'not a regular file');
    const size = st.size;
    if (size > limit) throw new FileReadError(file, tooLargeMessage(size, limit));
    // a large file's bytes are shared memory: a parse thread can read them without a copy (sarif-parallel.ts)
    const buf = size >= SHARED_MIN_BYTES ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got < size) throw new FileReadError(file, `the file changed while it was being read (expected ${size} bytes, got ${got})`);
    // anything past the size seen at open means it grew meanwhile
    if (readSync(fd, Buffer.allocUnsafe(1), 0, 1, size) !== 0) {
      throw new FileReadError(file, `the file changed while it was being read (it grew past ${size} bytes)`);
    }
    return buf;
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(file, describe(e));
  } finally {
    closeSync(fd);
  }
}

/** what a folder contributes when walked (a file named explicitly is always tried) */
export const REPORT_EXTENSIONS = ['.md', '.markdown', '.txt', '.sarif', '.json'] as const;

const looksLikeReport = (name: string) => {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
};

export type PathEntry = { file: string; error?: undefined } | { file: string; error: string };

/**
 * Expands paths into files: a directory contributes its report files recursively (sorted; hidden
 * entries and other extensions skipped); a path that cannot be read yields an entry with an error.
 */
export function expandPaths(paths: readonly string[]): PathEntry[] {
  const out: PathEntry[] = [];
  const seen = new Set<string>();
  const walk = (p: string, top: boolean) => {
    let isDir = false;
    try {
      const st = statSync(p);
      isDir = st.isDirectory();
      if (!isDir && !st.isFile()) {
        if (top) out.push({ file: p, error: `${p}: not a regular file` });
        return;
      }
    } catch (e) {
      out.push({ file: p, error: `${p}: ${describe(e)}` });
      return;
    }
    if (!isDir) {
      if (!top && !looksLikeReport(p)) return;
      const key = resolve(p);
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ file: p });
      }
      return;
    }
    let names: string[];
    try {
      names = readdirSync(p);
    } catch (e) {
      out.push({ file: p, error: `${p}: ${describe(e)}` });
      return;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      walk(join(p, name), false);
    }
  };
  for (const p of paths) {
    const before = out.length;
    walk(p, true);
    // a folder that holds no report file says so, rather than nothing at all
    if (out.length === before) {
      out.push({ file: p, error: `${p}: no report files in this folder (looked for ${REPORT_EXTENSIONS.join(' ')})` });
    }
  }
  return out;
}
