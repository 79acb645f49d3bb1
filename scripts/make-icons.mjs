// Renders the app icons for the web app manifest from static/icon.svg, in the system
// Chromium (no image tools needed). Run after changing the icon, and commit the PNGs:
//   node scripts/make-icons.mjs
// "any" icons are the rounded square as it is; "maskable" ones fill the whole square
// with the icon's colour and keep the figure inside the central 80 % safe zone, so a
// launcher may cut any shape out of them.
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';

const svg = await readFile('static/icon.svg', 'utf8');
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const figure = inner.replace(/<rect[^>]*\/>/, ''); // the figure without its rounded square
const background = /<rect[^>]*fill="([^"]+)"/.exec(inner)[1];

const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="${background}"/>
  <g transform="translate(9.6 9.6) scale(0.7)">${figure}</g></svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const size of [192, 512]) {
  for (const [name, source] of [['icon', svg], ['icon-maskable', maskable]]) {
    await page.setViewportSize({ width: size, height: size });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    await writeFile(`static/icons/${name}-${size}.png`, png);
    console.log(`static/icons/${name}-${size}.png ${png.length} bytes`);
  }
}
await browser.close();
