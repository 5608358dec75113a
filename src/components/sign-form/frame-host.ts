import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asFrameMessage, FORM_REFUSALS, type ErrorAnswer, type FormRefusal, type PageMessage } from '../../contract/petition.js';
import { SignedEvent } from '../../internal/events.js';
import { warnAttribute } from '../../internal/warn.js';

/** How long the framed form may take to say it is ready before the dialog says it failed. */
const FRAME_TIMEOUT_MS = 15_000;

/** Where the framed form is: not shown, on its way, ready, or failed (with the server's reason when it gave one). */
export type FramedFormState = 'closed' | 'loading' | 'ready' | 'failed' | FormRefusal;

/**
 * The page's side of the frame protocol in `contract/petition.ts`, the counterpart of frame-channel.ts: loads the
 * framed form, hears it only from the frame it opened on the petition's origin (ready, resize, signed, close), sends
 * it focus, gives it FRAME_TIMEOUT_MS to say it is ready, and, when the frame loads without saying so, asks the same
 * URL why. The host re-renders on every change of `state`, and renders the iframe (from `src`) inside its dialog.
 */
export class FrameHost implements ReactiveController {
  state: FramedFormState = 'closed';
  /** The form page's URL, set when the form opens (the page's theme then, so no later style change reloads it). */
  src!: string;
  /** The petition's origin, the only one the frame may speak from and be spoken to; set when the form opens. */
  origin!: string;
  /** The petition's URL, as `cw-signed` names it. */
  private petition!: string;
  private timeout?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Loads the form page at `src` for the petition at this URL, and starts listening to it. */
  open(petition: string, src: string): void {
    this.petition = petition;
    this.origin = new URL(petition).origin;
    this.src = src;
    this.set('loading');
    addEventListener('message', this.onMessage);
    this.timeout = setTimeout(() => this.state === 'loading' && this.set('failed'), FRAME_TIMEOUT_MS);
  }

  /** The dialog closed: the form goes, and nothing is heard from it any more. */
  closed(): void {
    this.hostDisconnected();
    this.set('closed');
  }

  hostDisconnected(): void {
    removeEventListener('message', this.onMessage);
    clearTimeout(this.timeout);
  }

  private set(state: FramedFormState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private readonly onMessage = (event: MessageEvent): void => {
    // Only the frame we opened, on the petition's origin, may speak to us.
    const frame = this.host.renderRoot.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow || event.origin !== this.origin) return;
    const message = asFrameMessage(event.data);
    if (message && 'height' in message) this.host.style.setProperty('--_cw-frame-height', `${message.height}px`);
    switch (message?.type) {
      case 'cw-sign-ready':
        clearTimeout(this.timeout);
        this.set('ready');
        frame.focus();
        frame.contentWindow!.postMessage({ type: 'cw-sign-focus' } satisfies PageMessage, this.origin);
        break;
      case 'cw-sign-signed':
        this.host.dispatchEvent(new SignedEvent({ petition: this.petition, count: message.count }));
        break;
      case 'cw-sign-close':
        frame.closest('dialog')?.close();
        break;
    }
  };

  /**
   * The frame loaded without saying it is ready: the petition's server may have refused it, which a refused page
   * cannot tell this page. So the host asks the same URL for JSON (no credentials, no referrer), and says at once
   * why, in the reader's language, and in the console what the embedder must change. Any other error answer fails
   * at once too; a form that is only slow keeps its time. (An arrow: the template calls it as a listener.)
   */
  readonly loaded = async (): Promise<void> => {
    // A form's ready message may be queued behind its frame's load event: it goes first, and then nothing is asked.
    await new Promise((resolve) => setTimeout(resolve));
    if (this.state !== 'loading') return;
    let answer: ErrorAnswer | undefined;
    try {
      const response = await fetch(this.src, { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
      if (response.ok) return;
      answer = (await response.json().catch(() => undefined)) as ErrorAnswer | undefined;
    } catch {
      return; // Unreachable, or not readable from here: the frame keeps its time to say it is ready.
    }
    if (this.state !== 'loading') return;
    const reason = answer?.reason;
    this.set(reason && FORM_REFUSALS.includes(reason) ? reason : 'failed');
    warnAttribute(
      this.host,
      'petition',
      reason === 'origin-not-allowed'
        ? `${this.origin} does not show this petition's form on ${location.origin}: add ${location.origin} to the petition server's ALLOWED_ORIGINS.`
        : reason === 'unknown-petition'
          ? `${this.petition} is not a petition its server knows.`
          : `the form could not be loaded: ${answer?.error ?? 'an error'}.`,
    );
  };
}
