// Promise: the embed builder at /embed, served by the petition server under the demo's CSP, shows the chosen widget
// live with our own widgets, passes axe, checks the editor's site against ALLOWED_ORIGINS, and gives code that works
// when pasted into a partner page on another origin: the bundle from the server's versioned path, with its integrity.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, REPO_ROOT, startPartnerSite, startPetitionServer, violations, widgetsRendered } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site, petition, browser;
before(async () => {
  site = await startPartnerSite();
  petition = await startPetitionServer([site.origin]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await petition?.close();
});

describe('the embed builder', { timeout: 90_000 }, () => {
  it('shows the widget live, passes axe, checks the site, and gives code that works on a partner page', async () => {
    const { context, page, problems } = await openPage(browser);
    let snippet;
    try {
      await page.goto(`${petition.url}embed`);
      await widgetsRendered(page);
      const snippetText = () => page.locator('#snippet').textContent();
      await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('integrity="sha384-'));

      await page.locator('#site').fill(site.origin);
      await page.waitForFunction((origin) => document.getElementById('allowed').textContent.startsWith(`${origin} is in`), site.origin);
      await page.locator('#site').fill('https://not-yet.example');
      await page.waitForFunction(() => document.getElementById('allowed').textContent.includes('add https://not-yet.example to its ALLOWED_ORIGINS'));

      const integrity = readFileSync(join(REPO_ROOT, 'dist/campaign-widgets.js.sri'), 'utf8').trim();
      snippet = await snippetText();
      assert.ok(snippet.includes(`src="${petition.url}dist/0.1.0/campaign-widgets.js" integrity="${integrity}" crossorigin="anonymous"`), snippet);
      assert.ok(snippet.includes(`<cw-action-button petition="${petition.petition}"><a href="${petition.petition}/form">Sign the petition</a></cw-action-button>`), snippet);

      // Another widget, language and colour: the preview follows, with the no-script fallback in the code.
      await page.locator('#widget').selectOption('cw-fact-box');
      await page.locator('#value').fill('12');
      await page.locator('#text').fill('hours standing');
      await page.locator('#lang').selectOption('de');
      await page.locator('#accent').fill('#0b7a75');
      await page.waitForFunction(() => document.querySelector('#preview > cw-fact-box[value="12"][lang="de"]')?.shadowRoot?.childElementCount > 0);
      await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('hours standing'));
      const figure = await snippetText();
      assert.ok(figure.includes('<cw-fact-box value="12" label="hours standing" lang="de"><p slot="fallback">12 hours standing</p></cw-fact-box>'), figure);
      assert.ok(figure.includes(':root { --cw-color-accent: #0b7a75; }'), figure);
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#preview > cw-fact-box')).getPropertyValue('--cw-color-accent').trim()), '#0b7a75');

      await page.evaluate(axeSource);
      const axeViolations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((violation) => `${violation.id}: ${violation.help}`));
      assert.deepEqual(axeViolations, []);
      // The check of a site not yet allowed is answered 403, which the browser reports; nothing else went wrong.
      assert.deepEqual(problems.filter((line) => !line.includes('status of 403')), []);
    } finally {
      await context.close();
    }

    // What it gave, pasted into a page of the partner's site: the button renders and opens the petition's form.
    site.pages['pasted.html'] = {
      csp: `default-src 'none'; script-src 'self' ${petition.origin}; style-src 'self'; connect-src ${petition.origin}; frame-src ${petition.origin}`,
      fill: { snippet },
    };
    const pasted = await openPage(browser);
    try {
      await pasted.page.goto(`${site.origin}/pages/pasted.html`);
      await widgetsRendered(pasted.page);
      await pasted.page.locator('cw-action-button >> [part~="button"]').click();
      await pasted.page.locator('cw-action-button >> iframe:not(.loading)').waitFor({ timeout: 15_000 });
      assert.deepEqual([...pasted.problems, ...(await violations(pasted.page))], []);
    } finally {
      await pasted.context.close();
    }
  });
});
