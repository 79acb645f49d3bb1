// The conversation card ("Neem het mee", src/components/summary.rs): printed, with the
// saved activities and a QR code that a real decoder (jsQR) reads back to an address
// that opens the same directory selection.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect, openApp, checkA11y, answerStatements } from './fixtures.mjs';

/** Decodes the QR code on the page from a screenshot of it, as a phone's camera would. */
async function decodeQr(page) {
  const image = PNG.sync.read(await page.getByRole('img', { name: 'QR-code die de lijst met activiteiten opent' }).screenshot());
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(found, 'the QR code decodes').not.toBeNull();
  return found.data;
}

test('the card prints with the saved activity and a QR code that opens the same selection', async ({ page, browser }) => {
  // Save one activity first, then do the check with a need and a postcode.
  await openApp(page, '#/activiteit?id=de-luisterlijn', '/?gemeente=velsen');
  await page.getByRole('button', { name: /^Bewaar in mijn lijstje/ }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zelftest' }).click();
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await answerStatements(page, 'ja');
  await page.getByRole('checkbox', { name: 'Iemand om mee te praten' }).check();
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByLabel('Of vul uw postcode in').fill('1971 AB');
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');

  const card = page.getByRole('region', { name: 'Neem het mee' });
  await expect(card.getByRole('heading', { name: 'Activiteiten die ik heb bewaard' })).toBeVisible();
  await expect(card.getByText('De Luisterlijn', { exact: true })).toBeVisible();
  await expect(card.getByText(/088 0767 000/)).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(card).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR-code die de lijst met activiteiten opent' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Print of bewaar als pdf' })).toBeHidden();
  const url = await decodeQr(page);
  // Only the list's filters travel: no score, no answers.
  expect(url).toMatch(/^http:\/\/[^/]+\/\?gemeente=velsen&taal=nl#\/activiteiten\?/);
  expect(url).toContain('behoefte=talk');
  expect(url).toContain('bij=1971');
  expect(url).not.toMatch(/score|antwoord|ja/);
  await page.emulateMedia({ media: 'screen' });
  await checkA11y(page);

  // The decoded address opens the same selection on another device (a fresh context).
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const other = await phone.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Activiteiten en contacten');
  await other.getByText('Filteren en sorteren').click();
  await expect(other.getByLabel('Onderwerp')).toHaveValue('talk');
  await expect(other.getByLabel('Sorteren op')).toHaveValue('afstand');
  await phone.close();
});

test('without saved activities the card says how to save one', async ({ page }) => {
  await openApp(page, '#/zelftest');
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await answerStatements(page, 'nee');
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  const card = page.getByRole('region', { name: 'Neem het mee' });
  await expect(card.getByText(/U hebt nog geen activiteiten bewaard/)).toBeVisible();
  expect(await decodeQr(page)).toMatch(/\?taal=nl#\/activiteiten$/);
});
