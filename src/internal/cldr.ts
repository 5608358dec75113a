/**
 * CLDR data we ship (src/locales/cldr/, generated from Node's full ICU) for the languages a browser's `Intl` may
 * lack: Chromium's trimmed ICU has no Uyghur at all, claims Kazakh but formats its numbers, relative times and
 * country names in English, and names no country in Kazakh's Arabic script. The browser is asked first, at run time:
 * its data wins whenever it gives what CLDR says, so a browser that learns a language needs no change here.
 */

/**
 * The entry of `table` for a locale: its own tag, then its language in its likely script, then its language if that
 * is written in the same script (Kazakh's data is Cyrillic: not for kk-Arab, nor kk-CN).
 */
export function shippedFor<T>(locale: string, table: Readonly<Record<string, T>>): T | undefined {
  try {
    const parsed = new Intl.Locale(locale);
    const { script } = parsed.maximize();
    const sameScript = new Intl.Locale(parsed.language).maximize().script === script;
    return (
      table[parsed.baseName] ??
      table[`${parsed.language}-${script}`] ??
      (sameScript ? table[parsed.language] : undefined)
    );
  } catch {
    return undefined;
  }
}
