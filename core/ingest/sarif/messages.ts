// SARIF message objects: text / markdown, or an id looked up in messageStrings, with {n} arguments.
import { isObject, type JsonObject } from '../scanners/common';

export interface Msg {
  text: string;
  markdown: string;
}

const PLACEHOLDER = /\{\{|\}\}|\{(\d+)\}/g;

/** Fills "{0}"-style placeholders ("{{" / "}}" are literal braces). */
export function formatTemplate(template: string, args: unknown): string {
  if (!Array.isArray(args) || template.indexOf('{') < 0) return template;
  return template.replace(PLACEHOLDER, (m, n: string | undefined) => {
    if (n === undefined) return m[0];
    const a = args[Number(n)];
    return a === undefined || a === null ? m : String(a);
  });
}

/**
 * Resolves a message: its own text/markdown, or `id` through the rule's messageStrings and then the
 * tool's globalMessageStrings. Returns null when nothing could be resolved.
 */
export function resolveMessage(
  msg: unknown,
  ruleStrings: JsonObject | null,
  globalStrings: JsonObject | null,
): Msg | null {
  if (!isObject(msg)) return null;
  let t = msg.text;
  let md = msg.markdown;
  const id = msg.id;
  if (typeof t !== 'string' && typeof id === 'string') {
    const ms = (ruleStrings && ruleStrings[id]) ?? (globalStrings && globalStrings[id]);
    if (isObject(ms)) {
      t = ms.text;
      if (typeof md !== 'string') md = ms.markdown;
    }
  }
  let raw: string;
  if (typeof t === 'string') raw = t;
  else if (typeof md === 'string') raw = md;
  else return null;
  const args = msg.arguments;
  const text = formatTemplate(raw, args);
  const markdown = typeof md === 'string' ? formatTemplate(md, args).trim() : text;
  return { text, markdown };
}

/** text/markdown of a multiformatMessageString ({text, markdown}), markdown preferred. */
export function mfString(v: unknown): string | null {
  if (!isObject(v)) return null;
  const s = typeof v.markdown === 'string' && v.markdown.trim() ? v.markdown : v.text;
  return typeof s === 'string' && s.trim() ? s.trim() : null;
}
