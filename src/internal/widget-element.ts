import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
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
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as StringOverrides) : INVALID_STRINGS;
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

  protected readonly localize = new LocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings') && this.strings === INVALID_STRINGS) {
      warnAttribute(this, 'strings', 'expects a JSON object of strings; using the built-in ones.');
    }
  }
}
