import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, fill, json, settled, signForm, stubFetch, submit } from './form-helpers.js';

describe('<cw-sign-form> at 320 px', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** What sticks out of a 320 px frame, in the form page's own layout (server/form-page.ts: body padding 0.25em). */
  const outside = (form: Element) =>
    [form, ...form.shadowRoot!.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > 320.5 || element.getBoundingClientRect().left < -0.5)
      .map(
        (element) =>
          `${element.localName}.${element.className} ${Math.round(element.getBoundingClientRect().left)}–${Math.round(element.getBoundingClientRect().right)}`,
      );

  it('fits a 320 px frame without scrolling sideways, in English and German, empty, with errors and signed', async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.classList.add('form-page');
    const page = document.createElement('style');
    page.textContent = 'body.form-page { margin: 0; padding: 0.25em; font: 100%/1.5 system-ui, sans-serif; }';
    document.head.append(page);
    try {
      for (const lang of ['en', 'de', 'ug']) {
        const form = await signForm(lang);
        if (lang === 'ug') form.parentElement!.dir = 'rtl';
        await form.updateComplete;
        expect(outside(form), `${lang}, empty`).to.deep.equal([]);
        await submit(form);
        expect(outside(form), `${lang}, with errors`).to.deep.equal([]);
        const stub = stubFetch([json(201, { count: 1000000 })]);
        try {
          await fill(form);
          await submit(form);
          await settled(form, stub);
        } finally {
          stub.restore();
        }
        expect(outside(form), `${lang}, signed`).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
      }
    } finally {
      page.remove();
      document.body.classList.remove('form-page');
    }
  });

  it('writes the e-mail address left to right in a right-to-left form', async () => {
    const form = await signForm('ug');
    form.parentElement!.dir = 'rtl';
    await form.updateComplete;
    expect(getComputedStyle($(form, '#email')).direction).to.equal('ltr');
    expect(getComputedStyle($(form, '#name')).direction).to.equal('rtl');
  });
});
