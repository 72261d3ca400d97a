// The Plan view: steps of open findings in fix order, drag (or "Move to") between steps and within
// them, effort ranges with their source, step and plan totals, the critical path, dependency cycles,
// the report's own fix order as a starting plan, reset to generated, and exports.
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import type { HoursRange, PlanItem, PlanStep } from '../../../../shared/plan';
import { useStore } from '../../store';
import { HiddenCharsMarker, VisibleText } from '../visible-text';
import { ExportBar } from './export-bar';
import { usePlan, usePlanChoice, usePlanView } from './plan-store';
import './plan.css';

const h = (n: number) => String(Math.round(n * 100) / 100);
export const hoursText = (r: HoursRange) => (r.minHours === r.maxHours ? `${h(r.minHours)} h` : `${h(r.minHours)}–${h(r.maxHours)} h`);
const SOURCE_LABEL: Record<string, string> = {
  report: 'from the report',
  'severity-group': 'report estimate for its severity group',
  user: 'set by you',
  default: 'default for its severity',
};

const itemKey = (id: number) => `f-${id}`;
const stepKey = (k: number) => `s-${k}`;

function Item({ item, stepIndex, index, steps, critical }: { item: PlanItem; stepIndex: number; index: number; steps: PlanStep[]; critical: boolean }) {
  const move = usePlan((s) => s.move);
  const openDetail = useStore((s) => s.openDetail);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: itemKey(item.findingId), data: { stepIndex, index } });
  const style = { transform: CSS.Transform.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`plan-item${critical ? ' critical-path' : ''}${item.inCycle ? ' in-cycle' : ''}${isDragging ? ' dragging' : ''}`}
      data-testid="plan-item"
      data-ref={item.ref ?? ''}
      data-finding-id={item.findingId}
    >
      <span className="drag-handle" {...attributes} {...listeners} aria-label={`Drag ${item.ref ?? item.title}`} title="Drag to reorder or move to another step">
        ⋮⋮
      </span>
      <span className={`sev sev-${item.severity ?? 'unrated'}`}>{item.severity ?? 'unrated'}</span>
      <button type="button" className="link plan-title" onClick={() => void openDetail(item.findingId)}>
        {item.ref ? (
          <strong>
            <VisibleText text={item.ref} />
          </strong>
        ) : null}{' '}
        <VisibleText text={item.title} />
      </button>
      <span className="plan-badges">
        <HiddenCharsMarker texts={[item.ref, item.title]} />
        {item.blocksDeployment ? <span className="badge blocker">blocks deployment</span> : null}
        {critical ? <span className="badge critical">critical path</span> : null}
        {item.inCycle ? <span className="badge cycle">in a cycle</span> : null}
      </span>
      <span className="effort" title={`Effort ${SOURCE_LABEL[item.effort.source] ?? item.effort.source}`} data-testid="item-effort">
        {hoursText(item.effort)} <small className="effort-source">{item.effort.source}</small>
      </span>
      <select
        aria-label={`Move ${item.ref ?? item.title} to step`}
        className="move-to"
        value={stepIndex}
        onChange={(e) => void move(item.findingId, Number(e.target.value), Number.MAX_SAFE_INTEGER)}
      >
        {steps.map((s, k) => (
          <option key={s.key} value={k}>
            Step {k + 1}: {s.title}
          </option>
        ))}
      </select>
      <span className="order-buttons">
        <button type="button" aria-label={`Move ${item.ref ?? item.title} up`} disabled={index === 0} onClick={() => void move(item.findingId, stepIndex, index - 1)}>
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${item.ref ?? item.title} down`}
          disabled={index === steps[stepIndex].items.length - 1}
          onClick={() => void move(item.findingId, stepIndex, index + 2)}
        >
          ↓
        </button>
      </span>
    </li>
  );
}

function Step({ step, index, steps, criticalIds }: { step: PlanStep; index: number; steps: PlanStep[]; criticalIds: Set<number> }) {
  const { setNodeRef, isOver } = useDroppable({ id: stepKey(index), data: { stepIndex: index, index: step.items.length } });
  return (
    <section className={`plan-step${isOver ? ' over' : ''}`} data-testid="plan-step" aria-label={`Step ${index + 1}: ${step.title}`}>
      <header>
        <h3>
          Step {index + 1}: <VisibleText text={step.title} />
        </h3>
        <span className="step-effort" data-testid="step-effort">
          {hoursText(step.effort)}
          {step.statedEffort ? <small> (the report says {hoursText(step.statedEffort)})</small> : null}
        </span>
      </header>
      <p className="muted">{step.description}</p>
      <SortableContext items={step.items.map((i) => itemKey(i.findingId))} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="plan-items">
          {step.items.map((it, i) => (
            <Item key={it.findingId} item={it} stepIndex={index} index={i} steps={steps} critical={criticalIds.has(it.findingId)} />
          ))}
          {step.items.length === 0 ? <li className="muted empty-step">Drop findings here</li> : null}
        </ol>
      </SortableContext>
      {step.unlinked && step.unlinked.length > 0 ? (
        <ul className="unlinked">
          {step.unlinked.map((u, i) => (
            <li key={i}>
              {u.done ? '☑' : '☐'} <VisibleText text={u.text} /> <small className="muted">(names no finding)</small>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export default function PlanPage() {
  const query = usePlanView();
  const view = query.data ?? null;
  const { source, reportId } = usePlanChoice();
  const error = query.error?.message ?? null;
  const setSource = usePlan((s) => s.setSource);
  const reset = usePlan((s) => s.reset);
  const saveAsManual = usePlan((s) => s.saveAsManual);
  const addStep = usePlan((s) => s.addStep);
  const move = usePlan((s) => s.move);
  const [newStep, setNewStep] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  if (error && !view) return <p className="error banner" role="alert">Could not build the plan: {error}</p>;
  if (!view) return <p className="empty">Planning…</p>;
  const plan = view.plan;
  const criticalIds = new Set(plan.criticalPath.findingIds);
  const names = new Map<number, string>();
  for (const s of plan.steps) for (const it of s.items) names.set(it.findingId, it.ref ?? `#${it.findingId}`);
  const count = plan.steps.reduce((n, s) => n + s.items.length, 0);

  const onDragEnd = (e: DragEndEvent) => {
    const id = Number(String(e.active.id).slice(2));
    const over = e.over?.data.current as { stepIndex: number; index: number } | undefined;
    const from = e.active.data.current as { stepIndex: number; index: number } | undefined;
    if (!over || !from || !Number.isFinite(id)) return;
    if (over.stepIndex === from.stepIndex && over.index === from.index) return;
    // dropping on an item of the same step below it puts it after that item
    const toIndex = over.stepIndex === from.stepIndex && over.index > from.index ? over.index + 1 : over.index;
    void move(id, over.stepIndex, toIndex);
  };

  const sourceValue = source === 'report' ? `report:${reportId ?? view.fixOrderReports[0]?.id ?? ''}` : source;
  return (
    <div className="plan-view" data-testid="plan-view">
      <div className="plan-head">
        <h2>Fix plan</h2>
        <span className="plan-total" data-testid="plan-total">
          {count} open finding{count === 1 ? '' : 's'} · {plan.steps.length} step{plan.steps.length === 1 ? '' : 's'} · total {hoursText(plan.totals)}
        </span>
        <label>
          Start from
          <select
            aria-label="Plan source"
            value={sourceValue}
            onChange={(e) => {
              const v = e.target.value;
              if (v.startsWith('report:')) void setSource('report', Number(v.slice(7)));
              else void setSource(v as 'current' | 'generated');
            }}
          >
            <option value="current">{view.manual ? 'My order' : 'Generated order'}</option>
            {view.manual ? <option value="generated">Generated order (preview)</option> : null}
            {view.fixOrderReports.map((r) => (
              <option key={r.id} value={`report:${r.id}`}>
                Report's fix order: {r.title} ({r.steps} steps)
              </option>
            ))}
          </select>
        </label>
        {source !== 'current' ? (
          <button type="button" onClick={() => void saveAsManual()}>
            Use this order
          </button>
        ) : null}
        {view.manual ? (
          <button type="button" onClick={() => void reset()}>
            Reset to generated
          </button>
        ) : null}
        <span className="plan-kind muted" data-testid="plan-kind">
          {plan.kind === 'manual' ? 'your order (kept across re-planning)' : plan.kind === 'report' ? "the report's fix order" : 'generated'}
        </span>
      </div>
      <ExportBar />
      <p className="muted plan-rule">{plan.rule}</p>
      <p className="critical-path-line" data-testid="critical-path">
        Critical path: {plan.criticalPath.findingIds.length ? plan.criticalPath.findingIds.map((id) => names.get(id) ?? `#${id}`).join(' → ') : 'none'} ({hoursText(plan.criticalPath)})
      </p>
      {plan.warnings.length > 0 ? (
        <ul className="plan-warnings" role="status" data-testid="plan-warnings">
          {plan.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      <DndContext sensors={sensors} collisionDetection={closestCorners} onDragEnd={onDragEnd}>
        {plan.steps.map((s, k) => (
          <Step key={`${s.key}-${k}`} step={s} index={k} steps={plan.steps} criticalIds={criticalIds} />
        ))}
      </DndContext>
      {count === 0 ? <p className="empty">No open findings: nothing to plan.</p> : null}
      <form
        className="add-step"
        onSubmit={(e) => {
          e.preventDefault();
          if (newStep.trim()) void addStep(newStep.trim()).then(() => setNewStep(''));
        }}
      >
        <input aria-label="New step title" placeholder="New step title" value={newStep} onChange={(e) => setNewStep(e.target.value)} maxLength={200} />
        <button type="submit">Add step</button>
      </form>
    </div>
  );
}
