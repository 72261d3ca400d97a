import { useEffect, useRef, useState } from 'react';
import { queryClient } from '../api/queries';
import { useStore } from '../store';
import { boardSettings, useBoardFilters } from '../store/board-settings';

/** the board is waiting for the ids of a filter (findings.ids) */
const askingIds = () => queryClient.isFetching({ queryKey: ['findings.ids'] }) > 0;

export function SearchBox() {
  const text = useBoardFilters().text ?? '';
  const setFilters = useStore((s) => s.setFilters);
  const searchTick = useStore((s) => s.searchTick);
  const [value, setValue] = useState(text);
  const [lastText, setLastText] = useState(text);
  const inputRef = useRef<HTMLInputElement>(null);
  /** text typed while the ids of the text before were on their way: asked for once those are in (kept by the input: a change made elsewhere drops it) */
  const waiting = useRef<{ text: string; over: string } | null>(null);

  /** the text this box last put in the filters (what it typed itself is no change made elsewhere) */
  const mine = useRef(text);
  const commit = (v: string) => {
    mine.current = v;
    setFilters({ text: v });
  };

  // follow changes made elsewhere (project switch, clear filters); the box's own commits may come
  // after more was typed (one question on its way at a time, below): they leave what is typed alone
  if (text !== lastText) {
    setLastText(text);
    if (text !== (mine.current.trim() ? mine.current : '') && text !== value.trim()) setValue(text);
  }

  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  // the text typed meanwhile, once the ids asked for before are in (one question on its way at a
  // time: on a busy core the words typed letter by letter do not queue up behind each other)
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe(() => {
        if (waiting.current === null || askingIds()) return;
        const w = waiting.current;
        waiting.current = null;
        // (not when the search was changed elsewhere meanwhile: a project switch, clear filters)
        if ((boardSettings().filters.text ?? '') === w.over) queueMicrotask(() => commitRef.current(w.text));
      }),
    [],
  );

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
          if (askingIds()) waiting.current = { text: v, over: waiting.current?.over ?? boardSettings().filters.text ?? '' };
          else {
            waiting.current = null;
            commit(v);
          }
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
