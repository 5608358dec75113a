import { css, html } from 'lit';

/**
 * A number that counts (the fact box's figure, the counter's count): screen readers read only `final`;
 * the frame being drawn is laid over an invisible copy of `final`, so the width never changes as it counts.
 * Goes inside an element of class `tweened-number` (which gets tabular figures from {@link tweenedNumberStyles}).
 */
export const tweenedNumber = (final: string, frame: string) =>
  html`<span class="visually-hidden">${final}</span><span class="reserve" aria-hidden="true">${final}</span
    ><span aria-hidden="true">${frame}</span>`;

export const tweenedNumberStyles = css`
  .tweened-number {
    display: inline-grid;
    font-variant-numeric: tabular-nums;
  }

  .tweened-number > [aria-hidden] {
    grid-area: 1 / 1;
  }

  .reserve {
    visibility: hidden;
  }
`;
