// Which sections are findings: structure (ids, severity, facts, finding parts), not wording.
import type { Severity } from '../../../shared/types';
import { type Section } from './sections';
import { FINDING_NOUN, GROUP_LABEL, isGenericTitle, isPartTitle, severityFromValue } from './vocab';
import { factSeverity } from './draft';

export const FIX_ORDER_TITLE =
  /\b(fix|remediation|action|implementation|repair)\s+(order|plan|sequence|roadmap)\b|\bpriorit(?:ies|ization)\b|\bpriority\s+(?:order|fixes|for|list|plan|queue)\b|^priority\b|^(?:summary of )?recommendations\b|\broadmap\b|\brecommended\s+(?:fix\s+)?order\b/i;

export function insideFinding(s: Section): boolean {
  for (let a: Section | null = s; a; a = a.parent) if (a.isFinding) return true;
  return false;
}

export function blockedTitle(s: Section): boolean {
  const t = s.h.title;
  return isGenericTitle(t) || isPartTitle(t) || GROUP_LABEL.test(s.h.text) || FIX_ORDER_TITLE.test(s.h.text);
}

export function looksLikeFinding(s: Section): boolean {
  const h = s.h;
  if (!h.title || blockedTitle(s)) return false;
  // items of the report's own plan ("## Recommendations" > "### 1. Add rate limiting") are work, not findings
  if (h.refKind !== 'issue' && inFixOrder(s)) return false;
  const sevFact = s.facts.some((f) => f.kind === 'severity' && factSeverity(f.value));
  if (sevFact) return true;
  const factsAny = s.facts.some((f) => ['location', 'status', 'effort', 'part', 'blocks'].includes(f.kind));
  const parts = s.partLabels > 0 || s.children.some((c) => isPartTitle(c.h.title));
  const evidence = factsAny || parts || h.locations.length > 0;
  const parent = s.parent;
  const parentGroups = !!parent && parent.depth > 0 && FINDING_NOUN.test(parent.h.text);
  if (h.severity && (h.ref || h.status || evidence)) return true;
  if (h.refKind === 'issue' && (h.severity || h.status || evidence || parentGroups)) return true;
  if (h.refKind === 'numeric' && parentGroups && (h.status || evidence || h.severity)) return true;
  // "## Detailed Findings" > "### JWT audience never checked" + "**File:** …": located, under a findings heading
  if (!h.refKind && parentGroups && !isGenericTitle(parent.h.title) && (h.locations.length > 0 || s.facts.some((f) => f.kind === 'location')))
    return true;
  // "## High" / "## Medium Severity" groups: each sub-section with text of its own is one finding
  if (parent && parent.depth > 0 && severityGroupTitle(parent.h.title) && s.blocks.length > 0 && !h.refKind) return true;
  return false;
}

export function inFixOrder(s: Section): boolean {
  for (let a: Section | null = s; a && a.depth > 0; a = a.parent) if (FIX_ORDER_TITLE.test(a.h.text)) return true;
  return false;
}

/** Severity a group heading states for what it holds: "Low-Priority Items", "High Risk", "### Critical". */
export function headingGroupSeverity(s: Section): Severity | null {
  if (s.h.severity) return s.h.severity;
  const prio = /\b(critical|high|medium|low|minor|major|blocker|trivial)[\s-]+(?:priority|severity|risk)\b/i.exec(s.h.text);
  if (prio) return severityFromValue(prio[1]);
  const only = severityGroupTitle(s.h.title);
  return only ? severityFromValue(only) : null;
}

/** Marks findings (isFinding) and groups of findings (hasFindingDesc), children before parents. */
export function classifySections(sections: Section[], docTitle: Section | null): void {
  for (let i = sections.length - 1; i >= 1; i--) {
    const s = sections[i];
    s.hasFindingDesc = s.children.some((c) => c.isFinding || c.hasFindingDesc);
    s.isFinding = !s.hasFindingDesc && s !== docTitle && looksLikeFinding(s);
  }
  // a numbered heading among numbered siblings that are findings is one too ("### 17. …" without facts)
  const sibStats = new Map<Section, { all: number; findings: number }>();
  for (const s of sections) {
    if (!s.parent || s.h.refKind === null) continue;
    const key = s.parent;
    const st = sibStats.get(key) ?? { all: 0, findings: 0 };
    st.all++;
    if (s.isFinding && s.h.refKind === 'numeric') st.findings++;
    sibStats.set(key, st);
  }
  for (const s of sections) {
    if (s.isFinding || s.hasFindingDesc || s === docTitle || s.h.refKind !== 'numeric' || !s.parent) continue;
    const st = sibStats.get(s.parent);
    if (!st) continue;
    const others = st.all - 1;
    if (st.findings >= 2 && st.findings * 2 > others && !blockedTitle(s)) s.isFinding = true;
  }
  for (let i = sections.length - 1; i >= 1; i--) {
    const s = sections[i];
    s.hasFindingDesc = s.children.some((c) => c.isFinding || c.hasFindingDesc);
  }
}

/** "High", "Medium Severity", "Low Risk Findings", "P1 Issues": a heading that only names a severity group. */
export function severityGroupTitle(title: string): string | null {
  const m = /^(critical|high|medium|moderate|low|info(?:rmational)?|blocker|major|minor|trivial|P[0-4]|Sev-?[0-5])(?:[\s-]+(?:severity|priority|risk))?(?:\s+(?:issues|findings|bugs|vulnerabilities|defects))?(?:\s*\(\d+\))?$/i.exec(title.trim());
  return m ? m[1] : null;
}
