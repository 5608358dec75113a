// React 19 + TypeScript from the packed tarball: the @lit/react components of campaign-widgets/react and the plain
// tags in JSX, type-checked with tsc (strict), built by Vite, rendered in Chromium, props and events at work.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actionEventsIn, countEventsIn, launchApp, PETITION, RENDERED, renderedIn, tool } from './browser.mjs';

describe('campaign-widgets in a React 19 app', () => {
  let app;
  before(async () => (app = await launchApp('react')));
  after(() => app?.close());

  it('type-checks (strict): right props and events pass, and every wrong prop type or value is an error', async () => {
    const result = await tool(app.app, 'typescript/bin/tsc', ['-p', 'tsconfig.json']).catch((failure) => failure);
    assert.equal(
      `${result.stdout}${result.stderr}`,
      '',
      'tsc reports nothing, so each @ts-expect-error in src/type-proofs.tsx and src/element-types.ts met its error',
    );
    assert.equal(result.code ?? 0, 0, 'tsc exits cleanly');
  });

  for (const [scope, what] of [
    ['#wrappers', 'the campaign-widgets/react components'],
    ['#tags', 'the plain tags'],
  ]) {
    it(`renders ${what} with their props, objects set as properties`, async () => {
      assert.deepEqual(await renderedIn(app.page, scope), RENDERED);
    });

    it(`hands ${what}' events to React handlers with their details`, async () => {
      assert.equal(await countEventsIn(app.page, scope), `${PETITION.count}/${PETITION.goal}`);
      assert.equal(await actionEventsIn(app.page, scope), 'link https://example.org/act');
    });
  }

  it('runs without an error in the console', () => {
    assert.deepEqual(app.errors, []);
  });
});
