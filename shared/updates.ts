// How an update by a newer version of a report is told, in the CLI's line and in the app's import
// panel alike: "3 new, 10 gone, 5 moved, 289 unchanged, decisions kept on 12" ("N back" when
// findings marked absent return, "N changed" for text changed in place, "N closed" with closeAbsent).
import type { UpdateCounts } from './api';

export function updateCountsText(c: UpdateCounts): string {
  const parts = [`${c.new} new`];
  if (c.back) parts.push(`${c.back} back`);
  parts.push(`${c.gone} gone`, `${c.moved} moved`);
  if (c.changed) parts.push(`${c.changed} changed`);
  parts.push(`${c.unchanged} unchanged`, `decisions kept on ${c.decisionsKept}`);
  if (c.closed) parts.push(`${c.closed} closed`);
  return parts.join(', ');
}
