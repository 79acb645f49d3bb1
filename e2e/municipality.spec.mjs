// One build, several municipalities: ?gemeente=<id> picks data/gemeenten/<id>.json.
import { test, expect, openApp, checkA11y } from './fixtures.mjs';
import { APP_ORIGIN } from './ports.mjs';

// The service worker fetches data/ itself once it controls the page, and the page's
// routes do not see its requests: these tests replace the server's files, so no worker.
test.use({ serviceWorkers: 'block' });

test('Amstelveen: its name, colours, contacts and part of the directory', async ({ page }) => {
  await openApp(page, '#/hulp', '/?gemeente=amstelveen');
  await expect(page.locator('.council')).toHaveText('Amstelveen');
  await expect(page.locator('.council img')).toHaveAttribute('src', 'data/gemeenten/amstelveen.svg');
  // The residents' contact is an invented example and says so; the alliance's real
  // address is shown as the way to contribute, not as help for residents.
  const contact = page.getByRole('heading', { name: 'Contact in Amstelveen' });
  await expect(contact).toBeVisible();
  await expect(page.getByText('Buurtteam Amstelveen (voorbeeld)')).toBeVisible();
  await expect(page.locator('.card').getByText('Voorbeeld', { exact: true })).toHaveCount(1);
  await expect(page.getByText('Bereikbaar: maandag tot en met vrijdag, 9.00 tot 17.00 uur')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wilt u meedoen of iets bijdragen?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'eenzaamheid@amstelveen.nl' })).toHaveAttribute('href', 'mailto:eenzaamheid@amstelveen.nl');
  await checkA11y(page);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await expect(page).toHaveURL(/\?gemeente=amstelveen#\/activiteiten$/);
  await page.getByText('Filteren en sorteren').click();
  await expect(page.getByLabel('Gemeente').locator('option')).toHaveText(['Alle gemeenten', 'Amstelveen']);
  await page.getByRole('searchbox').fill('duinwandeling');
  await expect(page.getByText('Niets gevonden voor “duinwandeling”.')).toBeVisible();
  await page.getByRole('searchbox').fill('luisterlijn');
  await expect(page.getByRole('article').getByRole('heading')).toHaveText(['De Luisterlijn']);
  await expect(page.getByRole('button', { name: 'Taal: Nederlands' })).toHaveCSS('color', 'rgb(0, 88, 122)');
});

test('a demo municipality’s invented contact says "Voorbeeld"', async ({ page }) => {
  await openApp(page, '#/hulp', '/?gemeente=velsen');
  const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Contact in Velsen' }) });
  await expect(card.getByText('Voorbeeld', { exact: true })).toBeVisible();
});

test.describe('an unknown municipality', () => {
  // The missing file is how the app learns that the municipality is unknown.
  test.use({ allowedConsoleErrors: [/404/] });

  test('gets a clear message and the parts that still work', async ({ page }) => {
    await openApp(page, '', '/?gemeente=utrecht');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze gemeente kennen we niet');
    await expect(page).toHaveTitle('Deze gemeente kennen we niet – Samenwijzer');
    await expect(page.getByText('Samenwijzer is niet ingesteld voor de gemeente “utrecht”.')).toBeVisible();
    await checkA11y(page);
    // The self-check and the directory make way for the message too.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze gemeente kennen we niet');
    await page.getByRole('main').getByRole('link', { name: 'Hulp nu' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
    await expect(page.getByRole('link', { name: 'Bel 113' })).toBeVisible();
    await page.goBack();
    await page.getByRole('link', { name: 'Samenwijzer voor alle gemeenten' }).click();
    await expect(page).toHaveURL(`${APP_ORIGIN}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
  });
});

test('an impossible id is not fetched; the message is in the visit’s language', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await openApp(page, '', '/?gemeente=..%2Fconfig&taal=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We do not know this municipality');
  await expect(page.getByText('“../config”')).toBeVisible();
  expect(fetched.filter((u) => u.includes('gemeenten'))).toEqual([]);
});

test.describe('with a broken configuration file', () => {
  test.use({ allowedConsoleErrors: [] });

  test('staff see which file and why', async ({ page }) => {
    await page.route('**/data/gemeenten/velsen.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: '{"schema_version": 1, "id": "velsen", "name": "Velsen", "directory": {"municipalities": ["velsen"]}, "instrument": "phq9"}',
    }));
    await openApp(page, '', '/?gemeente=velsen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze gemeente is nu niet beschikbaar');
    await expect(page).toHaveTitle('Deze gemeente is nu niet beschikbaar – Samenwijzer');
    await expect(page.getByText('De instellingen voor de gemeente “velsen” kunnen nu niet worden geladen.')).toBeVisible();
    await expect(page.getByText(/^Voor de beheerder: data\/gemeenten\/velsen\.json: instrument "phq9" is not one of/)).toBeVisible();
  });
});

test('answers given while the configuration is still loading are kept', async ({ page }) => {
  let release;
  const held = new Promise((done) => { release = done; });
  await page.route('**/data/config.json', async (route) => { await held; await route.continue(); });
  await openApp(page, '#/zelftest?stap=1');
  await page.getByRole('radio', { name: 'ja', exact: true }).check();
  await page.getByRole('link', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vraag 2 van 11');
  release();
  await page.waitForResponse('**/data/config.json');
  await page.getByRole('link', { name: 'Vorige' }).click();
  await expect(page.getByRole('radio', { name: 'ja', exact: true })).toBeChecked();
});

// The mark comes with the configuration, after the app is ready; the header has made
// room for it since the boot script saw `?gemeente=`, so nothing moves under a finger.
for (const size of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
  test(`at ${size.width}×${size.height} the page does not move when the municipality's mark arrives`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => { window.__shifts.push(...list.getEntries().map((e) => e.startTime)); })
        .observe({ type: 'layout-shift', buffered: true });
    });
    // The configuration arrives well after the app has started.
    await page.route('**/data/gemeenten/velsen.json', async (route) => {
      await new Promise((done) => setTimeout(done, 800));
      await route.continue();
    });
    await openApp(page, '', '/?gemeente=velsen');
    const link = page.getByRole('main').getByRole('link', { name: 'Doe de zelftest' });
    const before = await link.boundingBox();
    await expect(page.getByRole('banner').getByText('Velsen', { exact: true })).toBeVisible();
    expect(await link.boundingBox()).toEqual(before);
    const ready = await page.evaluate(() => performance.getEntriesByName('samenwijzer:ready')[0].startTime);
    expect(await page.evaluate((after) => window.__shifts.filter((t) => t >= after), ready)).toEqual([]);
  });
}
