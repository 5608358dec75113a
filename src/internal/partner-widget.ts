import { BUILT_IN_CATALOGS, CATALOG_LOADERS } from '../locales/index.js';
import { addCatalogLoaders, addCatalogs } from './localize.js';
import { WidgetElement } from './widget-element.js';

// The widgets' strings come with the widgets. The sign-up form, a WidgetElement too, brings its own instead, so
// neither weighs on the other's page.
addCatalogs(BUILT_IN_CATALOGS);
addCatalogLoaders(CATALOG_LOADERS);

/** The base of the four widgets partner pages show: a WidgetElement that has the widgets' built-in strings. */
export abstract class PartnerWidget extends WidgetElement {}
