import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/testimony-card/define.js';
import { BOTA, GULZIRE, KAIRAT, SILHOUETTE, SOURCE, SOURCE_HREF } from './seed.js';

interface TestimonyArgs {
  name?: string;
  relation?: string;
  photoSrc?: string;
  photoAlt?: string;
  quoteLang?: string;
  contentNote?: string;
  source?: string;
  sourceHref?: string;
  quote: string;
  translation?: string;
  width?: string;
}

const meta: Meta<TestimonyArgs> = {
  title: 'Widgets/Testimony card',
  component: 'cw-testimony-card',
  argTypes: { width: { control: 'text', description: 'Width of the story frame, not an attribute' } },
  args: { ...GULZIRE, source: SOURCE, sourceHref: SOURCE_HREF },
  render: (args) => html`
    <div style=${ifDefined(args.width && `inline-size: ${args.width}`)}>
      <cw-testimony-card
        name=${ifDefined(args.name)}
        relation=${ifDefined(args.relation)}
        photo-src=${ifDefined(args.photoSrc)}
        photo-alt=${ifDefined(args.photoAlt)}
        quote-lang=${ifDefined(args.quoteLang)}
        content-note=${ifDefined(args.contentNote)}
        source=${ifDefined(args.source)}
        source-href=${ifDefined(args.sourceHref)}
      >
        <blockquote><p>${args.quote}</p></blockquote>
        ${args.translation ? html`<blockquote slot="translation"><p>${args.translation}</p></blockquote>` : ''}
      </cw-testimony-card>
    </div>
  `,
};
export default meta;

type Story = StoryObj<TestimonyArgs>;

export const Quote: Story = {};

export const WithPhoto: Story = {
  args: { ...BOTA, photoSrc: SILHOUETTE, photoAlt: 'Placeholder silhouette: no photo is published' },
};

export const ContentNote: Story = {
  args: { ...KAIRAT, quote: KAIRAT.account, contentNote: 'Describes torture and a suicide attempt' },
};

export const RightToLeftQuoteInLeftToRightCard: Story = {
  name: 'Uyghur quote in an English card, with translation',
  args: { quote: GULZIRE.quoteInUyghur, quoteLang: 'ug', translation: GULZIRE.quote },
};

export const LeftToRightQuoteInRightToLeftCard: Story = {
  name: 'English quote in a Uyghur card',
  args: { name: 'گۈلزىرە', relation: 'يوقاپ كەتكەن ئۇيغۇر دوكتور ئاسپىرانتنىڭ سىڭلىسى', quoteLang: 'en' },
  decorators: [(story) => html`<div lang="ug" dir="rtl">${story()}</div>`],
};

export const NarrowSidebar: Story = { args: { width: '240px', photoSrc: SILHOUETTE, photoAlt: 'Placeholder silhouette' } };

export const Wide: Story = { args: { ...BOTA, width: '800px', photoSrc: SILHOUETTE, photoAlt: 'Placeholder silhouette' } };

export const Anonymous: Story = {
  name: 'Without name or photo',
  args: { name: undefined, relation: 'A relative who asked not to be named', source: undefined, sourceHref: undefined },
};
