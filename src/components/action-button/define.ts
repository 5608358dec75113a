import { defineElement } from '../../internal/define.js';
import { ActionButton } from './action-button.js';

export { ActionButton };

defineElement('cw-action-button', ActionButton);

declare global {
  interface HTMLElementTagNameMap {
    'cw-action-button': ActionButton;
  }
}
