// Links to this same page in every locale; the current one is marked, not hidden.
import Link from 'next/link';
import { LOCALES, type Locale } from '@/lib/content/types';
import { LOCALE_NAMES, uiStrings } from './ui-strings';

export function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Record<Locale, string> }) {
  return (
    <nav aria-label={uiStrings(locale).language}>
      <ul className="flex gap-1 text-sm">
        {LOCALES.map((other) => (
          <li key={other}>
            <Link
              href={alternates[other]}
              hrefLang={other}
              lang={other}
              aria-current={other === locale ? 'true' : undefined}
              className="rounded px-2 py-1 text-zinc-700 hover:bg-zinc-100 aria-[current]:font-semibold aria-[current]:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-[current]:text-white"
            >
              {LOCALE_NAMES[other]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
