// The report's own scale of severity words ("Grave", "Tier A", "▲ warning"), read from its legend before
// its sections are classified, so headings and fields rated in those words are read through it.
import type { Severity } from '../../../shared/types';
import type { Section } from './sections';
import { EMOJI_RE, GRADE_SCALE } from './vocab';

const GRADED = new RegExp(String.raw`^${GRADE_SCALE}\s+(\S+)$`);

const schemes = new WeakMap<Section, Map<string, Severity>>();

/** The top section of the report a section belongs to. */
export function rootOf(s: Section): Section {
  let a = s;
  while (a.parent) a = a.parent;
  return a;
}

/** Records the scale of the report whose top section is `top`. */
export function setScheme(top: Section, scheme: Map<string, Severity>): void {
  schemes.set(rootOf(top), scheme);
}

const SCHEME_SEVERITY_RE = /(?<=\p{L}{3})(?:es|s)$/u;
const SCHEME_SEVERITY_RE2 = /(?<=\p{L}{3})s$/u;
/** The severity a word of the report's scale stands for ("grave", "warnings", "Tier A"), or null. */
export function schemeSeverity(s: Section, word: string): Severity | null {
  const scheme = schemes.get(rootOf(s));
  if (!scheme) return null;
  // ("⚠️", "🧹": a mark of the report's legend)
  const mark = scheme.get(word.replace(/\uFE0F/g, '').trim());
  if (mark) return mark;
  const w = word.replace(EMOJI_RE, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const graded = GRADED.exec(w)?.[1];
  return scheme.get(w) ?? (graded ? scheme.get(graded) : undefined) ?? scheme.get(w.replace(SCHEME_SEVERITY_RE, '')) ?? scheme.get(w.replace(SCHEME_SEVERITY_RE2, '')) ?? bracketedCode(scheme, word);
}

const BRACKETED_CODE = /^(\p{L}[\p{L} '’-]{1,40}?)\s*\((\p{Lu}{1,4}\d{0,2})\)$/u;
/**
 * Convention: a statutory inspection report names each class of its legend in words with the code in brackets
 * where it heads and counts the defects of the class (the Gas Industry Unsafe Situations Procedure's "### Immediately
 * Dangerous (ID)", "| At Risk (AR) | 4 |"; an electrical report's "Potentially dangerous (C2)"): the class is the
 * code's, where the legend rates the code and the words, if it rates them too, agree.
 */
export function bracketedCode(scheme: Map<string, Severity>, v: string): Severity | null {
  if (!v.endsWith(')')) return null;
  const m = BRACKETED_CODE.exec(v.replace(/[*_]+/g, '').trim());
  const sev = m ? scheme.get(m[2].toLowerCase()) : undefined;
  if (!m || !sev) return null;
  const named = scheme.get(m[1].trim().toLowerCase());
  return !named || named === sev ? sev : null;
}

const SCHEME_GROUP_SEVERITY_RE = /^[^\p{L}\p{N}]*?(\p{Extended_Pictographic})/u;
/**
 * "### ▲ Warnings (4)", "## Grave findings": a heading that names a word of the report's scale, alone
 * or before a word for findings, groups findings of its severity.
 */
export function schemeGroupSeverity(s: Section): Severity | null {
  // ("## 🚨 Blockers" under a legend "| 🚨 | Blocker — high severity |": the mark it opens with)
  const mark = SCHEME_GROUP_SEVERITY_RE.exec(s.raw)?.[1];
  const bySign = mark ? schemeSeverity(s, mark) : null;
  if (bySign) return bySign;
  const t = s.h.title.replace(/\s*\(\s*\d{1,4}\s*\)\s*$/, '').replace(/\s+(?:findings?|issues?|items?|bugs?|problems?|defects?|vulnerabilities)$/i, '').trim();
  // ("### Category A — Ship-stopper": a grade of the scale, then its name)
  const graded = /^(\S+\s+\S{1,2})\s+[—–:]\s/.exec(t);
  if (graded && GRADED.test(graded[1].toLowerCase())) return schemeSeverity(s, graded[1]);
  // ("## Must fix before merge" under a legend "- *Must fix before merge* — … Treat as **high**.": a bucket's
  // name of a few words, read only as the legend wrote it)
  if (!t || t.split(/\s+/).length > 5) return null;
  return schemeSeverity(s, t);
}

/**
 * Convention: a statutory examination report (LOLER, PSSR) heads each group of its items by what they are and the
 * grade of its lettered scale in brackets, "## 5. Defects requiring immediate attention (Category A)", "## 7.
 * Recommendations (Category C)": the group is the grade's, rated as the report's legend rates the letter.
 */
const GRADE_NAMED_GROUP = /(?:\(|[—–-]\s)\s*(?:cat\.?|category|grade|class)\s+([A-E])\)?\s*$/i;
export function gradeNamedGroup(s: Section): Severity | null {
  const g = /[A-E]\)?\s*$/.test(s.h.text) ? GRADE_NAMED_GROUP.exec(s.h.text)?.[1] : undefined;
  return g ? schemeSeverity(s, g) : null;
}
