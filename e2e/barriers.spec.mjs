// What makes going hard (issue 12): chosen in the self-check, answered by the
// suggestions (a reason, or the activity left out), shown on the activity's page and
// on the printed card.
import { test, expect, openApp, checkA11y, answerStatements } from './fixtures.mjs';

/** The check in Velsen with "Meer zelfvertrouwen of sociale vaardigheden" and the given barriers. */
async function checkWith(page, barriers) {
  await openApp(page, '#/zelftest', '/?gemeente=velsen');
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  await answerStatements(page, 'ja');
  await page.getByRole('checkbox', { name: 'Meer zelfvertrouwen of sociale vaardigheden' }).check();
  const group = page.getByRole('group', { name: /Wat maakt het moeilijk om ergens heen te gaan\?/ });
  for (const barrier of barriers) await group.getByRole('checkbox', { name: barrier }).check();
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('link', { name: 'Bekijk uw uitslag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw uitslag');
  return page.getByRole('region', { name: 'Ideeën die bij u passen' });
}

test('without a barrier, the course upstairs is suggested', async ({ page }) => {
  const ideas = await checkWith(page, []);
  await expect(ideas.getByRole('heading', { name: 'Cursus Sterker in contact' })).toBeVisible();
});

test('stairs leave out the course upstairs without a lift; going alone is answered by a companion', async ({ page }) => {
  const ideas = await checkWith(page, ['Trappen, of geen lift', 'De eerste keer alleen gaan']);
  await expect(ideas.getByRole('article').first()).toBeVisible();
  await expect(ideas.getByRole('heading', { name: 'Cursus Sterker in contact' })).toHaveCount(0);
  const buddy = ideas.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Maatjesproject Samen Op Stap' }) });
  await expect(buddy).toContainText('er gaat de eerste keer iemand met u mee');
  await checkA11y(page);

  // The card says what makes going hard.
  await expect(page.getByRole('region', { name: 'Neem het mee' }))
    .toContainText('Wat het moeilijk maakt: de eerste keer alleen gaan, trappen, of geen lift');

  // "Vraag het voor mij" can tell it (with the situation ticked).
  await page.getByRole('button', { name: 'Vraag het voor mij' }).click();
  const form = page.getByRole('region', { name: 'Vraag het voor mij' });
  await form.getByRole('checkbox', { name: /^Mijn leeftijd, goede momenten/ }).check();
  await expect(form.getByLabel('Uw bericht (u kunt het veranderen)'))
    .toHaveValue(/- Wat het voor mij moeilijk maakt om te gaan: de eerste keer alleen gaan, trappen, of geen lift\n/);

  // The activity's page says so too.
  await buddy.getByRole('link', { name: 'Maatjesproject Samen Op Stap' }).click();
  await expect(page.getByText('De eerste keer kan er iemand met u meegaan.')).toBeVisible();
});

test('the course page says it is upstairs without a lift', async ({ page }) => {
  await openApp(page, '#/activiteit?id=velsen-sterker-in-contact');
  await expect(page.getByText('Op verdieping 1, zonder lift: met de trap.')).toBeVisible();
});
