// SARIF written out as Markdown: code-scanning job summaries and SARIF digests (GitHub Actions step
// summaries, sarif-to-markdown converters, bots that post a scan to a pull request) put each result
// under a heading "`rule-id` · short description" with one line of its SARIF properties set off by
// middle dots:
//
//   🆕 new · `error` · security-severity **8.8** · CWE-89 · [`src/api/search.ts:57`](…#L57)
//   ✅ absent · `warning` · was [`src/lib/tokens.ts:31`](…) on `main`
//   ♻️ unchanged · 🔕 accepted · `note` · [`src/x.ts:3`](…)
//
// The words are SARIF 2.1.0's own: `level` (error, warning, note, none), `baselineState` (new,
// unchanged, updated, absent) and `suppressions[].status` (accepted, underReview, rejected), with the
// `security-severity` property GitHub bands into critical / high / medium / low. They are read as the
// SARIF parser reads them (core/ingest/sarif): a score wins over the level, an absent result is
// fixed, an accepted suppression is not going to be fixed.
import type { Severity, Status } from '../../../shared/types';
import { plainInline } from './heading';
import { parseLocations } from './locations';
import { cvssSeverity } from './vocab';

const LEVEL: Record<string, Severity> = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
const BASELINE: Record<string, Status> = { new: 'open', unchanged: 'open', updated: 'open', absent: 'fixed' };
const SUPPRESSION: Record<string, Status | null> = { accepted: 'wont_fix', underreview: null, rejected: null };

export interface SarifMeta {
  severity: { key: string; value: string; sev: Severity } | null;
  status: { key: string; value: string; st: Status } | null;
  location: string | null;
}

const SARIF_RESULT_LINE_RE = /^[^\p{L}`]+/u;
/**
 * The SARIF properties of one result written as a line of middle-dot separated parts, or null when
 * the line is no such line (it needs a level in code or a security-severity, and one more SARIF word
 * or a location).
 */
export function sarifResultLine(line: string): SarifMeta | null {
  if (line.length > 600 || !/\s[·•]\s/.test(line)) return null;
  const segs = line.split(/\s+[·•]\s+/).map((seg) => seg.trim());
  if (segs.length < 2) return null;
  let level: Severity | null = null;
  let levelWord = '';
  let score: { text: string; sev: Severity } | null = null;
  let baseline: string | null = null;
  let suppression: string | null = null;
  let location: string | null = null;
  for (const seg of segs) {
    // (a state may follow a mark: "🆕 new", "🔕 accepted")
    const word = seg.replace(SARIF_RESULT_LINE_RE, '').trim();
    const lv = /^`(error|warning|note|none)`$/i.exec(word);
    if (lv) {
      level = LEVEL[lv[1].toLowerCase()];
      levelWord = lv[1];
      continue;
    }
    const sc = /^security[-\s]severity:?\s+(?:\*\*|__)?(\d{1,2}(?:\.\d)?)(?:\*\*|__)?$/i.exec(word);
    if (sc && cvssSeverity(sc[1])) {
      score = { text: sc[1], sev: cvssSeverity(sc[1])! };
      continue;
    }
    const w = word.toLowerCase();
    if (w in BASELINE) baseline = w;
    else if (w in SUPPRESSION) suppression = w;
    else if (!location) {
      // "[`src/a.ts:57`](…#L57)", "was [`src/b.ts:31`](…) on `main`": where the result is (or was)
      const code = /`([^`\n]{1,300})`/.exec(seg);
      if (code && parseLocations(code[1], true).length) location = code[1];
    }
  }
  if (!level && !score) return null;
  if (!baseline && !suppression && !location) return null;
  const severity = score
    ? { key: 'security-severity', value: score.text, sev: score.sev }
    : level
      ? { key: 'level', value: levelWord, sev: level }
      : null;
  const supSt = suppression ? SUPPRESSION[suppression] : null;
  const status = supSt
    ? { key: 'suppression', value: suppression!, st: supSt }
    : baseline
      ? { key: 'baselineState', value: baseline, st: BASELINE[baseline] }
      : null;
  return { severity, status, location: location ? plainInline(location) : null };
}
