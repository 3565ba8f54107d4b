'use client';
// The page's locale for client components, so they can pick their wording with
// useMessages(catalog) instead of threading `locale` through every prop.
import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '@/lib/content/types';
import type { MessageCatalog, Messages } from '@/lib/i18n/define-messages';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useMessages<T extends Messages>(catalog: MessageCatalog<T>): T {
  return catalog[useLocale()];
}
