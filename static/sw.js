// Samenwijzer's service worker. scripts/post_build.py writes it into release builds
// with this build's VERSION and FILES (development builds get a worker that removes
// itself). Why a worker of our own instead of Workbox: see ARCHITECTURE.md.
//
// - Install: every file of this version, or none (cache.addAll fails as a whole, and
//   the version that runs now keeps running).
// - The app's page, scripts, wasm and icons always come from one version's cache, so a
//   page never mixes old and new files. A new version waits until the user chooses
//   "Vernieuwen" (message SKIP_WAITING from static/boot.js).
// - data/ (the directory and its packs, municipal settings) is network-first: a council
//   may replace the directory file without a new build, and residents should see it
//   when they are online; offline, the copy in the cache is used. The directory's
//   files are not precached (a council's app needs only its own packs); the app names
//   them once it knows its municipality (message WARM) and they are kept then.
// - Only GET requests inside this app's folder are answered; nothing else is touched,
//   and the worker itself never contacts another origin.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const SCOPE = self.registration.scope;
const PREFIX = `samenwijzer ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const DATA_TIMEOUT_MS = 4000;
// Files whose names carry a content hash (16 hex digits, scripts/build_wasm.py) may come
// from the HTTP cache; the others (index.html, data, manifest) are fetched afresh.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|txt)$/;

const urlOf = (path) => new URL(path, SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(
      FILES.map((path) => new Request(urlOf(path), { cache: HASHED.test(path) ? 'default' : 'reload' })),
    )),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// WARM: the app names the directory files it reads (its packs, see
// src/data/directory.rs); keep a copy of each that is not kept yet, so the directory
// works offline after the first visit. When a pack is missing, the directory file is
// kept instead (the app then reads that). True when everything asked for is kept.
async function warm(paths, fallback) {
  const cache = await caches.open(CACHE);
  let missing = false;
  for (const path of paths) {
    if (await cache.match(urlOf(path))) continue;
    try {
      const response = await fetch(urlOf(path));
      if (response.ok) await cache.put(urlOf(path), response);
      else missing = true;
    } catch {
      return false; // offline: nothing to keep now
    }
  }
  if (!missing) return true;
  if (!fallback) return false;
  if (await cache.match(urlOf(fallback))) return true;
  try {
    const response = await fetch(urlOf(fallback));
    if (!response.ok) return false;
    await cache.put(urlOf(fallback), response);
    return true;
  } catch {
    return false; // offline
  }
}

self.addEventListener('message', (event) => {
  if (!event.data) return;
  if (event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data.type === 'WARM' && Array.isArray(event.data.paths)) {
    const safe = (p) => typeof p === 'string' && /^data\/[a-z0-9/._-]+$/.test(p) && !p.includes('..');
    const kept = warm(event.data.paths.filter(safe), safe(event.data.fallback) ? event.data.fallback : null);
    // The page learns when it works offline (boot.js marks <html data-offline="ready">).
    event.waitUntil(kept.then((ok) => { if (ok && event.source) event.source.postMessage({ type: 'WARMED' }); }));
  }
});

async function fromCache(path, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(urlOf(path))) || fetch(request);
}

async function networkFirst(path, request) {
  const cache = await caches.open(CACHE);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
  try {
    const response = await fetch(request, { signal: controller.signal });
    if (response.ok) {
      await cache.put(urlOf(path), response.clone());
      return response;
    }
    // A missing file (an unknown municipality) must reach the app as missing.
    if (response.status === 404) return response;
    return (await cache.match(urlOf(path))) || response;
  } catch (error) {
    const copy = await cache.match(urlOf(path));
    if (copy) return copy;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const path = new URL(request.url).pathname.slice(new URL(SCOPE).pathname.length);
  if (request.mode === 'navigate') {
    // The app is one page; its query (?gemeente=…) and fragment are read by the app.
    if (path === '' || path === 'index.html') event.respondWith(fromCache('index.html', request));
  } else if (path.startsWith('data/') && (path.endsWith('.json') || path.endsWith('.bin'))) {
    event.respondWith(networkFirst(path, request));
  } else if (FILES.includes(path)) {
    event.respondWith(fromCache(path, request));
  }
});
