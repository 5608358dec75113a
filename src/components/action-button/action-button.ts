import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SignedEvent } from '../../internal/events.js';
import { LightTextController } from '../../internal/light-text.js';
import { petitionEndpoint, petitionUrl } from '../../internal/petition-url.js';
import { checkedUrl } from '../../internal/safe-url.js';
import { asFrameMessage, FORM_PARAMETERS, FORM_REFUSALS, schemeOf, type ErrorAnswer, type FormRefusal, type PageMessage } from '../../contract/petition.js';
import { widgetStyles } from '../../internal/tokens.js';
import { warnAttribute } from '../../internal/warn.js';
import { PartnerWidget } from '../../internal/partner-widget.js';
import styles from './action-button.styles.js';

export const ACTION_TARGETS = ['_self', '_blank'] as const;
export type ActionTarget = (typeof ACTION_TARGETS)[number];

/** How long the framed form may take to say it is ready before the dialog says it failed. */
const FRAME_TIMEOUT_MS = 15_000;

/** What another origin's framed form may do: run, post its form, open share links; not reach or navigate the page. */
const FRAME_SANDBOX = 'allow-scripts allow-forms allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Detail of `cw-action`: which way the reader took action, and the URL it leads to. */
export interface ActionDetail {
  readonly mode: 'link' | 'petition';
  readonly url: string;
}

/** The reader followed the call to action: the link, or the petition dialog opening. */
export class ActionEvent extends CustomEvent<ActionDetail> {
  constructor(detail: ActionDetail) {
    super('cw-action', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-action': ActionEvent;
  }
}

type FormState = 'closed' | 'loading' | 'ready' | 'failed' | FormRefusal;

/**
 * The call to action: a link to the action page, or a petition sign-up in an accessible dialog.
 * The sign-up form is served by the petition's own origin and framed, so no script of the host page
 * can read what a signer types; the frame and the button talk through `postMessage`, each to the
 * other's exact origin only.
 *
 * @tag cw-action-button
 * @summary A prominent call to action: a link, or a petition sign-up in a dialog.
 *
 * @slot - The button's text, such as "Sign the petition", or a link to the action page or the petition's form page that
 *   readers without JavaScript follow (`<a href="…">Sign the petition</a>`). Its visible text becomes the button's
 *   label, drawn in the shadow root where no page style reaches it, and titles the dialog unless `dialog-title` is set.
 * @slot consent - With `inline`: the consent text and privacy-policy link the form's checkbox asks for.
 *
 * @csspart button - The link or button.
 * @csspart dialog - The sign-up dialog.
 * @csspart close-button - The dialog's close button.
 *
 * @cssprop [--cw-action-button-background=var(--cw-color-accent)] - The button's background.
 * @cssprop [--cw-action-button-color=var(--cw-color-on-accent)] - The button's text.
 * @cssprop [--cw-action-button-dialog-background=Canvas] - The dialog's background (the system colour by default).
 * @cssprop [--cw-action-button-dialog-color=CanvasText] - The dialog's text (the system colour by default).
 *
 * @fires {ActionEvent} cw-action - The reader followed the link or opened the sign-up dialog; `detail` is `{ mode, url }`.
 * @fires {SignedEvent} cw-signed - A signature made in the framed form was counted; `detail` is `{ petition, count }`.
 */
export class ActionButton extends PartnerWidget {
  static override styles = [widgetStyles, styles];

  private readonly lightText = new LightTextController(this);

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('iframe') private frame?: HTMLIFrameElement;
  @query('.button') private button!: HTMLElement;

  @state() private linkUrl?: string;
  @state() private safePetition?: string;
  @state() private formState: FormState = 'closed';
  /** Whether the open dialog holds `<cw-sign-form>` itself rather than the framed form page. */
  @state() private inlineForm = false;

  private frameTimeout?: ReturnType<typeof setTimeout>;
  /** The framed form's URL, made when the dialog opens: the page's theme then, so no later style change reloads it. */
  private frameSrc = '';

  /** The action page. Only http(s) and relative URLs; anything else disables the button, with a warning. */
  @property() href = '';

  /** `_blank` opens the link in a new tab (with `rel="noopener noreferrer"`); otherwise the same tab. */
  @property() target: ActionTarget = '_self';

  /** Appended to the link as `utm_source`. */
  @property({ attribute: 'utm-source' }) utmSource = '';

  /** Appended to the link as `utm_campaign`. */
  @property({ attribute: 'utm-campaign' }) utmCampaign = '';

  /** The petition's URL (`https://…/petitions/close-the-camps`): the button opens its sign-up dialog. Wins over `href`. */
  @property() petition = '';

  /**
   * Puts `<cw-sign-form>` straight into the dialog, for backends without a form page. The form then runs in
   * the host page, whose scripts can read what a signer types. Needs `sign-form.js` loaded on the page;
   * without it the framed form is used, with a warning.
   */
  @property({ type: Boolean }) inline = false;

