// "Aanbod in beeld" (samenwijzer-data report): the staff tool writes the page for a
// directory built to have known gaps (crates/cli/tests/fixtures/report-gaps.json);
// headless Chromium opens the file itself (file://, as staff double-click it), axe finds
// nothing, the gap list reads as the known gaps by role and visible label, and at 360 px
// (also with 200 % text) the page never scrolls sideways.
//
// The binary: $SAMENWIJZER_DATA if set; otherwise target/release/samenwijzer-data,
// which `make build` leaves there (scripts/post_build.py runs `cargo run --release -p
// samenwijzer-data -- pack` with the native environment). beforeAll runs the same
// `cargo build --release -p samenwijzer-data` first, a no-op after `make build`, so a
// binary from an older checkout is never tested.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test, expect, checkA11y } from './fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE = path.join(ROOT, 'crates/cli/tests/fixtures/report-gaps.json');
const BIN = process.env.SAMENWIJZER_DATA ?? path.join(ROOT, 'target/release/samenwijzer-data');
const TODAY = '2026-11-27';
const PHONE = { width: 360, height: 740 };

/** The gaps the fixture was built to have (see crates/cli/src/report/tests.rs). */
const VELSEN_GAPS = [
  "Iemand om mee te praten: niets 's avonds",
  'Iemand om mee te praten: niets in het weekend',
  'Mensen ontmoeten in de buurt: niets in het weekend',
  'Sport en bewegen: geen aanbod',
  'Cultuur en creatief bezig zijn: geen aanbod',
  "Natuur en wandelen: niets 's avonds",
  'Vervoer om ergens te komen: geen aanbod',
  'Praktische hulp thuis: geen aanbod',
  'Meer zelfvertrouwen of sociale vaardigheden: geen aanbod',
  'Iets betekenen, zoals vrijwilligerswerk: geen aanbod',
  'Steun als mantelzorger: geen aanbod',
  "Online contact en digitale vaardigheden: niets 's avonds",
  'Online contact en digitale vaardigheden: niets in het weekend',
  "Steun na een verlies: niets 's avonds (1 item zonder bekende tijden)",
  'Steun na een verlies: niets in het weekend (1 item zonder bekende tijden)',
];

test.beforeAll(() => {
  if (process.env.SAMENWIJZER_DATA) return;
  // A release build of the staff tool can take minutes when it is not there yet.
  test.setTimeout(600_000);
  // The native environment, as post_build.py gives it (no wasm flags, the default
  // target folder), so the binary lands in target/release.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) =>
    !k.startsWith('CARGO_UNSTABLE_') && !['CARGO_ENCODED_RUSTFLAGS', 'RUSTFLAGS', 'RUSTC_BOOTSTRAP',
      'RUSTUP_TOOLCHAIN', 'CARGO_TARGET_DIR'].includes(k)));
  execFileSync('cargo', ['build', '-q', '--release', '-p', 'samenwijzer-data'], { cwd: ROOT, env, stdio: 'inherit' });
});

/** Writes the report with the staff tool and returns its file:// URL. */
function writeReport(testInfo, ...options) {
  expect(existsSync(BIN), `${BIN} (make build, or set SAMENWIJZER_DATA)`).toBe(true);
  const out = testInfo.outputPath('rapport.html');
  execFileSync(BIN, ['report', FIXTURE, '-o', out, '--today', TODAY, ...options], { stdio: 'pipe' });
  return pathToFileURL(out).href;
}

/** The page does not scroll sideways, and nothing outside a table's own scrolling
 *  region sticks out. Returns the offenders, for the message. */
async function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.table') && !el.matches('.table')) continue;
      if (el.closest('svg') && !el.matches('svg')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        out.push(`${el.tagName.toLowerCase()}: ${Math.round(box.left)}–${Math.round(box.right)} "${el.textContent.trim().slice(0, 30)}"`);
      }
    }
    return out.slice(0, 8);
  });
}

test('the report names exactly the known gaps, and axe finds nothing', async ({ page }, testInfo) => {
  await page.goto(writeReport(testInfo));
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbod in beeld');
  await expect(page.locator('script')).toHaveCount(0);

  const velsen = page.getByRole('list', { name: 'Gaten in Velsen: 15 gaten', exact: true });
  await expect(velsen.getByRole('listitem')).toHaveText(VELSEN_GAPS);
  // Beverwijk has everything, day, evening and weekend: a heading, no list.
  await expect(page.getByRole('heading', { name: 'Gaten in Beverwijk: 0 gaten', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: /Gaten in Beverwijk/ })).toHaveCount(0);
  await expect(page.getByText('Geen gaten gevonden.')).toBeVisible();

  // Each chart has its table; the table has its headers.
  await expect(page.getByRole('img', { name: /^Actuele items per behoefte/ })).toHaveCount(1);
  const needs = page.getByRole('table', { name: 'Actuele items per behoefte en gemeente', exact: true });
  const sport = needs.getByRole('row', { name: /^Sport en bewegen/ });
  await expect(sport.getByRole('cell')).toHaveText(['0', '1', '0', '1']);
  await expect(needs.getByRole('columnheader')).toHaveText(['Behoefte', 'Velsen', 'Beverwijk', 'Landelijk', 'Totaal']);

  // The lists to look at, with the staff's text escaped (the name has "<b>&</b>").
  const stale = page.getByRole('table', { name: 'Lang niet gecontroleerd (2)', exact: true });
  await expect(stale.getByRole('rowheader')).toHaveText(['Landelijke hulplijn', 'Wandelen <b>&</b> zaterdag']);
  await expect(page.getByRole('table', { name: 'Eindigt binnen een maand (1)', exact: true }).getByRole('rowheader')).toHaveText(['Cursus tablet']);

  await checkA11y(page);
});

test('in English the gaps are said in English', async ({ page }, testInfo) => {
  await page.goto(writeReport(testInfo, '--lang', 'en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const velsen = page.getByRole('list', { name: 'Gaps in Velsen: 15 gaps', exact: true });
  await expect(velsen.getByRole('listitem')).toHaveCount(15);
  await expect(velsen.getByRole('listitem').first()).toHaveText('Someone to talk to: nothing in the evening');
  await checkA11y(page);
});

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE });

  test('nothing scrolls sideways, also with the text at 200 %', async ({ page }, testInfo) => {
    await page.goto(writeReport(testInfo));
    expect(await overflowing(page)).toEqual([]);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    expect(await overflowing(page)).toEqual([]);
    // A wide table scrolls within its own region, which the keyboard can reach.
    const region = page.getByRole('region', { name: 'Actuele items per behoefte en gemeente', exact: true });
    await expect(region).toHaveAttribute('tabindex', '0');
    await checkA11y(page);
  });
});
