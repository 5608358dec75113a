import type { Catalog } from './en.js';

export const tr: Catalog = {
  sourceLabel: 'Kaynak:',
};
