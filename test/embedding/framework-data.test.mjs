// The editors' data the build makes from the manifest: every element with every attribute, and an attribute's
// values where it has a fixed set (spelled out, never the name of a TypeScript alias such as `Notation`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (name) => JSON.parse(readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8'));
const manifest = read('custom-elements.json');
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
const tagNames = elements.map((element) => element.tagName).sort();
const attributesOf = (tagName) =>
  elements
    .find((element) => element.tagName === tagName)
    .attributes.map((attribute) => attribute.name)
    .sort();

describe('editor data', () => {
  it('VS Code custom data lists every element and attribute, with the values of those that have a fixed set', () => {
    const { tags } = read('vscode.html-custom-data.json');
    assert.deepEqual(tags.map((tag) => tag.name).sort(), tagNames);
    for (const tag of tags)
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), attributesOf(tag.name), tag.name);
    const values = (tagName, attribute) =>
      tags
        .find((tag) => tag.name === tagName)
        .attributes.find((entry) => entry.name === attribute)
        .values.map((value) => value.name);
    assert.deepEqual(values('cw-fact-box', 'notation'), ['standard', 'compact']);
    assert.deepEqual(values('cw-action-button', 'target'), ['_self', '_blank']);
    assert.deepEqual(values('cw-fact-box', 'strings'), [], 'a JSON attribute offers no values');
  });

  it('JetBrains web-types list every element, attribute and event, with types spelled out', () => {
    const webTypes = read('web-types.json');
    const { version, name } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.deepEqual([webTypes.name, webTypes.version], [name, version]);
    const html = webTypes.contributions.html.elements;
    assert.deepEqual(html.map((element) => element.name).sort(), tagNames);
    for (const element of html)
      assert.deepEqual(
        element.attributes.map((attribute) => attribute.name).sort(),
        attributesOf(element.name),
        element.name,
      );
    const counter = html.find((element) => element.name === 'cw-signature-counter');
    assert.equal(
      counter.attributes.find((attribute) => attribute.name === 'notation').value.type,
      "'standard' | 'compact'",
    );
    assert.deepEqual(
      counter.events.map((event) => event.name),
      ['cw-count-change'],
    );
  });
});
