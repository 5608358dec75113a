import { expect } from '@open-wc/testing';
import { checkedUrl, safeUrl } from '../../src/internal/safe-url.js';
import { captureWarnings } from '../helpers.js';

describe('safeUrl', () => {
  for (const url of [
    'https://www.amnesty.org/en/',
    'http://example.org',
    '/take-action',
    'petition?x=1',
    '#top',
    '//cdn.example.org/a.png',
  ]) {
    it(`keeps ${url}`, () => expect(safeUrl(url)).to.equal(url));
  }

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'blob:https://x/y',
    'mailto:a@b.c',
    '',
    '   ',
    null,
    undefined,
  ]) {
    it(`refuses ${JSON.stringify(url)}`, () => expect(safeUrl(url)).to.equal(undefined));
  }

  it('trims what it keeps', () => expect(safeUrl('  https://a.example/ ')).to.equal('https://a.example/'));
});

describe('checkedUrl', () => {
  const element = document.createElement('cw-test-widget');

  /** The URL `checkedUrl` keeps, and the warnings it gave. */
  function check(value: string, options?: { required?: boolean }) {
    const warnings = captureWarnings();
    try {
      return {
        url: checkedUrl(element, 'petition', value, 'the count is not updated', options),
        said: warnings.messages,
      };
    } finally {
      warnings.restore();
    }
  }

  it('keeps a safe URL without a word', () =>
    expect(check('https://a.example/p', { required: true })).to.deep.equal({ url: 'https://a.example/p', said: [] }));

  it('says once that an unsafe URL is refused, and what the element does instead', () =>
    expect(check('javascript:alert(1)').said).to.deep.equal([
      '<cw-test-widget> petition: is not an http(s) or relative URL; the count is not updated.',
    ]));

  it('says once that a required URL is missing, blank or not', () => {
    for (const blank of ['', '   ']) {
      expect(check(blank, { required: true })).to.deep.equal({
        url: undefined,
        said: ['<cw-test-widget> petition: is missing; the count is not updated.'],
      });
    }
  });

  it('says nothing of an optional URL left blank', () => {
    for (const blank of ['', '   ']) expect(check(blank).said).to.deep.equal([]);
  });
});
