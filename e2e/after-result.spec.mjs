// After the result: "Mijn verloop" (results over time, opt-in), "Eén kleine stap" and
// "Later opnieuw?" as calendar files read by a real parser (ical.js), and the
// "Handvatten" page with its sources.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { test, expect, openApp, checkA11y, answerStatements } from './fixtures.mjs';

const OCTOBER = new Date('2026-10-12T10:00:00+02:00');
const DECEMBER = new Date('2026-12-01T10:00:00+01:00');

/** Takes the check with `answer` on every statement, skipping the optional steps. */
async function takeCheck(page, answer) {
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await answerStatements(page, answer);
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');
}

/** A new visit (a page load, not a change of fragment): answers in memory are gone. */
async function newVisit(page, hash) {
  await page.goto('about:blank');
  await openApp(page, hash);
}

/** "Uw score is 11 van de 11." → 11 */
async function shownScore(page) {
  const text = await page.getByRole('heading', { name: /^Uw score is/ }).textContent();
  return Number(text.match(/Uw score is (\d+) van de 11/)[1]);
}

const ourKeys = (page) =>
  page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('samenwijzer.')),
  );

/** The time zones a calendar file defines. */
const calendarZones = (text) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));

/** The one VEVENT of a downloaded calendar file, parsed by ical.js. */
async function downloadEvent(page, linkName, fileName) {
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: linkName }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(fileName);
  const text = await readFile(await file.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { event: new ICAL.Event(events[0]), vevent: events[0], text };
}

test('with "mijn verloop" on, a second check on another day compares with the first and draws both', async ({ page }) => {
  await page.clock.setFixedTime(OCTOBER);
  await openApp(page, '#/zelftest');
  await takeCheck(page, 'min of meer');
  const first = await shownScore(page);
  const course = page.getByRole('region', { name: 'Mijn verloop' });
  await course.getByRole('checkbox', { name: 'Houd mijn uitslagen bij op dit apparaat' }).check();
  await expect(course.getByText('Uw uitslag van vandaag is bewaard op dit apparaat.')).toBeVisible();
  await expect(course.getByText('Dit is de eerste uitslag die wordt bijgehouden.', { exact: false })).toBeVisible();
  // Kept: date and result, never the answers.
  expect(await ourKeys(page)).toEqual(['samenwijzer.verloop']);
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('samenwijzer.verloop')));
  expect(kept.results).toHaveLength(1);
  expect(kept.results[0]).toMatchObject({ date: '2026-10-12', instrument: 'djg11', total: first, max: 11 });
  expect(Object.keys(kept.results[0])).not.toContain('answers');

  // Weeks later, a new visit: the check again, with other answers.
  await page.clock.setFixedTime(DECEMBER);
  await newVisit(page, '#/zelftest');
  await takeCheck(page, 'nee');
  const second = await shownScore(page);
  expect(second).not.toBe(first);
  await expect(course.getByRole('checkbox', { name: 'Houd mijn uitslagen bij op dit apparaat' })).toBeChecked();
  await expect(course.getByText(`Vorige keer (12 oktober 2026): ${first} van de 11.`)).toBeVisible();
  const table = course.getByRole('table', { name: 'Mijn uitslagen met de De Jong Gierveld-eenzaamheidsschaal (11 uitspraken)' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText(`12 oktober 2026${first} van de 11`);
  await expect(table.getByRole('row').nth(2)).toContainText(`1 december 2026${second} van de 11`);
  await expect(course.locator('svg.chart circle')).toHaveCount(2);
  await checkA11y(page);

  // The same day again changes today's result; it does not add one.
  await newVisit(page, '#/zelftest');
  await takeCheck(page, 'nee');
  await expect(table.getByRole('row')).toHaveCount(3);
});

