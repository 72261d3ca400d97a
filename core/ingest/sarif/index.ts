// SARIF 2.1.0 -> ParsedReport. One pass over the results of every run; per-rule data is computed once.
import { ParseError, type Location, type ParsedFinding, type ParsedReport, type Severity, type Status } from '../../../shared/types';
import {
  firstSentence,
  isObject,
  isoDate,
  report,
  severityFromScore,
  severityFromWord,
  statusForSuppression,
  text,
  typeName,
  type JsonObject,
} from '../scanners/common';
import { mfString, resolveMessage, type Msg } from './messages';
import { PathResolver } from './paths';
import { RuleTable, securitySeverity, type RuleInfo } from './rules';

function fail(file: string, what: string, where: string): never {
  throw new ParseError(`${file}: SARIF: ${what}`, 'sarif', where);
}

function levelSeverity(level: string): Severity | null {
  switch (level) {
    case 'error':
      return 'high';
    case 'warning':
      return 'medium';
    case 'note':
      return 'low';
    case 'none':
      return 'info';
    default:
      return null;
  }
}

export interface RunCtx {
  rules: RuleTable;
  paths: PathResolver;
  /** append the rule's help text to each body (see SarifOptions.ruleHelp) */
  help: boolean;
}

/** Above this many results, `ruleHelp: 'auto'` leaves the rule help text out of the bodies. */
export const RULE_HELP_MAX_RESULTS = 10_000;

function region(loc: JsonObject, path: string): Location {
  const r = loc.region;
  if (!isObject(r)) return { path, startLine: null, endLine: null, startColumn: null, endColumn: null };
  const sl = typeof r.startLine === 'number' ? r.startLine : null;
  const el = typeof r.endLine === 'number' ? r.endLine : sl;
  return {
    path,
    startLine: sl,
    endLine: el,
    startColumn: typeof r.startColumn === 'number' ? r.startColumn : null,
    endColumn: typeof r.endColumn === 'number' ? r.endColumn : null,
  };
}

/** A location object ({physicalLocation, logicalLocations}) as Location, or null. */
function toLocation(l: unknown, ctx: RunCtx): Location | null {
  if (!isObject(l)) return null;
  const pl = l.physicalLocation;
  if (!isObject(pl)) return null;
  const path = ctx.paths.resolve(pl.artifactLocation);
  return path === null ? null : region(pl, path);
}

/** "path:line" (or a logical name) for a location, used in code-flow steps and related locations. */
function where(l: JsonObject, ctx: RunCtx): string | null {
  const loc = toLocation(l, ctx);
  if (loc) return loc.startLine ? `${loc.path}:${loc.startLine}` : loc.path;
  const ll = l.logicalLocations;
  if (Array.isArray(ll) && isObject(ll[0])) return text(ll[0].fullyQualifiedName) ?? text(ll[0].name);
  return null;
}

function oneLine(s: string): string {
  return s.includes('\n') ? s.replace(/\s*\n\s*/g, ' ') : s;
}

const EMBEDDED_LINK = /\[((?:[^\]\\]|\\.)*)\]\((\d+)\)/g;

/** SARIF embedded links "[here](0)" point at relatedLocations[id=0]: rewrite them as "here (`path:line`)". */
function linkRelated(msg: Msg, related: unknown[], ctx: RunCtx): Msg {
  const byId = new Map<number, string>();
  for (const rl of related) {
    if (isObject(rl) && typeof rl.id === 'number') {
      const w = where(rl, ctx);
      if (w) byId.set(rl.id, w);
    }
  }
  if (!byId.size) return msg;
  const sub = (code: boolean) => (m: string, label: string, id: string) => {
    const w = byId.get(Number(id));
    return w === undefined ? m : code ? `${label} (\`${w}\`)` : `${label} (${w})`;
  };
  return { text: msg.text.replace(EMBEDDED_LINK, sub(false)), markdown: msg.markdown.replace(EMBEDDED_LINK, sub(true)) };
}

