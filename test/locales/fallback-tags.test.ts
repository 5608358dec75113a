import { expect } from '@open-wc/testing';
import { fallbackTags } from '../../src/locales/languages.js';

describe('fallbackTags', () => {
  it('finds the likely script as Intl.Locale#maximize does, English without asking it', () => {
    const regions = [
      '',
      'US',
      'GB',
      'IN',
      'PK',
      'NG',
      'CA',
      'AU',
      'ZA',
      'IE',
      'CN',
      'RU',
      'KZ',
      'TW',
      'HK',
      'DE',
      'IL',
    ];
    const languages = ['en', 'fr', 'ug', 'kk', 'zh', 'ru', 'ar', 'tr', 'de', 'es', 'und'];
    for (const language of languages)
      for (const region of regions) {
        const locale = new Intl.Locale(region ? `${language}-${region}` : language);
        const likely = locale.maximize();
        expect(fallbackTags(locale.toString()), locale.toString()).to.deep.equal(
          [locale.baseName, `${likely.language}-${likely.script}`, locale.language].map((tag) => tag.toLowerCase()),
        );
      }
    expect(fallbackTags('en-Shaw-GB')).to.deep.equal(['en-shaw-gb', 'en-shaw', 'en']);
  });
});
