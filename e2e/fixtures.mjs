// Shared test setup: every test fails on a console error or an uncaught exception,
// and `checkA11y` runs axe-core with the WCAG 2.2 A/AA rules.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { APP_ORIGIN } from './ports.mjs';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const test = base.extend({
  // Errors the test expects (e.g. a deliberately missing data file) go in here.
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const errors = [];
    const record = (text) => {
      if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
    };
    page.on('console', (msg) => msg.type() === 'error' && record(msg.text()));
    page.on('pageerror', (err) => record(`pageerror: ${err.message}`));
    await use(page);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };

/** Opens a route (e.g. '#/hulp') and waits until the app has taken over the shell. */
export async function openApp(page, hash = '', base = '/') {
  await page.goto(`${base}${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

export async function checkA11y(page) {
  // The directory's cards are laid out only near the screen (`content-visibility: auto`),
  // and axe measures the others' boxes wrongly (dequelabs/axe-core#2768: target-size
  // then reports links "partially obscured" that are not). Every card is laid out for
  // the audit, as a resident sees it once it is on screen (cards that arrive during it
  // too: a rule, not a style per card), and the rule is taken out after.
  const AUDIT_RULE = '.entries--long > li { content-visibility: visible !important; }';
  const cards = (on) => Promise.all(page.frames().map((frame) => frame.evaluate(([rule, add]) => {
    const sheet = document.styleSheets[0];
    if (!sheet) return;
    if (add) sheet.insertRule(rule, sheet.cssRules.length);
    else {
      const at = [...sheet.cssRules].findIndex((r) => r.cssText === rule);
      if (at >= 0) sheet.deleteRule(at);
    }
  }, [AUDIT_RULE, on]).catch(() => {})));
  await cards(true);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  await cards(false);
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

/** For "is X asked for before Y arrives?": holds back the responses to `held` (a URL
 *  pattern) until a request to `awaited` (with `method`, if given) has been seen, or
 *  5 s have passed. The returned record says, once the page has loaded, whether it was
 *  seen in time (`before`) and how many such requests there were (`count`). */
export async function holdUntilRequested(page, held, awaited, { method } = {}) {
  const record = { before: null, count: 0 };
  let seen;
  const requested = new Promise((resolve) => { seen = resolve; });
  await page.route(awaited, (route) => {
    if (!method || route.request().method() === method) {
      record.count += 1;
      seen();
    }
    return route.continue();
  });
  await page.route(held, async (route) => {
    const late = new Promise((resolve) => setTimeout(() => resolve(false), 5000));
    record.before = await Promise.race([requested.then(() => true), late]);
    return route.continue();
  });
  return record;
}

/** Opens the directory's "Filteren en sorteren" panel, if it is not open yet. */
export async function openFilters(page) {
  const summary = page.getByText('Filteren en sorteren');
  const details = page.locator('details.filter-panel');
  if (!(await details.evaluate((d) => d.open))) await summary.click();
  await expect(details).toHaveAttribute('open', '');
}

/** Follows a link of the main menu as a person does: through "Menu" where the screen
 *  is narrow enough to fold the links away. `scope` is a page or a frame. */
export async function menuLink(scope, name) {
  const nav = scope.getByRole('navigation', { name: 'Hoofdmenu' });
  const link = nav.getByRole('link', { name });
  const toggle = nav.getByRole('button', { name: 'Menu' });
  if (!(await link.isVisible()) && (await toggle.isVisible())) await toggle.click();
  return link;
}

/** Adds a widget to the council's demo page (already open) as a council would write it:
 *  a container with `data` as its data attributes, then widget.js from the app's
 *  origin. Resolves to the widget's frame once the app in it is ready. */
export async function addWidget(page, id, data) {
  await page.evaluate(({ app, id, data }) => {
    const box = document.createElement('div');
    box.id = id;
    box.dataset.samenwijzer = '';
    Object.assign(box.dataset, data);
    document.querySelector('main').append(box);
    const script = document.createElement('script');
    script.src = `${app}/widget.js`;
    document.body.append(script);
  }, { app: APP_ORIGIN, id, data });
  const frame = page.frameLocator(`#${id} iframe`);
  await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready');
  return frame;
}

/** Chooses a language by its own name ("English", "Türkçe") in the header's language
 *  list (the button that opens it is named for the language on screen, "Taal:
 *  Nederlands"), opening the phone's menu first when the list is inside it. */
export async function chooseLanguage(page, name) {
  const toggle = page.locator('button[aria-controls="talen"]');
  const menu = page.locator('button[aria-controls="menu"]');
  if (!(await toggle.isVisible()) && (await menu.isVisible())) await menu.click();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#talen').getByRole('button', { name, exact: true }).click();
}

/** Answers every statement of the self-check with `answer` (its visible label), one
 *  at a time: it waits for each statement's heading first, since a click before the
 *  next one shows would answer one statement twice. English with `{ lang: 'en' }`. */
export async function answerStatements(page, answer, { total = 11, lang = 'nl' } = {}) {
  const [heading, next] = lang === 'en' ? ['Question {n} of {total}', 'Next'] : ['Vraag {n} van {total}', 'Volgende'];
  for (let n = 1; n <= total; n++) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(heading.replace('{n}', n).replace('{total}', total));
    await page.getByRole('radio', { name: answer, exact: true }).check();
    await page.getByRole('link', { name: next }).click();
  }
}

/** A phone screen: the size the layout is first made for. */
export const PHONE = { width: 360, height: 740 };

/** Nothing is wider than the screen: the page does not scroll sideways and no visible
 *  element sticks out on the right (or left). Returns the offenders, for the message. */
export async function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Visually hidden (read out, not shown): the element or an ancestor is clipped to
    // nothing, whatever the class or media query that does it.
    const clippedAway = (el) => {
      for (let a = el; a && a !== document.body; a = a.parentElement) {
        const clip = getComputedStyle(a).clip;
        if (clip && clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(clip)) return true;
      }
      return false;
    };
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('.skip-link') || clippedAway(el)) continue;
      // Not rendered: in a closed <details> or a closed menu, or hidden.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(box.left)}–${Math.round(box.right)} "${el.textContent.trim().slice(0, 30)}"`);
      }
    }
    return out.slice(0, 8);
  });
}

/** Android's largest font scale, as a root text size (set through the CSSOM, which the
 *  strict CSP allows). */
export async function largeText(page) {
  await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
}
