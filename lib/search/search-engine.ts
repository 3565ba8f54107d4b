// Lesson search in the browser: MiniSearch over titles, summaries and prose,
// and a short snippet of the prose around the first word that matched.
import MiniSearch from 'minisearch';
import type { SearchDoc } from './search-docs';

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export interface SearchHit {
  doc: SearchDoc;
  snippet: Snippet;
}

export interface LessonSearch {
  search(query: string, limit?: number): SearchHit[];
}

const SNIPPET_BEFORE = 50;
const SNIPPET_AFTER = 110;

export function createLessonSearch(docs: SearchDoc[]): LessonSearch {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'summary', 'text'],
    searchOptions: {
      boost: { title: 3, summary: 1.5 },
      // "modul" finds "modules"; Korean words carry particles ("모듈은"), so a prefix finds them too.
      prefix: true,
      // Typos in longer words only: fuzzy short words match nearly everything.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(docs);
  return {
    search(query, limit = 8) {
      if (!query.trim()) return [];
      return index
        .search(query)
        .slice(0, limit)
        .flatMap((result) => {
          const doc = byId.get(String(result.id));
          return doc ? [{ doc, snippet: snippetOf(doc, result.terms) }] : [];
        });
    },
  };
}

/** The prose around the first matched word, cut at word boundaries; the summary when only the title matched. */
export function snippetOf(doc: SearchDoc, terms: string[]): Snippet {
  const lower = doc.text.toLowerCase();
  let at = -1;
  let length = 0;
  for (const term of terms) {
    const found = lower.indexOf(term.toLowerCase());
    if (found !== -1 && (at === -1 || found < at)) [at, length] = [found, term.length];
  }
  if (at === -1) return { before: '', match: '', after: doc.summary };
  const start = wordStart(doc.text, Math.max(0, at - SNIPPET_BEFORE));
  const end = wordEnd(doc.text, Math.min(doc.text.length, at + length + SNIPPET_AFTER));
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  return {
    before: (start > 0 ? '…' : '') + flat(doc.text.slice(start, at)),
    match: doc.text.slice(at, at + length),
    after: flat(doc.text.slice(at + length, end)) + (end < doc.text.length ? '…' : ''),
  };
}

function wordStart(text: string, from: number): number {
  if (from === 0) return 0;
  const space = text.indexOf(' ', from);
  return space === -1 ? from : space + 1;
}

function wordEnd(text: string, to: number): number {
  if (to >= text.length) return text.length;
  const space = text.lastIndexOf(' ', to);
  return space <= 0 ? to : space;
}
