import { useState } from 'react';

/** A text/number field saved when it loses focus or on Enter. */
export function CommitField({
  label,
  value,
  type = 'text',
  onCommit,
  multiline = false,
  list,
  placeholder,
}: {
  label: string;
  value: string;
  type?: 'text' | 'number';
  onCommit: (v: string) => void;
  multiline?: boolean;
  /** a datalist's id: values suggested as one types */
  list?: string;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  if (value !== base) {
    setBase(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <label className={multiline ? 'field wide' : 'field'}>
      {label}
      {multiline ? (
        <textarea value={draft} rows={3} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />
      ) : (
        <input
          type={type}
          list={list}
          placeholder={placeholder}
          aria-label={list ? label : undefined}
          min={type === 'number' ? 0 : undefined}
          step={type === 'number' ? 0.5 : undefined}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </label>
  );
}
