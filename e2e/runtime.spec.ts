import { expect, test } from '@playwright/test';
import { WEBCONTAINER_PORT } from '../playwright.config';
import { FIRST_LESSON, runtimeStatus } from './support/lesson';

test('the lesson page shows that the local runtime is running', async ({ page }) => {
  await page.goto(FIRST_LESSON.url);
  await expect(runtimeStatus(page)).toContainText('Runtime: local · ready', { timeout: 60_000 });
});

test('a WebContainer that cannot boot says why', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${WEBCONTAINER_PORT}${FIRST_LESSON.url}`);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  // Offline, stackblitz.com is unreachable: boot times out (or fails) and the UI says so.
  await expect(runtimeStatus(page)).toContainText('Runtime: none · unavailable', { timeout: 60_000 });
  await expect(
    page.getByText(/WebContainer runtime is unavailable: (its boot timed out|you are offline|it failed to start)/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeDisabled();
  // The prose and the files stay usable.
  await expect(page.getByRole('tree', { name: 'Files' })).toBeVisible();
});

test.describe('runtime API', () => {
  test('rejects a path outside the workspace', async ({ request }) => {
    const created = await request.post('/api/runtime/sessions', {
      data: { lessonId: 'foundations/feature-modules', starter: 'nest', files: { 'src/a.ts': 'export {};\n' } },
    });
    expect(created.status()).toBe(201);
    const { sessionId } = (await created.json()) as { sessionId: string };
    for (const bad of [
      '../../etc/passwd',
      '/etc/passwd',
      'src/../../outside.ts',
      'node_modules/@nestjs/common/index.js',
    ]) {
      const res = await request.put(`/api/runtime/sessions/${sessionId}/files`, { data: { path: bad, contents: 'x' } });
      expect(res.status(), bad).toBe(400);
      // The message names the refused path and says why.
      expect(((await res.json()) as { error: string }).error).toMatch(
        new RegExp(`^Refused path "${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}": .{10,}`),
      );
    }
    await request.delete(`/api/runtime/sessions/${sessionId}`);
  });
});
