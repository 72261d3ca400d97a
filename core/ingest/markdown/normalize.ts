// Conventions writers use that CommonMark reads otherwise, repaired before remark parses the text.
// Lines keep their number and order, so source lines recorded for findings stay right.

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/**
 * "##BUG #2: TUI Logging Not Working": hashes without the space CommonMark wants. Writers mean a
 * heading (the line sits among "## BUG #1: …" headings, and renders as one on some sites), so a
 * line of two to six hashes directly followed by a word, outside fenced code, gets the space. One
 * hash is left alone: "#123" and "#hashtag" open lines of prose.
 */
export function spaceHeadingHashes(text: string): string {
  if (!/^#{2,6}[^\s#]/m.test(text)) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const m = /^(#{2,6})(?=[\p{L}\p{N}*_`[(\p{Extended_Pictographic}])/u.exec(line);
    if (m) lines[i] = `${m[1]} ${line.slice(m[1].length)}`;
  }
  return lines.join('\n');
}
