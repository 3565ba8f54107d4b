import { describe, expect, it } from 'vitest';
import { homeHref, lessonHref } from './hrefs';

describe('hrefs', () => {
  it('puts English home at / and every lesson under its locale', () => {
    expect(homeHref('en')).toBe('/');
    expect(homeHref('ko')).toBe('/ko');
    expect(lessonHref('ko', { partSlug: 'foundations', lessonSlug: 'feature-modules' })).toBe('/ko/foundations/feature-modules');
  });
});
