import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Calls back once, the first time the host scrolls into view (at once where IntersectionObserver is missing). */
export class FirstViewController implements ReactiveController {
  private observer?: IntersectionObserver;
  private seen = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onFirstView: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.see();
      return;
    }
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.see();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private see(): void {
    this.seen = true;
    this.observer?.disconnect();
    this.onFirstView();
  }
}
