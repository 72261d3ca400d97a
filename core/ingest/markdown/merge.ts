// One finding per thing: mentions merge into detailed sections (by id, else by shared title words).
import type { ParsedFinding } from '../../../shared/types';
import { overlap } from './match';
import { refKey } from './vocab';
import type { Draft } from './draft';

export function wordsClose(a: Draft, b: Draft): boolean {
  return overlap(b.words, a.words) >= 0.6 || overlap(a.words, b.words) >= 0.6;
}

export function mergeInto(target: Draft, m: Draft): void {
  const t = target.f;
  if (!target.detailed && m.detailed) {
    // the detailed section wins
    const keep = target;
    target.f = { ...m.f, blocksDeployment: t.blocksDeployment };
    target.sevFact = m.sevFact ?? keep.sevFact;
    target.sevHeading = m.sevHeading;
    target.sevSection = m.sevSection;
    target.blocksOwn = m.blocksOwn ?? keep.blocksOwn;
    target.statusOwn = m.statusOwn ?? keep.statusOwn;
    target.detailed = true;
    target.words = m.words;
    target.start = m.start;
    if (!target.sevMention) target.sevMention = keep.sevMention;
    return;
  }
  if (m.detailed && target.detailed) {
    // the same finding written twice: keep the longer text, fill gaps
    if (m.f.body.length > t.body.length) {
      const old = t;
      target.f = { ...m.f, locations: m.f.locations.length ? m.f.locations : old.locations };
    }
    target.sevFact = target.sevFact ?? m.sevFact;
    target.sevHeading = target.sevHeading ?? m.sevHeading;
    target.statusOwn = target.statusOwn ?? m.statusOwn;
    target.blocksOwn = target.blocksOwn ?? m.blocksOwn;
    return;
  }
  if (!target.sevMention && m.sevMention) target.sevMention = m.sevMention;
  if (target.blocksMention === null) target.blocksMention = m.blocksMention ?? m.blocksOwn;
  if (!target.statusOwn && m.statusOwn) target.statusOwn = m.statusOwn;
  if (!t.locations.length && m.f.locations.length) t.locations = m.f.locations;
  if (!t.effort && m.f.effort) t.effort = m.f.effort;
  if (!t.phase && m.f.phase) t.phase = m.f.phase;
  if (!t.ref && m.f.ref) t.ref = m.f.ref;
}

export function dependencies(f: ParsedFinding, refIndex: Map<string, ParsedFinding>): void {
  const body = f.body.length > 50000 ? f.body.slice(0, 50000) : f.body;
  for (const m of body.matchAll(/\b[A-Z][A-Z0-9]{0,9}-[A-Z]{0,3}\d+\b/g)) {
    const other = refIndex.get(refKey(m[0]));
    if (!other || other === f || !f.ref) continue;
    const before = body.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const after = body.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    if (/^\W{0,3}(?:fix\s+|change\s+)?(?:requires|needs|depends on|relies on|would (?:crash|fail|break) without)\b/i.test(after) || (/\bfix (?:for|of)\s*$/i.test(before) && /^\s*(?:requires|needs|would (?:crash|fail|break) without)\b/i.test(after))) {
      if (!other.dependsOn.includes(f.ref)) other.dependsOn.push(f.ref);
    } else if (/(?:depends on|blocked by|requires|after|once|needs)[\s:*_]+(?:fixing\s+|the fix (?:for|of)\s+)?$/i.test(before)) {
      if (!f.dependsOn.includes(other.ref!)) f.dependsOn.push(other.ref!);
    }
  }
}

/** Detailed findings plus the mentions that name them: one draft per finding. */
export function mergeDrafts(drafts: Draft[], mentions: Draft[]): Draft[] {
  const byRef = new Map<string, Draft>();
  const allByRef = new Map<string, Draft[]>();
  const merged: Draft[] = [];
  const addDraft = (d: Draft) => {
    const key = d.f.ref && d.f.ref !== '' ? `${d.scope}|${refKey(d.f.ref)}` : null;
    const prior = key ? byRef.get(key) : undefined;
    const same = key ? allByRef.get(key)?.find((p) => wordsClose(p, d)) : undefined;
    // the same id twice: one finding when a mention names it, when both texts name the same thing, or
    // when the later one sits in an update of the report ("## BUG UPDATE" > "### Bug #1: … - FIXED")
    if (prior && ((!d.detailed && !/^\d+(\.\d+)*$/.test(d.f.ref ?? '')) || same || (d.update && d.statusOwn))) {
      if (same) mergeInto(same, d);
      else if (d.update) prior.statusOwn = d.statusOwn;
      else mergeInto(prior, d);
      return;
    }
    if (key && !prior) byRef.set(key, d);
    if (key) allByRef.set(key, [...(allByRef.get(key) ?? []), d]);
    merged.push(d);
  };
  for (const d of drafts) addDraft(d);
  // words of detailed titles -> drafts, by scope (prefix of 4 letters, as overlap() compares prefixes)
  const wordIndex = new Map<string, number[]>();
  merged.forEach((d, i) => {
    for (const w of d.words) {
      const k = `${d.scope}|${w.slice(0, 4)}`;
      const list = wordIndex.get(k);
      if (list) list.push(i);
      else wordIndex.set(k, [i]);
    }
  });
  for (const m of mentions) {
    let target: Draft | undefined;
    if (m.f.ref) target = byRef.get(`${m.scope}|${refKey(m.f.ref)}`) ?? byRef.get(`0|${refKey(m.f.ref)}`);
    if (!target && m.words.length) {
      let best = 0;
      let second = 0;
      const cands = new Set<number>();
      for (const w of m.words) {
        for (const i of wordIndex.get(`${m.scope}|${w.slice(0, 4)}`) ?? []) {
          cands.add(i);
          if (cands.size > 400) break;
        }
      }
      for (const i of cands) {
        const d = merged[i];
        const sc = overlap(m.words, d.words);
        if (sc > best) {
          second = best;
          best = sc;
          target = d;
        } else if (sc > second) second = sc;
      }
      if (best < 0.6 || best === second) target = undefined;
    }
    if (target) mergeInto(target, m);
    else if (m.standalone) addDraft(m);
  }
  return merged.sort((a, b) => a.start - b.start);
}

/** Final findings: severity by precedence (own line > table/bullet > heading > section), dependsOn. */
export function finishFindings(merged: Draft[]): ParsedFinding[] {
  const findings: ParsedFinding[] = [];
  const refIndex = new Map<string, ParsedFinding>();
  for (const d of merged) {
    const f = d.f;
    const sv = d.sevFact ?? d.sevMention ?? d.sevHeading ?? d.sevSection;
    f.severity = sv?.sev ?? null;
    f.severityText = sv?.text ?? null;
    f.blocksDeployment = d.blocksOwn ?? d.blocksMention ?? null;
    f.status = d.statusOwn ?? 'open';
    if (!f.title.trim()) continue;
    findings.push(f);
    if (f.ref && /[A-Za-z]/.test(f.ref)) refIndex.set(refKey(f.ref), f);
  }
  if (refIndex.size) for (const f of findings) dependencies(f, refIndex);
  return findings;
}
