// For the directory benchmarks (bench-search.mjs, bench-national.mjs): holds the
// directory's data back until the directory's code has arrived, so "ready" is the
// data's own time, from its response to a searchable list. (In one bundle, as before
// the app was split, the code was always there first.)

/** Holds `page`'s requests for the directory's packs and JSON until its code is in. */
export async function holdDataUntilCode(page) {
  let codeArrived;
  const code = new Promise((done) => { codeArrived = done; });
  page.on('requestfinished', (r) => { if (/split-activiteiten-[0-9a-f]+\.wasm$/.test(r.url())) codeArrived(); });
  await page.route(/\/data\/(pack\/[a-z0-9-]+\.bin|directory\.json)$/, async (route) => {
    await code;
    await new Promise((done) => setTimeout(done, 200));
    await route.continue();
  });
}
