// Test data. VENDORED is the repository's own copy of the team's seeds, goldens, corpus reports and
// goldens checker (tests/fixtures: seeds/, goldens/, corpus/, tools/; sources and licences in
// tests/fixtures/SOURCES.md): every test reads it, so a plain clone passes `npm test`.
// TEAM is the team folder beside the repo (`../shared`, read only), used only in addition where it
// exists (TEAM_PRESENT): its own goldens checker, and the check that the vendored copy matches it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const VENDORED = fileURLToPath(new URL('./fixtures', import.meta.url));
export const TEAM = fileURLToPath(new URL('../../shared', import.meta.url));
export const TEAM_PRESENT = existsSync(`${TEAM}/tools/check-goldens.mjs`);
