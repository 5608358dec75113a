// custom-elements.json is what editors, Storybook and the framework types are made from: it must be valid, and
// it must say everything true about each element. (Names that collide with the platform: test/manifest.test.ts.)
import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from './harness.mjs';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'dist/custom-elements.json'), 'utf8'));
const schema = createRequire(import.meta.url)('custom-elements-manifest/schema.json');
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement),
);
const TAGS = ['cw-action-button', 'cw-fact-box', 'cw-sign-form', 'cw-signature-counter', 'cw-testimony-card'];

/** The `--cw-*` custom properties a file reads. */
const customPropertiesRead = (file) =>
  [...readFileSync(join(REPO_ROOT, file), 'utf8').matchAll(/var\((--cw-[\w-]+)/g)].map(([, name]) => name);

describe('custom-elements.json', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(schema, 'cem');

  it('validates against the schema, as a whole and each element as a CustomElementDeclaration', () => {
    assert.ok(ajv.validate('cem', manifest), ajv.errorsText());
    const validateElement = ajv.getSchema('cem#/definitions/CustomElementDeclaration');
    assert.deepEqual(elements.map((element) => element.tagName).sort(), TAGS);
    for (const element of elements)
      assert.ok(validateElement(element), `${element.tagName}: ${ajv.errorsText(validateElement.errors)}`);
  });

  it('records where each element is defined', () => {
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => ({ ...entry, in: module.path })),
    );
    assert.deepEqual(definitions.map((definition) => definition.name).sort(), TAGS);
    for (const definition of definitions) {
      const target = manifest.modules.find((module) => module.path === definition.declaration.module);
      assert.ok(
        target?.declarations?.some((declaration) => declaration.name === definition.declaration.name),
        `${definition.name} points at its class`,
      );
      assert.match(definition.in, /\/define\.ts$/);
    }
  });

  it('names and types every event', () => {
    const events = Object.fromEntries(
      elements.map((element) => [
        element.tagName,
        (element.events ?? []).map((event) => `${event.name}: ${event.type?.text}`),
      ]),
    );
    assert.deepEqual(events, {
      'cw-action-button': ['cw-action: ActionEvent', 'cw-signed: SignedEvent'],
      'cw-fact-box': [],
      'cw-sign-form': ['cw-signed: SignedEvent'],
      'cw-signature-counter': ['cw-count-change: CountChangeEvent'],
      'cw-testimony-card': [],
    });
  });

  it('lists every custom property an element reads, the global tokens too, each with its default', () => {
    const globalTokens = customPropertiesRead('src/internal/tokens.ts');
    assert.ok(globalTokens.length >= 8, 'the tokens file reads the global tokens');
    for (const element of elements) {
      const folder = `src/components/${element.tagName.slice(3)}`;
      const styleFiles = readdirSync(join(REPO_ROOT, folder)).filter((file) => file.endsWith('.styles.ts'));
      const read = new Set([
        ...globalTokens,
        ...styleFiles.flatMap((file) => customPropertiesRead(`${folder}/${file}`)),
      ]);
      const listed = new Map((element.cssProperties ?? []).map((property) => [property.name, property.default]));
      for (const name of read) {
        assert.ok(listed.has(name), `${element.tagName} lists ${name}`);
        assert.ok(listed.get(name), `${element.tagName} gives ${name} a default`);
      }
    }
  });
});
