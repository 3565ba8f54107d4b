// Top bar of every page: the way home and the language switcher.
import Link from 'next/link';
import { homeHref } from '@/lib/content/hrefs';
import type { Locale } from '@/lib/content/types';
import { LanguageSwitcher } from './language-switcher';
import { uiStrings } from './ui-strings';

export function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Record<Locale, string> }) {
  const t = uiStrings(locale);
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="flex h-14 items-center justify-between gap-4 px-4">
        <Link href={homeHref(locale)} className="rounded font-semibold tracking-tight">
          {t.siteName}
        </Link>
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
    </header>
  );
}
