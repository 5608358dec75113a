import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/safe-url.js';

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
