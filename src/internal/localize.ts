import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog, PluralKey, PluralTerm, TermKey } from '../locales/index.js';
import { canonicalLocale, fallbackTags, LOCALE_ALIASES } from '../locales/languages.js';
import { formatNumber, type Notation } from './format.js';

export { canonicalLocale, directionOfLanguage, type Direction } from '../locales/languages.js';
/** Any built-in strings, replaced: plain strings, or plural terms with one string per category. */
export type StringOverrides = Partial<Catalog>;
type Placeholders = Record<string, string>;

/** The strings an element class declares it speaks (its static `catalogs`): built in, and loaded on first use. */
export interface CatalogSet {
  readonly builtIn: Readonly<Record<string, StringOverrides>>;
  readonly onDemand?: Readonly<Record<string, () => Promise<StringOverrides>>>;
}

/** A host whose embedder may override any built-in string on the element itself. */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  strings?: StringOverrides;
  /** Whether only the element's own attributes may be read (see WidgetElement). */
  readonly asServer: boolean;
  /** Where the host shows the state `cw-loading` while its language's strings load. */
  readonly internals?: ElementInternals;
}

const catalogsByTag = new Map<string, StringOverrides>();
/** The element classes' catalog sets already added: each once, when its first element is made. */
const addedCatalogSets = new WeakSet<CatalogSet>();

/**
 * Adds built-in strings by language tag. An element class declares its own in a static `catalogs` (the widgets' base
 * class, partner-widget.ts, has the widgets'; the sign-up form its own), so neither's weigh on a page that shows only
 * the other; the controller adds them when the class's first element is made.
 */
export function addCatalogs(catalogs: Readonly<Record<string, StringOverrides>>): void {
  for (const [tag, catalog] of Object.entries(catalogs)) {
    // Merged in place, so widgets already on the page see the new strings without looking again.
    const entry = catalogsByTag.get(tag.toLowerCase());
    if (entry) Object.assign(entry, catalog);
    else catalogsByTag.set(tag.toLowerCase(), { ...catalog });
  }
  // Tags with no catalog of their own read another's (languages.ts: `zh` reads zh-Hans).
  for (const [alias, locale] of Object.entries(LOCALE_ALIASES)) {
    const catalog = catalogsByTag.get(locale.toLowerCase());
    if (catalog) catalogsByTag.set(alias, catalog);
  }
}

/** Catalogs that load when a widget first needs them (the partner bundle's, but English), by lower-case tag. */
const catalogLoaders = new Map<string, () => Promise<StringOverrides>>();
const catalogsLoading = new Map<string, Promise<void>>();

/**
 * Adds catalogs that load on first use, so a page in one language downloads no other. Until its catalog arrives a
 * widget keeps its space and shows nothing (no flash of English); if it cannot arrive, the widget shows English.
 */
export function addCatalogLoaders(loaders: Readonly<Record<string, () => Promise<StringOverrides>>>): void {
  for (const [tag, load] of Object.entries(loaders)) catalogLoaders.set(tag.toLowerCase(), load);
}

/** Loads, once, the catalog the most specific of `tags` still lacks; `undefined` when none is missing. */
function missingCatalog(tags: readonly string[]): Promise<void> | undefined {
  const tag = tags.find((candidate) => catalogLoaders.has(candidate) && !catalogsByTag.has(candidate));
  if (!tag) return undefined;
  let loading = catalogsLoading.get(tag);
  if (!loading) {
    loading = catalogLoaders.get(tag)!()
      .then(
        (catalog) => addCatalogs({ [tag]: catalog }),
        (error: unknown) => {
          catalogLoaders.delete(tag);
          console.warn(`campaign-widgets: the ${tag} strings did not load (${String(error)}); showing English.`);
        },
      )
      .then(() => {
        for (const controller of connectedControllers) controller.refresh(true);
      });
    catalogsLoading.set(tag, loading);
  }
  return loading;
}

/** The last resort for any key: English, as added by every catalog set. */
const english = (): StringOverrides => catalogsByTag.get('en') ?? {};

const pageOverridesByTag = new Map<string, StringOverrides>();

/**
 * Overrides built-in strings for every widget on the page whose language matches `lang`,
 * or adds a language we do not ship (`registerStrings('pt', {...})`).
 * Strings set on an element's own `strings` attribute win over these.
 */
export function registerStrings(lang: string, strings: StringOverrides): void {
  const tag = lang.toLowerCase();
  pageOverridesByTag.set(tag, { ...pageOverridesByTag.get(tag), ...strings });
  for (const controller of connectedControllers) controller.refresh(true);
}

const fallbackTagsByLocale = new Map<string, string[]>();

/**
 * Tags to try, most specific first (languages.ts): zh-CN tries zh-cn, then zh-hans (its likely script), then zh.
 * Kept per locale: every widget of a page asks, and finding the likely script is not cheap.
 */
