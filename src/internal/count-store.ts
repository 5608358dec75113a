import { COUNT_EVENT, isCount, isGoal, readCount } from '../contract/petition.js';
import { readEventStream, type ServerSentEvent } from './count-stream.js';
import { petitionEndpoint, petitionUrl } from './petition-url.js';

/** What a petition said last; both stay `undefined` until a good answer arrives. */
export interface PetitionState {
  readonly count?: number;
  readonly goal?: number;
}

/** One widget following a petition. */
export interface CountSubscriber {
  /** Follow `{petition}/events` instead of polling. */
  readonly live: boolean;
  /** How often to poll, in milliseconds; the store polls as often as its most eager subscriber asks. */
  readonly intervalMs: number;
  update(state: PetitionState): void;
  /** What went wrong with the count, said once for the page until a good answer comes: the widget names its attribute. */
  problem(description: string): void;
}

/** The longest wait between two attempts after failures. */
const BACKOFF_CAP_MS = 5 * 60 * 1000;

/**
 * How long after a signature on this page a polled count lower than the one it returned is taken for a cached
 * answer from before it: longer than the reference server's `max-age` plus `stale-while-revalidate`.
 */
const SIGNED_HOLD_MS = 60 * 1000;

/**
 * How long a stream that announced heartbeats may say nothing before it is taken for dead (a connection dropped
 * where no one could close it): three missed heartbeats, within bounds whatever period a server announces, so
 * "15" meant as seconds does not drop every stream, and no period overflows a timer.
 */
export const silenceAllowedMs = (heartbeatMs: number): number =>
  Math.min(15 * 60 * 1000, Math.max(1000, 3 * heartbeatMs));

/**
 * Every request: no cookies or HTTP auth, no Referer (the page a reader is on stays private).
 * Polls use the browser's default cache, so the server's `Cache-Control` decides how fresh a count must be
 * and a stale one is revalidated with its ETag (a 304, no body); `no-cache` would ask a CDN to revalidate too.
 */
const PRIVATE: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };

// The counter checks the numbers a page sets with the same rules.
export { isCount, isGoal };

/** The wait before the next attempt after `failures` failures in a row: doubling, capped, with jitter (½ to 1×). */
export function backoffDelay(intervalMs: number, failures: number, random = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, intervalMs * 2 ** failures);
  return (ceiling * (1 + random())) / 2;
}

/** One petition's count, shared by every widget on the page that names it. */
class PetitionStore {
  state: PetitionState = {};
  readonly subscribers = new Set<CountSubscriber>();
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  private failures = 0;
  private streamFailures = 0;
  private streamRetryAt = 0;
  /** How often the open stream promised to speak, if it did. */
  private heartbeatMs?: number;
  /** The count a signature on this page returned, and until when a lower polled count is a stale cache. */
  private signedHold?: { count: number; until: number };
  private readonly warned = new Set<string>();

  constructor(readonly url: string) {}

  get live(): boolean {
    return [...this.subscribers].some((subscriber) => subscriber.live);
  }

  private get intervalMs(): number {
    return Math.min(...[...this.subscribers].map((subscriber) => subscriber.intervalMs));
  }

