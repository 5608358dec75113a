import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { COUNTRY_CODES as FORM_COUNTRIES } from '../../src/internal/countries.js';
import { COUNTRY_CODES as SERVER_COUNTRIES } from '../../server/countries.js';
import { catalogConsentVersion } from '../../server/consent.js';
import {
  assertJsonError,
  ENGLISH_CONSENT_VERSION,
  PETITION_PATH,
  startTestServer,
  type TestServer,
} from './helpers.js';

const PARTNER = 'https://partner.example';
const formUrl = (server: TestServer, query = '') => `${server.url}${PETITION_PATH}/form${query}`;

describe('the framed sign-up page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: `${PARTNER}, https://other.example:8443` });
  });
  after(() => server.close());

  it('renders <cw-sign-form> for the petition, framed for the given origin, with the built form', async () => {
    const response = await fetch(formUrl(server, `?lang=en&origin=${encodeURIComponent(PARTNER)}`));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const page = await response.text();
    assert.match(page, /<html lang="en" dir="ltr">/);
    assert.match(page, /<script type="module" src="\/dist\/sign-form\.js"><\/script>/);
    assert.match(page, /<link rel="stylesheet" href="\/api\/form-page\.css">/);
    assert.match(
      page,
      /<cw-sign-form petition="\/api\/petitions\/close-the-camps" frame-origin="https:\/\/partner\.example" share-url="\/"/,
    );
    // The consent line carries its wording's version, which the form sends with the signature.
    assert.match(
      page,
      new RegExp(`<span slot="consent" data-consent-version="${ENGLISH_CONSENT_VERSION}">I agree [^<]+</span>`),
    );
  });

  it('escapes every value it interpolates', async () => {
    const petitions = join(server.dir, 'petitions.json');
    writeFileSync(
      petitions,
      JSON.stringify([
        {
          id: 'quotes',
          title: 'Close "the" <camps> & \'now\'',
          goal: 10,
          shareUrl: 'https://campaign.example/?a=1&b="2"',
          privacyUrl: '/privacy?x=<y>',
        },
      ]),
    );
    const other = await startTestServer({ PETITIONS: petitions });
    try {
      const page = await (await fetch(`${other.url}api/petitions/quotes/form`)).text();
      assert.match(page, /<title>Close &quot;the&quot; &lt;camps&gt; &amp; &#39;now&#39;<\/title>/);
      assert.match(page, / share-url="https:\/\/campaign\.example\/\?a=1&amp;b=&quot;2&quot;"/);
      assert.match(page, / share-text="Close &quot;the&quot; &lt;camps&gt; &amp; &#39;now&#39;"/);
      assert.match(
        page,
        /<a href="\/privacy\?x=&lt;y&gt;" target="_blank" rel="noopener noreferrer">Privacy policy<\/a>/,
      );
      assert.doesNotMatch(page, /<camps>|frame-origin/);
    } finally {
      await other.close();
    }
  });

  it('takes lang and dir from a valid lang, right to left for Uyghur and Arabic', async () => {
    const page = async (lang: string) => (await fetch(formUrl(server, `?lang=${encodeURIComponent(lang)}`))).text();
    assert.match(await page('ug'), /<html lang="ug" dir="rtl">/);
    const ug = catalogConsentVersion('ug');
    assert.match(await page('ug'), new RegExp(`<span slot="consent" data-consent-version="${ug}">ئىسمىم`));
    // Kazakh in the Arabic script (kk-CN's likely script) gets its own wording, not the Cyrillic one.
    const kkArab = catalogConsentVersion('kk-Arab');
    assert.match(
      await page('kk-CN'),
      new RegExp(`<html lang="kk-CN" dir="rtl">[\\s\\S]*<span slot="consent" data-consent-version="${kkArab}">اتىم`),
    );
    assert.match(await page('ar-EG'), /<html lang="ar-EG" dir="rtl">/);
    assert.match(
      await page('zh-hans'),
      /<html lang="zh-Hans" dir="ltr">[\s\S]*<span slot="consent" data-consent-version="[0-9a-f]{16}">我同意/,
    );
    assert.match(await page('FR'), /<html lang="fr" dir="ltr">/);
    // A language we have no consent text for keeps its own lang; the English consent line says it is English.
    assert.match(
      await page('pt-BR'),
      new RegExp(
        `<html lang="pt-BR" dir="ltr">[\\s\\S]*<span slot="consent" data-consent-version="${ENGLISH_CONSENT_VERSION}" lang="en" dir="ltr">I agree`,
      ),
    );
    for (const bad of ['"><script>', 'x'.repeat(40), 'en_US!', '']) {
      assert.match(await page(bad), /<html lang="en" dir="ltr">/, bad);
    }
  });

  it('accepts the server’s own origin and ALLOWED_ORIGINS exactly, and refuses anything else with 403 and why', async () => {
    const own = new URL(server.url).origin;
    for (const origin of [own, PARTNER, 'https://other.example:8443']) {
      assert.equal((await fetch(formUrl(server, `?origin=${encodeURIComponent(origin)}`))).status, 200, origin);
    }
    for (const origin of [
      'https://evil.example',
      `${PARTNER}/`,
      `${PARTNER}:444`,
      'http://partner.example',
      'https://other.example',
      '*',
      'null',
      '',
    ]) {
      const response = await fetch(formUrl(server, `?origin=${encodeURIComponent(origin)}`), {
        headers: { Accept: 'application/json' },
      });
      // Any page may read why: the button of a refused page asks, to tell its reader and its embedder.
      assert.equal(response.headers.get('access-control-allow-origin'), '*', origin);
      assert.equal((await assertJsonError(response, 403)).reason, 'origin-not-allowed', origin);
    }
  });

  it('logs the origin it refused, and an unknown petition, each as one quoted line', async () => {
    server.logs.length = 0;
    await fetch(formUrl(server, `?origin=${encodeURIComponent('https://not-yet.example')}`));
    await fetch(`${server.url}api/petitions/no-such%0Afake-line/form`);
    const refusals = server.logs.filter((line) => line.startsWith('form refused'));
    assert.deepEqual(refusals, [
      'form refused: origin "https://not-yet.example" is not in ALLOWED_ORIGINS',
      'form refused: no petition "no-such\\nfake-line"',
    ]);
  });

  it('answers 404 for an unknown petition, saying so to any page that asks', async () => {
    const response = await fetch(
      `${server.url}api/petitions/no-such-petition/form?origin=${encodeURIComponent(PARTNER)}`,
    );
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal((await assertJsonError(response, 404)).reason, 'unknown-petition');
  });

  it('sends its own strict CSP, framed only by itself and ALLOWED_ORIGINS, never cached, no cookies', async () => {
    const response = await fetch(formUrl(server));
    assert.equal(
      response.headers.get('content-security-policy'),
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'self' https://partner.example https://other.example:8443",
    );
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('set-cookie'), null);
  });

  it('serves the page’s stylesheet from its own origin', async () => {
    const response = await fetch(`${server.url}api/form-page.css`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.match(await response.text(), /body \{ margin: 0;/);
  });

  it('offers the same countries the server accepts', () => {
    assert.deepEqual([...FORM_COUNTRIES].sort(), [...SERVER_COUNTRIES].sort());
  });
});
