// The Plan and "Ready to deploy?" views' own store (issue 5): the plan of the current project, the
// gate status and checklists; every action is one contract call. Kept apart from the board's slices.
import { create } from 'zustand';
import type { PlanView } from '../../../../shared/api';
import type { GateStatus, Plan } from '../../../../shared/plan';
import type { SnapshotChecklist } from '../../../../shared/snapshot';
import { api } from '../../api/client';
import { toBase64 } from '../../lib/base64';
import { useStore } from '../../store';

export type PlanSource = 'current' | 'generated' | 'report';
export type ExportFormat = 'md' | 'csv' | 'json' | 'html' | 'sarif';

export interface PlanState {
  view: PlanView | null;
  source: PlanSource;
  reportId: number | null;
  loading: boolean;
  error: string | null;
  gate: GateStatus | null;
  checklists: SnapshotChecklist[];
  load(): Promise<void>;
  setSource(source: PlanSource, reportId?: number | null): Promise<void>;
  /** move a finding to step `toStep` at `toIndex`, and save the result as the manual order */
  move(findingId: number, toStep: number, toIndex: number): Promise<void>;
  addStep(title: string): Promise<void>;
  saveAsManual(): Promise<void>;
  reset(): Promise<void>;
  loadGate(): Promise<void>;
  setItem(itemId: number, checked: boolean | null): Promise<void>;
  editItem(itemId: number, text: string): Promise<void>;
  addItem(checklistId: number, text: string): Promise<void>;
  removeItem(itemId: number): Promise<void>;
  link(itemId: number, findingId: number): Promise<void>;
  unlink(itemId: number, findingId: number): Promise<void>;
  createChecklist(title: string, gate: boolean): Promise<void>;
  setGate(checklistId: number, gate: boolean): Promise<void>;
  exportAs(format: ExportFormat): Promise<void>;
  importJson(file: File): Promise<void>;
}

const projectId = () => useStore.getState().projectId;
const fail = (what: string, message: string) => useStore.getState().toast(`${what}: ${message}`, 'error');

function stepsOf(plan: Plan) {
  return plan.steps.map((s) => ({ title: s.title, findingIds: s.items.map((i) => i.findingId) }));
}

export const usePlan = create<PlanState>()((set, get) => {
  async function saveSteps(steps: Array<{ title: string; findingIds: number[] }>) {
    const pid = projectId();
    if (pid == null) return;
    const r = await api('plan.setManual', { projectId: pid, steps });
    if (projectId() !== pid) return;
    if (r.ok) set({ view: r.value, source: 'current', reportId: null });
    else fail('Could not save the plan', r.error.message);
  }
  async function afterChecklist(r: Awaited<ReturnType<typeof api<'checklists.setItem'>>>, what: string) {
    if (!r.ok) fail(what, r.error.message);
    await get().loadGate();
  }
  return {
    view: null,
    source: 'current',
    reportId: null,
    loading: false,
    error: null,
    gate: null,
    checklists: [],
    async load() {
      const pid = projectId();
      if (pid == null) return;
      const { source, reportId } = get();
      set({ loading: true, error: null });
      const r = await api('plan.get', { projectId: pid, source, ...(source === 'report' && reportId != null ? { reportId } : {}) });
      if (projectId() !== pid) return;
      if (r.ok) set({ view: r.value, loading: false });
      else if (source === 'report' && r.error.code === 'not_found') {
        // another project (or the report was removed): back to the project's own plan
        set({ source: 'current', reportId: null });
        await get().load();
      } else set({ error: r.error.message, loading: false });
    },
    async setSource(source, reportId = null) {
      set({ source, reportId });
      await get().load();
    },
    async move(findingId, toStep, toIndex) {
      const plan = get().view?.plan;
      if (!plan) return;
      const steps = stepsOf(plan);
      for (const s of steps) {
        const at = s.findingIds.indexOf(findingId);
        if (at >= 0) {
          if (s === steps[toStep] && at < toIndex) toIndex--;
          s.findingIds.splice(at, 1);
        }
      }
      const target = steps[toStep];
      if (!target) return;
      target.findingIds.splice(Math.max(0, Math.min(toIndex, target.findingIds.length)), 0, findingId);
      await saveSteps(steps);
    },
    async addStep(title) {
      const plan = get().view?.plan;
      if (!plan) return;
      await saveSteps([...stepsOf(plan), { title, findingIds: [] }]);
    },
    async saveAsManual() {
      const plan = get().view?.plan;
      if (plan) await saveSteps(stepsOf(plan));
    },
    async reset() {
      const pid = projectId();
      if (pid == null) return;
      const r = await api('plan.reset', { projectId: pid });
      if (r.ok) set({ view: r.value, source: 'current', reportId: null });
      else fail('Could not reset the plan', r.error.message);
    },
    async loadGate() {
      const pid = projectId();
      if (pid == null) return;
      const [g, c] = await Promise.all([api('gate.status', { projectId: pid }), api('checklists.list', { projectId: pid })]);
      if (projectId() !== pid) return;
      if (g.ok && c.ok) set({ gate: g.value, checklists: c.value, error: null });
      else set({ error: !g.ok ? g.error.message : !c.ok ? c.error.message : null });
    },
    async setItem(itemId, checked) {
      await afterChecklist(await api('checklists.setItem', { itemId, checked }), 'Could not tick the item');
    },
    async editItem(itemId, text) {
      await afterChecklist(await api('checklists.editItem', { itemId, text }), 'Could not edit the item');
    },
    async addItem(checklistId, text) {
      await afterChecklist(await api('checklists.addItem', { checklistId, text }), 'Could not add the item');
    },
    async removeItem(itemId) {
      await afterChecklist(await api('checklists.removeItem', { itemId }), 'Could not remove the item');
    },
    async link(itemId, findingId) {
      await afterChecklist(await api('checklists.linkFinding', { itemId, findingId }), 'Could not link the finding');
    },
    async unlink(itemId, findingId) {
      await afterChecklist(await api('checklists.unlinkFinding', { itemId, findingId }), 'Could not unlink the finding');
    },
    async createChecklist(title, gate) {
      const pid = projectId();
      if (pid == null) return;
      await afterChecklist(await api('checklists.create', { projectId: pid, title, gate }), 'Could not create the checklist');
    },
    async setGate(checklistId, gate) {
      await afterChecklist(await api('checklists.update', { id: checklistId, gate }), 'Could not change the checklist');
    },
    async exportAs(format) {
      const pid = projectId();
      if (pid == null) return;
      const r = await api('export.render', { projectId: pid, format });
      if (!r.ok) return fail('Could not export', r.error.message);
      const blob = new Blob([r.value.text], { type: r.value.mimeType });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = r.value.fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      useStore.getState().toast(`Exported ${r.value.fileName}`);
    },
    async importJson(file) {
      const base64 = toBase64(await file.arrayBuffer());
      const r = await api('import.json', { base64 });
      if (!r.ok) return fail(`Could not import ${file.name}`, r.error.message);
      const s = useStore.getState();
      await s.loadProjects();
      await s.selectProject(r.value.project.id);
      s.toast(`Imported ${r.value.findings} findings into project "${r.value.project.name}"`);
      await get().load();
    },
  };
});
