// Reading report files and folders from disk, with errors a person can act on.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MAX_REPORT_BYTES = 512 * 1024 * 1024;

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

export function readReportFile(file: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw new Error('not a regular file');
    size = st.size;
  } catch (e) {
    throw new FileReadError(file, describe(e));
  }
  if (size > MAX_REPORT_BYTES) throw new FileReadError(file, `file too large (${size} bytes)`);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new FileReadError(file, describe(e));
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
  for (const p of paths) walk(p, true);
  return out;
}
