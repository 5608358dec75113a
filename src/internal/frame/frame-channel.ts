import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isOrigin } from '../../contract/petition.js';
import type { StringOverrides } from '../localize.js';
import type { FrameMessage, PageMessage } from './messages.js';
import { applyPageTheme } from './frame-theme.js';

/** The form, as the channel sees it. */
export interface FramedForm extends ReactiveControllerHost, HTMLElement {
  /** The embedding page's exact origin; the channel stays silent unless it is one. */
  readonly frameOrigin: string;
  /** The embedder's strings, which the page framing the form may pass on (frame-theme.ts). */
  strings?: StringOverrides;
  /** Moves focus to the first field. */
  focus(): void;
}

/**
 * The framed form's side of the frame protocol (`messages.ts`; the page's side is `frame-host.ts`): tells the parent page when the form is ready,
 * how tall it is, when someone signed and when the reader pressed Escape; takes `cw-sign-focus` from the
 * parent page only. It sends only to `frameOrigin`, never `*`, and is silent when the form is not in a frame.
 */
export class FrameChannel implements ReactiveController {
  private resizeObserver?: ResizeObserver;
  private frame = 0;
  private lastHeight = -1;
  private active = false;
  private themed = false;

  /** `base` finds the element whose height the page's dialog should fit. */
  constructor(
    private readonly host: FramedForm,
    private readonly base: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Before the first render, so the form is drawn once, in the page's look, and the height it reports is final.
    if (!this.themed && isOrigin(this.host.frameOrigin) && window.parent !== window) {
      this.themed = true;
      applyPageTheme(this.host, new URLSearchParams(location.search));
    }
    void this.host.updateComplete.then(() => this.start());
  }

  hostDisconnected(): void {
    this.active = false;
    removeEventListener('message', this.onMessage);
    this.host.ownerDocument.removeEventListener('keydown', this.onKeydown);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** Posts to the parent page, when there is one and its origin is known. */
  send(message: FrameMessage): void {
    if (this.active) window.parent.postMessage(message, this.host.frameOrigin);
  }

  private start(): void {
    const { frameOrigin, isConnected } = this.host;
    const base = this.base();
    if (this.active || !isConnected || !isOrigin(frameOrigin) || window.parent === window || !base) return;
    this.active = true;
    addEventListener('message', this.onMessage);
    this.host.ownerDocument.addEventListener('keydown', this.onKeydown);
    this.send({ type: 'cw-sign-ready', height: (this.lastHeight = this.heightOf(base)) });
    // Observing reports the current size at once; that first report is the height just sent, so it is skipped.
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.sendHeight());
    });
    this.resizeObserver.observe(base);
  }

  private sendHeight(): void {
    const base = this.base();
    const height = base ? this.heightOf(base) : this.lastHeight;
    if (height === this.lastHeight) return;
    this.send({ type: 'cw-sign-resize', height: (this.lastHeight = height) });
  }

  private heightOf(base: HTMLElement): number {
    return Math.ceil(base.getBoundingClientRect().height);
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.origin !== this.host.frameOrigin || event.source !== window.parent) return;
    if ((event.data as Partial<PageMessage> | null)?.type === 'cw-sign-focus') this.host.focus();
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.send({ type: 'cw-sign-close' });
  };
}
