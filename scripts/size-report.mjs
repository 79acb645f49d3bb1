// The size of a release build (gzip -9, as most static servers send), three ways:
//  1. per kind of file, the whole dist/ folder;
//  2. per part of the app: the wasm modules each lazily loaded part needs on top of the
//     main module (its own module and the chunks it shares with other parts);
//  3. what a resident downloads before they can act, measured in headless Chromium
//     (scripts/first-load.mjs): the first statement of the self-check from a cold `/`,
//     and the directory list from a cold `#/activiteiten`. The goal is 120 KB of code
//     for each; the report prints the distance to it.
// The files for offline use, installing and the widget are listed apart: no visit
// waits for them.
//
// The guard below fails the build when a first load grows past today's figure plus a
// margin. It is a regression guard, not the goal: raising it needs a reason in the
// commit message and the closing note.
//
//   node scripts/size-report.mjs [dist]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoad, printFirstLoad, GOAL_KB } from './first-load.mjs';

// Raised by the phone-first pass (issue 11, +6.2 KB in the main module), then lowered
// when the main module stopped carrying serde_json (src/json.rs, -15.9 KB) and the
// unused wasm-streams exports (-1.4 KB) and panic = immediate-abort (-7.4 KB).
// Raised by 1 KB (check) and 4 KB (directory) for issues 12 and 17 (measured against
// ff6fe8b: check 163.6 -> 164.7, directory 293.6 -> 297.8): the texts of "Vraag het
// voor mij" in the language's one catalogue (+0.8 on both; texts per part are still
// to do), the help page's two contacts (+0.3), one directory view and the core's links
// (+1.5), and the result part's new code reshaping the chunks the directory shares
// (+1.6). A lazy part of its own for the form cost the directory 4.2 KB more (more,
// smaller shared chunks), so it stays in the result's part. Then +0.4 (check) and
// +0.6 (directory) for the conversation card's texts in that same catalogue (its QR
// encoder, 11.1 KB gz, is in the result's part only). Texts per part would take about
// 2.5 KB off the check's first load; not done yet. Then +0.9 (check) and +1.2
// (directory) for what makes going hard (the barriers in the saved answers, read at
// start: +0.6 in the main module; their texts +0.3).
// Raised by 3 KB (check, 165.9 -> 168.9) and 6 KB (directory, 299.6 -> 304.5) for
// issue 13: its texts in the one catalogue (+1.9 KB gz, mostly the tips page's), the
// tips page's route and part (+0.3 in the main module), and on the directory the
// chunks it shares with the result's part reshaped again (+2.7). Texts per part
// (issue 10) would take these texts off both first loads again.
// Then texts per part (issue 10): the main module's texts in one file per language
// (1.8 KB gz for Dutch), the parts' in a second that a part fetches with its module
// (6.3 KB): check 168.9 -> 164.4 (-4.5; the loader costs the main module +1.1), the
// directory 304.5 -> 306.3 (+1.8: it needs both files, two gzip streams, and the
// loader). Guards: check lowered to 166, directory raised to 308.
// Then "Zorgen om iemand?" (issue 14): the configuration's signals and partners in the
// main module (+0.5), its texts in the parts' one file, which the directory fetches
// whole (+1.0 there), chunks reshaped: check 164.7 -> 165.7, directory 307.2 -> 309.6.
// One texts file per group of parts (the directory's apart from the others) is the
// next step; guards check 167, directory 310.
// Then Entry::moments(today) (issue 15: ended schedules no longer count, worked out
// where today is known, in the directory's code) and the together config field:
// directory 309.6 -> 310.6 (+1.0). Guard raised to 311; the goal stays 120.
// Then "Samen invullen" (issue 14): the mode flag, the storage gate, the route and the
// start page's link in the main module (139.4 -> 140.9, +1.5) and its CSS (+0.3, in
// index.html); the bar, the idle warning and the helper's tip are the lazy part `samen`
// (15.3 KB with its shared chunks, own 9.2). Its 23 texts sit in the parts' one file,
// which the directory fetches whole: check 165.9 -> 168.3, directory 310.6 -> 314.6.
// Guards raised to 169 and 315; the goal stays 120.
// Then the languages (issue 16): Lang from LINGUAS, the language list (six buttons
// named in their own language), <html dir>, the statements' wording for readers of a
// language the scale has none in (its choice a part of its own, `uitspraken`, 6.5 KB,
// fetched by those readers only) and the text size: main module 140.9 -> 145.9
// (+2.8 for the languages, +2.2 for the text size), texts +0.2: check 168.4 -> 174.2,
// directory 314.7 -> 321.5. The languages' texts cost nobody else a byte (the list
// above). Then Lees voor: the switch, the button and the player's place in the main
// module (+1.8), the player itself the part `voorlezen` (9.8 KB, fetched on the first
// press): check 174.2 -> 176.8, directory 321.5 -> 324.3. Then the entries' own
// translations (reading them from the pack, showing them in the card and the page):
// directory 324.3 -> 325.4. Guards 177 and 326; the goal stays 120.
// Then the JavaScript minified (esbuild, scripts/minify.py) and the main module's
// imports given short names in the module and the glue (build_wasm.py,
// shorten_imports): main module 147.6 -> 143.1, glue 10.1 -> 5.3, boot 5.9 -> 3.7,
// loader 3.1 -> 2.4: check 176.7 -> 164.5, directory 325.4 -> 313.2. Then the
// language list and the text size a part of their own (`talen`, fetched on the first
// press of "Taal"): main module 143.1 -> 140.3, check 164.5 -> 162.2, directory
// 313.2 -> 313.7 (its shared chunks reshaped). Guards lowered to 163 and 315.
// Then (2026-12-04) the sections browsers never read (`producers`,
// `target_features`) stripped from every module: ~180 bytes raw in each, which gzip
// cannot share between files, 7.4 KB on the directory's 47 modules; and the postcode
// centroids compiled in by core's build.rs instead of parsed with serde_json in the
// directory's part (-13.7): check 162.9 -> 162.6, directory 314.7 -> 293.6. Guard
// for the directory lowered to 295. Then lower case from a table of runs (core's
// case.rs, 186 runs) instead of the standard library's table of every capital:
// directory 293.6 -> 286.8, check 162.6 -> 162.5. Guard for the directory 288.
const GUARD_KB = { check: 163, directory: 288 };
const EXTRAS_GUARD_KB = 40;

