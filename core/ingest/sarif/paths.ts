// Resolves SARIF artifactLocations (uri + uriBaseId, or an index into run.artifacts) to plain paths.
import { isObject, type JsonObject } from '../scanners/common';

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function decodePct(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A URI as a path: strips `file://` (keeping a drive letter "C:/…" or a "/abs" path, turning
 * "file://host/x" into the UNC-like "//host/x"), percent-decodes; other schemes are kept as written.
 */
export function uriToPath(uri: string): string {
  let u = uri.trim();
  if (u.startsWith('file:')) {
    u = u.slice(5);
    if (u.startsWith('///')) u = u.slice(2);
    else if (u.startsWith('//localhost/')) u = u.slice(11);
    // "/C:/code/x.c" -> "C:/code/x.c"
    if (/^\/[A-Za-z]:[/\\]/.test(u)) u = u.slice(1);
    return decodePct(u);
  }
  if (u.startsWith('./')) u = u.slice(2);
  return hasScheme(u) ? u : decodePct(u);
}

function join(prefix: string, rel: string): string {
  if (prefix === '') return rel;
  return prefix.endsWith('/') ? prefix + rel : prefix + '/' + rel;
}

/** Does the string start with a URI scheme ("file:", "https:", "C:")? Cheap test first. */
function hasScheme(u: string): boolean {
  const colon = u.indexOf(':');
  return colon > 0 && colon < 40 && SCHEME.test(u);
}

export class PathResolver {
  private readonly bases: JsonObject | null;
  private readonly artifacts: unknown[] | null;
  private readonly baseCache = new Map<string, string>();
  /** resolved paths by uriBaseId + uri: one shared string per distinct file, one lookup per location */
  private readonly pathCache = new Map<string, Map<string, string>>();
  private cached = 0;

  constructor(run: JsonObject) {
    this.bases = isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : null;
    this.artifacts = Array.isArray(run.artifacts) ? run.artifacts : null;
  }

  /**
   * The prefix a uriBaseId stands for. Local bases (relative, or file:/// paths) are resolved
   * through their own uriBaseId chain; a base that is a remote URI (https://…, file://host/…)
   * becomes "" so the result stays a path relative to the project, which is what triage needs.
   * Unknown ids also resolve to "" (the uri is kept relative).
   */
  private base(id: string, depth = 0): string {
    const cached = this.baseCache.get(id);
    if (cached !== undefined) return cached;
    let out = '';
    const b = this.bases ? this.bases[id] : undefined;
    if (isObject(b) && depth < 16) {
      const raw = typeof b.uri === 'string' ? b.uri.trim() : '';
      if (raw.startsWith('file:///') || raw.startsWith('file://localhost/') || /^file:\/[^/]/.test(raw)) {
        out = uriToPath(raw);
      } else if (raw !== '' && !hasScheme(raw) && !raw.startsWith('//')) {
        const parent = typeof b.uriBaseId === 'string' ? this.base(b.uriBaseId, depth + 1) : '';
        out = raw.startsWith('/') ? decodePct(raw) : join(parent, decodePct(raw.startsWith('./') ? raw.slice(2) : raw));
      }
    }
    this.baseCache.set(id, out);
    return out;
  }

  /** Path of an artifactLocation, or null when it names none. */
  resolve(al: unknown): string | null {
    if (!isObject(al)) return null;
    let uri = al.uri;
    let baseId = al.uriBaseId;
    if (typeof uri !== 'string' && typeof al.index === 'number' && this.artifacts) {
      const art = this.artifacts[al.index];
      const loc = isObject(art) ? art.location : undefined;
      if (isObject(loc)) {
        uri = loc.uri;
        if (baseId === undefined) baseId = loc.uriBaseId;
      }
    }
    if (typeof uri !== 'string' || uri === '') return null;
    const bk = typeof baseId === 'string' ? baseId : '\u0000';
    let byUri = this.pathCache.get(bk);
    if (byUri === undefined) {
      byUri = new Map();
      this.pathCache.set(bk, byUri);
    }
    let path = byUri.get(uri);
    if (path === undefined) {
      if (hasScheme(uri) || uri.startsWith('/')) path = uriToPath(uri);
      else {
        const rel = uri.includes('%') || uri.startsWith('./') || uri.trim() !== uri ? uriToPath(uri) : uri;
        path = typeof baseId === 'string' ? join(this.base(baseId), rel) : rel;
      }
      if (this.cached < 200_000) {
        byUri.set(uri, path);
        this.cached++;
      }
    }
    return path;
  }
}
