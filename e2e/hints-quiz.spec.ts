import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { FIRST_LESSON } from './support/lesson';

const CLOCK_TASK = 'Register the clock under the CLOCK token and inject it with @Inject(CLOCK)';

/** The quiz's verdict and explanation, announced through a polite live region. */
function feedback(quiz: Locator) {
  return quiz.locator('[aria-live="polite"]');
}

function proseHints(page: Page) {
  return page.getByRole('group', { name: `Hints: ${CLOCK_TASK}` });
}

function taskListHints(page: Page) {
  return page.getByRole('list', { name: `Hints for: ${CLOCK_TASK}` }).getByRole('listitem');
}

test('hints appear one at a time, in the prose and the task list together, and stay after a reload', async ({
  page,
}) => {
  await page.goto(FIRST_LESSON.url);
  const box = proseHints(page);
  const shown = box.getByRole('listitem');
  await expect(shown).toHaveCount(0);

  await box.getByRole('button', { name: 'Show hint 1 of 3' }).click();
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toContainText('is an interface, so it no longer exists at run time');
  await expect(box.getByRole('button', { name: 'Show hint 1 of 3' })).toHaveCount(0);
  // The workbench's task list offers the same hints and shows the one revealed.
  await expect(taskListHints(page)).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByRole('button', { name: `Show hint 2 of 3 for: ${CLOCK_TASK}` })).toBeVisible();

  // Revealed from the task list: it shows in the prose too.
  await page.getByRole('button', { name: `Show hint 2 of 3 for: ${CLOCK_TASK}` }).click();
  await expect(shown).toHaveCount(2);
  await expect(shown.nth(1)).toContainText('{ provide: CLOCK, useClass: SystemClock }');

  await page.reload();
  await expect(shown).toHaveCount(2);
  await expect(box.getByRole('button', { name: 'Show hint 3 of 3' })).toBeVisible();

  // The last hint: the button goes away, and keyboard focus lands on the new hint instead of being lost.
  await box.getByRole('button', { name: 'Show hint 3 of 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(shown).toHaveCount(3);
  await expect(box.getByRole('button')).toHaveCount(0);
  await expect(shown.nth(2)).toBeFocused();
});

test('revealed hints carry over to the Korean page, in Korean', async ({ page }) => {
  await page.goto(FIRST_LESSON.url);
  await proseHints(page).getByRole('button', { name: 'Show hint 1 of 3' }).click();
  await page.goto('/ko/foundations/feature-modules');
  const box = page.getByRole('group', { name: /^힌트: / });
  await expect(box.getByRole('listitem')).toHaveCount(1);
  await expect(box.getByRole('listitem').first()).toContainText('인터페이스라서 런타임에는 남아 있지 않습니다');
  await expect(box.getByRole('button', { name: '힌트 2/3 보기' })).toBeVisible();
});

test('a quiz scores the answer with its explanation, and remembers it after a reload', async ({ page }) => {
  await page.goto(FIRST_LESSON.url);
  const quiz = page.getByRole('group', { name: /Why can't Nest inject it\?/ });
  const status = feedback(quiz);
  const check = quiz.getByRole('button', { name: 'Check answer' });
  await expect(check).toBeDisabled();

  await quiz.getByRole('radio', { name: /Writing import type/ }).check();
  await check.click();
  await expect(status).toContainText('Not quite.');
  await expect(status).toContainText("silences TypeScript's TS1272 warning");
  // A wrong answer does not give the right one away.
  await expect(quiz).not.toContainText('decorator metadata records');

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toHaveText('');
  await expect(quiz.getByRole('radio', { checked: true })).toHaveCount(0);
  await quiz.getByRole('radio', { name: /no longer exists at run time/ }).check();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(status).toContainText('Correct.');
  await expect(status).toContainText('the decorator metadata records Object for that parameter');
  // Once solved, the other choices say why they were wrong.
  await expect(quiz).toContainText('Exports matter to other modules');

  await page.reload();
  await expect(status).toContainText('Correct.');
  await expect(quiz.getByRole('radio', { name: /no longer exists at run time/ })).toBeChecked();
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a quiz can be answered with the keyboard alone', async ({ page }) => {
  await page.goto(FIRST_LESSON.url);
  const quiz = page.getByRole('group', { name: /What should OrdersModule do\?/ });
  const radios = quiz.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('Space');
  await expect(radios.nth(0)).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(feedback(quiz)).toContainText('Correct.');
  // Focus stays on the same button, which now offers to try again.
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`revealed hints and answered quizzes pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(FIRST_LESSON.url);
    await proseHints(page).getByRole('button', { name: 'Show hint 1 of 3' }).click();
    const wrong = page.getByRole('group', { name: /Why can't Nest inject it\?/ });
    await wrong.getByRole('radio', { name: /Writing import type/ }).check();
    await wrong.getByRole('button', { name: 'Check answer' }).click();
    const right = page.getByRole('group', { name: /What should OrdersModule do\?/ });
    await right.getByRole('radio', { name: /Import `?UsersModule/ }).check();
    await right.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback(wrong)).toContainText('Not quite.');
    await expect(feedback(right)).toContainText('Correct.');
    await expectNoAxeViolations(page, `hints and quizzes (${colorScheme})`);
  });
}
