// What each bundle carries: its own strings and not the other's, and parts that account for every byte.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { rollup } from 'rollup';
import { contributorsOf } from '../../scripts/bundle-parts.mjs';
import { privateMemberNames } from '../../scripts/private-members.mjs';
import { smallDecorateHelper } from '../../scripts/rollup-plugins.mjs';
import { signFormEn } from '../../dist/locales/sign-form/en.js';
import { en } from '../../dist/locales/en.js';

const WIDGETS = 'dist/campaign-widgets.js';
const FORM = 'dist/sign-form.js';
const carries = (bundle, text) => readFileSync(bundle, 'utf8').includes(JSON.stringify(text).slice(1, -1));

describe('bundle contents', () => {
  it("the partner bundle carries the widgets' strings and none of the form's", () => {
    assert.ok(carries(WIDGETS, en.showTestimony));
    assert.ok(!carries(WIDGETS, signFormEn.contactOptIn), "the form's opt-in label is in the partner bundle");
  });

  it("the form bundle carries its strings and the count's plural, and none of the widgets' other strings", () => {
    assert.ok(carries(FORM, signFormEn.contactOptIn));
    assert.ok(carries(FORM, en.signatures.other), 'the form shows the count after signing');
    for (const widgetOnly of [en.showTestimony, en.pauseUpdates, en.formFailed]) {
      assert.ok(!carries(FORM, widgetOnly), `"${widgetOnly}" is in the form bundle`);
    }
  });

  it('attributes every byte of each bundle to a module, Lit and our components among them', () => {
    for (const bundle of [WIDGETS, FORM]) {
      const { total, groups } = contributorsOf(bundle);
      assert.equal(total, readFileSync(bundle).length);
      assert.equal(
        groups.reduce((sum, part) => sum + part.bytes, 0),
        total,
      );
      const names = groups.map((part) => part.name);
      for (const expected of ['lit-html', '@lit/reactive-element', 'src/locales (catalogs)'])
        assert.ok(names.includes(expected), `${bundle}: ${expected}`);
    }
    assert.ok(contributorsOf(WIDGETS).groups.some((part) => part.name === '<cw-signature-counter>'));
    assert.ok(contributorsOf(FORM).groups.some((part) => part.name === '<cw-sign-form>'));
  });

  it('counts a character outside the BMP (an emoji, two UTF-16 units) as its four bytes, once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-parts-'));
    try {
      const file = join(dir, 'emoji.js');
      writeFileSync(file, 'a😀b');
      writeFileSync(
        `${file}.map`,
        JSON.stringify({ version: 3, sources: ['../src/internal/emoji.ts'], names: [], mappings: 'AAAA' }),
      );
      const { total, modules } = contributorsOf(file);
      assert.equal(total, 6);
      assert.deepEqual(
        modules.map(({ name, bytes }) => [name, bytes]),
        [['src/internal/emoji.ts', 6]],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shortens the names of private members, and of nothing that shares a name with anything else', () => {
    const names = privateMemberNames();
    // ActionButton's own handler is renamed; a decorated member is named to Lit in a string, and FactBox's private
    // `format` shares its name with Intl's method: both stay whole, as does every public name.
    assert.ok(names.includes('openDialog'));
    for (const kept of ['dialogForm', 'format', 'petition', 'requestUpdate', 'render']) {
      assert.ok(!names.includes(kept), `${kept} would be renamed`);
    }
    const widgets = readFileSync(WIDGETS, 'utf8');
    assert.ok(!widgets.includes('openDialog'), 'a private name is left in the partner bundle');
    assert.ok(widgets.includes('.requestUpdate('));
  });

  it('refuses to build a class decorator, which the small decorate helper does not apply', async () => {
    const source = `import { __decorate } from 'tslib';
let Widget = class {};
Widget = __decorate([(target) => target], Widget);
export { Widget };`;
    const entry = {
      name: 'entry',
      resolveId: (id) => (id === 'entry' ? id : null),
      load: (id) => (id === 'entry' ? source : null),
    };
    const build = await rollup({ input: 'entry', plugins: [entry, smallDecorateHelper()], logLevel: 'silent' });
    await assert.rejects(build.generate({ format: 'es' }), /decorates a class/);
    await build.close();
  });
});
