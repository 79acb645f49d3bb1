// "Vraag het voor mij": the resident prepares a message to the municipality's contact
// for residents and sends it themselves (src/components/ask_for_me.rs).
import { test, expect, openApp, checkA11y, answerStatements } from './fixtures.mjs';

/** The check with "nee" everywhere, someone to talk to and transport as needs, 65+. */
async function finishCheck(page) {
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await answerStatements(page, 'nee');
  await page.getByRole('checkbox', { name: 'Iemand om mee te praten' }).check();
  await page.getByRole('checkbox', { name: 'Vervoer om ergens te komen' }).check();
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: '65 jaar of ouder' }).check();
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');
}

/** The `mailto:` link's address and decoded fields. */
async function mailFields(page) {
  const href = await page.getByRole('link', { name: 'Zet het bericht in een e-mail' }).getAttribute('href');
  expect(href).toMatch(/^mailto:/);
  const [to, query] = href.slice('mailto:'.length).split('?');
  const fields = {};
  for (const pair of query.split('&')) {
    const [key, value] = pair.split('=');
    fields[key] = decodeURIComponent(value);
  }
  return { to, ...fields, href };
}

test.describe('in Velsen, whose residents\' contact is an example', () => {
  test.use({ allowedConsoleErrors: [] });

  test('a resident prepares a message, edits it, and the e-mail carries exactly that text', async ({ page }) => {
    const origins = new Set();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await openApp(page, '#/zelftest', '/?gemeente=velsen');
    await finishCheck(page);
    const open = page.getByRole('button', { name: 'Vraag het voor mij' });
    await expect(open).toHaveAttribute('aria-expanded', 'false');
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const form = page.getByRole('region', { name: 'Vraag het voor mij' });
    await expect(form.getByRole('heading', { name: 'Vraag het voor mij' })).toBeFocused();

    const message = form.getByLabel('Uw bericht (u kunt het veranderen)');
    // By default: what would help, never the score.
    await expect(form.getByRole('checkbox', { name: 'Mijn score in de zelftest' })).not.toBeChecked();
    await expect(message).toHaveValue(/^Beste Wijkteam Velsen \(voorbeeld\),\n\n/);
    await expect(message).toHaveValue(/- Wat mij zou helpen: iemand om mee te praten, vervoer om ergens te komen\n/);
    await expect(message).not.toHaveValue(/score/i);
    await expect(message).not.toHaveValue(/65/);

    // Ticks change the draft; the score only when asked for.
    await form.getByRole('checkbox', { name: 'Mijn leeftijd, goede momenten, wat voor mij moet en wat het moeilijk maakt' }).check();
    await expect(message).toHaveValue(/- Mijn leeftijd: 65 jaar of ouder\n/);
    await form.getByRole('checkbox', { name: 'Mijn score in de zelftest' }).check();
    await expect(message).toHaveValue(/- Mijn score in de zelftest: \d+ \(op een schaal van 0 tot 11\)\./);
    await form.getByLabel('Hoe kunnen ze u bereiken? (niet verplicht)').fill('06 12345678, liefst ’s ochtends');
    await expect(message).toHaveValue(/U kunt mij bereiken via: 06 12345678, liefst ’s ochtends\n\nMet vriendelijke groet,$/);

    // The resident's own words, with characters a mail link must encode.
    await message.fill(`${await message.inputValue()}\nAnna & Piet #3? 100% zeker.`);
    const edited = await message.inputValue();
    const mail = await mailFields(page);
    expect(mail.to).toBe('eenzaamheid@velsen.voorbeeld.nl');
    expect(mail.subject).toBe('Graag contact, via Samenwijzer');
    expect(mail.body).toBe(edited.replace(/\n/g, '\r\n'));
    expect(mail.href).not.toContain('+');
    // After an edit the ticks no longer rewrite it, until the resident asks.
    await form.getByRole('checkbox', { name: 'Mijn score in de zelftest' }).uncheck();
    await expect(message).toHaveValue(edited);
    await form.getByRole('button', { name: 'Maak het bericht opnieuw' }).click();
    await expect(message).not.toHaveValue(/score|Anna/);

    // Calling instead: the number, with the message as a crib sheet.
    await expect(form.getByRole('link', { name: 'Bel 0255 000 000' })).toHaveAttribute('href', 'tel:0255000000');
    await checkA11y(page);
    expect([...origins]).toEqual([new URL(page.url()).origin]);
  });

  test('with nothing ticked the e-mail carries no personal data', async ({ page }) => {
    await openApp(page, '#/zelftest', '/?gemeente=velsen');
    await finishCheck(page);
    await page.getByRole('button', { name: 'Vraag het voor mij' }).click();
    const form = page.getByRole('region', { name: 'Vraag het voor mij' });
    for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
    const { body } = await mailFields(page);
    expect(body).toBe([
      'Beste Wijkteam Velsen (voorbeeld),',
      'Ik heb op Samenwijzer de zelftest over eenzaamheid gedaan. Ik zou graag met iemand praten over wat mij kan helpen. Wilt u contact met mij opnemen?',
      'Met vriendelijke groet,',
    ].join('\r\n\r\n'));
  });

  test('the message can be copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '#/zelftest', '/?gemeente=velsen');
    await finishCheck(page);
    await page.getByRole('button', { name: 'Vraag het voor mij' }).click();
    const form = page.getByRole('region', { name: 'Vraag het voor mij' });
    await form.getByRole('button', { name: 'Kopieer het bericht' }).click();
    await expect(form.getByRole('status')).toHaveText('Het bericht is gekopieerd.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await form.getByLabel('Uw bericht (u kunt het veranderen)').inputValue());
  });
});

test('in English, the draft is English', async ({ page }) => {
  await openApp(page, '#/zelftest', '/?gemeente=beverwijk&taal=en');
  await page.getByRole('link', { name: 'Start the self-check' }).click();
  await answerStatements(page, 'no', { lang: 'en' });
  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByRole('link', { name: 'See your result' }).click();
  await page.getByRole('button', { name: 'Ask for me' }).click();
  await expect(page.getByLabel('Your message (you can change it)')).toHaveValue(/^Dear Wijkteam Beverwijk \(voorbeeld\),\n\nI did the self-check/);
});

test('without a contact for residents there is no "Vraag het voor mij", only the helplines', async ({ page }) => {
  await openApp(page, '#/zelftest');
  await finishCheck(page);
  await expect(page.getByRole('group', { name: 'Liever eerst met iemand praten?' })).toContainText('De Luisterlijn');
  await expect(page.getByRole('button', { name: 'Vraag het voor mij' })).toHaveCount(0);
});

test('the privacy page says nothing leaves until the resident sends it', async ({ page }) => {
  await openApp(page, '#/privacy');
  await expect(page.getByText(/Met “Vraag het voor mij” maakt u zelf een bericht/)).toBeVisible();
});
