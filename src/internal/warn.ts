/**
 * Reports a bad attribute once, naming the element and the attribute, so an embedder can find it.
 * Callers warn when the value changes (in `willUpdate`), never on every render.
 */
export function warnAttribute(element: Element, attribute: string, problem: string): void {
  console.warn(`<${element.localName}> ${attribute}: ${problem}`);
}
