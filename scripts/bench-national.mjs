// National scale: 100,000 generated entries over 342 municipalities
// (scripts/gen-directory.py, seeded), packed as `make build` does, in headless Chromium:
//   one municipality: `?gemeente=velsen` (the generator's first municipality is renamed
//                     Velsen, so the demo configuration applies): what it downloads and
//                     when its list is searchable;
//   every municipality: the general app, which reads the whole directory.
// Prints, per view: the data fetched (gzip bytes on the wire), from the data arriving to
// a searchable list, and search alone per keystroke on the benchmark queries.
//
//   make build && node scripts/bench-national.mjs [entries] [municipalities]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from '../e2e/serve.mjs';
import { holdDataUntilCode } from './hold-data.mjs';

const [entries = '100000', municipalities = '342'] = process.argv.slice(2);
const dir = 'bench/out/dist-national';
rmSync(dir, { recursive: true, force: true });
mkdirSync('bench/out', { recursive: true });
cpSync('dist', dir, { recursive: true });
rmSync(`${dir}/data/pack`, { recursive: true, force: true });
const generated = execFileSync('python3', ['scripts/gen-directory.py', entries, municipalities], { maxBuffer: 1 << 30 });
const directory = JSON.parse(generated.toString());
for (const e of directory.entries) if (e.municipality === 'gemeente-001') e.municipality = 'velsen';
writeFileSync(`${dir}/data/directory.json`, JSON.stringify(directory));
execFileSync('cargo', ['run', '-q', '--release', '-p', 'samenwijzer-data', '--', 'pack',
  `${dir}/data/directory.json`, '-o', `${dir}/data/pack`], { stdio: ['ignore', 'ignore', 'inherit'] });

const site = await serve(dir, { isolated: true });
// Fetched once before timing, so the test server's gzip of these large files is not in
// the figures (real servers send precompressed files).
for (const path of ['data/pack/alle.bin', 'data/pack/velsen.bin', 'data/pack/landelijk.bin']) {
  await fetch(`${site.origin}/${path}`, { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer());
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const QUERIES = ['gezellige wandelclub velsen', 'koffie ochtend heemskerk', 'cafe', 'wandelclup', 'schilderles amstelveen'];
try {
  for (const [view, query] of [['one municipality', '?gemeente=velsen'], ['every municipality', '']]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await holdDataUntilCode(page);
    await page.goto(`${site.origin}/${query}#/activiteiten`);
    await page.waitForFunction(() => /^\d+ /.test(document.querySelector('.result-count')?.textContent ?? ''), null, { timeout: 300_000 });
    const result = await page.evaluate(async (queries) => {
      const data = performance.getEntriesByType('resource').filter((r) => /\/data\/(directory\.json|pack\/)/.test(r.name));
      const start = Math.min(...data.map((r) => r.responseStart));
      const decode = performance.getEntriesByName('samenwijzer:parse', 'measure')[0];
      const index = performance.getEntriesByName('samenwijzer:index', 'measure')[0];
      const end = index ? index.startTime + index.duration : decode.startTime + decode.duration;
      const count = document.querySelector('.result-count').textContent;
      performance.clearMeasures('samenwijzer:search');
      const input = document.querySelector('#zoek');
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      for (const q of queries) for (let k = 1; k <= q.length; k++) {
        input.value = q.slice(0, k);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
      }
      const search = performance.getEntriesByName('samenwijzer:search', 'measure').map((m) => m.duration).sort((a, b) => a - b);
      return {
        count,
        data: data.map((r) => `${r.name.split('/data/')[1]} ${(r.encodedBodySize / 1000).toFixed(0)} KB`),
        data_gzip_kb: +(data.reduce((t, r) => t + r.encodedBodySize, 0) / 1000).toFixed(1),
        ready_to_search_ms: +(end - start).toFixed(1),
        decode_ms: +decode.duration.toFixed(1),
        search_p50_ms: +search[search.length >> 1].toFixed(3),
        search_p95_ms: +search[Math.floor(search.length * 0.95)].toFixed(3),
      };
    }, QUERIES);
    console.log(JSON.stringify({ view, ...result }));
    await context.close();
  }
} finally {
  await browser.close();
  site.server.close();
}
