// React 19 + TypeScript, from the packed tarball: the @lit/react components of campaign-widgets/react and the plain
// tags in JSX, type-checked with tsc (strict), built by Vite, rendered in Chromium, props and events at work.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { buildApp, eventsIn, openApp, PETITION, renderedIn, tool } from './browser.mjs';

describe('campaign-widgets in a React 19 app', () => {
  let browser;
  let built;
  let opened;
  before(async () => {
    [browser, built] = await Promise.all([chromium.launch({ executablePath: chromePath(), args: chromeArgs }), buildApp('react')]);
    opened = await openApp(browser, built.dist);
  });
  after(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('type-checks (strict): right props and events pass, and every wrong prop type or value is an error', async () => {
    const result = await tool(built.app, 'typescript/bin/tsc', ['-p', 'tsconfig.json']).catch((failure) => failure);
    assert.equal(result.stdout, '', 'tsc reports nothing, so each @ts-expect-error in src/type-proofs.tsx met its error');
  });

  for (const [scope, what] of [
    ['#wrappers', 'the campaign-widgets/react components'],
    ['#tags', 'the plain tags'],
  ]) {
    it(`renders ${what} with their props, objects set as properties`, async () => {
      assert.deepEqual(await renderedIn(opened.page, scope), {
        figure: '1,000,000',
        prefix: 'Up to',
        label: 'people held in camps',
        source: true,
        name: true,
      });
    });

    it(`hands ${what}' events to React handlers with their details`, async () => {
      assert.deepEqual(await eventsIn(opened.page, scope), {
        counts: `${PETITION.count}/${PETITION.goal}`,
        actions: 'link https://example.org/act',
      });
    });
  }

  it('runs without an error in the console', () => {
    assert.deepEqual(opened.errors, []);
  });
});
