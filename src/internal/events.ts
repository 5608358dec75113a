/** Detail of `cw-signed`: the petition's URL, as its widgets' `petition` attribute names it, and its count after the signature. */
export interface SignedDetail {
  readonly petition: string;
  readonly count: number;
}

/**
 * A signature was counted. The action button fires it after a successful signature; every counter of
 * that petition on the page shows the new count at once, without waiting for its next refresh.
 */
export class SignedEvent extends CustomEvent<SignedDetail> {
  constructor(detail: SignedDetail) {
    super('cw-signed', { bubbles: true, composed: true, detail });
  }
}

/** Detail of `cw-count-change`: the count now shown, and the goal if there is one. */
export interface CountChangeDetail {
  readonly count: number;
  readonly goal?: number;
}

/** A counter's number changed because its petition answered or someone signed; never because the page set `count`. */
export class CountChangeEvent extends CustomEvent<CountChangeDetail> {
  constructor(detail: CountChangeDetail) {
    super('cw-count-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cw-signed': SignedEvent;
    'cw-count-change': CountChangeEvent;
  }
}
