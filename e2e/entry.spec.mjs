// The directory beyond search: an entry's own page, the calendar file, "mijn lijstje",
// near me, and the day filters — driven by role and visible label.
import { readFile } from 'node:fs/promises';
import { test, expect, openApp, checkA11y, openFilters } from './fixtures.mjs';

const KOFFIE = 'Koffieochtend in buurthuis De Zeemeeuw';
// A Tuesday morning in Amsterdam, so "today" is fixed for the schedule tests.
const TUESDAY = new Date('2026-12-01T09:00:00+01:00');

test('an entry page says what, when and where, and downloads a calendar file', async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY);
  await openApp(page, '#/activiteiten?q=koffieochtend%20zeemeeuw');
  await page.getByRole('link', { name: KOFFIE }).click();
  await expect(page).toHaveURL(/#\/activiteit\?id=velsen-koffieochtend-zeewijk$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(KOFFIE);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('Elke dinsdag, 10:00–12:00')).toBeVisible();
  await expect(page.getByText('De eerstvolgende keer is op dinsdag 1 december 2026.')).toBeVisible();
  await expect(page.getByText('Bus 75 stopt bij halte Zeewijkplein', { exact: false })).toBeVisible();
  await expect(page.getByText('Voorbeeld', { exact: true })).toBeVisible();
  const map = page.getByRole('link', { name: 'Bekijk op de kaart (OpenStreetMap)' });
  await expect(map).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/search\?query=/);
  await checkA11y(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Zet in mijn agenda' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('velsen-koffieochtend-zeewijk.ics');
  const ics = await readFile(await file.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR\r\n');
  expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20261201T100000\r\n');
  expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
  expect(ics).toContain(`SUMMARY:${KOFFIE}\r\n`);

  await page.getByRole('link', { name: 'Terug naar de activiteiten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activiteiten en contacten');
});

test('an unknown entry id says so instead of showing an empty page', async ({ page }) => {
  await openApp(page, '#/activiteit?id=bestaat-niet');
  await expect(page.getByText('Deze activiteit staat niet (meer) in de lijst.')).toBeVisible();
  await checkA11y(page);
});

test('"mijn lijstje" keeps entries in memory, and on the device only when asked', async ({ page }) => {
  await openApp(page, '#/activiteiten?q=koffieochtend%20zeemeeuw');
  const save = page.getByRole('button', { name: `Bewaar in mijn lijstje: ${KOFFIE}` });
  await expect(page.getByRole('link', { name: 'Mijn lijstje', exact: true })).toBeAttached();
  await save.click();
  // The state in words, on the button and in its name; the menu counts the list.
  const saved = page.getByRole('button', { name: `Bewaard in mijn lijstje: ${KOFFIE}`, exact: true });
  await expect(saved).toHaveText('Bewaard in mijn lijstje');
  await expect(page.getByRole('link', { name: 'Mijn lijstje (1)', exact: true })).toBeAttached();

  await page.getByRole('link', { name: 'Mijn lijstje' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn lijstje');
  await expect(page.getByRole('article').getByRole('heading')).toHaveText([KOFFIE]);
  await expect(page.getByRole('button', { name: 'Print mijn lijstje' })).toBeVisible();
  const stored = () => page.evaluate(() => localStorage.getItem('samenwijzer.lijstje'));
  expect(await stored()).toBeNull();
  await checkA11y(page);

  const remember = page.getByRole('checkbox', { name: 'Onthoud mijn lijstje op dit apparaat' });
  await remember.check();
  await expect.poll(stored).toBe('["velsen-koffieochtend-zeewijk"]');
  await page.reload();
  await expect(page.getByRole('article').getByRole('heading')).toHaveText([KOFFIE]);
  await page.getByRole('checkbox', { name: 'Onthoud mijn lijstje op dit apparaat' }).uncheck();
  await expect.poll(stored).toBeNull();
  // Removing from the list empties it.
  await page.getByRole('button', { name: `Bewaard in mijn lijstje: ${KOFFIE}` }).click();
  await expect(page.getByText('Uw lijstje is nog leeg.', { exact: false })).toBeVisible();
});

test('near me sorts by distance from a postcode; an unknown postcode is explained', async ({ page }) => {
  await openApp(page, '#/activiteiten');
  await openFilters(page);
  await page.getByLabel('Sorteren op').selectOption('afstand');
  await expect(page.getByText('Vul uw postcode in om de dichtstbijzijnde activiteiten eerst te zien.')).toBeVisible();
  await page.getByLabel('Uw postcode (voor de afstand)').fill('1941 AB');
  await page.getByRole('button', { name: 'Toon afstand' }).click();
  await expect(page).toHaveURL(/sorteer=afstand&bij=1941(\+|%20)AB/);
  await expect(page.getByLabel('Sorteren op')).toHaveValue('afstand');
  const distances = page.locator('.distance');
  await expect(distances.first()).toContainText('van 1941 AB');
  const km = (await distances.allTextContents()).map((t) => Number(t.match(/([\d,]+) km/)[1].replace(',', '.')));
  expect(km.length).toBeGreaterThan(5);
  expect(km).toEqual([...km].sort((a, b) => a - b));
  // The nearest is in Beverwijk, within a kilometre or two.
  await expect(page.getByRole('article').first()).toContainText('Beverwijk');
  expect(km[0]).toBeLessThan(2);
  await checkA11y(page);

  await page.getByLabel('Sorteren op').selectOption('naam');
  await expect(page).toHaveURL(/sorteer=naam/);
  const names = await page.getByRole('article').getByRole('heading').allTextContents();
  // Alphabetical by the words, ignoring case, accents and punctuation.
  const words = (s) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  expect(names).toEqual([...names].sort((a, b) => words(a).localeCompare(words(b), 'nl', { sensitivity: 'base' })));

  await page.getByLabel('Uw postcode (voor de afstand)').fill('1012');
  await page.getByRole('button', { name: 'Toon afstand' }).click();
  await expect(page.getByText('Van postcode 1012 kennen we de ligging niet.', { exact: false })).toBeVisible();
});

test('today, this week, day and age filters follow the schedules', async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY);
  await openApp(page, '#/activiteiten');
  await page.getByText('Filteren en sorteren').click();
  await page.getByRole('radio', { name: 'Vandaag' }).check();
  await expect(page).toHaveURL(/wanneer=vandaag/);
  const headings = page.getByRole('article').getByRole('heading');
  await expect(headings.filter({ hasText: KOFFIE })).toHaveCount(1);
  await expect(headings.filter({ hasText: 'Wandelgroep in de duinen' })).toHaveCount(0);
  // Every card shown today says so.
  for (const card of await page.getByRole('article').all()) {
    await expect(card.getByText('Vandaag', { exact: true })).toBeVisible();
  }
  const today = await page.getByRole('article').count();
  await page.getByRole('radio', { name: 'Deze week' }).check();
  await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(today);
  await expect(headings.filter({ hasText: 'Wandelgroep in de duinen' })).toHaveCount(1);

  await page.getByRole('radio', { name: 'Maakt niet uit' }).check();
  await page.getByRole('checkbox', { name: 'zaterdag' }).check();
  await expect(page).toHaveURL(/dag=za/);
  await expect(headings.filter({ hasText: 'Wandelgroep in de duinen' })).toHaveCount(1);
  await expect(headings.filter({ hasText: KOFFIE })).toHaveCount(0);
  await expect(page.getByText(/^Gefilterd op: .*zaterdag/)).toBeVisible();
  await checkA11y(page);

  await page.getByLabel('Leeftijd').selectOption({ label: 'Jonger dan 18 jaar' });
  await expect(page).toHaveURL(/leeftijd=tot-18/);
  await page.goBack();
  await expect(page).not.toHaveURL(/leeftijd/);
});
