/**
 * Reports a bad attribute once, naming the element and the attribute, so an embedder can find it; the element
 * goes along, so the console links to the one of forty counters that has it.
 * Callers warn when the value changes (in `willUpdate`), never on every render.
 */
export function warnAttribute(element: Element, attribute: string, problem: string): void {
  console.warn(`<${element.localName}> ${attribute}: ${problem}`, element);
}

/** An enumerated attribute's value: `value` when it is one of `allowed`, else the first of them, with a warning. */
export function checkedChoice<T extends string>(
  element: Element,
  attribute: string,
  value: T,
  allowed: readonly T[],
): T {
  if (allowed.includes(value)) return value;
  warnAttribute(element, attribute, `must be one of ${allowed.join(', ')}; using ${allowed[0]}.`);
  return allowed[0]!;
}
