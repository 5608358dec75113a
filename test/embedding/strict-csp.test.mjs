// Promise: a partner can keep a strict Content-Security-Policy. Every widget, in every state, including the
// petition dialog open on the framed form and the inline form, works under script-src 'self', under Trusted
// Types, and under a nonce with 'strict-dynamic', with not one violation and not one console error.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  launchBrowser,
  openPage,
  openPetitionDialog,
  POLICIES,
  startPartnerSite,
  startPetitionServer,
  violations,
  widgetsRendered,
} from './harness.mjs';

let site, petition, browser;
before(async () => {
  site = await startPartnerSite({
    pages: {
      'every-widget.html': { csp: POLICIES.strict },
      'every-widget.html?trusted-types': { csp: POLICIES.trustedTypes },
      'every-widget.html?nonce': { csp: POLICIES.nonce },
    },
  });
  petition = await startPetitionServer([site.origin]);
  site.proxyApiTo(petition.url);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await petition?.close();
});

/** Opens the page under a policy and goes through every state: translation, content note, both dialogs. */
async function useEveryWidget(query) {
  const { context, page, problems, warnings } = await openPage(browser);
  try {
    const response = await page.goto(`${site.origin}/pages/every-widget.html${query}`, {
      waitUntil: 'domcontentloaded',
    });
    await widgetsRendered(page);
    const shadowText = (selector) =>
      page.locator(selector).evaluate((element) => element.shadowRoot.textContent.replace(/\s+/g, ' '));

    assert.match(await shadowText('#figure'), /1,000,000/, 'the fact box shows its figure');
    await page.locator('#translated >> [part~="translation-toggle"]').click();
    await page.locator('#noted >> [part~="reveal-button"]').click();
    await page.waitForFunction(() =>
      /\d/.test(document.querySelector('#polled').shadowRoot.querySelector('[part~="value"]').textContent),
    );
    await page.locator('#reached >> [part~="goal-reached"]').waitFor();

    const form = await openPetitionDialog(page, '#framed');
    await form.locator('#name').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#inline >> [part~="button"]').click();
    await page.locator('#inline >> cw-sign-form >> #name').waitFor();
    await page.keyboard.press('Escape');

    const csp = await page.evaluate(() => window.cspViolations);
    // The form is on the page's own origin here (the petition behind the partner's /api/), so its frame has no
    // sandbox, and Chrome has no sandbox that scripts could lift to warn about.
    return { policy: response.headers()['content-security-policy'], csp, problems: [...problems, ...warnings] };
  } finally {
    await context.close();
  }
}

describe('under a strict Content-Security-Policy', () => {
  it("renders every widget in every state with script-src 'self' and style-src 'self', without a violation or error", async () => {
    const { policy, csp, problems } = await useEveryWidget('');
    assert.equal(policy, POLICIES.strict);
    assert.deepEqual(csp, []);
    assert.deepEqual(problems, []);
  });

  it("does the same with Trusted Types enforced and only the 'lit-html' policy allowed", async () => {
    const { policy, csp, problems } = await useEveryWidget('?trusted-types');
    assert.equal(policy, POLICIES.trustedTypes);
    assert.deepEqual(csp, []);
    assert.deepEqual(problems, []);
  });

  it("does the same with a nonce and 'strict-dynamic' instead of 'self'", async () => {
    const { policy, csp, problems } = await useEveryWidget('?nonce');
    assert.match(policy, /script-src 'nonce-[^']+' 'strict-dynamic'/);
    assert.deepEqual(csp, []);
    assert.deepEqual(problems, []);
  });

  it('would notice a violation: an inline style attribute, as styleMap or style= would make, is reported', async () => {
    // Proof that the recorder works: this is what a widget with inline styles would cause.
    const { context, page } = await openPage(browser);
    try {
      await page.goto(`${site.origin}/pages/every-widget.html?nonce`);
      await widgetsRendered(page);
      await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.setAttribute('style', 'color: red');
        document.body.append(probe);
      });
      await page.waitForFunction(() => window.cspViolations.length > 0);
      assert.match((await violations(page)).join('\n'), /style-src/);
    } finally {
      await context.close();
    }
  });
});
