// Memoranda, legal opinions and consultants' letters number their paragraphs as an outline:
//   1. **Purpose.** This memo records …
//   5. **Findings.**
//      5.1 **`ci-deployer` binds the runner to `cluster-admin`**
//      - Grade: A
// Markdown reads the outline as one ordered list whose items hold the whole document. Such a list
// is the report's structure, not a list of records: each item becomes a section titled by its bold
// label, and its blocks become the section's content, as if the writer had used headings.
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { plainInline } from './heading';
import { src } from './sections';

/** "5.1 …", "5.1. …": a paragraph numbered under item 5 of the outline */
function subNumbered(text: string, item: ListItem, n: number): boolean {
  const under = new RegExp(`^\\s*(?:\\*\\*|__)?${n}\\.\\d+\\.?\\s`);
  return item.children.some((c) => c.type === 'paragraph' && under.test(src(text, c)));
}

/** the item's bold label ("**Purpose.**"), when the item opens with one */
function label(item: ListItem): Paragraph | null {
  const p = item.children[0];
  if (!p || p.type !== 'paragraph') return null;
  const s = p.children[0];
  return s && s.type === 'strong' ? p : null;
}

/** An ordered list of three or more bold-labelled items, one of them with paragraphs numbered under it. */
function isOutline(text: string, list: List): boolean {
  if (!list.ordered || list.children.length < 3) return false;
  if (!list.children.every((it) => label(it) !== null)) return false;
  const first = list.start ?? 1;
  // short labels name parts of a document ("Purpose.", "Scope.", "Findings."), not records
  if (!list.children.every((it) => plainInline(src(text, label(it)!.children[0])).trim().split(/\s+/).length <= 6)) return false;
  return list.children.some((it, i) => subNumbered(text, it, first + i));
}

function sectionOf(text: string, item: ListItem, depth: number): RootContent[] {
  const p = label(item)!;
  const strong = p.children[0];
  const heading: Heading = {
    type: 'heading',
    depth: depth as Heading['depth'],
    children: [strong],
    position: { start: item.position!.start, end: strong.position!.end },
  };
  const out: RootContent[] = [heading];
  const rest = p.children.slice(1);
  if (rest.some((c) => c.type !== 'text' || c.value.trim())) {
    out.push({ type: 'paragraph', children: rest, position: { start: strong.position!.end, end: p.position!.end } });
  }
  out.push(...(item.children.slice(1) as RootContent[]));
  return out;
}

/** Rewrites, in place, each outline list at the top of the document into sections. */
export function outlineSections(text: string, root: Root): void {
  if (!root.children.some((n) => n.type === 'list' && n.ordered)) return;
  const kids: RootContent[] = [];
  let depth = 1;
  for (const n of root.children) {
    if (n.type === 'heading') depth = n.depth;
    if (n.type === 'list' && isOutline(text, n)) {
      const d = Math.min(depth + 1, 6);
      for (const item of n.children) kids.push(...sectionOf(text, item, d));
    } else kids.push(n);
  }
  root.children = kids;
}
