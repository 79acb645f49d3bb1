// The widget on a council's page: demo/host.html, served from another origin (another
// port, see e2e/ports.mjs), loads widget.js from the app's origin.
import { test, expect, checkA11y, addWidget, holdUntilRequested } from './fixtures.mjs';
import { APP_ORIGIN, HOST_ORIGIN } from './ports.mjs';

const HOST = `${HOST_ORIGIN}/host.html`;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const FRAME = 'iframe[title^="Samenwijzer"]';

async function openHost(page) {
  await page.goto(HOST);
  const frame = page.frameLocator(FRAME);
  await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready');
  return frame;
}

const frameHeight = (page) => page.locator(FRAME).evaluate((el) => el.getBoundingClientRect().height);

test('renders the app with the municipality, the start page and the host’s theme', async ({ page }) => {
  // The page's stylesheet (with its tokens) arrives after the async widget script ran.
  await page.route('**/host.css', async (route) => {
    await new Promise((done) => setTimeout(done, 700));
    await route.continue();
  });
  const frame = await openHost(page);
  await expect(page.locator(FRAME)).toHaveAttribute('src', new RegExp(
    `^${escape(APP_ORIGIN)}/\\?gemeente=velsen&.*embed=1&host=${escape(encodeURIComponent(HOST_ORIGIN))}#/zelftest$`,
  ));
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Zelftest: hoe gaat het met u?');
  await expect(frame.locator('.council')).toHaveText('Velsen');
  // The host page's NL Design System tokens (demo/host.css) reach the app's buttons.
  const start = frame.getByRole('link', { name: 'Begin de zelftest' });
  await expect(start).toHaveCSS('background-color', 'rgb(122, 31, 92)');
  await expect(start).toHaveCSS('border-top-left-radius', '0px');
  await expect(frame.locator('body')).toHaveCSS('font-family', /verdana/i);
  await checkA11y(page);
});

test('grows and shrinks with its content: one scroll bar, the page’s', async ({ page }) => {
  const frame = await openHost(page);
  await expect.poll(() => frameHeight(page)).toBeLessThan(1200);
  const before = await frameHeight(page);
  await frame.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await expect(frame.getByRole('article').first()).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 1000);
  // No scroll bar inside the frame: it is as tall as its document.
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
  expect(Math.abs(inner - (await frameHeight(page)))).toBeLessThanOrEqual(2);
  // Opening the filters makes it taller again.
  const listed = await frameHeight(page);
  await frame.getByText('Filteren en sorteren').click();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(listed);
  // The directory shows Velsen (and national entries) only.
  await expect(frame.getByLabel('Gemeente').locator('option')).toHaveText(['Alle gemeenten', 'Velsen']);
  // A short page makes it shorter again.
  const tall = await frameHeight(page);
  await frame.getByRole('navigation', { name: 'Over deze website' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect.poll(() => frameHeight(page)).toBeLessThan(tall - 1000);
});

test('is used by keyboard: Tab goes from the page into the app and on', async ({ page }) => {
  const frame = await openHost(page);
  await page.getByRole('link', { name: 'Zorg en welzijn' }).last().focus();
  await page.keyboard.press('Tab');
  await expect(frame.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  // Through the app's header to "Begin de zelftest", then Enter starts the check.
  const start = frame.getByRole('link', { name: 'Begin de zelftest' });
  for (let i = 0; i < 12 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { level: 2 })).toHaveText('Vraag 1 van 11');
  await expect(frame.getByRole('heading', { level: 2 })).toBeFocused();
});

// The host's theme is applied by a part of its own; a widget fetches it with the main
// module (boot.js), not a round trip after it, when the text would reflow in the
// host's font. The main module is held back until the part is asked for (or 5 s).
test('the theme part is fetched with the main module', async ({ page }) => {
  const themePart = await holdUntilRequested(page, /\/pkg\/samenwijzer-[0-9a-f]+_bg\.wasm$/,
    /\/pkg\/split-thema-[0-9a-f]+\.wasm$/);
  const frame = await openHost(page);
  await expect(frame.locator('body')).toHaveCSS('font-family', /verdana/i);
  expect(themePart.before).toBe(true);
});

test('ignores messages that do not come from its own frame', async ({ page }) => {
  const frame = await openHost(page);
  await expect(frame.locator('.council')).toHaveText('Velsen');
  // Let the height settle: the municipality's settings and the host's theme arrive
  // after the first paint, and the theme's font reflows the text (88 px on a busy CI
  // machine, after two equal readings 400 ms apart).
  await expect(frame.locator('body')).toHaveCSS('font-family', /verdana/i);
  let before = await frameHeight(page);
  await expect.poll(async () => {
    const now = await frameHeight(page);
    const settled = now === before;
    before = now;
    return settled;
  }, { intervals: [400] }).toBe(true);
  // The host page itself (another origin than the app) claims a tiny height.
  await page.evaluate(() => window.postMessage({ type: 'samenwijzer:height', height: 10 }, '*'));
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(before);
});

test('settings from data attributes: language, start page, theme, instrument', async ({ page }) => {
  await page.goto(HOST);
  // A second container, as a council would write it, added after the first.
  const frame = await addWidget(page, 'tweede', { gemeente: 'heemskerk', taal: 'en', start: 'activiteiten', themePrimary: '#003366', themeRadius: '8px' });
  await expect(page.locator('#tweede iframe')).toHaveAttribute('title', 'Samenwijzer: self-check and activities near you');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Activities and contacts');
  await expect(frame.locator('.council')).toHaveText('Heemskerk');
  await frame.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Self-check' }).click();
  await expect(frame.getByRole('link', { name: 'Start the self-check' })).toHaveCSS('background-color', 'rgb(0, 51, 102)');
  await expect(frame.getByRole('link', { name: 'Start the self-check' })).toHaveCSS('border-top-left-radius', '8px');
  // Heemskerk's configuration chooses the 6-statement version.
  await frame.getByRole('link', { name: 'Start the self-check' }).click();
  await expect(frame.getByRole('heading', { level: 2 })).toHaveText('Question 1 of 6');
});