const dist = process.argv[2] ?? 'dist';
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (b) => (b / 1000).toFixed(1).padStart(8);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const EXTRA = /^(sw\.js|widget\.js|manifest\.webmanifest|icons\/.*)$/;
const kinds = {};
const extras = [];
for (const path of files(dist).sort()) {
  const rel = relative(dist, path);
  if (rel === join('pkg', 'manifest.json')) continue; // the build's list, read below
  if (EXTRA.test(rel)) { extras.push(rel); continue; }
  const kind = rel.endsWith('.wasm') ? 'wasm' : /\.m?js$/.test(rel) ? 'js' : rel.endsWith('.css') ? 'css'
    : rel.endsWith('.html') ? 'html' : /\.(json|bin)$/.test(rel) ? 'data' : rel.endsWith('.txt') ? 'texts' : 'other';
  kinds[kind] ??= { raw: 0, gz: 0 };
  kinds[kind].raw += statSync(path).size;
  kinds[kind].gz += gz(path);
}
console.log(`${'kind'.padEnd(28)}${'bytes'.padStart(10)}${'gzipped'.padStart(10)}`);
let total = { raw: 0, gz: 0 };
for (const [kind, s] of Object.entries(kinds)) {
  console.log(`${kind.padEnd(28)}${String(s.raw).padStart(10)}${String(s.gz).padStart(10)}`);
  total = { raw: total.raw + s.raw, gz: total.gz + s.gz };
}
console.log(`${'all of dist/'.padEnd(28)}${String(total.raw).padStart(10)}${String(total.gz).padStart(10)}`);

// The parts, from the build's list (scripts/build_wasm.py wrote pkg/manifest.json).
const manifest = JSON.parse(readFileSync(join(dist, 'pkg', 'manifest.json'), 'utf8'));
const inPkg = (table, each) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, each(v)]));
const splits = inPkg(manifest.splits, (list) => list.map((f) => `pkg/${f}`));
const main = files(join(dist, "pkg")).find((f) => f.endsWith("_bg.wasm"));
console.log(`\nmain module ${kb(gz(main))} KB; each part adds (own + shared chunks):`);
for (const [name, list] of Object.entries(splits).sort()) {
  const sizes = list.map((f) => gz(join(dist, f)));
  const own = gz(join(dist, list[list.length - 1]));
  console.log(`  ${name.padEnd(14)}${kb(sizes.reduce((a, b) => a + b, 0))} KB  (own ${kb(own).trim()}, ${list.length - 1} shared chunks)`);
}

// What a language costs: each reader downloads only their own language's two files
// (the main module's texts at start, the parts' with the first part); no language
// adds a byte to another's first load.
const catalogues = inPkg(manifest.i18n, (f) => `pkg/${f}`);
console.log('\neach language, downloaded by its readers only (texts at start + the parts\' texts):');
for (const code of Object.keys(catalogues).filter((c) => !c.includes('.')).sort()) {
  const first = gz(join(dist, catalogues[code]));
  const later = gz(join(dist, catalogues[`${code}.later`]));
  console.log(`  ${code.padEnd(4)}${kb(first)} + ${kb(later).trim()} KB`);
}

let extrasGz = 0;
console.log('\nnot on any page\'s critical path (offline use, installing, widget):');
for (const rel of extras) {
  const path = join(dist, rel);
  const size = rel.endsWith('.png') ? statSync(path).size : gz(path);
  extrasGz += size;
  console.log(`  ${rel.padEnd(26)}${String(statSync(path).size).padStart(10)}${String(size).padStart(10)}`);
}
console.log(`extras: ${(extrasGz / 1000).toFixed(1)} KB gzipped; guard ${EXTRAS_GUARD_KB} KB`);

console.log('\nfirst load (headless Chromium, cold cache):');
const results = await firstLoad(dist);
printFirstLoad(results);
console.log('\nsummary (code bytes until a resident can act):');
let failed = false;
for (const [name, r] of Object.entries(results)) {
  const over = r.code_body - GOAL_KB * 1000;
  console.log(`  ${name.padEnd(10)}${kb(r.code_body)} KB   goal ${GOAL_KB} KB: ${over <= 0 ? 'met' : `${(over / 1000).toFixed(1)} KB to go`}`
    + `   guard ${GUARD_KB[name]} KB`);
  if (r.code_body > GUARD_KB[name] * 1000) {
    console.error(`${name}: first load ${kb(r.code_body)} KB is over its regression guard of ${GUARD_KB[name]} KB`);
    failed = true;
  }
}
if (extrasGz > EXTRAS_GUARD_KB * 1000) { console.error('extras over their guard'); failed = true; }
process.exit(failed ? 1 : 0);
