import { expect } from '@open-wc/testing';
import { formatNumber } from '../../src/internal/format.js';

describe('formatNumber', () => {
  it('writes English whole numbers as Intl.NumberFormat does, without asking it', () => {
    const values = [0, 7, 999, 1000, 12_345, 713_402, 1_000_000, -1234, -999_999, Number.MAX_SAFE_INTEGER];
    for (const locale of ['en', 'en-US', 'en-GB'])
      for (const value of values)
        expect(formatNumber(value, locale), `${value} ${locale}`).to.equal(new Intl.NumberFormat(locale).format(value));
  });

  it('leaves fractions, negative numbers, other English locales and compact figures to Intl', () => {
    expect(formatNumber(1234.5, 'en')).to.equal('1,234.5');
    expect(formatNumber(2.0005, 'en')).to.equal(new Intl.NumberFormat('en').format(2.0005));
    expect(formatNumber(-0, 'en')).to.equal(new Intl.NumberFormat('en').format(-0));
    expect(formatNumber(1e21, 'en')).to.equal(new Intl.NumberFormat('en').format(1e21));
    expect(formatNumber(1_000_000, 'en-IN')).to.equal('10,00,000');
    expect(formatNumber(713_402, 'en', 'compact')).to.equal('713K');
  });
});
