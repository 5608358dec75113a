import { BUILT_IN_CATALOGS, CATALOG_LOADERS } from '../locales/index.js';
import type { CatalogSet } from './localize.js';
import { WidgetElement } from './widget-element.js';

/** The base of the four widgets partner pages show: a WidgetElement that speaks the widgets' built-in strings. */
export abstract class PartnerWidget extends WidgetElement {
  /** @internal The widgets' strings (the sign-up form, a WidgetElement too, has its own). */
  static readonly catalogs: CatalogSet = { builtIn: BUILT_IN_CATALOGS, onDemand: CATALOG_LOADERS };
}
