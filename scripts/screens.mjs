// Screenshots of the start page, a statement of the self-check, the result and the
// directory on a 360×740 phone, as a resident sees them (first screen only), for
// design reviews and closing notes.
//
//   node scripts/screens.mjs [dist] [out-folder] [prefix]
//   e.g. node scripts/screens.mjs dist docs/screens after
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { serve } from '../e2e/serve.mjs';

const [dist = 'dist', out = 'docs/screens', prefix = 'now'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const site = await serve(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: 'nl-NL',
    serviceWorkers: 'block', reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const ready = () => page.locator('html[data-app="ready"]').waitFor();
  const shot = async (name) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${prefix}-${name}.png` });
    console.log(`${out}/${prefix}-${name}.png`);
  };
  await page.goto(`${site.origin}/`);
  await ready();
  await shot('start');
  await page.goto(`${site.origin}/#/zelftest`);
  await page.getByRole('link', { name: 'Begin de zelftest' }).click();
  // Statement 2 (the first shows the scale's instruction in full).
  for (let i = 0; i < 11; i++) {
    await page.getByRole('heading', { level: 2, name: `Vraag ${i + 1} van 11` }).waitFor();
    if (i === 1) await shot('question');
    await page.getByRole('radio', { name: i % 3 ? 'nee' : 'ja', exact: true }).check();
    await page.getByRole('link', { name: 'Volgende' }).click();
  }
  await page.getByRole('heading', { level: 2, name: 'Wat zou u helpen?' }).waitFor();
  await page.getByRole('link', { name: 'Volgende' }).click();
  await page.getByRole('heading', { level: 2, name: 'Over uw situatie' }).waitFor();
  await page.getByRole('link', { name: /uitslag/i }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Uw uitslag' }).waitFor();
  await shot('result');
  await page.goto(`${site.origin}/#/activiteiten`);
  await page.getByRole('main').getByRole('article').first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('directory');
} finally {
  await browser.close();
  site.server.close();
}
