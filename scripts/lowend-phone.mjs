// The emulated low-end phone of ../shared/bench/lowend-phone.cjs, for the scripts that
// measure on it (bench-lowend.mjs, probe-lowend.mjs): 4x CPU slowdown, 1.6 Mbit/s down,
// 150 ms round trip, 360x740, cold cache, no service worker.
export async function lowendPhone(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  return { context, page };
}
