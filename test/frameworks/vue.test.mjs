// Vue 3 from the packed tarball: templates type-checked by vue-tsc with strictTemplates against campaign-widgets/vue,
// built by Vite (cw- tags as custom elements), rendered in Chromium, props and events at work.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actionEventsIn, countEventsIn, launchApp, PETITION, RENDERED, renderedIn, tool } from './browser.mjs';

describe('campaign-widgets in a Vue 3 app', () => {
  let app;
  before(async () => (app = await launchApp('vue')));
  after(() => app?.close());

  it('type-checks templates (strictTemplates): every wrong prop type, value or event detail is an error', async () => {
    const result = await tool(app.app, 'vue-tsc/bin/vue-tsc.js', ['-p', 'tsconfig.json']).catch((failure) => failure);
    assert.equal(
      `${result.stdout}${result.stderr}`,
      '',
      'vue-tsc reports nothing, so each @vue-expect-error in src/TypeProofs.vue met its error',
    );
    assert.equal(result.code ?? 0, 0, 'vue-tsc exits cleanly');
  });

  it('renders every widget with its props, objects set as properties', async () => {
    assert.deepEqual(await renderedIn(app.page, '#tags'), RENDERED);
  });

  it('hands the widgets’ events to Vue handlers with their details', async () => {
    assert.equal(await countEventsIn(app.page, '#tags'), `${PETITION.count}/${PETITION.goal}`);
    assert.equal(await actionEventsIn(app.page, '#tags'), 'link https://example.org/act');
  });

  it('runs without an error in the console', () => {
    assert.deepEqual(app.errors, []);
  });
});
