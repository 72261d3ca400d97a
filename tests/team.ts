// The team folder beside the repo (`../shared`: seeds, goldens, corpus, tools). Read only: tests and
// the benchmark read it; nothing writes there. Located from this file, wherever the repo is checked out.
import { fileURLToPath } from 'node:url';

export const TEAM = fileURLToPath(new URL('../../shared', import.meta.url));
