import { defineElement } from '../../internal/define.js';
import { SignForm } from './sign-form.js';

export { SignForm };

defineElement('cw-sign-form', SignForm);

declare global {
  interface HTMLElementTagNameMap {
    'cw-sign-form': SignForm;
  }
}
