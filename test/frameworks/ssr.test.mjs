// Server rendering, from the packed tarball: a partner's Node server renders every element with @lit-labs/ssr
// (test/frameworks/ssr/render.mjs), the page's script (Vite-built, Lit's development build) hydrates them in
// Chromium, and then they work as on any page, all under a Content-Security-Policy that allows no inline style but
// the published hashes of the widgets' own (dist/ssr-style-hashes.json).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { run, tool } from './browser.mjs';
import { copyApp } from './consumer.mjs';

const COUNT = { count: 713402, goal: 1000000 };
/** What the petition's event stream says: one more than the server rendered. */
const LIVE_COUNT = 713403;
const DEV_MODE_BANNER = /^Lit is in dev mode/;

/** The partner's site: the server-rendered page, its script (held back until `releaseScript()`), the petition. */
function startSite({ page, script, styleHashes }) {
  let releaseScript;
  const scriptReleased = new Promise((resolve) => (releaseScript = resolve));
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.map((hash) => `'${hash}'`).join(' ')}`,
    "connect-src 'self'",
    "frame-src 'self'",
  ].join('; ');
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://site.test');
    if (pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp }).end(page);
    } else if (pathname === '/client.js') {
      await scriptReleased;
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    } else if (pathname === '/api/petitions/close-the-camps') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(COUNT));
    } else if (pathname === '/api/petitions/close-the-camps/events') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      response.write(`event: count\ndata: ${JSON.stringify({ count: LIVE_COUNT })}\n\n`);
    } else if (pathname === '/api/petitions/close-the-camps/form') {
      response
        .writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': "default-src 'none'" })
        .end('<!doctype html><title>Form</title><p>The form');
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        releaseScript,
        close: () => new Promise((done) => server.close(done)).finally(() => server.closeAllConnections()),
      }),
    ),
  );
}

/** Text of an element's shadow root (its styles aside) and light DOM, whitespace collapsed. */
const SHOWN_TEXT = (id) => {
  const element = document.getElementById(id);
  const shadow = [...(element.shadowRoot?.childNodes ?? [])].filter(
    (node) => node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && node.localName !== 'style'),
  );
  return [...shadow, element]
    .map((node) => node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
};

describe('campaign-widgets rendered on the server (@lit-labs/ssr) and hydrated', () => {
  let app;
  let page;
  let styleHashes;
  let browser;
  let site;

  before(async () => {
    app = await copyApp('ssr');
    const [{ stdout }] = await Promise.all([
      run(process.execPath, ['render.mjs'], { cwd: app, maxBuffer: 16 * 1024 * 1024 }),
      tool(app, 'vite/bin/vite.js', ['build']),
    ]);
    page = stdout;
    styleHashes = Object.values(
      JSON.parse(readFileSync(join(app, '..', 'node_modules/campaign-widgets/dist/ssr-style-hashes.json'), 'utf8')),
    );
    site = await startSite({ page, script: readFileSync(join(app, 'dist/client.js')), styleHashes });
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('imports every entry point in plain Node, with no DOM and no shim', async () => {
    const { exports } = JSON.parse(readFileSync(join(app, '..', 'node_modules/campaign-widgets/package.json'), 'utf8'));
    const entries = Object.keys(exports)
      .filter((entry) => !entry.endsWith('.json'))
      .map((entry) => entry.replace(/^\./, 'campaign-widgets'));
    assert.ok(entries.length >= 9, 'the root, each widget, the bundle, react and vue');
    const script = `for (const entry of ${JSON.stringify(entries)}) await import(entry);`;
    const { stdout, stderr } = await run(
      process.execPath,
      ['--input-type=module', '-e', `${script} console.log(typeof document, typeof HTMLElement)`],
      { cwd: app },
    );
    assert.equal(`${stdout}${stderr}`.trim(), 'undefined undefined');
  });

  it('puts every element’s content in the HTML, in declarative shadow roots', () => {
    assert.equal(
      page.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length,
      7,
      'one shadow root per element',
    );
    for (const text of [
      'Up to',
      '1,000,000',
      'people held in camps',
      'Amnesty International, 2018',
      'Gulzire',
      'Sister of a missing Uighur PhD student',
      '713,402',
      '713,402 of 1,000,000 signatures',
      'Sign the petition',
      'I agree that my name and country are stored.',
    ]) {
      assert.ok(page.includes(text), `the HTML has ${text}`);
    }
  });

  it('publishes the hash of every <style> the server writes', () => {
    const written = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, css]) => `sha256-${createHash('sha256').update(css).digest('base64')}`,
    );
    assert.equal(written.length, 7);
    assert.deepEqual([...new Set(written)].sort(), [...styleHashes].sort());
  });

  it('shows figures, quote, attribution, count and button text to a reader without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    await reader.goto(site.url);
    const shown = Object.fromEntries(
      await Promise.all(
        ['figure', 'testimony', 'counter', 'sign'].map(async (id) => [id, await reader.evaluate(SHOWN_TEXT, id)]),
      ),
    );
    await context.close();
    assert.match(
      shown.figure,
      /Up to 1,000,0001,000,0001,000,000 people held in camps Source: Amnesty International, 2018 The fate/,
    );
    assert.match(shown.testimony, /Gulzire Sister of a missing Uighur PhD student .*It makes me cry/);
    assert.match(shown.counter, /713,402 signatures Goal: 1,000,000 Pause live updates/);
    assert.match(shown.sign, /Sign the petition/);
  });

  it('leaves the buttons’ fallback links for readers without JavaScript to follow', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    await reader.goto(site.url);
    const links = await reader.evaluate(() =>
      ['sign', 'act'].map((id) => {
        const link = document.getElementById(id).querySelector('a');
        return `${link.getAttribute('href')} ${link.checkVisibility()}`;
      }),
    );
    await context.close();
    assert.deepEqual(links, ['/api/petitions/close-the-camps/form true', 'act.html#now true']);
  });

  describe('with JavaScript', () => {
    let context;
    let tab;
    const messages = [];
    before(async () => {
      context = await browser.newContext();
      tab = await context.newPage();
      tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && messages.push(message.text()));
      tab.on('pageerror', (error) => messages.push(error.message));
      // The page's module script waits for `releaseScript()`, and so do the load events.
      await tab.goto(site.url, { waitUntil: 'commit' });
      await tab.waitForFunction(() => document.getElementById('form')?.shadowRoot);
      // The server's nodes (each shadow root's last, which outlives the first re-render), before the script runs:
      // hydration must take them over, not render new ones.
      await tab.evaluate(() => {
        window.serverNodes = [...document.querySelectorAll('main [id]')].map(
          (element) => element.shadowRoot.lastElementChild,
        );
      });
      site.releaseScript();
      await tab.waitForFunction(() => customElements.get('cw-sign-form'));
      await tab.evaluate(() =>
        Promise.all([...document.querySelectorAll('main [id]')].map((element) => element.updateComplete)),
      );
    });
    after(() => context?.close());

    it('hydrates every element on the server’s nodes, with no error or warning', async () => {
      const kept = await tab.evaluate(() =>
        [...document.querySelectorAll('main [id]')].map(
          (element, index) => element.shadowRoot.lastElementChild === window.serverNodes[index],
        ),
      );
      assert.deepEqual(kept, [true, true, true, true, true, true, true]);
      assert.deepEqual(
        messages.filter((text) => !DEV_MODE_BANNER.test(text)),
        [],
      );
    });

    it('then renders what only the page knows: the inherited language, the dialog’s title from the button’s text', async () => {
      await tab.waitForFunction(() => /Source\s:/.test(document.getElementById('figure-fr').shadowRoot.textContent));
      const title = await tab.evaluate(() =>
        document.getElementById('sign').shadowRoot.querySelector('h2').textContent.trim(),
      );
      assert.equal(title, 'Sign the petition');
      const toggle = await tab.evaluate(() =>
        document
          .getElementById('testimony')
          .shadowRoot.querySelector('[part="translation-toggle"]')
          ?.textContent.trim(),
      );
      assert.equal(toggle, 'Show original');
    });

    it('styles the widgets under a policy that allows no inline style but their hashes', async () => {
      const sizes = await tab.evaluate(() => {
        const box = document.getElementById('figure');
        return {
          widget: parseFloat(getComputedStyle(box).fontSize),
          value: parseFloat(getComputedStyle(box.shadowRoot.querySelector('[part~="value"]')).fontSize),
        };
      });
      assert.equal(sizes.value, sizes.widget * 2.5);
      assert.deepEqual(
        messages.filter((text) => /Content.Security.Policy|Refused/i.test(text)),
        [],
      );
    });

    it('then works as usual: the live count follows the petition, the translation toggles, the button opens the sign-up dialog', async () => {
      await tab.waitForFunction(() => document.getElementById('counter').shadowRoot.textContent.includes('713,403'));
      await tab.locator('#testimony').getByRole('button', { name: 'Show original' }).click();
      // Said through the page's one announcer (src/internal/announcer.ts), not a status region in the card.
      await tab.waitForFunction(() => document.querySelector('[data-cw-announcer]')?.textContent === 'Original shown');
      await tab.locator('#sign').getByRole('button', { name: 'Sign the petition' }).click();
      await tab.waitForFunction(() => document.getElementById('sign').shadowRoot.querySelector('dialog').open);
      const frame = await tab.evaluate(
        () => new URL(document.getElementById('sign').shadowRoot.querySelector('iframe').src).pathname,
      );
      assert.equal(frame, '/api/petitions/close-the-camps/form');
      assert.deepEqual(
        messages.filter((text) => !DEV_MODE_BANNER.test(text)),
        [],
      );
    });
  });
});
