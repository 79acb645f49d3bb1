// Phone first: on a 360×740 screen the next step is on the first screen, the header is
// one bar with a menu, lists come back where they were left; at 360 px with the text at
// 200 % nothing scrolls sideways or is cut off; the result names someone to talk to.
// Driven by role and visible label, as a resident does.
import { readFile } from 'node:fs/promises';
import { test, expect, openApp, checkA11y, openFilters, menuLink, overflowing, largeText, PHONE } from './fixtures.mjs';

const DJG11 = JSON.parse(await readFile('data/instruments/djg11.json', 'utf8'));
const INSTRUCTION = DJG11.instruction.nl;

/** The bottom of `locator` on the first screen (the page scrolled to its top). */
async function bottomOnFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  return box.y + box.height + scrolled;
}

/** Whether the browser renders `locator` (Playwright counts the inside of a closed
 *  <details> as visible). */
const rendered = (locator) => locator.evaluate((el) => el.checkVisibility());

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: PHONE });

  test('the header is one bar; the menu opens and closes by button and Escape', async ({ page }) => {
    await openApp(page, '#/');
    const header = page.getByRole('banner');
    expect((await header.boundingBox()).height).toBeLessThanOrEqual(64);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('link', { name: 'Hulp nu' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Activiteiten' })).toBeHidden();
    const toggle = nav.getByRole('button', { name: 'Menu', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Activiteiten' })).toBeVisible();
    await expect(nav.getByRole('button', { name: 'Taal: Nederlands' })).toBeVisible();
    await checkA11y(page);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    // Following a link closes it.
    await toggle.click();
    await nav.getByRole('link', { name: 'Zelftest' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zelftest: hoe gaat het met u?');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  test('every statement, its answers and "Volgende" are on the first screen; the instruction once', async ({ page }) => {
    await openApp(page, '#/zelftest');
    await page.getByRole('link', { name: 'Begin de zelftest' }).click();
    for (let i = 0; i < DJG11.items.length; i++) {
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${i + 1} van 11`);
      const next = page.getByRole('link', { name: 'Volgende' });
      expect(await bottomOnFirstScreen(page, next), `statement ${i + 1}`).toBeLessThanOrEqual(PHONE.height);
      expect(await bottomOnFirstScreen(page, page.getByRole('radio').last())).toBeLessThanOrEqual(PHONE.height);
      const instruction = page.getByText(INSTRUCTION, { exact: true });
      if (i === 0) {
        // Verbatim, where the statements begin.
        await expect(instruction).toBeVisible();
        await checkA11y(page);
      } else {
        expect(await rendered(instruction), `instruction on statement ${i + 1}`).toBe(false);
        if (i === 1) {
          await page.getByText('Wat moet ik doen?').click();
          await expect.poll(() => rendered(instruction)).toBe(true);
          await checkA11y(page);
        }
      }
      await page.getByRole('radio', { name: 'nee' }).check();
      await next.click();
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Wat zou u helpen?' })).toBeVisible();
  });

  test('the directory shows its count and first result on the first screen; filters in a panel with a live count', async ({ page }) => {
    await openApp(page, '#/activiteiten');
    const count = page.locator('.result-count');
    await expect(count).toHaveText(/^\d+ activiteiten en contacten$/);
    const all = await count.textContent();
    const first = page.getByRole('main').getByRole('article').first();
    expect((await first.boundingBox()).y).toBeLessThan(PHONE.height);
    expect(await bottomOnFirstScreen(page, count)).toBeLessThan(PHONE.height);

    await openFilters(page);
    const done = page.getByRole('button', { name: /^Toon de lijst: / });
    await expect(done).toHaveText(`Toon de lijst: ${all}`);
    await page.getByRole('checkbox', { name: 'Gratis' }).check();
    await expect(page.getByText('Filteren en sorteren (1 gekozen)')).toBeVisible();
    await expect(done).not.toHaveText(`Toon de lijst: ${all}`);
    const filtered = (await done.textContent()).replace('Toon de lijst: ', '');
    // While the panel is open its count stays on screen (at the foot of the screen).
    const box = await done.boundingBox();
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await checkA11y(page);
    await done.click();
    await expect(page.locator('details.filter-panel')).not.toHaveAttribute('open', '');
    await expect(count).toBeFocused();
    await expect(count).toHaveText(filtered);
    expect((await first.boundingBox()).y).toBeLessThan(PHONE.height);
  });

  test('back from an activity restores the list: filters, cards shown, scroll position and focus', async ({ page }) => {
    await openApp(page, '#/activiteiten');
    await page.getByRole('button', { name: 'Toon meer' }).click();
    const cards = page.getByRole('main').getByRole('article');
    await expect(cards).toHaveCount(50);
    const far = cards.nth(45).getByRole('link').first();
    const name = await far.textContent();
    // Scrolled to as a resident would, until it is on screen (cards are laid out as they
    // come near, so the first jump may land beside it).
    await expect(async () => {
      await far.scrollIntoViewIfNeeded();
      await expect(far).toBeInViewport({ ratio: 1 });
    }).toPass();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    // Where the link is on screen: what the resident sees again. (Not the scroll
    // position: cards far from the screen have an estimated height until seen.)
    const onScreen = async () => Math.round((await page.getByRole('link', { name, exact: true }).boundingBox()).y);
    const seen = await onScreen();
    expect(seen).toBeGreaterThanOrEqual(0);
    expect(seen).toBeLessThan(PHONE.height);
    await far.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    // A new page starts at its top, at once (no scrolling animation from far down).
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goBack();
    await expect(cards).toHaveCount(50);
    await expect(page.getByRole('link', { name, exact: true })).toBeFocused();
    await expect.poll(async () => Math.abs((await onScreen()) - seen)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);

    // "Terug naar de activiteiten" does the same.
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('link', { name: 'Terug naar de activiteiten' }).click();
    await expect(cards).toHaveCount(50);
    await expect.poll(async () => Math.abs((await onScreen()) - seen)).toBeLessThanOrEqual(1);
    await expect(page.getByRole('link', { name, exact: true })).toBeFocused();

    // The menu's "Activiteiten" from elsewhere is a new visit: the top, 25 cards.
    await page.getByRole('link', { name: 'Hulp nu' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
    await (await menuLink(page, 'Activiteiten')).click();
    await expect(cards).toHaveCount(25);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('a filtered list comes back with its filters', async ({ page }) => {
    await openApp(page, '#/activiteiten?gratis=ja');
    const count = await page.locator('.result-count').textContent();
    await page.getByRole('main').getByRole('article').first().getByRole('link').first().click();
    await page.goBack();
    await expect(page).toHaveURL(/gratis=ja/);
    await expect(page.locator('.result-count')).toHaveText(count);
  });

  test('saving says so in words, and the menu counts the list', async ({ page }) => {
    await openApp(page, '#/activiteiten');
    const card = page.getByRole('main').getByRole('article').first();
    const name = await card.getByRole('heading').textContent();
    await card.getByRole('button', { name: `Bewaar in mijn lijstje: ${name}` }).click();
    await expect(card.getByRole('button', { name: `Bewaard in mijn lijstje: ${name}` })).toHaveText('Bewaard in mijn lijstje');
    const link = await menuLink(page, 'Mijn lijstje (1)');
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn lijstje');
  });

  test('the activity page: facts in one column, languages by name, dates in words', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T09:00:00+01:00'));
    const demo = JSON.parse(await readFile('data/directory.json', 'utf8'));
    const entry = demo.entries.find((e) => e.languages?.includes('en') && e.last_checked);
    await openApp(page, `#/activiteit?id=${entry.id}`);
    const facts = page.locator('dl.facts');
    const [term, value] = [facts.locator('dt').first(), facts.locator('dd').first()];
    // One column: the value stands under its label, not beside it.
    expect((await value.boundingBox()).y).toBeGreaterThan((await term.boundingBox()).y);
    await expect(facts).toContainText('Engels');
    await expect(facts).not.toContainText(/Talen\s*(nl|en)\b/);
    const [y, m, d] = entry.last_checked.split('-').map(Number);
    const month = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][m - 1];
    await expect(page.getByText(`${d} ${month} ${y}`, { exact: false }).last()).toBeVisible();
    await expect(page.getByText(entry.last_checked)).toHaveCount(0);
    await checkA11y(page);

    await openApp(page, '#/hulp');
    await expect(page.getByText('Nummer gecontroleerd: 23 november 2026').first()).toBeVisible();
  });
});

/** Answers every statement (`answer` per statement), the needs and the situation. */
async function finishCheck(page, { postcode = null } = {}) {
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  for (let i = 0; i < 11; i++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${i + 1} van 11`);
    await page.getByRole('radio', { name: 'nee' }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
  }
  await page.getByRole('link', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Over uw situatie' })).toBeVisible();
  if (postcode) {
    await page.getByLabel('Of vul uw postcode in').fill(postcode);
    await page.keyboard.press('Tab');
  }
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');
}

test.describe('the result names someone to talk to, on a phone within two screens', () => {
  test.use({ viewport: PHONE });

  test('the municipality of the visit', async ({ page }) => {
    await openApp(page, '#/zelftest', '/?gemeente=amstelveen');
    await finishCheck(page);
    const mail = page.getByRole('link', { name: 'Mail naar buurtteam@amstelveen.voorbeeld.nl' });
    await expect(mail).toHaveAttribute('href', 'mailto:buurtteam@amstelveen.voorbeeld.nl');
    await expect(page.getByText('Buurtteam Amstelveen (voorbeeld) denkt graag met u mee.')).toBeVisible();
    // The alliance's address is for those who want to contribute, never the contact
    // offered to talk to (it may show among the ideas, as a way to volunteer).
    const talk = page.getByRole('group', { name: 'Liever eerst met iemand praten?' });
    await expect(talk).toContainText('buurtteam@amstelveen.voorbeeld.nl');
    await expect(talk.getByText(/eenzaamheid@amstelveen\.nl/)).toHaveCount(0);
    expect(await bottomOnFirstScreen(page, mail)).toBeLessThanOrEqual(2 * PHONE.height);
    await checkA11y(page);
  });

  test('the municipality of the postcode typed, without asking the server for it', async ({ page }) => {
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await openApp(page, '#/zelftest');
    await finishCheck(page, { postcode: '1971 AB' });
    const call = page.getByRole('link', { name: 'Bel 0255 000 000' });
    await expect(call).toHaveAttribute('href', /^tel:/);
    await expect(page.getByText('Wijkteam Velsen (voorbeeld) denkt graag met u mee.')).toBeVisible();
    expect(await bottomOnFirstScreen(page, call)).toBeLessThanOrEqual(2 * PHONE.height);
    expect(asked).toContain('/data/gemeenten/index.json');
    expect(asked.filter((p) => p.startsWith('/data/gemeenten/') && p !== '/data/gemeenten/index.json')).toEqual([]);
  });

  test('without a municipality: De Luisterlijn; the printout keeps contact and helplines', async ({ page }) => {
    await openApp(page, '#/zelftest');
    await finishCheck(page);
    const talk = page.getByRole('group', { name: 'Liever eerst met iemand praten?' });
    await expect(talk).toContainText('De Luisterlijn');
    await expect(talk.getByRole('link', { name: /^Bel 088 0767 000$/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(talk).toBeVisible();
    await expect(page.getByRole('heading', { name: 'De Luisterlijn', exact: false }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Neem het mee' })).toBeVisible();
  });
});

test.describe('at 360 px with the text at 200 %', () => {
  test.use({ viewport: PHONE });

  const pages = [
    ['start', '#/'],
    ['help', '#/hulp'],
    ['privacy', '#/privacy'],
    ['about', '#/over'],
    ['shortlist', '#/lijstje'],
    ['handles', '#/handvatten'],
    ['worry', '#/zorgen', '/?gemeente=amstelveen'],
    ['unknown municipality', '#/', '/?gemeente=bestaat-niet'],
  ];
  for (const [name, hash, base] of pages) {
    test(`${name}: nothing scrolls sideways or is cut off`, async ({ page, allowedConsoleErrors }) => {
      // The unknown municipality's file is asked for, and is not there.
      if (base) allowedConsoleErrors.push(/status of 404/);
      await openApp(page, hash, base);
      await largeText(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await overflowing(page)).toEqual([]);
      // With the menu open too.
      await page.getByRole('button', { name: 'Menu', exact: true }).click();
      expect(await overflowing(page)).toEqual([]);
    });
  }

  test('every step of the check and the result, with "Vraag het voor mij" open', async ({ page }) => {
    await openApp(page, '#/zelftest', '/?gemeente=velsen');
    await largeText(page);
    expect(await overflowing(page), 'intro').toEqual([]);
    await page.getByRole('link', { name: 'Begin de zelftest' }).click();
    for (let i = 0; i < 11; i++) {
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Vraag ${i + 1} van 11`);
      expect(await overflowing(page), `statement ${i + 1}`).toEqual([]);
      await page.getByRole('radio', { name: 'ja', exact: true }).check();
      await page.getByRole('link', { name: 'Volgende' }).click();
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Wat zou u helpen?' })).toBeVisible();
    expect(await overflowing(page), 'needs').toEqual([]);
    await page.getByRole('link', { name: 'Volgende' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Over uw situatie' })).toBeVisible();
    expect(await overflowing(page), 'situation').toEqual([]);
    await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');
    expect(await overflowing(page), 'result').toEqual([]);
    await page.getByRole('button', { name: 'Vraag het voor mij' }).click();
    await expect(page.getByLabel('Uw bericht (u kunt het veranderen)')).toBeVisible();
    expect(await overflowing(page), 'ask for me').toEqual([]);
    await page.getByRole('checkbox', { name: 'Houd mijn uitslagen bij op dit apparaat' }).check();
    await expect(page.getByRole('table', { name: /^Mijn uitslagen met de / })).toBeVisible();
    await page.getByRole('radio', { name: 'In mijn eigen woorden' }).check();
    await page.getByLabel('Mijn stap').fill('Bel mijn buurvrouw en vraag of ze zaterdag met mij meegaat naar het taalcafé');
    await expect(page.getByRole('link', { name: 'Zet mijn stap in mijn agenda' })).toBeVisible();
    expect(await overflowing(page), 'course, small step, again later').toEqual([]);
    await checkA11y(page);
  });

  test('the directory with its filters open, and an activity', async ({ page }) => {
    await openApp(page, '#/activiteiten');
    await largeText(page);
    await page.getByRole('main').getByRole('article').first().waitFor();
    expect(await overflowing(page), 'list').toEqual([]);
    await openFilters(page);
    expect(await overflowing(page), 'filters open').toEqual([]);
    await checkA11y(page);
    await page.getByRole('button', { name: /^Toon de lijst: / }).click();
    await page.getByRole('main').getByRole('article').first().getByRole('link').first().click();
    await expect(page.getByRole('link', { name: 'Terug naar de activiteiten' })).toBeVisible();
    expect(await overflowing(page), 'activity').toEqual([]);
    // The shortlist with that activity on it.
    await page.getByRole('button', { name: /^Bewaar in mijn lijstje/ }).click();
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('link', { name: 'Mijn lijstje (1)' }).click();
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
    expect(await overflowing(page), 'shortlist').toEqual([]);
    await checkA11y(page);
  });
});

test.describe('on a 1280×800 screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the links stand in the bar, without a menu button; nothing scrolls sideways', async ({ page }) => {
    await openApp(page, '#/activiteiten');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(nav.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    for (const name of ['Zelftest', 'Activiteiten', 'Mijn lijstje', 'Hulp nu']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    expect((await page.getByRole('banner').boundingBox()).height).toBeLessThanOrEqual(64);
    await expect(page.getByRole('main').getByRole('article').first()).toBeInViewport();
    expect(await overflowing(page)).toEqual([]);
    await checkA11y(page);
  });
});
