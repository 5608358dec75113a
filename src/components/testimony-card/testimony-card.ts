import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from '../../internal/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { announcer } from '../../internal/announcer.js';
import { renderCitation } from '../../internal/citation.js';
import { LightTextController } from '../../internal/light-text.js';
import { canonicalLocale, directionOfLanguage } from '../../internal/localize.js';
import { checkedUrl } from '../../internal/safe-url.js';
import { widgetStyles } from '../../internal/tokens.js';
import { warnAttribute } from '../../internal/warn.js';
import { PartnerWidget } from '../../internal/partner-widget.js';
import styles from './testimony-card.styles.js';

/**
 * A first-person testimony: the quote in its own language, who said it, and where it was published.
 * The quote is the element's light-DOM content, so it is indexed and readable before and without JavaScript; the card
 * draws its text in its shadow root, where no style of the page (a theme's `blockquote` rules) reaches it.
 *
 * @tag cw-testimony-card
 * @summary A quote with name, relation, optional photo and translation, optionally behind a content note.
 *
 * @slot - The quote, as written: a `<blockquote>` or `<p>`, with `lang` when it is not in the page's language. Behind a
 *   content note, wrap it in `<details><summary>…</summary>…</details>` so that it stays hidden without JavaScript too.
 * @slot translation - The quote in the page's language; the reader can switch between it and the original.
 *
 * @csspart base - The card.
 * @csspart content-note - The note shown instead of the quote until the reader chooses to see it.
 * @csspart reveal-button - The note's "Show testimony" button.
 * @csspart quote - The wrapper of the quote (original or translation).
 * @csspart translation-toggle - The button that switches between translation and original.
 * @csspart attribution - Photo, name and relation.
 * @csspart photo - The photo.
 * @csspart name - The name.
 * @csspart relation - The relation ("Sister of a missing Uighur PhD student").
 * @csspart source - The citation line.
 *
 * @cssprop [--cw-testimony-card-background=var(--cw-color-surface)] - The card's background.
 * @cssprop [--cw-testimony-card-accent=var(--cw-color-accent)] - The large quote mark.
 * @cssprop [--cw-testimony-card-quote-size=1.25em] - The quote's font size, relative to the widget's.
 */
export class TestimonyCard extends PartnerWidget {
  static override styles = [widgetStyles, styles];

  private readonly lightText = new LightTextController(this);
  /** `photo-src` and `source-href`, when they are http(s) or relative URLs; `quote-lang`, when it is a language tag. */
  private safePhotoSrc?: string;
  private canonicalQuoteLang?: string;
  private safeSourceHref?: string;

  @query('.quote') private quoteElement!: HTMLElement;

  @state() private revealed = false;
  @state() private showingOriginal = false;

  /** Who speaks: a name, or how they wish to be named. */
  @property() name = '';

  /** Who they are to the story, such as "Sister of a missing Uighur PhD student". */
  @property() relation = '';

  /** A photo of the speaker; only http(s) and relative URLs. Loaded lazily, with no referrer. */
  @property({ attribute: 'photo-src' }) photoSrc = '';

  /** What the photo shows. Without it the photo is treated as decorative, and a warning says so. */
  @property({ attribute: 'photo-alt' }) photoAlt?: string;

  /** The quote's language, when the slotted quote does not carry its own `lang`. Sets its direction too. */
  @property({ attribute: 'quote-lang' }) quoteLang = '';

  /** Hides the quote behind this note (e.g. "Describes torture") until the reader chooses to see it. */
  @property({ attribute: 'content-note' }) contentNote = '';

  /** Who published the testimony, such as "Amnesty International, 2018". */
  @property() source = '';

