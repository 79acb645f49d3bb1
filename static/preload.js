// The first step of starting Samenwijzer: right after the first paint of the static
// page, ask for everything the page being opened needs (the main module and glue, its
// catalogue and configuration, and for a page that is loaded lazily its part), so the
// app's own requests find them on the way. scripts/post_build.py fills in the names
// and inlines this file into index.html, allowed by its hash in the page's policy: it
// needs no request of its own, so the downloads start at the paint and not a round trip
// later. boot.js (a file) then starts the app. Where a host's policy blocks inline
// scripts, boot.js imports this file from pkg/ and it does the same, a little later.
(() => {
  const html = document.documentElement;
  if (html.hasAttribute('data-preload')) return;
  html.setAttribute('data-preload', '');
  const APP_JS = './__APP_JS__';
  const APP_WASM = './__APP_WASM__';
  // The loader of the lazily loaded parts, which the glue imports.
  const APP_LOADER = './__APP_LOADER__';
  // The modules each lazily loaded part of the app needs, by split name; the split
  // names are the pages' URL slugs (#/activiteiten → "activiteiten"), see
  // src/pages/mod.rs.
  const SPLITS = __SPLITS__;
  // The text catalogue of each language (src/i18n, built from i18n/*.po).
  const CATALOGUES = __CATALOGUES__;

  function preload(href, rel = 'preload') {
    const link = document.createElement('link');
    link.rel = rel;
    if (rel === 'preload') link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }

  // The same rules as src/locale.rs and src/pages/mod.rs: a stored choice of language,
  // else the URL's, else Dutch.
  function preloadFor(location) {
    preload(APP_WASM);
    preload(APP_JS, 'modulepreload');
    preload(APP_LOADER, 'modulepreload');
    const query = new URLSearchParams(location.search);
    let lang = null;
    try { lang = localStorage.getItem('samenwijzer.lang'); } catch { /* blocked */ }
    lang = [lang, query.get('taal'), 'nl'].find((l) => l && !l.includes('.') && CATALOGUES[l]);
    if (lang) preload(CATALOGUES[lang]);
    const council = query.get('gemeente');
    const valid = council && /^[a-z][a-z0-9-]{1,39}$/.test(council);
    preload(valid ? `data/gemeenten/${council}.json` : 'data/config.json');
    const slug = (location.hash.match(/^#\/([a-z]+)/) || [])[1];
    // Pages that show the directory need its packs (src/data/directory.rs): a
    // municipality's own and the national one, or all entries.
    if (['activiteiten', 'activiteit', 'lijstje'].includes(slug)) {
      for (const name of valid ? [council, 'landelijk'] : ['alle']) preload(`data/pack/${name}.bin`);
    }
    for (const split of [slug, query.has('gemeente') && 'gemeente']) {
      for (const file of SPLITS[split] || []) preload(file);
    }
    // A page that is a part shows the texts only the parts show (src/i18n/catalogue.rs);
    // the check's own part ("zelftest") is fetched after the first answer, with them.
    if (lang && slug && slug !== 'zelftest' && SPLITS[slug] && CATALOGUES[`${lang}.later`]) {
      preload(CATALOGUES[`${lang}.later`]);
    }
  }

  // Nothing is fetched before the page has painted from the HTML alone (Lighthouse
  // counts whatever is requested before the paint as on the way to it); a timer covers
  // browsers without paint timing and tabs that open in the background.
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    preloadFor(window.location);
  };
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) once();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the timer starts the downloads.
  }
  setTimeout(once, 500);
})();
