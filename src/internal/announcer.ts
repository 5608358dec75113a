/** Says `text` in `lang`. */
interface Message {
  readonly text: string;
  readonly lang: string;
}

/**
 * The one politeness policy for every status message of every widget: one polite light-DOM live region per page.
 *
 * Why one region in the document's light DOM, not one per shadow root:
 * - changes to live regions inside shadow roots are missed by some screen readers (VoiceOver with Safari
 *   for years, and older NVDA and JAWS builds with Chrome), while a light-DOM `role="status"` works in all;
 * - a live region is only heard if it is already in the accessibility tree when its text changes, so it is
 *   made when the first widget connects, long before anything is said;
 * - one region and one throttle for the page: fifty counters of one petition say a change once, not fifty times.
 *
 * Two kinds of message, both polite (nothing a widget says is urgent enough to interrupt the reader):
 * - `update`: what changed by itself (a count). At most once per interval, the latest text per topic (a petition)
 *   winning; several topics due at once are said together. Updates stop while the page's live updates are paused
 *   (WCAG 2.2.2), and pausing drops what was waiting, so nothing is said after the reader asked for quiet.
 * - `reply`: the answer to what the reader just did (a translation toggle), said at once, even when paused.
 *
 * Each message is a child element with the `lang` of the widget that made it, so a screen reader speaks it in that
 * widget's language. When widgets in several languages report the same change (an English page with a Uyghur
 * counter of the same petition), the one in the page's own language is said: the reader chose that one.
 * It is visually hidden through the CSSOM (`element.style`), which a strict `style-src` allows.
 *
 * One exception, by necessity: the action button's dialog says how its form is loading in a status of its own. A modal
 * dialog makes the rest of the page inert, this region with it, and assistive technology does not speak inert
 * content; the dialog's status is in the one part of the page that is not.
 */
export class Announcer {
  private region?: HTMLElement;
  private last = -Infinity;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly pending = new Map<string, Message>();
  private readonly pauseListeners = new Set<() => void>();
  private pausedState = false;

  /** The shortest time between two updates, in milliseconds. */
  constructor(public intervalMs = 30_000) {}

  /** Whether the page's live updates are paused: the reader asked, on any widget, and every widget follows. */
  get paused(): boolean {
    return this.pausedState;
  }

  set paused(paused: boolean) {
    if (paused === this.pausedState) return;
    this.pausedState = paused;
    if (paused) {
      clearTimeout(this.timer);
      this.pending.clear();
    }
    for (const listener of this.pauseListeners) listener();
  }

  /** Calls `listener` whenever the page pauses or resumes; returns the function that stops it. */
  onPauseChange(listener: () => void): () => void {
    this.pauseListeners.add(listener);
    return () => this.pauseListeners.delete(listener);
  }

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

  /** Says an update about `topic` (`text`, in `lang`) when the interval since the last one is over, unless paused. */
  update(topic: string, text: string, lang: string): void {
    if (this.pausedState) return;
    const waiting = this.pending.get(topic);
    if (!waiting || !this.isPageLanguage(waiting.lang) || this.isPageLanguage(lang))
      this.pending.set(topic, { text, lang });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.last + this.intervalMs - performance.now());
  }

  /** Says the answer to the reader's own action now. */
  reply(text: string, lang: string): void {
    this.say([{ text, lang }]);
  }

  private isPageLanguage(lang: string): boolean {
    const pageLang = this.region?.ownerDocument.documentElement.lang;
    if (!pageLang) return false;
    try {
      return new Intl.Locale(pageLang).language === new Intl.Locale(lang).language;
    } catch {
      return false;
    }
  }

  private flush(): void {
    if (!this.pending.size) return;
    this.say([...this.pending.values()]);
    this.pending.clear();
    this.last = performance.now();
  }

  private say(messages: readonly Message[]): void {
    const region = this.region;
    if (!region) return;
    const nodes = messages.map(({ text, lang }) => {
      const node = region.ownerDocument.createElement('span');
      node.lang = lang;
      node.textContent = text;
      return node;
    });
    // Two messages said together stay apart.
    region.replaceChildren(...nodes.flatMap((node, index) => (index ? [' ', node] : [node])));
  }
}

/** The page's announcer. */
export const announcer = new Announcer();
