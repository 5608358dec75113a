/**
 * Says short messages to screen readers through one polite live region per page, at most once per interval.
 *
 * The region lives in the document's light DOM, at the end of `<body>`, not in each widget's shadow root:
 * - changes to live regions inside shadow roots are missed by some screen readers (VoiceOver with Safari
 *   for years, and older NVDA and JAWS builds with Chrome), while a light-DOM `role="status"` works in all;
 * - a live region is only heard if it is already in the accessibility tree when its text changes, so it is
 *   made when the first widget connects, long before anything is said;
 * - one region and one throttle for the page: fifty counters of one petition say a change once, not fifty times.
 * It is visually hidden through the CSSOM (`element.style`), which a strict `style-src` allows.
 */
export class Announcer {
  private region?: HTMLElement;
  private last = -Infinity;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: [text: string, lang: string];

  /** The shortest time between two announcements, in milliseconds. */
  constructor(public intervalMs = 30_000) {}

  /** Makes sure the page has the region, so that it is in the accessibility tree before it speaks. */
  prepare(document: Document): void {
    if (this.region?.isConnected) return;
    const region = (this.region = document.createElement('div'));
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.dataset.cwAnnouncer = '';
    region.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0';
    document.body.append(region);
  }

  /** Says `text` (in language `lang`) now, or when the interval since the last announcement is over; the latest text wins. */
  announce(text: string, lang: string): void {
    this.pending = [text, lang];
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.last + this.intervalMs - performance.now());
  }

  private flush(): void {
    if (!this.region || !this.pending) return;
    [this.region.textContent, this.region.lang] = this.pending;
    this.pending = undefined;
    this.last = performance.now();
  }
}

/** The page's announcer. */
export const announcer = new Announcer();
