import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ActionButton } from '../../../src/components/action-button/action-button.js';
import '../../../src/components/action-button/define.js';
import { captureWarnings } from '../../helpers.js';

/** The reference petition server started for this test run (see test/petition-server-plugin.mjs). */
const SERVER: string = (await (await fetch('/__petition-server')).json()).url;
const PETITION = new URL('api/petitions/close-the-camps', SERVER).href;
const PETITION_ORIGIN = new URL(SERVER).origin;

const part = <T extends Element = HTMLElement>(button: ActionButton, name: string) =>
  button.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;

describe('<cw-action-button> as a link', () => {
  it('renders a real link, in the same tab, and fires cw-action when followed', async () => {
    const button = await fixture<ActionButton>(
      html`<cw-action-button href="#take-action">Take action now</cw-action-button>`,
    );
    const link = part<HTMLAnchorElement>(button, 'button');
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('#take-action');
    expect(link.hasAttribute('target')).to.equal(false);
    const action = oneEvent(button, 'cw-action');
    button.addEventListener('click', (event) => event.preventDefault()); // stay on the test page
    link.click();
    expect((await action).detail).to.deep.equal({ mode: 'link', url: '#take-action' });
    await expect(button).to.be.accessible();
  });

  it('opens a new tab with noopener noreferrer only when asked', async () => {
    const button = await fixture<ActionButton>(
      html`<cw-action-button href="https://www.amnesty.org/" target="_blank">Act</cw-action-button>`,
    );
    const link = part<HTMLAnchorElement>(button, 'button');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('appends utm_source and utm_campaign, and nothing else', async () => {
    const button = await fixture<ActionButton>(
      html`<cw-action-button
        href="https://www.amnesty.org/act?lang=en"
        utm-source="partner-blog"
        utm-campaign="close the camps"
        >Act</cw-action-button
      >`,
    );
    const url = new URL(part<HTMLAnchorElement>(button, 'button').href);
    expect([...url.searchParams]).to.deep.equal([
      ['lang', 'en'],
      ['utm_source', 'partner-blog'],
      ['utm_campaign', 'close the camps'],
    ]);
  });

  for (const unsafe of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
    it(`renders a disabled button and one warning for href="${unsafe}"`, async () => {
      const warnings = captureWarnings();
      try {
        const button = await fixture<ActionButton>(html`<cw-action-button href=${unsafe}>Act</cw-action-button>`);
        const control = part<HTMLButtonElement>(button, 'button');
        expect(control.localName).to.equal('button');
        expect(control.disabled).to.equal(true);
        expect(button.shadowRoot!.querySelector('a')).to.equal(null);
        expect(warnings.messages).to.deep.equal([
          '<cw-action-button> href: is not an http(s) or relative URL; the button is disabled.',
        ]);
      } finally {
        warnings.restore();
      }
    });
  }

  it('warns about an unknown target and a missing href', async () => {
    const warnings = captureWarnings();
    try {
      const button = await fixture<ActionButton>(
        html`<cw-action-button href="/act" target="_top">Act</cw-action-button>`,
      );
      expect(part<HTMLAnchorElement>(button, 'button').hasAttribute('target')).to.equal(false);
      await fixture(html`<cw-action-button>Act</cw-action-button>`);
      expect(warnings.messages).to.deep.equal([
        '<cw-action-button> target: must be one of _self, _blank; using _self.',
        '<cw-action-button> href: is missing (and so is petition); the button is disabled.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('sizes itself in em from the surrounding text, under a 62.5% root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-size: 16px"><cw-action-button href="/act">Act</cw-action-button></div>`,
      );
      const control = part(wrapper.firstElementChild as ActionButton, 'button');
      expect(control.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});

describe('<cw-action-button> label', () => {
  it('takes over a fallback link written for readers without JavaScript, without showing it twice', async () => {
    const button = await fixture<ActionButton>(
      html`<cw-action-button petition=${PETITION}><a href="${PETITION}/form">Sign the petition</a></cw-action-button>`,
    );
    const fallback = button.querySelector('a')!;
    expect(fallback.checkVisibility()).to.equal(false);
    expect(part(button, 'button').localName).to.equal('button');
    expect(part(button, 'button').textContent!.trim()).to.equal('Sign the petition');
    await expect(button).to.be.accessible();
  });

  it('is the visible text only: no comment a CMS or framework left, no script, nothing hidden', async () => {
    const button = await fixture<ActionButton>(
      html`<cw-action-button petition=${PETITION}
        ><!-- edited by comms -->Sign
        <script>
          /* tracking */
        </script>
        <span hidden>(draft)</span><em>the petition</em></cw-action-button
      >`,
    );
    expect(part(button, 'button').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sign the petition');
    part(button, 'button').click();
    await button.updateComplete;
    expect(button.shadowRoot!.querySelector('h2')!.textContent).to.equal('Sign the petition');
    expect(button.shadowRoot!.querySelector('iframe')!.title).to.equal('Sign the petition');
    part<HTMLDialogElement>(button, 'dialog').close();
  });

  it('follows the page changing its text', async () => {
    const button = await fixture<ActionButton>(html`<cw-action-button href="#act">Take action</cw-action-button>`);
    button.firstChild!.textContent = 'Agir maintenant';
    await new Promise(requestAnimationFrame);
    await button.updateComplete;
    expect(part(button, 'button').textContent!.trim()).to.equal('Agir maintenant');
  });
});

describe('<cw-action-button> with a petition', () => {
  const petitionButton = () =>
    fixture<ActionButton>(html`<cw-action-button petition=${PETITION}>Sign the petition</cw-action-button>`);

  it('makes no request to the petition until the reader opens the dialog', async () => {
    const button = await petitionButton();
    expect(button.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(part(button, 'button').getAttribute('aria-haspopup')).to.equal('dialog');
    await expect(button).to.be.accessible();
  });

  it('opens a titled modal dialog framing {petition}/form in the page’s language and origin', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <cw-action-button petition=${PETITION}>Signer la pétition</cw-action-button>
      </div>`,
    );
    const button = wrapper.firstElementChild as ActionButton;
    await button.updateComplete;
    const action = oneEvent(button, 'cw-action');
    part(button, 'button').click();
    expect((await action).detail).to.deep.equal({ mode: 'petition', url: PETITION });
    await button.updateComplete;
    const dialog = part<HTMLDialogElement>(button, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(button.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Signer la pétition',
    );
    const frame = button.shadowRoot!.querySelector('iframe')!;
    const src = new URL(frame.src);
    expect(`${src.origin}${src.pathname}`).to.equal(`${PETITION}/form`);
    expect(src.searchParams.get('lang')).to.equal('fr');
    expect(src.searchParams.get('origin')).to.equal(location.origin);
    expect(frame.referrerPolicy).to.equal('no-referrer');
    // The petition server is another origin here; on the page's own, the frame has no sandbox (strict-csp.test.mjs).
    expect(frame.sandbox.value).to.equal(
      'allow-scripts allow-forms allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    expect(frame.title).to.equal('Signer la pétition');
    expect(part(button, 'close-button').getAttribute('aria-label')).to.equal('Fermer');
    await expect(button).to.be.accessible();
    dialog.close();
  });

  it('ignores messages from another origin or another window, and closes on the frame’s word only', async () => {
    const button = await petitionButton();
    part(button, 'button').click();
    await button.updateComplete;
    const dialog = part<HTMLDialogElement>(button, 'dialog');
    const frame = button.shadowRoot!.querySelector('iframe')!;
    const close = { type: 'cw-sign-close' };
    window.dispatchEvent(
      new MessageEvent('message', { data: close, origin: 'https://evil.example', source: frame.contentWindow }),
    );
    window.dispatchEvent(new MessageEvent('message', { data: close, origin: PETITION_ORIGIN, source: window }));
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'cw-sign-signed', count: -1 },
        origin: PETITION_ORIGIN,
        source: frame.contentWindow,
      }),
    );
    expect(dialog.open).to.equal(true);
    window.dispatchEvent(
      new MessageEvent('message', { data: close, origin: PETITION_ORIGIN, source: frame.contentWindow }),
    );
    expect(dialog.open).to.equal(false);
  });

  it('fits the frame to the form, announces a signature as cw-signed, and returns focus on close', async () => {
    const button = await petitionButton();
    part(button, 'button').focus();
    part(button, 'button').click();
    await button.updateComplete;
    const frame = button.shadowRoot!.querySelector('iframe')!;
    await new Promise((loaded) => frame.addEventListener('load', loaded, { once: true }));
    const fromFrame = (data: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { data, origin: PETITION_ORIGIN, source: frame.contentWindow }));
    fromFrame({ type: 'cw-sign-ready', height: 420 });
    await button.updateComplete;
    expect(frame.getBoundingClientRect().height).to.equal(420);
    expect(button.shadowRoot!.activeElement === frame, 'the frame has focus').to.equal(true);
    const signed = oneEvent(document, 'cw-signed');
    fromFrame({ type: 'cw-sign-signed', count: 713403 });
    expect((await signed).detail).to.deep.equal({ petition: PETITION, count: 713403 });
    const closed = oneEvent(part(button, 'dialog'), 'close');
    part(button, 'close-button').click();
    await closed;
    await button.updateComplete;
    // Elements are compared by identity: a failing chai message would try to serialise a cross-origin frame.
    expect(button.shadowRoot!.activeElement === part(button, 'button'), 'focus is back on the button').to.equal(true);
    expect(button.shadowRoot!.querySelector('iframe') === null, 'the frame is gone').to.equal(true);
  });

  it('falls back to the framed form, with a warning, when inline is asked but sign-form.js is not loaded', async () => {
    const warnings = captureWarnings();
    try {
      const button = await fixture<ActionButton>(
        html`<cw-action-button petition=${PETITION} inline>Sign</cw-action-button>`,
      );
      part(button, 'button').click();
      await button.updateComplete;
      expect(button.shadowRoot!.querySelector('iframe')).to.exist;
      expect(button.shadowRoot!.querySelector('cw-sign-form')).to.equal(null);
      expect(warnings.messages).to.deep.equal([
        '<cw-action-button> inline: needs <cw-sign-form> on the page (load sign-form.js); using the framed form.',
      ]);
      part<HTMLDialogElement>(button, 'dialog').close();
    } finally {
      warnings.restore();
    }
  });

  it('disables itself and warns for an unsafe petition URL', async () => {
    const warnings = captureWarnings();
    try {
      const button = await fixture<ActionButton>(
        html`<cw-action-button petition="javascript:alert(1)">Sign</cw-action-button>`,
      );
      expect(part<HTMLButtonElement>(button, 'button').disabled).to.equal(true);
      expect(warnings.messages).to.deep.equal([
        '<cw-action-button> petition: is not an http(s) or relative URL; the button is disabled.',
      ]);
    } finally {
      warnings.restore();
    }
  });
});
