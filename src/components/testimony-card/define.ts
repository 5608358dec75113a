import { defineElement } from '../../internal/define.js';
import { TestimonyCard } from './testimony-card.js';

export { TestimonyCard };

defineElement('cw-testimony-card', TestimonyCard);

declare global {
  interface HTMLElementTagNameMap {
    'cw-testimony-card': TestimonyCard;
  }
}
