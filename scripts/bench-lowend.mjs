// What a resident feels on a low-end phone, measured the way ../shared/bench/lowend-phone.cjs
// does (4× CPU slowdown, 1.6 Mbit/s down, 150 ms round trip, cold cache, 360×740):
//   h1:              the start page's heading painted;
//   first statement: open /, click "Doe de zelftest" as soon as it shows, then "Begin de
//                    zelftest", until the first statement's answer can be chosen;
//   list:            open #/activiteiten until the first activity is on screen.
// Several builds can be measured in one run (side by side, alternating), e.g. the build
// before a change and after it. Prints each run and the medians; goal ≤ 2000 ms.
// Run it alone: a build or another browser on the machine distorts every figure.
//
//   node scripts/bench-lowend.mjs [--runs 5] dist [other-dist ...]
import { chromium } from '@playwright/test';
import { serve } from '../e2e/serve.mjs';
import { lowendPhone } from './lowend-phone.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const dists = args.length ? args : ['dist'];
const GOAL_MS = 2000;

const sites = await Promise.all(dists.map((d) => serve(d)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const phone = () => lowendPhone(browser);

async function check(origin) {
  const { context, page } = await phone();
  const t0 = Date.now();
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const h1 = Date.now() - t0;
  await page.getByRole('link', { name: /doe de zelftest/i }).first().click();
  const begin = page.getByRole('link', { name: /^begin/i });
  await begin.waitFor({ timeout: 60_000 });
  await begin.click();
  await page.getByRole('radio').first().check({ timeout: 60_000 });
  const statement = Date.now() - t0;
  await context.close();
  return { h1, statement };
}

async function directory(origin) {
  const { context, page } = await phone();
  const t0 = Date.now();
  await page.goto(`${origin}/#/activiteiten`, { waitUntil: 'commit' });
  await page.getByRole('main').getByRole('listitem').first().waitFor({ timeout: 60_000 });
  const list = Date.now() - t0;
  await context.close();
  return { list };
}

const results = dists.map(() => ({ h1: [], statement: [], list: [] }));
try {
  for (let run = 0; run < runs; run++) {
    for (const [i, site] of sites.entries()) {
      const c = await check(site.origin);
      const d = await directory(site.origin);
      results[i].h1.push(c.h1);
      results[i].statement.push(c.statement);
      results[i].list.push(d.list);
      console.log(JSON.stringify({ dist: dists[i], run, ...c, ...d }));
    }
  }
} finally {
  await browser.close();
  for (const site of sites) site.server.close();
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const [i, r] of results.entries()) {
  const show = (name, list, goal) => `${name} median ${median(list)} ms (${Math.min(...list)}–${Math.max(...list)})`
    + (goal ? `, goal ≤ ${goal} ms: ${median(list) <= goal ? 'met' : `${median(list) - goal} ms to go`}` : '');
  console.log(`${dists[i]}: ${show('h1', r.h1)}; ${show('first statement', r.statement, GOAL_MS)}; ${show('list', r.list, GOAL_MS)}`);
}
