import type { Catalog } from './en.js';

export const de: Catalog = {
  sourceLabel: 'Quelle:',
};
