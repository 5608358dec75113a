import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { announced, captureWarnings } from '../../helpers.js';
import { $, fill, json, PETITION, settled, signForm, statusText, stubFetch, submit } from './form-helpers.js';

const SIGNATURES = `${PETITION}/signatures`;
const labelOf = (form: Element, id: string) =>
  (form.shadowRoot!.querySelector(`label[for="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The error text a field's aria-describedby points to, or undefined. */
const describedBy = (form: Element, id: string) => {
  const ids = form.shadowRoot!.getElementById(id)!.getAttribute('aria-describedby');
  return ids ? form.shadowRoot!.getElementById(ids)?.textContent?.trim() : undefined;
};
const focusedId = (form: Element) => form.shadowRoot!.activeElement?.id;

describe('<cw-sign-form>', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(() => stub?.restore());

  describe('renders', () => {
    it('every field with its label, autocomplete token and constraint, in English', async () => {
      const form = await signForm();
      expect(labelOf(form, 'name')).to.equal('Name');
      expect(labelOf(form, 'email')).to.equal('Email');
      expect(labelOf(form, 'country')).to.equal('Country');
      expect(labelOf(form, 'contact')).to.equal('Keep me informed by email');
      expect($(form, '#name').autocomplete).to.equal('name');
      expect($(form, '#name').required).to.equal(true);
      expect($(form, '#name').maxLength).to.equal(100);
      expect($(form, '#email').type).to.equal('email');
      expect($(form, '#email').autocomplete).to.equal('email');
      expect($(form, '#country').getAttribute('autocomplete')).to.equal('country');
      expect($(form, '#consent').required).to.equal(true);
      expect($<HTMLFormElement>(form, 'form').noValidate).to.equal(true);
      expect($(form, '.submit').textContent!.trim()).to.equal('Sign');
      // The consent text is the campaign's, slotted into the label.
      const slot = $<HTMLSlotElement>(form, 'label[for="consent"] slot');
      expect(slot.assignedElements()[0]!.textContent).to.equal('I agree to the privacy policy');
      await expect(form).to.be.accessible();
    });

    it('a country list named and sorted in the language, after "—"', async () => {
      const form = await signForm();
      const options = [...$<HTMLSelectElement>(form, '#country').options];
      expect(options[0]!.value).to.equal('');
      expect(options[0]!.textContent).to.equal('—');
      expect(options).to.have.length(251);
      const names = options.slice(1).map((option) => option.textContent!);
      expect(names).to.include('Germany');
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
      expect(options.find((option) => option.value === 'CN')!.textContent).to.equal('China');
    });

    it('in French', async () => {
      const form = await signForm('fr');
      expect(labelOf(form, 'name')).to.equal('Nom');
      expect(labelOf(form, 'country')).to.equal('Pays');
      expect($(form, '.submit').textContent!.trim()).to.equal('Signer');
      expect($(form, '#country option[value="DE"]').textContent).to.equal('Allemagne');
    });

    it('in Uyghur, right to left', async () => {
      const form = await signForm('ug');
      form.parentElement!.dir = 'rtl';
      await form.updateComplete;
      expect(labelOf(form, 'name')).to.equal('ئىسىم');
      // The wording of the partner page's buttons (demo/index.html), not a second one for the same act.
      expect($(form, '.submit').textContent!.trim()).to.equal('ئىمزا قويۇڭ');
      expect(getComputedStyle($(form, '#name')).direction).to.equal('rtl');
      await expect(form).to.be.accessible();
    });

    it('keeps the chosen country when the language changes', async () => {
      const form = await signForm();
      await fill(form, { country: 'KZ' });
      form.parentElement!.lang = 'de';
      await waitUntil(() => labelOf(form, 'country') === 'Land');
      expect($<HTMLSelectElement>(form, '#country').value).to.equal('KZ');
      expect($<HTMLSelectElement>(form, '#country').selectedOptions[0]!.textContent).to.equal('Kasachstan');
    });

    it('falls back to consent-text when nothing is slotted', async () => {
      const form = await signForm('en', `petition="${PETITION}" consent-text="I agree."`);
      for (const child of [...form.children]) child.remove();
      await form.updateComplete;
      expect(labelOf(form, 'consent')).to.equal('I agree.');
    });
  });

  describe('the honeypot', () => {
    it('is out of the accessibility tree and out of the tab order', async () => {
      const form = await signForm();
      const names: string[] = [];
      const walk = (node: { name?: string; children?: unknown[] }) => {
        if (node.name) names.push(node.name);
        node.children?.forEach((child) => walk(child as typeof node));
      };
      walk((await a11ySnapshot({})) as unknown as { name?: string; children?: unknown[] });
      expect(names).to.include('Name');
      expect(names.join('|')).not.to.match(/website/i);
      const trap = $(form, '#website');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete).to.equal('off');
      expect(trap.parentElement!.getAttribute('aria-hidden')).to.equal('true');
      // Tab from the last checkbox goes straight to the button.
      $(form, '#contact').focus();
      await sendKeys({ press: 'Tab' });
      expect(form.shadowRoot!.activeElement).to.equal($(form, '.submit'));
    });

    it('is sent as filled, so the server can tell a bot', async () => {
      const form = await signForm();
      stub = stubFetch([json(201, { count: 5 })]);
      await fill(form);
      $(form, '#website').value = 'https://spam.example';
      await submit(form);
      await settled(form, stub);
      expect(JSON.parse(String(stub.calls[0]!.init.body)).website).to.equal('https://spam.example');
    });
  });

  describe('validation', () => {
    it('marks every empty required field, ties its message with aria-describedby and focuses the first', async () => {
      const form = await signForm();
      stub = stubFetch([]);
      await submit(form);
      expect(stub.calls).to.have.length(0);
      expect(describedBy(form, 'name')).to.equal('Please fill this in.');
      expect(describedBy(form, 'email')).to.equal('Please fill this in.');
      expect(describedBy(form, 'consent')).to.equal('Please agree in order to sign.');
      expect(describedBy(form, 'country')).to.equal(undefined);
      expect($(form, '#name').getAttribute('aria-invalid')).to.equal('true');
      expect($(form, '#country').hasAttribute('aria-invalid')).to.equal(false);
      expect(focusedId(form)).to.equal('name');
      await expect(form).to.be.accessible();
    });

    it('says when an e-mail address is not one, focuses it, and clears the message once corrected', async () => {
      const form = await signForm();
      stub = stubFetch([]);
      await fill(form, { email: 'not-an-address' });
      await submit(form);
      expect(describedBy(form, 'name')).to.equal(undefined);
      expect(describedBy(form, 'email')).to.equal('Please enter a valid email address.');
      expect(focusedId(form)).to.equal('email');
      await fill(form, { email: 'fixed@example.org' });
      expect(describedBy(form, 'email')).to.equal(undefined);
      expect($(form, '#email').hasAttribute('aria-invalid')).to.equal(false);
    });

    it('shows the server’s 422 field errors on the right fields, in the same words', async () => {
      const form = await signForm();
      stub = stubFetch([
        json(422, { error: 'Some fields need attention', fields: { email: 'invalid', name: 'too_long' } }),
      ]);
      await fill(form, { email: 'a@b' });
      await submit(form);
      await settled(form, stub);
      expect(describedBy(form, 'name')).to.equal('This is too long.');
      expect(describedBy(form, 'email')).to.equal('Please enter a valid email address.');
      expect(focusedId(form)).to.equal('name');
      expect(statusText(form)).to.equal('');
    });

    it('says a name the server calls invalid (invisible or direction-changing characters) must use visible ones', async () => {
      const form = await signForm();
      stub = stubFetch([json(422, { error: 'Some fields need attention', fields: { name: 'invalid' } })]);
      await fill(form);
      await submit(form);
      await settled(form, stub);
      expect(describedBy(form, 'name')).to.equal('Please use only visible characters in your name.');
      expect(focusedId(form)).to.equal('name');
    });
  });

  describe('sending', () => {
    it('posts JSON to {petition}/signatures without cookies or referrer, with an Idempotency-Key', async () => {
      const form = await signForm();
      stub = stubFetch([json(201, { count: 1 })]);
      await fill(form, { name: ' Ayşe\tYılmaz ', country: 'TR' });
      $(form, '#contact').checked = true;
      await submit(form);
      await settled(form, stub);
      const [{ url, init }] = stub.calls as [{ url: string; init: RequestInit }];
      expect(url).to.equal(SIGNATURES);
      expect(init).to.include({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
      expect(new Headers(init.headers).get('Content-Type')).to.equal('application/json');
      expect(stub.keys()[0]).to.match(/^[0-9a-f-]{32,36}$/);
      expect(JSON.parse(String(init.body))).to.deep.equal({
        name: 'Ayşe Yılmaz',
        email: 'ayse@example.org',
        country: 'TR',
        consent: true,
        contactOptIn: true,
        website: '',
        lang: 'en',
      });
    });

    it('sends its consent wording’s version (the slotted element’s, or its own attribute’s) and the framing page’s origin', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        `<div lang="en"><cw-sign-form petition="${PETITION}" frame-origin="https://partner.example"><span slot="consent" data-consent-version="0123456789abcdef">I agree</span></cw-sign-form></div>`,
      );
      const form = wrapper.querySelector('cw-sign-form')!;
      await form.updateComplete;
      stub = stubFetch([json(202, { confirm: 'email' })]);
      await fill(form);
      await submit(form);
      await settled(form, stub);
      expect(JSON.parse(String(stub.calls[0]!.init.body))).to.include({
        consentVersion: '0123456789abcdef',
        origin: 'https://partner.example',
      });

      const own = await signForm('en', `petition="${PETITION}" consent-version="fedcba9876543210"`);
      stub.restore();
      stub = stubFetch([json(202, { confirm: 'email' })]);
      await fill(own);
      await submit(own);
      await settled(own, stub);
      const body = JSON.parse(String(stub.calls[0]!.init.body));
      expect(body.consentVersion).to.equal('fedcba9876543210');
      expect(body).not.to.have.property('origin');
    });

    it('disables the button, marks the form busy and says so while sending', async () => {
      const form = await signForm();
      let answer!: (response: Response) => void;
      stub = stubFetch([new Promise((resolve) => (answer = resolve))]);
      await fill(form);
      await submit(form);
      await waitUntil(() => stub!.calls.length === 1);
      await form.updateComplete;
      expect($<HTMLButtonElement>(form, '.submit').disabled).to.equal(true);
      expect($(form, 'form').getAttribute('aria-busy')).to.equal('true');
      expect(statusText(form)).to.equal('Sending…');
      await expect(form).to.be.accessible();
      answer(json(201, { count: 2 }));
      await settled(form, stub);
    });

    it('keeps what was typed after a network error and retries with the same key', async () => {
      const form = await signForm();
      stub = stubFetch([new TypeError('Failed to fetch'), json(201, { count: 10 })]);
      await fill(form);
      await submit(form);
      await settled(form, stub);
      expect(statusText(form)).to.equal('Not sent. Check your connection.');
      // Said through the page's one live region, as every widget's status, never one in the shadow root.
      expect(announced()).to.deep.equal([['Not sent. Check your connection.', 'en']]);
      expect(form.shadowRoot!.querySelector('[role="status"], [aria-live]')).to.equal(null);
      expect($(form, '#name').value).to.equal('Ayşe Yılmaz');
      expect($(form, '#email').value).to.equal('ayse@example.org');
      expect(form.shadowRoot!.activeElement).to.equal($(form, '.retry'));
      await expect(form).to.be.accessible();
      $<HTMLButtonElement>(form, '.retry').click();
      await settled(form, stub, 2);
      const [first, second] = stub.keys();
      expect(first).to.be.a('string');
      expect(second).to.equal(first);
    });

    it('retries with the same key after a 503', async () => {
      const form = await signForm();
      stub = stubFetch([json(503, { error: 'The database does not answer' }), json(200, { count: 10 })]);
      await fill(form);
      await submit(form);
      await settled(form, stub);
      expect(statusText(form)).to.equal('Not sent. Check your connection.');
      await submit(form);
      await settled(form, stub, 2);
      expect(stub.keys()[1]).to.equal(stub.keys()[0]);
    });

    it('uses a new key once a value changed', async () => {
      const form = await signForm();
      stub = stubFetch([new TypeError('Failed to fetch'), json(201, { count: 10 })]);
      await fill(form);
      await submit(form);
      await settled(form, stub);
      await fill(form, { email: 'other@example.org' });
      await submit(form);
      await settled(form, stub, 2);
      expect(stub.keys()[1]).not.to.equal(stub.keys()[0]);
    });

    it('says when to try again after a 429, from Retry-After', async () => {
      const form = await signForm();
      stub = stubFetch([
        json(429, { error: 'Too many' }, { 'Retry-After': '30' }),
        json(429, { error: 'Too many' }, { 'Retry-After': '120' }),
      ]);
      await fill(form);
      await submit(form);
      await settled(form, stub);
      expect(statusText(form)).to.equal('Too many attempts. Try again in 30 seconds.');
      await expect(form).to.be.accessible();
      await submit(form);
      await settled(form, stub, 2);
      expect(statusText(form)).to.equal('Too many attempts. Try again in 2 minutes.');
      form.parentElement!.lang = 'fr';
      await waitUntil(() => statusText(form) === 'Trop de tentatives. Réessayez dans 2 minutes.');
      // Uyghur, which the browser's Intl lacks: our CLDR data, not "in 2 minutes" inside a Uyghur sentence.
      form.parentElement!.lang = 'ug';
      await waitUntil(() => statusText(form) === 'سىناش بەك كۆپ بولدى. 2 مىنۇتتىن كېيىن قايتا سىناڭ.');
      // And the countries in Uyghur too.
      expect($(form, '#country').querySelector<HTMLOptionElement>('option[value="DE"]')!.textContent!.trim()).to.equal(
        'گېرمانىيە',
      );
    });

    for (const status of [400, 413, 415]) {
      it(`gives a general error for ${status}`, async () => {
        const form = await signForm();
        stub = stubFetch([json(status, { error: 'No' })]);
        await fill(form);
        await submit(form);
        await settled(form, stub);
        expect(statusText(form)).to.equal('Not sent. Please try again later.');
        expect(form.shadowRoot!.querySelector('.retry')).to.equal(null);
      });
    }
  });

  describe('after signing', () => {
    it('asks the signer to check their inbox when the petition confirms by e-mail, and tells the page no count', async () => {
      const form = await signForm();
      stub = stubFetch([json(202, { confirm: 'email' })]);
      await fill(form);
      let fired = false;
      form.addEventListener('cw-signed', () => (fired = true));
      await submit(form);
      await settled(form, stub);
      await form.updateComplete;
      expect($(form, 'form').hidden).to.equal(true);
      const thanks = $(form, '[part="thanks"]');
      expect(thanks.hidden).to.equal(false);
      expect(thanks.textContent!.replace(/\s+/g, ' ').trim()).to.contain(
        'Almost done: check your inbox. We sent you an email. Your signature counts once you confirm it with the link inside.',
      );
      expect(thanks.textContent).not.to.contain('signatures');
      expect(form.shadowRoot!.activeElement).to.equal(thanks);
      expect(fired).to.equal(false);
      await expect(form).to.be.accessible();
    });

    it('fires cw-signed with the petition and count, thanks the signer and offers sharing links', async () => {
      const form = await signForm();
      stub = stubFetch([json(201, { count: 1235 })]);
      await fill(form);
      const signed = oneEvent(form, 'cw-signed');
      await submit(form);
      const event = await signed;
      expect(event.detail).to.deep.equal({ petition: PETITION, count: 1235 });
      expect(event.bubbles && event.composed).to.equal(true);
      await form.updateComplete;
      expect($(form, 'form').hidden).to.equal(true);
      const thanks = $(form, '[part="thanks"]');
      expect(thanks.hidden).to.equal(false);
      expect(thanks.textContent!.replace(/\s+/g, ' ')).to.contain('Thank you for signing! 1,235 signatures');
      expect(form.shadowRoot!.activeElement).to.equal(thanks);
      const links = [...form.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="share"] a')];
      expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
        'Email',
        'WhatsApp',
        'Telegram',
        'X',
        'Facebook',
      ]);
      const url = encodeURIComponent('https://campaign.example/close');
      expect(links[0]!.href).to.equal(`mailto:?subject=&body=${url}`);
      expect(links[1]!.href).to.equal(`https://wa.me/?text=${url}`);
      expect(links[2]!.href).to.equal(`https://t.me/share/url?url=${url}&text=`);
      expect(links[3]!.href).to.equal(`https://x.com/intent/post?text=&url=${url}`);
      expect(links[4]!.href).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${url}`);
      for (const link of links.slice(1)) {
        expect(link.protocol).to.equal('https:');
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
      }
      await expect(form).to.be.accessible();
    });

    it('copies the link and says so', async () => {
      const form = await signForm('en', `petition="${PETITION}" share-url="/close" share-text="Close the camps"`);
      stub = stubFetch([json(200, { count: 3 })]);
      const copied: string[] = [];
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void copied.push(text) },
      });
      try {
        await fill(form);
        await submit(form);
        await settled(form, stub);
        expect(form.shadowRoot!.querySelector<HTMLAnchorElement>('[part="share"] a')!.href).to.contain(
          'subject=Close%20the%20camps',
        );
        [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="share"] button')].at(-1)!.click();
        await waitUntil(() => statusText(form) === 'Link copied');
        expect(copied).to.deep.equal([new URL('/close', document.baseURI).href]);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });

    it('offers the system share sheet instead of links where there is one', async () => {
      const form = await signForm();
      stub = stubFetch([json(201, { count: 3 })]);
      const shared: ShareData[] = [];
      Object.assign(navigator, { canShare: () => true, share: async (data: ShareData) => void shared.push(data) });
      try {
        await fill(form);
        await submit(form);
        await settled(form, stub);
        expect(form.shadowRoot!.querySelector('[part="share"] a')).to.equal(null);
        form.shadowRoot!.querySelector<HTMLButtonElement>('[part="share"] button')!.click();
        await aTimeout(0);
        expect(shared).to.deep.equal([{ url: 'https://campaign.example/close', text: undefined }]);
      } finally {
        delete (navigator as { canShare?: unknown }).canShare;
        delete (navigator as { share?: unknown }).share;
      }
    });

    it('offers no sharing without share-url', async () => {
      const form = await signForm('en', `petition="${PETITION}"`);
      stub = stubFetch([json(201, { count: 3 })]);
      await fill(form);
      await submit(form);
      await settled(form, stub);
      expect(form.shadowRoot!.querySelector('[part="share"]')).to.equal(null);
    });
  });

  describe('bad attributes', () => {
    it('disables the form and warns for a petition that is not http(s)', async () => {
      const warnings = captureWarnings();
      try {
        const form = await signForm(
          'en',
          'petition="javascript:alert(1)" share-url="data:text/html,x" frame-origin="https://x.example/path"',
        );
        expect($<HTMLFieldSetElement>(form, 'fieldset').disabled).to.equal(true);
        expect(warnings.messages).to.deep.equal([
          '<cw-sign-form> petition: is not an http(s) or relative URL; the form is disabled.',
          '<cw-sign-form> share-url: is not an http(s) or relative URL; nothing is offered for sharing.',
          '<cw-sign-form> frame-origin: must be an origin such as https://partner.example; the form will not talk to its page.',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });
});
