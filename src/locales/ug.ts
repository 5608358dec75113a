import type { Catalog } from './en.js';

export const ug: Catalog = {
  sourceLabel: 'مەنبە:',
};