function renderCodeFlows(flows: unknown[], ctx: RunCtx, rule: RuleInfo | null): string | null {
  const blocks: string[] = [];
  let n = 0;
  for (const cf of flows) {
    if (!isObject(cf) || !Array.isArray(cf.threadFlows)) continue;
    n++;
    const cfMsg = resolveMessage(cf.message, rule?.messageStrings ?? null, ctx.rules.globalStrings);
    for (const tf of cf.threadFlows) {
      if (!isObject(tf) || !Array.isArray(tf.locations)) continue;
      let head = flows.length > 1 ? `**Code flow ${n}**` : '**Code flow**';
      if (typeof tf.id === 'string' && cf.threadFlows.length > 1) head += ` (thread ${tf.id})`;
      head += cfMsg ? ': ' + oneLine(cfMsg.markdown) : ':';
      const steps: string[] = [];
      for (const tfl of tf.locations) {
        if (!isObject(tfl) || !isObject(tfl.location)) continue;
        const l = tfl.location;
        const w = where(l, ctx);
        const m = resolveMessage(l.message, rule?.messageStrings ?? null, ctx.rules.globalStrings);
        let step = w ? '`' + w + '`' : '(no location)';
        if (m) step += ' — ' + oneLine(m.markdown);
        steps.push(`${steps.length + 1}. ${step}`);
      }
      if (steps.length) blocks.push(head + '\n\n' + steps.join('\n'));
    }
  }
  return blocks.length ? blocks.join('\n\n') : null;
}

function renderRelated(related: unknown[], ctx: RunCtx, rule: RuleInfo | null): string | null {
  const lines: string[] = [];
  for (const rl of related) {
    if (!isObject(rl)) continue;
    const w = where(rl, ctx);
    const m = resolveMessage(rl.message, rule?.messageStrings ?? null, ctx.rules.globalStrings);
    if (!w && !m) continue;
    lines.push('- ' + (w ? '`' + w + '`' : '') + (w && m ? ' — ' : '') + (m ? oneLine(m.markdown) : ''));
  }
  return lines.length ? '**Related locations:**\n\n' + lines.join('\n') : null;
}

function renderFixes(fixes: unknown[]): string | null {
  const lines: string[] = [];
  for (const f of fixes) {
    if (!isObject(f)) continue;
    const d = mfString(f.description);
    const files = Array.isArray(f.artifactChanges) ? f.artifactChanges.length : 0;
    if (d || files) lines.push(`- ${d ? oneLine(d) : 'Proposed change'}${files ? ` (${files} file${files === 1 ? '' : 's'})` : ''}`);
  }
  return lines.length ? '**Suggested fixes:**\n\n' + lines.join('\n') : null;
}

function renderProperties(props: JsonObject): string | null {
  let out = '';
  for (const k in props) {
    const v = props[k];
    if (k === 'security-severity' || (typeof v !== 'string' && typeof v !== 'number')) continue;
    const s = String(v);
    if (s.trim() === '' || s.length > 500) continue;
    out += `\n- **${k}:** ${oneLine(s)}`;
  }
  return out ? '**Properties:**\n' + out : null;
}

function stringMap(v: unknown): Record<string, string> | null {
  if (!isObject(v)) return null;
  for (const k in v) {
    if (typeof v[k] !== 'string') {
      // rare: a non-string value; keep scalars as text, drop the rest
      const out: Record<string, string> = {};
      for (const k2 in v) {
        const x = v[k2];
        if (typeof x === 'string') out[k2] = x;
        else if (typeof x === 'number' || typeof x === 'boolean') out[k2] = String(x);
      }
      return out;
    }
  }
  return v as Record<string, string>;
}

/** Fingerprints kept verbatim (partialFingerprints and fingerprints merged when both exist). */
function fingerprints(r: JsonObject): Record<string, string> | null {
  const p = r.partialFingerprints === undefined ? null : stringMap(r.partialFingerprints);
  const f = r.fingerprints === undefined ? null : stringMap(r.fingerprints);
  if (p && f) return { ...p, ...f };
  return p ?? f;
}

type Suppression = NonNullable<ParsedFinding['suppression']>;

/**
 * Suppressions: an accepted one (status "accepted", or no status at all -- a suppression is in
 * effect unless it says otherwise) wins; "underReview" is kept but leaves the finding open;
 * "rejected" ones are ignored. Appendix K's pre-release spelling `state` is read as `status`.
 */
function suppression(list: unknown): { s: Suppression; status: Status } | null {
  if (!Array.isArray(list) || list.length === 0) return null;
  let review: Suppression | null = null;
  for (const s of list) {
    if (!isObject(s)) continue;
    const st = typeof s.status === 'string' ? s.status : typeof s.state === 'string' ? s.state : null;
    const sup: Suppression = {
      kind: typeof s.kind === 'string' ? s.kind : 'unknown',
      status: st,
      justification: typeof s.justification === 'string' ? s.justification : null,
    };
    if (st === null || st === 'accepted') return { s: sup, status: statusForSuppression(sup.justification) };
    if (st === 'underReview' && !review) review = sup;
  }
  return review ? { s: review, status: 'open' } : null;
}

