import { expect, fixture } from '@open-wc/testing';
import { LitElement } from 'lit';
import { addCatalogs, LocalizeController, type StringOverrides } from '../../src/internal/localize.js';
import { BUILT_IN_CATALOGS } from '../../src/locales/index.js';
import { nextFrame } from '../helpers.js';

// As the widgets' base class does (partner-widget.ts).
addCatalogs(BUILT_IN_CATALOGS);

class LocalizedProbe extends LitElement {
  strings?: StringOverrides;
  readonly asServer = false;
  readonly localize = new LocalizeController(this);
  override render() {
    return this.localize.term('sourceLabel');
  }
}
customElements.define('cw-localize-probe', LocalizedProbe);

async function probeIn(lang: string | undefined) {
  const wrapper = await fixture<HTMLDivElement>(
    `<div ${lang === undefined ? '' : `lang="${lang}"`}><cw-localize-probe></cw-localize-probe></div>`,
  );
  const probe = wrapper.querySelector<LocalizedProbe>('cw-localize-probe')!;
  await probe.updateComplete;
  return probe;
}

describe('LocalizeController', () => {
  const cases: [string, string][] = [
    ['en', 'Source:'],
    ['fr-CA', 'Source\u00a0:'],
    ['es-419', 'Fuente:'],
    ['ar', 'المصدر:'],
    ['zh-Hans-CN', '来源：'],
    ['zh-CN', '来源：'],
    ['zh-TW', '來源：'],
    ['zh-HK', '來源：'],
    ['zh', '来源：'],
    ['ru', 'Источник:'],
    ['ug-CN', 'مەنبە:'],
    ['kk', 'Дереккөз:'],
    ['kk-Arab', 'دەرەككٶز:'],
    // Kazakh in China: its likely script is Arabic.
    ['kk-CN', 'دەرەككٶز:'],
    ['tr', 'Kaynak:'],
    ['de-CH', 'Quelle:'],
    ['pt', 'Source:'],
    ['not a tag!', 'Source:'],
    ['', 'Source:'],
  ];
  for (const [lang, expected] of cases) {
    it(`finds the catalog for lang="${lang}"`, async () => {
      expect((await probeIn(lang)).shadowRoot!.textContent).to.equal(expected);
    });
  }

  it('gives Intl a valid locale even for a malformed lang', async () => {
    expect((await probeIn('not a tag!')).localize.lang).to.equal('en');
    expect((await probeIn('ZH-hans-cn')).localize.lang).to.equal('zh-Hans-CN');
  });

  it('picks the plural form the language uses for a count', async () => {
    const russian = (await probeIn('ru')).localize;
    const say = (count: number) => russian.plural('signatures', count, { count: String(count) });
    expect([1, 3, 5, 21].map(say)).to.deep.equal(['1 подпись', '3 подписи', '5 подписей', '21 подпись']);
    const arabic = (await probeIn('ar')).localize;
    expect(arabic.plural('signatures', 2, { count: '٢' })).to.equal('٢ توقيع');
    const french = (await probeIn('fr')).localize;
    expect(french.plural('signatures', 1_000_000, { count: '1 000 000' })).to.equal('1 000 000 de signatures');
    expect(french.plural('signaturesOfGoal', 1_000_000, { count: '5', goal: '1 000 000' })).to.equal(
      '5 sur 1 000 000 de signatures',
    );
  });

  it('fills placeholders and takes plural overrides from the element, ignoring malformed ones', async () => {
    const probe = await probeIn('en');
    probe.strings = { signatures: { one: '{count} voice', other: '{count} voices' } };
    expect(probe.localize.plural('signatures', 2, { count: '2' })).to.equal('2 voices');
    probe.strings = { signatures: 'not a plural term' } as never;
    expect(probe.localize.plural('signatures', 1, { count: '1' })).to.equal('1 signature');
    expect(probe.localize.term('sourceLabel', { unused: 'x' })).to.equal('Source:');
  });

  it('stops following the page once disconnected', async () => {
    const probe = await probeIn('en');
    const parent = probe.parentElement!;
    probe.remove();
    parent.lang = 'de';
    await nextFrame();
    expect(probe.localize.lang).to.equal('en');
    parent.append(probe);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Quelle:');
  });
});
