import { html, nothing, type PropertyValues } from 'lit';
import { property } from '../../internal/decorators.js';
import { CountUpController } from '../../internal/count-up.js';
import { NOTATIONS, parsePlainNumber, type Notation } from '../../internal/format.js';
import { FirstViewController } from '../../internal/in-view.js';
import { SlotPresenceController } from '../../internal/slot-presence.js';
import { renderCitation } from '../../internal/citation.js';
import { checkedUrl } from '../../internal/safe-url.js';
import { widgetStyles } from '../../internal/tokens.js';
import { tweenedNumber, tweenedNumberStyles } from '../../internal/tweened-number.js';
import { checkedChoice, warnAttribute } from '../../internal/warn.js';
import { PartnerWidget } from '../../internal/partner-widget.js';
import styles from './fact-box.styles.js';

/**
 * One key figure, what it counts, and where it comes from.
 *
 * @tag cw-fact-box
 * @summary A key figure with its label and cited source, counting up once when first seen.
 *
 * @slot - One or two sentences of detail under the figure.
 *
 * @csspart base - The box around everything.
 * @csspart prefix - The words before the figure ("Up to").
 * @csspart value - The figure.
 * @csspart label - What the figure counts.
 * @csspart detail - The wrapper of the slotted detail.
 * @csspart source - The citation line.
 *
 * @cssprop [--cw-fact-box-accent=var(--cw-color-accent)] - The bar on the inline-start edge.
 * @cssprop [--cw-fact-box-background=var(--cw-color-surface)] - The box's background.
 * @cssprop [--cw-fact-box-value-size=2.5em] - The figure's font size, relative to the widget's.
 */
export class FactBox extends PartnerWidget {
  static override styles = [widgetStyles, tweenedNumberStyles, styles];

  private readonly countUp = new CountUpController(this);
  private readonly slots = new SlotPresenceController(this);

  /** `value` as a number, when it is plain digits; `source-href`, when it is an http(s) or relative URL. */
  private numericValue?: number;
  private safeSourceHref?: string;

  /** The figure. Plain digits (`1000000`, `2.5`) are formatted in the page's language; other text is shown as written. */
  @property() value = '';

  /** Words before the figure, such as "Up to". (Not `prefix`: every element has a read-only `prefix` property.) */
  @property({ attribute: 'value-prefix' }) valuePrefix = '';

  /** What the figure counts. */
  @property() label = '';

  /** Who published the figure, such as "Amnesty International, 2018". */
  @property() source = '';

  /** A link to the source; only http(s) and relative URLs become links. */
  @property({ attribute: 'source-href' }) sourceHref = '';

  /** `standard` (1,000,000) or `compact` (1M, 100万). */
  @property() notation: Notation = 'standard';

  constructor() {
    super();
    new FirstViewController(this, () => this.countUpOnce());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value')) {
      this.numericValue = parsePlainNumber(this.value);
      this.countUp.jumpTo(this.numericValue);
      if (!this.value.trim()) warnAttribute(this, 'value', 'is missing; the box shows no figure.');
    }
    if (changed.has('sourceHref')) {
      this.safeSourceHref = checkedUrl(this, 'source-href', this.sourceHref, 'the source is shown as text');
    }
    if (changed.has('notation')) this.notation = checkedChoice(this, 'notation', this.notation, NOTATIONS);
  }

  private countUpOnce(): void {
    // Compact figures change width as they count ("999K" is wider than "1M"), so they never animate.
    if (this.numericValue !== undefined && this.notation === 'standard') {
      this.countUp.animate(0, this.numericValue);
    }
  }

  private renderValue() {
    if (this.numericValue === undefined) {
      return this.value.trim() ? html`<span part="value" class="value">${this.value}</span>` : nothing;
    }
    const final = this.localize.number(this.numericValue, this.notation);
    const frame = this.localize.number(this.countUp.value ?? this.numericValue, this.notation);
    return html`<span part="value" class="value tweened-number">${tweenedNumber(final, frame)}</span>`;
  }

  override render() {
    return html`<div part="base" class="fact-box">
      <p class="figure">
        ${this.valuePrefix ? html`<span part="prefix" class="prefix">${this.valuePrefix}</span>` : nothing}
        ${this.renderValue()} ${this.label ? html`<span part="label" class="label">${this.label}</span>` : nothing}
      </p>
      <div part="detail" class="detail" ?hidden=${this.slots.has() === false}>
        <slot></slot>
      </div>
      ${renderCitation(this.localize.term('sourceLabel'), this.source, this.safeSourceHref)}
    </div>`;
  }
}
