// A broken or missing directory file: a clear message on the directory page, while
// the pages that do not need the data keep working.
import { test, expect, openApp, checkA11y, chooseLanguage } from './fixtures.mjs';

const DATA = '**/data/directory.json';

// The service worker fetches data/ itself once it controls the page, and the page's
// routes do not see its requests: these tests replace the server's files, so no worker.
test.use({ serviceWorkers: 'block' });

/** Answers for data/directory.json as a web server does for a file staff replaced
 *  after the build: with its date, newer than the packs, so the app reads this file
 *  (src/data/directory.rs) whatever the timing. */
function replaced(options) {
  return (route) => route.fulfill({
    contentType: 'application/json',
    ...options,
    headers: { 'last-modified': new Date(Date.now() + 60_000).toUTCString() },
  });
}

test.describe('with a missing directory file', () => {
  test.use({ allowedConsoleErrors: [/404|Failed to load resource/] });

  test('the directory says so, and the help page and self-check still work', async ({ page }) => {
    await page.route(DATA, replaced({ status: 404, body: 'not found' }));
    await openApp(page, '#/activiteiten');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('De lijst met activiteiten kan nu niet worden getoond.');
    await expect(alert).toContainText('HTTP 404');
    await checkA11y(page);
    await page.getByRole('link', { name: 'Hulp nu' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
    await expect(page.getByRole('link', { name: 'Bel 113' })).toHaveAttribute('href', 'tel:113');
    await page.getByRole('link', { name: 'Zelftest' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zelftest: hoe gaat het met u?');
  });

  test('every page that needs the list says so the same way, and "Probeer opnieuw" loads it once it is back', async ({ page }) => {
    await page.route(DATA, replaced({ status: 404, body: 'not found' }));
    await openApp(page, '#/activiteit?id=de-luisterlijn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activiteit');
    await expect(page.getByRole('alert')).toContainText('De lijst met activiteiten kan nu niet worden getoond.');
    await expect(page.getByRole('alert')).toContainText('HTTP 404');
    await checkA11y(page);
    await page.unroute(DATA);
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('De Luisterlijn');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('invalid JSON is reported with line and column, in the chosen language', async ({ page }) => {
  await page.route(DATA, replaced({ body: '{\n  "schema_version": 1,\n  "entries": [ oops ]\n}' }));
  await openApp(page, '#/activiteiten');
  await expect(page.getByRole('alert')).toContainText('line 3, column');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('alert')).toContainText('The list of activities cannot be shown right now.');
});

test('a file of the wrong shape is refused with a clear message', async ({ page }) => {
  await page.route(DATA, replaced({ body: '{"schema_version": 1}' }));
  await openApp(page, '#/activiteiten');
  await expect(page.getByRole('alert')).toContainText('`entries` must be a list');
});

test('bad entries are skipped with a notice while the rest shows', async ({ page }) => {
  await page.route(DATA, replaced({
    body: JSON.stringify({
      schema_version: 1,
      entries: [
        { id: 'ok', name: 'Koffieochtend <script>alert(1)</script>', description: 'Welkom', example: true,
          contact: { website: 'javascript:alert(1)', phone: '0255 000 101' } },
        { id: 'broken' },
        { id: 'also-broken', name: 'x', description: 'y', needs: ['flying'] },
      ],
    }),
  }));
  await openApp(page, '#/activiteiten');
  await expect(page.getByText('2 items konden niet worden getoond.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /activiteit/ })).toHaveText('1 activiteit of contact');
  const card = page.getByRole('article');
  // Markup in data is shown as text, never run; only the safe link became a link.
  await expect(card.getByRole('heading')).toHaveText('Koffieochtend <script>alert(1)</script>');
  await expect(card.getByText('Voorbeeld')).toBeVisible();
  // Two links: the entry's own page, and the phone number; the script URL is dropped.
  await expect(card.getByRole('link')).toHaveCount(2);
  await expect(card.getByRole('link', { name: '0255 000 101' })).toHaveAttribute('href', 'tel:0255000101');
  await expect(card.locator('a[href^="javascript"]')).toHaveCount(0);
  await checkA11y(page);
});
