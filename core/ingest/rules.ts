// Applying corrections kept as rules (shared/rules.ts) to what the extractor read from a Markdown
// report: the one engine behind ingest (core/ingest/reingest.ts), `punchlist parse --rules` and the
// import review. Pure: text + extraction + rules in, the corrected report out, with which rule did
// what to which block.
import { SEVERITIES, type ParsedFinding, type ParsedReport, type Severity } from '../../shared/types';
import type { BlockTarget, Rule } from '../../shared/rules';
import { blockAt, findingFromBlock, locationOf, splitBlocks, type Block } from './blocks';
import type { Rejected } from './markdown/explain';

export interface AppliedRule {
  id: number;
  label: string;
  /** findings it added, removed or changed */
  count: number;
}

/** one finding of the corrected report, with the block it was read from and the rules that touched it */
export interface RuledFinding {
  finding: ParsedFinding;
  block: Block | null;
  /** 'extractor': read by the extractor; 'rule': added by a rule */
  origin: 'extractor' | 'rule';
  rules: number[];
}

export interface RuleOutcome {
  report: ParsedReport;
  findings: RuledFinding[];
  blocks: Block[];
  /** block index -> the extractor's reason for rejecting it */
  rejected: Map<number, Rejected>;
  /** block index -> the rule that removed the finding read from it */
  dropped: Map<number, number>;
  applied: AppliedRule[];
}

export function matchesTarget(b: Block, t: BlockTarget): boolean {
  if (b.kind !== t.kind || b.heading !== t.heading) return false;
  if (t.key !== null) return b.key === t.key;
  return b.set !== null || b.kind === 'paragraph';
}

/** the target naming `b` alone, or (all) every block like it: its kind under its heading */
export function targetOf(b: Block, all = false): BlockTarget {
  if (b.kind === 'other') throw new Error('that block cannot hold a finding');
  return { heading: b.heading, kind: b.kind, key: all ? null : b.key };
}

const wordPattern = (word: string) => {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return /^[\p{L}\p{N}]/u.test(word) ? new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'iu') : new RegExp(esc, 'iu');
};

const rank = (s: Severity | null) => (s ? SEVERITIES.indexOf(s) : SEVERITIES.length);

