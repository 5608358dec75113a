import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { petitionPath } from '../../src/contract/petition.js';
import type { WidgetCatalog } from '../../src/locales/catalog.js';
import { directionOfLanguage } from '../../src/locales/languages.js';
import type { RouteContext } from '../route-context.js';

export const EMBED_WIDGETS_PATH = '/embed/widgets.json';

/** What kind of control an attribute takes in the embed builder. */
export type ControlKind = 'text' | 'url' | 'number' | 'boolean' | 'enum' | 'json';

export interface BuilderAttribute {
  name: string;
  kind: ControlKind;
  description: string;
  /** The element's default, as the attribute would spell it (`''` for none). */
  default: string;
  /** For `enum`: the values it takes. */
  values?: string[];
}

export interface BuilderWidget {
  tag: string;
  summary: string;
  attributes: BuilderAttribute[];
  slots: { name: string; description: string }[];
}

export interface BuilderToken {
  name: string;
  default: string;
  description: string;
  kind: 'color' | 'text';
}

/** The widgets' words that the no-script fallbacks say (demo/embed/fallbacks.js): only these cross the wire. */
const FALLBACK_KEYS = ['contentNote', 'showTestimony', 'sourceLabel', 'signatures'] as const;
export type FallbackTerms = Pick<WidgetCatalog, (typeof FALLBACK_KEYS)[number]>;

/** What `/embed/widgets.json` answers: everything the builder's form is made from. */
export interface BuilderData {
  widgets: BuilderWidget[];
  tokens: BuilderToken[];
  locales: string[];
  /** The languages written right to left: the builder sets `dir="rtl"` with them, so layout follows the text. */
  rightToLeft: string[];
  /**
   * Each language's words for the fallbacks, from the widgets' own catalogs, so that readers without JavaScript read
   * the language the editor chose. A term a catalog lacks is left out: the builder says it in English.
   */
  fallbackTerms: Record<string, Partial<FallbackTerms>>;
  petitions: { id: string; title: string; path: string }[];
}

/** The partner bundle's elements, the ones a partner pastes (the sign-up form lives on the petition's own origin). */
const PARTNER_TAGS = ['cw-action-button', 'cw-testimony-card', 'cw-fact-box', 'cw-signature-counter'];

interface ManifestElement {
  tagName?: string;
  summary?: string;
  attributes?: { name: string; fieldName?: string; default?: string; description?: string; type?: { text: string } }[];
  slots?: { name: string; description?: string }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}

interface Manifest {
  modules: { declarations?: ManifestElement[] }[];
}

/** web-types.json: the editors' data, where the build spelled out each attribute's type (`'standard' | 'compact'`). */
interface WebTypes {
  contributions: { html: { elements: { name: string; attributes: { name: string; value?: { type?: string } }[] }[] } };
}

/** An attribute that holds an address: its name says so. */
const URL_ATTRIBUTE = /(^|-)(href|src|url)$|^petition$/;
/** A token's default that is a colour (`#ffd400`, `transparent`…), or a colour token that inherits one. */
const COLOR_TOKEN = /^--cw-color-/;

/** Each attribute's control, from its type as the build spelled it out. */
function attributeKind(name: string, type: string, manifestType: string): { kind: ControlKind; values?: string[] } {
  const literals = type.split(' | ').map((part) => /^'(.*)'$/.exec(part)?.[1]);
  if (literals.every((literal) => literal !== undefined)) return { kind: 'enum', values: literals as string[] };
  if (type === 'number' || type === 'boolean') return { kind: type };
  // StringOverrides: a JSON object in the attribute.
  if (/^StringOverrides\b/.test(manifestType)) return { kind: 'json' };
  return { kind: URL_ATTRIBUTE.test(name) ? 'url' : 'text' };
}

