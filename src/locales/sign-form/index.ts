import { ar } from './ar.js';
import { de } from './de.js';
import { signFormEn } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { kk } from './kk.js';
import { kkArab } from './kk-arab.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { ug } from './ug.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';
import type { SignFormCatalog } from '../catalog.js';
import type { Locale } from '../languages.js';

/** The sign-up form's catalogs, added by the form when it loads; they carry the one term it shares with the widgets. */
export const SIGN_FORM_CATALOGS = {
  en: signFormEn,
  fr,
  es,
  ar,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ru,
  ug,
  kk,
  'kk-Arab': kkArab,
  tr,
  de,
} as const satisfies Record<Locale, SignFormCatalog>;
