import { setCustomElementsManifest } from '@storybook/web-components';
import type { ArgTypesEnhancer, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { directionOfLanguage } from '../src/internal/localize.js';
import { BUILT_IN_CATALOGS } from '../src/locales/index.js';

interface ManifestItem {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  type?: { text?: string };
}

/**
 * The manifest as a designer's Controls panel should read it (Storybook makes one control per item, keyed by name):
 * - only the public properties that have an attribute, under their property names, which the stories' args use
 *   (the manifest's private fields, `countUp`, `petitionCount`…, and its attribute list, kebab-case twins, go);
 * - parts as `::part(value)` and slots as `slot: translation`, so that they never take the place of an attribute of the
 *   same name (the fact box's `value`, `label` and `source` were filed under "CSS shadow parts").
 */
function forDesigners<T>(original: T): T {
  const copy = structuredClone(original) as { modules?: { declarations?: Record<string, unknown>[] }[] };
  for (const declaration of copy.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    if (!declaration.tagName) continue;
    const items = (key: string) => (declaration[key] ?? []) as ManifestItem[];
    declaration.members = items('members').filter(
      (member) =>
        member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && member.attribute,
    );
    declaration.attributes = [];
    declaration.cssParts = items('cssParts').map((part) => ({ ...part, name: `::part(${part.name})` }));
    declaration.slots = items('slots').map((slot) => ({
      ...slot,
      name: slot.name ? `slot: ${slot.name}` : 'slot: (default)',
    }));
  }
  return copy as T;
}

// Docs tables (attributes, slots, parts, custom properties) come from the code's JSDoc, via the manifest.
setCustomElementsManifest(forDesigners(manifest));

const COLOUR = /color|accent|background|surface|focus/;

/**
 * Controls a designer can use: text, number, select and colour pickers instead of "Set object". Attributes by their
 * type (a union of strings becomes a select), custom properties as colours or text and applied to the story's frame,
 * parts, slots and events in the docs table only.
 */
const controlsForDesigners: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties') {
        return [
          name,
          {
            ...argType,
            type: { name: 'string' },
            control: COLOUR.test(name) ? 'color' : 'text',
            table: { ...argType.table, category: 'Theme (custom properties)' },
          },
        ];
      }
      if (category === 'css shadow parts' || category === 'slots' || category === 'events') {
        return [name, { ...argType, control: false }];
      }
      if (category === 'properties' && !argType.control) {
        const type = String(argType.table?.type?.summary ?? '');
        const options = type.match(/'[^']*'/g)?.map((option) => option.slice(1, -1));
        const control = options ? 'select' : /boolean/.test(type) ? 'boolean' : /number/.test(type) ? 'number' : 'text';
        return [
          name,
          { ...argType, control, ...(options && { options }), table: { ...argType.table, category: 'Attributes' } },
        ];
      }
      return [name, argType];
    }),
  );

/** The custom properties a designer set in Controls, as the story frame's inline style (stories run without a CSP). */
const customProperties = (args: Record<string, unknown>) =>
  Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ') || undefined;

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'The lang the widgets inherit; stories’ content follows it (stories/content.ts)',
      toolbar: { title: 'Language', icon: 'globe', items: Object.keys(BUILT_IN_CATALOGS), dynamicTitle: true },
    },
    direction: {
      description: 'The dir the widgets inherit: the language’s own unless chosen',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['auto', 'ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto' },
  argTypesEnhancers: [controlsForDesigners],
  decorators: [
    (story, { globals, args }) => {
      const locale = globals.locale ?? 'en';
      const dir = !globals.direction || globals.direction === 'auto' ? directionOfLanguage(locale) : globals.direction;
      return html`<div lang=${locale} dir=${dir} class="story-frame" style=${ifDefined(customProperties(args))}>
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
