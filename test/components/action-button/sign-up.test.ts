import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ActionButton } from '../../../src/components/action-button/action-button.js';
import '../../../src/components/action-button/define.js';
import '../../../src/components/sign-form/define.js';
import type { SignatureCounter } from '../../../src/components/signature-counter/signature-counter.js';
import '../../../src/components/signature-counter/define.js';
import { captureWarnings } from '../../helpers.js';
import { $, fill, statusText, submit } from '../sign-form/form-helpers.js';

// End to end, against the reference petition server started for this run (test/petition-server-plugin.mjs):
// the form is served and framed from the petition's own origin, exactly as on a partner page.
const SERVER: string = (await (await fetch('/__petition-server')).json()).url;
const PETITION = new URL('api/petitions/close-the-camps', SERVER).href;

const part = (button: ActionButton, name: string) =>
  button.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Every bit of markup the host page's scripts can reach: the light DOM and every open shadow root. */
function hostMarkup(root: Document | ShadowRoot = document): string {
  const elements = [...root.querySelectorAll('*')];
  const shadows = elements.flatMap((element) => (element.shadowRoot ? [hostMarkup(element.shadowRoot)] : []));
  const inputs = elements.flatMap((element) =>
    'value' in element ? [String((element as HTMLInputElement).value)] : [],
  );
  const own = root instanceof Document ? root.documentElement.outerHTML : root.innerHTML;
  return [own, ...inputs, ...shadows].join('\n');
}

