import { expect, fixture } from '@open-wc/testing';
import { captureWarnings } from './helpers.js';

// The partner bundle exactly as built, loaded the way a partner page loads it.
const BUNDLE = '/dist/campaign-widgets.js';
const importBundle = (url: string) => import(/* @vite-ignore */ url);

describe('dist/campaign-widgets.js', () => {
  it('upgrades a fact box that was on the page before the script loaded', async () => {
    const box = await fixture(`<cw-fact-box value="1000000" label="detained"></cw-fact-box>`);
    expect(box.shadowRoot).to.equal(null);
    await importBundle(BUNDLE);
    await (box as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(box.shadowRoot!.textContent).to.include('1,000,000');
  });

  it('can be loaded again under another URL without an error or a warning', async () => {
    const warnings = captureWarnings();
    const first = customElements.get('cw-fact-box');
    try {
      await importBundle(`${BUNDLE}?second-copy`);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('cw-fact-box')).to.equal(first);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('exports its classes and version', async () => {
    const bundle = await importBundle(BUNDLE);
    expect(bundle.FactBox).to.equal(customElements.get('cw-fact-box'));
    expect(bundle.VERSION).to.match(/^\d+\.\d+\.\d+/);
  });

  it('registers every widget, and leaves the sign-up form to its own bundle', async () => {
    await importBundle(BUNDLE);
    for (const tag of ['cw-action-button', 'cw-fact-box', 'cw-signature-counter', 'cw-testimony-card']) {
      expect(customElements.get(tag), tag).to.exist;
    }
    expect(customElements.get('cw-sign-form')).to.equal(undefined);
  });

  it('loads the sign-up form’s bundle beside it, each with its own Lit, without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await importBundle('/dist/sign-form.js');
      const form = await fixture(`<cw-sign-form petition="/api/petitions/close-the-camps"></cw-sign-form>`);
      await (form as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(form.shadowRoot!.querySelector('input[autocomplete="email"]')).to.exist;
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
