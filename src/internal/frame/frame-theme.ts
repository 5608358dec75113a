import { FORM_PARAMETERS, FORM_SCHEMES, safeFontStack, type FormScheme } from '../../contract/petition.js';
import type { StringOverrides } from '../localize.js';
import type { PluralTerm } from '../../locales/index.js';
import { signFormEn } from '../../locales/sign-form/en.js';

/** A form's overrides are text; none needs to be longer than this. */
const MAX_STRING_LENGTH = 500;

/** Error text that reads on a dark background too (the form's default red is for light ones). */
const ERROR_COLOR = 'light-dark(#b3261e, #ffb4ab)';

/**
 * A colour as computed styles write one (`rgb(…)`, `oklch(…)`, `#fc0`, a name), which `color` accepts; never a
 * keyword that means something else (`inherit`, `currentcolor`), a substitution (`var()`, `env()`, `attr()`), or a
 * fully transparent one (a "Sign" button nobody sees).
 */
function checkedColor(value: string): string | undefined {
  const shape =
    /^(?:#[\da-f]{3,8}|[a-z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\([\w\s#(),.%/+-]*\))$/i;
  const keyword = /^(?:inherit|initial|unset|revert|revert-layer|currentcolor|transparent)$/i;
  const substitution = /\b(?:var|env|attr|url)\(/i;
  // Alpha 0: the fourth of rgba()'s commas, or after the slash of the space syntax; never a colour channel of 0.
  const invisible = /^rgba\((?:[^,]*,){3}\s*0*\.?0*%?\s*\)$|\/\s*0*\.?0*%?\s*\)$/i;
  return value.length <= 200 &&
    shape.test(value) &&
    !keyword.test(value) &&
    !substitution.test(value) &&
    !invisible.test(value) &&
    CSS.supports('color', value)
    ? value
    : undefined;
}

/** The embedder's overrides of the form's own strings: text (or plural terms of text), nothing else. */
function checkedStrings(json: string): StringOverrides | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const isText = (value: unknown) => typeof value === 'string' && value.length <= MAX_STRING_LENGTH;
  const kept: Record<string, string | PluralTerm> = {};
  for (const [key, value] of Object.entries(parsed)) {
    // The button sends every override it has; those of the widgets (`close`, `formLoading`…) are not the form's.
    if (!Object.hasOwn(signFormEn, key)) continue;
    const plural = typeof signFormEn[key as keyof typeof signFormEn] !== 'string';
    if (
      plural
        ? value &&
          typeof value === 'object' &&
          Object.values(value).every(isText) &&
          isText((value as PluralTerm).other)
        : isText(value)
    ) {
      kept[key] = value as string | PluralTerm;
    }
  }
  return kept as StringOverrides;
}

/**
 * Makes the framed form look like the page around it, from the form page's query (the contract's `FORM_PARAMETERS`,
 * set by `<cw-action-button>`): the "Sign" button in the action button's colours, the page's colour scheme (a dark
 * page gets a dark form, with no opaque white frame in its dialog), the page's font where it is one systems have,
 * and the embedder's strings. Every value is checked, and set through the CSSOM on custom properties and
 * `color-scheme` (the form page's CSP allows no style of its own making); what fails is ignored, and one warning
 * names it. Only in a frame: the page's CSP lets only the server's own origin and ALLOWED_ORIGINS frame it, so a link
 * to the form page cannot put other words into the petition's mouth.
 */
export function applyPageTheme(form: HTMLElement & { strings?: StringOverrides }, query: URLSearchParams): void {
  const root = form.ownerDocument.documentElement.style;
  const ignored: string[] = [];
  const read = <T>(name: string, check: (value: string) => T | undefined, apply: (value: T) => void) => {
    const value = query.get(name);
    if (value === null) return;
    const checked = check(value);
    if (checked === undefined) ignored.push(name);
    else apply(checked);
  };
  read(FORM_PARAMETERS.accent, checkedColor, (color) => root.setProperty('--cw-color-accent', color));
  read(FORM_PARAMETERS.onAccent, checkedColor, (color) => {
    root.setProperty('--cw-color-on-accent', color);
    root.setProperty('--cw-sign-form-button-color', color);
  });
  read(
    FORM_PARAMETERS.scheme,
    (value) => (FORM_SCHEMES.includes(value as FormScheme) ? (value as FormScheme) : undefined),
    (scheme) => {
      // The frame's scheme must be its dialog's: Chrome draws a frame of another scheme on an opaque backdrop.
      root.setProperty('color-scheme', scheme === 'auto' ? 'light dark' : scheme);
      if (scheme !== 'light') root.setProperty('--cw-sign-form-error-color', ERROR_COLOR);
    },
  );
  read(FORM_PARAMETERS.font, safeFontStack, (stack) => stack && root.setProperty('--cw-font-family', stack));
  read(FORM_PARAMETERS.strings, checkedStrings, (strings) => (form.strings = { ...form.strings, ...strings }));
  if (ignored.length) {
    console.warn(`<${form.localName}> ignored the page's ${ignored.join(', ')}: not a value it can take.`, form);
  }
}
