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
import { zhHant } from './zh-hant.js';

import type { WidgetCatalog } from './catalog.js';
import type { Locale } from './languages.js';

export type { Catalog, PluralKey, PluralTerm, SignFormCatalog, TermKey, WidgetCatalog } from './catalog.js';
export { en };

/**
 * The widgets' catalogs, by BCP 47 tag. The npm build has them all, for the app's bundler to split as it likes. The
 * partner bundle has English alone, and loads the others on first use (rollup.config.mjs, `loadCatalogsOnDemand`).
 */
export const BUILT_IN_CATALOGS = {
  en,
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
} as const satisfies Record<Locale, WidgetCatalog>;

export type BuiltInLocale = keyof typeof BUILT_IN_CATALOGS;

/** Catalogs loaded on first use: none here, where every catalog is at hand; the partner bundle fills it in. */
export const CATALOG_LOADERS: Readonly<Record<string, () => Promise<WidgetCatalog>>> = {};
