import type { en } from './en.js';
import type { signFormEn } from './sign-form/en.js';

/** One string per plural category of a language; `other` is the one every language has. */
export type PluralTerm = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A catalog shaped like its English reference: plain strings stay strings, plural terms stay plural. */
type CatalogOf<Reference> = { readonly [K in keyof Reference]: Reference[K] extends string ? string : PluralTerm };

/** The widgets' strings. They ship in the partner bundle. */
export type WidgetCatalog = CatalogOf<typeof en>;
/** The sign-up form's strings. They ship with the form only (`sign-form.js`), never in the partner bundle. */
export type SignFormCatalog = CatalogOf<typeof signFormEn>;
/** Every built-in string, by key. */
export type Catalog = WidgetCatalog & SignFormCatalog;

type Reference = typeof en & typeof signFormEn;
/** Keys of plain strings. */
export type TermKey = { [K in keyof Reference]: Reference[K] extends string ? K : never }[keyof Reference];
/** Keys of plural terms. */
export type PluralKey = Exclude<keyof Reference, TermKey>;
