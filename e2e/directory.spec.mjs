// The directory: search that forgives, in the URL, with the count announced.
import { test, expect, openApp, checkA11y } from './fixtures.mjs';

test('search forgives case, diacritics and typos, and lives in the URL', async ({ page }) => {
  await openApp(page, '#/activiteiten');
  const search = page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' });
  const count = page.getByRole('status').filter({ hasText: /activiteit/ });
  await expect(count).toHaveText(/^\d+ activiteiten en contacten$/);
  const all = Number((await count.textContent()).split(' ')[0]);
  expect(all).toBeGreaterThanOrEqual(60);

  await search.fill('taalcafe');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article').getByRole('heading')).toHaveText('Taalcafé in de bibliotheek');
  await expect(count).toHaveText('1 activiteit of contact');
  await expect(page).toHaveURL(/#\/activiteiten\?q=taalcafe$/);

  // A typo in a longer word is forgiven; every word must match.
  await search.fill('Repair Cafe Heemskrek');
  await expect(page.getByRole('article').getByRole('heading')).toHaveText(['Repair Café Heemskerk']);
  await checkA11y(page);

  // A shared link opens with the same search.
  await page.goto('/#/activiteiten?q=rouwcafe');
  await expect(page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' })).toHaveValue('rouwcafe');
  await expect(page.getByRole('article').getByRole('heading')).toHaveText(['Rouwcafé Heemskerk']);

  await page.getByRole('searchbox').fill('xyzzy');
  await expect(page.getByText('Niets gevonden voor “xyzzy”.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /activiteit/ })).toHaveText('0 activiteiten en contacten');
});

test('invented entries say "Voorbeeld"; real helplines do not', async ({ page }) => {
  await openApp(page, '#/activiteiten?q=luisterlijn');
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'De Luisterlijn' }) });
  await expect(card).toBeVisible();
  await expect(card.getByText('Voorbeeld', { exact: true })).toHaveCount(0);
  await expect(card.getByRole('link', { name: '088 0767 000' })).toHaveAttribute('href', 'tel:0880767000');
  await page.getByRole('searchbox').fill('koffieochtend');
  await expect(page.getByRole('article').first().getByText('Voorbeeld', { exact: true })).toBeVisible();
});

test('filters narrow the list, live in the URL, and the back button undoes them', async ({ page }) => {
  await openApp(page, '#/activiteiten');
  const count = page.getByRole('status').filter({ hasText: /activiteit/ });
  const number = async () => Number((await count.textContent()).split(' ')[0]);
  await expect(count).toHaveText(/^\d+ activiteiten en contacten$/);
  const all = await number();
  await page.getByText('Filteren en sorteren').click();
  await page.getByLabel('Gemeente').selectOption('heemskerk');
  await expect(page).toHaveURL(/gemeente=heemskerk/);
  await expect.poll(number).toBeLessThan(all);
  const inHeemskerk = await number();
  await page.getByRole('checkbox', { name: 'Alleen gratis activiteiten' }).check();
  await expect(page).toHaveURL(/gemeente=heemskerk&gratis=ja$/);
  await expect.poll(number).toBeLessThan(inHeemskerk);
  await expect(page.getByText(/^Gefilterd op: Heemskerk, Gratis/)).toBeVisible();
  // Every card shown is free, and from Heemskerk or national.
  for (const card of await page.getByRole('article').all()) {
    await expect(card.getByText('Gratis', { exact: true })).toBeVisible();
  }
  await checkA11y(page);
  await page.goBack();
  await expect(page).toHaveURL(/gemeente=heemskerk$/);
  await expect.poll(number).toBe(inHeemskerk);
  await expect(page.getByRole('checkbox', { name: 'Alleen gratis activiteiten' })).not.toBeChecked();
  await page.getByLabel('Onderwerp').selectOption('grief');
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('link', { name: 'Toon alle activiteiten' }).click();
  await expect.poll(number).toBe(all);
});

test('a long list is shown 25 at a time', async ({ page }) => {
  await openApp(page, '#/activiteiten');
  await expect(page.getByRole('status').filter({ hasText: /activiteit/ })).toHaveText(/^\d+ activiteiten en contacten$/);
  await expect(page.getByRole('article')).toHaveCount(25);
  await expect(page.getByText(/^25 van de \d+ getoond\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Toon meer' }).click();
  await expect(page.getByRole('article')).toHaveCount(50);
  await expect(page.getByRole('button', { name: 'Toon meer' })).toBeFocused();
});

// The list keeps its cards and fills them with other entries as the search changes
// (pages/directory.rs): each card must then act for the entry it now shows.
test('a card filled with another entry by a search saves and opens that entry', async ({ page }) => {
  await openApp(page, '#/activiteiten');
  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(25);
  const before = await cards.first().getByRole('heading').textContent();
  expect(before).not.toBe('Taalcafé in de bibliotheek');

  await page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' }).fill('taalcafe');
  await expect(cards).toHaveCount(1);
  const card = cards.first();
  await expect(card.getByRole('heading')).toHaveText('Taalcafé in de bibliotheek');
  await expect(card.getByText('Voorbeeld', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Bewaar in mijn lijstje: Taalcafé in de bibliotheek' }).click();
  await expect(card.getByRole('button', { name: 'Bewaard in mijn lijstje: Taalcafé in de bibliotheek' })).toBeVisible();

  // Back to the whole list: the first card is its first entry again, not saved.
  await page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' }).fill('');
  await expect(cards).toHaveCount(25);
  await expect(cards.first().getByRole('heading')).toHaveText(before);
  await expect(cards.first().getByRole('button', { name: `Bewaar in mijn lijstje: ${before}` })).toBeVisible();

  // And the card's link leads to the entry it shows now.
  await page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' }).fill('taalcafe');
  await cards.first().getByRole('link', { name: 'Taalcafé in de bibliotheek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Taalcafé in de bibliotheek');
  await expect(page.getByRole('button', { name: 'Bewaard in mijn lijstje: Taalcafé in de bibliotheek' })).toBeVisible();
});
