import { css } from 'lit';

export default css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    margin: 0;
    padding: var(--_cw-space);
    border-radius: var(--_cw-radius);
    background: var(--cw-testimony-card-background, var(--_cw-surface));
  }

  .quote {
    font-size: var(--cw-testimony-card-quote-size, 1.25em);
    line-height: 1.5;
    quotes: auto;
  }

  .quote:focus {
    outline: none;
    box-shadow: none;
  }

  /* One large opening mark, in the quote's own language ("“", "«", "„", "「"), hidden from screen readers. */
  .quote::before {
    content: open-quote / '';
    display: block;
    block-size: 0.5em;
    font-size: 3em;
    font-weight: 700;
    line-height: 1;
    color: var(--cw-testimony-card-accent, var(--_cw-accent));
  }

  .quote::after {
    content: no-close-quote;
  }

  .quote > p {
    margin: 0;
  }

  .quote > p + p {
    margin-block-start: 0.75em;
  }

  /* The partner's own markup shows as written only where the card cannot draw its text (a server's render). */
  ::slotted(*) {
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    background: none !important;
    font-size: inherit !important;
  }

  .note {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.75em;
    border: 0.1em dashed currentColor;
    border-radius: var(--_cw-radius);
  }

  .note p {
    margin: 0;
  }

  .reveal {
    padding: 0.4em 0.9em;
    border: 0.1em solid currentColor;
    border-radius: var(--_cw-radius);
    background: transparent;
    font-weight: 600;
  }

  .toggle {
    align-self: flex-start;
    min-block-size: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }

  .photo {
    flex: none;
    inline-size: 3.5em;
    block-size: 3.5em;
    aspect-ratio: 1;
    border-radius: 50%;
    object-fit: cover;
  }

  .who {
    display: flex;
    flex-direction: column;
    flex: 1 1 12em;
  }

  .name {
    font-weight: 700;
  }

  .source {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
  }
`;
