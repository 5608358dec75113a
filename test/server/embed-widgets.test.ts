// The embed builder's data is derived from the build's manifest and editor data: each attribute's control from its
// type, the global tokens as the ones every element lists, and only the four partner widgets; and from the widgets'
// catalogs, the few words the no-script fallbacks say in each language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fallbackTermsOf, widgetsFromManifest } from '../../server/routes/embed-widgets.js';
import { en } from '../../src/locales/en.js';
import { fr } from '../../src/locales/fr.js';

const GLOBAL = [
  { name: '--cw-color-accent', default: '#ffd400', description: 'Accent.' },
  { name: '--cw-space', default: '1em', description: 'Padding.' },
];
type Attribute = { name: string; fieldName?: string; default?: string; description?: string; type?: { text: string } };
const element = (tagName: string, attributes: Attribute[], own: { name: string; default: string }[] = []) => ({
  tagName,
  summary: `${tagName}.`,
  attributes,
  cssProperties: [...own, ...GLOBAL],
});
const manifest = {
  modules: [
    {
      declarations: [
        element(
          'cw-action-button',
          [
            {
              name: 'target',
              fieldName: 'target',
              default: "'_self'",
              type: { text: 'ActionTarget' },
              description: '`_blank` opens a tab.',
            },
            { name: 'petition', default: "''", type: { text: 'string' } },
            { name: 'inline', default: 'false', type: { text: 'boolean' } },
          ],
          [{ name: '--cw-action-button-background', default: 'var(--cw-color-accent)' }],
        ),
        element('cw-testimony-card', [
          { name: 'photo-src', default: "''", type: { text: 'string' } },
          { name: 'strings', type: { text: 'StringOverrides | undefined' } },
        ]),
        element('cw-fact-box', [{ name: 'source-href', default: "''", type: { text: 'string' } }]),
        element('cw-signature-counter', [{ name: 'goal', type: { text: 'number | undefined' } }]),
        element('cw-sign-form', [{ name: 'frame-origin', default: "''", type: { text: 'string' } }]),
        { summary: 'A base class: no tag, so no widget.' },
      ],
    },
  ],
};
const webTypes = {
  contributions: {
    html: {
      elements: [
        {
          name: 'cw-action-button',
          attributes: [
            { name: 'target', value: { type: "'_self' | '_blank'" } },
            { name: 'petition', value: { type: 'string' } },
            { name: 'inline', value: { type: 'boolean' } },
          ],
        },
        {
          name: 'cw-testimony-card',
          attributes: [
            { name: 'photo-src', value: { type: 'string' } },
            { name: 'strings', value: { type: 'string' } },
          ],
        },
        { name: 'cw-signature-counter', attributes: [{ name: 'goal', value: { type: 'number' } }] },
      ],
    },
  },
};

describe('the embed builder data', () => {
  const { widgets, tokens } = widgetsFromManifest(manifest, webTypes);

  it('has the four partner widgets, in the builder order, and not the form that runs on the petition origin', () => {
    assert.deepEqual(
      widgets.map((widget) => widget.tag),
      ['cw-action-button', 'cw-testimony-card', 'cw-fact-box', 'cw-signature-counter'],
    );
  });

  it('gives each attribute the control its type calls for, with its default as an attribute spells it', () => {
    const controls = widgets.flatMap((widget) =>
      widget.attributes.map(({ name, kind, values, default: fallback }) => [name, kind, values, fallback]),
    );
    assert.deepEqual(controls, [
      ['target', 'enum', ['_self', '_blank'], '_self'],
      ['petition', 'url', undefined, ''],
      ['inline', 'boolean', undefined, 'false'],
      ['photo-src', 'url', undefined, ''],
      ['strings', 'json', undefined, ''],
      ['source-href', 'url', undefined, ''],
      ['goal', 'number', undefined, ''],
    ]);
  });

  it('takes as global tokens those every element lists, colours by their name', () => {
    assert.deepEqual(tokens, [
      { name: '--cw-color-accent', default: '#ffd400', description: 'Accent.', kind: 'color' },
      { name: '--cw-space', default: '1em', description: 'Padding.', kind: 'text' },
    ]);
  });
});

describe('the fallback terms', () => {
  it('takes from each catalog only the terms the fallbacks say, and leaves out a term a catalog lacks', () => {
    const { showTestimony: _lacking, ...partial } = fr;
    assert.deepEqual(fallbackTermsOf({ en, fr: partial }), {
      en: {
        contentNote: en.contentNote,
        showTestimony: en.showTestimony,
        sourceLabel: en.sourceLabel,
        signatures: en.signatures,
      },
      fr: { contentNote: fr.contentNote, sourceLabel: fr.sourceLabel, signatures: fr.signatures },
    });
  });
});
