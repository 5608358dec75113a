import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { announcer } from '../../internal/announcer.js';
import { isCount, isGoal, type PetitionState } from '../../internal/count-store.js';
import { CountUpController } from '../../internal/count-up.js';
import { CountChangeEvent } from '../../internal/events.js';
import { NOTATIONS, parsePlainNumber, type Notation } from '../../internal/format.js';
import { LiveCountController } from '../../internal/live-count.js';
import { petitionUrl } from '../../internal/petition-url.js';
import { checkedUrl } from '../../internal/safe-url.js';
import { widgetStyles } from '../../internal/tokens.js';
import { tweenedNumber, tweenedNumberStyles } from '../../internal/tweened-number.js';
import { checkedChoice, warnAttribute } from '../../internal/warn.js';
import { PartnerWidget } from '../../internal/partner-widget.js';
import styles from './signature-counter.styles.js';

/** Numbers as HTML writes them; anything else becomes NaN, so that it is reported, never read as 0. */
const numberAttribute = {
  fromAttribute: (value: string | null) => (value === null ? undefined : (parsePlainNumber(value) ?? NaN)),
};

const MIN_INTERVAL = 5;
const MAX_INTERVAL = 86_400;

/**
 * A petition's signature count and its progress to the goal, kept live and shared by every widget
 * on the page that names the same petition.
 *
 * @tag cw-signature-counter
 * @summary A live signature count with a progress bar to the goal.
 *
 * @csspart base - The wrapper of everything.
 * @csspart value - The number.
 * @csspart label - The words around the number ("signatures").
 * @csspart progress - The progress bar to the goal.
 * @csspart goal - The goal as text under the bar ("Goal: 1,000,000"), which forced colours and readers of text keep.
 * @csspart goal-reached - The line shown once the goal is reached.
 * @csspart pause - The button that pauses and resumes live updates.
 *
 * @cssprop [--cw-signature-counter-accent=var(--cw-color-accent)] - The progress bar's fill.
 * @cssprop [--cw-signature-counter-value-size=2em] - The number's font size, relative to the widget's.
 *
 * @fires {CountChangeEvent} cw-count-change - The number changed because the petition answered or someone signed; `detail` is `{ count, goal }`.
 */
export class SignatureCounter extends PartnerWidget {
  static override styles = [widgetStyles, tweenedNumberStyles, styles];

  private readonly countUp = new CountUpController(this);

  /** The `petition` that is fetched: http(s) or relative only. */
  private safePetition?: string;

  private stopHearingPause?: () => void;

  @state() private petitionCount?: number;
  @state() private petitionGoal?: number;

  /** The petition's URL; the count is fetched from it, and its stream from `{petition}/events`. */
  @property() petition = '';

  /** A starting count rendered by the server, shown at once until the petition answers. */
  @property({ converter: numberAttribute }) count?: number;

  /** The goal; wins over the petition's own. */
  @property({ converter: numberAttribute }) goal?: number;

  /** Words after the number, instead of the localised "signatures". */
  @property() label = '';

  /** `standard` (713,402) or `compact` (713K). */
  @property() notation: Notation = 'standard';

  /** Follow the petition's event stream instead of polling it (polling comes back if the stream fails). */
  @property({ type: Boolean }) live = false;

  /** Seconds between two refreshes when not `live`: 5 at the least. */
  @property({ converter: numberAttribute }) interval = 30;

  constructor() {
    super();
    new LiveCountController(this, () => this.source(), {
      change: (state) => this.handleState(state),
      problem: (description) => warnAttribute(this, 'petition', description),
    });
  }

  /** The count on screen: the petition's, else the valid `count` attribute; `undefined` while loading. */
  private get shownCount(): number | undefined {
    return this.petitionCount ?? (isCount(this.count) ? this.count : undefined);
  }

  private get shownGoal(): number | undefined {
    return isGoal(this.goal) ? this.goal : this.petitionGoal;
  }

