import { defineElement } from '../../internal/define.js';
import { SignatureCounter } from './signature-counter.js';

export { SignatureCounter };

defineElement('cw-signature-counter', SignatureCounter);

declare global {
  interface HTMLElementTagNameMap {
    'cw-signature-counter': SignatureCounter;
  }
}
