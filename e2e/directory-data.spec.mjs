// Where the directory comes from: the packs the build made (data/pack/, decoded fast),
// or data/directory.json when the packs are missing, damaged or older than the file —
// so staff can drop in a new directory.json without rebuilding (src/data/directory.rs).
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openApp, holdUntilRequested } from './fixtures.mjs';
import { serve } from './serve.mjs';

/** Every request of the page as "METHOD path", from now on. */
function record(page) {
  const seen = [];
  page.on('request', (r) => seen.push(`${r.method()} ${new URL(r.url()).pathname}`));
  return seen;
}

const demo = JSON.parse(await readFile('dist/data/directory.json', 'utf8'));
const count = (n) => `${n} activiteiten en contacten`;

// The worker would answer from its copy; these tests are about the server's files.
test.use({ serviceWorkers: 'block' });

test('fresh packs are read instead of the file', async ({ page }) => {
  const seen = record(page);
  await openApp(page, '#/activiteiten');
  await expect(page.getByRole('status').filter({ hasText: count(demo.entries.length) })).toBeVisible();
  expect(seen).toContain('GET /data/pack/alle.bin');
  expect(seen).toContain('HEAD /data/directory.json');
  expect(seen).not.toContain('GET /data/directory.json');
});

// On a cold directory page the question about the file goes out as the page opens
// (boot.js), not after the directory's part has arrived: on a slow phone that was a
// round trip on the way to the list. The part is held back until the question is seen
// (or 5 s), and the app uses that answer rather than asking again.
test('a cold directory asks about its file while its part is still on the way', async ({ page }) => {
  const question = await holdUntilRequested(page, /\/pkg\/split-activiteiten-[0-9a-f]+\.wasm$/,
    '**/data/directory.json', { method: 'HEAD' });
  await openApp(page, '#/activiteiten');
  await expect(page.getByRole('status').filter({ hasText: count(demo.entries.length) })).toBeVisible();
  expect(question.before).toBe(true);
  // The app took boot.js's answer instead of asking again.
  expect(question.count).toBe(1);
});

test('a municipality’s app fetches only its own pack and the national one', async ({ page }) => {
  const seen = record(page);
  await openApp(page, '?gemeente=velsen#/activiteiten');
  const velsen = demo.entries.filter((e) => !e.municipality || e.municipality.toLowerCase() === 'velsen');
  await expect(page.getByRole('status').filter({ hasText: count(velsen.length) })).toBeVisible();
  expect(seen.filter((s) => s.includes('/data/pack/')).sort()).toEqual(['GET /data/pack/landelijk.bin', 'GET /data/pack/velsen.bin']);
  expect(seen).not.toContain('GET /data/directory.json');
});

test.describe('when the packs cannot be used, the file is read', () => {
  test.use({ allowedConsoleErrors: [/404|Failed to load resource/] });

  test('without packs (a build that made none)', async ({ page }) => {
    await page.route('**/data/pack/*.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const seen = record(page);
    await openApp(page, '#/activiteiten');
    await expect(page.getByRole('status').filter({ hasText: count(demo.entries.length) })).toBeVisible();
    expect(seen).toContain('GET /data/directory.json');
  });

  test('with a damaged pack, the list is the same', async ({ page }) => {
    const real = await (await page.request.get('/data/pack/alle.bin')).body();
    const damaged = Buffer.from(real);
    damaged.fill(0xff, 40, 200);
    await page.route('**/data/pack/alle.bin', (route) => route.fulfill({ body: damaged }));
    const seen = record(page);
    await openApp(page, '#/activiteiten');
    await expect(page.getByRole('status').filter({ hasText: count(demo.entries.length) })).toBeVisible();
    expect(seen).toContain('GET /data/directory.json');
  });
});

test.describe('staff replace data/directory.json after building', () => {
  let folder;
  let site;
  test.beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'samenwijzer-data-'));
    await cp('dist', folder, { recursive: true });
    // The build was some time ago: its packs are an hour old.
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const name of await readdir(join(folder, 'data/pack'))) {
      await utimes(join(folder, 'data/pack', name), hourAgo, hourAgo);
    }
  });
  test.afterEach(async () => {
    site?.server.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('the app shows the new file, not the packs made from the old one', async ({ page }) => {
    // One entry fewer and one new one: a file of another size, written after the packs.
    const changed = structuredClone(demo);
    changed.entries.pop();
    changed.entries.push({
      id: 'velsen-schaakclub-nieuw', name: 'Schaakclub De Nieuwe Toren', example: true,
      description: 'Schaken voor beginners en gevorderden, elke week.', municipality: 'velsen',
      needs: ['meet'], last_checked: '2026-11-30',
    });
    await writeFile(join(folder, 'data/directory.json'), JSON.stringify(changed, null, 2));
    site = await serve(folder);
    const seen = record(page);
    await page.goto(`${site.origin}/#/activiteiten`);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    await page.getByRole('searchbox', { name: 'Zoeken in de activiteiten' }).fill('nieuwe toren');
    await expect(page.getByRole('article').getByRole('heading')).toHaveText(['Schaakclub De Nieuwe Toren']);
    expect(seen).toContain('GET /data/directory.json');
  });
});
