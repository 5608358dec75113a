import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import {
  backoffDelay,
  silenceAllowedMs,
  subscribe,
  subscriberCount,
  type CountSubscriber,
  type PetitionState,
} from '../../src/internal/count-store.js';
import { SignedEvent } from '../../src/internal/events.js';
import { warnAttribute } from '../../src/internal/warn.js';
import { mockPetition, restorePageVisibility, setPageHidden } from '../components/signature-counter/mock-petition.js';
import { captureWarnings } from '../helpers.js';

/** A subscriber that records every state it hears. */
function follower(options: Partial<CountSubscriber> = {}) {
  const states: PetitionState[] = [];
  const host = document.createElement('cw-test-widget');
  const subscriber: CountSubscriber = {
    live: false,
    intervalMs: 60_000,
    update: (state) => states.push(state),
    problem: (description) => warnAttribute(host, 'petition', description),
    ...options,
  };
  return { subscriber, states, last: () => states.at(-1) };
}

describe('count store', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const unsubscribes: (() => void)[] = [];
  const follow = (src: string, subscriber: CountSubscriber) => unsubscribes.push(subscribe(src, subscriber));

  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
    warnings.restore();
    restorePageVisibility();
  });

  it('serves fifty subscribers of one petition with one request, and the same state', async () => {
    const petition = await mockPetition({ count: 713402, goal: 1000000 });
    const followers = Array.from({ length: 50 }, () => follower());
    // Spelled three ways: relative, absolute, with a fragment. One petition all the same.
    followers.forEach(({ subscriber }, i) =>
      follow([petition.url, petition.href, `${petition.url}#x`][i % 3]!, subscriber),
    );
    expect(subscriberCount(petition.url)).to.equal(50);
    await waitUntil(() => followers.every(({ last }) => last()?.count === 713402));
    expect(followers.map(({ last }) => last())).to.deep.equal(Array(50).fill({ count: 713402, goal: 1000000 }));
    expect((await petition.stats()).requests).to.equal(1);
  });

  it('refreshes at the interval, and the last unsubscribe stops it', async () => {
    const petition = await mockPetition({ count: 1 });
    const { subscriber, last } = follower({ intervalMs: 50 });
    const unsubscribe = subscribe(petition.url, subscriber);
    await waitUntil(() => last()?.count === 1);
    await petition.set({ count: 2 });
    await waitUntil(() => last()?.count === 2, 'the second refresh never came');
    unsubscribe();
    expect(subscriberCount(petition.url)).to.equal(0);
    const { requests } = await petition.stats();
    await aTimeout(200);
    expect((await petition.stats()).requests).to.equal(requests);
  });

  it('gives a late subscriber the known state at once, without a request', async () => {
    const petition = await mockPetition({ count: 5 });
    const first = follower();
    follow(petition.url, first.subscriber);
    await waitUntil(() => first.last()?.count === 5);
    const late = follower();
    follow(petition.url, late.subscriber);
    expect(late.last()).to.deep.equal({ count: 5, goal: undefined });
    expect((await petition.stats()).requests).to.equal(1);
  });

  it('pauses while the page is hidden and refreshes once, at once, when it is visible again', async () => {
    const petition = await mockPetition({ count: 1 });
    const { subscriber, last } = follower({ intervalMs: 150 });
    follow(petition.url, subscriber);
    await waitUntil(() => last()?.count === 1);
    setPageHidden(true);
    const { requests } = await petition.stats();
    await petition.set({ count: 2 });
    await aTimeout(500); // three intervals
    expect((await petition.stats()).requests).to.equal(requests);
    expect(last()?.count).to.equal(1);
    setPageHidden(false);
    await waitUntil(() => last()?.count === 2, 'no refresh on visible', { timeout: 100 });
    expect((await petition.stats()).requests).to.equal(requests + 1);
  });

  it('updates every subscriber at once when someone signs anywhere on the page', async () => {
    const petition = await mockPetition({ count: 10, goal: 100 });
    const { subscriber, last } = follower();
    follow(petition.url, subscriber);
    await waitUntil(() => last()?.count === 10);
    // Fired from deep inside a shadow root, as the action button will.
    const host = document.body.appendChild(document.createElement('div'));
    const button = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
    button.dispatchEvent(new SignedEvent({ petition: petition.href, count: 11 }));
    host.remove();
    expect(last()).to.deep.equal({ count: 11, goal: 100 });
    document.dispatchEvent(new SignedEvent({ petition: petition.url, count: -1 }));
    document.dispatchEvent(new SignedEvent({ petition: 'http://[not a url', count: 12 }));
    expect(last()).to.deep.equal({ count: 11, goal: 100 });
    expect((await petition.stats()).requests).to.equal(1);
  });

  it('does not go back to a cached count from before a signature on the page', async () => {
    const petition = await mockPetition({ count: 10, goal: 100 });
    const { subscriber, states, last } = follower({ intervalMs: 30 });
    follow(petition.url, subscriber);
    await waitUntil(() => last()?.count === 10);
    document.dispatchEvent(new SignedEvent({ petition: petition.href, count: 11 }));
    // A signature's answer older than what a stream already showed changes nothing.
    document.dispatchEvent(new SignedEvent({ petition: petition.href, count: 9 }));
    const polls = (await petition.stats()).requests;
    // The petition (a CDN's stale copy of it) still answers 10 for a while.
    await waitUntil(async () => (await petition.stats()).requests >= polls + 3, 'the store stopped polling');
    expect(states.slice(states.findIndex((state) => state.count === 11))).to.deep.equal([{ count: 11, goal: 100 }]);
    await petition.set({ count: 12 });
    await waitUntil(() => last()?.count === 12, 'a higher count was held back');
  });

  it('sends no cookie and no referrer', async () => {
    document.cookie = 'reader=someone; path=/';
    try {
      const petition = await mockPetition({ count: 1 });
      const { subscriber, last } = follower({ live: true });
      follow(petition.url, subscriber);
      await waitUntil(() => last()?.count === 1);
      expect((await petition.stats()).lastHeaders).to.deep.equal({});
      await petition.set({ eventsStatus: 404, end: true });
      await waitUntil(async () => (await petition.stats()).requests === 2);
      expect((await petition.stats()).lastHeaders).to.deep.equal({});
    } finally {
      document.cookie = 'reader=; path=/; max-age=0';
    }
  });

  describe('when the server fails', () => {
    for (const [name, bad, warning] of [
      ['an error status', { status: 503 }, 'answered 503'],
      ['a body that is not JSON', { body: '<html>oops</html>' }, 'answered something that is not JSON'],
      ['a negative count', { body: '{"count": -3}' }, 'answered an invalid count (-3)'],
      ['a fractional count', { body: '{"count": 1.5}' }, 'answered an invalid count (1.5)'],
      ['an infinite count', { body: '{"count": 1e999}' }, 'answered an invalid count (Infinity)'],
      ['a count in a string', { body: '{"count": "12"}' }, 'answered an invalid count (12)'],
      ['no count', { body: '{"goal": 10}' }, 'answered an invalid count (undefined)'],
      ['null', { body: 'null' }, 'answered an invalid count (undefined)'],
    ] as const) {
      it(`keeps the last good count after ${name}, warning once`, async () => {
        const petition = await mockPetition({ count: 7, goal: 10 });
        const { subscriber, states } = follower({ intervalMs: 20 });
        follow(petition.url, subscriber);
        await waitUntil(() => states.length === 1);
        await petition.set(bad);
        // Backing off from 20 ms: 20–40, 40–80, 80–160 ms… three failed attempts in well under a second.
        await waitUntil(async () => (await petition.stats()).requests >= 4, 'no retries', { timeout: 3000 });
        expect(states).to.deep.equal([{ count: 7, goal: 10 }]);
        expect(warnings.messages).to.deep.equal([
          `<cw-test-widget> petition: ${petition.href} ${warning}; keeping the last count and trying again later.`,
        ]);
        await petition.set({ status: 200, body: null, count: 8 });
        await waitUntil(() => states.length === 2, 'never recovered', { timeout: 3000 });
        expect(states[1]).to.deep.equal({ count: 8, goal: 10 });
      });
    }

    it('backs off exponentially, with jitter, up to five minutes', () => {
      expect(backoffDelay(30_000, 1, () => 0)).to.equal(30_000);
      expect(backoffDelay(30_000, 1, () => 1)).to.equal(60_000);
      expect(backoffDelay(30_000, 3, () => 0.5)).to.equal(180_000);
      expect(backoffDelay(30_000, 30, () => 1)).to.equal(300_000);
      expect(backoffDelay(30_000, 30, () => 0)).to.equal(150_000);
    });

    it('takes a stream for dead after three missed heartbeats, within a second and a quarter of an hour', () => {
      expect(silenceAllowedMs(15_000)).to.equal(45_000);
      expect(silenceAllowedMs(15)).to.equal(1000);
      expect(silenceAllowedMs(2 ** 40)).to.equal(15 * 60 * 1000);
    });

    it('waits longer after each failure', async () => {
      const petition = await mockPetition({ status: 500 });
      follow(petition.url, follower({ intervalMs: 40 }).subscriber);
      await aTimeout(450);
      // Without backoff that is 11 requests; with it at most 1 + (40–80) + (80–160) + (160–320) ms: 4.
      const { requests } = await petition.stats();
      expect(requests).to.be.within(2, 4);
    });
  });

  describe('live', () => {
    it('follows the event stream: one stream for every live subscriber, after one poll for the count and goal', async () => {
      const petition = await mockPetition({ count: 100, goal: 1000 });
      const followers = Array.from({ length: 20 }, () => follower({ live: true, intervalMs: 30 }));
      followers.forEach(({ subscriber }) => follow(petition.url, subscriber));
      await waitUntil(() => followers.every(({ last }) => last()?.count === 100));
      await petition.set({ count: 101 });
      await waitUntil(() => followers.every(({ last }) => last()?.count === 101));
      await aTimeout(100);
      expect(await petition.stats()).to.include({ requests: 1, eventRequests: 1, openStreams: 1 });
      expect(followers[0]!.last()).to.deep.equal({ count: 101, goal: 1000 });
      unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
      await waitUntil(async () => (await petition.stats()).openStreams === 0, 'the stream stayed open');
    });

    it('polls when the stream is refused, warning once', async () => {
      const petition = await mockPetition({ count: 3, goal: 9, eventsStatus: 404 });
      const { subscriber, last } = follower({ live: true });
      follow(petition.url, subscriber);
      await waitUntil(() => last()?.count === 3);
      expect(last()).to.deep.equal({ count: 3, goal: 9 });
      await waitUntil(async () => (await petition.stats()).requests === 2, 'no poll after the refused stream');
      expect(await petition.stats()).to.include({ eventRequests: 1 });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('/events failed; polling instead');
    });

    it('polls at once when the stream ends, then opens it again', async () => {
      const petition = await mockPetition({ count: 3 });
      const { subscriber, last } = follower({ live: true, intervalMs: 30 });
      follow(petition.url, subscriber);
      await waitUntil(() => last()?.count === 3);
      await petition.set({ end: true, count: 4 });
      await waitUntil(() => last()?.count === 4);
      expect((await petition.stats()).requests).to.be.at.least(1);
      await waitUntil(async () => (await petition.stats()).openStreams === 1, 'the stream never came back');
      await petition.set({ count: 5 });
      await waitUntil(() => last()?.count === 5);
    });

    it('keeps a stream that sends the heartbeats it announced', async () => {
      const petition = await mockPetition({ count: 3, heartbeatMs: 50 });
      const { subscriber, last } = follower({ live: true, intervalMs: 30 });
      follow(petition.url, subscriber);
      await waitUntil(() => last()?.count === 3);
      await aTimeout(silenceAllowedMs(50) + 500);
      expect(await petition.stats()).to.include({ requests: 1, eventRequests: 1, openStreams: 1 });
      expect(warnings.messages).to.deep.equal([]);
    });

    it('drops a stream that misses three heartbeats, polls at once, then opens it again', async () => {
      const petition = await mockPetition({ count: 3, heartbeatMs: 50 });
      const { subscriber, last } = follower({ live: true, intervalMs: 30 });
      follow(petition.url, subscriber);
      await waitUntil(() => last()?.count === 3);
      // Open, but mute: the new count reaches the page only if the store gives up on the stream and polls.
      await petition.set({ silent: true, count: 4 });
      await waitUntil(() => last()?.count === 4, 'the silent stream was kept', {
        timeout: silenceAllowedMs(50) + 2000,
      });
      expect((await petition.stats()).requests).to.be.at.least(1);
      expect(warnings.messages[0]).to.include('/events failed; polling instead');
      await petition.set({ silent: false });
      await waitUntil(async () => (await petition.stats()).eventRequests >= 2, 'the stream was not opened again');
      await petition.set({ count: 5 });
      await waitUntil(() => last()?.count === 5);
    });

    it('shows the polled count at once and keeps it when the stream says nothing on connect', async () => {
      const petition = await mockPetition({ count: 7, goal: 10, silent: true });
      const { subscriber, last } = follower({ live: true });
      follow(petition.url, subscriber);
      await waitUntil(async () => (await petition.stats()).openStreams === 1, 'the stream never opened');
      expect(last()).to.deep.equal({ count: 7, goal: 10 });
      await petition.set({ silent: false, count: 8 });
      await waitUntil(() => last()?.count === 8, 'the stream was not followed');
      expect(last()).to.deep.equal({ count: 8, goal: 10 });
    });

    it('closes the stream while the page is hidden', async () => {
      const petition = await mockPetition({ count: 3 });
      const { subscriber, last } = follower({ live: true });
      follow(petition.url, subscriber);
      await waitUntil(() => last()?.count === 3);
      setPageHidden(true);
      await waitUntil(async () => (await petition.stats()).openStreams === 0, 'the stream stayed open');
      setPageHidden(false);
      await waitUntil(async () => (await petition.stats()).openStreams === 1, 'the stream never came back');
      expect((await petition.stats()).eventRequests).to.equal(2);
    });

    it('switches a polling store to the stream when a live subscriber joins', async () => {
      const petition = await mockPetition({ count: 1 });
      const polling = follower();
      follow(petition.url, polling.subscriber);
      await waitUntil(() => polling.last()?.count === 1);
      follow(petition.url, follower({ live: true }).subscriber);
      await waitUntil(async () => (await petition.stats()).openStreams === 1);
      await petition.set({ count: 2 });
      await waitUntil(() => polling.last()?.count === 2);
    });
  });
});
