// Shared test setup: every test fails on a console error or an uncaught exception,
// and `checkA11y` runs axe-core with the WCAG 2.2 A/AA rules.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const test = base.extend({
  // Errors the test expects (e.g. a deliberately missing data file) go in here.
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const errors = [];
    const record = (text) => {
      if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
    };
    page.on('console', (msg) => msg.type() === 'error' && record(msg.text()));
    page.on('pageerror', (err) => record(`pageerror: ${err.message}`));
    await use(page);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Opens a route (e.g. '#/hulp') and waits until the app has taken over the shell. */
export async function openApp(page, hash = '', base = '/') {
  await page.goto(`${base}${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

export async function checkA11y(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}
