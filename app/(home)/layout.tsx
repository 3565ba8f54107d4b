// Root layout of `/`, the English home page. Pages under /[locale] have their
// own root layout, because <html lang> must follow the locale in the URL.
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site/site-document';
import { siteMetadata } from '@/components/site/site-metadata';
import '../globals.css';

export const metadata = siteMetadata('en');

export default function HomeLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
