/**
 * Every match of a global expression in `s`, as `[...s.matchAll(re)]` gives them, without the copy of `re`
 * that matchAll constructs on each call (which costs more than the search itself on a short line, and a fresh
 * compile of the expression). Like matchAll, it starts at `re.lastIndex` and leaves it as it was, and refuses an
 * expression that is not global.
 */
export function allMatches(s: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches called with a non-global RegExp argument');
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // (an empty match steps on by one character, by one code point under the u or v flag, as matchAll does)
    if (m[0] === '') re.lastIndex += (re.unicode || re.flags.includes('v')) && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = from;
  return out;
}
