import { css } from 'lit';

export default css`
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    --_cw-error: var(--cw-sign-form-error-color, #b3261e);
  }

  fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }

  label {
    font-weight: 600;
  }

  input,
  select {
    font: inherit;
    color: inherit;
  }

  input:not([type='checkbox']),
  select {
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.4em 0.6em;
    border: 0.1em solid currentColor;
    border-radius: var(--_cw-radius);
    background: var(--cw-color-surface, Field);
    color: var(--cw-color-text, FieldText);
  }

  /* A thicker border, not an outline: the outline is the focus ring. */
  [aria-invalid='true'] {
    border-color: var(--_cw-error);
    box-shadow: 0 0 0 0.1em var(--_cw-error);
  }

  /* Both: the error's border inside the focus ring's gap, the ring's halo outside (tokens.ts). */
  [aria-invalid='true']:focus-visible {
    box-shadow:
      0 0 0 0.1em var(--_cw-error),
      0 0 0 calc(3 * var(--_cw-ring)) var(--cw-color-focus-halo, #fff);
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }

  .check label {
    font-weight: normal;
  }

  /* At least 24 CSS px, and the label is part of the target too. */
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
  }

  .error {
    margin: 0;
    color: var(--_cw-error);
    font-weight: 600;
  }

  .error::before {
    content: '⚠ ' / '';
  }

  /*
   * The honeypot: out of sight, out of the tab order and out of the accessibility tree. Clipped where it stands, not
   * moved 100vw aside: in a right-to-left widget that is to the right, and the page scrolled sideways.
   */
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .actions,
  .share,
  .share ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  button {
    min-block-size: 2.5em;
    min-inline-size: 24px;
    padding: 0.4em 1em;
    border: 0.1em solid currentColor;
    border-radius: var(--_cw-radius);
    background: transparent;
    font-weight: 600;
  }

  .submit {
    border-color: transparent;
    background: var(--cw-sign-form-button-background, var(--_cw-accent));
    color: var(--cw-sign-form-button-color, #000);
  }

  button:disabled,
  fieldset:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .thanks:focus {
    outline: none;
    box-shadow: none;
  }

  .thanks p {
    margin: 0 0 0.5em;
  }

  .thanks-title {
    font-size: 1.25em;
    font-weight: 700;
  }

  .share ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .share a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.25em;
  }

  .status {
    margin: 0;
  }

  .retry,
  .rate-limited,
  .failed {
    color: var(--_cw-error);
    font-weight: 600;
  }
`;
