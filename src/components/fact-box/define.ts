import { defineElement } from '../../internal/define.js';
import { FactBox } from './fact-box.js';

export { FactBox };

defineElement('cw-fact-box', FactBox);

declare global {
  interface HTMLElementTagNameMap {
    'cw-fact-box': FactBox;
  }
}
