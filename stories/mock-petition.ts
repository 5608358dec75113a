import { countEventText, type ErrorAnswer, type PetitionCount, type SignedAnswer } from '../src/contract/petition.js';

/**
 * A fake petition backend for Storybook: `fetch` is patched for one made-up origin only, so stories show
 * every state of the counter and the sign-up form without a server. Any other request goes to the real `fetch`.
 *
 *   {MOCK_ORIGIN}/close-the-camps   713,402 of 1,000,000, a few more signatures at each refresh;
 *                                   `/signatures` accepts a signature (201)
 *   {MOCK_ORIGIN}/live              the same with `/events`, a new count every 3 s
 *   {MOCK_ORIGIN}/loading           never answers
 *   {MOCK_ORIGIN}/flaky             answers 503 to the first request, then like close-the-camps
 *   {MOCK_ORIGIN}/goal-reached      1,000,250 of 1,000,000
 *   {MOCK_ORIGIN}/slow/signatures          a signature that never gets an answer
 *   {MOCK_ORIGIN}/offline/signatures       a signature that fails like a lost connection
 *   {MOCK_ORIGIN}/rate-limited/signatures  429, try again in 90 s
 */
export const MOCK_ORIGIN = 'https://petitions.example';

let count = 713_402;
const served = new Map<string, number>();
const json = (body: PetitionCount | SignedAnswer | ErrorAnswer, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A response that never comes, except as an abort when the counter lets go. */
const never = (signal?: AbortSignal | null) =>
  new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));

function countEvents(signal?: AbortSignal | null): Response {
  const encoder = new TextEncoder();
  let timer: ReturnType<typeof setInterval>;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = () => controller.enqueue(encoder.encode(countEventText({ count })));
      send();
      timer = setInterval(() => {
        count += 1 + Math.floor(Math.random() * 3);
        send();
      }, 3000);
      signal?.addEventListener('abort', () => clearInterval(timer));
    },
    cancel: () => clearInterval(timer),
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

function answer(path: string, signal?: AbortSignal | null): Promise<Response> | Response {
  const requests = (served.get(path) ?? 0) + 1;
  served.set(path, requests);
  switch (path) {
    case '/loading':
      return never(signal);
    case '/live/events':
      return countEvents(signal);
    case '/flaky':
      if (requests === 1) return json({ error: 'Service unavailable' }, 503);
      break;
    case '/goal-reached':
      return json({ count: 1_000_250, goal: 1_000_000, title: 'Close the camps' });
    case '/close-the-camps/signatures':
      return json({ count: ++count }, 201);
    case '/slow/signatures':
      return never(signal);
    case '/offline/signatures':
      return Promise.reject(new TypeError('Failed to fetch'));
    case '/rate-limited/signatures':
      return json({ error: 'Too many signatures' }, 429, { 'retry-after': '90' });
  }
  count += Math.floor(Math.random() * 4);
  return json({ count, goal: 1_000_000, title: 'Close the camps' });
}

let installed = false;

/** Patches `fetch` once, for {@link MOCK_ORIGIN} only. */
export function installMockPetition(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin !== MOCK_ORIGIN) return realFetch(input, init);
    return answer(url.pathname, init?.signal);
  };
}
