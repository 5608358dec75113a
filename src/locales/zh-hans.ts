import type { Catalog } from './en.js';

export const zhHans: Catalog = {
  sourceLabel: '来源：',
};
