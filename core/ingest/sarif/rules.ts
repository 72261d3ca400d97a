// Per-run rule table: tool.driver.rules and tool.extensions[].rules, with per-rule data precomputed once.
import { firstSentence, inlineCode, isObject, joinBlocks, text, type JsonObject } from '../scanners/common';
import { mfString } from './messages';

export interface RuleInfo {
  id: string | null;
  /** title from shortDescription (first sentence), or null */
  title: string | null;
  /** Markdown appended to a result body of this rule: rule line, description, help */
  section: string;
  /** the same without the (often long) help text, for very large logs */
  sectionNoHelp: string;
  /** "\n\n" + section / sectionNoHelp, so a body is one concatenation */
  tail: string;
  tailNoHelp: string;
  /** defaultConfiguration.level */
  level: string | null;
  /** properties["security-severity"] as written, and parsed */
  secSevText: string | null;
  secSev: number | null;
  messageStrings: JsonObject | null;
  /** component (extension) name for rules that come from tool.extensions */
  component: string | null;
}

function parseScore(v: unknown): { text: string | null; value: number | null } {
  if (typeof v === 'number' && Number.isFinite(v)) return { text: String(v), value: v };
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    if (Number.isFinite(n)) return { text: v.trim(), value: n };
  }
  return { text: null, value: null };
}

export function securitySeverity(props: unknown): { text: string | null; value: number | null } {
  return isObject(props) ? parseScore(props['security-severity']) : { text: null, value: null };
}

function ruleInfo(rule: JsonObject, component: string | null): RuleInfo {
  const id = text(rule.id);
  const short = mfString(rule.shortDescription);
  const full = mfString(rule.fullDescription);
  const help = mfString(rule.help);
  const name = text(rule.name);
  const helpUri = text(rule.helpUri);
  const dc = rule.defaultConfiguration;
  const level = isObject(dc) && typeof dc.level === 'string' ? dc.level : null;
  const sec = securitySeverity(rule.properties);

  let head = '**Rule:** ' + (id ? inlineCode(id) : '(unnamed)');
  if (name && name !== id) head += ' ' + name;
  if (component) head += ` (${component})`;
  if (helpUri) head += ` — [documentation](${helpUri})`;
  const desc = full ?? short;
  const section = joinBlocks([head, desc, help && help !== desc ? help : null]);
  const sectionNoHelp = joinBlocks([head, desc]);

  return {
    id,
    title: short ? firstSentence(short, 200) : null,
    section,
    sectionNoHelp,
    tail: '\n\n' + section,
    tailNoHelp: '\n\n' + sectionNoHelp,
    level,
    secSevText: sec.text,
    secSev: sec.value,
    messageStrings: isObject(rule.messageStrings) ? rule.messageStrings : null,
    component,
  };
}

export class RuleTable {
  /** rules of each tool component: [0] = driver, [1 + i] = extensions[i] */
  private readonly components: (RuleInfo | null)[][] = [];
  private readonly byId = new Map<string, RuleInfo>();
  private readonly componentByName = new Map<string, number>();
  readonly globalStrings: JsonObject | null;

  constructor(tool: JsonObject) {
    const driver = isObject(tool.driver) ? tool.driver : {};
    this.globalStrings = isObject(driver.globalMessageStrings) ? driver.globalMessageStrings : null;
    this.add(driver, null);
    if (Array.isArray(tool.extensions)) {
      for (const ext of tool.extensions) {
        if (isObject(ext)) {
          const n = text(ext.name);
          if (n) this.componentByName.set(n, this.components.length);
          this.add(ext, n);
        } else this.components.push([]);
      }
    }
  }

  private add(component: JsonObject, name: string | null): void {
    const list: (RuleInfo | null)[] = [];
    if (Array.isArray(component.rules)) {
      for (const r of component.rules) {
        if (!isObject(r)) {
          list.push(null);
          continue;
        }
        const info = ruleInfo(r, name);
        list.push(info);
        if (info.id && !this.byId.has(info.id)) this.byId.set(info.id, info);
      }
    }
    this.components.push(list);
  }

  /** The rule a result refers to: result.rule {id, index, toolComponent}, ruleIndex, ruleId. */
  lookup(result: JsonObject): RuleInfo | null {
    const ref = result.rule;
    let comp = 0;
    let index: unknown = result.ruleIndex;
    let id: unknown = result.ruleId;
    if (isObject(ref)) {
      if (index === undefined) index = ref.index;
      if (id === undefined) id = ref.id;
      const tc = ref.toolComponent;
      if (isObject(tc)) {
        if (typeof tc.index === 'number') comp = tc.index + 1;
        else if (typeof tc.name === 'string') comp = this.componentByName.get(tc.name) ?? 0;
      }
    }
    if (typeof index === 'number' && index >= 0) {
      const r = this.components[comp]?.[index];
      if (r && (typeof id !== 'string' || r.id === id || (r.id !== null && id.startsWith(r.id + '/')))) return r;
    }
    if (typeof id === 'string') {
      const r = this.byId.get(id);
      if (r) return r;
      // hierarchical ids ("C2001/sub") fall back to their parent rule
      const slash = id.indexOf('/');
      if (slash > 0) return this.byId.get(id.slice(0, slash)) ?? null;
    }
    return null;
  }
}
