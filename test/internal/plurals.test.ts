import { expect, fixture } from '@open-wc/testing';
import { LitElement } from 'lit';
import { addCatalogs, LocalizeController } from '../../src/internal/localize.js';
import { BUILT_IN_CATALOGS, type PluralKey, type PluralTerm } from '../../src/locales/index.js';
import { SIGN_FORM_CATALOGS } from '../../src/locales/sign-form/index.js';

addCatalogs(BUILT_IN_CATALOGS);

/** The counts every plural term is tested with: each category of each shipped language, and the edges of its rules. */
const COUNTS = [0, 1, 2, 5, 21, 101, 1_000_000];

/**
 * Each language's every plural term, said for each count (the goal, for `signaturesOfGoal`, whose noun follows the goal:
 * "1 of 1,000,000 signatures"). Written out and read by a person once; a change to a catalog or to the browser's plural
 * rules shows here. Numbers are written plain, so this tests the words, not the digits (see format tests for those).
 */
const SAID: Record<string, Record<PluralKey, string[]>> = {
  en: {
    signatures: [
      '0 signatures',
      '1 signature',
      '2 signatures',
      '5 signatures',
      '21 signatures',
      '101 signatures',
      '1000000 signatures',
    ],
    signaturesOfGoal: [
      '1 of 0 signatures',
      '1 of 1 signature',
      '1 of 2 signatures',
      '1 of 5 signatures',
      '1 of 21 signatures',
      '1 of 101 signatures',
      '1 of 1000000 signatures',
    ],
  },
  fr: {
    signatures: [
      '0 signature',
      '1 signature',
      '2 signatures',
      '5 signatures',
      '21 signatures',
      '101 signatures',
      '1000000 de signatures',
    ],
    signaturesOfGoal: [
      '1 sur 0 signature',
      '1 sur 1 signature',
      '1 sur 2 signatures',
      '1 sur 5 signatures',
      '1 sur 21 signatures',
      '1 sur 101 signatures',
      '1 sur 1000000 de signatures',
    ],
  },
  es: {
    signatures: ['0 firmas', '1 firma', '2 firmas', '5 firmas', '21 firmas', '101 firmas', '1000000 de firmas'],
    signaturesOfGoal: [
      '1 de 0 firmas',
      '1 de 1 firma',
      '1 de 2 firmas',
      '1 de 5 firmas',
      '1 de 21 firmas',
      '1 de 101 firmas',
      '1 de 1000000 de firmas',
    ],
  },
  ar: {
    signatures: ['0 توقيع', '1 توقيع', '2 توقيع', '5 توقيعات', '21 توقيعًا', '101 توقيع', '1000000 توقيع'],
    signaturesOfGoal: [
      '1 من أصل 0 توقيع',
      '1 من أصل 1 توقيع',
      '1 من أصل 2 توقيع',
      '1 من أصل 5 توقيعات',
      '1 من أصل 21 توقيعًا',
      '1 من أصل 101 توقيع',
      '1 من أصل 1000000 توقيع',
    ],
  },
  'zh-Hans': {
    signatures: ['0 个签名', '1 个签名', '2 个签名', '5 个签名', '21 个签名', '101 个签名', '1000000 个签名'],
    signaturesOfGoal: [
      '1 / 0 个签名',
      '1 / 1 个签名',
      '1 / 2 个签名',
      '1 / 5 个签名',
      '1 / 21 个签名',
      '1 / 101 个签名',
      '1 / 1000000 个签名',
    ],
  },
  'zh-Hant': {
    signatures: ['0 個連署', '1 個連署', '2 個連署', '5 個連署', '21 個連署', '101 個連署', '1000000 個連署'],
    signaturesOfGoal: [
      '1 / 0 個連署',
      '1 / 1 個連署',
      '1 / 2 個連署',
      '1 / 5 個連署',
      '1 / 21 個連署',
      '1 / 101 個連署',
      '1 / 1000000 個連署',
    ],
  },
  ru: {
    signatures: ['0 подписей', '1 подпись', '2 подписи', '5 подписей', '21 подпись', '101 подпись', '1000000 подписей'],
    signaturesOfGoal: [
      '1 из 0 подписей',
      '1 из 1 подписи',
      '1 из 2 подписей',
      '1 из 5 подписей',
      '1 из 21 подписи',
      '1 из 101 подписи',
      '1 из 1000000 подписей',
    ],
  },
  ug: {
    signatures: ['0 ئىمزا', '1 ئىمزا', '2 ئىمزا', '5 ئىمزا', '21 ئىمزا', '101 ئىمزا', '1000000 ئىمزا'],
    signaturesOfGoal: [
      '1 / 0 ئىمزا',
      '1 / 1 ئىمزا',
      '1 / 2 ئىمزا',
      '1 / 5 ئىمزا',
      '1 / 21 ئىمزا',
      '1 / 101 ئىمزا',
      '1 / 1000000 ئىمزا',
    ],
  },
  kk: {
    signatures: [
      '0 қолтаңба',
      '1 қолтаңба',
      '2 қолтаңба',
      '5 қолтаңба',
      '21 қолтаңба',
      '101 қолтаңба',
      '1000000 қолтаңба',
    ],
    signaturesOfGoal: [
      '1 / 0 қолтаңба',
      '1 / 1 қолтаңба',
      '1 / 2 қолтаңба',
      '1 / 5 қолтаңба',
      '1 / 21 қолтаңба',
      '1 / 101 қолтаңба',
      '1 / 1000000 қолтаңба',
    ],
  },
  'kk-Arab': {
    signatures: [
      '0 قولتاڭبا',
      '1 قولتاڭبا',
      '2 قولتاڭبا',
      '5 قولتاڭبا',
      '21 قولتاڭبا',
      '101 قولتاڭبا',
      '1000000 قولتاڭبا',
    ],
    signaturesOfGoal: [
      '1 / 0 قولتاڭبا',
      '1 / 1 قولتاڭبا',
      '1 / 2 قولتاڭبا',
      '1 / 5 قولتاڭبا',
      '1 / 21 قولتاڭبا',
      '1 / 101 قولتاڭبا',
      '1 / 1000000 قولتاڭبا',
    ],
  },
  tr: {
    signatures: ['0 imza', '1 imza', '2 imza', '5 imza', '21 imza', '101 imza', '1000000 imza'],
    signaturesOfGoal: [
      '1 / 0 imza',
      '1 / 1 imza',
      '1 / 2 imza',
      '1 / 5 imza',
      '1 / 21 imza',
      '1 / 101 imza',
      '1 / 1000000 imza',
    ],
  },
  de: {
    signatures: [
      '0 Unterschriften',
      '1 Unterschrift',
      '2 Unterschriften',
      '5 Unterschriften',
      '21 Unterschriften',
      '101 Unterschriften',
      '1000000 Unterschriften',
    ],
    signaturesOfGoal: [
      '1 von 0 Unterschriften',
      '1 von 1 Unterschrift',
      '1 von 2 Unterschriften',
      '1 von 5 Unterschriften',
      '1 von 21 Unterschriften',
      '1 von 101 Unterschriften',
      '1 von 1000000 Unterschriften',
    ],
  },
};

