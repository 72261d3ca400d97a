import { useEffect, useRef, useState } from 'react';
import { useStore } from '../store';

export function SearchBox() {
  const text = useStore((s) => s.filters.text ?? '');
  const setFilters = useStore((s) => s.setFilters);
  const searchTick = useStore((s) => s.searchTick);
  const [value, setValue] = useState(text);
  const [lastText, setLastText] = useState(text);
  const inputRef = useRef<HTMLInputElement>(null);

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
          // at once (issue 17): the board filters the cards it holds by the ids the core answers for
          // the text (findings.ids, a few ms), so there is no answer of cards to wait for per keystroke
          setFilters({ text: v });
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
