// A panic stops the app (release builds: panic = immediate-abort, a wasm trap). The page
// is never left dead: the crash screen says so in the reader's language, with a way to
// reload and the helplines (static/boot.js → src/crash.rs).
import { test, expect, openApp, checkA11y, chooseLanguage } from './fixtures.mjs';

test.use({ allowedConsoleErrors: [/Samenwijzer stopped/] });

/** What the browser reports when the wasm traps inside an event handler or a task. */
async function trap(page, how) {
  await page.evaluate((how) => {
    const error = new WebAssembly.RuntimeError('unreachable');
    if (how === 'task') {
      const event = new Event('unhandledrejection');
      event.reason = error;
      window.dispatchEvent(event);
    } else {
      window.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
    }
  }, how);
}

test('a trap in an event handler shows the crash screen in Dutch, with reload and helplines', async ({ page }) => {
  await openApp(page, '#/activiteiten');
  await trap(page, 'handler');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Er ging iets mis');
  await expect(alert.getByRole('link', { name: 'Pagina opnieuw laden' })).toHaveAttribute('href', /#\/activiteiten$/);
  await expect(alert).toContainText('Bel De Luisterlijn: 088 0767 000');
  await checkA11y(page);
  await alert.getByRole('link', { name: 'Pagina opnieuw laden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activiteiten en contacten');
});

test('a trap in a task shows it in the language chosen', async ({ page }) => {
  await openApp(page, '#/hulp');
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
  await trap(page, 'task');
  await expect(page.getByRole('alert').getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
  await expect(page.getByRole('alert').getByRole('link')).toHaveCount(1);
});

test('other errors leave the app alone', async ({ page }) => {
  await openApp(page, '#/hulp');
  await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x') })));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
