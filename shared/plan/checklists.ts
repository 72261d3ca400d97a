// Deployment-gate checklists: auto-ticking from linked findings, and the gate verdict.
import { isOpen, type ProjectSnapshot, type SnapshotChecklistItem, type SnapshotFinding } from '../snapshot';
import type { Severity } from '../types';

/** An item is auto-ticked when every finding it is linked to is fixed or verified. */
export function isDoneStatus(status: SnapshotFinding['status']): boolean {
  return status === 'fixed' || status === 'verified';
}

/**
 * Returns the items with `checked` recomputed: an item linked to findings (findingIds non-empty)
 * is checked exactly when all its linked findings are fixed/verified — unless the user set it by
 * hand (`manual: true`), which always wins. Items without links keep their state. Links to
 * findings that are not in `findings` count as not done. Does not mutate its input.
 */
export function autoTick(
  items: readonly SnapshotChecklistItem[],
  findings: ReadonlyArray<Pick<SnapshotFinding, 'id' | 'status'>>,
): SnapshotChecklistItem[] {
  const status = new Map(findings.map((f) => [f.id, f.status]));
  return items.map((it) => {
    if (it.manual || it.findingIds.length === 0) return { ...it, findingIds: [...it.findingIds] };
    const done = it.findingIds.every((id) => {
      const s = status.get(id);
      return s !== undefined && isDoneStatus(s);
    });
    return { ...it, findingIds: [...it.findingIds], checked: done };
  });
}

/** The user ticks or unticks an item: it becomes manual, and auto-ticking leaves it alone. */
export function setItemChecked(item: SnapshotChecklistItem, checked: boolean): SnapshotChecklistItem {
  return { ...item, checked, manual: true, findingIds: [...item.findingIds] };
}

/** Hand an item back to auto-ticking (call autoTick afterwards to recompute it). */
export function clearManual(item: SnapshotChecklistItem): SnapshotChecklistItem {
  return { ...item, manual: false, findingIds: [...item.findingIds] };
}

export interface GateItemRef {
  checklistId: number;
  checklistTitle: string;
  itemId: number;
  text: string;
}

export interface GateFinding {
  id: number;
  ref: string | null;
  title: string;
  severity: Severity | null;
}

export interface GateStatus {
  /** unchecked items of gate checklists (after auto-ticking) */
  openGateItems: GateItemRef[];
  /** open / in-progress findings marked as blocking deployment */
  openBlockingFindings: GateFinding[];
  /** open critical findings not marked either way (blocksDeployment null): they hold the gate too */
  openCriticalFindings: GateFinding[];
  gateChecklists: number;
  ready: boolean;
  verdict: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Is the project ready to deploy? Ready = no open finding marked as blocking deployment, no open
 * critical finding that is not explicitly marked as non-blocking, and every gate item checked
 * (gate items linked to findings are auto-ticked first).
 */
export function gateStatus(snapshot: ProjectSnapshot): GateStatus {
  const openGateItems: GateItemRef[] = [];
  let gateChecklists = 0;
  let gateItems = 0;
  for (const c of snapshot.checklists) {
    if (!c.gate) continue;
    gateChecklists++;
    for (const it of autoTick(c.items, snapshot.findings)) {
      gateItems++;
      if (!it.checked) openGateItems.push({ checklistId: c.id, checklistTitle: c.title, itemId: it.id, text: it.text });
    }
  }
  const openBlockingFindings = snapshot.findings
    .filter((f) => f.blocksDeployment === true && isOpen(f.status))
    .map((f) => ({ id: f.id, ref: f.ref, title: f.title, severity: f.severity }));
  const openCriticalFindings = snapshot.findings
    .filter((f) => f.blocksDeployment === null && f.severity === 'critical' && isOpen(f.status))
    .map((f) => ({ id: f.id, ref: f.ref, title: f.title, severity: f.severity }));
  const ready = openGateItems.length === 0 && openBlockingFindings.length === 0 && openCriticalFindings.length === 0;
  let verdict: string;
  if (ready) {
    verdict =
      gateChecklists === 0
        ? 'Ready to deploy: no open finding blocks deployment and no critical finding is open (no gate checklist is defined).'
        : `Ready to deploy: ${plural(gateItems, 'gate item', 'gate items')} checked, no open finding blocks deployment and no critical finding is open.`;
  } else {
    const parts: string[] = [];
    if (openBlockingFindings.length > 0)
      parts.push(`${plural(openBlockingFindings.length, 'open finding blocks', 'open findings block')} deployment`);
    if (openCriticalFindings.length > 0)
      parts.push(
        `${plural(openCriticalFindings.length, openBlockingFindings.length > 0 ? 'other critical finding is' : 'critical finding is', openBlockingFindings.length > 0 ? 'other critical findings are' : 'critical findings are')} open`,
      );
    if (openGateItems.length > 0)
      parts.push(`${plural(openGateItems.length, 'gate checklist item is', 'gate checklist items are')} not checked`);
    verdict = `Not ready to deploy: ${parts.join('; ')}.`;
  }
  return { openGateItems, openBlockingFindings, openCriticalFindings, gateChecklists, ready, verdict };
}
