// The Plan and "Ready to deploy?" views' own store (issue 5): the plan of the current project, the
// gate status and checklists (server data: query hooks); every action is one contract call. Kept
// apart from the board's slices.
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Result } from '../../../../shared/api';
import type { Plan } from '../../../../shared/plan';
import { api } from '../../api/client';
import { cached, keyOf, queryClient, useApi } from '../../api/queries';
import { toBase64 } from '../../lib/base64';
import { useStore } from '../../store';

export type PlanSource = 'current' | 'generated' | 'report';
export type ExportFormat = 'md' | 'csv' | 'json' | 'html' | 'sarif';

/** what the plan view shows for a project */
export interface PlanChoice {
  source: PlanSource;
  reportId: number | null;
}

export interface PlanState {
  /** the source chosen per project (UI state; a project not in here shows its own plan: 'current') */
  choices: Readonly<Record<number, PlanChoice>>;
  /** the current project's plan source */
  setSource(source: PlanSource, reportId?: number | null): void;
  /** move a finding to step `toStep` at `toIndex`, and save the result as the manual order */
  move(findingId: number, toStep: number, toIndex: number): Promise<void>;
  addStep(title: string): Promise<void>;
  saveAsManual(): Promise<void>;
  reset(): Promise<void>;
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

type PlanInput = { projectId: number; source: PlanSource; reportId?: number };
function planInput(pid: number, source: PlanSource, reportId: number | null): PlanInput {
  return source === 'report' && reportId != null ? { projectId: pid, source, reportId } : { projectId: pid, source };
}

const CURRENT: PlanChoice = { source: 'current', reportId: null };
const choiceOf = (choices: PlanState['choices'], pid: number | null): PlanChoice => (pid == null ? CURRENT : (choices[pid] ?? CURRENT));

/** the current project's plan source, for rendering */
export function usePlanChoice(): PlanChoice {
  const pid = useStore((s) => s.projectId);
  return usePlan((s) => choiceOf(s.choices, pid));
}

/** The plan of the current project from the chosen source (fetched again when what it is made of changes). */
export function usePlanView() {
  const pid = useStore((s) => s.projectId);
  const { source, reportId } = usePlanChoice();
  const query = useApi('plan.get', pid == null ? null : planInput(pid, source, reportId), { placeholderData: keepPreviousData });
  const missing = source === 'report' && query.error?.code === 'not_found';
  useEffect(() => {
    // the report was removed: back to the project's own plan
    if (missing) usePlan.getState().setSource('current');
  }, [missing]);
  return query;
}

/** the gate's verdict and the checklists of the current project */
export function useGate() {
  const pid = useStore((s) => s.projectId);
  const gate = useApi('gate.status', pid == null ? null : { projectId: pid });
  const checklists = useApi('checklists.list', pid == null ? null : { projectId: pid });
  return { gate: gate.data ?? null, checklists: checklists.data ?? [], error: (gate.error ?? checklists.error)?.message ?? null };
}

// Every action is one call; what it changed reaches the views through its change event.
export const usePlan = create<PlanState>()((set, get) => {
  const shown = (): Plan | undefined => {
    const pid = projectId();
    if (pid == null) return undefined;
    const { source, reportId } = choiceOf(get().choices, pid);
    return cached('plan.get', planInput(pid, source, reportId))?.plan;
  };
  async function saveSteps(steps: Array<{ title: string; findingIds: number[] }>) {
    const pid = projectId();
    if (pid == null) return;
    const r = await api('plan.setManual', { projectId: pid, steps });
    if (!r.ok) return fail('Could not save the plan', r.error.message);
    queryClient.setQueryData(keyOf('plan.get', planInput(pid, 'current', null)), r.value);
    // the project saved shows its own plan now (whichever project is on screen)
    set({ choices: { ...get().choices, [pid]: CURRENT } });
  }
  const checked = (what: string) => (r: Result<unknown>) => {
    if (!r.ok) fail(what, r.error.message);
  };
  return {
    choices: {},
    setSource(source, reportId = null) {
      const pid = projectId();
      if (pid != null) set({ choices: { ...get().choices, [pid]: { source, reportId } } });
    },
    async move(findingId, toStep, toIndex) {
      const plan = shown();
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
      const plan = shown();
      if (!plan) return;
      await saveSteps([...stepsOf(plan), { title, findingIds: [] }]);
    },
    async saveAsManual() {
      const plan = shown();
      if (plan) await saveSteps(stepsOf(plan));
    },
    async reset() {
      const pid = projectId();
      if (pid == null) return;
      const r = await api('plan.reset', { projectId: pid });
      if (!r.ok) return fail('Could not reset the plan', r.error.message);
      queryClient.setQueryData(keyOf('plan.get', planInput(pid, 'current', null)), r.value);
      set({ choices: { ...get().choices, [pid]: CURRENT } });
    },
    async setItem(itemId, value) {
      checked('Could not tick the item')(await api('checklists.setItem', { itemId, checked: value }));
    },
    async editItem(itemId, text) {
      checked('Could not edit the item')(await api('checklists.editItem', { itemId, text }));
    },
    async addItem(checklistId, text) {
      checked('Could not add the item')(await api('checklists.addItem', { checklistId, text }));
    },
    async removeItem(itemId) {
      checked('Could not remove the item')(await api('checklists.removeItem', { itemId }));
    },
    async link(itemId, findingId) {
      checked('Could not link the finding')(await api('checklists.linkFinding', { itemId, findingId }));
    },
    async unlink(itemId, findingId) {
      checked('Could not unlink the finding')(await api('checklists.unlinkFinding', { itemId, findingId }));
    },
    async createChecklist(title, gate) {
      const pid = projectId();
      if (pid == null) return;
      checked('Could not create the checklist')(await api('checklists.create', { projectId: pid, title, gate }));
    },
    async setGate(checklistId, gate) {
      checked('Could not change the checklist')(await api('checklists.update', { id: checklistId, gate }));
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
      await s.selectProject(r.value.project.id);
      s.toast(`Imported ${r.value.findings} findings into project "${r.value.project.name}"`);
    },
  };
});