  /** Fetches now (or opens the stream), unless nobody follows or the page is hidden. */
  run(): void {
    this.stop();
    if (!this.subscribers.size || document.hidden) return;
    if (this.live && Date.now() >= this.streamRetryAt) void this.follow();
    else void this.poll();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  /**
   * A signature on this page was counted: everyone shows it now, and a cache's older count does not undo it.
   * A stream may have shown it, or a later one, already: nothing goes back.
   */
  signed(count: number): void {
    const latest = Math.max(count, this.state.count ?? 0);
    this.signedHold = { count: latest, until: Date.now() + SIGNED_HOLD_MS };
    this.apply({ ...this.state, count: latest });
  }

  apply(state: PetitionState): void {
    // Every field (both are built in one order), so one added to the contract's count is never mistaken for no change.
    if (JSON.stringify(state) === JSON.stringify(this.state)) return;
    this.state = state;
    for (const subscriber of this.subscribers) subscriber.update(state);
  }

  private async poll(): Promise<void> {
    const { signal } = (this.abort = new AbortController());
    const problem = await this.fetchCount(signal);
    if (signal.aborted) return;
    this.failures = problem ? this.failures + 1 : 0;
    if (problem) this.warn(problem);
    else this.warned.clear();
    this.timer = setTimeout(
      () => this.run(),
      this.failures ? backoffDelay(this.intervalMs, this.failures) : this.intervalMs,
    );
  }

  /** Fetches the count once; says what went wrong, if anything. */
  private async fetchCount(signal: AbortSignal): Promise<string | undefined> {
    try {
      const response = await fetch(this.url, { ...PRIVATE, signal });
      return response.ok ? this.accept(await response.text(), false) : `answered ${response.status}`;
    } catch {
      return 'could not be reached';
    }
  }

  /**
   * The polled count comes first, so it shows at once with its goal (events carry none), and stays on screen
   * when a stream says nothing until the next change.
   * When the stream fails or ends, or misses the heartbeats it promised, the store polls at once and tries the
   * stream again after a backoff.
   */
  private async follow(): Promise<void> {
    const { signal } = (this.abort = new AbortController());
    this.heartbeatMs = undefined;
    const problem = await this.fetchCount(signal);
    if (signal.aborted) return;
    if (problem) this.warn(problem);
    try {
      const response = await fetch(petitionEndpoint(this.url, 'events'), {
        ...PRIVATE,
        signal,
        cache: 'no-store',
        headers: { accept: 'text/event-stream' },
      });
      if (!response.ok || !response.headers.get('content-type')?.startsWith('text/event-stream')) throw 0;
      let chunks = 0;
      await readEventStream(response, {
        // Anything after the opening count shows the stream lives: only then do earlier failures stop counting,
        // so a stream that opens and then goes mute each time backs off like one that fails outright.
        heard: () => chunks++ && (this.streamFailures = 0),
        event: (event) => this.receive(event),
        silenceAllowedMs: () => this.heartbeatMs && silenceAllowedMs(this.heartbeatMs),
      });
    } catch {
      // Failed or aborted: told apart below.
    }
    if (signal.aborted) return;
    if (!this.streamFailures++) this.warn(`${petitionEndpoint(this.url, 'events')} failed; polling instead`);
    this.streamRetryAt = Date.now() + backoffDelay(this.intervalMs, this.streamFailures);
    void this.poll();
  }

  /** One server-sent event; only `count` events matter. */
  private receive({ name, data }: ServerSentEvent): void {
    if (name !== COUNT_EVENT) return;
    const problem = this.accept(data, true);
    if (problem) this.warn(problem);
    else this.failures = 0;
  }

  /** Takes a count's JSON, or says what is wrong with it. A stream's count carries no goal; its first may say how often heartbeats will come. */
  private accept(json: string, fromStream: boolean): string | undefined {
    const reading = readCount(json);
    if (typeof reading === 'string') return reading;
    if (fromStream && reading.heartbeatMs) this.heartbeatMs = reading.heartbeatMs;
    const hold = !fromStream && this.signedHold && Date.now() < this.signedHold.until ? this.signedHold.count : 0;
    this.apply({ count: Math.max(reading.count, hold), goal: fromStream ? this.state.goal : reading.goal });
    return undefined;
  }

  /** Each problem once, to one subscriber, until a good answer comes: a failing server must not flood the console. */
  private warn(problem: string): void {
    const [first] = this.subscribers;
    if (this.warned.has(problem) || !first) return;
    this.warned.add(problem);
    first.problem(`${this.url} ${problem}; keeping the last count and trying again later.`);
  }
}

/**
 * One store per petition URL per page. Two copies of this module on one page (two different bundles)
 * each keep their own, so each makes its own requests; they still agree within a refresh or two.
 */
const stores = new Map<string, PetitionStore>();
let listening = false;

/** Page-wide listeners, added once, on the first subscription. */
function listen(): void {
  if (listening) return;
  listening = true;
  // Hidden: every store stops. Visible again: every store that has subscribers fetches at once.
  document.addEventListener('visibilitychange', () => stores.forEach((store) => store.run()));
  document.addEventListener('cw-signed', ({ detail }) => {
    try {
      const store = stores.get(petitionUrl(detail.petition));
      if (store && isCount(detail.count)) store.signed(detail.count);
    } catch {
      // Not a URL: no widget follows it.
    }
  });
}

/**
 * Follows a petition's count: `subscriber.update` is called with each new state (at once if the page
 * already knows one). Returns the unsubscribe function; the last one out stops the timers and the stream.
 */
export function subscribe(src: string, subscriber: CountSubscriber): () => void {
  listen();
  const url = petitionUrl(src);
  let store = stores.get(url);
  if (!store) stores.set(url, (store = new PetitionStore(url)));
  const wasLive = store.live;
  store.subscribers.add(subscriber);
  if (store.state.count !== undefined) subscriber.update(store.state);
  if (store.subscribers.size === 1 || (subscriber.live && !wasLive)) store.run();
  return () => {
    if (!store.subscribers.delete(subscriber)) return;
    if (!store.subscribers.size) store.stop();
    else if (subscriber.live && !store.live) store.run();
  };
}

/** How many widgets follow a petition now (for tests and debugging). */
export function subscriberCount(src: string): number {
  return stores.get(petitionUrl(src))?.subscribers.size ?? 0;
}
