import { useState, type FormEvent } from 'react';
import { useStore } from '../store';
import { useApi } from '../api/queries';

export function CreateProjectForm({ autoFocus = false, onDone }: { autoFocus?: boolean; onDone?: () => void }) {
  const createProject = useStore((s) => s.createProject);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    const ok = await createProject(name.trim());
    setBusy(false);
    if (ok) {
      setName('');
      onDone?.();
    }
  };
  return (
    <form className="create-project" onSubmit={submit}>
      <label>
        Project name
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus={autoFocus} maxLength={200} placeholder="e.g. Payments API audit" />
      </label>
      <button type="submit" disabled={!name.trim() || busy}>
        Create project
      </button>
      {onDone ? (
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      ) : null}
    </form>
  );
}

export function ProjectSwitcher() {
  const projects = useApi('projects.list', {}).data ?? [];
  const projectId = useStore((s) => s.projectId);
  const selectProject = useStore((s) => s.selectProject);
  const [creating, setCreating] = useState(false);
  if (creating) return <CreateProjectForm autoFocus onDone={() => setCreating(false)} />;
  return (
    <div className="project-switcher">
      <label>
        Project
        <select aria-label="Project" value={projectId ?? ''} onChange={(e) => void selectProject(Number(e.target.value))}>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => setCreating(true)} title="Create a project">
        New project…
      </button>
    </div>
  );
}
