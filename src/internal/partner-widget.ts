import { BUILT_IN_CATALOGS } from '../locales/index.js';
import { addCatalogs } from './localize.js';
import { WidgetElement } from './widget-element.js';

// The widgets' strings come with the widgets. The sign-up form, a WidgetElement too, brings its own instead, so
// neither weighs on the other's page.
addCatalogs(BUILT_IN_CATALOGS);

/** The base of the four widgets partner pages show: a WidgetElement that has the widgets' built-in strings. */
export abstract class PartnerWidget extends WidgetElement {}
