// An activity's page, beyond the basics of entry.spec: what each schedule is for, the
// next session after the time of day, no calendar for a helpline day and night, ages
// in words, when it was checked, and "Klopt er iets niet?" to the municipality's
// data contact (issue 15).
import { readFile } from 'node:fs/promises';
import { test, expect, openApp, checkA11y } from './fixtures.mjs';

// One test replaces data/directory.json; the worker's own requests would bypass that.
test.use({ serviceWorkers: 'block' });

// Thursday 3 December 2026, 18:00 in Amsterdam: the Thursday 10:00–12:00 session of
// today is over.
const THURSDAY_EVENING = new Date('2026-12-03T18:00:00+01:00');

/** The calendar file behind "Zet in mijn agenda", unfolded (RFC 5545 3.1). */
async function calendarFile(page) {
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Zet in mijn agenda' }).click();
  const file = await download;
  return (await readFile(await file.path(), 'utf8')).replace(/\r\n /g, '');
}

/** The VEVENTs of a calendar file, each as its lines. */
function events(ics) {
  return ics.split('BEGIN:VEVENT\r\n').slice(1).map((e) => e.split('END:VEVENT')[0].split('\r\n'));
}

test('a schedule says what it is for, the next time is after today\'s ended session, and the calendar file says so too', async ({ page }) => {
  await page.clock.setFixedTime(THURSDAY_EVENING);
  await openApp(page, '#/activiteit?id=amstelveen-mantelzorgsteunpunt', '/?gemeente=amstelveen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mantelzorgsteunpunt Amstelveen');
  await expect(page.getByText('Spreekuur: Elke donderdag, 10:00–12:00', { exact: true })).toBeVisible();
  await expect(page.getByText('Groep: Elke eerste maandag van de maand, 19:30–21:00', { exact: true })).toBeVisible();
  // 18:00 on Thursday: this morning's spreekuur is over; the group on Monday is next.
  await expect(page.getByText('De eerstvolgende keer is op maandag 7 december 2026.')).toBeVisible();
  await expect(page.getByText('Gecontroleerd op 27 november 2026.')).toBeVisible();
  await checkA11y(page);

  const ics = await calendarFile(page);
  const [spreekuur, groep] = events(ics);
  expect(spreekuur).toContain('DTSTART;TZID=Europe/Amsterdam:20261210T100000');
  expect(spreekuur).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH');
  expect(spreekuur.find((l) => l.startsWith('DESCRIPTION:'))).toMatch(/^DESCRIPTION:Spreekuur\\n\\nVoor iedereen die zorgt/);
  expect(groep).toContain('DTSTART;TZID=Europe/Amsterdam:20261207T193000');
  expect(groep.find((l) => l.startsWith('DESCRIPTION:'))).toMatch(/^DESCRIPTION:Groep\\n\\n/);
  // The stamp is the moment in UTC.
  expect(spreekuur).toContain('DTSTAMP:20261203T170000Z');
});

test('"Klopt er iets niet?" mails the municipality\'s data contact the activity\'s name and id, nothing else', async ({ page }) => {
  await openApp(page, '#/activiteit?id=amstelveen-mantelzorgsteunpunt', '/?gemeente=amstelveen');
  const link = page.getByRole('link', { name: 'Klopt er iets niet? Laat het weten per e-mail' });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^mailto:sociale-kaart@amstelveen\.voorbeeld\.nl\?subject=/);
  const query = new URLSearchParams(href.split('?')[1]);
  expect(query.get('subject')).toBe('Klopt er iets niet: Mantelzorgsteunpunt Amstelveen');
  const body = query.get('body');
  expect(body).toContain('Mantelzorgsteunpunt Amstelveen (code: amstelveen-mantelzorgsteunpunt)');
  // Nothing else about the activity or the resident.
  for (const other of ['Keizer Karelweg', '020 000 0407', '1181', 'mantelzorgers']) {
    expect(body).not.toContain(other);
  }
  await checkA11y(page);
});

test('without a municipality there is no data contact, so no correction link', async ({ page }) => {
  await openApp(page, '#/activiteit?id=amstelveen-mantelzorgsteunpunt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mantelzorgsteunpunt Amstelveen');
  await expect(page.getByText('Gecontroleerd op 27 november 2026.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Klopt er iets niet/ })).toHaveCount(0);
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
});

test('a helpline day and night offers no calendar event and no "next time"', async ({ page }) => {
  await page.clock.setFixedTime(THURSDAY_EVENING);
  await openApp(page, '#/activiteit?id=de-luisterlijn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De Luisterlijn');
  await expect(page.getByText('Elke dag', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zet in mijn agenda' })).toHaveCount(0);
  await expect(page.getByText(/De eerstvolgende keer/)).toHaveCount(0);
  await checkA11y(page);
});

test('a season ends in the calendar at the end of its last day in Amsterdam', async ({ page }) => {
  await page.clock.setFixedTime(THURSDAY_EVENING);
  await openApp(page, '#/activiteit?id=amstelveen-buurtmoestuin', '/?gemeente=amstelveen');
  await expect(page.getByText(/^Van maart tot en met oktober: Elke zaterdag, 10:00–12:30/)).toBeVisible();
  const [season] = events(await calendarFile(page));
  expect(season).toContain('DTSTART;TZID=Europe/Amsterdam:20270306T100000');
  // 23:59:59 summer time on Saturday 30 October 2027 is 21:59:59 UTC.
  expect(season).toContain('RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20271030T215959Z');
});

test('ages: only a minimum reads "Vanaf", a minimum of 0 is no limit, never "255"', async ({ page }) => {
  await page.route('**/data/directory.json', (route) => route.fulfill({
    contentType: 'application/json',
    // Newer than the packs, so the app reads this file (see data-errors.spec).
    headers: { 'last-modified': new Date(Date.now() + 60_000).toUTCString() },
    body: JSON.stringify({
      schema_version: 1,
      entries: [
        { id: 'soos', name: 'Ouderensoos', description: 'Samen kaarten', age_min: 65, needs: ['meet'], example: true },
        { id: 'iedereen', name: 'Buurtkoffie', description: 'Voor iedereen', age_min: 0, needs: ['meet'], example: true },
      ],
    }),
  }));
  await openApp(page, '#/activiteit?id=soos');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ouderensoos');
  await expect(page.getByText('Vanaf 65 jaar')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('255');
  await page.goto('/#/activiteit?id=iedereen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buurtkoffie');
  await expect(page.locator('main')).not.toContainText('255');
  await expect(page.getByText(/jaar$/)).toHaveCount(0);
});