  /** A link to the source; only http(s) and relative URLs become links. */
  @property({ attribute: 'source-href' }) sourceHref = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's live region must be in the accessibility tree before the toggle's reply is said there.
    announcer.prepare(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('photoSrc')) {
      this.safePhotoSrc = checkedUrl(this, 'photo-src', this.photoSrc, 'no photo is shown');
    }
    if ((changed.has('photoSrc') || changed.has('photoAlt')) && this.safePhotoSrc && this.photoAlt === undefined) {
      warnAttribute(this, 'photo-alt', 'is missing; the photo is treated as decorative.');
    }
    if (changed.has('quoteLang')) {
      this.canonicalQuoteLang = this.quoteLang ? canonicalLocale(this.quoteLang) : undefined;
      if (this.quoteLang && !this.canonicalQuoteLang) {
        warnAttribute(this, 'quote-lang', 'is not a language tag; the quote takes the page’s language.');
      }
    }
    if (changed.has('sourceHref')) {
      this.safeSourceHref = checkedUrl(this, 'source-href', this.sourceHref, 'the source is shown as text');
    }
  }

  /** The quote's language: `quote-lang`, else the `lang` of the slotted quote itself. */
  private originalLanguage(): string | undefined {
    const slottedQuote = [...this.children].find((child) => !child.slot && child.hasAttribute('lang'));
    return this.canonicalQuoteLang ?? slottedQuote?.getAttribute('lang') ?? undefined;
  }

  private async reveal(): Promise<void> {
    this.revealed = true;
    await this.updateComplete;
    // The button that had focus is gone: put the reader on what they asked to see.
    this.quoteElement.focus();
  }

  private toggleTranslation(): void {
    this.showingOriginal = !this.showingOriginal;
    // Through the page's announcer, as every status message: a live region in a shadow root is missed by some readers.
    announcer.reply(
      this.localize.term(this.showingOriginal ? 'originalShown' : 'translationShown'),
      this.localize.lang,
    );
  }

  private renderContentNote() {
    return html`<div part="content-note" class="note">
      <p><strong>${this.localize.term('contentNote')}</strong> ${this.contentNote}</p>
      <button part="reveal-button" class="reveal" type="button" @click=${this.reveal}>
        ${this.localize.term('showTestimony')}
      </button>
    </div>`;
  }

  private renderPhoto() {
    if (!this.safePhotoSrc) return nothing;
    return html`<img
      part="photo"
      class="photo"
      src=${this.safePhotoSrc}
      alt=${this.photoAlt ?? ''}
      width="56"
      height="56"
      loading="lazy"
      decoding="async"
      crossorigin="anonymous"
      referrerpolicy="no-referrer"
    />`;
  }

  override render() {
    const original = this.lightText.paragraphs();
    const translation = this.lightText.paragraphs('translation');
    const hasTranslation = translation.length > 0;
    const showingTranslation = hasTranslation && !this.showingOriginal;
    // A server shows the original and the translation both, each in the language its own markup gives it.
    const quoteLang = showingTranslation || this.asServer ? undefined : this.originalLanguage();
    const hiddenByNote = !!this.contentNote && !this.revealed;
    const hasAttribution = !!(this.name || this.relation || this.safePhotoSrc);

    return html`<div part="base">
      <figure class="card">
        ${hiddenByNote ? this.renderContentNote() : nothing}
        <div
          part="quote"
          class="quote"
          tabindex="-1"
          role="group"
          aria-label=${this.localize.term('testimony')}
          ?hidden=${hiddenByNote}
          lang=${ifDefined(quoteLang)}
          dir=${ifDefined(quoteLang ? directionOfLanguage(quoteLang) : undefined)}
        >
          ${(showingTranslation ? translation : original).map((paragraph) => html`<p>${paragraph}</p>`)}
          <div class="light" ?hidden=${!this.asServer}><slot></slot><slot name="translation"></slot></div>
        </div>
        ${
          hasTranslation && !hiddenByNote
            ? html`<button part="translation-toggle" class="toggle" type="button" @click=${this.toggleTranslation}>
                ${this.localize.term(showingTranslation ? 'showOriginal' : 'showTranslation')}
              </button>`
            : nothing
        }
        <figcaption part="attribution" ?hidden=${!hasAttribution && !this.source}>
          ${this.renderPhoto()}
          <span class="who">
            ${this.name ? html`<span part="name" class="name">${this.name}</span>` : nothing}
            ${this.relation ? html`<span part="relation">${this.relation}</span>` : nothing}
          </span>
          ${renderCitation(this.localize.term('sourceLabel'), this.source, this.safeSourceHref)}
        </figcaption>
      </figure>
    </div>`;
  }
}
