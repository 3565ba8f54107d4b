import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsIn } from './support/axe-part';
import { typeIntoEditor } from './support/lesson';

const LESSON_URL = '/en/foundations/clean-architecture';

async function openApiPanel(page: Page) {
  await page.goto(LESSON_URL);
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Try the API' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Try the API' });
  await expect(panel).toBeVisible();
  return panel;
}

async function applySolution(page: Page) {
  await page.getByRole('button', { name: 'Show solution' }).click();
  const dialog = page.getByRole('dialog', { name: 'Solution' });
  await dialog.getByRole('button', { name: 'Apply solution' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Run tests' })).toBeEnabled({ timeout: 60_000 });
}

test('Start app, send the example POST /users: 201 with the JSON body; a missing route answers 404', async ({
  page,
}) => {
  await openApiPanel(page);
  await applySolution(page);
  const panel = page.getByRole('tabpanel', { name: 'Try the API' });
  await panel.getByRole('button', { name: 'Start app' }).click();
  const status = panel.getByRole('status', { name: 'App status' });
  await expect(status).toHaveText(/Starting the app/);
  await expect(status).toHaveText('App running.', { timeout: 60_000 });
  await expect(panel.getByRole('button', { name: 'Restart app' })).toBeVisible();

  await panel.getByLabel('Example request').selectOption({ label: 'POST /users · Register a user (201)' });
  await expect(panel.getByLabel('Method')).toHaveValue('POST');
  await expect(panel.getByLabel('Path')).toHaveValue('/users');
  await panel.getByRole('button', { name: 'Send request' }).click();
  const response = panel.getByRole('region', { name: 'Response' });
  await expect(response).toContainText('201 Created');
  const body = response.getByLabel('Response body (JSON)');
  await expect(body).toContainText('"email": "ada@example.com"');
  await expect(body).toContainText(/"id": "[^"]+"/);
  await expect(response).toContainText(/in \d+ ms/);
  await response.getByText(/Response headers/).click();
  await expect(response.getByText('content-type')).toBeVisible();

  await expectNoAxeViolationsIn(page, '[data-testid="api-panel"]', 'the Try the API panel with an answer');

  // The same email again is a conflict, mapped by the api layer.
  await panel.getByRole('button', { name: 'Send request' }).click();
  await expect(response).toContainText('409 Conflict');

  await panel.getByLabel('Method').selectOption('GET');
  await panel.getByLabel('JSON body').fill('');
  await panel.getByLabel('Path').fill('/no-such-route');
  await panel.getByRole('button', { name: 'Send request' }).click();
  await expect(response).toContainText('404 Not Found');
  await expect(response.getByLabel('Response body (JSON)')).toContainText('Cannot GET /no-such-route');
});

test('an invalid JSON body is refused with a clear message, and nothing is sent', async ({ page }) => {
  const panel = await openApiPanel(page);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/proxy')) sent.push(request.url());
  });
  await panel.getByLabel('Example request').selectOption({ label: 'POST /users · Register a user (201)' });
  const bodyField = panel.getByLabel('JSON body');
  await bodyField.fill('{ email: "ada@example.com" }');
  await panel.getByRole('button', { name: 'Send request' }).click();
  await expect(panel.getByRole('alert')).toContainText('The body is not valid JSON');
  await expect(bodyField).toHaveAttribute('aria-invalid', 'true');
  // The learner's text is kept to be fixed, not thrown away.
  await expect(bodyField).toHaveValue('{ email: "ada@example.com" }');
  expect(sent).toEqual([]);
  await expectNoAxeViolationsIn(page, '[data-testid="api-panel"]', 'the Try the API panel with an invalid body');
});

test('a compile error stops "Start app" with the compiler output', async ({ page }) => {
  const panel = await openApiPanel(page);
  // Break the file the lesson opens, as a learner might.
  await typeIntoEditor(page, 'export class User {\n  broken(: void {}\n}\n');
  await panel.getByRole('button', { name: 'Start app' }).click();
  const status = panel.getByRole('status', { name: 'App status' });
  await expect(status).toHaveText(/The app could not start: The project did not compile/, { timeout: 60_000 });
  await expect(panel.getByLabel('Start-up output')).toContainText('src/users/domain/user.ts');
});

test('Terminal and Try the API are tabs: the arrow keys switch between them', async ({ page }) => {
  await page.goto(LESSON_URL);
  const terminalTab = page.getByRole('tab', { name: 'Terminal' });
  await expect(terminalTab).toHaveAttribute('aria-selected', 'true');
  await terminalTab.focus();
  await page.keyboard.press('ArrowRight');
  const apiTab = page.getByRole('tab', { name: 'Try the API' });
  await expect(apiTab).toBeFocused();
  await expect(apiTab).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('tabpanel', { name: 'Try the API' }).getByRole('button', { name: 'Start app' }),
  ).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(terminalTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Try the API' })).toBeHidden();
});