function cachedFallbackTags(locale: string): string[] {
  let tags = fallbackTagsByLocale.get(locale);
  if (!tags) fallbackTagsByLocale.set(locale, (tags = fallbackTags(locale)));
  return tags;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/** Replaces `{name}` placeholders; an unknown one is left as written, so a typo in an override shows. */
function fillPlaceholders(text: string, values: Placeholders = {}): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** The nearest value of an attribute on the element or an ancestor, crossing shadow roots. */
function inheritedAttribute(element: Element, name: string): string | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name) ?? undefined;
  }
  return undefined;
}

const connectedControllers = new Set<LocalizeController>();

// One observer for the whole page: `lang` changes rarely, and re-rendering every widget then is cheap. Made on first
// use: a server has no MutationObserver.
let languageObserver: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();

function observeLanguageChanges(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  languageObserver ??= new MutationObserver(() => {
    for (const controller of connectedControllers) controller.refresh();
  });
  languageObserver.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its inherited language, and its strings in that language. It is read when the element
 * connects and again when `lang` changes anywhere above it, inside shadow roots too; a change re-renders the
 * element. Direction needs no script: `direction` inherits into shadow roots, and layout uses logical properties.
 */
export class LocalizeController implements ReactiveController {
  /** The element's language, as a canonical tag fit for `Intl`. */
  lang = 'en';

  private sources: StringOverrides[] = [];

  constructor(readonly host: LocalizedHost) {
    host.addController(this);
    const { catalogs } = host.constructor as { catalogs?: CatalogSet };
    if (catalogs && !addedCatalogSets.has(catalogs)) {
      addedCatalogSets.add(catalogs);
      addCatalogs(catalogs.builtIn);
      addCatalogLoaders(catalogs.onDemand ?? {});
    }
  }

  hostConnected(): void {
    connectedControllers.add(this);
    this.refresh(true);
    observeLanguageChanges(this.host.ownerDocument.documentElement);
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      observeLanguageChanges(root);
    }
  }

  hostDisconnected(): void {
    connectedControllers.delete(this);
  }

  /** Reads the language again and re-renders the host if it changed (or when `force`d). */
  refresh(force = false): void {
    const { host } = this;
    // English when the page's `lang` is empty or malformed.
    const lang =
      canonicalLocale((host.asServer ? host.getAttribute('lang') : inheritedAttribute(host, 'lang')) ?? '') ?? 'en';
    if (!force && lang === this.lang) return;
    this.lang = lang;
    const tags = cachedFallbackTags(lang);
    const loading = host.asServer ? undefined : missingCatalog(tags);
    try {
      host.internals?.states[loading ? 'add' : 'delete']('cw-loading');
    } catch {
      // A browser whose custom states take only `--` names shows the English strings while the catalog loads.
    }
    this.sources = tags.flatMap((tag) =>
      [pageOverridesByTag.get(tag), catalogsByTag.get(tag)].filter((source) => source !== undefined),
    );
    this.host.requestUpdate();
  }

  /** The string for `key`: the element's own override, then the page's, then the catalog, then English. */
  term(key: TermKey, values?: Placeholders): string {
    const found = this.lookup(key, (value): value is string => typeof value === 'string');
    return fillPlaceholders(found ?? english()[key] ?? key, values);
  }

  /** The plural term for `key`, in the form the language uses for `count`, e.g. "1 подпись", "5 подписей". */
  plural(key: PluralKey, count: number, values?: Placeholders): string {
    const isPluralTerm = (value: unknown): value is PluralTerm =>
      typeof value === 'object' && value !== null && typeof (value as PluralTerm).other === 'string';
    const forms = this.lookup(key, isPluralTerm) ?? english()[key] ?? { other: key };
    const form = forms[pluralCategory(this.lang, count)];
    return fillPlaceholders(typeof form === 'string' ? form : forms.other, values);
  }

  /** `value` written in the element's language, e.g. "1 000 000" or "100万" (format.ts). */
  number(value: number, notation?: Notation): string {
    return formatNumber(value, this.lang, notation);
  }

  /** The embedder's overrides here (the page's for this language, then the element's own): the framed form gets them. */
  overrides(): StringOverrides {
    return Object.assign(
      {},
      ...cachedFallbackTags(this.lang)
        .reverse()
        .map((tag) => pageOverridesByTag.get(tag)),
      this.host.strings,
    );
  }

  /** The first well-formed value of `key`; overrides come from embedders' JSON, so their shape is checked. */
  private lookup<T>(key: keyof Catalog, isWellFormed: (value: unknown) => value is T): T | undefined {
    for (const source of [this.host.strings, ...this.sources]) {
      const value: unknown = source?.[key];
      if (isWellFormed(value)) return value;
    }
    return undefined;
  }
}
