// Issue 4, items 1 and 2: the learner's work is kept in the browser and their
// progress shows. Each test starts in a fresh browser context (empty IndexedDB).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIRST_LESSON, editorText, openFile, openLesson, readTree, runTests, typeIntoEditor } from './support/lesson';

const startingFiles = readTree(path.join(FIRST_LESSON.dir, 'files'));
const solutionFiles = readTree(path.join(FIRST_LESSON.dir, 'solution'));
const FIRST_ID = 'foundations/feature-modules';
/** The solution for the first two tasks only (the third is the audit clock). */
const USERS_AND_ORDERS = ['src/users/users.module.ts', 'src/orders/orders.service.ts'];
const AUDIT = ['src/audit/audit-log.service.ts', 'src/audit/audit.module.ts'];
const EDITED = 'src/orders/orders.service.ts';
const MY_EDIT = '// my own work in progress\nexport class OrdersService {}\n';

async function typeFiles(
  page: Page,
  files: string[],
  contents: (file: string) => string = (file) => solutionFiles[file],
) {
  for (const file of files) {
    await openFile(page, file);
    await typeIntoEditor(page, contents(file));
    await expect.poll(() => editorText(page, file)).toBe(contents(file));
  }
}

/** The tab strip shows `file` as the open file. */
async function expectOpenFile(page: Page, file: string) {
  await expect(
    page.getByRole('tab', { name: new RegExp(path.basename(file).replace(/\./g, '\\.')), selected: true }),
  ).toBeVisible();
}

test('edits survive a reload, with the file that was open', async ({ page }) => {
  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  // Reload at once: the pending save is flushed when the page is hidden.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expectOpenFile(page, EDITED);
  expect(await editorText(page, EDITED)).toBe(MY_EDIT);
});

test('edits survive switching to another lesson and back', async ({ page }) => {
  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  const pager = page.getByRole('navigation', { name: 'Lesson navigation' });
  await pager.getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(FIRST_LESSON.title);
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await pager.getByRole('link', { name: /Previous/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSON.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expectOpenFile(page, EDITED);
  await expect.poll(() => editorText(page, EDITED)).toBe(MY_EDIT);
});

test('after the server lost its session, a reload sends the saved files to the runtime and the tests pass', async ({
  page,
  request,
}) => {
  const created = page.waitForResponse(
    (r) => r.url().endsWith('/api/runtime/sessions') && r.request().method() === 'POST',
  );
  await openLesson(page);
  const { sessionId } = (await (await created).json()) as { sessionId: string };
  await typeFiles(page, [...USERS_AND_ORDERS, ...AUDIT]);

  // What a server restart amounts to for the browser: its session is gone.
  expect((await request.delete(`/api/runtime/sessions/${sessionId}`)).status()).toBe(204);

  const recreated = page.waitForRequest((r) => r.url().endsWith('/api/runtime/sessions') && r.method() === 'POST');
  await page.reload();
  const sent = (await recreated).postDataJSON() as { files: Record<string, string> };
  for (const file of [...USERS_AND_ORDERS, ...AUDIT]) expect(sent.files[file], file).toBe(solutionFiles[file]);

  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  const results = await runTests(page);
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results.getByRole('listitem').filter({ hasText: /\bfailed\b/ })).toHaveCount(0);
});

test('the edits come from the browser, not the runtime: they are there when no runtime answers', async ({ page }) => {
  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  await page.route('**/api/runtime/**', (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('tree', { name: 'Files' })).toBeVisible({ timeout: 60_000 });
  await expectOpenFile(page, EDITED);
  await expect.poll(() => editorText(page, EDITED), { timeout: 30_000 }).toBe(MY_EDIT);
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeDisabled();
});

test('"Reset" asks first: Escape and Cancel keep the edits, confirming discards them', async ({ page }) => {
  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  const reset = page.getByRole('button', { name: 'Reset' });

  await reset.click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(EDITED);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  expect(await editorText(page, EDITED)).toBe(MY_EDIT);

  await reset.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await editorText(page, EDITED)).toBe(MY_EDIT);

  await reset.click();
  await dialog.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => editorText(page, EDITED)).toBe(startingFiles[EDITED]);
  // The reset is saved too: a reload does not bring the discarded edits back.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => editorText(page, EDITED)).toBe(startingFiles[EDITED]);
});

test('"Reset" with nothing changed does not ask', async ({ page }) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('export downloads a JSON file that imports into another browser', async ({ page, browser }) => {
  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^nest-workbook-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'nest-workbook-progress', version: 1, lastLessonId: FIRST_ID });
  expect(exported.lessons[FIRST_ID].files).toEqual({ [EDITED]: MY_EDIT });
  await expect(page.getByRole('status')).toContainText(/Exported 1 lesson/);

  // A second browser profile: nothing saved until the file is imported.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(fresh.getByRole('link', { name: /^Continue/ })).toHaveCount(0);
  await fresh.getByLabel('Import progress').setInputFiles(file);
  await expect(fresh.getByRole('status')).toContainText(
    /Imported 1 lesson, 0 completed tasks from “nest-workbook-progress-/,
  );
  await fresh.getByRole('link', { name: /^Continue where you left off/ }).click();
  await expect(fresh.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expectOpenFile(fresh, EDITED);
  await expect.poll(() => editorText(fresh, EDITED)).toBe(MY_EDIT);
  await other.close();
});

