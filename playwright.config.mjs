// End-to-end tests drive the release build in dist/ in the system Chromium
// (browser downloads do not work on these machines). `make build` comes first.
import { defineConfig } from '@playwright/test';

const PORT = 8081;

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
  webServer: {
    command: `node e2e/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
