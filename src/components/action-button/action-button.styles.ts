import { css } from 'lit';

export default css`
  /* A block of its own, as a CMS content column expects of its children (Twenty Twenty-One centres block children
     with auto margins, which an inline-block ignores); in a sentence, make it inline-block. */
  :host {
    max-inline-size: 100%;
  }

  .button {
    display: inline-flex;
    max-inline-size: 100%;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75em;
    padding: 0.6em 1.4em;
    border: 0.125em solid transparent;
    border-radius: var(--_cw-radius);
    background: var(--cw-action-button-background, var(--_cw-accent));
    color: var(--cw-action-button-color, var(--cw-color-on-accent, #000));
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    border-color: currentColor;
  }

  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  dialog {
    inline-size: min(36em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    padding: 0;
    border: 0;
    border-radius: var(--_cw-radius);
    background: var(--cw-action-button-dialog-background, Canvas);
    color: var(--cw-action-button-dialog-color, CanvasText);
    overflow: auto;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    padding-block: 0.75em 0.25em;
    padding-inline: var(--_cw-space) 0.5em;
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .close {
    flex: none;
    inline-size: 2.5em;
    block-size: 2.5em;
    padding: 0;
    border: 0;
    border-radius: var(--_cw-radius);
    background: none;
    font-size: 1.25em;
    line-height: 1;
  }

  .dialog-body {
    padding: 0 var(--_cw-space) var(--_cw-space);
  }

  iframe {
    display: block;
    inline-size: 100%;
    block-size: var(--_cw-frame-height, 28em);
    border: 0;
  }

  iframe.loading {
    block-size: 0;
  }

  .status {
    margin: 0;
  }
`;
