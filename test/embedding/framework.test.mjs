// The npm build inside a partner's own app: type-checked with TypeScript against the published `.d.ts`, bundled
// with rollup the way an app's build would, and run in Chromium. `framework-app/` holds the app's two entries;
// the package is linked into its node_modules as `npm install campaign-widgets` would put it there.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const APP = fileURLToPath(new URL('./framework-app/', import.meta.url));

async function bundle(entry) {
  const build = await rollup({
    input: join(APP, entry),
    plugins: [nodeResolve({ browser: true }), typescript({ tsconfig: join(APP, 'tsconfig.json'), noEmit: false, noEmitOnError: false, outDir: undefined })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

/** Runs an app's bundle on a page of its own and reports which elements are defined and what they rendered. */
async function run(browser, code) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route('http://app.test/**', (route) =>
    route.request().url().endsWith('/app.js')
      ? route.fulfill({ contentType: 'text/javascript', body: code })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><body><script type="module" src="/app.js"></script></body></html>' }),
  );
  await page.goto('http://app.test/');
  await page.waitForFunction(() => customElements.get('cw-fact-box'));
  const state = await page.evaluate(async () => {
    const box = document.querySelector('cw-fact-box');
    await box.updateComplete;
    const tags = ['cw-action-button', 'cw-fact-box', 'cw-signature-counter', 'cw-testimony-card'];
    return { defined: tags.filter((tag) => customElements.get(tag)), figure: box.shadowRoot.querySelector('[part~="value"] .visually-hidden')?.textContent };
  });
  await page.close();
  return { ...state, errors };
}

describe('campaign-widgets in a partner’s app (npm, TypeScript, rollup)', () => {
  let browser;
  before(async () => {
    const modules = join(APP, 'node_modules');
    mkdirSync(modules, { recursive: true });
    if (!existsSync(join(modules, 'campaign-widgets'))) symlinkSync(REPO, join(modules, 'campaign-widgets'), 'dir');
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  });
  // The link points back at the repository: left behind, it would lead other tools' globs round in circles.
  after(async () => {
    await browser?.close();
    rmSync(join(APP, 'node_modules/campaign-widgets'), { force: true }); // the link only, never what it points to
    rmSync(join(APP, 'node_modules'), { recursive: true, force: true });
  });

  it('type-checks element properties and events against the published types, which are not `any`', async () => {
    const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', join(APP, 'tsconfig.json')]).catch((failure) => failure);
    assert.equal(stdout, '', 'tsc reports no error (and the @ts-expect-error on a string goal is needed)');
  });

  it('bundles the whole package: every element registers and renders', async () => {
    const result = await run(browser, await bundle('all-widgets.ts'));
    assert.deepEqual(result.defined, ['cw-action-button', 'cw-fact-box', 'cw-signature-counter', 'cw-testimony-card']);
    assert.equal(result.figure, '1,000,000');
    assert.deepEqual(result.errors.filter((error) => !error.includes('404')), []);
  });

  it('bundles one component alone: only that element registers', async () => {
    const result = await run(browser, await bundle('one-widget.ts'));
    assert.deepEqual(result.defined, ['cw-fact-box']);
    assert.equal(result.figure, '6,000');
    assert.deepEqual(result.errors, []);
  });
});
