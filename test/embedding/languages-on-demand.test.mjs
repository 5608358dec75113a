// Promise: the partner bundle carries English only; a page in another language downloads that language's strings,
// and no other, from beside the bundle, under a strict CSP, checked against the hash the bundle carries; a widget
// whose strings are on their way keeps its space and shows nothing until it can show them (no flash of English),
// and a catalog that does not arrive whole leaves the widget in English, never blank.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, POLICIES, startPartnerSite, violations, widgetsRendered } from './harness.mjs';

const LANGUAGES = ['en', 'fr', 'ug', 'zh-TW'];

describe('languages on demand', () => {
  let site;
  let browser;
  before(async () => {
    const pages = Object.fromEntries(
      LANGUAGES.map((lang) => [`languages.html?${lang}`, { csp: POLICIES.strict, fill: { lang } }]),
    );
    site = await startPartnerSite({ pages });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens the page in `lang`; `route` may hold or alter the catalogs' requests. */
  async function open(lang, route) {
    const opened = await openPage(browser);
    const catalogs = [];
    opened.page.on(
      'request',
      (request) =>
        request.url().includes('/dist/locales/') &&
        catalogs.push(new URL(request.url()).pathname.replace(/-[\w-]{43}\.json$/, '')),
    );
    if (route) await opened.page.route('**/dist/locales/**', route);
    await opened.page.goto(`${site.origin}/pages/languages.html?${lang}`);
    return { ...opened, catalogs };
  }

  /** The fact box's citation line, every run of white space (no-break spaces too) as one space. */
  const sourceLine = (page) =>
    page.evaluate(() =>
      document
        .getElementById('figure')
        .shadowRoot.querySelector('[part~="source"]')
        .textContent.replace(/\s+/g, ' ')
        .trim(),
    );

  for (const [lang, catalog, source] of [
    ['en', undefined, 'Source: Amnesty International'],
    ['fr', '/dist/locales/fr', 'Source : Amnesty International'],
    ['ug', '/dist/locales/ug', 'مەنبە: Amnesty International'],
    ['zh-TW', '/dist/locales/zh-Hant', '來源： Amnesty International'],
  ]) {
    it(`a page in ${lang} downloads ${catalog ? 'its strings alone' : 'no strings'}, under a strict CSP`, async () => {
      const { context, page, problems, catalogs } = await open(lang);
      await widgetsRendered(page);
      await page.waitForFunction(() => !document.getElementById('figure').matches(':state(cw-loading)'));
      const shown = await sourceLine(page);
      const seen = [...catalogs];
      const blocked = await violations(page);
      await context.close();
      assert.equal(shown, source);
      assert.deepEqual(seen, catalog ? [catalog] : []);
      assert.deepEqual([...problems, ...blocked], []);
    });
  }

  it('keeps a widget’s space but shows nothing while its strings are on their way, then shows them once', async () => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const { context, page } = await open('fr', async (route) => {
      await held;
      await route.continue();
    });
    await widgetsRendered(page);
    const waiting = await page.evaluate(() => {
      const box = document.getElementById('figure');
      return { visibility: getComputedStyle(box).visibility, height: box.getBoundingClientRect().height };
    });
    release();
    await page.waitForFunction(() => getComputedStyle(document.getElementById('figure')).visibility === 'visible');
    const shown = await sourceLine(page);
    await context.close();
    assert.equal(waiting.visibility, 'hidden');
    assert.ok(waiting.height > 0, 'the box keeps its space');
    assert.equal(shown, 'Source : Amnesty International');
  });

  it('shows English, with one warning, when a catalog does not match the hash the bundle carries', async () => {
    const { context, page, warnings } = await open('fr', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ sourceLabel: 'Altered:' }) }),
    );
    await widgetsRendered(page);
    await page.waitForFunction(() => getComputedStyle(document.getElementById('figure')).visibility === 'visible');
    const shown = await sourceLine(page);
    await context.close();
    assert.equal(shown, 'Source: Amnesty International');
    assert.equal(warnings.filter((warning) => warning.includes('fr strings did not load')).length, 1);
  });
});
