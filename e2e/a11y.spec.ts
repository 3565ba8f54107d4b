import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { FIRST_LESSON, openLesson, runTests } from './support/lesson';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the home page has no violations', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-theme-choice', 'system');
      await expectNoAxeViolations(page, `/ (${colorScheme})`);
    });

    test('the Korean home page has no violations', async ({ page }) => {
      await page.goto('/ko');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await expectNoAxeViolations(page, `/ko (${colorScheme})`);
    });

    test('a lesson page has no violations, with the workbench loaded and after a run', async ({ page }) => {
      await openLesson(page);
      await expect(page.locator('.monaco-editor').first()).toBeVisible();
      await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /\blight\b/);
      await expectNoAxeViolations(page, `${FIRST_LESSON.url} (${colorScheme}, loaded)`);

      const results = await runTests(page);
      await expect(results.getByRole('listitem').first()).toBeVisible();
      await expect(page.getByTestId('terminal')).not.toBeEmpty();
      await expectNoAxeViolations(page, `${FIRST_LESSON.url} (${colorScheme}, after a run)`);
    });

    test('a lesson page on a phone has no violations', async ({ page }) => {
      // Stacked, the whole page scrolls, so axe sees every line of the prose in place
      // (beside the workbench, prose below the fold sits in a scrolled panel).
      await page.setViewportSize({ width: 375, height: 812 });
      await openLesson(page);
      await expect(page.locator('.monaco-editor').first()).toBeVisible();
      await expectNoAxeViolations(page, `${FIRST_LESSON.url} (${colorScheme}, 375 px)`);
    });
  });
}

test('each language is named in its own language', async ({ page }) => {
  await page.goto('/');
  const korean = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '한국어' });
  await expect(korean).toHaveAttribute('lang', 'ko');
  await expect(korean).toHaveAttribute('hreflang', 'ko');
});

test('every page has a favicon', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toMatch(/image\//);
  await page.goto(FIRST_LESSON.url);
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', href!);
});
