// What a resident's browser downloads before they can act, measured in headless
// Chromium from a cold cache, as a person uses the app:
//   check:     open /, click "Doe de zelftest", then "Begin de zelftest", until the
//              first statement's answers are on screen and can be chosen;
//   directory: open #/activiteiten until the first activity is on screen.
// Counts every response's body as it crossed the wire (gzip, as e2e/serve.mjs sends
// with level 9, like most static servers), split into code (html, js, wasm, css, the
// text catalogue) and data (data/*.json, the directory). Service workers are blocked:
// their background download is not on anyone's critical path.
//
//   node scripts/first-load.mjs [dist] [--json]     (scripts/size-report.mjs uses it too)
import { pathToFileURL } from 'node:url';
import { chromium, expect } from '@playwright/test';
import { serve } from '../e2e/serve.mjs';

export const GOAL_KB = 120;

async function measure(browser, journey) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await journey(page);
  const ms = Date.now() - t0;
  // Resource Timing: every response that has arrived by now, with the size of its body
  // as it crossed the wire (encodedBodySize) and with headers (transferSize).
  const entries = await page.evaluate(() => [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].map((e) => ({ url: e.name, body: e.encodedBodySize, wire: e.transferSize })));
  const files = entries.map((e) => {
    const path = new URL(e.url).pathname.replace(/^\//, '') || 'index.html';
    const kind = path.startsWith('data/') ? 'data' : 'code';
    return { path, kind, body: e.body, wire: e.wire };
  });
  await context.close();
  const sum = (kind, field) => files.filter((f) => f.kind === kind).reduce((t, f) => t + f[field], 0);
  return { ms, code_body: sum('code', 'body'), code_wire: sum('code', 'wire'),
    data_body: sum('data', 'body'), data_wire: sum('data', 'wire'), files };
}

const journeys = {
  check: async (page, origin) => {
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Doe de zelftest' }).first().click();
    await page.getByRole('link', { name: 'Begin de zelftest' }).click();
    // Interactive: the answers are on screen and enabled. (Answering fetches the later
    // steps in the background, which is no longer the first load.)
    await expect(page.getByRole('radio').first()).toBeEnabled();
  },
  directory: async (page, origin) => {
    await page.goto(`${origin}/#/activiteiten`);
    await page.getByRole('main').getByRole('listitem').first().waitFor();
  },
};

/** Both journeys on the build in `dist`: bytes (code and data) and files of each. */
export async function firstLoad(dist) {
  const site = await serve(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results = {};
  try {
    for (const [name, journey] of Object.entries(journeys)) {
      results[name] = await measure(browser, (page) => journey(page, site.origin));
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  return results;
}

export function printFirstLoad(results) {
  const kb = (b) => (b / 1000).toFixed(1).padStart(7);
  for (const [name, r] of Object.entries(results)) {
    console.log(`\n${name}: code ${kb(r.code_body)} KB gzipped (${kb(r.code_wire)} KB with headers), `
      + `data ${kb(r.data_body)} KB; goal ≤ ${GOAL_KB} KB code: `
      + (r.code_body <= GOAL_KB * 1000 ? 'met' : `${kb(r.code_body - GOAL_KB * 1000)} KB over`));
    for (const f of r.files.sort((a, b) => b.body - a.body)) {
      console.log(`  ${kb(f.body)}  ${f.kind}  ${f.path}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const results = await firstLoad(dist);
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
  else printFirstLoad(results);
}
