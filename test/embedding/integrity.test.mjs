// Subresource Integrity: the README's snippet names the built bundle's hash, with `crossorigin`, and a browser
// given a copy with one byte changed refuses to run it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

const bundle = readFileSync(new URL('../../dist/campaign-widgets.js', import.meta.url));
const built = readFileSync(new URL('../../dist/campaign-widgets.js.sri', import.meta.url), 'utf8').trim();
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const snippet = /<script\s[^>]*src="[^"]*campaign-widgets\.js"[^>]*><\/script>/.exec(readme)?.[0] ?? '';

/** Loads the bundle from a CDN-like origin with the snippet's attributes and says whether it ran. */
async function runs(browser, body) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route('https://cdn.test/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body, headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.route('https://partner.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><script type="module" src="https://cdn.test/campaign-widgets.js" integrity="${built}" crossorigin="anonymous"></script><cw-fact-box value="1"></cw-fact-box>`,
    }),
  );
  await page.goto('https://partner.test/');
  await page.waitForTimeout(300);
  const defined = await page.evaluate(() => !!customElements.get('cw-fact-box'));
  await page.close();
  return { defined, errors };
}

describe('Subresource Integrity', () => {
  let browser;
  before(async () => (browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs })));
  after(() => browser?.close());

  it('the README snippet carries the built bundle’s hash and crossorigin', () => {
    assert.match(snippet, /crossorigin="anonymous"/);
    assert.equal(
      /integrity="([^"]+)"/.exec(snippet)?.[1],
      built,
      'run `npm run readme:integrity` after a build that changed the bundle',
    );
  });

  it('the browser runs the bundle as built', async () => {
    const { defined, errors } = await runs(browser, bundle);
    assert.equal(defined, true);
    assert.deepEqual(errors, []);
  });

  it('the browser refuses a copy with one byte changed', async () => {
    const tampered = Buffer.from(bundle);
    tampered[tampered.length - 2] ^= 1;
    const { defined, errors } = await runs(browser, tampered);
    assert.equal(defined, false);
    assert.ok(
      errors.some((error) => /integrity/i.test(error)),
      errors.join('\n'),
    );
  });
});
