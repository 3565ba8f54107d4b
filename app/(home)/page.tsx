import { HomePage } from '@/components/site/home-page';

export const dynamic = 'force-static';

export const metadata = { alternates: { canonical: '/', languages: { en: '/', ko: '/ko' } } };

export default function EnglishHome() {
  return <HomePage locale="en" />;
}
