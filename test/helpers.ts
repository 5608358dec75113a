/** Collects console warnings while a test runs; `restore()` puts console.warn back. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  /** What each warning pointed at, after its message (an element, for a bad attribute). */
  const subjects: unknown[] = [];
  console.warn = (message: unknown, subject?: unknown) => {
    messages.push(String(message));
    subjects.push(subject);
  };
  return {
    messages,
    subjects,
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

/** What the page's announcer (src/internal/announcer.ts) says now: each message's text and `lang`. */
export const announced = () =>
  [...(document.querySelector('[data-cw-announcer]')?.children ?? [])].map((node) => [
    node.textContent,
    node.getAttribute('lang'),
  ]);
