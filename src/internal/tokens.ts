import { css } from 'lit';

/**
 * What every widget's shadow root starts with: the host's font and colour inherited on purpose,
 * the inherited properties a partner's CSS often skews (`text-transform`, `letter-spacing`…) reset,
 * and the global `--cw-*` tokens with their defaults. Sizes are in `em` so they follow the text
 * around the widget, never the page's root font size.
 */
export const widgetStyles = css`
  :host {
    display: block;
    font-family: var(--cw-font-family, inherit);
    font-size: 1em;
    font-style: normal;
    font-weight: normal;
    line-height: var(--cw-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    color: var(--cw-color-text, inherit);
    --_cw-accent: var(--cw-color-accent, #ffd400);
    --_cw-surface: var(--cw-color-surface, transparent);
    --_cw-radius: var(--cw-radius, 0.25em);
    --_cw-space: var(--cw-space, 1em);
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 0.15em solid var(--cw-color-focus, currentColor);
    outline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
