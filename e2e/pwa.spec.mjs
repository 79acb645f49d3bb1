// Offline use, installing, and updates: the service worker (static/sw.js) and the
// update banner. These tests start servers of their own, so they can stop one (truly
// offline) or change the files it serves (a new release).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { test, expect, checkA11y } from './fixtures.mjs';
import { serve } from './serve.mjs';

/** Waits until the service worker is active and controls the page. */
async function waitForWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function answerCheck(page, label = 'nee') {
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  for (let i = 1; i <= 11; i++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${i} van 11`);
    await page.getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
  }
}

test('the manifest and worker meet Chromium’s install criteria', async ({ baseURL, browserName }, testInfo) => {
  // A normal profile: Chromium never offers to install from an incognito window, and
  // every Playwright context is one.
  const profile = await mkdtemp(join(tmpdir(), 'samenwijzer-profile-'));
  const context = await chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions);
  try {
    const page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${baseURL}samenwijzer/`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await waitForWorker(page);
    const manifest = await (await page.request.get(`${baseURL}samenwijzer/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone', short_name: 'Samenwijzer' });
    const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
    expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']));
    for (const icon of manifest.icons) {
      expect((await page.request.get(`${baseURL}samenwijzer/${icon.src}`)).status(), icon.src).toBe(200);
    }
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    // Installed under the sub-path, it opens and stays there.
    const { url } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${baseURL}samenwijzer/manifest.webmanifest`);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test.describe('offline', () => {
  let site;
  test.beforeEach(async () => { site = await serve('dist'); });
  test.afterEach(async () => { site.server.closeAllConnections(); site.server.close(); });

  test('after one visit, the check, the result, the directory and help work without a network', async ({ page, context }) => {
    await page.goto(`${site.origin}/`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await waitForWorker(page);
    // The worker keeps the directory's files after the page asked (not at install).
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready');
    // Really offline: the server is gone and the browser has no network.
    site.server.closeAllConnections();
    await new Promise((done) => site.server.close(done));
    await context.setOffline(true);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelftest' }).click();
    await answerCheck(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Wat zou u helpen?' })).toBeVisible();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
    await expect(page.locator('.score__text')).toHaveText(/^Uw score is \d+ van de 11\./);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
    await page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' }).fill('taalcafe');
    await expect(page.getByRole('article').getByRole('heading')).toHaveText(['Taalcafé in de bibliotheek']);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp nu' }).click();
    await expect(page.getByRole('link', { name: 'Bel 113' })).toBeVisible();
    // A deep link with a municipality is served from the cache too.
    await page.goto(`${site.origin}/?gemeente=amstelveen#/hulp`);
    await expect(page.getByText('eenzaamheid@amstelveen.nl')).toBeVisible();
  });
});

test.describe('a new version', () => {
  let folder;
  let site;
  test.beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'samenwijzer-update-'));
    await cp('dist', folder, { recursive: true });
    site = await serve(folder);
  });
  test.afterEach(async () => {
    site.server.closeAllConnections();
    site.server.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** Publishes a "new build": a changed index.html and the worker's new version. */
  async function publish() {
    const index = join(folder, 'index.html');
    await writeFile(index, (await readFile(index, 'utf8')).replace('<html lang="nl">', '<html lang="nl" data-release="2">'));
    const worker = join(folder, 'sw.js');
    const code = await readFile(worker, 'utf8');
    // The worker is minified in a release build (scripts/minify.py): `VERSION="…"`.
    const changed = code.replace(/(\bVERSION\s*=\s*)(["'])[^"']+\2/, '$1$2release-2$2');
    expect(changed, 'the worker names its version').not.toBe(code);
    await writeFile(worker, changed);
  }

  /** Publishes a new build, lets the worker find it, and returns the banner offering it. */
  async function offerNewVersion(page) {
    await publish();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    return page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van Samenwijzer.' });
  }

  test('is offered, installed only on the user’s click, and keeps the answers', async ({ page }) => {
    await page.goto(`${site.origin}/#/zelftest`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await waitForWorker(page);
    await page.getByRole('link', { name: 'Begin de zelftest' }).click();
    await page.getByRole('radio', { name: 'ja', exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await page.getByRole('radio', { name: 'min of meer', exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vraag 3 van 11');

    const banner = await offerNewVersion(page);
    await expect(banner).toBeVisible();
    // Nothing changes until the user chooses.
    await expect(page.locator('html')).not.toHaveAttribute('data-release', '2');
    await checkA11y(page);

    await banner.getByRole('button', { name: 'Vernieuwen' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-release', '2');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vraag 3 van 11');
    await expect(banner).toHaveCount(0);
    // The answers given before the update are still there, and nothing was left behind.
    await page.getByRole('link', { name: 'Vorige' }).click();
    await expect(page.getByRole('radio', { name: 'min of meer', exact: true })).toBeChecked();
    await page.getByRole('link', { name: 'Vorige' }).click();
    await expect(page.getByRole('radio', { name: 'ja', exact: true })).toBeChecked();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    // Only this version's files are cached.
    const caches = await page.evaluate(() => window.caches.keys());
    expect(caches).toEqual([expect.stringMatching(/ release-2$/)]);
  });

  test('in a together session says that nothing is kept, and keeps nothing', async ({ page }) => {
    await page.goto(`${site.origin}/#/samen`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await waitForWorker(page);
    await page.getByRole('button', { name: 'Begin samen' }).click();
    await page.getByRole('link', { name: 'Begin de zelftest' }).click();
    await page.getByRole('radio', { name: 'ja', exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vraag 2 van 11');

    const banner = await offerNewVersion(page);
    await expect(banner).toHaveText(/Na vernieuwen begint u opnieuw: er wordt niets bewaard\./);
    await expect(banner).not.toContainText('blijven staan');
    await checkA11y(page);

    await banner.getByRole('button', { name: 'Vernieuwen' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-release', '2');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    // A clean start page: the session and its answer are gone, nothing was handed over.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
    await expect(page.getByRole('region', { name: 'Samen invullen' })).toHaveCount(0);
    await page.goto(`${site.origin}/#/zelftest?stap=1`);
    await expect(page.getByRole('radio', { name: 'ja', exact: true })).not.toBeChecked();
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });
});
