// The app in parts: a page loads only what it needs (src/lazy.rs, scripts/build_wasm.py),
// the texts of one language only (i18n/), and nothing goes blank when a part or the
// texts cannot be fetched.
import { test, expect, openApp, checkA11y, chooseLanguage } from './fixtures.mjs';

/** The paths the page requested, from the moment this is called. */
function record(page) {
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

test('the start page and the first statement load no part of the directory or the result', async ({ page }) => {
  const seen = record(page);
  await openApp(page);
  await page.getByRole('link', { name: 'Doe de zelftest' }).first().click();
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await page.getByRole('radio', { name: 'nee', exact: true }).waitFor();
  const wasm = seen.filter((p) => p.endsWith('.wasm'));
  expect(wasm, 'only the main module').toHaveLength(1);
  expect(wasm[0]).toMatch(/samenwijzer-[0-9a-f]{16}_bg\.wasm$/);
  // Only the Dutch texts.
  expect(seen.filter((p) => p.includes('/i18n/'))).toEqual([expect.stringMatching(/\/i18n\/nl-[0-9a-f]{16}\.txt$/)]);
  // Answering the first statement fetches the later steps in the background.
  await page.getByRole('radio', { name: 'nee', exact: true }).check();
  await expect.poll(() => seen.some((p) => /split-zelftest-/.test(p))).toBe(true);
  expect(seen.some((p) => /split-(activiteiten|uitslag)-/.test(p))).toBe(false);
});

test('switching the language fetches that language’s texts only then', async ({ page }) => {
  const seen = record(page);
  await openApp(page, '#/hulp');
  expect(seen.some((p) => /\/i18n\/en-/.test(p))).toBe(false);
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(seen.filter((p) => /\/i18n\/en-/.test(p))).toHaveLength(1);
});

test('a page that is a part brings the texts only the parts show, in the language in use', async ({ page }) => {
  const seen = record(page);
  await openApp(page, '#/over');
  await expect(page.getByRole('heading', { name: 'Bronnen van de handvatten' })).toBeVisible();
  expect(seen.filter((p) => /\/i18n\/nl\.later-[0-9a-f]{16}\.txt$/.test(p))).toHaveLength(1);
  expect(seen.some((p) => /\/i18n\/en/.test(p))).toBe(false);
  // Switching on such a page brings both of the other language's files before it shows.
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { name: 'Sources of the tips' })).toBeVisible();
  expect(seen.filter((p) => /\/i18n\/en-/.test(p))).toHaveLength(1);
  expect(seen.filter((p) => /\/i18n\/en\.later-/.test(p))).toHaveLength(1);
  // And back on a page of the main module, nothing more is needed.
  await page.goto('/#/hulp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
});

test.describe('when a part cannot be fetched', () => {
  // The worker would answer from its copy, past the blocked route.
  test.use({ allowedConsoleErrors: [/Failed to load|ERR_FAILED|fetch|TypeError/i], serviceWorkers: 'block' });

  test('its page says so with the helplines, and trying again works', async ({ page }) => {
    let blocked = true;
    await page.route('**/pkg/split-activiteiten-*.wasm', (route) => (blocked ? route.abort() : route.continue()));
    await openApp(page, '#/activiteiten');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activiteiten en contacten');
    await expect(page.getByRole('alert')).toContainText('Dit deel van Samenwijzer kan nu niet worden geladen.');
    await expect(page.getByRole('link', { name: 'Bel 113' })).toBeVisible();
    await checkA11y(page);
    blocked = false;
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await expect(page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('when the parts\' texts cannot be fetched, the page says so and trying again works', async ({ page }) => {
    let blocked = true;
    await page.route('**/pkg/i18n/nl.later-*.txt', (route) => (blocked ? route.abort() : route.continue()));
    await openApp(page, '#/privacy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
    await expect(page.getByRole('alert')).toContainText('Dit deel van Samenwijzer kan nu niet worden geladen.');
    blocked = false;
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await expect(page.getByRole('button', { name: 'Wis alles' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('without its texts the app says it cannot start, in Dutch and English, with the helplines', async ({ page }) => {
    await page.route('**/pkg/i18n/*.txt', (route) => route.abort());
    await page.goto('/');
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('Samenwijzer kan nu niet starten.');
    await expect(notice).toContainText('Samenwijzer cannot start right now.');
    await expect(notice).toContainText('113');
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  });

  test('a language list that cannot be fetched says so in one line, and trying again opens it', async ({ page }) => {
    let blocked = true;
    await page.route('**/pkg/split-talen-*.wasm', (route) => (blocked ? route.abort() : route.continue()));
    await openApp(page, '#/hulp');
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('button', { name: 'Taal: Nederlands' }).click();
    const panel = page.locator('#talen');
    await expect(panel.getByRole('alert')).toHaveText('Dit deel van Samenwijzer kan nu niet worden geladen. Probeer opnieuw');
    // Quiet: the page's helplines are the page's, not repeated in the header.
    await expect(page.getByRole('banner').getByRole('link', { name: 'Bel 113' })).toHaveCount(0);
    await checkA11y(page);
    blocked = false;
    await panel.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await panel.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
  });

  test('a language whose texts cannot be fetched is not switched to, and that is said', async ({ page }) => {
    await page.route('**/pkg/i18n/en-*.txt', (route) => route.abort());
    await openApp(page, '#/hulp');
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('status').filter({ hasText: 'Deze taal kan nu niet worden geladen.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});
