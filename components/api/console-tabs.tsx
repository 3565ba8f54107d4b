'use client';
// Terminal and "Try the API" share the lower-right panel as two tabs
// (WAI-ARIA tabs: arrow keys, Home and End move between them). Both stay
// mounted, so the terminal keeps its output and the form its request.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ConsoleTab {
  id: string;
  label: string;
  content: ReactNode;
}

export function ConsoleTabs({ tabs, className = '' }: { tabs: ConsoleTab[]; className?: string }) {
  const [selected, setSelected] = useState(tabs[0]?.id);
  const baseId = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setSelected(tabs[next].id);
    buttons.current[next]?.focus();
  };

  return (
    <div className={`flex min-h-0 flex-col ${className}`}>
      <div
        role="tablist"
        aria-label="Console"
        className="flex shrink-0 gap-1 border-b border-zinc-200 px-2 dark:border-zinc-800"
      >
        {tabs.map((tab, index) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`${baseId}-panel-${tab.id}`}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px border-b-2 px-2 pt-2 pb-1 text-xs font-semibold tracking-wide uppercase ${
                active
                  ? 'border-sky-600 text-zinc-900 dark:text-zinc-100'
                  : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="min-h-0 flex-1 overflow-auto"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
