// Every language of i18n/LINGUAS, as its reader meets it: every page with the right
// <html lang dir>, no key names and no Dutch left in the app's own texts, no axe
// violations; the statements in Dutch or English where the scale has no validated
// translation; right to left for Arabic, at phone size and in the widget.
import { readFileSync } from 'node:fs';
import gettextParser from 'gettext-parser';
import { test, expect, openApp, checkA11y, chooseLanguage, overflowing, addWidget, PHONE } from './fixtures.mjs';
import { HOST_ORIGIN } from './ports.mjs';

const LINGUAS = readFileSync('i18n/LINGUAS', 'utf8')
  .split('\n')
  .map((l) => l.split('#')[0].trim())
  .filter(Boolean);

/** The catalogue of a language: key → its text, read with a real PO parser. */
function catalogue(code) {
  const file = code === 'nl' ? 'i18n/samenwijzer.pot' : `i18n/${code}.po`;
  const { translations } = gettextParser.po.parse(readFileSync(file));
  const texts = {};
  for (const [key, messages] of Object.entries(translations)) {
    if (!key) continue;
    for (const message of Object.values(messages)) texts[key] = code === 'nl' ? message.msgid : message.msgstr[0];
  }
  return texts;
}
const DUTCH = catalogue('nl');

// Every page; the heading is the key of its title (the activity's is its own name).
const PAGES = [
  ['', 'StartTitle'],
  ['#/zelftest', 'CheckTitle'],
  ['#/uitslag', 'ResultTitle'],
  ['#/activiteiten', 'DirectoryTitle'],
  ['#/activiteit?id=de-luisterlijn', null],
  ['#/lijstje', 'ShortlistTitle'],
  ['#/handvatten', 'TipsTitle'],
  ['#/zorgen', 'WorryTitle'],
  ['#/samen', 'TogetherTitle'],
  ['#/hulp', 'HelpTitle'],
  ['#/privacy', 'PrivacyTitle'],
  ['#/over', 'AboutTitle'],
  ['#/bestaat-niet', 'NotFoundTitle'],
];

/** The page's own text in its language: everything but what is marked as being in
 *  another language (the directory's Dutch entries, the statements, the language
 *  list's names), scripts and styles. */
async function ownText(page) {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const body = document.body.cloneNode(true);
    for (const el of body.querySelectorAll(`[lang]:not([lang="${lang}"]), script, style, noscript, template`)) el.remove();
    return body.textContent.replace(/\s+/g, ' ');
  });
}

/** Dutch texts of the app found in `text`, but for those the language keeps in its own
 *  texts; only whole texts of 12 characters or more count (short ones, such as
 *  "Start", may well be the same word). */
function dutchLeft(text, texts) {
  return Object.entries(DUTCH)
    .filter(([, dutch]) => dutch.length >= 12 && !dutch.includes('{'))
    // A name the translation keeps ("De Luisterlijn") is not Dutch left over.
    .filter(([, dutch]) => !Object.values(texts).some((t) => t.includes(dutch)))
    .filter(([, dutch]) => text.includes(dutch))
    .map(([key]) => key);
}

function keysShown(text) {
  return Object.keys(DUTCH).filter((key) => /[a-z][A-Z]/.test(key) && new RegExp(`\\b${key}\\b`).test(text));
}

for (const code of LINGUAS) {
  const texts = catalogue(code);
  const dir = texts.TextDirection;

  test(`${code}: every page has <html lang="${code}" dir="${dir}">, its own texts only, and no axe violations`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const [hash, titleKey] of PAGES) {
      await openApp(page, `?taal=${code}${hash}`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      const heading = titleKey ? texts[titleKey] : 'De Luisterlijn';
      await expect(page.getByRole('heading', { level: 1 }), hash).toHaveText(heading);
      await expect(page).toHaveTitle(`${heading} – ${texts.AppName}`);
      const text = await ownText(page);
      expect(keysShown(text), `key names on ${hash || '#/'}`).toEqual([]);
      expect(dutchLeft(text, texts), `Dutch on ${hash || '#/'}`).toEqual([]);
      await checkA11y(page);
    }
  });
}