export function parseResult(r: JsonObject, ctx: RunCtx): ParsedFinding {
  const rule = ctx.rules.lookup(r);
  let msg: Msg | null = resolveMessage(r.message, rule ? rule.messageStrings : null, ctx.rules.globalStrings);
  if (msg && Array.isArray(r.relatedLocations) && msg.markdown.includes('](')) msg = linkRelated(msg, r.relatedLocations, ctx);

  // severity
  let levelText: string;
  if (typeof r.level === 'string') levelText = r.level;
  else if (rule && rule.level) levelText = rule.level;
  else if (typeof r.kind === 'string' && r.kind !== 'fail') levelText = 'none';
  else levelText = 'warning';
  let severity: Severity | null;
  let severityText: string;
  const props = isObject(r.properties) ? r.properties : null;
  const ownSec = props && props['security-severity'] !== undefined ? securitySeverity(props) : null;
  const secValue = ownSec && ownSec.value !== null ? ownSec.value : rule ? rule.secSev : null;
  if (secValue !== null && levelText !== 'none') {
    severity = severityFromScore(secValue);
    severityText = ownSec && ownSec.text !== null ? ownSec.text : (rule!.secSevText as string);
  } else {
    // non-standard levels some tools write ("critical", "high") are read as severity words
    severity = levelSeverity(levelText) ?? severityFromWord(levelText);
    severityText = levelText;
  }

  // locations
  const locations: Location[] = [];
  if (Array.isArray(r.locations)) {
    for (const l of r.locations) {
      const loc = toLocation(l, ctx);
      if (loc) locations.push(loc);
    }
  }

  const ruleId = typeof r.ruleId === 'string' ? r.ruleId : rule ? rule.id : null;
  const title =
    (rule && rule.title) || (msg && msg.text.trim() ? firstSentence(msg.text) : null) || ruleId || 'SARIF result';

  // body: message, code flows, related locations, properties, rule text
  let body = msg ? msg.markdown : '';
  if (Array.isArray(r.codeFlows) && r.codeFlows.length) {
    const cf = renderCodeFlows(r.codeFlows, ctx, rule);
    if (cf) body = body ? body + '\n\n' + cf : cf;
  }
  if (Array.isArray(r.relatedLocations) && r.relatedLocations.length) {
    const rl = renderRelated(r.relatedLocations, ctx, rule);
    if (rl) body = body ? body + '\n\n' + rl : rl;
  }
  if (Array.isArray(r.fixes) && r.fixes.length) {
    const fx = renderFixes(r.fixes);
    if (fx) body = body ? body + '\n\n' + fx : fx;
  }
  if (props) {
    const p = renderProperties(props);
    if (p) body = body ? body + '\n\n' + p : p;
  }
  if (rule) body = body ? body + (ctx.help ? rule.tail : rule.tailNoHelp) : ctx.help ? rule.section : rule.sectionNoHelp;

  let status: Status = 'open';
  const sup = r.suppressions === undefined ? null : suppression(r.suppressions);
  if (sup) status = sup.status;
  const baselineState = typeof r.baselineState === 'string' ? r.baselineState : null;
  // "absent": in the baseline, gone from this run -- i.e. fixed
  if (baselineState === 'absent' && status === 'open') status = 'fixed';

  return {
    ref: typeof r.guid === 'string' ? r.guid : null,
    title,
    severity,
    severityText,
    status,
    phase: null,
    category: rule ? rule.component : null,
    locations,
    blocksDeployment: null,
    dependsOn: [],
    effort: null,
    body,
    ruleId,
    ruleText: rule ? (ctx.help ? rule.section : rule.sectionNoHelp) : null,
    fingerprints: fingerprints(r),
    baselineState,
    suppression: sup ? sup.s : null,
  };
}

export interface SarifOptions {
  /**
   * Drop each result from the parsed log once it has been turned into a finding, so a large log's
   * tree can be collected while findings are built (lower peak memory). Only for callers that own
   * the parsed value and do not use it afterwards (parseReportBytes does this).
   */
  release?: boolean;
  /**
   * Whether each finding's body ends with the rule's help text (fullDescription is always there).
   * 'auto' (default): only for logs of at most RULE_HELP_MAX_RESULTS results -- help is per-rule
   * reference text (often 0.5-3 KB) and repeating it in 200,000 bodies multiplies the database and
   * full-text index size several times over for no new information.
   */
  ruleHelp?: 'always' | 'auto' | 'never';
}

/**
 * The SARIF version a `$schema` URI names ("…/sarif-1.0.0", "…/sarif-schema-2.1.0.json",
 * "…/sarif-2.0.0-csd.2.beta.2019-01-24.json"), or null.
 */
