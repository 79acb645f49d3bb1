// Starts Samenwijzer right after the first paint of the static page in index.html,
// so the app's download never competes with it. scripts/post_build.py fills in the
// hashed file names and references this file from index.html (no inline script).
// If the app cannot start (no WebAssembly, a failed download), the static page stays
// and says so, with the helplines.
const APP_JS = './__APP_JS__';
const APP_WASM = './__APP_WASM__';

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

async function start() {
  if (typeof WebAssembly !== 'object') throw new Error('no WebAssembly');
  const { default: init } = await import(APP_JS);
  await init({ module_or_path: APP_WASM });
}

let started = false;
function startOnce() {
  if (started) return;
  started = true;
  start().catch((error) => {
    console.warn('Samenwijzer could not start:', error);
    showNotice();
  });
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
