// Promise: the sign-up form names countries in the signer's language even where the browser cannot (Uyghur, Kazakh),
// from data the form loads for that language alone, from beside its own script: a signer in French downloads none of
// it, a signer in Uyghur only the Uyghur names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withPetitionServerAndBrowser } from './harness.mjs';

describe('the form’s country names', () => {
  const started = withPetitionServerAndBrowser();

  /** Opens the form page in `lang`; what Germany is called in its country list once it settles, and which chunks loaded. */
  async function formIn(lang, expectedName) {
    const context = await started.browser.newContext();
    const page = await context.newPage();
    const chunks = [];
    // A chunk's name, without the 8-character content hash rollup adds.
    page.on(
      'request',
      (request) =>
        request.url().includes('/dist/chunks/') &&
        chunks.push(new URL(request.url()).pathname.replace(/-[\w-]{8}\.js$/, '')),
    );
    await page.goto(`${started.petition.petition}/form?lang=${lang}`);
    const option = page.locator('cw-sign-form >> option[value="DE"]');
    await option.filter({ hasText: expectedName }).waitFor({ state: 'attached' });
    const name = await option.textContent();
    await context.close();
    return { name, chunks };
  }

  it('loads Uyghur names for a Uyghur signer, and nothing else', async () => {
    assert.deepEqual(await formIn('ug', 'گېرمانىيە'), { name: 'گېرمانىيە', chunks: ['/dist/chunks/ug'] });
  });

  it('loads Kazakh names in the Arabic script for kk-Arab, not the Cyrillic ones', async () => {
    assert.deepEqual(await formIn('kk-Arab', 'گەرمانيا'), { name: 'گەرمانيا', chunks: ['/dist/chunks/kk-arab'] });
  });

  it('loads none where the browser names countries itself', async () => {
    assert.deepEqual(await formIn('fr', 'Allemagne'), { name: 'Allemagne', chunks: [] });
  });
});
