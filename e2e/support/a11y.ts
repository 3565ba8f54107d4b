// Accessibility and theme helpers for the e2e suite.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the whole page and fails with a readable list of every
 * violation (rule, impact, help, and the offending nodes' selectors).
 */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`,
  );
  expect(report, `axe violations on ${label}`).toEqual([]);
  return results;
}

/** A computed CSS colour as [r, g, b] (0–255), whatever syntax the browser reports (oklch included). */
export async function rgbOf(page: Page, selector: string, property: 'color' | 'background-color' = 'background-color') {
  return page
    .locator(selector)
    .first()
    .evaluate((element, prop) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 1;
      const context = canvas.getContext('2d')!;
      context.fillStyle = getComputedStyle(element).getPropertyValue(prop);
      context.fillRect(0, 0, 1, 1);
      return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
    }, property);
}

/** Relative luminance (0 black … 1 white) of an sRGB colour. */
export function luminance([r, g, b]: number[]) {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function themeControl(page: Page) {
  return page.getByRole('group', { name: 'Theme' });
}
