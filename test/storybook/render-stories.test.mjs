// The story renderer must survive a preview that navigates itself: while it first loads (Playwright's "Navigation …
// is interrupted by another navigation", which once ended `npm test` in a stack trace) and between two stories.
// A stand-in preview does both; the renderer must judge every story once and pass.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

const STORIES = ['one', 'two', 'three'];

// sessionStorage counts the preview's loads in the tab: the first load moves on by itself before it has loaded,
// the second reloads when asked for its second story, the third behaves.
const PREVIEW = `<!doctype html>
<html lang="en"><head><title>Stand-in preview</title><script>
  const load = Number(sessionStorage.getItem('loads') ?? 0);
  sessionStorage.setItem('loads', load + 1);
  if (load === 0) location.replace('iframe.html?moved');
</script></head>
<body><main id="storybook-root"></main><script>
  customElements.define('cw-stand-in', class extends HTMLElement {
    updateComplete = Promise.resolve();
    connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = '<p>Rendered</p>'; }
  });
  const listeners = new Map();
  let asked = 0;
  globalThis.__STORYBOOK_ADDONS_CHANNEL__ = {
    once: (name, listener) => listeners.set(name, listener),
    emit() {
      if (load === 1 && ++asked === 2) return location.reload();
      document.getElementById('storybook-root').innerHTML = '<cw-stand-in></cw-stand-in>';
      setTimeout(() => listeners.get('storyRendered')?.());
    },
  };
</script></body></html>`;

test('the story renderer judges every story of a preview that navigates itself', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-preview-'));
  try {
    writeFileSync(join(dir, 'iframe.html'), PREVIEW);
    const entries = Object.fromEntries(
      STORIES.map((name) => [`stand-in--${name}`, { type: 'story', id: `stand-in--${name}`, title: 'Stand-in', name }]),
    );
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ v: 5, entries }));
    const { stdout } = await promisify(execFile)(process.execPath, ['test/storybook/render-stories.mjs'], {
      env: { ...process.env, STORYBOOK_DIR: dir },
      timeout: 120_000,
    }).catch((error) => assert.fail(`the renderer failed:\n${error.stdout}\n${error.stderr}`));
    assert.deepEqual(
      stdout.match(/^[✓✗] Stand-in .*$/gm),
      STORIES.map((name) => `✓ Stand-in / ${name}`),
    );
    assert.match(stdout, /navigated during stand-in--two/, 'the reload between stories was noticed');
    assert.match(stdout, /Storybook: \d+ passed, 0 failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
