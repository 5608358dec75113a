import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { kk } from './kk.js';
import { kkArab } from './kk-arab.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { ug } from './ug.js';
import { zhHans } from './zh-hans.js';

export type { Catalog, PluralKey, PluralTerm, SignFormCatalog, TermKey, WidgetCatalog } from './catalog.js';
export { en };

/** The widgets' catalogs, shipped in the bundle, by BCP 47 tag. They are tiny, so none is loaded lazily. */
export const BUILT_IN_CATALOGS = { en, fr, es, ar, 'zh-Hans': zhHans, ru, ug, kk, 'kk-Arab': kkArab, tr, de } as const;

export type BuiltInLocale = keyof typeof BUILT_IN_CATALOGS;
