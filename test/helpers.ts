/** Collects console warnings while a test runs; `restore()` puts console.warn back. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/** The text a shadow-root part shows, with whitespace collapsed. */
export function partText(element: Element, part: string): string | undefined {
  return element.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Waits until the browser has run pending mutation observers and painted a frame. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
