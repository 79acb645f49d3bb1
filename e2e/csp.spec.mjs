// The app under the strict Content-Security-Policy: the server sends the header hosts
// are asked to send (e2e/serve.mjs), and index.html carries the build's own policy
// (scripts/post_build.py). Walking the app must not trip either.
import { test, expect, chooseLanguage } from './fixtures.mjs';

async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

const violations = (page) => page.evaluate(() => window.__violations);

test('the policy is strict: no inline script, only the build’s own stylesheet', async ({ page }) => {
  const response = await page.goto('/');
  const header = response.headers()['content-security-policy'];
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(header).toContain('frame-ancestors');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  expect(meta).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
  expect(meta).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
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
  await chooseLanguage(page, 'English');
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
