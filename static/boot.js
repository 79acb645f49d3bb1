// Starts Samenwijzer right after the first paint of the static page in index.html,
// so the app's download never competes with it. scripts/post_build.py fills in the
// hashed file names and references this file from index.html (no inline script).
// If the app cannot start (no WebAssembly, a failed download), the static page stays
// and says so, with the helplines.
//
// It also registers the service worker (release builds: offline use and updates) once
// the app runs, and is the go-between for updates: when a new version is ready it
// marks <html data-update="ready"> and sends `samenwijzer:update-ready`; the app shows
// the banner (its text is in the app's catalogue) and sends `samenwijzer:update-apply`
// when the user clicks; the new worker takes over, and just before the reload this
// script sends `samenwijzer:before-reload` so the app can hand over the answers.
const APP_JS = './__APP_JS__';
const APP_WASM = './__APP_WASM__';
// The loader of the lazily loaded parts, which the glue imports.
const APP_LOADER = './__APP_LOADER__';
// The modules each lazily loaded part of the app needs, by split name; the split names
// are the pages' URL slugs (#/activiteiten → "activiteiten"), see src/pages/mod.rs.
const SPLITS = __SPLITS__;
// The text catalogue of each language (src/i18n, built from i18n/*.po).
const CATALOGUES = __CATALOGUES__;
// './sw.js' in release builds, '' in development builds (scripts/post_build.py).
const SW_URL = '__SW_URL__';

function showNotice() {
  if (document.documentElement.getAttribute('data-app') === 'ready') return;
  if (document.getElementById('compat-notice')) return;
  const main = document.getElementById('inhoud');
  if (!main) return;
  const box = document.createElement('div');
  box.id = 'compat-notice';
  box.className = 'notice notice--error';
  box.setAttribute('role', 'alert');
  const lines = [
    ['nl', 'Samenwijzer kan nu niet starten. Laad de pagina opnieuw, of probeer een nieuwere browser.'],
    ['en', 'Samenwijzer cannot start right now. Reload the page, or try a newer browser.'],
    ['nl', 'Wilt u nu met iemand praten? Bel De Luisterlijn: 088 0767 000. Denkt u aan zelfdoding? Bel 113 of gratis 0800-0113.'],
  ];
  for (const [lang, text] of lines) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text;
    box.append(p);
  }
  main.prepend(box);
}