/** Languages whose nouns do not change after a numeral: one string (`other`) serves every count. */
const UNINFLECTED = ['zh-Hans', 'zh-Hant', 'ug', 'kk', 'kk-Arab', 'tr'];

class PluralProbe extends LitElement {
  readonly asServer = false;
  readonly localize = new LocalizeController(this);
}
customElements.define('cw-plural-probe', PluralProbe);

describe('plurals', () => {
  it('are tested for every shipped language and every plural term', () => {
    expect(Object.keys(SAID)).to.have.members(Object.keys(BUILT_IN_CATALOGS));
    const pluralKeys = Object.keys(BUILT_IN_CATALOGS.en).filter(
      (key) => typeof BUILT_IN_CATALOGS.en[key as keyof typeof BUILT_IN_CATALOGS.en] !== 'string',
    );
    for (const said of Object.values(SAID)) expect(Object.keys(said)).to.have.members(pluralKeys);
  });

  for (const [tag, terms] of Object.entries(SAID)) {
    it(`in ${tag}: every term for ${COUNTS.join(', ')}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(`<div lang="${tag}"><cw-plural-probe></cw-plural-probe></div>`);
      const { localize } = wrapper.querySelector<PluralProbe>('cw-plural-probe')!;
      for (const [key, expected] of Object.entries(terms) as [PluralKey, string[]][]) {
        const said = COUNTS.map((n) =>
          key === 'signaturesOfGoal'
            ? localize.plural(key, n, { count: '1', goal: String(n) })
            : localize.plural(key, n, { count: String(n) }),
        );
        expect(said, `${tag} ${key}`).to.deep.equal(expected);
      }
    });

    it(`in ${tag}: every catalog writes each plural category the language has`, () => {
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      const catalogs = [BUILT_IN_CATALOGS, SIGN_FORM_CATALOGS].map(
        (all) => all[tag as keyof typeof all] as Record<string, unknown>,
      );
      for (const catalog of catalogs) {
        for (const [key, term] of Object.entries(catalog).filter(([, value]) => typeof value !== 'string') as [
          string,
          PluralTerm,
        ][]) {
          const written = Object.keys(term);
          if (UNINFLECTED.includes(tag)) expect(written, `${tag} ${key}`).to.deep.equal(['other']);
          else expect(written, `${tag} ${key}`).to.have.members(categories);
        }
      }
    });
  }
});
