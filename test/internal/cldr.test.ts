import { expect } from '@open-wc/testing';
import { countryNamesLoaded, countryOptions, relativeTime } from '../../src/internal/countries.js';
import { formatNumber } from '../../src/internal/format.js';

// Chromium's ICU lacks Uyghur and formats Kazakh as English; the widgets must not. What the browser knows, it says.
/** A country's name in `lang`, once our names for it (a module of their own) have loaded. */
const nameOf = async (lang: string, code: string) => {
  await countryNamesLoaded(lang);
  return new Map(countryOptions(lang)).get(code);
};

describe('languages that hold without the browser’s CLDR data', () => {
  it('is tested where the browser lacks the data (else this proves nothing)', () => {
    expect(new Intl.NumberFormat('kk').format(1000000)).to.equal('1,000,000');
    expect(new Intl.DisplayNames('ug', { type: 'region' }).of('DE')).to.equal('Germany');
  });

  it('groups and abbreviates numbers as Kazakh and Uyghur write them', () => {
    expect(formatNumber(1000000, 'kk')).to.equal('1\u00a0000\u00a0000');
    expect(formatNumber(1234.5, 'kk')).to.equal('1\u00a0234,5');
    expect(formatNumber(713402, 'kk', 'compact')).to.equal('713\u00a0м.');
    expect(formatNumber(1250000, 'kk', 'compact')).to.equal('1,3\u00a0млн');
    expect(formatNumber(1000000, 'ug', 'compact')).to.equal('1مىليون');
    expect(formatNumber(713402, 'ug', 'compact')).to.equal('713مىڭ');
    expect(formatNumber(999999, 'ug', 'compact')).to.equal('1مىليون');
    expect(formatNumber(1000000, 'ug')).to.equal('1,000,000');
    // Kazakh in China is written in the Arabic script, as the browser knows.
    expect(formatNumber(1000000, 'kk-CN', 'compact')).to.equal('1\u00a0ميلليون');
  });

  it('names countries in Uyghur, Kazakh and Kazakh in Arabic script, loading only the language asked for', async () => {
    expect(await nameOf('ug', 'DE')).to.equal('گېرمانىيە');
    expect(await nameOf('ug-CN', 'KZ')).to.equal('قازاقىستان');
    expect(await nameOf('kk', 'DE')).to.equal('Германия');
    expect(await nameOf('kk-Arab', 'DE')).to.equal('گەرمانيا');
    expect(await nameOf('kk-CN', 'CN')).to.equal('قىتاي');
    expect(countryOptions('kk-Arab')).to.have.length(countryOptions('en').length);
    // CLDR names every country in Uyghur but the British Indian Ocean Territory, which keeps its code.
    expect(countryOptions('ug').filter(([code, name]) => name === code)).to.deep.equal([['IO', 'IO']]);
  });

  it('says relative times in Uyghur and Kazakh, with the language’s own numbers', () => {
    expect(relativeTime(2, 'minute', 'ug')).to.equal('2 مىنۇتتىن كېيىن');
    expect(relativeTime(30, 'second', 'kk')).to.equal('30 секундтан кейін');
    expect(relativeTime(1200, 'hour', 'kk')).to.equal('1\u00a0200 сағаттан кейін');
  });

  it('keeps the browser’s own data where it has it', async () => {
    expect(formatNumber(1000000, 'de')).to.equal('1.000.000');
    expect(formatNumber(1000000, 'ru', 'compact')).to.equal('1\u00a0млн');
    expect(await nameOf('fr', 'DE')).to.equal('Allemagne');
    expect(relativeTime(2, 'minute', 'en')).to.equal('in 2 minutes');
    expect(relativeTime(2, 'minute', 'kk-Arab')).to.equal('2 مينۋتتان كەيىن');
  });
});
