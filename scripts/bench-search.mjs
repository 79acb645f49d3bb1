// The directory on 10,000 entries in the release build, in headless Chromium, side by
// side with the search peers (../shared/bench/peers: FlexSearch, MiniSearch, Orama) on
// the same entries and the same 435 keystrokes (every prefix of five queries, five
// times), in one run.
//
//   make build
//   python3 ../shared/bench/gen-entries.py 10000 > /tmp/entries10k.json
//   cp -r ../shared/bench/peers /tmp/peers && (cd /tmp/peers && npm install)   # once
//   node scripts/bench-search.mjs /tmp/entries10k.json [--runs 3] [--no-peers]
//
// Samenwijzer's figures, each run in a fresh browser context:
// - ready: from the directory's data arriving (its response, held back until the
//   directory's code is there, as it always was in one bundle) to a searchable list,
//   split into transfer, decode and index;
// - search alone per keystroke (search, filters and order: what the peers' search()
//   does), from the app's User Timing measure `samenwijzer:search`;
// - the whole keystroke: from the start of the app's work for it to the end of the
//   frame that shows it (search, the visible cards, style, layout and paint).
// The pages are cross-origin isolated (5 µs timers), like the peers'. Every file is
// fetched once before measuring, so the test server's gzip is not in the figures.
// Run it alone: a build or another browser on the machine distorts every figure.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../e2e/serve.mjs';
import { holdDataUntilCode } from './hold-data.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => { const at = args.indexOf(name); return at >= 0 ? args.splice(at, 2)[1] : fallback; };
const runs = Number(option('--runs', 3));
const peers = !args.includes('--no-peers');
const source = args.find((a) => !a.startsWith('--')) ?? '/tmp/entries10k.json';
const QUERIES = ['gezellige wandelclub velsen', 'koffie ochtend heemskerk', 'cafe', 'wandelclup', 'schilderles amstelveen'];
const dir = 'bench/out/dist-10k';

// The peer data, in Samenwijzer's directory format; with its pack, if the staff tool
// can write one.
const peer = JSON.parse(readFileSync(source, 'utf8'));
const entries = peer.map((e) => ({
  id: e.id, name: e.name, description: e.description, organisation: e.organisation, example: true,
  location: { street: '', postcode: e.postcode, city: e.place },
}));
rmSync(dir, { recursive: true, force: true });
mkdirSync('bench/out', { recursive: true });
cpSync('dist', dir, { recursive: true });
writeFileSync(`${dir}/data/directory.json`, JSON.stringify({ schema_version: 1, entries }));
if (existsSync(`${dir}/data/pack`)) {
  execFileSync('cargo', ['run', '-q', '--release', '-p', 'samenwijzer-data', '--', 'pack', `${dir}/data/directory.json`, '-o', `${dir}/data/pack`], { stdio: 'inherit' });
}

