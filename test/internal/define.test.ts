import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';
import { captureWarnings } from '../helpers.js';
import packageJson from '../../package.json' with { type: 'json' };

class First extends HTMLElement {
  static readonly version = VERSION;
}
class SameVersion extends HTMLElement {
  static readonly version = VERSION;
}
class OtherVersion extends HTMLElement {
  static readonly version = '0.0.1';
}

describe('defineElement', () => {
  it('registers a free tag', () => {
    defineElement('cw-define-test', First);
    expect(customElements.get('cw-define-test')).to.equal(First);
  });

  it('does nothing, silently, when the same version registers the tag again', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('cw-define-test', First)).not.to.throw();
      expect(() => defineElement('cw-define-test', SameVersion)).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('cw-define-test')).to.equal(First);
  });

  it('keeps the first registration and warns once when another version tries', () => {
    const warnings = captureWarnings();
    try {
      expect(() => defineElement('cw-define-test', OtherVersion)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(customElements.get('cw-define-test')).to.equal(First);
    expect(warnings.messages).to.deep.equal([
      `<cw-define-test> is already defined by campaign-widgets ${VERSION}; campaign-widgets 0.0.1 left it as it is.`,
    ]);
  });

  it('knows its own version', () => expect(VERSION).to.equal(packageJson.version));
});