async function openSignUpByKeyboard() {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <cw-signature-counter petition=${PETITION}></cw-signature-counter>
      <cw-action-button petition=${PETITION}>Sign the petition</cw-action-button>
    </div>`,
  );
  const counter = page.querySelector('cw-signature-counter') as SignatureCounter;
  const button = page.querySelector('cw-action-button') as ActionButton;
  await button.updateComplete;
  part(button, 'button').focus();
  await sendKeys({ press: 'Enter' });
  await button.updateComplete;
  const frame = button.shadowRoot!.querySelector('iframe')!;
  // A cold frame on a busy machine loads the form page, its script and Lit: seconds, not a deadline of ours.
  await waitUntil(() => !frame.classList.contains('loading'), 'the framed form said it was ready', { timeout: 20_000 });
  // The frame moves focus to its first field when asked; give that message a moment to arrive.
  await aTimeout(500);
  return { button, counter, frame };
}

describe('signing a petition through <cw-action-button>', function () {
  // Each test loads the framed form page cold; on a busy machine that alone can take most of mocha's 10 s.
  this.timeout(30_000);
  it('signs by keyboard alone in the framed form, never exposing what is typed, and updates the counter', async () => {
    const { button, counter, frame } = await openSignUpByKeyboard();
    expect(button.shadowRoot!.activeElement === frame, 'focus is in the frame').to.equal(true);
    await expect(button).to.be.accessible();

    const email = `signer-${Date.now()}@example.org`;
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: email });
    expect(hostMarkup()).not.to.include(email);
    expect(hostMarkup()).not.to.include('Ada Lovelace');
    expect(frame.contentDocument, 'the host cannot open the frame’s document').to.equal(null);

    const before = (await (await fetch(PETITION)).json()).count as number;
    const signed = oneEvent(document, 'cw-signed');
    await sendKeys({ press: 'Tab' }); // country
    await sendKeys({ press: 'Tab' }); // consent
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' }); // contact opt-in, left unticked
    await sendKeys({ press: 'Tab' }); // Sign
    await sendKeys({ press: 'Enter' });

    const { detail } = await signed;
    expect(detail).to.deep.equal({ petition: PETITION, count: before + 1 });
    await waitUntil(
      () => counter.shadowRoot!.textContent!.includes((before + 1).toLocaleString('en')),
      'the counter shows the new count',
    );
    expect(hostMarkup()).not.to.include(email);
  });

  it('closes on Escape pressed inside the frame and gives focus back to the button', async () => {
    const { button } = await openSignUpByKeyboard();
    const dialog = part(button, 'dialog') as HTMLDialogElement;
    const closed = oneEvent(dialog, 'close');
    // The key goes down in the frame, whose form asks the page to close; it comes up once the frame is gone, in the
    // page. A press at once could send its key up to a frame being removed, where DevTools may wait for it in vain.
    await sendKeys({ down: 'Escape' });
    await closed;
    await sendKeys({ up: 'Escape' });
    await button.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(button.shadowRoot!.activeElement === part(button, 'button'), 'focus is back on the button').to.equal(true);
  });

  it('puts the form itself in the dialog with inline, with the consent text given to the button', async () => {
    const button = await fixture<ActionButton>(
      html`<cw-action-button petition=${PETITION} inline
        >Sign the petition<span slot="consent"
          >I agree to the <a href="/privacy">privacy policy</a>.</span
        ></cw-action-button
      >`,
    );
    part(button, 'button').click();
    await button.updateComplete;
    const form = button.shadowRoot!.querySelector('cw-sign-form')!;
    await form.updateComplete;
    expect(button.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(button.shadowRoot!.getElementById('title')!.textContent).to.equal('Sign the petition');
    const consentSlot = form.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="consent"]')!;
    const forwarded = consentSlot.assignedElements({ flatten: true });
    expect(forwarded.map((element) => element.textContent)).to.deep.equal(['I agree to the privacy policy.']);
    expect(form.shadowRoot!.activeElement?.id).to.equal('name');
    await expect(button).to.be.accessible();
    (part(button, 'dialog') as HTMLDialogElement).close();
  });

  it('signs inline with the consent wording’s version the partner gives, and not with a version the petition does not know', async () => {
    // The version of the server's English wording, as its own form page gives it (a partner's would be listed by the server).
    const page = await (await fetch(`${PETITION}/form?lang=en`)).text();
    const [, version, text] = /data-consent-version="([0-9a-f]{16})">([^<]+)</.exec(page)!;
    for (const [given, counts] of [
      [version!, true],
      ['ffffffffffffffff', false],
    ] as const) {
      const warnings = captureWarnings();
      try {
        const button = await fixture<ActionButton>(
          html`<cw-action-button petition=${PETITION} inline
            >Sign the petition<span slot="consent" data-consent-version=${given}>${text}</span></cw-action-button
          >`,
        );
        part(button, 'button').click();
        await button.updateComplete;
        const form = button.shadowRoot!.querySelector('cw-sign-form')!;
        await form.updateComplete;
        await fill(form, { email: `inline-${given}-${Date.now()}@example.org` });
        await submit(form);
        const answered = () =>
          counts ? !$(form, '.thanks').hidden : statusText(form) === 'Not sent. Please try again later.';
        await waitUntil(answered, counts ? 'the signature was not counted' : 'the refusal was not shown', {
          timeout: 5000,
        });
        if (counts) {
          expect(warnings.messages).to.deep.equal([]);
        } else {
          expect(warnings.messages).to.deep.equal([
            '<cw-sign-form> consent-version: names no consent wording the petition knows (or is missing); its server refused the signature.',
          ]);
        }
        (part(button, 'dialog') as HTMLDialogElement).close();
      } finally {
        warnings.restore();
      }
    }
  });

  // WCAG 1.4.10 (reflow at 320 CSS px) and 1.4.4 (200% text): 200% zoom of a 1280 px window is 640 CSS px.
  for (const [width, fontSize] of [
    [320, 16],
    [640, 32],
  ] as const) {
    it(`fits the dialog and its form in ${width} px at ${fontSize} px text, without scrolling sideways`, async () => {
      await setViewport({ width, height: 700 });
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: ${fontSize}px">
            <cw-action-button petition=${PETITION} inline
              >Sign the petition<span slot="consent">I agree.</span></cw-action-button
            >
          </div>`,
        );
        const button = wrapper.querySelector('cw-action-button') as ActionButton;
        await button.updateComplete;
        part(button, 'button').click();
        await button.updateComplete;
        const form = button.shadowRoot!.querySelector('cw-sign-form')!;
        await form.updateComplete;
        const dialog = part(button, 'dialog') as HTMLDialogElement;
        const box = dialog.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(width);
        expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
        const submit = form.shadowRoot!.querySelector('[part~="submit-button"]')!.getBoundingClientRect();
        expect(submit.right).to.be.at.most(box.right);
        expect(submit.width).to.be.at.least(24);
        expect(submit.height).to.be.at.least(24);
        const close = part(button, 'close-button').getBoundingClientRect();
        expect(close.width).to.be.at.least(24);
        expect(close.height).to.be.at.least(24);
        dialog.close();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
