/**
 * Reports a bad attribute once, naming the element and the attribute, so an embedder can find it; the element
 * goes along, so the console links to the one of forty counters that has it.
 * Callers warn when the value changes (in `willUpdate`), never on every render.
 */
export function warnAttribute(element: Element, attribute: string, problem: string): void {
  console.warn(`<${element.localName}> ${attribute}: ${problem}`, element);
}
