// The valid fixture curriculum (lib/content/fixtures/content) over the real nest starter.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, resolveContentOptions, type ContentBuild } from './build-content';

let build: ContentBuild;
beforeAll(async () => {
  build = await buildContent({ contentDir: 'lib/content/fixtures/content', cacheDir: null });
}, 60_000);

const lesson = (locale: string, id: string) => build.lessons.find((l) => l.locale === locale && l.id === id)!;

describe('buildContent on the fixture curriculum', () => {
  it('has no errors', () => {
    expect(build.errors).toEqual([]);
  });

  it('lists parts and lessons in folder-number order, with numbers dropped from ids', () => {
    expect(build.parts.en.map((part) => [part.slug, part.title, part.lessons.map((l) => l.id)])).toEqual([
      ['foundations', 'Foundations', ['foundations/first-service', 'foundations/feature-modules']],
      ['testing', 'Testing', ['testing/overriding-providers']],
    ]);
    expect(build.parts.ko.map((part) => part.title)).toEqual(['기초', 'Testing']);
  });

  it('lays the lesson files over the starter and keeps the solution apart', () => {
    const first = lesson('en', 'foundations/first-service');
    expect(first.files['src/app.module.ts']).toContain('AppModule');
    expect(first.files['src/greeting/greeting.service.ts']).toContain("return 'Hello, ' + name;");
    expect(Object.keys(first.files)).not.toContain('package-lock.json');
    expect(Object.keys(first.solution).sort()).toEqual(['src/greeting/greeting.constants.ts', 'src/greeting/greeting.service.ts']);
    expect(first).toMatchObject({ starter: 'nest', focus: 'src/greeting/greeting.service.ts', readOnly: ['src/greeting/greeting.service.spec.ts'] });
  });

  it('uses a translation where there is one and says so where there is not', () => {
    const ko = lesson('ko', 'foundations/first-service');
    expect(ko).toMatchObject({ locale: 'ko', translated: true, title: '첫 번째 서비스' });
    expect(ko.tasks.map((task) => task.title)).toEqual(['greet()가 이름을 포함하도록 만드세요', 'Trim spaces around the name']);
    expect(ko.tasks[0].hints).toEqual(['템플릿 리터럴을 사용하세요.']);
    expect(ko.mdxCode).not.toBe(lesson('en', 'foundations/first-service').mdxCode);

    const fallback = lesson('ko', 'foundations/feature-modules');
    expect(fallback).toMatchObject({ locale: 'ko', translated: false, title: 'Feature modules' });
    expect(fallback.mdxCode).toBe(lesson('en', 'foundations/feature-modules').mdxCode);
  });

  it('compiles MDX with highlighted code for both colour schemes', () => {
    const code = lesson('en', 'foundations/first-service').mdxCode;
    expect(code).toContain('--shiki-light');
    expect(code).toContain('--shiki-dark');
    expect(code).toContain('Callout');
  });
});

describe('resolveContentOptions', () => {
  it('reads CONTENT_DIR relative to the root', () => {
    const resolved = resolveContentOptions({ rootDir: '/repo' }, { CONTENT_DIR: 'lib/content/fixtures/content' });
    expect(resolved.contentDir).toBe('/repo/lib/content/fixtures/content');
    expect(resolveContentOptions({ rootDir: '/repo' }, {}).contentDir).toBe('/repo/content');
  });
});
