/**
 * The languages we ship, and how a language tag finds one. Every set of strings (the widgets' and the form's catalogs,
 * the form page's consent, the server's mail) is typed against this one list, so none can lack a language another has.
 * No DOM and nothing that runs at import: the server reads it too.
 */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh-Hans', 'zh-Hant', 'ru', 'ug', 'kk', 'kk-Arab', 'tr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Lower-case tags with no strings of their own that read another's: Chinese without a script or region reads Simplified
 * (a region finds its script first: `zh-TW` reads Traditional).
 */
export const LOCALE_ALIASES: Readonly<Record<string, Locale>> = { zh: 'zh-Hans' };

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924), among those a language's likely script can be. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa']);

/** The direction a language is written in, from its likely script: `ug` → rtl, `ug-Latn` → ltr. */
export function directionOfLanguage(lang: string): Direction {
  try {
    const script = new Intl.Locale(lang).maximize().script;
    return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** `lang` as a canonical BCP 47 tag for `Intl`; `undefined` when it is empty or malformed. */
export function canonicalLocale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/**
 * The lower-case tags a canonical tag finds strings under, most specific first: itself, its language in its likely
 * script, its language (`kk-CN` → `kk-cn`, `kk-arab`, `kk`).
 */
export function fallbackTags(locale: string): string[] {
  const parsed = new Intl.Locale(locale);
  // English is written in Latin wherever it is spoken (CLDR's likely subtags), which a page's first `maximize()` took
  // Chromium 6 to 11 ms to say.
  const likely = parsed.language === 'en' && !parsed.script ? { language: 'en', script: 'Latn' } : parsed.maximize();
  return [parsed.baseName, `${likely.language}-${likely.script}`, parsed.language].map((tag) => tag.toLowerCase());
}

/** The shipped language a tag reads: the first of its fallback tags we ship (or that an alias names), else English. */
export function shippedLocale(lang: string): Locale {
  const locale = canonicalLocale(lang);
  for (const tag of locale ? fallbackTags(locale) : []) {
    const shipped = LOCALES.find((candidate) => candidate.toLowerCase() === tag) ?? LOCALE_ALIASES[tag];
    if (shipped) return shipped;
  }
  return 'en';
}
