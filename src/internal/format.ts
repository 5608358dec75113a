import { NUMBERS } from '../locales/cldr/numbers.js';
import { shippedFor } from './cldr.js';

export const NOTATIONS = ['standard', 'compact'] as const;
export type Notation = (typeof NOTATIONS)[number];

type Format = (value: number) => string;
/** The English locales that group digits by three with commas, as `Intl` does. */
const ENGLISH = /^en(-US|-GB)?$/;
const formatters = new Map<string, Format>();

/** Formats a number in the given locale; formatters are cached because every tween frame formats. */
export function formatNumber(value: number, locale: string, notation: Notation = 'standard'): string {
  // English whole numbers from 0 up, without `Intl`: a page's first `Intl.NumberFormat` took Chromium 30 to 130 ms
  // here (the next 0.1 ms), in the task that renders the widgets (BENCHMARKS.md). The same text as `Intl`'s (tested).
  if (notation === 'standard' && ENGLISH.test(locale) && Number.isSafeInteger(value) && 1 / value > 0)
    return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  const key = `${locale}|${notation}`;
  let format = formatters.get(key);
  if (!format) {
    const browser = new Intl.NumberFormat(locale, { notation });
    const data = shippedFor(locale, NUMBERS);
    // The browser's, if it formats as CLDR says (a browser without the language's data formats as English).
    format =
      data && browser.format(1234.5) !== shipped(data, 1234.5, notation)
        ? (value) => shipped(data, value, notation)
        : browser.format;
    formatters.set(key, format);
  }
  return format(value);
}

const latin = new Map<Notation, Intl.NumberFormat>();

/** A number formatted with our CLDR data: the digits and rounding of `Intl` in English, the language's separators and words. */
function shipped(data: (typeof NUMBERS)[string], value: number, notation: Notation): string {
  let pattern = '0';
  let scaled = value;
  const exponent = Math.min(Math.floor(Math.log10(Math.abs(value))), 14);
  if (notation === 'compact' && exponent >= 3) {
    pattern = data.compact[exponent - 3];
    const digits = pattern.match(/0+/)![0].length;
    scaled = value / 10 ** (exponent - digits + 1);
    // Intl's compact rounding: two significant digits for one digit before the point, whole numbers otherwise.
    scaled = digits === 1 ? Math.round(scaled * 10) / 10 : Math.round(scaled);
    // 999,999 rounds to 1000K: that is 1M.
    if (scaled >= 10 ** digits && exponent < 14) return shipped(data, scaled * 10 ** (exponent - digits + 1), notation);
  }
  let english = latin.get(notation);
  if (!english)
    latin.set(
      notation,
      (english = new Intl.NumberFormat(
        'en',
        notation === 'compact' ? { maximumFractionDigits: 1, useGrouping: false } : {},
      )),
    );
  const text = english
    .formatToParts(scaled)
    .map(({ type, value: part }) => (type === 'group' ? data.group : type === 'decimal' ? data.decimal : part))
    .join('');
  return pattern.replace(/0+/, text);
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
