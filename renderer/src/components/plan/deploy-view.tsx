// "Ready to deploy?": the verdict, open blocking findings, open gate items; every checklist with
// items to tick/untick, edit, add, link to findings (auto-ticked when they are all fixed).
import { useState } from 'react';
import type { SnapshotChecklist, SnapshotChecklistItem } from '../../../../shared/snapshot';
import { useStore } from '../../store';
import { useBoardCards } from '../../store/board-data';
import { useGate, usePlan } from './plan-store';
import './plan.css';

function ItemRow({ item }: { item: SnapshotChecklistItem }) {
  const setItem = usePlan((s) => s.setItem);
  const editItem = usePlan((s) => s.editItem);
  const removeItem = usePlan((s) => s.removeItem);
  const link = usePlan((s) => s.link);
  const unlink = usePlan((s) => s.unlink);
  const cards = useBoardCards().data ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const auto = item.findingIds.length > 0 && !item.manual;
  return (
    <li className={`check-item${item.checked ? ' checked' : ''}`} data-testid="checklist-item">
      <label>
        <input type="checkbox" checked={item.checked} onChange={(e) => void setItem(item.id, e.target.checked)} aria-label={item.text} />
        {editing === null ? <span className="check-text">{item.text}</span> : null}
      </label>
      {editing !== null ? (
        <form
          className="inline-edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (editing.trim()) void editItem(item.id, editing.trim()).then(() => setEditing(null));
          }}
        >
          <input aria-label="Item text" value={editing} onChange={(e) => setEditing(e.target.value)} autoFocus maxLength={2000} />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      ) : null}
      {auto ? <span className="badge auto" title="Ticks itself when every linked finding is fixed or verified">auto</span> : null}
      {item.manual && item.findingIds.length > 0 ? (
        <button type="button" className="link" onClick={() => void setItem(item.id, null)} title="Let the linked findings decide again">
          back to auto
        </button>
      ) : null}
      <span className="links">
        {item.findingIds.map((fid) => {
          const c = byId.get(fid);
          return (
            <span key={fid} className="chip">
              {c ? `${c.ref ?? `#${fid}`} (${c.status.replace('_', ' ')})` : `#${fid}`}
              <button type="button" aria-label={`Unlink ${c?.ref ?? fid}`} onClick={() => void unlink(item.id, fid)}>
                ×
              </button>
            </span>
          );
        })}
        <select aria-label={`Link a finding to "${item.text}"`} value="" onChange={(e) => e.target.value && void link(item.id, Number(e.target.value))}>
          <option value="">Link finding…</option>
          {cards
            .filter((c) => !item.findingIds.includes(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.ref ? `${c.ref}: ` : ''}
                {c.title.slice(0, 80)}
              </option>
            ))}
        </select>
      </span>
      {editing === null ? (
        <button type="button" className="link" onClick={() => setEditing(item.text)}>
          Edit
        </button>
      ) : null}
      <button type="button" className="link" aria-label={`Remove "${item.text}"`} onClick={() => void removeItem(item.id)}>
        Remove
      </button>
    </li>
  );
}

function Checklist({ list }: { list: SnapshotChecklist }) {
  const addItem = usePlan((s) => s.addItem);
  const setGate = usePlan((s) => s.setGate);
  const [text, setText] = useState('');
  const open = list.items.filter((i) => !i.checked).length;
  return (
    <section className="checklist" data-testid="checklist" aria-label={list.title}>
      <header>
        <h3>{list.title}</h3>
        <span className="muted">
          {list.items.length - open}/{list.items.length} checked
        </span>
        <label>
          <input type="checkbox" checked={list.gate} onChange={(e) => void setGate(list.id, e.target.checked)} /> deployment gate
        </label>
      </header>
      <ul>
        {list.items.map((it) => (
          <ItemRow key={it.id} item={it} />
        ))}
      </ul>
      <form
        className="add-item"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void addItem(list.id, text.trim()).then(() => setText(''));
        }}
      >
        <input aria-label={`New item for ${list.title}`} placeholder="New item" value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />
        <button type="submit">Add item</button>
      </form>
    </section>
  );
}

export default function DeployPage() {
  const { gate, checklists, error } = useGate();
  const createChecklist = usePlan((s) => s.createChecklist);
  const openDetail = useStore((s) => s.openDetail);
  const [title, setTitle] = useState('');
  const [asGate, setAsGate] = useState(true);

  if (!gate) return error ? <p className="error banner">{error}</p> : <p className="empty">Checking…</p>;
  return (
    <div className="deploy-view" data-testid="deploy-view">
      <h2>Ready to deploy?</h2>
      <p className={`verdict ${gate.ready ? 'ready' : 'not-ready'}`} data-testid="gate-verdict" role="status">
        {gate.verdict}
      </p>
      <div className="gate-columns">
        <section aria-label="Open blocking findings">
          <h3>
            Open blocking findings <span data-testid="open-blockers-count">{gate.openBlockingFindings.length + gate.openCriticalFindings.length}</span>
          </h3>
          <ul>
            {[...gate.openBlockingFindings, ...gate.openCriticalFindings].map((f) => (
              <li key={f.id}>
                <span className={`sev sev-${f.severity ?? 'unrated'}`}>{f.severity ?? 'unrated'}</span>{' '}
                <button type="button" className="link" onClick={() => void openDetail(f.id)}>
                  {f.ref ? <strong>{f.ref}</strong> : null} {f.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Open gate items">
          <h3>
            Open gate items <span data-testid="open-gate-count">{gate.openGateItems.length}</span>
          </h3>
          <ul>
            {gate.openGateItems.map((i) => (
              <li key={i.itemId}>
                {i.text} <small className="muted">({i.checklistTitle})</small>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <h2>Checklists</h2>
      {checklists.map((c) => (
        <Checklist key={c.id} list={c} />
      ))}
      <form
        className="add-checklist"
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) void createChecklist(title.trim(), asGate).then(() => setTitle(''));
        }}
      >
        <input aria-label="New checklist title" placeholder="New checklist" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        <label>
          <input type="checkbox" checked={asGate} onChange={(e) => setAsGate(e.target.checked)} /> deployment gate
        </label>
        <button type="submit">Create checklist</button>
      </form>
    </div>
  );
}
