// Svelte 5 from the packed tarball: an app that imports the entries of the three elements it shows, built by Vite,
// rendered in Chromium, props and events at work.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { countEventsIn, launchApp, PETITION, RENDERED, renderedIn } from './browser.mjs';

describe('campaign-widgets in a Svelte 5 app', () => {
  let app;
  before(async () => (app = await launchApp('svelte')));
  after(() => app?.close());

  it('renders every widget with its props, objects set as properties', async () => {
    assert.deepEqual(await renderedIn(app.page, '#tags'), RENDERED);
  });

  it('registers only the elements whose entries the app imported', async () => {
    const tags = ['cw-action-button', 'cw-fact-box', 'cw-sign-form', 'cw-signature-counter', 'cw-testimony-card'];
    const defined = await app.page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), tags);
    assert.deepEqual(defined, ['cw-fact-box', 'cw-signature-counter', 'cw-testimony-card']);
  });

  it('hands the counter’s events to a Svelte handler with their details', async () => {
    assert.equal(await countEventsIn(app.page, '#tags'), `${PETITION.count}/${PETITION.goal}`);
  });

  it('runs without an error in the console', () => {
    assert.deepEqual(app.errors, []);
  });
});
