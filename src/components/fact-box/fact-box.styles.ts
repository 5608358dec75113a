import { css } from 'lit';

export default css`
  .fact-box {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-block: calc(var(--_cw-space) * 0.75);
    padding-inline: var(--_cw-space);
    border-inline-start: 0.35em solid var(--cw-fact-box-accent, var(--_cw-accent));
    border-radius: var(--_cw-radius);
    background: var(--cw-fact-box-background, var(--_cw-surface));
  }

  .figure {
    display: flex;
    flex-direction: column;
    margin: 0;
  }

  .prefix {
    font-weight: 600;
  }

  .value {
    justify-self: start;
    font-size: var(--cw-fact-box-value-size, 2.5em);
    font-weight: 800;
    line-height: 1.1;
  }

  .label {
    font-size: 1.125em;
    font-weight: 600;
  }

  .detail {
    margin: 0;
  }

  .source {
    margin: 0;
    font-size: 0.875em;
  }
`;
