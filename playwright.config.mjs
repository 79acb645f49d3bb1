// End-to-end tests drive the release build in dist/ in the system Chromium
// (browser downloads do not work on these machines). `make build` comes first.
import { defineConfig } from '@playwright/test';
import { PORT, HOST_PORT } from './e2e/ports.mjs';

// PORT: the app; HOST_PORT: the demo council page (demo/host.html) on another origin,
// for the widget tests. See e2e/ports.mjs.

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'nl-NL',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  webServer: [
    {
      // The app, with the CSP header hosts are asked to send; the host may frame it.
      command: `node e2e/serve.mjs dist ${PORT} --frame-ancestors "'self' http://127.0.0.1:${HOST_PORT}"`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: `node e2e/serve.mjs demo ${HOST_PORT} --app http://127.0.0.1:${PORT}`,
      url: `http://127.0.0.1:${HOST_PORT}/host.html`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
