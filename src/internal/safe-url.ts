import { warnAttribute } from './warn.js';

/** Schemes we ever render as a link or an image source. Relative URLs resolve to one of them. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Returns the URL trimmed if it is http(s) or relative, otherwise `undefined`.
 * The browser's own URL parser decides, so tricks like `java\tscript:` or leading control characters
 * are judged exactly as the browser would follow them. Resolving against a fixed https base makes any
 * relative URL count as safe while an absolute one keeps its own scheme.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    return SAFE_PROTOCOLS.has(new URL(trimmed, 'https://base.invalid/').protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `safeUrl` for an attribute: an unsafe value, or a `required` one missing, is reported in one warning (callers check
 * when it changes) with what the element does instead.
 */
export function checkedUrl(
  element: Element,
  attribute: string,
  value: string,
  fallback: string,
  { required = false } = {},
): string | undefined {
  const url = safeUrl(value);
  const given = !!value.trim();
  if (!url && (given || required)) {
    warnAttribute(element, attribute, `${given ? 'is not an http(s) or relative URL' : 'is missing'}; ${fallback}.`);
  }
  return url;
}
