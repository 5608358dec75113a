import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/action-button/define.js';
import '../src/components/fact-box/define.js';
import '../src/components/signature-counter/define.js';
import '../src/components/testimony-card/define.js';
import { contentIn } from './content.js';
import { installMockPetition, MOCK_ORIGIN } from './mock-petition.js';
import { SOURCE, SOURCE_HREF } from './seed.js';

/** The global tokens (src/internal/tokens.ts), every one a control; set here, they theme every widget below. */
const TOKENS = {
  '--cw-color-accent': '#ffd400',
  '--cw-color-on-accent': '#000000',
  '--cw-color-text': '',
  '--cw-color-surface': '',
  '--cw-color-focus': '#000000',
  '--cw-color-focus-halo': '#ffffff',
  '--cw-font-family': '',
  '--cw-radius': '0.25em',
  '--cw-space': '1em',
  '--cw-margin-block': '1em',
  '--cw-line-height': '1.5',
};
type Tokens = Partial<Record<keyof typeof TOKENS, string>>;

const colour = /color/;

const meta: Meta<Tokens> = {
  title: 'Design/Theme',
  loaders: [async () => installMockPetition()],
  argTypes: Object.fromEntries(
    Object.keys(TOKENS).map((token) => [
      token,
      { control: colour.test(token) ? 'color' : 'text', table: { category: 'Global tokens' } },
    ]),
  ),
  args: Object.fromEntries(Object.entries(TOKENS).filter(([, value]) => value)),
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj<Tokens>;

/** All four partner widgets, in the toolbar's language, as a partner page shows them. */
const widgets = (locale: string | undefined) => {
  const text = contentIn(locale);
  return html`
    <cw-signature-counter petition=${`${MOCK_ORIGIN}/close-the-camps`}></cw-signature-counter>
    <cw-fact-box
      value="1000000"
      value-prefix=${text.fact.valuePrefix}
      label=${text.fact.label}
      source=${SOURCE}
      source-href=${SOURCE_HREF}
      >${text.fact.detail}</cw-fact-box
    >
    <cw-testimony-card
      name=${text.gulzire.name}
      relation=${text.gulzire.relation}
      source=${SOURCE}
      source-href=${SOURCE_HREF}
    >
      <blockquote><p>${text.gulzire.quote}</p></blockquote>
    </cw-testimony-card>
    <cw-action-button href=${SOURCE_HREF}>${text.action}</cw-action-button>
  `;
};

/** Every global token as a control (colour pickers for colours): what a campaign's designer sets once for a site. */
export const ThemePlayground: Story = {
  name: 'Theme playground (global tokens)',
  render: (_, { globals }) => widgets(globals.locale),
};

/** A dark site: the widgets take its text colour; the accent and focus ring must still stand out. */
export const DarkHost: Story = {
  name: 'Dark host',
  render: (_, { globals }) => html`<div class="dark-host">${widgets(globals.locale)}</div>`,
  decorators: [(story) => html`<div style="background: #14171c; color: #e8e6e3; padding: 1.5em">${story()}</div>`],
};

/** A site's own font and size: the widgets follow the text around them, in em, never the root's rem. */
export const HostFont: Story = {
  name: 'Host font (serif, 20px, root at 62.5%)',
  render: (_, { globals }) => widgets(globals.locale),
  decorators: [
    (story) =>
      html`<style>
          html:has(.host-font) {
            font-size: 62.5%;
          }
        </style>
        <div class="host-font" style="font: 20px/1.6 Georgia, 'Times New Roman', serif; color: #222">${story()}</div>`,
  ],
};

/** A real blog theme's stylesheet (stories/assets/theme.css) around the widgets, in an article. */
export const RealThemeHost: Story = {
  name: 'Real theme CSS host (a blog article)',
  render: (_, { globals }) =>
    html`<link rel="stylesheet" href="/assets/theme.css" />
      <article class="theme-host">
        <h2>${contentIn(globals.locale).fact.label}</h2>
        <p>${contentIn(globals.locale).fact.detail}</p>
        ${widgets(globals.locale)}
        <p><button type="button">${contentIn(globals.locale).action}</button></p>
      </article>`,
};
