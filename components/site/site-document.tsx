// The <html> shell shared by both root layouts, with the page's language set on it.
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/content/types';
import { themeScript } from '@/lib/theme/theme';
import { uiStrings } from './ui-strings';

export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    // The <head> script marks <html> with the theme before the first paint, so the
    // server's markup (which cannot know it) differs there on purpose.
    <html lang={locale} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- an App Router root layout writes its own <head>; the rule is for pages/. */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript() }} />
      </head>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900"
        >
          {uiStrings(locale).skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
