// axe-core on one part of the page (a dialog, a panel), for features whose
// page-wide check lives elsewhere (a11y.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export async function expectNoAxeViolationsIn(page: Page, selector: string, label: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`,
  );
  expect(report, `axe violations in ${label}`).toEqual([]);
  expect(results.passes.length, `axe found nothing to check in ${label}`).toBeGreaterThan(0);
}
