import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/testimony-card/define.js';
import { content, contentIn, frame } from './content.js';
import { GULZIRE, SILHOUETTE, SOURCE, SOURCE_HREF } from './seed.js';

interface TestimonyArgs {
  seed?: 'gulzire' | 'bota' | 'kairat';
  name?: string;
  relation?: string;
  photoSrc?: string;
  photoAlt?: string;
  quoteLang?: string;
  contentNote?: string;
  source?: string;
  sourceHref?: string;
  quote?: string;
  translation?: string;
  width?: string;
}

const meta: Meta<TestimonyArgs> = {
  title: 'Widgets/Testimony card',
  component: 'cw-testimony-card',
  argTypes: {
    seed: {
      ...content('Whose testimony from the seed, in the toolbar’s language'),
      control: 'select',
      options: ['gulzire', 'bota', 'kairat'],
    },
    quote: content('The quote (a blockquote in the default slot); the seed’s when left empty'),
    translation: content('A translation (the translation slot)'),
    width: frame('Width of the story frame'),
  },
  args: { seed: 'gulzire', source: SOURCE, sourceHref: SOURCE_HREF },
  // What is left empty comes from the seed, in the toolbar's language (content.ts).
  render: (args, { globals }) => {
    const seed = contentIn(globals.locale)[args.seed ?? 'gulzire'];
    const quote = args.quote ?? ('quote' in seed ? seed.quote : seed.account);
    return html`
      <div style=${ifDefined(args.width && `inline-size: ${args.width}`)}>
        <cw-testimony-card
          name=${args.name ?? seed.name}
          relation=${args.relation ?? seed.relation}
          photo-src=${ifDefined(args.photoSrc)}
          photo-alt=${ifDefined(args.photoSrc && (args.photoAlt ?? contentIn(globals.locale).photoAlt))}
          quote-lang=${ifDefined(args.quoteLang)}
          content-note=${ifDefined(args.contentNote)}
          source=${ifDefined(args.source)}
          source-href=${ifDefined(args.sourceHref)}
        >
          <blockquote><p>${quote}</p></blockquote>
          ${args.translation ? html`<blockquote slot="translation"><p>${args.translation}</p></blockquote>` : ''}
        </cw-testimony-card>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<TestimonyArgs>;

export const Quote: Story = {};

export const WithPhoto: Story = { args: { seed: 'bota', photoSrc: SILHOUETTE } };

/** The note in the toolbar's language. */
export const ContentNote: Story = {
  args: { seed: 'kairat' },
  render: (args, context) =>
    meta.render!(
      { ...args, contentNote: args.contentNote ?? contentIn(context.globals.locale).kairat.contentNote },
      context,
    ),
};

// The two stories of a quote in another language than the card's keep their languages: that is what they show.
export const RightToLeftQuoteInLeftToRightCard: Story = {
  name: 'Uyghur quote in an English card, with translation',
  args: { quote: GULZIRE.quoteInUyghur, quoteLang: 'ug', translation: GULZIRE.quote },
  globals: { locale: 'en', direction: 'ltr' },
};

export const LeftToRightQuoteInRightToLeftCard: Story = {
  name: 'English quote in a Uyghur card',
  args: { quote: GULZIRE.quote, quoteLang: 'en' },
  globals: { locale: 'ug', direction: 'rtl' },
};

export const NarrowSidebar: Story = { args: { width: '240px', photoSrc: SILHOUETTE } };

export const Wide: Story = { args: { seed: 'bota', width: '800px', photoSrc: SILHOUETTE } };

export const Anonymous: Story = {
  name: 'Without name or photo',
  args: { name: '', relation: '', source: undefined, sourceHref: undefined },
};
