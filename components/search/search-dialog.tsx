'use client';
// The lesson search: a combobox (the input keeps focus; ↑/↓ move through the
// results, Enter opens one, Escape closes) over the locale's search index.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/content/types';
import type { SearchHit } from '@/lib/search/search-engine';
import { ModalDialog } from '../dialog/modal-dialog';
import { searchStrings, type SearchStrings } from './search-strings';
import { useLessonSearch, type SearchState } from './use-lesson-search';

export function SearchDialog({ locale, onClose }: { locale: Locale; onClose: () => void }) {
  const t = searchStrings(locale);
  const state = useLessonSearch(locale);
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => (state.status === 'ready' ? state.search.search(query) : []), [state, query]);
  const activeIndex = hits.length === 0 ? -1 : Math.min(active, hits.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (activeIndex >= 0)
      document.getElementById(`${listId}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listId]);

  const openHit = (hit: SearchHit) => {
    onClose();
    router.push(hit.doc.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (by: number) => hits.length > 0 && setActive((activeIndex + by + hits.length) % hits.length);
    const actions: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Enter: () => activeIndex >= 0 && openHit(hits[activeIndex]),
      Escape: onClose,
    };
    const action = actions[event.key];
    if (!action || event.nativeEvent.isComposing) return; // Enter while composing Korean confirms the syllable
    event.preventDefault();
    action();
  };

  return (
    <ModalDialog
      label={t.dialog}
      onClose={onClose}
      initialFocus={input}
      className="mx-auto mt-[12vh] mb-auto w-[min(40rem,calc(100vw-2rem))] p-0"
    >
      <div className="border-b border-zinc-200 p-3 dark:border-zinc-700">
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label={t.input}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          value={query}
          placeholder={t.placeholder}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base outline-none placeholder:text-zinc-500 focus:border-sky-600 focus:ring-2 focus:ring-sky-600/30 dark:border-zinc-600 dark:bg-zinc-950 dark:placeholder:text-zinc-400"
        />
      </div>
      {hits.length > 0 && (
        <div role="listbox" id={listId} aria-label={t.results} className="max-h-[55vh] overflow-y-auto p-2">
          {hits.map((hit, index) => (
            <a
              key={hit.doc.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              href={hit.doc.href}
              tabIndex={-1}
              onClick={(event) => {
                event.preventDefault();
                openHit(hit);
              }}
              onMouseMove={() => setActive(index)}
              className={`block rounded-md px-3 py-2 ${index === activeIndex ? 'bg-sky-100 dark:bg-sky-900/50' : ''}`}
            >
              <span className="block font-medium">{hit.doc.title}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">{hit.doc.partTitle}</span>
              <span className="mt-1 block text-sm text-zinc-700 dark:text-zinc-300">
                {hit.snippet.before}
                {hit.snippet.match && (
                  <mark className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/60">
                    {hit.snippet.match}
                  </mark>
                )}
                {hit.snippet.after}
              </span>
            </a>
          ))}
        </div>
      )}
      <div className="flex flex-wrap justify-between gap-2 border-t border-zinc-200 px-3 py-2 text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        <p role="status">{statusText(state, query, hits.length, t)}</p>
        <p aria-hidden="true">{t.help}</p>
      </div>
    </ModalDialog>
  );
}

function statusText(state: SearchState, query: string, count: number, t: SearchStrings): string {
  if (state.status === 'loading') return t.loading;
  if (state.status === 'failed') return `${t.unavailable} ${state.message}`;
  if (!query.trim()) return '';
  if (count === 0) return t.noResults.replace('{query}', query.trim());
  return count === 1 ? t.one : t.count.replace('{n}', String(count));
}
