import type { Catalog } from './en.js';

export const ru: Catalog = {
  sourceLabel: 'Источник:',
};
