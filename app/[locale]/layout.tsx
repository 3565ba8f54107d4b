// Root layout of every page under /en and /ko, with <html lang> set from the URL.
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { SiteDocument } from '@/components/site/site-document';
import { siteMetadata } from '@/components/site/site-metadata';
import { isLocale } from '@/lib/content/read-generated';
import { LOCALES } from '@/lib/content/types';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return isLocale(locale) ? siteMetadata(locale) : {};
}

export default async function LocaleLayout({ children, params }: Props & { children: ReactNode }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <SiteDocument locale={locale}>{children}</SiteDocument>;
}
