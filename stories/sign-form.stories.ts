import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/sign-form/define.js';
import type { SignForm } from '../src/components/sign-form/sign-form.js';
import { contentIn } from './content.js';
import { installMockPetition, MOCK_ORIGIN } from './mock-petition.js';

/** Fills the form as a signer would and presses "Sign". */
async function sign(form: SignForm): Promise<void> {
  await form.updateComplete;
  const root = form.shadowRoot!;
  root.querySelector<HTMLInputElement>('#name')!.value = 'Ayşe Yılmaz';
  root.querySelector<HTMLInputElement>('#email')!.value = 'ayse@example.org';
  root.querySelector<HTMLInputElement>('#consent')!.checked = true;
  root.querySelector<HTMLButtonElement>('.submit')!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await form.updateComplete;
}

interface SignFormArgs {
  petition: string;
  shareUrl?: string;
  consentText?: string;
}

const meta: Meta<SignFormArgs> = {
  title: 'Widgets/Sign form',
  component: 'cw-sign-form',
  loaders: [async () => installMockPetition()],
  args: { petition: `${MOCK_ORIGIN}/close-the-camps`, shareUrl: 'https://campaign.example/close-the-camps' },
  render: ({ petition, shareUrl }, { globals }) =>
    html`<div class="story-sign-form">
      <cw-sign-form petition=${petition} share-url=${shareUrl ?? ''} share-text="Tell China to close its camps">
        <span slot="consent"
          >${contentIn(globals.locale).consent} <a href="#privacy">${contentIn(globals.locale).privacy}</a></span
        >
      </cw-sign-form>
    </div>`,
};
export default meta;

type Story = StoryObj<SignFormArgs>;
const form = (canvasElement: HTMLElement) => canvasElement.querySelector('cw-sign-form')!;

export const Empty: Story = {};

export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const element = form(canvasElement);
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value = 'not-an-address';
    element.shadowRoot!.querySelector<HTMLButtonElement>('.submit')!.click();
    await element.updateComplete;
  },
};

export const Sending: Story = {
  args: { petition: `${MOCK_ORIGIN}/slow` },
  play: async ({ canvasElement }) => sign(form(canvasElement)),
};

export const NetworkError: Story = {
  args: { petition: `${MOCK_ORIGIN}/offline` },
  play: async ({ canvasElement }) => sign(form(canvasElement)),
};

export const RateLimited: Story = {
  args: { petition: `${MOCK_ORIGIN}/rate-limited` },
  play: async ({ canvasElement }) => sign(form(canvasElement)),
};

export const SignedWithSharing: Story = {
  play: async ({ canvasElement }) => sign(form(canvasElement)),
};

export const Uyghur: Story = {
  globals: { locale: 'ug', direction: 'rtl' },
};

export const UyghurWithErrors: Story = {
  ...WithErrors,
  globals: { locale: 'ug', direction: 'rtl' },
};

export const French: Story = {
  globals: { locale: 'fr', direction: 'ltr' },
};

export const ConsentTextAttribute: Story = {
  render: ({ petition }) =>
    html`<cw-sign-form petition=${petition} consent-text="I agree to sign this petition."></cw-sign-form>`,
};
