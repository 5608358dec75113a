import { createHash } from 'node:crypto';
import { CONSENT } from '../src/locales/consent.js';
import type { Locale } from '../src/locales/languages.js';

export { CONSENT } from '../src/locales/consent.js';

/** A consent wording as a petitions file lists it: a partner's own (`inline`), in one language. */
export interface ConsentText {
  lang: string;
  text: string;
}

/** The version of a wording: the first 16 hex digits of SHA-256 over its language, a line feed and its exact text. */
export function consentVersion({ lang, text }: ConsentText): string {
  return createHash('sha256').update(`${lang}\n${text}`).digest('hex').slice(0, 16);
}

/** The version of the form page's own wording in a language of {@link CONSENT} (`en`, `ug`, `kk-Arab`…). */
export const catalogConsentVersion = (lang: Locale): string => consentVersion({ lang, text: CONSENT[lang][0] });

/** The form page's own wordings, in every language it ships. */
export const CATALOG_CONSENT: readonly ConsentText[] = Object.entries(CONSENT).map(([lang, [text]]) => ({
  lang,
  text,
}));
