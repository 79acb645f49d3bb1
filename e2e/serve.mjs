// A tiny static server for the end-to-end tests: serves a folder at "/" and, to prove
// that one build works from a sub-path, at "/samenwijzer/" too. No caching, so every
// test sees the build it was given; gzip, as real servers send.
//
// Every response carries the Content-Security-Policy header README "For hosts" asks
// councils to send (the app's own <meta> policy narrows style-src to its stylesheet).
//
//   node e2e/serve.mjs <folder> <port> [--frame-ancestors "<sources>"] [--app <origin>]
//
// --app: serve a host page (demo/): write <origin> wherever the page names the app's
// development address, http://127.0.0.1:8080.
// Tests that need a server of their own (offline, updates) import `serve`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const SUB_PATH = '/samenwijzer/';
const DEV_APP_ORIGIN = 'http://127.0.0.1:8080';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The header from README "For hosts", with the given frame-ancestors. */
export function cspHeader(frameAncestors = "'self'") {
  return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
    + "worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; "
    + `object-src 'none'; frame-ancestors ${frameAncestors}`;
}

/** Starts a server; resolves to { server, origin, requests } once it listens. */
export function serve(folder, { port = 0, frameAncestors = "'self'", app = null, isolated = false } = {}) {
  const root = resolve(folder);
  const requests = [];
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      if (req.method === 'HEAD') {
        // As static servers answer it: from the file's metadata, without reading it.
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': info.size,
          'last-modified': new Date(info.mtimeMs).toUTCString(),
          'cache-control': 'no-store',
        }).end();
        return;
      }
      let body = await readFile(file);
      if (app && file.endsWith('.html')) body = Buffer.from(body.toString('utf8').replaceAll(DEV_APP_ORIGIN, app));
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // Fresh every time, so a test sees the build it was given; icons may be kept, as
        // any server lets them be (Chromium asks for the page's icon again whenever
        // the address changes, which would otherwise show up in every benchmark).
        'cache-control': /\.(svg|png)$/.test(file) ? 'max-age=86400' : 'no-store',
        // As static servers send it; the app compares the directory's with its pack's.
        'last-modified': new Date(info.mtimeMs).toUTCString(),
      };
      if (!app) headers['content-security-policy'] = cspHeader(frameAncestors);
      // Benchmarks: cross-origin isolated, so performance.now() has 5 µs resolution,
      // as in the peer runs (../shared/bench/peers).
      if (isolated) {
        headers['cross-origin-opener-policy'] = 'same-origin';
        headers['cross-origin-embedder-policy'] = 'require-corp';
      }
      // Compressed like any real web server would, so timings are realistic. Kept per
      // version of the file, as servers that precompress do: otherwise every request
      // of a 4 MB benchmark file would time our gzip, not the transfer.
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !/png$/.test(file)) {
        const key = `${file}:${info.mtimeMs}:${info.size}:${app ?? ''}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
        body = gzipped.get(key);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({ server, origin: `http://127.0.0.1:${server.address().port}`, requests });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder = 'dist', port = '8081', ...rest] = process.argv.slice(2);
  const option = (name) => {
    const at = rest.indexOf(name);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  const { origin } = await serve(folder, {
    port: Number(port),
    frameAncestors: option('--frame-ancestors'),
    app: option('--app') ?? null,
  });
  console.log(`serving ${resolve(folder)} at ${origin}/`);
}
