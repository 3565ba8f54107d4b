import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { expectNoAxeViolationsIn } from './support/axe-part';
import { FIRST_LESSON, editorText, openFile, openLesson, readTree, runTests, typeIntoEditor } from './support/lesson';

const startingFiles = readTree(path.join(FIRST_LESSON.dir, 'files'));
const solutionFiles = readTree(path.join(FIRST_LESSON.dir, 'solution'));
const FILE = 'src/orders/orders.service.ts';
const MY_EDIT = `// My own attempt: keep this line.\n${startingFiles[FILE]}`;
/** A line only the solution has. */
const SOLUTION_LINE = 'constructor(private readonly users: UsersService) {}';

function solutionDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Solution' });
}

async function showDiffOf(page: Page, file: string) {
  await page.getByRole('button', { name: 'Show solution' }).click();
  const dialog = solutionDialog(page);
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole('navigation', { name: 'Files in the solution' })
    .getByRole('button', { name: new RegExp(file) })
    .click();
  return dialog;
}

test('"Show solution" shows my code beside the solution, file by file, and changes nothing', async ({ page }) => {
  await openLesson(page);
  expect(solutionFiles[FILE]).toContain(SOLUTION_LINE);
  await openFile(page, FILE);
  await typeIntoEditor(page, MY_EDIT);
  // One file already solved, to see it marked as such.
  const solved = 'src/audit/audit.module.ts';
  await openFile(page, solved);
  await typeIntoEditor(page, solutionFiles[solved]);

  const dialog = await showDiffOf(page, FILE);
  const files = dialog.getByRole('navigation', { name: 'Files in the solution' }).getByRole('button');
  await expect(files).toHaveCount(Object.keys(solutionFiles).length);
  await expect(files.filter({ hasText: solved })).toContainText('same as yours');
  await expect(files.filter({ hasText: FILE })).toContainText('differs');
  await expect(dialog.getByRole('button', { name: new RegExp(FILE) })).toHaveAttribute('aria-current', 'true');

  // Left: my version; right: the solution's.
  await expect(dialog.locator('.editor.original .view-lines')).toContainText('My own attempt: keep this line.', {
    timeout: 30_000,
  });
  await expect(dialog.locator('.editor.modified .view-lines')).toContainText(SOLUTION_LINE);
  await expect(dialog.locator('.editor.modified .view-lines')).not.toContainText('My own attempt');

  await expectNoAxeViolationsIn(page, 'dialog[open]', 'the solution dialog');

  // The keyboard gets through the read-only diff to the buttons.
  await dialog.locator('.editor.modified textarea').focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Apply solution' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show solution' })).toBeFocused();
  expect(await editorText(page, FILE)).toBe(MY_EDIT);
  await expect(page.getByRole('button', { name: 'Restore my code' })).toHaveCount(0);
});

test('"Apply solution" replaces the code and the tests pass; "Restore my code" brings my edit back', async ({
  page,
}) => {
  await openLesson(page);
  await openFile(page, FILE);
  await typeIntoEditor(page, MY_EDIT);

  const dialog = await showDiffOf(page, FILE);
  await dialog.getByRole('button', { name: 'Apply solution' }).click();
  await expect(dialog).toBeHidden();
  for (const [file, contents] of Object.entries(solutionFiles)) {
    await expect.poll(() => editorText(page, file)).toBe(contents);
  }
  const results = await runTests(page);
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results.getByRole('listitem').filter({ hasText: /\bfailed\b/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Restore my code' }).click();
  await expect.poll(() => editorText(page, FILE)).toBe(MY_EDIT);
  // The other files come back as they were before applying: the starting versions.
  for (const file of Object.keys(solutionFiles).filter((f) => f !== FILE)) {
    expect(await editorText(page, file)).toBe(startingFiles[file]);
  }
  await expect(page.getByRole('button', { name: 'Restore my code' })).toHaveCount(0);
  // The runtime has my code again: the tests fail as they did before.
  const again = await runTests(page);
  await expect(
    again
      .getByRole('listitem')
      .filter({ hasText: /\bfailed\b/ })
      .first(),
  ).toBeVisible();
});

/** What the browser has stored for a lesson in one of the progress database's object stores. */
function stored(page: Page, storeName: string, lessonId: string) {
  return page.evaluate(
    ([name, id]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('nest-workbook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve(undefined);
          }
          const get = db.transaction(name).objectStore(name).get(id);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
          db.close(); // takes effect once the read is done
        };
      }),
    [storeName, lessonId] as const,
  );
}

test('the kept copy survives a reload: "Restore my code" still brings my edit back', async ({ page }) => {
  const lessonId = 'foundations/feature-modules';
  await openLesson(page);
  await openFile(page, FILE);
  await typeIntoEditor(page, MY_EDIT);
  const dialog = await showDiffOf(page, FILE);
  await dialog.getByRole('button', { name: 'Apply solution' }).click();
  await expect.poll(() => editorText(page, FILE)).toBe(solutionFiles[FILE]);
  // Both saved before leaving: the applied solution (as the learner's files) and the kept copy.
  await expect.poll(() => stored(page, 'kept', lessonId)).toMatchObject({ files: { [FILE]: MY_EDIT } });
  await expect
    .poll(
      async () =>
        ((await stored(page, 'work', lessonId)) as { files?: Record<string, string> } | undefined)?.files?.[FILE],
    )
    .toBe(solutionFiles[FILE]);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => editorText(page, FILE)).toBe(solutionFiles[FILE]);
  await page.getByRole('button', { name: 'Restore my code' }).click();
  await expect.poll(() => editorText(page, FILE)).toBe(MY_EDIT);
  await expect.poll(() => stored(page, 'kept', lessonId)).toBeUndefined();
});

test.describe('with the system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the diff is dark like the code editor', async ({ page }) => {
    await openLesson(page);
    const background = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const editorBackground = await background('.monaco-editor .monaco-editor-background');
    const dialog = await showDiffOf(page, FILE);
    await expect(dialog.locator('.editor.modified .view-lines')).toContainText(SOLUTION_LINE);
    expect(await background('dialog[open] .editor.modified .monaco-editor-background')).toBe(editorBackground);
    expect(await background('dialog[open] .editor.original .monaco-editor-background')).toBe(editorBackground);
    expect(editorBackground).toBe('rgb(30, 30, 30)');
  });
});
