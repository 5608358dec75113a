import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FORM_PARAMETERS, FORM_REFUSALS, type ErrorAnswer, type FormRefusal } from '../../contract/petition.js';
import { petitionEndpoint, petitionUrl } from '../petition-url.js';
import { warnAttribute } from '../warn.js';
import { asFrameMessage, type PageMessage } from './messages.js';

/** How long the framed form may take to say it is ready before the dialog says it failed. */
const FRAME_TIMEOUT_MS = 15_000;

/** Where the framed form stands: not open, loading, ready, failed, or refused by the petition's server (and why). */
export type FramedFormState = 'closed' | 'loading' | 'ready' | 'failed' | FormRefusal;

/** The form page's query (the contract's `FORM_PARAMETERS`, by name): the page's language, origin and look. */
export type FormPageQuery = Partial<Record<keyof typeof FORM_PARAMETERS, string>>;

/** What the page's side needs of the element that frames the form. */
export interface FrameHost extends ReactiveControllerHost, HTMLElement {
  /** The frame, once rendered. */
  readonly frame?: HTMLIFrameElement | null;
  /** Someone signed in the frame; `count` is the petition's new public count. */
  signedInFrame(count: number): void;
  /** The reader asked the frame to close (Escape inside it). */
  closedInFrame(): void;
}

/**
 * The page's side of the frame protocol (`messages.ts`; the form's side is `frame-channel.ts`): makes the form page's
 * URL, hears only the frame it opened on the petition's exact origin, fits the frame to the form's height, and gives
 * the form focus once it is ready. When the form does not say it is ready, it finds out why and says so: in `state`,
 * which the element shows in the reader's language, and in the console, naming the element's `petition`.
 */
export class FrameHostController implements ReactiveController {
  /** The framed form's state, which the element renders. */
  state: FramedFormState = 'closed';
  /** The form page's URL, made when it opens: the page's look then, so no later style change reloads it. */
  src = '';
  /** The petition's origin, made when the form opens: the only one the frame may speak from and be spoken to on. */
  origin = '';
  private petition = '';
  private timeout?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: FrameHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Opens the form of `petition` (an http(s) URL) in the element's frame, told `query`. */
  open(petition: string, query: FormPageQuery): void {
    this.petition = petitionUrl(petition);
    const url = petitionEndpoint(petition, 'form');
    this.origin = url.origin;
    for (const [name, value] of Object.entries(query)) {
      if (value) url.searchParams.set(FORM_PARAMETERS[name as keyof typeof FORM_PARAMETERS], value);
    }
    this.src = url.href;
    addEventListener('message', this.handleMessage);
    this.timeout = setTimeout(() => this.state === 'loading' && this.setState('failed'), FRAME_TIMEOUT_MS);
    this.setState('loading');
  }

  /** Stops hearing the frame: the dialog closed. */
  close(): void {
    removeEventListener('message', this.handleMessage);
    clearTimeout(this.timeout);
    this.setState('closed');
  }

  /**
   * The frame loaded without saying it is ready: the petition's server may have refused it, which a refused page
   * cannot tell this page. So it asks the same URL for JSON (no credentials, no referrer), and says at once why. Any
   * other error answer fails at once too; a form that is only slow keeps its time. Bind it to the frame's `load`.
   */
  readonly handleLoad = async (): Promise<void> => {
    // A form's ready message may be queued behind its frame's load event: it goes first, and then nothing is asked.
    await new Promise((resolve) => setTimeout(resolve));
    if (this.state !== 'loading') return;
    let answer: ErrorAnswer | undefined;
    try {
      const response = await fetch(this.src, {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { Accept: 'application/json' },
      });
      if (response.ok) return;
      answer = (await response.json().catch(() => undefined)) as ErrorAnswer | undefined;
    } catch {
      return; // Unreachable, or not readable from here: the frame keeps its time to say it is ready.
    }
    if (this.state !== 'loading') return;
    // The form route's reasons only (a signature's are another route's).
    const reason = answer?.reason as FormRefusal | undefined;
    this.setState(reason && FORM_REFUSALS.includes(reason) ? reason : 'failed');
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

  private readonly handleMessage = (event: MessageEvent): void => {
    // Only the frame we opened, on the petition's origin, may speak to us.
    const frame = this.host.frame;
    if (!frame || event.source !== frame.contentWindow || event.origin !== this.origin) return;
    const message = asFrameMessage(event.data);
    switch (message?.type) {
      case 'cw-sign-ready':
        clearTimeout(this.timeout);
        this.setState('ready');
        this.fit(message.height);
        frame.focus();
        this.send({ type: 'cw-sign-focus' });
        break;
      case 'cw-sign-resize':
        this.fit(message.height);
        break;
      case 'cw-sign-signed':
        this.host.signedInFrame(message.count);
        break;
      case 'cw-sign-close':
        this.host.closedInFrame();
        break;
    }
  };

  /** The frame's height, for the element's styles (`--_cw-frame-height`). */
  private fit(height: number): void {
    this.host.style.setProperty('--_cw-frame-height', `${height}px`);
  }

  private send(message: PageMessage): void {
    this.host.frame?.contentWindow?.postMessage(message, this.origin);
  }

  private setState(state: FramedFormState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
