import { css } from 'lit';

/**
 * What every widget's shadow root starts with: the host's font and colour inherited on purpose,
 * the inherited properties a partner's CSS often skews (`text-transform`, `letter-spacing`…) reset,
 * and the global `--cw-*` tokens with their defaults. Sizes are in `em` so they follow the text
 * around the widget, never the page's root font size.
 *
 * The reset is `!important`: a page rule that matches the widget's own element (`* { letter-spacing: inherit }`,
 * `.entry-content > *`) would otherwise beat `:host`, and an `!important` in the shadow root beats any rule of the
 * page. Colour, font family and size stay open to the page; line height through `--cw-line-height`.
 *
 * The global tokens, which the manifest lists on every element (custom-elements-manifest.config.mjs reads them here):
 * @cssprop [--cw-font-family=inherit] - The widgets' font. Defaults to the page's.
 * @cssprop [--cw-color-text=inherit] - The widgets' text colour. Defaults to the page's.
 * @cssprop [--cw-color-accent=#ffd400] - Bars, highlights, quote marks and the action button.
 * @cssprop [--cw-color-on-accent=#000] - Text on the accent colour (the action button's).
 * @cssprop [--cw-color-surface=transparent] - Widget backgrounds.
 * @cssprop [--cw-color-focus=currentColor] - The focus ring.
 * @cssprop [--cw-radius=0.25em] - Corner radius.
 * @cssprop [--cw-space=1em] - Inner padding.
 * @cssprop [--cw-margin-block=1em] - Space above and below each widget, so it never butts against its neighbours.
 * @cssprop [--cw-line-height=1.5] - Line height of widget text.
 */
export const widgetStyles = css`
  :host {
    display: block;
    margin-block: var(--cw-margin-block, 1em);
    font-family: var(--cw-font-family, inherit);
    font-size: 1em;
    font-style: normal !important;
    font-weight: normal !important;
    line-height: var(--cw-line-height, 1.5) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    overflow-wrap: anywhere;
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
