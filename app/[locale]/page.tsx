// `/ko` is the Korean home. English lives at `/`, so `/en` sends visitors there.
import { notFound, permanentRedirect } from 'next/navigation';
import { HomePage } from '@/components/site/home-page';
import { homeHref } from '@/lib/content/hrefs';
import { isLocale } from '@/lib/content/read-generated';
import { DEFAULT_LOCALE } from '@/lib/content/types';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { alternates: { canonical: isLocale(locale) ? homeHref(locale) : '/', languages: { en: '/', ko: '/ko' } } };
}

export default async function LocaleHome({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  if (locale === DEFAULT_LOCALE) permanentRedirect(homeHref(DEFAULT_LOCALE));
  return <HomePage locale={locale} />;
}
