import { useEffect, useRef, useState } from 'react';
import { useStore } from '../store';

export function SearchBox() {
  const text = useStore((s) => s.filters.text ?? '');
  const setFilters = useStore((s) => s.setFilters);
  const searchTick = useStore((s) => s.searchTick);
  const [value, setValue] = useState(text);
  const [lastText, setLastText] = useState(text);
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // follow changes made elsewhere (project switch, clear filters)
  if (text !== lastText) {
    setLastText(text);
    if (text !== value.trim()) setValue(text);
  }

  useEffect(() => {
    if (searchTick > 0) {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }, [searchTick]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <label className="search">
      <span className="visually-hidden">Search findings</span>
      <input
        ref={inputRef}
        type="search"
        aria-label="Search"
        placeholder="Search (/)"
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          setValue(v);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setFilters({ text: v }), 200);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
    </label>
  );
}
