import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { BUILT_IN_CATALOGS } from '../src/locales/index.js';

// Docs tables (attributes, slots, parts, custom properties) come from the code's JSDoc, via the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The lang the widgets inherit',
      toolbar: { title: 'Language', icon: 'globe', items: Object.keys(BUILT_IN_CATALOGS), dynamicTitle: true },
    },
    direction: {
      description: 'The dir the widgets inherit',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr' },
  decorators: [
    (story, { globals }) =>
      html`<div lang=${globals.locale ?? 'en'} dir=${globals.direction ?? 'ltr'} class="story-frame">${story()}</div>`,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
