import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/fact-box/define.js';
import { NOTATIONS } from '../src/internal/format.js';
import { content, contentIn, frame } from './content.js';
import { SOURCE, SOURCE_HREF } from './seed.js';

interface FactBoxArgs {
  value?: string;
  valuePrefix?: string;
  label?: string;
  source?: string;
  sourceHref?: string;
  notation?: (typeof NOTATIONS)[number];
  seed?: 'fact' | 'smallFact' | 'textFact';
  detail?: string;
  width?: string;
}

/** The seed's figures: the value each shows, in every language. */
const VALUES = { fact: '1000000', smallFact: '100', textFact: undefined };

const meta: Meta<FactBoxArgs> = {
  title: 'Widgets/Fact box',
  component: 'cw-fact-box',
  argTypes: {
    notation: { control: 'inline-radio', options: NOTATIONS },
    seed: {
      ...content('Which figure of the seed, in the toolbar’s language'),
      control: 'select',
      options: Object.keys(VALUES),
    },
    detail: content('Text under the figure (the default slot); the seed’s when left empty in the first figure'),
    width: frame('Width of the story frame'),
  },
  args: { seed: 'fact', source: SOURCE, sourceHref: SOURCE_HREF, notation: 'standard' },
  // What is left empty comes from the seed, in the toolbar's language (content.ts).
  render: ({ seed = 'fact', value, valuePrefix, label, source, sourceHref, notation, detail, width }, { globals }) => {
    const text = contentIn(globals.locale);
    const fact = { valuePrefix: '', value: VALUES[seed], ...text[seed] };
    return html`
      <div style=${ifDefined(width && `inline-size: ${width}`)}>
        <cw-fact-box
          value=${ifDefined(value ?? fact.value)}
          value-prefix=${valuePrefix ?? fact.valuePrefix}
          label=${label ?? fact.label}
          source=${ifDefined(source)}
          source-href=${ifDefined(sourceHref)}
          notation=${ifDefined(notation)}
          >${detail ?? ''}</cw-fact-box
        >
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<FactBoxArgs>;

export const Headline: Story = {};

/** The detail in the toolbar's language. */
const withDetail: Story['render'] = (args, context) =>
  meta.render!({ ...args, detail: args.detail ?? contentIn(context.globals.locale).fact.detail }, context);

export const WithDetail: Story = { render: withDetail };

export const Compact: Story = { args: { notation: 'compact' } };

export const TextValue: Story = { args: { seed: 'textFact' } };

export const SmallFigure: Story = { args: { seed: 'smallFact' } };

export const NarrowSidebar: Story = { args: { width: '240px' }, render: withDetail };

export const Wide: Story = { args: { width: '800px' }, render: withDetail };

export const RightToLeft: Story = { globals: { locale: 'ug', direction: 'rtl' } };

export const SourceWithoutLink: Story = { args: { sourceHref: undefined } };

export const UnsafeSourceLink: Story = {
  name: 'Unsafe source link (shown as text, with a console warning)',
  args: { sourceHref: 'javascript:alert(1)' },
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  decorators: [
    (story) =>
      html`<div
        style="--cw-color-accent: #c8102e; --cw-fact-box-background: #fff4cc; --cw-fact-box-value-size: 3em; font-family: Georgia, serif; color: #1d1d1b"
      >
        ${story()}
      </div>`,
  ],
};
