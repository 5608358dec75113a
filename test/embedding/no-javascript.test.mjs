// Promise: the demo page, as `npm start` serves it, reads well and leads somewhere with JavaScript off (blocked
// scripts, Tor's safest mode), using the fallback patterns the README recommends; with JavaScript on, the widgets
// take those fallbacks over and nothing shows twice. The server writes each counter's last count into the page.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogConsentVersion } from '../../dist/server/consent.js';
import { confirmFromOutbox, widgetsRendered, withPetitionServerAndBrowser } from './harness.mjs';

/** Runs in the page: what a reader sees of each kind of fallback. */
function fallbacks() {
  const shown = (element) => element.checkVisibility();
  const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();
  const all = (selector) => [...document.querySelectorAll(selector)];
  return {
    factBoxes: all('cw-fact-box').map((box) => ({
      shown: !!box.querySelector('[slot="fallback"]') && shown(box.querySelector('[slot="fallback"]')),
    })),
    attributions: all('cw-testimony-card').map((card) => {
      const fallback = card.querySelector('[slot="fallback"]');
      return fallback ? `${shown(fallback)} ${text(fallback).slice(0, 12)}` : 'none';
    }),
    contentNote: (() => {
      const card = [...document.querySelectorAll('cw-testimony-card')].find((element) =>
        element.hasAttribute('content-note'),
      );
      const details = card.querySelector('details');
      return { summary: shown(details.querySelector('summary')), quote: shown(details.querySelector('p')) };
    })(),
    counters: all('cw-signature-counter').map((counter) => {
      const fallback = counter.querySelector('[slot="fallback"]');
      return `${counter.getAttribute('count')} ${fallback ? `${shown(fallback)} ${text(fallback)}` : 'none'}`;
    }),
    petitionLinks: all('cw-action-button[petition]').map((button) => {
      const link = button.querySelector('a[href]');
      return link ? `${shown(link)} ${new URL(link.href).pathname}` : 'none';
    }),
  };
}

/** One signature, as the form sends it, confirmed from the demo outbox as its owner would. */
async function signOnce(server) {
  const response = await fetch(new URL('api/petitions/close-the-camps/signatures', server), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      consent: true,
      consentVersion: catalogConsentVersion('en'),
    }),
  });
  assert.equal(response.status, 202);
  await confirmFromOutbox(server, 'ada@example.org');
}

describe('the demo page without JavaScript', () => {
  const started = withPetitionServerAndBrowser();

  async function open(javaScriptEnabled) {
    const context = await started.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(started.petition.url);
    if (javaScriptEnabled) await widgetsRendered(page);
    return { page, close: () => context.close() };
  }

  it('shows every figure, every testimony’s attribution, and a link to sign', async () => {
    const { page, close } = await open(false);
    const seen = await page.evaluate(fallbacks);
    await close();
    assert.ok(seen.factBoxes.length >= 5);
    assert.deepEqual(
      seen.factBoxes.filter(({ shown }) => !shown),
      [],
      'each fact box has a shown fallback',
    );
    assert.ok(
      seen.attributions.every((line) => line.startsWith('true —')),
      seen.attributions.join(' | '),
    );
    assert.deepEqual(new Set(seen.petitionLinks), new Set(['true /api/petitions/close-the-camps/form']));
    assert.deepEqual(seen.counters, ['0 true 0 people have signed.', '0 true 0 people have signed.', '0 true 0 ئىمزا']);
  });

  it('shows each counter’s last known count, as the server wrote it into the page', async () => {
    await signOnce(started.petition.url);
    const { page, close } = await open(false);
    const seen = await page.evaluate(fallbacks);
    await close();
    assert.deepEqual(seen.counters, ['1 true 1 people have signed.', '1 true 1 people have signed.', '1 true 1 ئىمزا']);
  });

  it('keeps a testimony behind its content note until the reader opens it', async () => {
    const { page, close } = await open(false);
    const closed = (await page.evaluate(fallbacks)).contentNote;
    await page.locator('summary').click();
    const opened = (await page.evaluate(fallbacks)).contentNote;
    await close();
    assert.deepEqual(closed, { summary: true, quote: false });
    assert.deepEqual(opened, { summary: true, quote: true });
  });

  it('with JavaScript, shows no fallback: the widgets took them over', async () => {
    const { page, close } = await open(true);
    const seen = await page.evaluate(fallbacks);
    await close();
    assert.deepEqual(
      seen.factBoxes.filter(({ shown }) => shown),
      [],
    );
    assert.ok(
      seen.attributions.every((line) => line.startsWith('false')),
      seen.attributions.join(' | '),
    );
    assert.ok(
      seen.petitionLinks.every((line) => line.startsWith('false')),
      seen.petitionLinks.join(' | '),
    );
    assert.ok(
      seen.counters.every((line) => / false /.test(line)),
      seen.counters.join(' | '),
    );
    assert.deepEqual(seen.contentNote, { summary: false, quote: false });
  });

  // The pause buttons all pause the whole page, so they share one name, as one function should (WCAG 3.2.4).
  it('with JavaScript, gives each call to action a name of its own (WCAG 2.4.6)', async () => {
    const { page, close } = await open(true);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('cw-action-button')].map((button) =>
        button.shadowRoot.querySelector('[part="button"]').textContent.replace(/\s+/g, ' ').trim(),
      ),
    );
    await close();
    assert.ok(names.length >= 3, names.join(' | '));
    assert.deepEqual(names, [...new Set(names)], 'two calls to action of the demo are called the same');
  });
});
