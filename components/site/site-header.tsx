// Top bar of every page: the way home, lesson search, the language switcher and the theme control.
import Link from 'next/link';
import { homeHref } from '@/lib/content/hrefs';
import type { Locale } from '@/lib/content/types';
import { ThemeControl } from '@/components/theme/theme-control';
import { SearchLauncher } from '@/components/search/search-launcher';
import { LanguageSwitcher } from './language-switcher';
import { uiStrings } from './ui-strings';

export function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Record<Locale, string> }) {
  const t = uiStrings(locale);
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2">
        <Link href={homeHref(locale)} className="rounded font-semibold tracking-tight">
          {t.siteName}
        </Link>
        <div className="flex items-center gap-3">
          <SearchLauncher locale={locale} />
          <LanguageSwitcher locale={locale} alternates={alternates} />
          <ThemeControl locale={locale} />
        </div>
      </div>
    </header>
  );
}