export function sarifSchemaVersion(schema: unknown): string | null {
  if (typeof schema !== 'string' || schema.length > 500) return null;
  const m = /sarif[-_](?:schema[-_])?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]*?)?)(?:\.json)?$/i.exec(schema.replace(/[?#].*$/, ''));
  return m ? m[1] : null;
}

/** A log without `version`: what else says which SARIF it is. */
function missingVersion(log: JsonObject): string {
  const named = sarifSchemaVersion(log.$schema);
  // "2.1.0-rtm.5" and the like are 2.1.0 release candidates' schemas: the log just lacks its version
  if (named && !/^2\.1\.0(?:$|-)/.test(named)) {
    const uri = String(log.$schema);
    return `version is missing and $schema names SARIF ${named} (${uri.length > 120 ? uri.slice(0, 120) + '…' : uri}), only "2.1.0" is supported`;
  }
  if ('runLogs' in log && !('runs' in log)) return 'version is missing and the log has "runLogs" (a SARIF 1.0 draft), only "2.1.0" is supported';
  return 'version is missing (expected "2.1.0")';
}

/** Parses an already JSON.parse'd SARIF log. Throws ParseError naming the file and the JSON path. */
export function parseSarif(log: unknown, fileName: string, opts: SarifOptions = {}): ParsedReport {
  if (!isObject(log)) fail(fileName, `top level is ${typeName(log)}, expected an object`, '$');
  if (log.version === undefined) fail(fileName, missingVersion(log), 'version');
  if (log.version !== '2.1.0') {
    const found = JSON.stringify(log.version) ?? typeName(log.version);
    fail(fileName, `version is ${found.length > 40 ? found.slice(0, 40) + '…' : found}, only "2.1.0" is supported`, 'version');
  }
  const runs = log.runs;
  if (runs === undefined) fail(fileName, 'runs is missing', 'runs');
  if (!Array.isArray(runs)) fail(fileName, `runs is not an array (found ${typeName(runs)})`, 'runs');

  // validate the structure first so no partial work is done on a broken log
  let total = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (!isObject(run)) fail(fileName, `runs[${i}] is not an object (found ${typeName(run)})`, `runs[${i}]`);
    const res = run.results;
    if (res !== undefined && res !== null && !Array.isArray(res)) {
      fail(fileName, `runs[${i}].results is not an array (found ${typeName(res)})`, `runs[${i}].results`);
    }
    if (Array.isArray(res)) total += res.length;
  }
  const help = helpWanted(total, opts);

  const findings: ParsedFinding[] = [];
  const head = new SarifHeader();
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as JsonObject;
    head.addRun(run);
    const results = run.results;
    if (!Array.isArray(results) || results.length === 0) continue;
    const ctx = runContext(run, help);
    for (let j = 0; j < results.length; j++) {
      const r = results[j];
      if (!isObject(r)) {
        fail(fileName, `runs[${i}].results[${j}] is not an object (found ${typeName(r)})`, `runs[${i}].results[${j}]`);
      }
      findings.push(parseResult(r, ctx));
      if (opts.release) results[j] = null;
    }
  }
  return head.report(findings);
}

/** Whether bodies carry the rule help text, for a log of `total` results (see SarifOptions.ruleHelp). */
export function helpWanted(total: number, opts: SarifOptions = {}): boolean {
  const mode = opts.ruleHelp ?? 'auto';
  return mode === 'always' || (mode === 'auto' && total <= RULE_HELP_MAX_RESULTS);
}

/** Per-run context (rule table, path resolver) for parseResult; `run` need not hold its results. */
export function runContext(run: JsonObject, help: boolean): RunCtx {
  const tool = isObject(run.tool) ? run.tool : {};
  return { rules: new RuleTable(tool), paths: new PathResolver(run), help };
}

/** The report header (tools, date) collected run by run. */
export class SarifHeader {
  private readonly tools: string[] = [];
  private date: string | null = null;

  addRun(run: JsonObject): void {
    const tool = isObject(run.tool) ? run.tool : {};
    const driver = isObject(tool.driver) ? tool.driver : {};
    const name = text(driver.name);
    const version = text(driver.version) ?? text(driver.semanticVersion);
    if (name) {
      const t = version ? `${name} ${version}` : name;
      if (!this.tools.includes(t)) this.tools.push(t);
    }
    if (this.date === null && Array.isArray(run.invocations) && isObject(run.invocations[0])) {
      this.date = isoDate(run.invocations[0].startTimeUtc) ?? isoDate(run.invocations[0].endTimeUtc);
    }
  }

  report(findings: ParsedFinding[]): ParsedReport {
    const toolText = this.tools.length ? this.tools.join(', ') : null;
    return report('sarif', toolText, toolText ? `${toolText} (SARIF)` : 'SARIF log', findings, this.date);
  }
}
