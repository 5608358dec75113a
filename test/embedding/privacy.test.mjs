// Promise: reading or signing leaves no trace a reader did not choose. On a partner page using every widget,
// with a signature made in the framed form, the browser talks only to the partner's own site and the petition
// it names; nothing carries the partner's cookie or says which page the reader was on; nothing is stored.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  confirmFromOutbox,
  launchBrowser,
  openPage,
  openPetitionDialog,
  startPartnerSite,
  startPetitionServer,
  violations,
  widgetsRendered,
} from './harness.mjs';

let site, petition, browser;
before(async () => {
  // The petition on its own origin (another port of 127.0.0.1: the same site, so the partner's HttpOnly session
  // cookie would ride along with any request that asked for credentials), and the policy a partner adds for it.
  site = await startPartnerSite();
  petition = await startPetitionServer([site.origin]);
  const petitionOrigin = petition.origin;
  site.pages['every-widget.html'] = {
    petition: petition.petition,
    csp: `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' ${petitionOrigin}; frame-src ${petitionOrigin}`,
  };
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await petition?.close();
});

let framedPageCookies = [];

describe('privacy of readers and signers', () => {
  it('talks only to the partner and the petition, sends no cookie or referrer to the petition, and stores nothing', async () => {
    const { context, page, problems, warnings } = await openPage(browser);
    const petitionOrigin = petition.origin;
    const requests = [];
    context.on('request', (request) => requests.push(request));
    framedPageCookies = [];
    try {
      await page.goto(`${site.origin}/pages/every-widget.html`, { waitUntil: 'domcontentloaded' });
      await widgetsRendered(page);
      await page.locator('#translated >> [part~="translation-toggle"]').click();
      await page.locator('#noted >> [part~="reveal-button"]').click();

      const form = await openPetitionDialog(page, '#framed');
      await form.locator('#name').fill('Ada Lovelace');
      await form.locator('#email').fill('ada@example.org');
      await form.locator('#consent').check();
      await form.locator('[part~="submit-button"]').click();
      // The petition confirms by e-mail: the signer checks their inbox (the demo outbox) and presses the link's
      // button; that happens outside this page, so it is done here from Node and is not among its requests.
      await form.locator('[part~="thanks"]:has-text("check your inbox")').waitFor();
      await confirmFromOutbox(petition.url, 'ada@example.org');
      await page.waitForFunction(() =>
        document.querySelector('#polled').shadowRoot.querySelector('[part~="value"]')?.textContent.includes('1'),
      );
      const storage = () => [document.cookie, localStorage.length, sessionStorage.length];
      const petitionFrame = page.frames().find((frame) => frame.url().startsWith(petitionOrigin));
      assert.ok(petitionFrame, 'the petition’s frame is open');
      const sandbox = await page.evaluate(
        () => document.querySelector('#framed').shadowRoot.querySelector('iframe').sandbox.value,
      );
      assert.equal(
        sandbox,
        'allow-scripts allow-forms allow-same-origin allow-popups allow-popups-to-escape-sandbox',
        'another origin’s form is sandboxed',
      );
      assert.deepEqual(
        await petitionFrame.evaluate(storage),
        ['', 0, 0],
        'no cookie or storage in the petition’s frame',
      );
      await page.keyboard.press('Escape');

      const origins = new Set(requests.map((request) => new URL(request.url()).origin));
      assert.deepEqual([...origins].sort(), [site.origin, petitionOrigin].sort(), 'only the partner and the petition');
      assert.ok(
        requests.some((request) => request.method() === 'POST'),
        'the signature was sent',
      );

      for (const request of requests.filter((request) => request.url().startsWith(petitionOrigin))) {
        const headers = await request.allHeaders();
        const what = `${request.method()} ${request.url()}`;
        // Loading the framed form's page (its document, stylesheet and script) is the browser's doing, not a
        // fetch of ours: the next test checks those. Every fetch, the widgets' and the sign-up form's, is ours.
        const ours = ['fetch', 'xhr', 'eventsource'].includes(request.resourceType());
        if (ours) assert.equal(headers.cookie, undefined, `${what} carries no cookie`);
        else framedPageCookies.push(`${what}: ${headers.cookie}`);
        assert.equal(headers.authorization, undefined, `${what} carries no credentials`);
        // The framed form may name its own page; nothing names the partner's.
        assert.ok(
          !headers.referer?.startsWith(site.origin),
          `${what} does not say which page the reader was on (Referer: ${headers.referer})`,
        );
      }

      assert.deepEqual(await page.evaluate(storage), ['', 0, 0], 'no cookie or storage on the partner page');
      const cookies = await context.cookies();
      assert.deepEqual(
        cookies.map((cookie) => cookie.name),
        ['partner_session'],
        'no cookie but the partner’s own',
      );

      assert.deepEqual(await violations(page), [], 'the partner’s policy allowed everything');
      assert.deepEqual([...problems, ...warnings], []);
    } finally {
      await context.close();
    }
  });

  it('loads the framed form without the partner’s cookies, even when the petition shares the partner’s site', () => {
    // A partner hosting its own petition backend shares its site with the form: `<iframe credentialless>` keeps
    // the browser from sending the partner's cookies with the form's page, stylesheet and script.
    assert.ok(framedPageCookies.length > 0, 'the first test opened the framed form');
    assert.deepEqual(
      framedPageCookies.filter((line) => !line.endsWith(': undefined')),
      [],
    );
  });
});
