import type { Catalog } from './en.js';

export const fr: Catalog = {
  sourceLabel: 'Source\u00a0:',
};
