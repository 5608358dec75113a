import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/signature-counter/define.js';
import { NOTATIONS } from '../src/internal/format.js';
import { contentIn } from './content.js';
import { installMockPetition, MOCK_ORIGIN } from './mock-petition.js';

interface SignatureCounterArgs {
  petition: string;
  count?: number;
  goal?: number;
  label?: string;
  notation?: (typeof NOTATIONS)[number];
  live?: boolean;
  interval?: number;
}

/** Every story talks to the fake petition backend, never to a real server. */
const withMockPetition: Decorator = (story) => {
  installMockPetition();
  return story();
};

const meta: Meta<SignatureCounterArgs> = {
  title: 'Widgets/Signature counter',
  component: 'cw-signature-counter',
  decorators: [withMockPetition],
  argTypes: {
    notation: { control: 'inline-radio', options: NOTATIONS },
    petition: { control: 'text', description: `A petition on the fake backend at ${MOCK_ORIGIN}` },
  },
  args: { petition: `${MOCK_ORIGIN}/close-the-camps`, notation: 'standard', live: false },
  render: ({ petition, count, goal, label, notation, live, interval }) => html`
    <cw-signature-counter
      petition=${petition}
      count=${ifDefined(count)}
      goal=${ifDefined(goal)}
      label=${ifDefined(label)}
      notation=${ifDefined(notation)}
      interval=${ifDefined(interval)}
      ?live=${live}
    ></cw-signature-counter>
  `,
};
export default meta;

type Story = StoryObj<SignatureCounterArgs>;

/** Polls the petition every 5 s here (30 s by default). */
export const Polling: Story = { args: { interval: 5 } };

export const Live: Story = {
  name: 'Live (event stream)',
  args: { petition: `${MOCK_ORIGIN}/live`, live: true },
};

export const Loading: Story = {
  name: 'Loading (the petition never answers)',
  args: { petition: `${MOCK_ORIGIN}/loading` },
};

export const ServerRendered: Story = {
  name: 'Server-rendered count (the petition has not answered yet)',
  args: { petition: `${MOCK_ORIGIN}/loading`, count: 713402, goal: 1000000 },
};

export const FailedThenRecovered: Story = {
  name: 'Failed, then recovered (a 503 with a console warning; the retry comes after 5–10 s)',
  args: { petition: `${MOCK_ORIGIN}/flaky`, interval: 5 },
};

export const GoalReached: Story = { args: { petition: `${MOCK_ORIGIN}/goal-reached` } };

export const Compact: Story = { args: { notation: 'compact' } };

export const CustomLabel: Story = {
  render: (args, context) =>
    meta.render!({ ...args, label: args.label ?? contentIn(context.globals.locale).counterLabel }, context),
};

export const RightToLeft: Story = { globals: { locale: 'ug', direction: 'rtl' } };

/** Egypt's Arabic, with Arabic-Indic digits. */
export const Arabic: Story = { globals: { locale: 'ar-EG', direction: 'rtl' } };

export const Themed: Story = {
  name: 'Themed with custom properties',
  decorators: [
    (story) =>
      html`<div
        style="--cw-signature-counter-accent: #c8102e; --cw-signature-counter-value-size: 3em; font-family: Georgia, serif; color: #1d1d1b"
      >
        ${story()}
      </div>`,
  ],
};