test('importing over different code asks first: Cancel keeps it, confirming replaces it', async ({ page }) => {
  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  await page.goto('/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = test.info().outputPath('exported.json');
  await (await downloading).saveAs(file);

  const LATER = '// edited after the export\n';
  await page.getByRole('link', { name: /^Continue where you left off/ }).click();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await typeFiles(page, [EDITED], () => LATER);
  await page.goto('/');

  const input = page.getByLabel('Import progress');
  const dialog = page.getByRole('alertdialog', { name: 'Replace your code?' });
  await input.setInputFiles(file);
  await expect(dialog).toContainText(FIRST_LESSON.title);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toContainText('Import cancelled. Nothing was changed.');
  await page.getByRole('link', { name: /^Continue where you left off/ }).click();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => editorText(page, EDITED)).toBe(LATER);

  await page.goto('/');
  await input.setInputFiles(file);
  await dialog.getByRole('button', { name: 'Replace my code' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 1 lesson');

  await page.getByRole('link', { name: /^Continue where you left off/ }).click();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => editorText(page, EDITED)).toBe(MY_EDIT);
});

test('a malformed, a foreign or a newer file is refused with a clear message and changes nothing', async ({ page }) => {
  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  await page.goto('/');
  const input = page.getByLabel('Import progress');
  const alert = page.getByRole('alert').filter({ hasText: /Could not import/ });
  const files = [
    {
      name: 'broken.json',
      text: '{"format": "nest-workbook-progress", "version": 1, "lessons": {',
      says: /not valid JSON/,
    },
    { name: 'package.json', text: '{"name": "my-app", "version": "1.0.0"}', says: /not a Nest Workbook progress file/ },
    {
      name: 'future.json',
      text: JSON.stringify({
        format: 'nest-workbook-progress',
        version: 2,
        exportedAt: new Date().toISOString(),
        lastLessonId: null,
        lessons: {},
      }),
      says: /newer version of Nest Workbook/,
    },
    {
      name: 'damaged.json',
      text: JSON.stringify({
        format: 'nest-workbook-progress',
        version: 1,
        exportedAt: new Date().toISOString(),
        lastLessonId: null,
        lessons: { [FIRST_ID]: { files: 'oops', completedTasks: [] } },
      }),
      says: /damaged \(lessons › foundations\/feature-modules › files/,
    },
  ];
  for (const { name, text, says } of files) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(alert).toContainText(`Could not import “${name}”`);
    await expect(alert).toContainText(says);
    await expect(alert).toContainText('Nothing was changed.');
  }
  await page.getByRole('link', { name: /^Continue where you left off/ }).click();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expect.poll(() => editorText(page, EDITED)).toBe(MY_EDIT);
});

test('completed tasks and lessons show on the home page and in the lesson navigation, and stay ticked', async ({
  page,
}) => {
  await openLesson(page);
  await typeFiles(page, USERS_AND_ORDERS);
  await runTests(page);
  await expect(page.getByRole('heading', { name: /Tasks/ })).toContainText('2 of 3 done');

  await page.goto('/');
  const item = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: FIRST_LESSON.title, exact: true }) });
  await expect(item).toContainText('2 of 3 tasks done');

  await page.goBack();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  // Tasks stay ticked after leaving, before any new run.
  await expect(page.getByRole('heading', { name: /Tasks/ })).toContainText('2 of 3 done');
  await typeFiles(page, AUDIT);
  await runTests(page);
  await expect(page.getByRole('heading', { name: /Tasks/ })).toContainText('3 of 3 done');

  // Breaking the code again does not untick: progress is what was ever achieved.
  await typeFiles(page, [EDITED], () => MY_EDIT);
  await runTests(page);
  await expect(page.getByRole('heading', { name: /Tasks/ })).toContainText('3 of 3 done');

  await page.getByRole('navigation', { name: 'Lesson navigation' }).getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('navigation', { name: 'Lesson navigation' })).toContainText('✓ Completed');

  await page.goto('/');
  await expect(item).toContainText('✓ Completed');
  await expect(page.getByRole('link', { name: FIRST_LESSON.title, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText(
    /1 of \d+ lessons completed · 3 of \d+ tasks done/,
  );
});

test('"Continue where you left off" opens the last lesson with the edited file open', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue/ })).toHaveCount(0);

  await openLesson(page);
  await typeFiles(page, [EDITED], () => MY_EDIT);
  await page.getByRole('link', { name: 'Nest Workbook', exact: true }).click();
  const resume = page.getByRole('link', { name: `Continue where you left off: ${FIRST_LESSON.title}` });
  await resume.click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_LESSON.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await expectOpenFile(page, EDITED);
  await expect.poll(() => editorText(page, EDITED)).toBe(MY_EDIT);
});

test('a browser that cannot store anything says so instead of losing work silently', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await openLesson(page);
  await expect(page.getByRole('alert').filter({ hasText: /your edits are not saved/ })).toContainText(
    'copy your code before you leave',
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'Export progress' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /no storage/ })).toBeVisible();
});

/** axe on the progress UI only (other features have their own checks). */
async function expectAccessible(page: Page, selectors: string[]) {
  let builder = new AxeBuilder({ page });
  for (const selector of selectors) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the progress UI has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openLesson(page);
    await typeFiles(page, USERS_AND_ORDERS);
    await runTests(page);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectAccessible(page, ['dialog[role="alertdialog"]']);
    await page.keyboard.press('Escape');

    await page.goto('/');
    await expect(page.getByText('2 of 3 tasks done')).toBeVisible();
    await page
      .getByLabel('Import progress')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    await expect(page.getByRole('alert').filter({ hasText: /Could not import/ })).toBeVisible();
    await expectAccessible(page, ['main']);
  });
}
