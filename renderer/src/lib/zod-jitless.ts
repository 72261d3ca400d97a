// Imported first by main.tsx: zod (pulled in through the shared API contract) must never probe
// `new Function` — the page's CSP has no 'unsafe-eval', and the probe shows up as a CSP violation
// (issue 7: the hostile-content e2e test fails on any violation).
import { z } from 'zod';

z.config({ jitless: true });
