// Reading help: Tekstgrootte (beside the languages), three steps that the phone layout
// holds and that are remembered only once chosen.
import { test, expect, openApp, checkA11y, overflowing, PHONE } from './fixtures.mjs';

const PAGES = ['', '#/zelftest', '#/zelftest?stap=1', '#/activiteiten', '#/activiteit?id=de-luisterlijn', '#/hulp', '#/over'];

/** Chooses a text size as a person does: Menu (on a phone), "Taal: Nederlands", then
 *  the step. */
async function chooseSize(page, name) {
  const toggle = page.getByRole('button', { name: 'Taal: Nederlands' });
  const menu = page.locator('button[aria-controls="menu"]');
  const group = page.getByRole('group', { name: 'Tekstgrootte' });
  if (!(await toggle.isVisible()) && (await menu.isVisible())) await menu.click();
  if (!(await group.isVisible())) await toggle.click();
  await group.getByRole('radio', { name, exact: true }).check();
}

const rootSize = (page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test.describe('on a 360×740 phone', () => {
  test.use({ viewport: PHONE });

  test('each text size makes the text larger, and no page scrolls sideways', async ({ page }) => {
    test.setTimeout(90_000);
    await openApp(page);
    const normal = await rootSize(page);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('tekstgrootte')))).toEqual([]);
    let previous = normal;
    for (const name of ['Groot', 'Extra groot']) {
      await openApp(page);
      await chooseSize(page, name);
      const group = page.getByRole('group', { name: 'Tekstgrootte' });
      await expect(group.getByRole('radio', { name, exact: true })).toBeChecked();
      await expect(group.getByRole('radio', { name: 'Normaal', exact: true })).not.toBeChecked();
      const size = await rootSize(page);
      expect(size).toBeGreaterThan(previous);
      previous = size;
      await checkA11y(page);
      for (const hash of PAGES) {
        await openApp(page, hash);
        expect(await rootSize(page), `${name} on ${hash || '#/'}`).toBe(size);
        expect(await overflowing(page), `${name} on ${hash || '#/'}`).toEqual([]);
      }
    }
    // Remembered after a reload, and back to normal by choice.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    expect(await rootSize(page)).toBe(previous);
    await chooseSize(page, 'Normaal');
    expect(await rootSize(page)).toBe(normal);
  });
});

// Lees voor, with the browser's speech synthesis replaced by a recorder: the device
// "has" the voices given, each utterance ends after a moment, and what was said, in
// which language and voice, is kept in window.__spoken.
async function stubSpeech(page, voices) {
  await page.addInitScript((voices) => {
    const spoken = [];
    let paused = false;
    let timer = null;
    let current = null;
    const synth = {
      onvoiceschanged: null,
      getVoices: () => voices,
      speak(utterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        current = utterance;
        const tick = () => {
          if (paused) { timer = setTimeout(tick, 20); return; }
          const done = current;
          current = null;
          done?.onend?.({});
        };
        timer = setTimeout(tick, 400);
      },
      pause() { paused = true; },
      resume() { paused = false; },
      cancel() { clearTimeout(timer); current = null; window.__cancelled = (window.__cancelled ?? 0) + 1; },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class {
      constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; }
    };
    window.__spoken = spoken;
  }, voices);
}

const VOICES = [
  { name: 'Ellen (nl)', lang: 'nl-NL', localService: true, default: true },
  { name: 'Yelda (tr)', lang: 'tr-TR', localService: true, default: false },
  { name: 'Online (nl)', lang: 'nl-NL', localService: false, default: false },
];
const spoken = (page) => page.evaluate(() => window.__spoken);

async function pressReadAloud(page, name = 'Lees voor') {
  const menu = page.locator('button[aria-controls="menu"]');
  const button = page.getByRole('button', { name, exact: true });
  if (!(await button.isVisible()) && (await menu.isVisible())) await menu.click();
  await button.click();
}

test('"Lees voor" reads the page block by block with a voice on the device, marks what it reads, pauses and stops', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await openApp(page, '#/hulp');
  await pressReadAloud(page);
  const player = page.getByRole('region', { name: 'Lees voor' });
  await expect(player.getByRole('button', { name: 'Pauze' })).toBeVisible();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(2);
  const said = await spoken(page);
  expect(said[0]).toEqual({ text: 'Hulp nu', lang: 'nl', voice: 'Ellen (nl)' });
  expect(said.every((u) => u.voice === 'Ellen (nl)')).toBe(true);
  // The block being read is marked on screen.
  await expect(page.locator('main .is-reading')).toHaveCount(1);
  await checkA11y(page);
  await player.getByRole('button', { name: 'Pauze' }).click();
  const atPause = (await spoken(page)).length;
  await page.waitForTimeout(400);
  expect((await spoken(page)).length).toBe(atPause);
  await player.getByRole('button', { name: 'Verder lezen' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(atPause);
  await player.getByRole('button', { name: 'Stop' }).click();
  await expect(player).toHaveCount(0);
  await expect(page.locator('main .is-reading')).toHaveCount(0);
  expect(await page.evaluate(() => window.__cancelled)).toBeGreaterThan(0);
});

test('in Turkish the frame is read in Turkish and the Dutch statement and answers in Dutch', async ({ page }) => {
  await stubSpeech(page, VOICES);
  await openApp(page, '?taal=tr#/zelftest?stap=1');
  const tr = await page.evaluate(() => document.querySelector('h1').textContent);
  await pressReadAloud(page, 'Sesli dinleyin');
  await expect.poll(async () => (await spoken(page)).map((u) => u.text)).toContain('ja');
  const said = await spoken(page);
  expect(said[0]).toEqual({ text: tr, lang: 'tr', voice: 'Yelda (tr)' });
  const statement = said.find((u) => u.text.startsWith('Er is altijd wel iemand'));
  expect(statement).toMatchObject({ lang: 'nl', voice: 'Ellen (nl)' });
  expect(said.find((u) => u.text === 'min of meer')).toMatchObject({ lang: 'nl' });
});

test('without a voice on the device for the language, the button says so and nothing is read', async ({ page }) => {
  // Only an online voice for Dutch: it is not used.
  await stubSpeech(page, [VOICES[2]]);
  await openApp(page, '#/over');
  await pressReadAloud(page);
  const player = page.getByRole('region', { name: 'Lees voor' });
  await expect(player.getByRole('status')).toHaveText('Dit apparaat heeft geen stem om deze taal voor te lezen.');
  expect(await spoken(page)).toEqual([]);
  await checkA11y(page);
  await player.getByRole('button', { name: 'Stop' }).click();
  await expect(player).toHaveCount(0);
});
