'use client';
// The header's theme switch: three native radio buttons (System / Light / Dark)
// in a fieldset named "Theme", so arrow keys, the checked state and the group's
// name all come from the browser. Each (invisible) radio covers its icon, so a
// click lands on it and its focus ring is the button's. The choice is remembered.
import { useId } from 'react';
import { uiStrings } from '@/components/site/ui-strings';
import type { Locale } from '@/lib/content/types';
import { THEME_CHOICES, type ThemeChoice } from '@/lib/theme/theme';
import { setThemeChoice, useThemeChoice } from './use-theme';

const iconProps = {
  'aria-hidden': true,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  className: 'size-4',
} as const;

function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  if (choice === 'light') {
    return (
      <svg {...iconProps}>
        <circle cx="8" cy="8" r="3" />
        <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1" />
      </svg>
    );
  }
  if (choice === 'dark') {
    return (
      <svg {...iconProps}>
        <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7z" />
      </svg>
    );
  }
  return (
    <svg {...iconProps}>
      <rect x="1.75" y="2.75" width="12.5" height="8.5" rx="1" />
      <path d="M5.5 14h5M8 11.25V14" />
    </svg>
  );
}

export function ThemeControl({ locale }: { locale: Locale }) {
  const t = uiStrings(locale);
  const labels: Record<ThemeChoice, string> = { system: t.themeSystem, light: t.themeLight, dark: t.themeDark };
  const choice = useThemeChoice();
  const name = useId();
  return (
    <fieldset className="flex rounded-md border border-zinc-300 p-0.5 dark:border-zinc-700">
      <legend className="sr-only">{t.theme}</legend>
      {THEME_CHOICES.map((option) => (
        <label
          key={option}
          title={labels[option]}
          className="relative grid size-8 place-items-center rounded text-zinc-600 hover:text-zinc-950 has-checked:bg-zinc-200 has-checked:text-zinc-950 dark:text-zinc-400 dark:hover:text-white dark:has-checked:bg-zinc-700 dark:has-checked:text-white"
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={choice === option}
            onChange={() => setThemeChoice(option)}
            className="absolute inset-0 cursor-pointer appearance-none rounded"
          />
          <ThemeIcon choice={option} />
          <span className="sr-only">{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