  /** The dialog's title; defaults to the button's text. */
  @property({ attribute: 'dialog-title' }) dialogTitle = '';

  /** The campaign page that the inline form offers to share. */
  @property({ attribute: 'share-url' }) shareUrl = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('href') || changed.has('utmSource') || changed.has('utmCampaign')) {
      this.linkUrl = this.withCampaignParameters(checkedUrl(this, 'href', this.href, 'the button is disabled'));
    }
    if (changed.has('petition')) {
      this.safePetition = checkedUrl(this, 'petition', this.petition, 'the button is disabled');
    }
    if (changed.has('target') && !ACTION_TARGETS.includes(this.target)) {
      warnAttribute(this, 'target', `must be one of ${ACTION_TARGETS.join(', ')}; using _self.`);
      this.target = '_self';
    }
    if ((changed.has('href') || changed.has('petition')) && !this.href && !this.petition) {
      warnAttribute(this, 'href', 'is missing (and so is petition); the button is disabled.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dialog?.close();
    this.stopListening();
  }

  /** `href` with the campaign parameters, kept as written otherwise (relative stays relative, as on a server). */
  private withCampaignParameters(href: string | undefined): string | undefined {
    if (!href || !(this.utmSource || this.utmCampaign)) return href;
    const [, path, query = '', fragment = ''] = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/.exec(href)!;
    const parameters = new URLSearchParams(query);
    if (this.utmSource) parameters.set('utm_source', this.utmSource);
    if (this.utmCampaign) parameters.set('utm_campaign', this.utmCampaign);
    return `${path}?${parameters}${fragment}`;
  }

  private get petitionOrigin(): string {
    return new URL(petitionUrl(this.safePetition!)).origin;
  }

  /**
   * The form page's URL, with what makes the form look like this button's page (the contract's FORM_PARAMETERS): the
   * button's own colours for the form's "Sign" button, the page's colour scheme and font, the language, the
   * embedder's strings. The form page checks each value and ignores what fails.
   */
  private frameUrl(): string {
    const url = petitionEndpoint(this.safePetition!, 'form');
    const style = getComputedStyle(this.button);
    const strings = JSON.stringify(this.localize.overrides());
    const parameters = {
      [FORM_PARAMETERS.lang]: this.localize.lang,
      [FORM_PARAMETERS.origin]: location.origin,
      [FORM_PARAMETERS.accent]: style.backgroundColor,
      [FORM_PARAMETERS.onAccent]: style.color,
      [FORM_PARAMETERS.scheme]: schemeOf(style.colorScheme),
      [FORM_PARAMETERS.font]: style.fontFamily,
      [FORM_PARAMETERS.strings]: strings === '{}' ? '' : strings,
    };
    for (const [name, value] of Object.entries(parameters)) if (value) url.searchParams.set(name, value);
    return url.href;
  }

  private handleLinkClick(): void {
    this.dispatchEvent(new ActionEvent({ mode: 'link', url: this.linkUrl! }));
  }

  private async openDialog(): Promise<void> {
    this.dispatchEvent(new ActionEvent({ mode: 'petition', url: petitionUrl(this.safePetition!) }));
    this.inlineForm = this.inline && !!customElements.get('cw-sign-form');
    if (this.inline && !this.inlineForm) {
      warnAttribute(this, 'inline', 'needs <cw-sign-form> on the page (load sign-form.js); using the framed form.');
    }
    this.formState = this.inlineForm ? 'ready' : 'loading';
    if (!this.inlineForm) {
      this.frameSrc = this.frameUrl();
      window.addEventListener('message', this.handleMessage);
      this.frameTimeout = setTimeout(() => this.formState === 'loading' && (this.formState = 'failed'), FRAME_TIMEOUT_MS);
    }
    this.dialog!.showModal();
    await this.updateComplete;
    if (this.inlineForm) this.renderRoot.querySelector<HTMLElement>('cw-sign-form')?.focus();
  }

  private readonly handleMessage = (event: MessageEvent): void => {
    // Only the frame we opened, on the petition's origin, may speak to us.
    if (!this.frame || event.source !== this.frame.contentWindow || event.origin !== this.petitionOrigin) return;
    const message = asFrameMessage(event.data);
    switch (message?.type) {
      case 'cw-sign-ready':
        clearTimeout(this.frameTimeout);
        this.formState = 'ready';
        this.style.setProperty('--_cw-frame-height', `${message.height}px`);
        this.frame.focus();
        this.postToFrame({ type: 'cw-sign-focus' });
        break;
      case 'cw-sign-resize':
        this.style.setProperty('--_cw-frame-height', `${message.height}px`);
        break;
      case 'cw-sign-signed':
        this.dispatchEvent(new SignedEvent({ petition: petitionUrl(this.safePetition!), count: message.count }));
        break;
      case 'cw-sign-close':
        this.dialog?.close();
        break;
    }
  };

  /**
   * The frame loaded without saying it is ready: the petition's server may have refused it, which a refused page
   * cannot tell this page. So the button asks the same URL for JSON (no credentials, no referrer), and says at once
   * why, in the reader's language, and in the console what the embedder must change. Any other error answer fails
   * at once too; a form that is only slow keeps its time.
   */
  private async handleFrameLoad(): Promise<void> {
    // A form's ready message may be queued behind its frame's load event: it goes first, and then nothing is asked.
    await new Promise((resolve) => setTimeout(resolve));
    if (this.formState !== 'loading') return;
    let answer: ErrorAnswer | undefined;
    try {
      const response = await fetch(this.frameSrc, { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } });
      if (response.ok) return;
      answer = (await response.json().catch(() => undefined)) as ErrorAnswer | undefined;
    } catch {
      return; // Unreachable, or not readable from here: the frame keeps its time to say it is ready.
    }
    if (this.formState !== 'loading') return;
    // The form route's reasons only (a signature's are another route's); types alone, so the bundle stays as it was.
    const reason = answer?.reason as FormRefusal | undefined;
    this.formState = reason && FORM_REFUSALS.includes(reason) ? reason : 'failed';
    warnAttribute(
      this,
      'petition',
      reason === 'origin-not-allowed'
        ? `${this.petitionOrigin} does not show this petition's form on ${location.origin}: add ${location.origin} to the petition server's ALLOWED_ORIGINS.`
        : reason === 'unknown-petition'
          ? `${petitionUrl(this.safePetition!)} is not a petition its server knows.`
          : `the form could not be loaded: ${answer?.error ?? 'an error'}.`,
    );
  }

