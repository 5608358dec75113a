// Never rendered: type-checked only. Each @ts-expect-error must meet an error, or tsc fails on the directive.
import { ActionButton, FactBox, SignatureCounter } from 'campaign-widgets/react';

export const wrongPropsAreErrors = [
  // @ts-expect-error goal is a number
  <SignatureCounter goal="5000" />,
  // @ts-expect-error notation is 'standard' or 'compact'
  <FactBox notation="huge" />,
  // @ts-expect-error the counter's event says { count, goal }, not a url
  <SignatureCounter onCwCountChange={(event) => event.detail.url} />,
  // @ts-expect-error a fact box fires no cw-action
  <FactBox onCwAction={() => {}} />,
  // @ts-expect-error goal is a number
  <cw-signature-counter goal="5000" />,
  // @ts-expect-error notation is 'standard' or 'compact'
  <cw-fact-box notation="huge" />,
  // @ts-expect-error value-prefix is text
  <cw-fact-box value-prefix={5} />,
  // @ts-expect-error strings is an object of strings, as a property
  <cw-fact-box strings='{"sourceLabel": "Quelle :"}' />,
  // @ts-expect-error the button's event says { mode, url }, not a count
  <cw-action-button oncw-action={(event) => event.detail.count} />,
  // @ts-expect-error live is a boolean
  <cw-signature-counter live="yes" />,
];

export const rightPropsAreTyped = [
  <ActionButton onCwAction={(event) => event.detail.mode satisfies 'link' | 'petition'} />,
  <cw-signature-counter
    oncw-count-change={(event) => event.detail.count satisfies number | undefined}
    count={3}
    live
  />,
];
