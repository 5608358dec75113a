// Promise: a partner can't load us wrong. The bundle twice (two URLs, two copies of Lit) and the npm build with
// the page's own Lit, on one page: nothing throws or complains, widgets written before the scripts upgrade,
// widgets added later render, and every counter of one petition shows the same count.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, startPartnerSite, widgetsRendered } from './harness.mjs';

let site, browser;
before(async () => {
  site = await startPartnerSite();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

describe('loading the widgets more than once', () => {
  it('works with the bundle loaded twice and the npm build alongside, before and after the elements exist', async () => {
    const { context, page, problems, warnings } = await openPage(browser);
    const scripts = [];
    page.on(
      'response',
      (response) =>
        response.request().resourceType() === 'script' &&
        scripts.push(new URL(response.url()).pathname + new URL(response.url()).search),
    );
    try {
      await page.goto(`${site.origin}/pages/double-loading.html`);
      await page.waitForSelector('#later-counter');
      await widgetsRendered(page);
      assert.ok(
        scripts.includes('/dist/campaign-widgets.js') && scripts.includes('/dist/campaign-widgets.js?v=2'),
        'both copies were loaded',
      );
      assert.ok(scripts.includes('/node_modules/lit/index.js'), 'the npm build was loaded with the page’s own Lit');

      const shown = await page.evaluate(() => {
        const text = (id) => document.getElementById(id).shadowRoot.textContent.replace(/\s+/g, ' ').trim();
        return {
          before: text('before'),
          laterMarkup: text('later-markup'),
          laterCard: text('later-card'),
          laterButton: document.getElementById('later-button').shadowRoot.querySelector('a')?.href,
        };
      });
      assert.match(shown.before, /1,000,000/, 'the box written before the scripts upgraded');
      assert.match(shown.laterMarkup, /6,000/, 'the box a CMS added later rendered');
      assert.match(shown.laterCard, /Gulzire/, 'the card created by script rendered');
      assert.equal(shown.laterButton, 'https://www.amnesty.org/', 'the button added later is a link');

      await page.waitForFunction(() =>
        ['counter-before', 'later-counter'].every((id) =>
          document.getElementById(id).shadowRoot.querySelector('[part~="goal-reached"]'),
        ),
      );
      assert.deepEqual([...problems, ...warnings], [], 'no error, and no warning for the same version loaded again');
    } finally {
      await context.close();
    }
  });
});