test('with "mijn verloop" off, nothing is stored at any step', async ({ page }) => {
  await openApp(page, '#/zelftest');
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  for (let n = 1; n <= 11; n++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${n} van 11`);
    await page.getByRole('radio', { name: 'nee', exact: true }).check();
    expect(await ourKeys(page)).toEqual([]);
    await page.getByRole('link', { name: 'Volgende' }).click();
  }
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  const course = page.getByRole('region', { name: 'Mijn verloop' });
  await expect(course.getByRole('checkbox', { name: 'Houd mijn uitslagen bij op dit apparaat' })).not.toBeChecked();
  await expect(course.getByRole('table')).toHaveCount(0);
  await expect(course.getByText(/Vorige keer/)).toHaveCount(0);
  expect(await ourKeys(page)).toEqual([]);
});

test('turning it off, "Wis mijn antwoorden" and "Wis alles" each delete the course', async ({ page }) => {
  await openApp(page, '#/zelftest');
  await takeCheck(page, 'nee');
  const box = page.getByRole('checkbox', { name: 'Houd mijn uitslagen bij op dit apparaat' });
  await box.check();
  expect(await ourKeys(page)).toEqual(['samenwijzer.verloop']);
  await box.uncheck();
  expect(await ourKeys(page)).toEqual([]);

  await box.check();
  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await expect(page.getByText('Uw antwoorden zijn gewist.', { exact: false })).toBeVisible();
  expect(await ourKeys(page)).toEqual([]);

  await newVisit(page, '#/zelftest');
  await takeCheck(page, 'nee');
  await box.check();
  expect(await ourKeys(page)).toEqual(['samenwijzer.verloop']);
  await page.goto('/#/privacy');
  await page.getByRole('button', { name: 'Wis alles' }).click();
  expect(await ourKeys(page)).toEqual([]);
  await page.goto('/#/uitslag');
  await expect(page.getByRole('checkbox', { name: 'Houd mijn uitslagen bij op dit apparaat' })).not.toBeChecked();
});

test('one small step in my own words goes into a valid calendar file and onto the card', async ({ page }) => {
  await page.clock.setFixedTime(DECEMBER);
  await openApp(page, '#/zelftest', '/?gemeente=velsen');
  await takeCheck(page, 'min of meer');
  const step = page.getByRole('region', { name: 'Eén kleine stap' });
  const choices = step.getByRole('group', { name: 'Welke stap past bij u?' });
  // The list asks; nothing is chosen for the resident.
  for (const radio of await choices.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await expect(choices.getByRole('radio', { name: 'Iemand bellen of bezoeken die belangrijk voor mij is' })).toBeVisible();

  await choices.getByRole('radio', { name: 'In mijn eigen woorden' }).check();
  await expect(step.getByRole('status')).toHaveText('Schrijf eerst uw stap op.');
  await expect(step.getByRole('link', { name: 'Zet mijn stap in mijn agenda' })).toHaveCount(0);
  await step.getByLabel('Mijn stap').fill('Bel Anna, mijn zus; vraag hoe het gaat');
  await step.getByLabel('Op welke dag?').fill('2026-12-08');
  await step.getByLabel('Hoe laat? (mag leeg blijven)').fill('19:30');
  await expect(step.getByRole('status')).toHaveText('');
  await expect(step.getByText('Mijn kleine stap: Bel Anna, mijn zus; vraag hoe het gaat, op 8 december 2026.')).toBeVisible();
  await checkA11y(page);

  const { event, vevent, text } = await downloadEvent(page, 'Zet mijn stap in mijn agenda', 'kleine-stap.ics');
  expect(event.summary).toBe('Bel Anna, mijn zus; vraag hoe het gaat');
  expect(event.startDate.toString()).toBe('2026-12-08T19:30:00');
  expect(vevent.getFirstProperty('dtstart').getParameter('tzid')).toBe('Europe/Amsterdam');
  expect(calendarZones(text)).toEqual(['Europe/Amsterdam']);
  expect(event.duration.toString()).toBe('PT1H');
  expect(vevent.getFirstPropertyValue('url')).toMatch(/\?gemeente=velsen&taal=nl#\/$/);
  expect(vevent.getFirstSubcomponent('valarm')).not.toBeNull();

  // The printed card carries the step.
  const card = page.getByRole('region', { name: 'Neem het mee' });
  await expect(card.getByText('Mijn kleine stap: Bel Anna, mijn zus; vraag hoe het gaat, op 8 december 2026.')).toBeVisible();

  // A day in the past is refused, in words.
  await step.getByLabel('Op welke dag?').fill('2026-11-30');
  await expect(step.getByRole('status')).toHaveText('Kies een dag van vandaag tot over een jaar.');
  await expect(step.getByRole('link', { name: 'Zet mijn stap in mijn agenda' })).toHaveCount(0);
});

test('"Later opnieuw?" downloads a reminder weeks ahead with the app\'s address', async ({ page }) => {
  await page.clock.setFixedTime(DECEMBER);
  await openApp(page, '#/zelftest', '/?gemeente=amstelveen');
  await takeCheck(page, 'nee');
  const again = page.getByRole('region', { name: 'Later opnieuw?' });
  await again.getByRole('radio', { name: 'Over 8 weken' }).check();
  const { event, vevent } = await downloadEvent(page, 'Zet de herinnering in mijn agenda', 'zelftest-opnieuw.ics');
  expect(event.summary).toBe('Samenwijzer: doe de zelftest nog eens');
  expect(event.startDate.isDate).toBe(true);
  expect(event.startDate.toString()).toBe('2027-01-26');
  const url = vevent.getFirstPropertyValue('url');
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?gemeente=amstelveen&taal=nl#\/zelftest$/);
  await checkA11y(page);
});

test('the handles page fits the result, cites a source for every tip, and shows all on request', async ({ page }) => {
  // From the start page, before any check: every tip, and the way to the check.
  await openApp(page, '');
  await page.getByRole('link', { name: 'Tips om contact te maken en te houden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handvatten: contact maken en houden');
  await expect(page.getByRole('heading', { name: 'Alleen zijn is iets anders dan eenzaam zijn' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Doet u eerst de zelftest? Dan passen de tips beter bij u.' })).toBeVisible();
  for (const group of ['Voor iedereen', 'Als u een hechte band mist', 'Als u mensen om u heen mist', 'Als meedoen moeilijk is']) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
  }
  const tips = page.locator('main li.tip');
  const count = await tips.count();
  expect(count).toBe(15); // 1 for everyone, 3 close bond, 4 wider circle, 7 barriers
  for (const tip of await tips.all()) {
    await expect(tip.getByRole('link', { name: /^Bron: / })).toHaveAttribute('href', /^https:\/\//);
  }
  await checkA11y(page);

  // After a check with "min of meer" everywhere (both kinds of loneliness), no barriers.
  await newVisit(page, '#/zelftest');
  await takeCheck(page, 'min of meer');
  await page.getByRole('link', { name: 'Tips om contact te maken en te houden' }).click();
  await expect(page.getByText('Deze tips passen bij uw uitslag en bij wat u aangaf.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Als meedoen moeilijk is' })).toHaveCount(0);
  expect(await tips.count()).toBeLessThan(count);
  await page.getByRole('link', { name: 'Alle tips bekijken' }).click();
  await expect(page).toHaveURL(/#\/handvatten\?alle=1$/);
  await expect(tips).toHaveCount(count);

  // The sources are on the About page too.
  await page.goto('/#/over');
  await expect(page.getByRole('heading', { name: 'Bronnen van de handvatten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Movisie, Wat werkt bij de aanpak van eenzaamheid (2020)' })).toBeVisible();
});
