// A lesson: prose on the left, the workbench on the right, resizable (stacked on narrow screens).
// Prerendered for every lesson and locale from .generated/content; nothing here reads the request.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonLayout } from '@/components/layout/lesson-layout';
import { LessonProse } from '@/components/site/lesson-prose';
import { SiteHeader } from '@/components/site/site-header';
import { LazyWorkbench } from '@/components/workbench/lazy-workbench';
import { lessonHref } from '@/lib/content/hrefs';
import { getLesson, getLessonParams, getNeighbours, getParts, isLocale } from '@/lib/content/read-generated';
import { LOCALES, type Locale } from '@/lib/content/types';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { locale: string; part: string; lesson: string };
type Props = { params: Promise<Params> };

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await getLessonParams())
    .filter((p) => p.locale === params.locale)
    .map(({ part, lesson }) => ({ part, lesson }));
}

async function loadLesson(params: Promise<Params>) {
  const { locale, part, lesson } = await params;
  if (!isLocale(locale)) notFound();
  const data = await getLesson(locale, part, lesson);
  if (!data) notFound();
  return data;
}

function alternatesOf(part: string, lesson: string) {
  return Object.fromEntries(LOCALES.map((l) => [l, lessonHref(l, { partSlug: part, lessonSlug: lesson })])) as Record<
    Locale,
    string
  >;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = await loadLesson(params);
  return {
    title: lesson.title,
    description: lesson.summary,
    alternates: {
      canonical: lessonHref(lesson.locale, lesson),
      languages: alternatesOf(lesson.partSlug, lesson.lessonSlug),
    },
  };
}

export default async function LessonPage({ params }: Props) {
  const lesson = await loadLesson(params);
  const part = (await getParts(lesson.locale)).find((p) => p.slug === lesson.partSlug);
  const neighbours = await getNeighbours(lesson.locale, lesson.id);
  return (
    <div className="flex min-h-screen flex-col lg:h-dvh">
      <SiteHeader locale={lesson.locale} alternates={alternatesOf(lesson.partSlug, lesson.lessonSlug)} />
      <main id="main" className="flex-1 lg:min-h-0">
        <LessonLayout
          locale={lesson.locale}
          prose={<LessonProse lesson={lesson} partTitle={part?.title ?? ''} neighbours={neighbours} />}
          workbench={<LazyWorkbench lesson={lesson} />}
        />
      </main>
    </div>
  );
}
