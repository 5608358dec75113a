import type { Catalog } from './en.js';

export const ar: Catalog = {
  sourceLabel: 'المصدر:',
};