/** `text`: the report's text (LF); `parsed`/`rejected`: the extractor's reading of it (explainMarkdown) */
export function applyRules(text: string, parsed: ParsedReport, rejectedList: readonly Rejected[] | null, rules: readonly Rule[]): RuleOutcome {
  const blocks = splitBlocks(text);
  const rejected = new Map<number, Rejected>();
  for (const r of rejectedList ?? []) {
    const b = blockAt(blocks, r.startLine);
    if (b && !rejected.has(b.index)) rejected.set(b.index, r);
  }
  let list: RuledFinding[] = parsed.findings.map((f) => ({ finding: f, block: f.source ? blockAt(blocks, f.source.startLine) : null, origin: 'extractor', rules: [] }));
  const dropped = new Map<number, number>();
  const counts = new Map<number, number>();
  const bump = (rule: Rule, e: RuledFinding | null) => {
    counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1);
    if (e && !e.rules.includes(rule.id)) e.rules.push(rule.id);
  };
  const on = rules.filter((r) => r.enabled);
  const of = (kind: Rule['spec']['kind']) => on.filter((r) => r.spec.kind === kind);
  const entryAt = (b: Block) => list.find((e) => e.block === b);

  for (const rule of of('take')) {
    const spec = rule.spec as Extract<Rule['spec'], { kind: 'take' }>;
    for (const b of blocks) {
      if (!matchesTarget(b, spec.target) || entryAt(b)) continue;
      const own = findingFromBlock(b);
      const rj = rejected.get(b.index)?.finding;
      // what the extractor would have made of it, unless it took the report's rating word for the title
      const weak = !rj || !rj.title || (own.severityText !== null && rj.title.toLowerCase() === own.severityText.toLowerCase());
      const f = rj && !weak ? { ...rj, severityText: rj.severityText ?? own.severityText, source: own.source, confidence: 1 } : { ...own, locations: own.locations.length ? own.locations : rj?.locations ?? [] };
      const e: RuledFinding = { finding: f, block: b, origin: 'rule', rules: [] };
      list.push(e);
      bump(rule, e);
    }
  }
  list.sort((a, b) => (a.block?.startLine ?? 0) - (b.block?.startLine ?? 0));

  for (const rule of of('split')) {
    const spec = rule.spec as Extract<Rule['spec'], { kind: 'split' }>;
    const next: RuledFinding[] = [];
    for (const e of list) {
      if (!e.block || !matchesTarget(e.block, spec.target)) {
        next.push(e);
        continue;
      }
      const end = e.finding.source?.endLine ?? e.block.endLine;
      const parts = blocks.filter((b) => b.startLine >= e.block!.startLine && b.endLine <= end && b !== e.block && (b.kind === 'item' || b.kind === 'row') && !list.some((o) => o.block === b));
      if (parts.length < 2) {
        next.push(e);
        continue;
      }
      for (const b of parts) {
        const f = findingFromBlock(b);
        next.push({ finding: { ...f, severity: f.severity ?? e.finding.severity, status: e.finding.status }, block: b, origin: 'rule', rules: [rule.id] });
      }
      counts.set(rule.id, (counts.get(rule.id) ?? 0) + parts.length);
    }
    list = next;
  }

  for (const rule of of('drop')) {
    const spec = rule.spec as Extract<Rule['spec'], { kind: 'drop' }>;
    list = list.filter((e) => {
      if (!e.block || !matchesTarget(e.block, spec.target)) return true;
      dropped.set(e.block.index, rule.id);
      bump(rule, null);
      return false;
    });
  }

  for (const rule of of('merge')) {
    const spec = rule.spec as Extract<Rule['spec'], { kind: 'merge' }>;
    const parts = spec.targets.map((t) => list.find((e) => e.block && matchesTarget(e.block, t))).filter((e): e is RuledFinding => Boolean(e));
    const unique = [...new Set(parts)];
    if (unique.length < 2) continue;
    const [keep, ...rest] = unique;
    const f = { ...keep.finding };
    for (const o of rest) {
      f.body = `${f.body}\n\n${o.finding.body}`;
      f.locations = [...f.locations, ...o.finding.locations];
      f.dependsOn = [...new Set([...f.dependsOn, ...o.finding.dependsOn])];
      if (rank(o.finding.severity) < rank(f.severity)) f.severity = o.finding.severity;
      if (f.source && o.finding.source) f.source = { ...f.source, endLine: Math.max(f.source.endLine, o.finding.source.endLine) };
    }
    keep.finding = f;
    list = list.filter((e) => !rest.includes(e));
    bump(rule, keep);
  }

  for (const rule of of('severity')) {
    const spec = rule.spec as Extract<Rule['spec'], { kind: 'severity' }>;
    const re = wordPattern(spec.word);
    for (const e of list) {
      const said = e.finding.severityText;
      const firstLine = e.block ? e.block.text.split('\n')[0] : '';
      const hit = said ? re.test(said) : re.test(firstLine);
      if (!hit || e.finding.severity === spec.severity) continue;
      e.finding = { ...e.finding, severity: spec.severity, severityText: said ?? spec.word };
      bump(rule, e);
    }
  }

  for (const rule of of('edit')) {
    const spec = rule.spec as Extract<Rule['spec'], { kind: 'edit' }>;
    for (const e of list) {
      if (!e.block || !matchesTarget(e.block, spec.target)) continue;
      const f = { ...e.finding };
      const p = spec.patch;
      if (p.title !== undefined) f.title = p.title;
      if (p.severity !== undefined) f.severity = p.severity;
      if (p.status !== undefined) f.status = p.status;
      if (p.location !== undefined) {
        const loc = p.location ? locationOf(p.location) ?? { path: p.location, startLine: null } : null;
        f.locations = loc ? [loc, ...f.locations.slice(1)] : f.locations.slice(1);
      }
      e.finding = f;
      bump(rule, e);
    }
  }

  const applied = on.filter((r) => counts.get(r.id)).map((r) => ({ id: r.id, label: r.label, count: counts.get(r.id)! }));
  return { report: { ...parsed, findings: list.map((e) => e.finding) }, findings: list, blocks, rejected, dropped, applied };
}

/** `rules applied: "…" (5), "…" (3)` for the import summary; '' when none did */
export function appliedText(applied: readonly AppliedRule[]): string {
  return applied.length ? `rules applied: ${applied.map((a) => `${a.label} (${a.count})`).join('; ')}` : '';
}
