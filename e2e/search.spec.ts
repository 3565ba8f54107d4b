import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/a11y';
import { FIRST_LESSON } from './support/lesson';

const SECOND_LESSON = { title: 'Clean Architecture layers', url: '/en/foundations/clean-architecture' };

/** Texts of the built search index: the guard that a test word really is in one lesson only. */
function lessonsWhoseTextHas(locale: 'en' | 'ko', word: string): string[] {
  const index = JSON.parse(readFileSync(`public/generated/search/${locale}.json`, 'utf8')) as {
    docs: { href: string; text: string }[];
  };
  return index.docs.filter((doc) => doc.text.toLowerCase().includes(word.toLowerCase())).map((doc) => doc.href);
}

/**
 * Presses Ctrl/Cmd+K until the search dialog opens: a key pressed before the
 * page has hydrated has no listener yet, and a learner would simply press again.
 */
async function pressSearchShortcut(page: Page) {
  const anySearchDialog = page.getByRole('dialog', { name: /Search lessons|레슨 검색/ });
  await expect(async () => {
    if (!(await anySearchDialog.isVisible())) await page.keyboard.press('ControlOrMeta+K');
    await expect(anySearchDialog).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

function searchDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Search lessons' });
}

async function searchFor(page: Page, word: string) {
  const dialog = searchDialog(page);
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Search lessons' });
  await expect(input).toBeFocused();
  await input.fill(word);
  return dialog;
}

test("Ctrl+K on the home page finds a word of one lesson's prose; Enter opens that lesson", async ({ page }) => {
  expect(lessonsWhoseTextHas('en', 'singleton')).toEqual([FIRST_LESSON.url]);
  await page.goto('/');
  await pressSearchShortcut(page);
  const dialog = await searchFor(page, 'singleton');
  const options = dialog.getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('href', FIRST_LESSON.url);
  await expect(options.first()).toContainText(FIRST_LESSON.title);
  await expect(options.first().locator('mark')).toHaveText('singleton');
  await expect(dialog.getByRole('status')).toHaveText('1 lesson found');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(FIRST_LESSON.url);
  await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSON.title })).toBeVisible();
  await expect(searchDialog(page)).toHaveCount(0);
});

test('Ctrl+K on a lesson page, even while typing in the editor, finds another lesson', async ({ page }) => {
  expect(lessonsWhoseTextHas('en', 'tangled')).toEqual([SECOND_LESSON.url]);
  await page.goto(FIRST_LESSON.url);
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await page.locator('.monaco-editor').first().click();
  await pressSearchShortcut(page);
  const dialog = await searchFor(page, 'tangled');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await expect(dialog.getByRole('option').first()).toHaveAttribute('href', SECOND_LESSON.url);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(SECOND_LESSON.url);
  await expect(page.getByRole('heading', { level: 1, name: SECOND_LESSON.title })).toBeVisible();
});

test('arrow keys move through the results and Enter opens the one selected', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = await searchFor(page, 'module');
  const options = dialog.getByRole('option');
  expect(await options.count()).toBeGreaterThan(2);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  const input = dialog.getByRole('combobox');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(2).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const href = await options.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('Escape closes the dialog and focus returns to the Search button', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  await searchFor(page, 'nothing-matches-this-xyz');
  await expect(searchDialog(page).getByRole('status')).toHaveText('No lesson matches “nothing-matches-this-xyz”.');
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('a Korean page searches the Korean prose and links to Korean pages', async ({ page }) => {
  expect(lessonsWhoseTextHas('ko', '싱글턴')).toEqual(['/ko/foundations/feature-modules']);
  await page.goto('/ko');
  await pressSearchShortcut(page);
  const dialog = page.getByRole('dialog', { name: '레슨 검색' });
  await dialog.getByRole('combobox').fill('싱글턴');
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await expect(dialog.getByRole('option').first()).toHaveAttribute('href', '/ko/foundations/feature-modules');
  await expect(dialog.getByRole('option').first()).toContainText('기능 모듈과 의존성 주입');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search dialog with results passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await pressSearchShortcut(page);
    const dialog = await searchFor(page, 'module');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page, `search dialog (${colorScheme})`);
  });
}
