import { shippedLocale } from '../src/locales/languages.js';
import { MAIL_TEXTS, type MailTexts } from '../src/locales/mail.js';

export type { MailTexts };

/** The texts for a BCP 47 tag (by its language, and its script where that has texts of its own), and the language they are actually in. */
export function mailTexts(lang: string): { texts: MailTexts; lang: string } {
  const language = shippedLocale(lang);
  return { texts: MAIL_TEXTS[language], lang: language };
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
