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
 * So is a number too large to hold.
 */
export function parsePlainNumber(text: string | null | undefined): number | undefined {
  const value = text != null && PLAIN_NUMBER.test(text) ? Number(text) : undefined;
  // Digits beyond what a double holds ("999…" × 400) would read as Infinity: shown as written instead.
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}
