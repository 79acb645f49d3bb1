// In-browser benchmark of the directory search in the release build, side by side
// with the MiniSearch peer run (../shared/bench), on the same 10,000 entries.
//
//   make build
//   python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json
//   npm install --prefix bench/node minisearch@7.2.0   # once, for the peer run
//   node scripts/bench-search.mjs /tmp/entries10k.json
//
// "ready" = from the start of the directory fetch to the count being on screen
// (fetch + parse + index + first render). A keystroke = from the input event to the
// end of the app's work for it (all microtasks done), search + filters + render.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const source = process.argv[2] ?? '/tmp/entries10k.json';
const QUERIES = ['gezellige wandelclub velsen', 'koffie ochtend heemskerk', 'cafe', 'wandelclup', 'schilderles amstelveen'];
const port = 8093;
const dir = 'bench/out/dist-10k';

// The peer data, converted to Samenwijzer's directory format.
const peer = JSON.parse(readFileSync(source, 'utf8'));
const entries = peer.map((e) => ({
  id: e.id, name: e.name, description: e.description, organisation: e.organisation, example: true,
  location: { street: '', postcode: e.postcode, city: e.place },
}));
rmSync(dir, { recursive: true, force: true });
mkdirSync('bench/out', { recursive: true });
cpSync('dist', dir, { recursive: true });
writeFileSync(`${dir}/data/directory.json`, JSON.stringify({ schema_version: 1, entries }));

const server = spawn('node', ['e2e/serve.mjs', dir, String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/#/activiteiten`);
  const status = page.getByRole('status').filter({ hasText: /activiteit/ });
  await status.filter({ hasText: `${entries.length} activiteiten` }).waitFor({ timeout: 60_000 });
  const readyMs = await page.evaluate(() => {
    const fetch = performance.getEntriesByType('resource').find((r) => r.name.endsWith('data/directory.json'));
    return performance.now() - fetch.startTime;
  });
  // Ready to search: from the request for the file to the end of building the index,
  // measured inside the page (the wait above only polls for the rendered count).
  const split = await page.evaluate(() => {
    const [parse] = performance.getEntriesByName('samenwijzer:parse', 'measure');
    const [index] = performance.getEntriesByName('samenwijzer:index', 'measure');
    const file = performance.getEntriesByType('resource').find((r) => r.name.endsWith('data/directory.json'));
    return {
      ready_to_search_ms: index.startTime + index.duration - file.startTime,
      fetch_ms: file.responseEnd - file.startTime,
      parse_ms: parse.duration,
      index_ms: index.duration,
    };
  });
  await page.evaluate(() => performance.clearMeasures('samenwijzer:search'));
  const result = await page.evaluate(async (queries) => {
    const input = document.querySelector('#zoek');
    const channel = new MessageChannel();
    const settle = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
    const times = []; const hits = {};
    for (let rep = 0; rep < 5; rep++) for (const q of queries) for (let k = 1; k <= q.length; k++) {
      const t0 = performance.now();
      input.value = q.slice(0, k);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      times.push(performance.now() - t0);
      if (rep === 0 && k === q.length) hits[q] = document.querySelector('.result-count').textContent;
    }
    const stats = (list) => {
      list.sort((a, b) => a - b);
      const pct = (p) => list[Math.min(list.length - 1, Math.floor(p * list.length))];
      return { median_ms: pct(0.5), p95_ms: pct(0.95), max_ms: list[list.length - 1] };
    };
    // Search alone (search + filters + order, as MiniSearch's run measures search()),
    // and the whole keystroke including the update of the visible cards.
    const search = performance.getEntriesByName('samenwijzer:search', 'measure').map((m) => m.duration);
    return { keystrokes: times.length, search_only: stats(search), keystroke_with_render: stats(times), hits };
  }, QUERIES);
  console.log(JSON.stringify({ samenwijzer: { entries: entries.length, list_shown_ms: readyMs, ...split, ...result } }, null, 1));
} finally {
  await browser.close();
  server.kill();
}

// The peer, in the same browser, on the same entries (needs minisearch in bench/node).
try {
  const out = execFileSync('node', ['../shared/bench/minisearch-bench.js', source, ...QUERIES], {
    encoding: 'utf8', env: { ...process.env, NODE_PATH: `${process.cwd()}/bench/node/node_modules:${process.cwd()}/node_modules` },
  });
  console.log(JSON.stringify({ minisearch: JSON.parse(out) }, null, 1));
} catch (e) {
  console.log('MiniSearch peer not run (npm install --prefix bench/node minisearch@7.2.0):', e.message.split('\n')[0]);
}
