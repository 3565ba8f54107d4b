'use client';
// Loads a locale's search index (public/generated/search/<locale>.json) the
// first time the dialog opens, and keeps it for the rest of the visit.
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/content/types';
import { searchIndexUrl, type SearchIndexFile } from '@/lib/search/search-docs';
import { createLessonSearch, type LessonSearch } from '@/lib/search/search-engine';

const loaded = new Map<Locale, Promise<LessonSearch>>();

function loadSearch(locale: Locale): Promise<LessonSearch> {
  let search = loaded.get(locale);
  if (!search) {
    search = fetch(searchIndexUrl(locale)).then(async (response) => {
      if (!response.ok) throw new Error(`the index could not be loaded (HTTP ${response.status})`);
      const index = (await response.json()) as SearchIndexFile;
      return createLessonSearch(index.docs);
    });
    // A failed download is tried again next time the dialog opens.
    search.catch(() => loaded.delete(locale));
    loaded.set(locale, search);
  }
  return search;
}

export type SearchState =
  { status: 'loading' } | { status: 'ready'; search: LessonSearch } | { status: 'failed'; message: string };

export function useLessonSearch(locale: Locale): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    loadSearch(locale).then(
      (search) => active && setState({ status: 'ready', search }),
      (error: unknown) =>
        active && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      active = false;
    };
  }, [locale]);
  return state;
}