test('the language list names each language in itself, and a choice is remembered', async ({ page }) => {
  await openApp(page, '#/hulp');
  await page.getByRole('button', { name: 'Taal: Nederlands' }).click();
  const list = page.locator('#talen');
  for (const code of ['nl', ...LINGUAS]) {
    const name = catalogue(code).LanguageName;
    await expect(list.getByRole('button', { name, exact: true })).toHaveAttribute('lang', code);
  }
  await expect(list.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-current', 'true');
  await checkA11y(page);
  // Escape closes the list and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(page.getByRole('button', { name: 'Taal: Nederlands' })).toBeFocused();
  await chooseLanguage(page, 'Türkçe');
  const tr = catalogue('tr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr.HelpTitle);
  await expect(page.getByRole('button', { name: `${tr.LanguageMenu}: Türkçe` })).toBeFocused();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await chooseLanguage(page, 'العربية');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await chooseLanguage(page, 'Nederlands');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nu');
});

test('in Turkish the statements are Dutch, or English by choice, with their lang, and the page says why', async ({ page }) => {
  const tr = catalogue('tr');
  await openApp(page, '?taal=tr#/zelftest');
  await expect(page.getByText(tr.StatementsNotTranslated)).toBeVisible();
  const choice = page.getByRole('group', { name: tr.StatementsLanguage });
  await expect(choice.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  await checkA11y(page);
  await page.getByRole('link', { name: tr.CheckStart }).click();
  const statement = page.locator('fieldset.question');
  await expect(statement).toHaveAttribute('lang', 'nl');
  await expect(statement.locator('legend')).toHaveText('Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse probleempjes terecht kan');
  await expect(statement.getByRole('radio', { name: 'ja', exact: true })).toBeVisible();
  // The frame around it is Turkish.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(tr.CheckStepQuestion.replace('{n}', 1).replace('{total}', 11));
  await checkA11y(page);
  await page.goBack();
  await page.getByRole('group', { name: tr.StatementsLanguage }).getByRole('radio', { name: 'English' }).check();
  await page.getByRole('link', { name: tr.CheckStart }).click();
  await expect(statement).toHaveAttribute('lang', 'en');
  await expect(statement.locator('legend')).toHaveText('There is always someone I can talk to about my day-to-day problems');
  // In English and in Dutch, the scale speaks the page's language: no choice.
  await chooseLanguage(page, 'English');
  await expect(statement).toHaveAttribute('lang', 'en');
  await page.goto('/#/zelftest');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('group', { name: 'Read the statements in' })).toHaveCount(0);
});

test('in Turkish the result names the band in the statements\' own words, marked as Dutch', async ({ page }) => {
  const tr = catalogue('tr');
  await openApp(page, '?taal=tr#/zelftest?stap=1');
  for (let n = 1; n <= 11; n++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(tr.CheckStepQuestion.replace('{n}', n).replace('{total}', 11));
    await page.getByRole('main').getByRole('radio', { name: 'nee', exact: true }).check();
    await page.getByRole('link', { name: tr.CheckNext, exact: true }).click();
  }
  await page.evaluate(() => { window.location.hash = '#/uitslag'; });
  const band = page.locator('.score__text span[lang="nl"]');
  await expect(band).toHaveAttribute('dir', 'ltr');
  await expect(band).not.toBeEmpty();
  await expect(page.locator('.score__text')).toContainText(tr.ResultBand.split('{band}')[0].trim());
  await checkA11y(page);
});

test('an entry with its own Turkish text shows it in Turkish, marked so, and in Dutch otherwise', async ({ page }) => {
  const directory = JSON.parse(readFileSync('data/directory.json', 'utf8'));
  const entry = directory.entries.find((e) => e.translations?.tr?.name);
  await openApp(page, `?taal=tr#/activiteit?id=${entry.id}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(entry.translations.tr.name);
  await expect(heading).toHaveAttribute('lang', 'tr');
  await expect(page.getByText(entry.translations.tr.description)).toHaveAttribute('lang', 'tr');
  await chooseLanguage(page, 'Nederlands');
  await expect(heading).toHaveText(entry.name);
  await expect(heading).toHaveAttribute('lang', 'nl');
  // In the list, too (the reader's own choice, Dutch now, wins over the URL's).
  await openApp(page, `#/activiteiten?q=${encodeURIComponent(entry.name)}`);
  await expect(page.getByRole('link', { name: entry.name })).toHaveAttribute('lang', 'nl');
  await chooseLanguage(page, 'Türkçe');
  await expect(page.getByRole('link', { name: entry.translations.tr.name })).toHaveAttribute('lang', 'tr');
});

test('in Polish the directory says its entries are Dutch, and marks them so', async ({ page }) => {
  const pl = catalogue('pl');
  await openApp(page, '?taal=pl#/activiteiten');
  await expect(page.getByText(pl.DirectoryInDutch)).toBeVisible();
  const first = page.locator('article.entry').first();
  await expect(first.getByRole('heading').getByRole('link')).toHaveAttribute('lang', 'nl');
  await openApp(page, '?taal=pl#/over');
  await expect(page.getByText(pl.AboutTranslationUnchecked)).toBeVisible();
  await expect(page.getByText(pl.StatementsNotTranslated)).toBeVisible();
  await chooseLanguage(page, 'Nederlands');
  await expect(page.getByText(DUTCH.DirectoryInDutch)).toHaveCount(0);
  await expect(page.getByText(DUTCH.AboutTranslationUnchecked)).toHaveCount(0);
});

test.describe('right to left, on a 360×740 phone', () => {
  test.use({ viewport: PHONE });

  test('no page scrolls sideways, and the layout is mirrored', async ({ page }) => {
    test.setTimeout(120_000);
    for (const [hash] of PAGES) {
      await openApp(page, `?taal=ar${hash}`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      expect(await overflowing(page), hash || '#/').toEqual([]);
    }
    // The header: the name on the right, the menu button on the left.
    await openApp(page, '?taal=ar');
    const brand = await page.locator('.brand').boundingBox();
    const menu = await page.locator('#menu-knop').boundingBox();
    expect(brand.x).toBeGreaterThan(menu.x);
    // The check: the progress grows from the right, "next" is on the left of "back".
    const ar = catalogue('ar');
    await openApp(page, '?taal=ar#/zelftest?stap=2');
    const track = await page.locator('.progress').boundingBox();
    const bar = await page.locator('.progress__bar').boundingBox();
    expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(2);
    expect(bar.width).toBeLessThan(track.width / 2);
    const next = await page.getByRole('link', { name: ar.CheckNext, exact: true }).boundingBox();
    const back = await page.getByRole('link', { name: ar.CheckPrevious, exact: true }).boundingBox();
    expect(next.x).toBeLessThan(back.x);
    // The Dutch statement inside runs left to right.
    await expect(page.locator('fieldset.question')).toHaveAttribute('dir', 'ltr');
    await checkA11y(page);
    // Phone numbers keep their order: "088 0767 000", not "000 0767 088".
    await openApp(page, '?taal=ar#/hulp');
    const call = page.locator('a[href="tel:0880767000"]').first();
    const digits = await call.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      // The digit groups' positions on screen, from left to right.
      const text = a.textContent;
      const groups = [];
      for (const m of text.matchAll(/\d+/g)) {
        const r = document.createRange();
        r.setStart(a.firstChild, m.index);
        r.setEnd(a.firstChild, m.index + m[0].length);
        groups.push([r.getBoundingClientRect().x, m[0]]);
      }
      return groups.sort((x, y) => x[0] - y[0]).map((g) => g[1]).join(' ');
    });
    expect(digits).toBe('088 0767 000');
  });

  test('the widget is right to left on a left-to-right page', async ({ page }) => {
    await page.goto(`${HOST_ORIGIN}/host.html`);
    const frame = await addWidget(page, 'arabisch', { gemeente: 'velsen', taal: 'ar', start: 'activiteiten' });
    await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(catalogue('ar').DirectoryTitle);
    const scrolls = await frame.locator('html').evaluate((html) => html.scrollWidth > html.clientWidth);
    expect(scrolls).toBe(false);
  });
});
