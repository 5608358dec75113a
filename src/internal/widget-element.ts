import { isServer, LitElement, type PropertyValues } from 'lit';
import { property, state } from './decorators.js';
import { LocalizeController, type StringOverrides } from './localize.js';
import { VERSION } from './version.js';
import { warnAttribute } from './warn.js';

/** What the `strings` attribute holds when it is not a JSON object; reported once, then ignored. */
const INVALID_STRINGS: StringOverrides = Object.freeze({});

const stringsConverter = {
  fromAttribute(value: string | null): StringOverrides | undefined {
    if (value === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as StringOverrides)
        : INVALID_STRINGS;
    } catch {
      return INVALID_STRINGS;
    }
  },
};

/** The one base class: localisation and string overrides, which every widget has. */
export abstract class WidgetElement extends LitElement {
  /** The release that defined this element, so a second copy on the page can tell. */
  static readonly version = VERSION;

  /**
   * Replaces built-in strings on this element, as a JSON object keyed like the catalogs:
   * `strings='{"sourceLabel": "Quelle :"}'`. Overrides every language.
   */
  @property({ converter: stringsConverter }) strings?: StringOverrides;

  /**
   * Renders as the server does, from the element's own attributes only: not its light DOM, not the language it
   * inherits, not the page's URL, which a server cannot see. True on the server, and in the first render of an
   * element the server rendered, so that hydration finds exactly what the server sent; the element then renders
   * again at once with what the page says. (For the same reason a text that may start empty is rendered as `nothing`,
   * never `''`: the server writes no text node for an empty string, and Lit would put later text in its marker.)
   * @internal
   */
  @state() asServer = isServer;

  /** @internal */
  readonly internals = this.attachInternals();

  protected readonly localize = new LocalizeController(this);

  override connectedCallback(): void {
    // A shadow root before the first render is a declarative one, from the server.
    if (!this.hasUpdated && this.shadowRoot) {
      this.asServer = true;
      void this.updateComplete.then(() => (this.asServer = false));
    }
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Language is read when the element connects, which never happens on a server, and again once the page is known.
    if (isServer || changed.get('asServer')) this.localize.refresh();
    if (changed.has('strings') && this.strings === INVALID_STRINGS) {
      warnAttribute(this, 'strings', 'expects a JSON object of strings; using the built-in ones.');
    }
  }
}
