import type { Metadata } from 'next';
import type { Locale } from '@/lib/content/types';
import { uiStrings } from './ui-strings';

/** Title template and description shared by every page of a locale. */
export function siteMetadata(locale: Locale): Metadata {
  const t = uiStrings(locale);
  return {
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
  };
}
