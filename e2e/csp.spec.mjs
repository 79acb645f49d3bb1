// The app under the strict Content-Security-Policy: the server sends the header hosts
// are asked to send (e2e/serve.mjs), and index.html carries the build's own policy
// (scripts/post_build.py). Walking the app must not trip either.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { cspHeader, serve } from './serve.mjs';

async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

const violations = (page) => page.evaluate(() => window.__violations);

test('the policy is strict: one inline script and one stylesheet, each by its hash', async ({ page }) => {
  const response = await page.goto('/');
  const header = response.headers()['content-security-policy'];
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';");
  expect(header).toContain('frame-ancestors');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = meta.match(/script-src ([^;]*);/)[1].split(' ');
  expect(scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/=]+'$/)]);
  expect(meta).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
  expect(meta).not.toContain('unsafe-inline');
  // The one inline script is the one the hash allows (computed here, not read from the build).
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  expect(scriptSrc[2]).toBe(`'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`);
  // It started the downloads at the paint.
  await expect(page.locator('html')).toHaveAttribute('data-preload', '');
});

test('README asks hosts for the header the tests are served with', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const line = readme.match(/^ {4}Content-Security-Policy: (.*)$/m)[1];
  const ancestors = line.match(/frame-ancestors (.*)$/)[1];
  expect(line).toBe(cspHeader(ancestors));
});

test.describe('a host with the older header', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('that blocks inline scripts still gets the app, fetching the preloads as a file', async ({ page }) => {
    const site = await serve('dist', { inlineScripts: false });
    try {
      const blocked = [];
      page.on('console', (m) => { if (m.type() === 'error') blocked.push(m.text()); });
      await page.goto(`${site.origin}/#/activiteiten`);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      // The browser refused the inline script, and boot.js fetched its file instead.
      expect(blocked.some((text) => /Content Security Policy/.test(text))).toBe(true);
      expect(site.requests.some((url) => /^\/preload-[0-9a-f]{16}\.js$/.test(url))).toBe(true);
    } finally {
      site.server.closeAllConnections();
      site.server.close();
    }
  });
});

test.describe('walking the app', () => {
  // The unknown municipality at the end is found out by its missing file.
  test.use({ allowedConsoleErrors: [/404/] });

  test('plain and embedded with a theme, violates nothing', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('link', { name: 'Doe de zelftest' }).click();
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await page.getByRole('radio', { name: 'nee', exact: true }).check();
  await page.getByRole('link', { name: 'Volgende' }).click();
  // The progress bar's width is set through the CSSOM.
  await expect(page.locator('.progress__bar')).toHaveAttribute('style', /width: 18%/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Activiteiten' }).click();
  await page.getByText('Filteren en sorteren').click();
  await page.getByRole('checkbox', { name: 'Alleen gratis activiteiten' }).check();
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/?gemeente=velsen&embed=1&primary=%23003366&font=Georgia#/hulp');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('html')).toHaveCSS('--utrecht-button-primary-action-background-color', '#003366');
  await page.goto('/?gemeente=bestaat-niet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We do not know this municipality');
  expect(await violations(page)).toEqual([]);
  });
});

test.describe('a negative control', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('an injected inline style and script are blocked and reported', async ({ page }) => {
    await watchViolations(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { background: red; }';
      document.head.append(style);
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.head.append(script);
    });
    await expect.poll(() => violations(page)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^style-src-elem inline/),
      expect.stringMatching(/^script-src-elem inline/),
    ]));
    expect(await page.evaluate(() => window.__ran)).toBeUndefined();
  });
});