  /** Live updates are paused for the whole page (see announcer.ts): one reader's wish for quiet, whichever button. */
  private get paused(): boolean {
    return announcer.paused;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    announcer.prepare(this.ownerDocument);
    this.stopHearingPause = announcer.onPauseChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopHearingPause?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('petition')) {
      this.safePetition = checkedUrl(this, 'petition', this.petition, 'the count is not updated', { required: true });
    }
    if (changed.has('count') && this.count !== undefined && !isCount(this.count)) {
      warnAttribute(this, 'count', 'must be a whole number, 0 or more; it is ignored.');
    }
    if (changed.has('goal') && this.goal !== undefined && !isGoal(this.goal)) {
      warnAttribute(this, 'goal', 'must be a whole number above 0; using the petition’s goal.');
    }
    if (changed.has('interval')) {
      const seconds = Number.isNaN(this.interval) ? 30 : Math.min(Math.max(this.interval, MIN_INTERVAL), MAX_INTERVAL);
      if (seconds !== this.interval) {
        warnAttribute(this, 'interval', `must be ${MIN_INTERVAL} to ${MAX_INTERVAL} seconds; using ${seconds}.`);
        this.interval = seconds;
      }
    }
    if (changed.has('notation')) this.notation = checkedChoice(this, 'notation', this.notation, NOTATIONS);
    if (changed.has('count') && this.petitionCount === undefined) this.countUp.jumpTo(this.shownCount);
  }

  private source() {
    return this.safePetition && !this.paused
      ? { petition: this.safePetition, live: this.live, intervalMs: this.interval * 1000 }
      : undefined;
  }

  private handleState({ count, goal }: PetitionState): void {
    this.petitionGoal = goal;
    const previous = this.shownCount;
    if (count === undefined || count === previous) {
      this.petitionCount = count ?? this.petitionCount;
      return;
    }
    this.petitionCount = count;
    if (previous === undefined || this.notation !== 'standard') {
      // Never counted up from a made-up 0; compact figures change width as they count.
      this.countUp.jumpTo(count);
    } else {
      this.countUp.animate(this.countUp.value ?? previous, count);
    }
    if (previous !== undefined && this.safePetition)
      announcer.update(petitionUrl(this.safePetition), this.countText(count), this.localize.lang);
    this.dispatchEvent(new CountChangeEvent({ count, goal: this.shownGoal }));
  }

  private togglePause(): void {
    announcer.paused = !announcer.paused;
  }

  /** "713,402 signatures", in the inherited language, or with the embedder's label. */
  private countText(count: number): string {
    const value = this.localize.number(count, this.notation);
    return this.label ? `${value} ${this.label}` : this.localize.plural('signatures', count, { count: value });
  }

  private renderCount(count: number) {
    // The words before and after `{count}`, so the number can be drawn on its own in any word order.
    const [before, after] = this.label ? ['', this.label] : this.localize.plural('signatures', count).split('{count}');
    const final = this.localize.number(count, this.notation);
    return html`${before?.trim() ? html`<span part="label" class="label">${before}</span>` : nothing}
      <span part="value" class="value tweened-number"
        >${tweenedNumber(final, this.localize.number(this.countUp.value ?? count, this.notation))}</span
      >
      ${after?.trim() ? html`<span part="label" class="label">${after}</span>` : nothing}`;
  }

  private renderProgress(count: number | undefined, goal: number | undefined) {
    if (count !== undefined && goal !== undefined) {
      const goalText = this.localize.number(goal, this.notation);
      // The noun follows the goal, the last number before it: "1 of 1,000,000 signatures".
      const name = this.localize.plural('signaturesOfGoal', goal, {
        count: this.localize.number(count, this.notation),
        goal: goalText,
      });
      return html`<progress
          part="progress"
          class="progress"
          max=${goal}
          .value=${Math.min(this.countUp.value ?? count, goal)}
          aria-label=${name}
        ></progress>
        <p part="goal" class="goal" aria-hidden="true">${this.localize.term('goal', { goal: goalText })}</p>`;
    }
    // Room for the bar until the first answer says whether there is a goal.
    const goalMayCome = this.safePetition !== undefined && this.petitionCount === undefined;
    return goal !== undefined || goalMayCome
      ? html`<progress class="progress reserve" aria-hidden="true"></progress>
          <p class="goal" aria-hidden="true">&#8203;</p>`
      : nothing;
  }

  override render() {
    const count = this.shownCount;
    const goal = this.shownGoal;
    return html`<div part="base" class="counter" aria-busy=${count === undefined}>
      <p class="figure">
        ${
          count === undefined
            ? html`<span class="value strut" aria-hidden="true">&#8203;</span
                ><span class="label loading">${this.localize.term('loadingCount')}</span>`
            : this.renderCount(count)
        }
      </p>
      ${this.renderProgress(count, goal)}
      ${
        count !== undefined && goal !== undefined && count >= goal
          ? html`<p part="goal-reached" class="reached">${this.localize.term('goalReached')}</p>`
          : nothing
      }
      ${
        this.safePetition
          ? html`<button part="pause" class="pause" type="button" @click=${this.togglePause}>
              ${this.localize.term(this.paused ? 'resumeUpdates' : 'pauseUpdates')}
            </button>`
          : nothing
      }
    </div>`;
  }
}
