// Promise: a partner page on one origin and the petition server on another work together as the README says: the
// framed form looks like the partner's page (its dark scheme, its button's colours, a font systems have, its strings)
// and signing goes through end to end; and when the server is not set up for the partner (not in ALLOWED_ORIGINS), or
// the petition does not exist, the dialog says so in the reader's language, and the console names the origin to add.
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

let site, petition, refusing, browser;

/** The partner's policy: its own scripts and styles, counts and the form from the petition's origin only. */
const policy = (origin) =>
  `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' ${origin}; frame-src ${origin}`;

before(async () => {
  site = await startPartnerSite();
  petition = await startPetitionServer([site.origin]);
  // The same petition on a server whose ALLOWED_ORIGINS forgot the partner.
  refusing = await startPetitionServer([]);
  const page = (server, lang, petitionUrl = server.petition, more = '') => ({
    csp: policy(server.origin),
    petition: petitionUrl,
    fill: { lang, more },
  });
  const badQuery = new URLSearchParams({
    origin: site.origin,
    accent: 'rgba(11, 122, 0, 0)',
    'on-accent': 'var(--x)',
    scheme: 'dark;}body{background:red',
    font: 'Arial;}*{color:red',
    strings: '{not json',
  });
  Object.assign(site.pages, {
    'cross-origin.html': page(petition, 'en'),
    'cross-origin.html?refused': page(refusing, 'de'),
    'cross-origin.html?unknown': page(
      petition,
      'en',
      new URL('no-such-petition', petition.petition.replace(/[^/]+$/, '')).href,
    ),
    'cross-origin.html?bad-theme': page(
      petition,
      'en',
      petition.petition,
      `<iframe id="bad" title="The form, framed with bad values" src="${petition.petition}/form?${badQuery.toString().replaceAll('&', '&amp;')}"></iframe>`,
    ),
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await petition?.close();
  await refusing?.close();
});

/** Runs in the framed form: what the signer sees of the partner's look. */
function formLook() {
  const form = document.querySelector('cw-sign-form');
  const submit = form.shadowRoot.querySelector('[part~="submit-button"]');
  const input = form.shadowRoot.querySelector('#name');
  const luminance = (color) => {
    const [r, g, b] = color.match(/\d+(\.\d+)?/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  return {
    scheme: getComputedStyle(document.documentElement).colorScheme,
    darkField:
      luminance(getComputedStyle(input).backgroundColor) < 0.3 && luminance(getComputedStyle(input).color) > 0.7,
    accent: getComputedStyle(submit).backgroundColor,
    onAccent: getComputedStyle(submit).color,
    font: getComputedStyle(form).fontFamily,
    submitText: submit.textContent.trim(),
  };
}

/** The dialog's status line, once it says something other than "loading". */
async function statusOnceSettled(page) {
  const status = page.locator('#petition >> .status');
  await page.waitForFunction(
    () => {
      const text = document.querySelector('#petition').shadowRoot.querySelector('.status')?.textContent.trim();
      return text && !text.endsWith('…');
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await status.textContent()).trim();
}

describe('a partner page and the petition on two origins', { timeout: 60_000 }, () => {
  it('frames the form in the partner’s look, and signs end to end', async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(`${site.origin}/pages/cross-origin.html`);
      await widgetsRendered(page);
      const form = await openPetitionDialog(page, '#petition');
      const frame = page.frames().find((candidate) => candidate.url().startsWith(`${petition.petition}/form`));
      assert.deepEqual(await frame.evaluate(formLook), {
        scheme: 'dark',
        darkField: true,
        // A channel of 0 is a colour like any other (only an alpha of 0 is refused).
        accent: 'rgb(11, 122, 0)',
        onAccent: 'rgb(255, 255, 255)',
        // The web font is not the form's to load; the families systems have are kept, in the page's order.
        font: 'Georgia, serif',
        submitText: 'Add my name',
      });
      await form.locator('#name').fill('Ada Lovelace');
      await form.locator('#email').fill('ada@example.org');
      await form.locator('#consent').check();
      await form.locator('[part~="submit-button"]').click();
      // The petition confirms by e-mail: the signer presses the link's button in the demo outbox, outside this page.
      await form.locator('[part~="thanks"]').waitFor();
      await confirmFromOutbox(petition.url, 'ada@example.org');
      // The live counter of the same petition on the partner's page hears of it (its bar, once counted up).
      await page.waitForFunction(
        () => document.querySelector('#counter').shadowRoot.querySelector('[part~="progress"]')?.value === 1,
      );
      assert.deepEqual([...problems, ...(await violations(page))], []);
    } finally {
      await context.close();
    }
  });

  it('says the petition is not set up for this site, in the reader’s language, and names the origin to allow', async () => {
    const { context, page, problems, warnings } = await openPage(browser);
    try {
      await page.goto(`${site.origin}/pages/cross-origin.html?refused`);
      await widgetsRendered(page);
      await page.locator('#petition >> [part~="button"]').click();
      assert.equal(await statusOnceSettled(page), 'Diese Petition ist für diese Website nicht eingerichtet.');
      const named = warnings.filter((line) =>
        line.includes(`add ${site.origin} to the petition server's ALLOWED_ORIGINS`),
      );
      assert.equal(named.length, 1, warnings.join('\n'));
      assert.equal(
        await page.locator('#petition >> iframe').evaluate((frame) => frame.getBoundingClientRect().height),
        0,
        'the refused page stays hidden',
      );
      // The server's refusal is a 403 the browser reports; nothing else went wrong.
      assert.deepEqual(
        problems.filter((line) => !line.includes('403')),
        [],
      );
    } finally {
      await context.close();
    }
  });

  it('says the petition cannot be found when the server does not know it', async () => {
    const { context, page, problems, warnings } = await openPage(browser);
    try {
      await page.goto(`${site.origin}/pages/cross-origin.html?unknown`);
      await widgetsRendered(page);
      await page.locator('#petition >> [part~="button"]').click();
      assert.equal(await statusOnceSettled(page), 'This petition cannot be found.');
      assert.ok(
        warnings.some((line) => line.includes('no-such-petition is not a petition its server knows')),
        warnings.join('\n'),
      );
      assert.deepEqual(
        problems.filter((line) => !line.includes('404')),
        [],
      );
    } finally {
      await context.close();
    }
  });

  it('ignores theme values that fail its checks, with one warning, and keeps its own look', async () => {
    const { context, page, problems, warnings } = await openPage(browser);
    try {
      await page.goto(`${site.origin}/pages/cross-origin.html?bad-theme`);
      await page.waitForFunction(() => document.querySelector('#bad').contentWindow && true);
      const frame = await (await page.locator('#bad').elementHandle()).contentFrame();
      await frame.waitForFunction(() =>
        document.querySelector('cw-sign-form')?.shadowRoot?.querySelector('[part~="submit-button"]'),
      );
      const look = await frame.evaluate(formLook);
      assert.equal(look.scheme, 'normal');
      assert.equal(look.accent, 'rgb(255, 212, 0)');
      assert.equal(look.onAccent, 'rgb(0, 0, 0)');
      assert.equal(look.submitText, 'Sign');
      assert.equal(
        await frame.evaluate(() => getComputedStyle(document.body).backgroundColor),
        'rgba(0, 0, 0, 0)',
        'no rule got in',
      );
      // One warning (the element goes with it, so the console links to it) that names every value ignored.
      const ignored = warnings.filter((line) => line.includes('ignored the page'));
      assert.equal(ignored.length, 1, warnings.join('\n'));
      assert.ok(
        ignored[0].startsWith(
          "<cw-sign-form> ignored the page's accent, on-accent, scheme, font, strings: not a value it can take.",
        ),
        ignored[0],
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
