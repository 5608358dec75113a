import { css } from 'lit';

export default css`
  .counter {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
  }

  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.3em;
    max-inline-size: 100%;
    margin: 0;
  }

  .value {
    font-size: var(--cw-signature-counter-value-size, 2em);
    font-weight: 800;
    line-height: 1.1;
  }

  /* While loading: the number's line height, without its width or the gap after it. */
  .strut {
    margin-inline-end: -0.3em;
  }

  .label,
  .reached {
    margin: 0;
    font-weight: 600;
  }

  .progress {
    appearance: none;
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
    overflow: hidden;
    border: 0.0625em solid;
    border-radius: var(--_cw-radius);
    background: var(--_cw-surface);
  }

  .progress::-webkit-progress-bar {
    background: transparent;
  }

  .progress::-webkit-progress-value {
    background: var(--cw-signature-counter-accent, var(--_cw-accent));
  }

  .progress::-moz-progress-bar {
    background: var(--cw-signature-counter-accent, var(--_cw-accent));
  }

  /* The goal as text: forced colours may draw no fill, and a reader of text needs the figure. */
  .goal {
    margin: 0;
    margin-block-start: -0.25em;
    font-size: 0.8125em;
  }

  /* Forced colours would paint the fill as the page's background: the bar is drawn in system colours of its own. */
  @media (forced-colors: active) {
    .progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }

    .progress::-webkit-progress-value {
      background: Highlight;
    }

    .progress::-moz-progress-bar {
      background: Highlight;
    }
  }

  .pause {
    padding-block: 0.25em;
    padding-inline: 0.6em;
    border: 0.0625em solid;
    border-radius: var(--_cw-radius);
    background: none;
    font-size: 0.8125em;
  }
`;
