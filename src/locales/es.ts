import type { Catalog } from './en.js';

export const es: Catalog = {
  sourceLabel: 'Fuente:',
};