const site = await serve(dir, { isolated: true });
const files = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
for (const f of files(dir)) {
  await fetch(`${site.origin}/${f.slice(dir.length + 1)}`, { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.arrayBuffer());
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const stats = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const pct = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median_ms: +pct(0.5).toFixed(3), p95_ms: +pct(0.95).toFixed(3), max_ms: +s[s.length - 1].toFixed(3) };
};
const ours = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await holdDataUntilCode(page);
    await page.goto(`${site.origin}/#/activiteiten`);
    await page.waitForFunction((n) => document.querySelector('.result-count')?.textContent.startsWith(`${n} `),
      entries.length, { timeout: 60_000 });
    const ready = await page.evaluate(() => {
      const data = performance.getEntriesByType('resource').filter((r) => /\/data\/(directory\.json|pack\/)/.test(r.name));
      // From the data's response (held until the code was there, see above).
      const start = Math.min(...data.map((r) => r.responseStart));
      const measure = (name) => performance.getEntriesByName(name, 'measure')[0];
      const [decode, index] = [measure('samenwijzer:parse'), measure('samenwijzer:index')];
      const end = index ? index.startTime + index.duration : decode.startTime + decode.duration;
      return {
        data: data.map((r) => r.name.split('/data/')[1]).join(' '),
        ready_to_search_ms: +(end - start).toFixed(2),
        list_shown_ms: +(performance.now() - start).toFixed(2),
        transfer_ms: +(Math.max(...data.map((r) => r.responseEnd)) - start).toFixed(2),
        decode_ms: +decode.duration.toFixed(2),
        index_ms: index ? +index.duration.toFixed(2) : 0,
      };
    });
    await page.evaluate(() => performance.clearMeasures('samenwijzer:search'));
    const keys = await page.evaluate(async (queries) => {
      const input = document.querySelector('#zoek');
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const whole = []; const hits = {};
      for (let rep = 0; rep < 5; rep++) for (const q of queries) for (let k = 1; k <= q.length; k++) {
        performance.clearMarks('samenwijzer:keystroke');
        input.value = q.slice(0, k);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        // From the start of the app's work for the keystroke (it waits for the next
        // frame, so keys typed faster than the screen are searched together) to the
        // end of that frame: search, cards, style, layout and paint; not the wait.
        const [start] = performance.getEntriesByName('samenwijzer:keystroke', 'mark');
        whole.push(performance.now() - start.startTime);
        if (rep === 0 && k === q.length) hits[q] = Number.parseInt(document.querySelector('.result-count').textContent, 10);
      }
      const search = performance.getEntriesByName('samenwijzer:search', 'measure').map((m) => m.duration);
      return { whole, search, hits };
    }, QUERIES);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const result = { run, isolated, entries: entries.length, ...ready, keystrokes: keys.whole.length,
      search_only: stats(keys.search), whole_keystroke: stats(keys.whole), hits: keys.hits };
    ours.push(result);
    console.log(JSON.stringify({ samenwijzer: result }));
    await context.close();
  }
} finally {
  await browser.close();
  site.server.close();
}

const peerRows = [];
if (peers) {
  if (!existsSync('/tmp/peers/node_modules')) {
    console.log('peers not run: cp -r ../shared/bench/peers /tmp/peers && (cd /tmp/peers && npm install)');
  } else {
    for (let run = 0; run < runs; run++) {
      const out = execFileSync('node', ['/tmp/peers/run.mjs', source, String(run)], { encoding: 'utf8' });
      for (const line of out.trim().split('\n')) { peerRows.push(JSON.parse(line)); console.log(line); }
    }
  }
}

// One table: the ranges over the runs.
const range = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  const f = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
  return s.length ? (s.length > 1 ? `${f(s[0])}–${f(s[s.length - 1])}` : f(s[0])) : '-';
};
console.log('\n| engine | runs | ready ms (data response → searchable) | index built in the page ms | prebuilt index load ms | search p50 ms | p95 ms | max ms | whole keystroke p95 ms | max ms | hits (5 queries) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
console.log(`| samenwijzer (${ours[0]?.data ?? ''}) | ${ours.length} | ${range(ours.map((r) => r.ready_to_search_ms))} | ${range(ours.map((r) => r.index_ms))} | - | ${range(ours.map((r) => r.search_only.median_ms))} | ${range(ours.map((r) => r.search_only.p95_ms))} | ${range(ours.map((r) => r.search_only.max_ms))} | ${range(ours.map((r) => r.whole_keystroke.p95_ms))} | ${range(ours.map((r) => r.whole_keystroke.max_ms))} | ${Object.values(ours[0]?.hits ?? {}).join('/')} |`);
const byEngine = {};
for (const r of peerRows) (byEngine[r.engine] ??= []).push(r);
for (const [name, rs] of Object.entries(byEngine)) {
  console.log(`| ${name} | ${rs.length} | - | ${range(rs.map((r) => r.parse_ms + r.build_ms))} | ${range(rs.map((r) => r.prebuilt?.load_ms))} | ${range(rs.map((r) => r.median_ms))} | ${range(rs.map((r) => r.p95_ms))} | ${range(rs.map((r) => r.max_ms))} | - | - | ${Object.values(rs[0].hits).join('/')} |`);
}
console.log('goals: ready ≤ 150 ms; search p95 ≤ 0.8 ms (ahead of FlexSearch with the same hits); whole keystroke p95 ≤ 16 ms, max ≤ 33 ms');
