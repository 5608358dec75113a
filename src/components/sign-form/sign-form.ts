import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { announcer } from '../../internal/announcer.js';
import { countryOptions, relativeTime } from '../../internal/countries.js';
import { SignedEvent } from '../../internal/events.js';
import { petitionEndpoint } from '../../internal/petition-url.js';
import { checkedUrl } from '../../internal/safe-url.js';
import { widgetStyles } from '../../internal/tokens.js';
import { warnAttribute } from '../../internal/warn.js';
import { WidgetElement } from '../../internal/widget-element.js';
import type { CatalogSet } from '../../internal/localize.js';
import type { TermKey } from '../../locales/index.js';
import { SIGN_FORM_CATALOGS } from '../../locales/sign-form/index.js';
import { FrameChannel } from '../../internal/frame/frame-channel.js';
import { EMAIL_MAX_LENGTH, isOrigin, NAME_MAX_CODE_POINTS } from '../../contract/petition.js';
import { renderSharePanel } from './share.js';
import styles from './sign-form.styles.js';
import { FIELDS, sendSignature, type Field, type FieldProblem, type FieldProblems } from './submit.js';

type Status = 'idle' | 'sending' | 'retry' | 'rate-limited' | 'failed' | 'signed' | 'pending';

/** A fresh `Idempotency-Key`. `randomUUID` needs a secure context; `getRandomValues` works on a plain-http page too. */
const newKey = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The petition's sign-up form: name, e-mail, country, consent and an optional contact opt-in. It posts to the
 * petition's server with no cookies and no referrer, never signs twice for one set of values, keeps what was
 * typed when sending fails, and thanks the signer with the new count and ways to share.
 * Meant for the petition server's own framed page (`frame-origin`), or inline in `<cw-action-button>`.
 *
 * @tag cw-sign-form
 * @summary A petition sign-up form with per-field errors, safe retries, and sharing after success.
 *
 * @slot consent - The consent text, with a link to the privacy policy; its `data-consent-version` names the wording's version
 *   (see `consent-version`). Falls back to `consent-text`.
 *
 * @csspart base - The wrapper of the form and the thanks.
 * @csspart form - The form.
 * @csspart error - A field's error message.
 * @csspart submit-button - The "Sign" button.
 * @csspart status - Progress, errors and confirmations that concern the whole form.
 * @csspart thanks - What replaces the form after signing.
 * @csspart share - The share button or links, and the copy-link button.
 *
 * @cssprop [--cw-sign-form-button-background=var(--cw-color-accent)] - The "Sign" button's background.
 * @cssprop [--cw-sign-form-button-color=#000] - The "Sign" button's text.
 * @cssprop [--cw-sign-form-error-color=#b3261e] - Error messages and invalid fields.
 *
 * @fires {SignedEvent} cw-signed - The signature was counted; `detail` is `{ petition, count }`, nothing the signer typed.
 */
export class SignForm extends WidgetElement {
  /** @internal The form's strings travel with the form, not in the partner bundle of widgets. */
  static readonly catalogs: CatalogSet = { builtIn: SIGN_FORM_CATALOGS };

  static override styles = [widgetStyles, styles];

  private readonly channel = new FrameChannel(this, () => this.renderRoot.querySelector('.base'));
  /** The values last sent and their key: sending the same values again reuses the key, so the server signs once. */
  private attempt?: { body: string; key: string };
  private country = '';
  /** The status line last said through the page's announcer. */
  private saidStatus = '';
  /** `petition` and `share-url`, when they are http(s) or relative URLs. */
  private safePetition?: string;
  private safeShareUrl?: string;

  @query('form') private form!: HTMLFormElement;

  @state() private problems: FieldProblems = {};
  @state() private status: Status = 'idle';
  @state() private retrySeconds = 0;
  @state() private count = 0;
  @state() private copied = false;

  /** The petition's API URL, such as `https://api.example.org/api/petitions/close-the-camps`; http(s) or relative only. */
  @property() petition = '';

  /** The embedding page's exact origin, when the form is framed: it then talks to that page, and only to it. */
  @property({ attribute: 'frame-origin' }) frameOrigin = '';

  /** The campaign page to share after signing; http(s) or relative only. Without it, no sharing is offered. */
  @property({ attribute: 'share-url' }) shareUrl = '';

  /** A short text shared with the link, such as the petition's title. */
  @property({ attribute: 'share-text' }) shareText = '';

  /** The consent text when nothing is in the `consent` slot. */
  @property({ attribute: 'consent-text' }) consentText = '';

  /**
   * The version of the consent wording the signer sees, which the server records with the signature and checks: 16 hex
   * digits of SHA-256 over the wording's language, a line feed and its text. Without it, the slotted consent
   * element's `data-consent-version` is used.
   */
  @property({ attribute: 'consent-version' }) consentVersion = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('petition')) {
      this.safePetition = checkedUrl(this, 'petition', this.petition, 'the form is disabled', { required: true });
    }
    if (changed.has('shareUrl')) {
      this.safeShareUrl = checkedUrl(this, 'share-url', this.shareUrl, 'nothing is offered for sharing');
    }
    if (changed.has('frameOrigin') && this.frameOrigin && !isOrigin(this.frameOrigin)) {
      warnAttribute(
        this,
        'frame-origin',
        'must be an origin such as https://partner.example; the form will not talk to its page.',
      );
    }
  }

  protected override firstUpdated(): void {
    if (!this.consentText && !this.querySelector(':scope > [slot="consent"]')) {
      warnAttribute(this, 'consent-text', 'is missing, and so is the consent slot; the consent checkbox has no text.');
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    announcer.prepare(this.ownerDocument);
  }

  protected override updated(): void {
    // The status line is said through the page's announcer, as every widget's status: a live region in a shadow
    // root is missed by some screen readers. Said once per change, in the form's language.
    const status = this.statusText();
    if (status !== this.saidStatus && !this.asServer) {
      this.saidStatus = status;
      if (status) announcer.reply(status, this.localize.lang);
    }
    // Options are re-rendered in another order when the language changes; the choice must not move with them.
    const select = this.form.elements.namedItem('country') as HTMLSelectElement;
    if (select.value !== this.country) select.value = this.country;
  }

  /** The version set on the form, or on the consent element slotted into it (through `<cw-action-button inline>` too). */
  private wordingVersion(): string | undefined {
    if (this.consentVersion) return this.consentVersion;
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="consent"]');
    const versioned = slot
      ?.assignedElements({ flatten: true })
      .find((element) => element.hasAttribute('data-consent-version'));
    return versioned?.getAttribute('data-consent-version') ?? undefined;
  }

  private control(field: Field): HTMLInputElement {
    return this.form.elements.namedItem(field) as HTMLInputElement;
  }

  private check(field: Field): FieldProblem | undefined {
    const { validity, required, value } = this.control(field);
    if (validity.valueMissing || (required && !value.trim())) return 'required';
    return validity.typeMismatch ? 'invalid' : validity.tooLong ? 'too_long' : undefined;
  }

  /** A name is invalid when it holds invisible or direction-changing characters (the server's check); else the e-mail. */
  private message(field: Field, problem: FieldProblem): string {
    if (problem === 'required') return this.localize.term(field === 'consent' ? 'consentRequired' : 'required');
    if (problem === 'too_long') return this.localize.term('tooLong');
    return this.localize.term(field === 'name' ? 'invalidName' : 'invalidEmail');
  }

  /** Shows `problems` and moves focus to the first field that has one; says whether there was any. */
  private async showProblems(problems: FieldProblems): Promise<boolean> {
    this.problems = Object.fromEntries(
      FIELDS.filter((field) => problems[field]).map((field) => [field, problems[field]]),
    );
    await this.updateComplete;
    const first = FIELDS.find((field) => this.problems[field]);
    if (first) this.control(first).focus();
    return !!first;
  }

  private readonly recheck = (event: Event): void => {
    const field = (event.target as HTMLInputElement).name as Field;
    if (this.problems[field]) this.problems = { ...this.problems, [field]: this.check(field) };
  };

  private readonly pickCountry = (event: Event): void => {
    this.country = (event.target as HTMLSelectElement).value;
  };

  private async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.status === 'sending' || !this.safePetition) return;
    if (await this.showProblems(Object.fromEntries(FIELDS.map((field) => [field, this.check(field)])))) return;
    const data = new FormData(this.form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const body = {
      // Control characters (a pasted tab) are the only thing the server refuses in a name; they mean nothing here.
      name: text('name').replace(/\p{Cc}+/gu, ' '),
      email: text('email'),
      country: text('country') || undefined,
      consent: data.has('consent'),
      contactOptIn: data.has('contactOptIn'),
      website: text('website'),
      // The confirmation mail is written in the form's language.
      lang: this.localize.lang,
      consentVersion: this.wordingVersion(),
      // The campaign's report counts signatures per partner page (apart from them): the page that framed the form.
      origin: this.frameOrigin || undefined,
    };
    const json = JSON.stringify(body);
    if (this.attempt?.body !== json) this.attempt = { body: json, key: newKey() };
    this.status = 'sending';
    const outcome = await sendSignature(petitionEndpoint(this.safePetition, 'signatures').href, body, this.attempt.key);
    if (outcome.kind === 'signed' || outcome.kind === 'pending') {
      this.status = outcome.kind;
      // A pending signature changed no count, so there is nothing to tell the page yet.
      if (outcome.kind === 'signed') {
        this.count = outcome.count;
        this.dispatchEvent(new SignedEvent({ petition: this.petition, count: outcome.count }));
        this.channel.send({ type: 'cw-sign-signed', count: outcome.count });
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.thanks')!.focus();
      return;
    }
    if (outcome.kind === 'rate-limited') this.retrySeconds = outcome.seconds;
    if (outcome.kind === 'failed' && outcome.reason) {
      warnAttribute(
        this,
        'consent-version',
        'names no consent wording the petition knows (or is missing); its server refused the signature.',
      );
    }
    this.status = outcome.kind === 'fields' ? 'idle' : outcome.kind;
    if (outcome.kind === 'fields' && (await this.showProblems(outcome.fields))) return;
    if (outcome.kind === 'fields') this.status = 'failed';
    await this.updateComplete;
    // The disabled button lost focus while sending: give it back, or to Retry when there is one.
    if (!(this.renderRoot as ShadowRoot).activeElement) {
      (this.renderRoot.querySelector<HTMLButtonElement>('.retry') ??
        this.renderRoot.querySelector<HTMLButtonElement>('.submit'))!.focus();
    }
  }

  /** Moves focus to the first field. */
  override focus(options?: FocusOptions): void {
    this.control('name').focus(options);
  }

  /** "in 30 seconds", "in 2 minutes", in the form's language. */
  private retryTime(): string {
    const seconds = this.retrySeconds;
    const [value, unit] =
      seconds < 60
        ? [seconds, 'second' as const]
        : seconds < 3600
          ? [Math.ceil(seconds / 60), 'minute' as const]
          : [Math.ceil(seconds / 3600), 'hour' as const];
    return relativeTime(value, unit, this.localize.lang);
  }

  private statusText(): string {
    switch (this.status) {
      case 'sending':
        return this.localize.term('sending');
      case 'retry':
        return this.localize.term('networkError');
      case 'rate-limited':
        return this.localize.term('rateLimited', { when: this.retryTime() });
      case 'failed':
        return this.localize.term('failed');
      default:
        return this.copied ? this.localize.term('linkCopied') : '';
    }
  }

  private renderError(field: Field) {
    const problem = this.problems[field];
    return html`<p part="error" class="error" id="${field}-error" ?hidden=${!problem}>
      ${problem ? this.message(field, problem) : nothing}
    </p>`;
  }

  /** `aria-invalid` and `aria-describedby` of a field, set only while it has a problem. */
  private invalid(field: Field) {
    return this.problems[field] ? 'true' : undefined;
  }

  private described(field: Field) {
    return this.problems[field] ? `${field}-error` : undefined;
  }

  override render() {
    const t = (key: TermKey) => this.localize.term(key);
    const pending = this.status === 'pending';
    const signed = this.status === 'signed' || pending;
    const sending = this.status === 'sending';
    const lang = this.localize.lang;
    return html`<div part="base" class="base">
      <form
        part="form"
        novalidate
        aria-busy=${sending}
        ?hidden=${signed}
        @submit=${this.submit}
        @input=${this.recheck}
        @change=${this.recheck}
      >
        <fieldset ?disabled=${!this.safePetition}>
          <div class="field">
            <label for="name">${t('nameLabel')}</label>
            <input
              id="name"
              name="name"
              autocomplete="name"
              maxlength=${NAME_MAX_CODE_POINTS}
              required
              aria-invalid=${ifDefined(this.invalid('name'))}
              aria-describedby=${ifDefined(this.described('name'))}
            />
            ${this.renderError('name')}
          </div>
          <div class="field">
            <label for="email">${t('emailLabel')}</label>
            <input
              id="email"
              name="email"
              type="email"
              dir="ltr"
              autocomplete="email"
              maxlength=${EMAIL_MAX_LENGTH}
              required
              aria-invalid=${ifDefined(this.invalid('email'))}
              aria-describedby=${ifDefined(this.described('email'))}
            />
            ${this.renderError('email')}
          </div>
          <div class="field">
            <label for="country">${t('countryLabel')}</label>
            <select
              id="country"
              name="country"
              autocomplete="country"
              aria-invalid=${ifDefined(this.invalid('country'))}
              aria-describedby=${ifDefined(this.described('country'))}
              @change=${this.pickCountry}
            >
              <option value="">—</option>
              ${countryOptions(lang, () => this.requestUpdate()).map(([code, name]) => html`<option value=${code}>${name}</option>`)}
            </select>
            ${this.renderError('country')}
          </div>
          <div class="check">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              required
              aria-invalid=${ifDefined(this.invalid('consent'))}
              aria-describedby=${ifDefined(this.described('consent'))}
            />
            <label for="consent"><slot name="consent">${this.consentText || nothing}</slot></label>
          </div>
          ${this.renderError('consent')}
          <div class="check">
            <input id="contact" name="contactOptIn" type="checkbox" />
            <label for="contact">${t('contactOptIn')}</label>
          </div>
          <div class="trap" aria-hidden="true">
            <label for="website">Website</label>
            <input id="website" name="website" tabindex="-1" autocomplete="off" />
          </div>
          <div class="actions">
            <button part="submit-button" class="submit" type="submit" ?disabled=${sending}>${t('sign')}</button>
            ${this.status === 'retry' ? html`<button class="retry" type="button" @click=${() => this.submit()}>${t('retry')}</button>` : nothing}
          </div>
        </fieldset>
      </form>
      <div part="thanks" class="thanks" tabindex="-1" ?hidden=${!signed}>
        <p class="thanks-title">${t(pending ? 'checkInbox' : 'thanks')}</p>
        <p>
          ${pending ? t('checkInboxHint') : this.localize.plural('signatures', this.count, { count: this.localize.number(this.count) })}
        </p>
        ${
          signed && this.safeShareUrl
            ? renderSharePanel({
                url: new URL(this.safeShareUrl, document.baseURI).href,
                text: this.shareText,
                labels: { share: t('share'), copyLink: t('copyLink'), email: t('emailLabel') },
                onCopied: () => (this.copied = true),
              })
            : nothing
        }
      </div>
      <p part="status" class="status ${this.status}">${this.statusText() || nothing}</p>
    </div>`;
  }
}
