import { expect } from '@open-wc/testing';
import { BUILT_IN_CATALOGS } from '../../src/locales/index.js';
import { CONTENT, contentIn } from '../../stories/content.js';

// The stories' content in every shipped language (stories/content.ts): complete, translated, and marked for review.

/** Every text of a language's content, by path ("gulzire.quote"). */
function texts(value: object, path = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'string'
      ? [[`${path}${key}`, inner] as [string, string]]
      : typeof inner === 'object'
        ? texts(inner, `${path}${key}.`)
        : [],
  );
}
const NAMES = /(^|\.)name$/;

describe('story content', () => {
  it('is there for every shipped language', () => {
    expect(Object.keys(CONTENT)).to.have.members(Object.keys(BUILT_IN_CATALOGS));
  });

  for (const [locale, content] of Object.entries(CONTENT)) {
    it(`in ${locale}: every text written, and translated (not English), but names in Latin script`, () => {
      const english = new Map(texts(CONTENT.en));
      const own = texts(content);
      expect(own.map(([path]) => path)).to.deep.equal([...english.keys()]);
      for (const [path, text] of own) {
        expect(text.trim(), `${locale} ${path}`).not.to.equal('');
        if (locale !== 'en' && !NAMES.test(path))
          expect(text, `${locale} ${path} is English`).not.to.equal(english.get(path));
      }
    });
  }

  it('marks every translation for review until a native speaker has read it', () => {
    expect(
      Object.entries(CONTENT)
        .filter(([, content]) => content.reviewed)
        .map(([locale]) => locale),
    ).to.deep.equal(['en']);
  });

  it('follows a regional tag to its language, and falls back to English', () => {
    expect(contentIn('ar-EG')).to.equal(CONTENT.ar);
    expect(contentIn('kk-Arab')).to.equal(CONTENT['kk-Arab']);
    expect(contentIn('pt')).to.equal(CONTENT.en);
  });
});
