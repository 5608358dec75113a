/** A petition on the test runner's scriptable backend (petition-backend.mjs), with its own id. */
export interface MockPetitionState {
  count?: number;
  goal?: number;
  /** The status of count requests. */
  status?: number;
  /** A raw body for count requests, instead of `{count, goal}`; `null` goes back to that. */
  body?: string | null;
  delayMs?: number;
  /** The status of `/events`; anything but 200 refuses the stream. */
  eventsStatus?: number;
  /** Ends every open stream. */
  end?: boolean;
  /** Streams announce this heartbeat period on connect, and send a heartbeat comment that often. */
  heartbeatMs?: number;
  /** Streams stay open but send nothing more, as over a connection dropped where no one could close it. */
  silent?: boolean;
}

export interface MockPetitionStats {
  requests: number;
  eventRequests: number;
  openStreams: number;
  lastHeaders: { referer?: string; cookie?: string; origin?: string };
}

let created = 0;

export async function mockPetition(state: MockPetitionState = {}) {
  const url = `/mock-petition/t${Date.now().toString(36)}-${created++}`;
  const set = async (patch: MockPetitionState) => {
    await fetch(`${url}/control`, { method: 'POST', body: JSON.stringify(patch) });
  };
  await set(state);
  return {
    url,
    /** The petition's absolute URL, as the store keys it. */
    href: new URL(url, document.baseURI).href,
    set,
    stats: async (): Promise<MockPetitionStats> => (await fetch(`${url}/stats`)).json(),
  };
}

/** Pretends the page is hidden or visible again, as a tab switch does. */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Removes the pretence, so the real properties show through. */
export function restorePageVisibility(): void {
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
}
