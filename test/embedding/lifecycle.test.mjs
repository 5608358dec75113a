// Promise: widgets come and go as a CMS or a framework moves them, and leave nothing behind. Twenty counters of one
// petition share one store and one request per refresh; removed, they unsubscribe and the petition hears nothing
// more; re-added, they render and share again; a live counter's event stream closes when it leaves the page.
// Counters written or created before the script loads upgrade, and one moved between containers keeps counting.
// (The npm build, with the page's own Lit through an import map, so the test reads the widgets' own count store.)
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, startPartnerSite } from './harness.mjs';

/** Requests each mocked petition received (JSON and /events), and the event streams still open. */
const requests = new Map();
const openStreams = new Set();
const hits = (name) => requests.get(name) ?? 0;

let site, browser;
before(async () => {
  site = await startPartnerSite({
    mock(request, response, url) {
      const [, , name, resource] = url.pathname.split('/');
      const key = resource ? `${name}/${resource}` : name;
      requests.set(key, hits(key) + 1);
      if (resource === 'events') {
        // A stream that stays open until the widget lets go of it.
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        response.write(`event: count\ndata: {"count": 4321}\n\n`);
        openStreams.add(response);
        response.on('close', () => openStreams.delete(response));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify({ count: 1234, goal: 5000 }));
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  for (const stream of openStreams) stream.destroy();
  await browser?.close();
  await site?.close();
});

/** Waits (in Node) until `condition()` holds, or fails saying what was awaited. */
async function until(condition, what, timeout = 5_000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the lifecycle page with its widgets defined, and runs `use`; no error or warning may appear. */
async function withPage(use) {
  const { context, page, problems, warnings } = await openPage(browser);
  try {
    await page.goto(`${site.origin}/pages/lifecycle.html`);
    await page.waitForFunction(() => customElements.get('cw-signature-counter'));
    await use(page);
    assert.deepEqual([...problems, ...warnings], [], 'no error and no warning');
  } finally {
    await context.close();
  }
}

/** In the page: how many widgets follow the petition, from the store the npm build uses. */
const subscribers = (page, src) =>
  page.evaluate(async (src) => (await import('/dist/internal/count-store.js')).subscriberCount(src), src);

/** In the page: the visible text of each counter matching `selector`. */
const texts = (page, selector) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map(
        (counter) => counter.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      ),
    selector,
  );

function addCounters({ name, n, live = false }) {
  const column = document.getElementById('column');
  for (let i = 0; i < n; i++) {
    const counter = document.createElement('cw-signature-counter');
    counter.className = name;
    counter.setAttribute('petition', `/mock/${name}`);
    counter.setAttribute('interval', '5');
    if (live) counter.setAttribute('live', '');
    column.append(counter);
  }
}

/**
 * A real leak, found by these tests (src/internal/live-count.ts with count-up.ts): a removed counter subscribes again.
 * Removing it unsubscribes (LiveCountController.hostDisconnected), but CountUpController.hostDisconnected then calls
 * jumpTo, which requests an update; the update runs on the detached element, and LiveCountController.hostUpdate, its
 * key cleared, subscribes again. So the store keeps polling (or keeps the event stream open) for a widget that is gone.
 */

// Each test opens its own page and follows its own petition: they run side by side.
describe('widgets that come and go', { concurrency: true }, () => {
  it('shares one request per refresh among 20 counters of one petition', async () => {
    await withPage(async (page) => {
      await page.evaluate(addCounters, { name: 'shared', n: 20 });
      await until(() => hits('shared') === 1, 'the first request');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.shared')].every((counter) => /1,234/.test(counter.shadowRoot.textContent)),
      );
      assert.equal(await subscribers(page, '/mock/shared'), 20, 'all 20 follow one store');

      // One refresh after the 5-second interval: one request, not twenty.
      await until(() => hits('shared') >= 2, 'the refresh', 7_000);
      await sleep(300);
      assert.equal(hits('shared'), 2, 'one request per refresh for all 20 counters');
    });
  });

  it('stops asking once 20 counters are removed, and shares one request again when they are re-added', async () => {
    await withPage(async (page) => {
      await page.evaluate(addCounters, { name: 'many', n: 20 });
      await until(() => hits('many') === 1, 'the first request');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.many')].every((counter) => /1,234/.test(counter.shadowRoot.textContent)),
      );

      await page.evaluate(async () => {
        const counters = [...document.querySelectorAll('.many')];
        counters.forEach((counter) => counter.remove());
        // Whatever the removal itself makes them render must not bring them back.
        await Promise.all(counters.map((counter) => counter.updateComplete));
      });
      assert.equal(await subscribers(page, '/mock/many'), 0, 'no subscriber left once removed');
      const before = hits('many');
      await sleep(6_000);
      assert.equal(hits('many'), before, 'no request for 6 s after the last counter left');

      await page.evaluate(addCounters, { name: 'many', n: 20 });
      await until(() => hits('many') === before + 1, 'one request when they come back');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.many')].every((counter) => /1,234/.test(counter.shadowRoot.textContent)),
      );
      assert.equal(await subscribers(page, '/mock/many'), 20, 'all 20 follow the store again');
      await sleep(300);
      assert.equal(hits('many'), before + 1, 'and share that one request');
    });
  });

  it('closes a live counter’s event stream when it is removed, and opens one again when it is re-added', async () => {
    await withPage(async (page) => {
      await page.evaluate(addCounters, { name: 'live', n: 1, live: true });
      await until(() => openStreams.size === 1, 'the stream to open');
      await page.waitForFunction(() => /4,321/.test(document.querySelector('.live').shadowRoot.textContent));

      await page.evaluate(() => {
        window.removedCounter = document.querySelector('.live');
        window.removedCounter.remove();
      });
      await until(() => openStreams.size === 0, 'the stream to close once the counter is removed', 2_000);
      assert.equal(await subscribers(page, '/mock/live'), 0);
      const streamsOpened = hits('live/events');

      await page.evaluate(() => document.getElementById('column').append(window.removedCounter));
      await until(
        () => openStreams.size === 1 && hits('live/events') === streamsOpened + 1,
        'one new stream once it is back',
      );
      assert.equal(await subscribers(page, '/mock/live'), 1);
      assert.match((await texts(page, '.live'))[0], /4,321/);

      await page.evaluate(() => window.removedCounter.remove());
      await until(() => openStreams.size === 0, 'the stream to close again');
      // The count (with its goal) comes first, then the stream follows it: one poll per stream opened, no more.
      assert.equal(hits('live'), hits('live/events'), 'a live counter whose stream works polls only before opening it');
    });
  });

  it('upgrades counters written or created before the script loaded, and keeps one counting when it is moved', async () => {
    await withPage(async (page) => {
      assert.equal(
        await page.evaluate(() => window.definedBeforeEarly),
        false,
        'the early counter was created before the definition',
      );
      await page.waitForFunction(() =>
        ['early-markup', 'early-script'].every((id) =>
          /1,234/.test(document.getElementById(id).shadowRoot?.textContent),
        ),
      );
      const upgraded = await page.evaluate(() =>
        ['early-markup', 'early-script'].map(
          (id) => document.getElementById(id) instanceof customElements.get('cw-signature-counter'),
        ),
      );
      assert.deepEqual(upgraded, [true, true]);
      assert.equal(
        await page.evaluate(() => document.getElementById('early-script').interval),
        5,
        'a property set before the upgrade is kept',
      );
      assert.equal(await subscribers(page, '/mock/early'), 2);

      // Moved by a framework: disconnected and connected again in one task.
      await page.evaluate(() => document.getElementById('second').append(document.getElementById('early-script')));
      assert.equal(await subscribers(page, '/mock/early'), 2, 'the moved counter still follows, once');
      // A signature announced on the page reaches every counter still following the petition, the moved one too.
      await page.evaluate(() =>
        document.dispatchEvent(new CustomEvent('cw-signed', { detail: { petition: '/mock/early', count: 1235 } })),
      );
      await page.waitForFunction(() =>
        /1,235/.test(document.querySelector('#second > #early-script')?.shadowRoot.textContent),
      );
      const moved = await page.evaluate(() => {
        const counter = document.querySelector('#second > #early-script');
        return counter?.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
      });
      assert.match(moved, /1,235/, 'the moved counter still shows the count');
    });
  });
});
