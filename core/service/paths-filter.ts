import { normalizePath } from '../ingest/fingerprint';

/** A user's path prefix in the form locations store (see normalizePath); keeps a trailing slash. */
export function normalizePrefix(prefix: string): string {
  return normalizePath(prefix);
}
