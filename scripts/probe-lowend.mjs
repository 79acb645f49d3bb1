// Where the low-end phone's time goes on the way to the first statement: the same
// emulation as bench-lowend.mjs, then every request's start and end and the app's User
// Timing marks (samenwijzer:*), in ms from navigation. One run; a diagnosis, not a
// figure (Playwright's own steps are slow at 4x CPU: compare with bench-lowend.mjs).
//
//   node scripts/probe-lowend.mjs [dist] [--list]   (--list: a cold #/activiteiten)
import { chromium } from '@playwright/test';
import { serve } from '../e2e/serve.mjs';
import { lowendPhone } from './lowend-phone.mjs';

const listMode = process.argv.includes('--list');
const site = await serve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const { page } = await lowendPhone(browser);
const t0 = Date.now();
if (listMode) {
  await page.goto(`${site.origin}/#/activiteiten`, { waitUntil: 'commit' });
  await page.getByRole('main').getByRole('listitem').first().waitFor({ timeout: 60_000 });
  console.log({ list: Date.now() - t0 });
} else {
  await page.goto(`${site.origin}/`, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const h1 = Date.now() - t0;
  await page.getByRole('link', { name: /doe de zelftest/i }).first().click();
  const clicked = Date.now() - t0;
  const begin = page.getByRole('link', { name: /^begin/i });
  await begin.waitFor({ timeout: 60_000 });
  const beginShown = Date.now() - t0;
  await begin.click();
  const beginClicked = Date.now() - t0;
  await page.getByRole('radio').first().waitFor({ timeout: 60_000 });
  const radioShown = Date.now() - t0;
  await page.evaluate(() => {
    window.__probe = { shown: performance.now() };
    document.addEventListener('pointerdown', () => { window.__probe.down = performance.now(); }, { capture: true, once: true });
    document.addEventListener('change', () => { window.__probe.change = performance.now(); }, { capture: true, once: true });
    let last = null;
    const watch = () => {
      const r = document.querySelector('input[type=radio]')?.getBoundingClientRect();
      const key = r && `${r.x},${r.y}`;
      if (key && key === last) { window.__probe.stable = performance.now(); return; }
      last = key;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.getByRole('radio').first().check({ timeout: 60_000 });
  const statement = Date.now() - t0;
  console.log('in page (ms since radio shown):', await page.evaluate(() => {
    const p = window.__probe;
    return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, Math.round(v - p.shown)]));
  }));
  console.log({ h1, clicked, beginShown, beginClicked, radioShown, statement });
}
const timings = await page.evaluate(() => ({
  resources: performance.getEntriesByType('resource').map((r) => ({
    name: r.name.replace(location.origin, ''), start: Math.round(r.startTime),
    end: Math.round(r.responseEnd), bytes: r.transferSize,
  })),
  marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: Math.round(m.startTime) })),
  paint: performance.getEntriesByType('paint').map((p) => ({ name: p.name, at: Math.round(p.startTime) })),
}));
for (const r of timings.resources) console.log(`${String(r.start).padStart(5)} → ${String(r.end).padStart(5)}  ${String(r.bytes).padStart(7)}  ${r.name}`);
for (const m of [...timings.paint, ...timings.marks].sort((a, b) => a.at - b.at)) console.log(`${String(m.at).padStart(5)}  ${m.name}`);
await browser.close();
site.server.close();
