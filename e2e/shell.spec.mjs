// The app frame: every page, accessibility, keyboard use, language and routing.
import { test, expect, openApp, checkA11y, chooseLanguage } from './fixtures.mjs';

const PAGES = [
  { hash: '', heading: 'Samen op zoek naar wat u helpt' },
  { hash: '#/zelftest', heading: 'Zelftest: hoe gaat het met u?' },
  { hash: '#/uitslag', heading: 'Uw uitslag' },
  { hash: '#/activiteiten', heading: 'Activiteiten en contacten' },
  { hash: '#/activiteit?id=de-luisterlijn', heading: 'De Luisterlijn' },
  { hash: '#/lijstje', heading: 'Mijn lijstje' },
  { hash: '#/handvatten', heading: 'Handvatten: contact maken en houden' },
  { hash: '#/zorgen', heading: 'Zorgen om iemand?' },
  { hash: '#/samen', heading: 'Samen invullen' },
  { hash: '#/hulp', heading: 'Hulp nu' },
  { hash: '#/privacy', heading: 'Privacy' },
  { hash: '#/over', heading: 'Over Samenwijzer' },
  { hash: '#/bestaat-niet', heading: 'Deze pagina bestaat niet' },
];

for (const { hash, heading } of PAGES) {
  test(`page ${hash || '#/'} loads with one h1, a title and no axe violations`, async ({ page }) => {
    await openApp(page, hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(`${heading} – Samenwijzer`);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await checkA11y(page);
  });
}

test.describe('without the wasm', () => {
  test.use({ allowedConsoleErrors: [/wasm|WebAssembly|fetch|Failed to load|ERR_FAILED/i] });

  test('the static shell shows the start page', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
    await expect(page.getByRole('link', { name: 'Doe de zelftest' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
    // It says the app could not start, in Dutch and English, with the helplines.
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('Samenwijzer kan nu niet starten.');
    await expect(notice).toContainText('088 0767 000');
    await checkA11y(page);
  });
});

test('navigation moves focus to the new heading and the back button works', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp nu' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Hulp nu' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#\/hulp$/);
  await expect(page.getByRole('link', { name: 'Hulp nu' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
});

test('a keyboard-only user can skip to content and reach the main actions', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).not.toHaveURL(/#inhoud/);
  // From the start of main, Tab reaches the self-check, and Enter opens it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Doe de zelftest' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zelftest: hoe gaat het met u?');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  // Focus stays in the page: the directory and the help page are reachable by keyboard.
  for (const name of ['Activiteiten', 'Hulp nu']) {
    const link = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('the language switch changes the text and <html lang>, and is remembered', async ({ page }) => {
  await openApp(page, '#/hulp');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await chooseLanguage(page, 'English');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
  await expect(page).toHaveTitle('Help now – Samenwijzer');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await checkA11y(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
  await chooseLanguage(page, 'Nederlands');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
});

test('nothing is stored until the user chooses, and "Wis alles" deletes it', async ({ page }) => {
  await openApp(page, '#/privacy');
  const stored = () => page.evaluate(() => Object.keys(localStorage));
  expect(await stored()).toEqual([]);
  await chooseLanguage(page, 'English');
  expect(await stored()).toEqual(['samenwijzer.lang']);
  await page.evaluate(() => localStorage.setItem('host.site.key', 'kept'));
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything has been deleted.' })).toBeVisible();
  expect(await stored()).toEqual(['host.site.key']);
});

test('the app works from a sub-path, with deep links', async ({ page }) => {
  await openApp(page, '#/hulp', '/samenwijzer/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await expect(page).toHaveURL(/\/samenwijzer\/#\/activiteiten$/);
  await expect(page.getByRole('status').filter({ hasText: /activiteiten en contacten/ })).toBeVisible();
});

test('works at 320 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const hash of ['', '#/activiteiten', '#/hulp', '#/over']) {
    await openApp(page, hash);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${hash || '#/'}`).toBeLessThanOrEqual(0);
  }
});

test('the start page keeps the static shell’s own nodes, so first paint is final', async ({ page }) => {
  // Hold the wasm back until the static page has been tagged.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/');
  await page.locator('p.lead').evaluate((el) => { el.dataset.painted = 'static'; });
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('button', { name: 'Taal: Nederlands' })).toBeEnabled();
  await expect(page.locator('p.lead')).toHaveAttribute('data-painted', 'static');
  // In English, and after navigating, the live app draws the page.
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Finding what helps you, together');
  await expect(page.locator('p.lead')).toHaveCount(1);
  await expect(page.locator('p.lead')).not.toHaveAttribute('data-painted', 'static');
});
