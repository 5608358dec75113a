import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SignedEvent } from '../../internal/events.js';
import { LightTextController } from '../../internal/light-text.js';
import { FrameHostController, type FormPageQuery, type FrameHost } from '../../internal/frame/frame-host.js';
import { petitionUrl } from '../../internal/petition-url.js';
import { checkedUrl } from '../../internal/safe-url.js';
import { schemeOf } from '../../contract/petition.js';
import { widgetStyles } from '../../internal/tokens.js';
import { checkedChoice, warnAttribute } from '../../internal/warn.js';
import { PartnerWidget } from '../../internal/partner-widget.js';
import styles from './action-button.styles.js';

export const ACTION_TARGETS = ['_self', '_blank'] as const;
export type ActionTarget = (typeof ACTION_TARGETS)[number];

/** What another origin's framed form may do: run, post its form, open share links; not reach or navigate the page. */
const FRAME_SANDBOX = 'allow-scripts allow-forms allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** lit-analyzer's HTML data types `sandbox` as one keyword; it is a space-separated list of them. */
type FrameSandbox = 'allow-scripts';

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
export class ActionButton extends PartnerWidget implements FrameHost {
  static override styles = [widgetStyles, styles];

  private readonly lightText = new LightTextController(this);
  private readonly framedForm = new FrameHostController(this);
  /** `href` with the campaign parameters, and `petition`, when they are http(s) or relative URLs. */
  private linkUrl?: string;
  private safePetition?: string;

  @query('dialog') private dialog?: HTMLDialogElement;
  /** @internal The framed form, for its controller. */
  @query('iframe') readonly frame?: HTMLIFrameElement;
  @query('.button') private button!: HTMLElement;

  /** What the open dialog holds: `<cw-sign-form>` itself, or the framed form page. */
  @state() private dialogForm?: 'inline' | 'framed';

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
    if (changed.has('target')) this.target = checkedChoice(this, 'target', this.target, ACTION_TARGETS);
    if ((changed.has('href') || changed.has('petition')) && !this.href && !this.petition) {
      warnAttribute(this, 'href', 'is missing (and so is petition); the button is disabled.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dialog?.close();
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

  /**
   * What makes the framed form look like this button's page (the contract's FORM_PARAMETERS): the button's own
   * colours for the form's "Sign" button, the page's colour scheme and font, the language, the embedder's strings.
   * The form page checks each value and ignores what fails.
   */
  private formPageQuery(): FormPageQuery {
    const style = getComputedStyle(this.button);
    const strings = JSON.stringify(this.localize.overrides());
    return {
      lang: this.localize.lang,
      origin: location.origin,
      accent: style.backgroundColor,
      onAccent: style.color,
      scheme: schemeOf(style.colorScheme),
      font: style.fontFamily,
      strings: strings === '{}' ? '' : strings,
    };
  }

  private handleLinkClick(): void {
    this.dispatchEvent(new ActionEvent({ mode: 'link', url: this.linkUrl! }));
  }

  private async openDialog(): Promise<void> {
    this.dispatchEvent(new ActionEvent({ mode: 'petition', url: petitionUrl(this.safePetition!) }));
    const inline = this.inline && !!customElements.get('cw-sign-form');
    if (this.inline && !inline) {
      warnAttribute(this, 'inline', 'needs <cw-sign-form> on the page (load sign-form.js); using the framed form.');
    }
    this.dialogForm = inline ? 'inline' : 'framed';
    if (!inline) this.framedForm.open(this.safePetition!, this.formPageQuery());
    this.dialog!.showModal();
    await this.updateComplete;
    if (inline) this.renderRoot.querySelector<HTMLElement>('cw-sign-form')?.focus();
  }

  /** @internal */
  signedInFrame(count: number): void {
    this.dispatchEvent(new SignedEvent({ petition: petitionUrl(this.safePetition!), count }));
  }

  /** @internal */
  closedInFrame(): void {
    this.dialog?.close();
  }

  private handleDialogClose(): void {
    this.framedForm.close();
    this.dialogForm = undefined;
    this.button.focus();
  }

  /**
   * The framed form: no referrer, and `credentialless` so that a petition on the partner's own site never gets
   * the partner's cookies with the form (the form keeps nothing, so it loses nothing).
   */
  private renderForm(title: string) {
    if (this.dialogForm === 'inline') {
      return html`<cw-sign-form petition=${this.safePetition!} share-url=${ifDefined(this.shareUrl || undefined)}
        ><slot name="consent" slot="consent"></slot
      ></cw-sign-form>`;
    }
    const { state, src, origin } = this.framedForm;
    const status = (
      {
        loading: 'formLoading',
        failed: 'formFailed',
        'origin-not-allowed': 'formNotAllowed',
        'unknown-petition': 'formNotFound',
      } as const
    )[state as Exclude<typeof state, 'closed' | 'ready'>];
    // A frame of the page's own origin allowed scripts can lift its own sandbox; it gets none, and Chrome no longer
    // warns that it is none. Another origin's form is kept from the page, and from navigating it, by the sandbox.
    const sandbox = origin === location.origin ? undefined : FRAME_SANDBOX;
    // The dialog's own status, not the page's announcer: the open modal makes the rest of the page inert (announcer.ts).
    return html`<p class="status" role="status">${status ? this.localize.term(status) : ''}</p>
      <iframe
        class=${state === 'ready' ? '' : 'loading'}
        title=${title}
        sandbox=${ifDefined(sandbox as FrameSandbox | undefined)}
        src=${src}
        @load=${this.framedForm.handleLoad}
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
        <div class="dialog-body">${this.dialogForm ? this.renderForm(title) : nothing}</div>
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
