// Privacy, proven: the app never contacts another origin. Every request of the page,
// its frames and the service worker is recorded across a whole visit.
import { test, expect } from './fixtures.mjs';
import { APP_ORIGIN as APP, HOST_ORIGIN as HOST } from './ports.mjs';

function record(context) {
  const seen = [];
  context.on('request', (request) => seen.push(request.url()));
  return seen;
}

const origins = (urls) => [...new Set(urls.map((u) => new URL(u).origin))];

test('a full visit requests nothing from any other origin', async ({ page, context }) => {
  const seen = record(context);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  // The service worker's own downloads (the offline copy) are part of the visit.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('link', { name: 'Doe de zelftest' }).click();
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  for (let i = 1; i <= 11; i++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${i} van 11`);
    await page.getByRole('radio', { name: 'ja', exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
  }
  await page.getByRole('checkbox', { name: 'Iemand om mee te praten' }).check();
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  await expect(page.locator('.score__text')).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await page.getByRole('searchbox').fill('wandelen');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp nu' }).click();
  await expect(page.getByRole('link', { name: 'Bel 113' })).toBeVisible();
  await page.goto('/?gemeente=amstelveen#/hulp');
  await expect(page.getByText('eenzaamheid@amstelveen.nl')).toBeVisible();

  expect(seen.length).toBeGreaterThan(10);
  expect(seen.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(seen.some((u) => u.endsWith('/sw.js'))).toBe(true);
  expect(origins(seen)).toEqual([APP]);
});

test('the widget requests nothing beyond the host page and the app', async ({ page, context }) => {
  const seen = record(context);
  await page.goto(`${HOST}/host.html`);
  const frame = page.frameLocator('iframe[title^="Samenwijzer"]');
  await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready');
  await frame.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await expect(frame.getByRole('article').first()).toBeVisible();
  const fromApp = seen.filter((u) => !u.startsWith(HOST));
  expect(fromApp.length).toBeGreaterThan(5);
  expect(origins(seen).sort()).toEqual([APP, HOST].sort());
});
