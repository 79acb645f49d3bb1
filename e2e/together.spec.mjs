// "Samen invullen" (#/samen): the self-check filled in by a resident with a helper
// beside them. Nothing is stored in this mode, "Klaar — alles wissen" and the idle
// timer return to a clean start page, each step has a note for the helper.
import { readFileSync } from 'node:fs';
import { test, expect, openApp, checkA11y, overflowing, largeText, PHONE, chooseLanguage, addWidget } from './fixtures.mjs';
import { HOST_ORIGIN } from './ports.mjs';

// The config is replaced in one test; the service worker would fetch it itself.
test.use({ serviceWorkers: 'block' });

const DJG11 = JSON.parse(readFileSync(new URL('../data/instruments/djg11.json', import.meta.url)));

/** Every key of ours in localStorage and sessionStorage. */
const ourKeys = (page) => page.evaluate(() =>
  [...Object.keys(localStorage), ...Object.keys(sessionStorage).map((k) => `session:${k}`)]
    .filter((k) => k.replace('session:', '').startsWith('samenwijzer.')));

const expectNothingStored = async (page, where) =>
  expect(await ourKeys(page), `storage after ${where}`).toEqual([]);

async function beginTogether(page, base = '/') {
  await openApp(page, '#/samen', base);
  await page.getByRole('button', { name: 'Begin samen' }).click();
  await expect(page).toHaveURL(/#\/zelftest$/);
  await expect(page.getByRole('region', { name: 'Samen invullen' })).toBeVisible();
}

test('from the start page to the result, a together-session stores nothing', async ({ page }) => {
  await openApp(page, '', '/?gemeente=velsen');
  await page.getByRole('link', { name: 'Ik vul dit in met iemand anders' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen invullen');
  await expect(page.getByText('Wordt de app 10 minuten niet gebruikt? Dan wist hij alles vanzelf.', { exact: false })).toBeVisible();
  await checkA11y(page);
  await page.getByRole('button', { name: 'Begin samen' }).click();

  // The bar, larger text, and no offer to keep anything.
  const bar = page.getByRole('region', { name: 'Samen invullen' });
  await expect(bar.getByText('Er wordt niets bewaard.')).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Klaar — alles wissen' })).toBeVisible();

  await expect(page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden op dit apparaat' })).toHaveCount(0);
  await checkA11y(page);
  await expectNothingStored(page, 'the intro');

  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  for (let n = 1; n <= 11; n++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${n} van 11`);
    // The statement is the scale's own, word for word, addressed to the resident.
    const legend = page.getByRole('main').getByRole('group').filter({ has: page.getByRole('radio') }).locator('legend');
    await expect(legend).toHaveText(DJG11.items[n - 1].text.nl);
    // In larger text than alone (there 1.3rem and 1.125rem of 16 px): the statement and
    // its answers.
    if (n === 1) {
      const px = (locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await px(legend)).toBeGreaterThanOrEqual(1.5 * 16);
      expect(await px(page.locator('.option').first())).toBeGreaterThanOrEqual(1.3 * 16);
    }
    await page.getByRole('radio', { name: n % 2 ? 'ja' : 'nee', exact: true }).check();
    await expectNothingStored(page, `statement ${n}`);
    await page.getByRole('link', { name: 'Volgende' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Wat zou u helpen?' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Vervoer om ergens te komen' }).check();
  await expectNothingStored(page, 'the needs');
  await page.getByRole('link', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Over uw situatie' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden op dit apparaat' })).toHaveCount(0);
  await page.getByLabel('Of vul uw postcode in').fill('1971 AB');
  await page.keyboard.press('Tab');
  await expectNothingStored(page, 'the situation');
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');
  // The hand-over first: the local contact, then the card to take along, before ideas.
  await expect(page.getByText('Wijkteam Velsen (voorbeeld)').first()).toBeVisible();
  const order = await page.evaluate(() => ['#praten-kop', '#samenvatting-kop', '#ideeen-kop']
    .map((id) => document.querySelector(id)?.getBoundingClientRect().top ?? null));
  expect(order.every((y) => y !== null), 'contact, card and ideas are all there').toBe(true);
  expect(order, 'contact, then card, then ideas').toEqual([...order].sort((a, b) => a - b));
  // What would be kept on the device is not offered.
  await expect(page.getByRole('heading', { name: 'Mijn verloop' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Later opnieuw?' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden op dit apparaat' })).toHaveCount(0);
  await checkA11y(page);
  await expectNothingStored(page, 'the result');

  // Another language for the resident is not remembered either.
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result');
  await expect(page.getByRole('region', { name: 'Filling it in together' })).toBeVisible();
  await expectNothingStored(page, 'switching language');
});

test('"Klaar — alles wissen" returns to a clean start page', async ({ page }) => {
  await beginTogether(page, '/?gemeente=velsen');
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await page.getByRole('radio', { name: 'ja', exact: true }).check();
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'nee', exact: true }).check();
  await page.getByRole('button', { name: 'Klaar — alles wissen' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
  await expect(page).toHaveURL(/\/\?gemeente=velsen#\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('html')).not.toHaveAttribute('data-samen');
  await expect(page.getByRole('region', { name: 'Samen invullen' })).toHaveCount(0);
  await expectNothingStored(page, 'Klaar');
  // Nothing of the session is left: the check starts from the beginning.
  await page.getByRole('link', { name: 'Doe de zelftest' }).click();
  await expect(page.getByRole('link', { name: 'Begin de zelftest' })).toBeVisible();
  await page.goto('/?gemeente=velsen#/zelftest?stap=1');
  await expect(page.getByRole('radio', { name: 'ja', exact: true })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'nee', exact: true })).not.toBeChecked();
});

test("the owner's saved answers are neither shown nor touched, and are there after the session", async ({ page }) => {
  await openApp(page, '#/zelftest');
  await page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden op dit apparaat' }).check();
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await page.getByRole('radio', { name: 'ja', exact: true }).check();
  const before = await page.evaluate(() => localStorage.getItem('samenwijzer.check'));
  expect(before).toContain('"answers"');

  await page.goto('/#/samen');
  await page.getByRole('button', { name: 'Begin samen' }).click();
  // A fresh start: not "Ga verder" with the owner's answers.
  await expect(page.getByRole('link', { name: 'Begin de zelftest' })).toBeVisible();
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await expect(page.getByRole('radio', { name: 'ja', exact: true })).not.toBeChecked();
  await page.getByRole('radio', { name: 'nee', exact: true }).check();
  expect(await page.evaluate(() => localStorage.getItem('samenwijzer.check'))).toBe(before);

  await page.getByRole('button', { name: 'Klaar — alles wissen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
  await page.goto('/#/zelftest?stap=1');
  await expect(page.getByRole('radio', { name: 'ja', exact: true })).toBeChecked();
});

test("the owner's remembered list is not shown in the session, and is there after it", async ({ page }) => {
  const KOFFIE = 'Koffieochtend in buurthuis De Zeemeeuw';
  await openApp(page, '#/activiteiten?q=koffieochtend%20zeemeeuw');
  await page.getByRole('button', { name: `Bewaar in mijn lijstje: ${KOFFIE}` }).click();
  await page.getByRole('link', { name: 'Mijn lijstje (1)', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Onthoud mijn lijstje op dit apparaat' }).check();
  const stored = () => page.evaluate(() => localStorage.getItem('samenwijzer.lijstje'));
  await expect.poll(stored).toBe('["velsen-koffieochtend-zeewijk"]');

  await page.goto('/#/samen');
  await page.getByRole('button', { name: 'Begin samen' }).click();
  // The menu counts no list, and the list page has nothing of the owner's.
  await expect(page.getByRole('link', { name: 'Mijn lijstje', exact: true })).toBeAttached();
  await expect(page.getByRole('link', { name: 'Mijn lijstje (1)', exact: true })).toHaveCount(0);
  await page.goto('/#/lijstje');
  await expect(page.getByRole('region', { name: 'Samen invullen' })).toBeVisible();
  await expect(page.getByText('Uw lijstje is nog leeg.', { exact: false })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(await stored()).toBe('["velsen-koffieochtend-zeewijk"]');

  await page.getByRole('button', { name: 'Klaar — alles wissen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
  await page.goto('/#/lijstje');
  await expect(page.getByRole('article').getByRole('heading')).toHaveText([KOFFIE]);
});

test('after ten minutes without use it warns, and a minute later it starts clean', async ({ page }) => {
  await page.clock.install();
  await beginTogether(page);
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await page.getByRole('radio', { name: 'ja', exact: true }).check();

  const dialog = page.getByRole('dialog', { name: 'Bent u er nog?' });
  await page.clock.fastForward('08:50');
  await expect(dialog).toHaveCount(0);
  await page.clock.fastForward('00:20');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/Over \d+ seconden wist de app alles en begint opnieuw\./);
  await expect(dialog.getByRole('button', { name: 'Ik ben er nog' })).toBeFocused();
  await checkA11y(page);
  // "Ik ben er nog" keeps the session.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'ja', exact: true })).toBeChecked();

  // Use counts: a key press now starts the ten minutes again.
  await page.clock.fastForward('05:00');
  await page.keyboard.press('Tab');
  await page.clock.fastForward('05:00');
  await expect(dialog).toHaveCount(0);
  await page.clock.fastForward('04:10');
  await expect(dialog).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen op zoek naar wat u helpt');
  await expect(page).toHaveURL(/\/#\/$/);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('html')).not.toHaveAttribute('data-samen');
  await expectNothingStored(page, 'the idle reset');
  await page.goto('/#/zelftest?stap=1');
  await expect(page.getByRole('radio', { name: 'ja', exact: true })).not.toBeChecked();
});

test("the municipality's idle time is the one used and said", async ({ page }) => {
  await page.route('**/data/gemeenten/velsen.json', async (route) => {
    const config = await (await route.fetch()).json();
    await route.fulfill({ json: { ...config, together: { idle_minutes: 3 } } });
  });
  await page.clock.install();
  await openApp(page, '#/samen', '/?gemeente=velsen');
  await expect(page.getByText('Wordt de app 3 minuten niet gebruikt?', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Begin samen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bent u er nog?' });
  await page.clock.fastForward('01:50');
  await expect(dialog).toHaveCount(0);
  await page.clock.fastForward('00:20');
  await expect(dialog).toBeVisible();
});

test('the note for the helper is reachable by keyboard, announced, and follows the step', async ({ page }) => {
  await beginTogether(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const toggle = page.getByRole('button', { name: 'Tip voor wie helpt' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // What a screen reader is given: a button with its state, and the note.
  await expect(page.locator('.helper-note')).toMatchAriaSnapshot(`
    - button "Tip voor wie helpt" [expanded]
    - note:
      - paragraph: /^Vertel dat het om een paar korte uitspraken gaat/
  `);
  await checkA11y(page);

  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await expect(page.getByRole('note')).toHaveText(/^Lees de uitspraak voor zoals hij er staat/);
  for (let n = 1; n <= 11; n++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${n} van 11`);
    await page.getByRole('radio', { name: 'nee', exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
  }
  await expect(page.getByRole('note')).toHaveText(/^Vraag wat iemand nodig heeft\. Zeg niet wat iemand moet doen\./);
  await page.getByRole('link', { name: 'Volgende' }).click();
  await expect(page.getByRole('note')).toHaveText(/^Vraag alleen wat iemand wil vertellen\./);
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');
  await expect(page.getByRole('note')).toHaveText(/^Vraag eerst wat iemand van de uitkomst vindt\./);
  await checkA11y(page);
});

test('the widget starts on the together page with data-start="samen"', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/host.html`);
  const frame = await addWidget(page, 'samen', { gemeente: 'velsen', start: 'samen' });
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Samen invullen');
  await frame.getByRole('button', { name: 'Begin samen' }).click();
  await expect(frame.getByRole('region', { name: 'Samen invullen' })).toBeVisible();
});

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: PHONE });

  test('with the larger text a statement, its answers and "Volgende" fit the first screen', async ({ page }) => {
    await beginTogether(page, '/?gemeente=velsen');
    await page.getByRole('link', { name: 'Begin de zelftest' }).click();
    await page.getByRole('radio', { name: 'ja', exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vraag 2 van 11');
    await page.evaluate(() => window.scrollTo(0, 0));
    const next = await page.getByRole('link', { name: 'Volgende' }).boundingBox();
    expect(next.y + next.height, '"Volgende" on the first screen').toBeLessThanOrEqual(PHONE.height);
    expect(await overflowing(page)).toEqual([]);
  });

  test('at 200 % text nothing scrolls sideways: the page, the bar, the note and the warning', async ({ page }) => {
    await page.clock.install();
    await openApp(page, '#/samen', '/?gemeente=velsen');
    await largeText(page);
    expect(await overflowing(page), 'the together page').toEqual([]);
    await page.getByRole('button', { name: 'Begin samen' }).click();
    await page.getByRole('button', { name: 'Tip voor wie helpt' }).click();
    expect(await overflowing(page), 'the intro with the note open').toEqual([]);
    await page.getByRole('link', { name: 'Begin de zelftest' }).click();
    expect(await overflowing(page), 'a statement').toEqual([]);
    await page.clock.fastForward('09:10');
    await expect(page.getByRole('dialog', { name: 'Bent u er nog?' })).toBeVisible();
    expect(await overflowing(page), 'the warning').toEqual([]);
  });
});
