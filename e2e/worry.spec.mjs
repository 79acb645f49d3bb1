// "Zorgen om iemand?" (#/zorgen): for relatives, neighbours, volunteers and
// professionals — signs, how to start, what not to do, and where a worry may go in the
// municipality (its configuration's `signals` and `partners`); also as the widget's start.
import { test, expect, openApp, checkA11y, addWidget } from './fixtures.mjs';
import { HOST_ORIGIN } from './ports.mjs';

test('in Amstelveen: from the start page to the signs, the local contacts and the network', async ({ page }) => {
  await openApp(page, '', '/?gemeente=amstelveen');
  await page.getByRole('link', { name: 'Zorgen om iemand anders? Zo kunt u helpen' }).click();
  await expect(page).toHaveURL(/#\/zorgen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zorgen om iemand?');
  await expect(page.getByRole('heading', { level: 2, name: 'Waaraan kunt u het merken?' })).toBeVisible();
  await expect(page.getByText('Zulke signalen zeggen niet zeker dat iemand eenzaam is.', { exact: false })).toBeVisible();
  await expect(page.getByText('Vraag wat iemand nodig heeft. Zeg niet wat iemand moet doen.')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Bron: Movisie/ })).toHaveAttribute('href', /^https:\/\/www\.movisie\.nl\//);
  await expect(page.getByRole('link', { name: /^Bron: Eén tegen eenzaamheid/ })).toHaveAttribute('href', /^https:\/\//);

  const where = page.getByRole('region', { name: 'Waar kunt u met uw zorg terecht?' });
  await expect(where.getByText('In Amstelveen kunt u hier terecht, ook als u twijfelt:')).toBeVisible();
  await expect(where.getByRole('heading', { name: 'Buurtteam Amstelveen (voorbeeld)' })).toBeVisible();
  await expect(where.getByText('Voorbeeld', { exact: true })).toBeVisible();
  await expect(where.getByRole('link', { name: 'buurtteam@amstelveen.voorbeeld.nl' })).toHaveAttribute('href', 'mailto:buurtteam@amstelveen.voorbeeld.nl');

  const network = page.getByRole('region', { name: 'Wie doen er mee in Amstelveen?' });
  await expect(network.getByRole('heading', { name: 'Participe Amstelland' })).toBeVisible();
  // The alliance's address is for those who want to join in, and says so.
  await expect(network.getByRole('link', { name: 'eenzaamheid@amstelveen.nl' })).toHaveAttribute('href', 'mailto:eenzaamheid@amstelveen.nl');
  await expect(page.getByRole('region', { name: 'Wilt u er zelf met iemand over praten?' }).getByRole('heading', { name: /De Luisterlijn/ })).toBeVisible();
  await checkA11y(page);
});

test('without a municipality it says where to ask, and lists no network', async ({ page }) => {
  await openApp(page, '#/zorgen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zorgen om iemand?');
  await expect(page.getByText('vraag het wijkteam of de huisarts', { exact: false })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Wie doen er mee in/ })).toHaveCount(0);
  await checkA11y(page);
});

test('the widget starts on the worry page with data-start="zorgen"', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/host.html`);
  const frame = await addWidget(page, 'zorgen', { gemeente: 'velsen', start: 'zorgen' });
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Zorgen om iemand?');
  await expect(frame.getByText('In Velsen kunt u hier terecht, ook als u twijfelt:')).toBeVisible();
});