  private postToFrame(message: PageMessage): void {
    this.frame?.contentWindow?.postMessage(message, this.petitionOrigin);
  }

  private stopListening(): void {
    window.removeEventListener('message', this.handleMessage);
    clearTimeout(this.frameTimeout);
  }

  private handleDialogClose(): void {
    this.stopListening();
    this.formState = 'closed';
    this.button.focus();
  }

  /**
   * The framed form: no referrer, and `credentialless` so that a petition on the partner's own site never gets
   * the partner's cookies with the form (the form keeps nothing, so it loses nothing).
   */
  private renderForm(title: string) {
    if (this.inlineForm) {
      return html`<cw-sign-form petition=${this.safePetition!} share-url=${ifDefined(this.shareUrl || undefined)}
        ><slot name="consent" slot="consent"></slot
      ></cw-sign-form>`;
    }
    const status = (
      { loading: 'formLoading', failed: 'formFailed', 'origin-not-allowed': 'formNotAllowed', 'unknown-petition': 'formNotFound' } as const
    )[this.formState as Exclude<FormState, 'closed' | 'ready'>];
    // A frame of the page's own origin allowed scripts can lift its own sandbox; it gets none, and Chrome no longer
    // warns that it is none. Another origin's form is kept from the page, and from navigating it, by the sandbox.
    const sandbox = this.petitionOrigin === location.origin ? undefined : FRAME_SANDBOX;
    return html`<p class="status" role="status">${status ? this.localize.term(status) : ''}</p>
      <iframe
        class=${this.formState === 'ready' ? '' : 'loading'}
        title=${title}
        sandbox=${ifDefined(sandbox)}
        src=${this.frameSrc}
        @load=${this.handleFrameLoad}
        referrerpolicy="no-referrer"
        credentialless
        allow="clipboard-write"
      ></iframe>`;
  }

  private renderPetition(label: string) {
    const title = this.dialogTitle || label;
    return html`<button
        part="button"
        class="button"
        type="button"
        aria-haspopup="dialog"
        ?disabled=${!this.safePetition}
        @click=${this.openDialog}
      >
        ${label}
      </button>
      <dialog part="dialog" aria-labelledby="title" @close=${this.handleDialogClose}>
        <div class="dialog-header">
          <h2 id="title">${title || nothing}</h2>
          <button
            part="close-button"
            class="close"
            type="button"
            aria-label=${this.localize.term('close')}
            @click=${() => this.dialog?.close()}
          >
            ×
          </button>
        </div>
        <div class="dialog-body">${this.formState === 'closed' ? nothing : this.renderForm(title)}</div>
      </dialog>`;
  }

  private renderControl(label: string) {
    if (this.petition) return this.renderPetition(label);
    if (!this.linkUrl) return html`<button part="button" class="button" type="button" disabled>${label}</button>`;
    const newTab = this.target === '_blank';
    return html`<a
      part="button"
      class="button"
      href=${this.linkUrl}
      target=${ifDefined(newTab ? '_blank' : undefined)}
      rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
      @click=${this.handleLinkClick}
      >${label}</a
    >`;
  }

  /**
   * The control, labelled with the light DOM's visible text. The light DOM itself (a fallback link for readers without
   * JavaScript, or the text) shows only where it cannot be read: a server renders it as written.
   */
  override render() {
    return html`${this.asServer ? nothing : this.renderControl(this.lightText.paragraphs().join(' '))}<slot
        ?hidden=${!this.asServer}
      ></slot>`;
  }
}
