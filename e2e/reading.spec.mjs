// Reading help: Tekstgrootte (beside the languages), three steps that the phone layout
// holds and that are remembered only once chosen.
import { test, expect, openApp, checkA11y, overflowing, PHONE } from './fixtures.mjs';

const PAGES = ['', '#/zelftest', '#/zelftest?stap=1', '#/activiteiten', '#/activiteit?id=de-luisterlijn', '#/hulp', '#/over'];

/** Chooses a text size as a person does: Menu (on a phone), "Taal: Nederlands", then
 *  the step. */
async function chooseSize(page, name) {
  const toggle = page.getByRole('button', { name: 'Taal: Nederlands' });
  const menu = page.locator('button[aria-controls="menu"]');
  const group = page.getByRole('group', { name: 'Tekstgrootte' });
  if (!(await toggle.isVisible()) && (await menu.isVisible())) await menu.click();
  if (!(await group.isVisible())) await toggle.click();
  await group.getByRole('radio', { name, exact: true }).check();
}

const rootSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: PHONE });

  test('each text size makes the text larger, and no page scrolls sideways', async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page);
    const normal = await rootSize(page);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('tekstgrootte')))).toEqual([]);
    let previous = normal;
    for (const name of ['Groot', 'Extra groot']) {
      await openApp(page);
      await chooseSize(page, name);
      const group = page.getByRole('group', { name: 'Tekstgrootte' });
      await expect(group.getByRole('radio', { name, exact: true })).toBeChecked();
      await expect(group.getByRole('radio', { name: 'Normaal', exact: true })).not.toBeChecked();
      const size = await rootSize(page);
      expect(size).toBeGreaterThan(previous);
      previous = size;
      await checkA11y(page);
      for (const hash of PAGES) {
        await openApp(page, hash);
        expect(await rootSize(page), `${name} on ${hash || '#/'}`).toBe(size);
        expect(await overflowing(page), `${name} on ${hash || '#/'}`).toEqual([]);
      }
    }
    // Remembered after a reload, and back to normal by choice.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    expect(await rootSize(page)).toBe(previous);
    await chooseSize(page, 'Normaal');
    expect(await rootSize(page)).toBe(normal);
  });
});
