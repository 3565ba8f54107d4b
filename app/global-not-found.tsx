// 404 for any address no page matches. It bypasses the layouts (there are two root
// layouts, one per URL shape), so it brings its own document and styles.
import Link from 'next/link';
import type { Metadata } from 'next';
import { uiStrings } from '@/components/site/ui-strings';
import { themeScript } from '@/lib/theme/theme';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found · Nest Workbook' };

export default function GlobalNotFound() {
  const en = uiStrings('en');
  const ko = uiStrings('ko');
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* The learner's theme, set before the first paint as on every other page. */}
        <script dangerouslySetInnerHTML={{ __html: themeScript() }} />
      </head>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <main id="main" className="mx-auto max-w-xl px-4 py-16">
          <h1 className="text-3xl font-bold tracking-tight">{en.notFoundTitle}</h1>
          <p className="mt-3">{en.notFoundBody}</p>
          <p lang="ko" className="mt-1 text-zinc-700 dark:text-zinc-300">
            {ko.notFoundTitle}. {ko.notFoundBody}
          </p>
          <ul className="mt-6 space-y-2">
            <li>
              <Link href="/" className="font-medium text-blue-700 underline dark:text-blue-300">
                {en.backHome}
              </Link>
            </li>
            <li lang="ko">
              <Link href="/ko" className="font-medium text-blue-700 underline dark:text-blue-300">
                {ko.backHome}
              </Link>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