/** `'_self'` → `_self`, `undefined` → ``: a default as an attribute would hold it. */
const attributeDefault = (text: string | undefined) =>
  text === undefined || text === 'undefined' ? '' : text.replace(/^'(.*)'$/, '$1');

/**
 * The builder's widgets and tokens from the manifest (descriptions, defaults, slots) and the editors' data (types
 * spelled out): the global tokens are the custom properties every element lists.
 */
export function widgetsFromManifest(manifest: Manifest, webTypes: WebTypes): Pick<BuilderData, 'widgets' | 'tokens'> {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((element) => element.tagName);
  const spelled = new Map(
    webTypes.contributions.html.elements.flatMap((element) =>
      element.attributes.map((attribute) => [`${element.name} ${attribute.name}`, attribute.value?.type ?? 'string']),
    ),
  );
  const widgets = PARTNER_TAGS.map((tag) => {
    const element = elements.find((candidate) => candidate.tagName === tag);
    if (!element) throw new Error(`custom-elements.json has no <${tag}>`);
    return {
      tag,
      summary: element.summary ?? '',
      attributes: (element.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        description: attribute.description ?? '',
        default: attributeDefault(attribute.default),
        ...attributeKind(
          attribute.name,
          spelled.get(`${tag} ${attribute.name}`) ?? 'string',
          attribute.type?.text ?? '',
        ),
      })),
      slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
    };
  });
  const everyElementLists = (name: string) =>
    elements.every((element) => element.cssProperties?.some((property) => property.name === name));
  const tokens = (elements[0]?.cssProperties ?? [])
    .filter((property) => everyElementLists(property.name))
    .map((property) => ({
      name: property.name,
      default: property.default ?? '',
      description: property.description ?? '',
      kind: COLOR_TOKEN.test(property.name) ? ('color' as const) : ('text' as const),
    }));
  return { widgets, tokens };
}

/** From each catalog, only the terms the fallbacks say: every language's come in the builder's one answer. */
export function fallbackTermsOf(
  catalogs: Record<string, Partial<WidgetCatalog>>,
): Record<string, Partial<FallbackTerms>> {
  return Object.fromEntries(
    Object.entries(catalogs).map(([tag, catalog]) => [
      tag,
      Object.fromEntries(FALLBACK_KEYS.filter((key) => key in catalog).map((key) => [key, catalog[key]])),
    ]),
  );
}

/**
 * `GET /embed/widgets.json`: what the embed builder (/embed) builds its form from, derived at startup from the build
 * (dist/custom-elements.json, dist/web-types.json, the languages the widgets ship and their catalogs) and the
 * petitions this server carries. Without a build there is no builder to feed, and no route.
 */
export async function embedWidgetsRoutes(app: FastifyInstance, context: RouteContext) {
  const dist = join(context.config.siteRoot, 'dist');
  const files = ['custom-elements.json', 'web-types.json', 'locales/index.js'].map((file) => join(dist, file));
  if (!files.every((file) => existsSync(file))) return;
  const [manifest, webTypes] = files.slice(0, 2).map((file) => JSON.parse(readFileSync(file, 'utf8')));
  const { BUILT_IN_CATALOGS } = (await import(pathToFileURL(files[2]!).href)) as {
    BUILT_IN_CATALOGS: Record<string, Partial<WidgetCatalog>>;
  };
  const locales = Object.keys(BUILT_IN_CATALOGS);
  const data: BuilderData = {
    ...widgetsFromManifest(manifest, webTypes),
    locales,
    rightToLeft: locales.filter((tag) => directionOfLanguage(tag) === 'rtl'),
    fallbackTerms: fallbackTermsOf(BUILT_IN_CATALOGS),
    petitions: [...context.petitions.values()].map(({ id, title }) => ({ id, title, path: petitionPath(id) })),
  };
  const json = JSON.stringify(data);
  app.get(EMBED_WIDGETS_PATH, async (_request, reply) =>
    reply.headers({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' }).send(json),
  );
}
