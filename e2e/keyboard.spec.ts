import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { expectNoAxeViolations } from './support/a11y';
import {
  FIRST_LESSON,
  editorText,
  openFile,
  openLesson,
  readTree,
  testResults,
  typeIntoEditor,
} from './support/lesson';

const startingFiles = readTree(path.join(FIRST_LESSON.dir, 'files'));
const solutionFiles = readTree(path.join(FIRST_LESSON.dir, 'solution'));
const editedBySolution = Object.keys(solutionFiles).filter((p) => startingFiles[p] !== solutionFiles[p]);
/** The file the lesson opens with (its frontmatter's `focus`). */
const FOCUS = 'src/users/users.module.ts';

/** Records whether the page handled (preventDefault) the next Ctrl/Cmd+<key>, before Monaco or anyone sees it. */
async function watchKey(page: Page, key: string) {
  await page.evaluate((k) => {
    const w = window as unknown as { lastKey?: KeyboardEvent };
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key.toLowerCase() === k) w.lastKey = event;
      },
      { capture: true },
    );
  }, key.toLowerCase());
  return () => page.evaluate(() => (window as unknown as { lastKey?: KeyboardEvent }).lastKey?.defaultPrevented);
}

async function expectFinishedRun(page: Page) {
  const results = testResults(page);
  await expect(results.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  return results;
}

async function focusedDescription(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(),
      name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      inEditor: !!el?.closest('.monaco-editor'),
      list: el?.closest('[role=tablist]')?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Presses `key` until the focused element matches, at most `limit` times. */
async function pressUntil(
  page: Page,
  key: string,
  matches: (f: Awaited<ReturnType<typeof focusedDescription>>) => boolean,
  limit = 80,
) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const focused = await focusedDescription(page);
    if (matches(focused)) return focused;
  }
  throw new Error(`focus never reached the element after ${limit} × ${key}`);
}

test("Ctrl+S inside the editor saves the edits and runs the tests (not the browser's Save page)", async ({ page }) => {
  await openLesson(page);
  for (const file of editedBySolution) {
    await openFile(page, file);
    await typeIntoEditor(page, solutionFiles[file]);
  }
  const prevented = await watchKey(page, 's');
  await page.keyboard.press('ControlOrMeta+S');
  const results = await expectFinishedRun(page);
  await expect(results.getByRole('listitem').filter({ hasText: /\bfailed\b/ })).toHaveCount(0);
  expect(
    await results
      .getByRole('listitem')
      .filter({ hasText: /\bpassed\b/ })
      .count(),
  ).toBeGreaterThan(0);
  expect(await prevented()).toBe(true);
  // The editor kept its text (nothing typed into it), and the edits were saved: a reload brings them back.
  const last = editedBySolution.at(-1)!;
  expect(await editorText(page, last)).toBe(solutionFiles[last]);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await openFile(page, last);
  await expect.poll(() => editorText(page, last)).toBe(solutionFiles[last]);
});

test('Ctrl+Enter runs the tests, in the editor (without inserting a line) and elsewhere on the page', async ({
  page,
}) => {
  await openLesson(page);
  const before = startingFiles[FOCUS];
  await expect.poll(() => editorText(page, FOCUS)).toBe(before);
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+Enter');
  const results = await expectFinishedRun(page);
  await expect(
    results
      .getByRole('listitem')
      .filter({ hasText: /\bfailed\b/ })
      .first(),
  ).toBeVisible();
  expect(await editorText(page, FOCUS)).toBe(before);

  // Fix the files, move focus out of the editor, and run again: this run passes.
  for (const file of editedBySolution) {
    await openFile(page, file);
    await typeIntoEditor(page, solutionFiles[file]);
  }
  await page.getByRole('heading', { level: 1 }).click();
  expect((await focusedDescription(page)).inEditor).toBe(false);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(results.getByRole('listitem').filter({ hasText: /\bfailed\b/ })).toHaveCount(0, { timeout: 60_000 });
  await expect(
    results
      .getByRole('listitem')
      .filter({ hasText: /\bpassed\b/ })
      .first(),
  ).toBeVisible();
});

test('the "Keyboard shortcuts" dialog lists every shortcut; Escape closes it and focus returns', async ({ page }) => {
  await openLesson(page);
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const text of [
    'Save your files and run the tests',
    'Run the tests',
    'Search the lessons',
    'Leave the code editor',
    'Tab between moving focus and inserting a tab',
    'In the file tree',
    'In the open-file tabs',
  ]) {
    await expect(dialog).toContainText(text);
  }
  await expect(dialog.locator('kbd', { hasText: /^Ctrl$/ }).first()).toBeVisible();
  await expect(dialog.locator('kbd', { hasText: /^Enter$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'keyboard shortcuts dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();

  // "?" opens it too, except while typing: in the editor it is just a character.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('?');
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => editorText(page, FOCUS)).toContain('?');
});

test('keyboard alone: Tab to the file tree, open a file, switch tabs with arrows, Tab to Run tests, Enter', async ({
  page,
}) => {
  await openLesson(page);
  await page.getByRole('heading', { level: 1 }).click();
  const tree = await pressUntil(page, 'Tab', (f) => f.role === 'treeitem');
  expect(tree.name).toBeTruthy();

  // Down the tree to the next file, and open it with Enter.
  let opened = '';
  for (let i = 0; i < 20 && !opened; i += 1) {
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => ({
      name: document.activeElement?.getAttribute('aria-label') ?? '',
      folder: document.activeElement?.hasAttribute('aria-expanded'),
    }));
    if (!focused.folder && focused.name !== tree.name) opened = focused.name.replace(' (read-only)', '');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: new RegExp(opened.replace(/\./g, '\\.')), selected: true })).toBeVisible();

  // Forward to the open-file tabs; the arrow keys switch between the two open files.
  await pressUntil(page, 'Tab', (f) => f.role === 'tab' && f.list === 'Open files');
  const selectedTab = page.getByRole('tablist', { name: 'Open files' }).getByRole('tab', { selected: true });
  await page.keyboard.press('ArrowLeft');
  await expect(selectedTab).not.toContainText(opened);
  await expect(selectedTab).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(selectedTab).toContainText(opened);

  // Back to the toolbar and run the tests.
  await pressUntil(page, 'Shift+Tab', (f) => f.name === 'Run tests');
  await page.keyboard.press('Enter');
  await expectFinishedRun(page);
});

test('the editor does not trap Tab: Escape then Tab leaves it, and Ctrl+M switches Tab to moving focus', async ({
  page,
}) => {
  await openLesson(page);
  const file = FOCUS;
  const original = startingFiles[file];
  await expect.poll(() => editorText(page, file)).toBe(original);
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Tab'); // in the editor, Tab indents
  expect((await focusedDescription(page)).inEditor).toBe(true);
  await expect.poll(() => editorText(page, file)).not.toBe(original);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect((await focusedDescription(page)).inEditor).toBe(false);

  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Shift+Tab');
  expect((await focusedDescription(page)).inEditor).toBe(false);
});
