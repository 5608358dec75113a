import { css } from 'lit';

/**
 * What every widget's shadow root starts with: the host's font and colour inherited on purpose,
 * the inherited properties a partner's CSS often skews (`text-transform`, `letter-spacing`…) reset,
 * and the global `--cw-*` tokens with their defaults. Sizes are in `em` so they follow the text
 * around the widget, never the page's root font size.
 *
 * The reset of what a hostile page skews and a reader never asks for (`text-transform`, `text-align`, `text-indent`,
 * `white-space`, italics and weight) is `!important`: a page rule that matches the widget's own element
 * (`* { text-transform: inherit }`, `.entry-content > *`) would otherwise beat `:host`, and an `!important` in the shadow
 * root beats any rule of the page. Text spacing is reset without `!important`, so a page's body styles still do not
 * reach in, but a reader's text-spacing override (WCAG 1.4.12: `* { letter-spacing: 0.12em !important; … }`) does; a
 * page rule on the widget's own element can widen its letters too, which costs looks, never content. Line height
 * stays `!important` at 1.5 by default, the height 1.4.12 asks for, so a cramped page cannot overlap its lines.
 * Colour, font family and size stay open to the page; line height through `--cw-line-height`.
 *
 * The focus ring is two rings, dark inside light (`--cw-color-focus` inside `--cw-color-focus-halo`): whatever the
 * page's background, one of them stands out from it by 3:1 at least (WCAG 1.4.11, 2.4.13), light on light included.
 *
 * The global tokens, which the manifest lists on every element (custom-elements-manifest.config.mjs reads them here):
 * @cssprop [--cw-font-family=inherit] - The widgets' font. Defaults to the page's.
 * @cssprop [--cw-color-text=inherit] - The widgets' text colour. Defaults to the page's.
 * @cssprop [--cw-color-accent=#ffd400] - Bars, highlights, quote marks and the action button.
 * @cssprop [--cw-color-on-accent=#000] - Text on the accent colour (the action button's).
 * @cssprop [--cw-color-surface=transparent] - Widget backgrounds.
 * @cssprop [--cw-color-focus=#000] - The focus ring's inner ring.
 * @cssprop [--cw-color-focus-halo=#fff] - The focus ring's outer ring, around the inner one, for dark backgrounds.
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
    letter-spacing: normal;
    word-spacing: normal;
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

  :host(:state(cw-loading)) {
    visibility: hidden;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Controls reset spacing in the browser's own style sheet: a reader's text spacing must reach their labels too. */
  button,
  input,
  select,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
  }

  /* Every widget's buttons start from the text around them; each widget then draws its own. */
  button {
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* A light gap, the dark ring, a light halo: the box shadow is drawn under the outline and around it. */
  /* Two pixels at the least: browsers draw a thinner outline of small text as one device pixel. */
  :focus-visible {
    --_cw-ring: max(0.125em, 2px);
    outline: var(--_cw-ring) solid var(--cw-color-focus, #000);
    outline-offset: var(--_cw-ring);
    box-shadow: 0 0 0 calc(3 * var(--_cw-ring)) var(--cw-color-focus-halo, #fff);
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
