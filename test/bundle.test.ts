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
});
