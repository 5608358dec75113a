// scripts/check-dist.mjs guards the build output against what breaks a strict CSP or invites injection.
// It is only worth something if it can fail: each case below plants one bad line in a copy of a clean dist.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/check-dist.mjs', import.meta.url));
const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A minimal dist: two bundles (with the harmless Lit error message) and one component module. */
function fakeDist({ bundle = '', component = '' } = {}) {
  const dist = mkdtempSync(join(tmpdir(), 'cw-check-dist-'));
  folders.push(dist);
  const litMessage =
    "throw Error(\"Value passed to 'css' function must be a 'css' function result. Use 'unsafeCSS' to pass non-literal values\");";
  writeFileSync(join(dist, 'campaign-widgets.js'), `${litMessage}\n${bundle}\n`);
  writeFileSync(join(dist, 'sign-form.js'), `${litMessage}\n`);
  mkdirSync(join(dist, 'components', 'fact-box'), { recursive: true });
  writeFileSync(
    join(dist, 'components', 'fact-box', 'fact-box.js'),
    `import { html } from 'lit';\n/** Never styleMap or unsafeHTML here: see STYLE.md. */\n// no style="" either\nexport const render = () => html\`<p class="x">\${1}</p>\`;\nthis.style.setProperty('--_cw-width', '3ch');\n${component}\n`,
  );
  return dist;
}

function checkDist(dist) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [SCRIPT, dist], { encoding: 'utf8' });
  return { status, output: stdout + stderr };
}

describe('scripts/check-dist.mjs', () => {
  it('passes a clean dist, even though Lit’s own error message says "unsafeCSS" and comments name the directives', () => {
    const { status, output } = checkDist(fakeDist());
    assert.equal(status, 0, output);
  });

  const bad = [
    ['eval( in a bundle', { bundle: 'const x = eval("1+1");' }, 'campaign-widgets.js', 'eval('],
    [
      'new Function in a bundle',
      { bundle: 'const f = new Function("return 1");' },
      'campaign-widgets.js',
      'new Function',
    ],
    [
      'the unsafeHTML directive bundled',
      { bundle: 'class e extends r{}e.directiveName="unsafeHTML",e.resultType=1;' },
      'campaign-widgets.js',
      'unsafeHTML',
    ],
    [
      'the styleMap directive bundled',
      { bundle: 'throw Error("The `styleMap` directive must be used in the `style` attribute")' },
      'campaign-widgets.js',
      'styleMap',
    ],
    [
      'a styleMap import in a component',
      { component: "import { styleMap } from 'lit/directives/style-map.js';" },
      'fact-box.js',
      'styleMap',
    ],
    ['an unsafeHTML call in a component', { component: 'const x = unsafeHTML(text);' }, 'fact-box.js', 'unsafeHTML'],
    [
      'an unsafeCSS call in a component',
      { component: "import { unsafeCSS } from 'lit'; const s = unsafeCSS(color);" },
      'fact-box.js',
      'unsafeCSS',
    ],
    [
      'a static style= attribute in a template',
      { component: 'const t = html`<div style="color: red">x</div>`;' },
      'fact-box.js',
      'style= attribute',
    ],
    [
      'a bound style= attribute in a template',
      { component: 'const t = html`<div class=${c} style=${s}>x</div>`;' },
      'fact-box.js',
      'style= attribute',
    ],
  ];
  for (const [what, plant, file, pattern] of bad) {
    it(`fails on ${what}, naming the file and the pattern`, () => {
      const { status, output } = checkDist(fakeDist(plant));
      assert.equal(status, 1, output);
      assert.match(output, new RegExp(`${file.replace('.', '\\.')}:\\d+: .*${pattern.replace(/[(.]/g, '\\$&')}`));
    });
  }

  it('fails when there is nothing to check', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cw-check-dist-empty-'));
    folders.push(dist);
    const { status, output } = checkDist(dist);
    assert.equal(status, 1);
    assert.match(output, /campaign-widgets\.js: missing/);
  });

  it('passes the real build', () => {
    const { status, output } = checkDist(fileURLToPath(new URL('../../dist', import.meta.url)));
    assert.equal(status, 0, output);
  });
});
