import { expect } from '@open-wc/testing';
import { BUILT_IN_CATALOGS } from '../../src/locales/index.js';
import { canonicalLocale, directionOfLanguage, LOCALES, shippedLocale } from '../../src/locales/languages.js';
import { SIGN_FORM_CATALOGS } from '../../src/locales/sign-form/index.js';

describe('the languages we ship', () => {
  it('are the one list both catalogs have, no more and no fewer', () => {
    expect(Object.keys(BUILT_IN_CATALOGS)).to.have.members([...LOCALES]);
    expect(Object.keys(SIGN_FORM_CATALOGS)).to.have.members([...LOCALES]);
  });

  it('are found from any tag: by itself, its likely script, its language, an alias, else English', () => {
    expect(shippedLocale('kk')).to.equal('kk');
    expect(shippedLocale('kk-CN')).to.equal('kk-Arab');
    expect(shippedLocale('KK-arab')).to.equal('kk-Arab');
    expect(shippedLocale('zh')).to.equal('zh-Hans');
    expect(shippedLocale('zh-CN')).to.equal('zh-Hans');
    expect(shippedLocale('zh-TW')).to.equal('zh-Hant');
    expect(shippedLocale('zh-HK')).to.equal('zh-Hant');
    expect(shippedLocale('fr-CA')).to.equal('fr');
    expect(shippedLocale('pt-BR')).to.equal('en');
    expect(shippedLocale('not a tag')).to.equal('en');
  });

  it('canonicalises a tag, and refuses a malformed one', () => {
    expect(canonicalLocale('ZH-hans-cn')).to.equal('zh-Hans-CN');
    expect(canonicalLocale('')).to.equal(undefined);
    expect(canonicalLocale('en_US')).to.equal(undefined);
  });

  it('know their direction from the likely script', () => {
    expect(['ar', 'ug', 'kk-Arab', 'kk-CN', 'fa'].map(directionOfLanguage)).to.deep.equal(Array(5).fill('rtl'));
    expect(['en', 'kk', 'ug-Latn', 'zh-Hans', 'not a tag'].map(directionOfLanguage)).to.deep.equal(
      Array(5).fill('ltr'),
    );
  });
});
