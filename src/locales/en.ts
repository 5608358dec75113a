/** English: the reference catalog. Every other catalog has exactly these keys. */
export const en = {
  /** Introduces the citation under a figure or a quote. */
  sourceLabel: 'Source:',
};

/** The built-in strings of every widget, by key. */
export type Catalog = { readonly [Key in keyof typeof en]: string };
