import type { Catalog } from './en.js';

export const kk: Catalog = {
  sourceLabel: 'Дереккөз:',
};
