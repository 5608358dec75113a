import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/action-button/define.js';
import type { ActionButton, ActionTarget } from '../src/components/action-button/action-button.js';
import '../src/components/sign-form/define.js';
import { content, contentIn } from './content.js';
import { SOURCE_HREF } from './seed.js';

interface ActionButtonArgs {
  label?: string;
  href?: string;
  target?: ActionTarget;
  utmSource?: string;
  utmCampaign?: string;
  petition?: string;
  inline?: boolean;
}

const meta: Meta<ActionButtonArgs> = {
  title: 'Widgets/Action button',
  component: 'cw-action-button',
  argTypes: {
    label: content('The button’s text (the default slot); the seed’s, in the toolbar’s language, when left empty'),
  },
  args: { href: SOURCE_HREF },
  render: (args, { globals }) =>
    html`<cw-action-button
      href=${ifDefined(args.href)}
      target=${ifDefined(args.target)}
      utm-source=${ifDefined(args.utmSource)}
      utm-campaign=${ifDefined(args.utmCampaign)}
      petition=${ifDefined(args.petition)}
      ?inline=${args.inline}
      share-url="https://campaign.example/close-the-camps"
      >${args.label ?? contentIn(globals.locale).action}<span slot="consent"
        >${contentIn(globals.locale).consent} <a href="#privacy">${contentIn(globals.locale).privacy}</a></span
      ></cw-action-button
    >`,
};
export default meta;

type Story = StoryObj<ActionButtonArgs>;

export const Link: Story = {};

export const NewTabWithCampaignParameters: Story = {
  args: { target: '_blank', utmSource: 'partner-blog', utmCampaign: 'close-the-camps' },
};

export const UnsafeLink: Story = {
  name: 'Unsafe link (disabled, with a console warning)',
  args: { href: 'javascript:alert(1)' },
};

export const Petition: Story = {
  name: 'Petition (opens the framed sign-up)',
  args: { href: undefined, petition: 'https://petition.example/api/petitions/close-the-camps' },
};

/** The dialog open with the form inline: no petition server is needed to show it, nothing is sent until "Sign". */
export const InlineFormOpen: Story = {
  args: { ...Petition.args, inline: true },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<ActionButton>('cw-action-button')!;
    await button.updateComplete;
    button.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await button.updateComplete;
  },
};

export const RightToLeft: Story = {
  args: { href: undefined, petition: 'https://petition.example/api/petitions/close-the-camps' },
  globals: { locale: 'ug', direction: 'rtl' },
};
