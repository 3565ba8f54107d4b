import { expect, test } from '@playwright/test';
import path from 'node:path';
import {
  FIRST_LESSON,
  editorText,
  openFile,
  openLesson,
  readTree,
  runTests,
  testResults,
  typeIntoEditor,
} from './support/lesson';

const startingFiles = readTree(path.join(FIRST_LESSON.dir, 'files'));
const solutionFiles = readTree(path.join(FIRST_LESSON.dir, 'solution'));
/** Solution files the learner edits (present in files/ and changed by the solution). */
const editedBySolution = Object.keys(solutionFiles).filter((p) => startingFiles[p] !== solutionFiles[p]);

test('home → lesson → Run tests lists the failing tests by name', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: FIRST_LESSON.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSON.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });

  const results = await runTests(page);
  const failed = results.getByRole('listitem').filter({ hasText: /\bfailed\b/ });
  await expect(failed.first()).toBeVisible();
  expect(await failed.count()).toBeGreaterThan(0);
  // Each failing item names a real test from the lesson's frontmatter.
  const names = (await failed.allInnerTexts()).join('\n');
  expect(names).toMatch(/>/);
});

test('editing the files in Monaco → Run tests → all pass', async ({ page }) => {
  await openLesson(page);
  for (const file of editedBySolution) {
    await openFile(page, file);
    await typeIntoEditor(page, solutionFiles[file]);
    await expect.poll(() => editorText(page, file)).toBe(solutionFiles[file]);
  }
  const results = await runTests(page);
  const items = results.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await expect(results.getByRole('listitem').filter({ hasText: /\bfailed\b/ })).toHaveCount(0);
  expect(await items.filter({ hasText: /\bpassed\b/ }).count()).toBeGreaterThan(0);
});

test('"Reset" restores the starting files', async ({ page }) => {
  await openLesson(page);
  const file = editedBySolution[0];
  await openFile(page, file);
  await typeIntoEditor(page, '// scribbled over\n');
  await expect.poll(() => editorText(page, file)).toBe('// scribbled over\n');
  await page.getByRole('button', { name: 'Reset' }).click();
  await confirmIfAsked(page);
  await expect.poll(() => editorText(page, file)).toBe(startingFiles[file]);
});

test('"Show solution" → diff → "Apply solution" lays the solution over the files and its tests pass', async ({
  page,
}) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Show solution' }).click();
  const dialog = page.getByRole('dialog', { name: 'Solution' });
  await dialog.getByRole('button', { name: 'Apply solution' }).click();
  await expect(dialog).toBeHidden();
  for (const file of editedBySolution) {
    await expect.poll(() => editorText(page, file)).toBe(solutionFiles[file]);
  }
  const results = await runTests(page);
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results.getByRole('listitem').filter({ hasText: /\bfailed\b/ })).toHaveCount(0);
});

test('a syntax error is shown with its file and line', async ({ page }) => {
  await openLesson(page);
  const file = editedBySolution[0];
  await openFile(page, file);
  await typeIntoEditor(page, 'export class Broken {\n  method( {\n}\n');
  const results = await runTests(page);
  await expect(results).toContainText(new RegExp(`${file.replace(/\./g, '\\.')}:\\d+`));
});

/** Later issues add a confirmation to destructive buttons; accept it when present. */
async function confirmIfAsked(page: import('@playwright/test').Page) {
  const dialog = page.getByRole('alertdialog');
  if (await dialog.isVisible().catch(() => false))
    await dialog.getByRole('button', { name: /discard|reset|apply|yes/i }).click();
}

test.afterEach(async ({ page }) => {
  // A run must never leave the results region busy.
  await expect(testResults(page)).not.toHaveAttribute('aria-busy', 'true');
});
