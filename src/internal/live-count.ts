import type { ReactiveController } from 'lit';
import { subscribe, type PetitionState } from './count-store.js';
import type { WidgetElement } from './widget-element.js';

/** Which petition to follow and how; `undefined` follows none. */
export interface LiveCountSource {
  readonly petition: string;
  readonly live: boolean;
  readonly intervalMs: number;
}

/** What the host hears of the count it follows. */
export interface LiveCountListener {
  /** Each new state. */
  change(state: PetitionState): void;
  /** What went wrong with the count (once for the page): the host names the attribute that led to it. */
  problem(description: string): void;
}

/**
 * Keeps its host subscribed to a petition's shared count while it is connected, and follows changes
 * of source before each render (so that a state it hears at once joins that render).
 */
export class LiveCountController implements ReactiveController {
  private unsubscribe?: () => void;
  private key?: string;

  constructor(
    private readonly host: WidgetElement,
    private readonly source: () => LiveCountSource | undefined,
    private readonly listener: LiveCountListener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.hostUpdate();
  }

  hostUpdate(): void {
    // A render after removal (another controller finishing its work) must not subscribe again; a count heard during
    // hydration would differ from the server's render.
    if (!this.host.isConnected || this.host.asServer) return;
    const source = this.source();
    const key = source && JSON.stringify(source);
    if (key === this.key) return;
    this.hostDisconnected();
    this.key = key;
    if (source) {
      this.unsubscribe = subscribe(source.petition, {
        ...source,
        update: this.listener.change,
        problem: this.listener.problem,
      });
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.key = undefined;
  }
}
