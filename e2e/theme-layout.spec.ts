import { expect, test, type Page } from '@playwright/test';
import { luminance, rgbOf, themeControl } from './support/a11y';
import { FIRST_LESSON, openLesson } from './support/lesson';

const isDark = async (page: Page, selector: string) => luminance(await rgbOf(page, selector)) < 0.2;

/** The editor as drawn: Monaco's theme class and its background. */
async function expectEditorTheme(page: Page, theme: 'light' | 'dark') {
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 60_000 });
  await expect(editor).toHaveClass(theme === 'dark' ? /\bvs-dark\b/ : /\bvs\b(?!-)/);
  expect(await isDark(page, '.monaco-editor .monaco-editor-background')).toBe(theme === 'dark');
}

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the page, the editor, the terminal and the code samples are dark', async ({ page }) => {
    await openLesson(page);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await isDark(page, 'body')).toBe(true);
    await expectEditorTheme(page, 'dark');
    await expect.poll(() => isDark(page, '[data-testid="terminal"] .xterm-scrollable-element')).toBe(true);
    await expect(themeControl(page).getByRole('radio', { name: 'System' })).toBeChecked();
    // Shiki's dark colours, not its light ones, paint the lesson's code samples.
    const sample = page.locator('[data-rehype-pretty-code-figure] code span[style*="--shiki-dark"]').first();
    const [shown, dark] = await sample.evaluate((el) => [
      getComputedStyle(el).color,
      el.style.getPropertyValue('--shiki-dark'),
    ]);
    expect(await colourEquals(page, shown, dark)).toBe(true);
  });

  test('choosing Light overrides the system, at once and after a reload', async ({ page }) => {
    await openLesson(page);
    await expectEditorTheme(page, 'dark');
    await themeControl(page).getByRole('radio', { name: 'Light' }).check();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    expect(await isDark(page, 'body')).toBe(false);
    await expectEditorTheme(page, 'light');
    await expect.poll(() => isDark(page, '[data-testid="terminal"] .xterm-scrollable-element')).toBe(false);
    const sample = page.locator('[data-rehype-pretty-code-figure] code span[style*="--shiki-light"]').first();
    const [shown, light] = await sample.evaluate((el) => [
      getComputedStyle(el).color,
      el.style.getPropertyValue('--shiki-light'),
    ]);
    expect(await colourEquals(page, shown, light)).toBe(true);

    await page.reload();
    await expect(themeControl(page).getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(await isDark(page, 'body')).toBe(false);
    await expectEditorTheme(page, 'light');

    // Back to System: dark again, with the system.
    await themeControl(page).getByRole('radio', { name: 'System' }).check();
    await expectEditorTheme(page, 'dark');
  });

  test("the chosen theme is painted before any of the app's JavaScript runs (no flash)", async ({ page }) => {
    await page.goto('/');
    await themeControl(page).getByRole('radio', { name: 'Light' }).check();
    // Only the inline <head> script may run: every bundle is blocked.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.reload();
    expect(await isDark(page, 'body')).toBe(false);
    await expect(page.locator('html')).toHaveAttribute('data-theme-choice', 'light');
  });
});

test('the theme control works from the keyboard alone', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const control = themeControl(page);
  await control.getByRole('radio', { name: 'System' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(control.getByRole('radio', { name: 'Light' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(control.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(await isDark(page, 'body')).toBe(true);
});

test('with the theme on System, the page follows a change of the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openLesson(page);
  await expectEditorTheme(page, 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectEditorTheme(page, 'dark');
  expect(await isDark(page, 'body')).toBe(true);
});

test.describe('resizable panels', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('dragging the handle between prose and workbench resizes them, and the size is kept', async ({ page }) => {
    await openLesson(page);
    const prose = page.locator('#lesson-prose');
    const before = (await prose.boundingBox())!.width;
    const handle = page.getByRole('separator', { name: 'Resize the lesson text and the workbench' });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 150, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const after = (await prose.boundingBox())!.width;
    expect(after - before).toBeGreaterThan(120);
    expect(after - before).toBeLessThan(180);

    await page.reload();
    await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
    expect(Math.abs((await prose.boundingBox())!.width - after)).toBeLessThan(4);
  });

  test('the workbench handles move with the keyboard', async ({ page }) => {
    await openLesson(page);
    const files = page.locator('#workbench-files');
    const treeHandle = page.getByRole('separator', { name: 'Resize the file tree' });
    const widthBefore = (await files.boundingBox())!.width;
    const valueBefore = Number(await treeHandle.getAttribute('aria-valuenow'));
    await treeHandle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect((await files.boundingBox())!.width).toBeGreaterThan(widthBefore + 20);
    expect(Number(await treeHandle.getAttribute('aria-valuenow'))).toBeGreaterThan(valueBefore);

    const editorArea = page.locator('#workbench-top');
    const heightBefore = (await editorArea.boundingBox())!.height;
    const rowsHandle = page.getByRole('separator', { name: 'Resize the editor and the results' });
    await rowsHandle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
    expect((await editorArea.boundingBox())!.height).toBeLessThan(heightBefore - 20);
  });
});

test.describe('on a phone (375 × 812)', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the prose fits the screen and reads comfortably', async ({ page }) => {
    await page.goto(FIRST_LESSON.url);
    await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSON.title })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const paragraph = page.locator('article .prose p').first();
    const box = (await paragraph.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(12);
    expect(box.x + box.width).toBeLessThanOrEqual(375 - 12);
    expect(parseFloat(await paragraph.evaluate((p) => getComputedStyle(p).fontSize))).toBeGreaterThanOrEqual(16);
    // The prose column takes the full width, not a squeezed side panel.
    expect((await page.locator('#lesson-prose').boundingBox())!.width).toBe(375);
  });

  test('"Hide editor" collapses the workbench and "Show editor" brings it back', async ({ page }) => {
    await openLesson(page);
    await expect(page.getByRole('button', { name: 'Run tests' })).toBeVisible();
    const hide = page.getByRole('button', { name: 'Hide editor' });
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    const controlled = page.locator(`[id="${await hide.getAttribute('aria-controls')}"]`);
    await expect(controlled).toBeVisible();
    await hide.click();
    const show = page.getByRole('button', { name: 'Show editor' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(controlled).toBeHidden();
    await expect(page.getByRole('button', { name: 'Run tests' })).toBeHidden();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await show.click();
    await expect(page.getByRole('button', { name: 'Run tests' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height + 300);
  });
});

/** Whether two CSS colours (any syntax) are the same once painted. */
async function colourEquals(page: Page, a: string, b: string) {
  return page.evaluate(
    ([x, y]) => {
      const paint = (colour: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 1;
        const context = canvas.getContext('2d')!;
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
        return Array.from(context.getImageData(0, 0, 1, 1).data).join(',');
      };
      return paint(x) === paint(y);
    },
    [a, b],
  );
}
