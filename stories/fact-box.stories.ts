import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/fact-box/define.js';
import { NOTATIONS } from '../src/internal/format.js';
import { SOURCE, SOURCE_HREF } from './seed.js';

interface FactBoxArgs {
  value: string;
  valuePrefix?: string;
  label?: string;
  source?: string;
  sourceHref?: string;
  notation?: (typeof NOTATIONS)[number];
  detail?: string;
  width?: string;
}

const meta: Meta<FactBoxArgs> = {
  title: 'Widgets/Fact box',
  component: 'cw-fact-box',
  argTypes: {
    notation: { control: 'inline-radio', options: NOTATIONS },
    width: { control: 'text', description: 'Width of the story frame, not an attribute' },
  },
  args: {
    value: '1000000',
    valuePrefix: 'Up to',
    label: 'people detained in “re-education” camps',
    source: SOURCE,
    sourceHref: SOURCE_HREF,
    notation: 'standard',
  },
  render: ({ value, valuePrefix, label, source, sourceHref, notation, detail, width }) => html`
    <div style=${ifDefined(width && `inline-size: ${width}`)}>
      <cw-fact-box
        value=${value}
        value-prefix=${ifDefined(valuePrefix)}
        label=${ifDefined(label)}
        source=${ifDefined(source)}
        source-href=${ifDefined(sourceHref)}
        notation=${ifDefined(notation)}
        >${detail ?? ''}</cw-fact-box
      >
    </div>
  `,
};
export default meta;

type Story = StoryObj<FactBoxArgs>;

export const Headline: Story = {};

export const WithDetail: Story = {
  args: {
    detail: 'The fate of most of them is unknown, and their families have been kept in the dark.',
  },
};

export const Compact: Story = { args: { notation: 'compact' } };

export const TextValue: Story = {
  args: { value: 'Nearly 6,000', valuePrefix: '', label: 'people held in the camp where Kairat Samarkan was detained' },
};

export const SmallFigure: Story = {
  args: { value: '100', valuePrefix: 'More than', label: 'relatives of missing people interviewed abroad' },
};

export const NarrowSidebar: Story = { args: { width: '240px', detail: 'Most families have been kept in the dark.' } };

export const Wide: Story = { args: { width: '800px', detail: 'Most families have been kept in the dark.' } };

export const RightToLeft: Story = {
  args: { label: 'كىشى «قايتا تەربىيەلەش» لاگېرلىرىدا تۇتۇپ تۇرۇلغان', valuePrefix: 'تەخمىنەن' },
  decorators: [(story) => html`<div lang="ug" dir="rtl">${story()}</div>`],
};

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
