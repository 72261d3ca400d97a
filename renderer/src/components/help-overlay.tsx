import { useStore } from '../store';

export const KEYS: Array<[string, string]> = [
  ['j / ↓', 'next card in the column'],
  ['k / ↑', 'previous card'],
  ['h / ←, l / →', 'previous / next column'],
  ['Enter', 'open the finding'],
  ['1 – 5', 'severity: critical, high, medium, low, info'],
  ['s', 'cycle status'],
  ['f', 'mark fixed'],
  ['w', "mark won't fix"],
  ['x', 'mark false positive (asks why)'],
  ['a', 'assign to me'],
  ['u', 'unassign'],
  ['Space', 'pick up the card; arrows move it, Space drops, Esc cancels'],
  ['/', 'search'],
  ['z', 'undo the last change'],
  ['Shift+Z', 'redo'],
  ['Esc', 'close the panel'],
  ['?', 'this list'],
];

export function HelpOverlay() {
  const open = useStore((s) => s.helpOpen);
  const setOpen = useStore((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onClick={() => setOpen(false)}>
      <div className="modal" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onClick={(e) => e.stopPropagation()}>
        <header className="modal-head">
          <h2>Keyboard shortcuts</h2>
          <button type="button" onClick={() => setOpen(false)} aria-label="Close shortcuts" autoFocus>
            ×
          </button>
        </header>
        <dl className="keys">
          {KEYS.map(([k, what]) => (
            <div key={k}>
              <dt>
                <kbd>{k}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
