// Helpers that drive a lesson page the way a learner does: by role and name.
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const FIRST_LESSON = {
  title: 'Feature modules and dependency injection',
  url: '/en/foundations/feature-modules',
  dir: path.join('content', '01-foundations', '01-feature-modules'),
};

/** Every file under a folder, as workspace-relative path → contents. */
export function readTree(root: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(path.join(root, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(root, rel)).isDirectory()) Object.assign(files, readTree(root, rel));
    else files[rel] = readFileSync(path.join(root, rel), 'utf8');
  }
  return files;
}

/** The workbench's status line: "Runtime: local · ready". */
export function runtimeStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Runtime:' });
}

export function testResults(page: Page) {
  return page.getByRole('region', { name: 'Test results' });
}

/** Clicks "Run tests" and waits until the results region is no longer busy. */
export async function runTests(page: Page) {
  const results = testResults(page);
  await page.getByRole('button', { name: 'Run tests' }).click();
  await expect(results).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  return results;
}

export async function openLesson(page: Page) {
  await page.goto(FIRST_LESSON.url);
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
}

/** Opens a file from the tree, expanding its folders first. */
export async function openFile(page: Page, filePath: string) {
  const tree = page.getByRole('tree');
  const parts = filePath.split('/');
  for (const folder of parts.slice(0, -1)) {
    const item = tree.getByRole('treeitem', { name: folder, exact: true });
    if ((await item.getAttribute('aria-expanded')) === 'false') await item.click();
  }
  await tree
    .getByRole('treeitem', { name: new RegExp(`^${escape(parts.at(-1)!)}`) })
    .first()
    .click();
  await expect(page.getByRole('tab', { name: new RegExp(escape(parts.at(-1)!)), selected: true })).toBeVisible();
}

/**
 * Replaces the open file's text as a learner would: select all, paste. (Typed
 * newlines get Monaco's auto-indent, so typing a whole file would not reproduce it.)
 */
export async function typeIntoEditor(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator('.monaco-editor').first().click();
  // Keys pressed before Monaco holds the focus would go nowhere.
  await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')))).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** The text Monaco holds for a workspace file. */
export async function editorText(page: Page, filePath: string): Promise<string | undefined> {
  return page.evaluate((p) => {
    const monaco = (
      window as unknown as { monaco?: { editor: { getModels(): { uri: { path: string }; getValue(): string }[] } } }
    ).monaco;
    return monaco?.editor
      .getModels()
      .find((m) => m.uri.path === `/${p}`)
      ?.getValue();
  }, filePath);
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
