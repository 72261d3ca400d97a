import { useState, type FormEvent } from 'react';
import { useStore } from '../store';
import { triage } from '../lib/triage';

export function ReasonDialog() {
  const ids = useStore((s) => s.reasonFor);
  const askReason = useStore((s) => s.askReason);
  const [reason, setReason] = useState('');
  if (!ids) return null;
  const cancel = () => {
    setReason('');
    askReason(null);
    const id = ids[0];
    if (id != null) useStore.getState().focusCard(id, true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    if (!text) return;
    setReason('');
    askReason(null);
    triage(ids[0], { status: 'false_positive' }, text);
  };
  return (
    <div className="modal-backdrop">
      <form className="modal" role="dialog" aria-modal="true" aria-label="False positive" onSubmit={submit}>
        <h2>Why is it a false positive?</h2>
        <label>
          Reason
          <input
            autoFocus
            value={reason}
            maxLength={10000}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') cancel();
            }}
          />
        </label>
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={!reason.trim()}>
            Mark false positive
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