// Fetches a file the app will ask for in a moment; the app's own request then gets
// this response instead of waiting for a second round trip.
function preload(href, rel = 'preload') {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

// What the page being opened needs besides the main module: its catalogue and, for a
// page that is loaded lazily, that part's modules (the same rules as src/locale.rs and
// src/pages/mod.rs: a stored choice of language, else the URL's, else Dutch).
// Nothing is fetched before the page has painted from the HTML alone (Lighthouse
// counts whatever is requested before the paint as on the way to it).
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
  if (council && /^[a-z][a-z0-9-]{1,39}$/.test(council)) preload(`data/gemeenten/${council}.json`);
  else preload('data/config.json');
  const slug = (location.hash.match(/^#\/([a-z]+)/) || [])[1];
  // Pages that show the directory need its packs (src/data/directory.rs): a
  // municipality's own and the national one, or all entries.
  if (['activiteiten', 'activiteit', 'lijstje'].includes(slug)) {
    const valid = council && /^[a-z][a-z0-9-]{1,39}$/.test(council);
    for (const name of valid ? [council, 'landelijk'] : ['alle']) preload(`data/pack/${name}.bin`);
    // The app asks the server about the directory file before it trusts the packs
    // (src/data/directory.rs); asked now, the answer is there when the directory's
    // part is. It takes the promise from here, once. Offline nothing is asked.
    if (navigator.onLine) {
      const head = fetch('data/directory.json', { method: 'HEAD' });
      head.catch(() => {});
      window.samenwijzerDirectoryHead = head;
    }
  }
  // A widget brings its host's theme (src/theme.rs applies it with the part
  // "thema"): fetched with the main module, it is applied as the app starts instead of
  // a round trip later, when the text would reflow in another font.
  for (const split of [slug, query.has('gemeente') && 'gemeente', query.has('embed') && 'thema']) {
    for (const file of SPLITS[split] || []) preload(file);
  }
  // A page that is a part shows the texts only the parts show (src/i18n/catalogue.rs);
  // the check's own part ("zelftest") is fetched after the first answer, with them.
  if (lang && slug && slug !== 'zelftest' && SPLITS[slug] && CATALOGUES[`${lang}.later`]) {
    preload(CATALOGUES[`${lang}.later`]);
  }
}

// User Timing marks (samenwijzer:*) let the benchmarks see where start-up time goes;
// nothing is sent anywhere.
async function start() {
  if (typeof WebAssembly !== 'object') throw new Error('no WebAssembly');
  performance.mark('samenwijzer:boot');
  const glue = await import(APP_JS);
  performance.mark('samenwijzer:glue');
  await glue.default({ module_or_path: APP_WASM });
  showCrash = glue.showCrash;
  performance.mark('samenwijzer:wasm');
}

// A panic in the app stops it at once: a wasm trap, which arrives here as a
// WebAssembly.RuntimeError (from an event handler or a task). The app's own crash
// screen says so in the reader's language (src/crash.rs); should even that fail, the
// notice above does, in Dutch and English.
let showCrash = null;
let crashed = false;
function onTrap(error) {
  if (crashed || typeof WebAssembly !== 'object' || !(error instanceof WebAssembly.RuntimeError)) return;
  crashed = true;
  console.error('Samenwijzer stopped:', error);
  try {
    if (!showCrash) throw error;
    showCrash();
  } catch {
    document.documentElement.removeAttribute('data-app');
    showNotice();
  }
}
window.addEventListener('error', (event) => onTrap(event.error));
window.addEventListener('unhandledrejection', (event) => onTrap(event.reason));
// The crash screen's "reload" link points at the page itself, which a browser would
// only scroll to; this reloads it (without the app, which has stopped).
document.addEventListener('click', (event) => {
  if (!event.target.closest?.('a[data-reload]')) return;
  event.preventDefault();
  window.location.reload();
});

function signal(name) {
  window.dispatchEvent(new Event(name));
}

// The app names the directory files it reads (samenwijzer:warm, once it knows its
// municipality); the worker keeps them for offline use. The request may come before
// the worker is registered, so the last one is kept until it is.
let warmRequest = null;
let sendWarm = () => {};
window.addEventListener('samenwijzer:warm', (event) => {
  warmRequest = event.detail;
  sendWarm();
});

function registerWorker() {
  if (!SW_URL || !('serviceWorker' in navigator)) return;
  const workers = navigator.serviceWorker;
  // The first worker takes control without a reload (nothing changes for the page);
  // a later change of controller is a new version the user asked for: reload into it.
  let controlled = Boolean(workers.controller);
  let reloading = false;
  workers.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (reloading) return;
    reloading = true;
    signal('samenwijzer:before-reload');
    window.location.reload();
  });
  // The worker says when this visit's directory files are kept: from then on the whole
  // app works without a network.
  workers.addEventListener('message', (event) => {
    if (event.data?.type === 'WARMED') document.documentElement.setAttribute('data-offline', 'ready');
  });
  workers.startMessages();
  workers.register(SW_URL).then((registration) => {
    const offer = () => {
      if (!registration.waiting || !workers.controller) return;
      document.documentElement.setAttribute('data-update', 'ready');
      signal('samenwijzer:update-ready');
    };
    offer();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer();
      });
    });
    sendWarm = () => {
      workers.ready.then((ready) => {
        if (warmRequest && ready.active) ready.active.postMessage({ type: 'WARM', ...warmRequest });
      }).catch(() => {});
    };
    sendWarm();
    window.addEventListener('samenwijzer:update-apply', () => {
      if (registration.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    // Residents may keep the app open for days: look for a new version now and then.
    setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
  }).catch((error) => {
    console.warn('Samenwijzer works without offline use here:', error);
  });
}

// The app found it cannot run (its texts could not be loaded): say so.
window.addEventListener('samenwijzer:failed', showNotice);

let started = false;
function startOnce() {
  if (started) return;
  started = true;
  // A municipality's visit: the header makes room for its mark now (style/main.css),
  // so that the page does not move when the mark arrives with the configuration.
  if (new URLSearchParams(window.location.search).get('gemeente')) {
    document.documentElement.setAttribute('data-council', '');
  }
  // Everything the page being opened needs is asked for at once, after the paint.
  preloadFor(window.location);
  start().catch((error) => {
    console.warn('Samenwijzer could not start:', error);
    showNotice();
  }).finally(registerWorker);
}

// Start once the first contentful paint has been presented; a timer covers browsers
// without paint timing and tabs that open in the background.
try {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) startOnce();
  }).observe({ type: 'paint', buffered: true });
} catch {
  // No paint timing: the timer below starts the app.
}
setTimeout(startOnce, 500);
