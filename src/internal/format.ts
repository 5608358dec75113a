export const NOTATIONS = ['standard', 'compact'] as const;
export type Notation = (typeof NOTATIONS)[number];

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number in the given locale; formatters are cached because every tween frame formats. */
export function formatNumber(value: number, locale: string, notation: Notation = 'standard'): string {
  const key = `${locale}|${notation}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { notation });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

const PLAIN_NUMBER = /^\s*[-+]?\d+(?:\.\d+)?\s*$/;

/**
 * Reads a number written the way HTML attributes carry one ("1000000", "2.5").
 * Anything else, "1,000,000" included, is text: its grouping depends on a language we cannot guess.
 */
export function parsePlainNumber(text: string | null | undefined): number | undefined {
  return text != null && PLAIN_NUMBER.test(text) ? Number(text) : undefined;
}
