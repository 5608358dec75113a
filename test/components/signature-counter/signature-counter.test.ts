import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode } from '@web/test-runner-commands';
import type { SignatureCounter } from '../../../src/components/signature-counter/signature-counter.js';
import '../../../src/components/signature-counter/define.js';
import { announcer } from '../../../src/internal/announcer.js';
import { subscriberCount } from '../../../src/internal/count-store.js';
import { SignedEvent } from '../../../src/internal/events.js';
import { announced, captureWarnings, nextFrame, partText } from '../../helpers.js';
import { mockPetition } from './mock-petition.js';

const shadow = (counter: SignatureCounter) => counter.shadowRoot!;
/** What a screen reader reads as the count line. */
const spokenFigure = (counter: SignatureCounter) => {
  const figure = shadow(counter).querySelector('.figure')!.cloneNode(true) as HTMLElement;
  figure.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return figure.textContent!.replace(/\s+/g, ' ').trim();
};
/** The number a screen reader reads: the final one, never a frame of the count-up. */
const shownValue = (counter: SignatureCounter) =>
  shadow(counter).querySelector('[part="value"] > .visually-hidden')?.textContent ?? undefined;
/** The number drawn in this frame. */
const drawnValue = (counter: SignatureCounter) =>
  shadow(counter).querySelector('[part="value"] > [aria-hidden]:not(.reserve)')?.textContent;
const progress = (counter: SignatureCounter) => shadow(counter).querySelector<HTMLProgressElement>('[part="progress"]');
const base = (counter: SignatureCounter) => shadow(counter).querySelector('[part="base"]')!;
const pauseButton = (counter: SignatureCounter) => shadow(counter).querySelector<HTMLButtonElement>('[part="pause"]')!;
interface A11yNode {
  role: string;
  name: string;
  live?: string;
  atomic?: boolean;
  children: A11yNode[];
}
const region = () => document.querySelector('[data-cw-announcer]')!;

/** A counter in a wrapper with `lang`, once its petition has answered. */
async function counterIn(lang: string, attributes: string, petition = { count: 713402, goal: 1000000 }) {
  const { url } = await mockPetition(petition);
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><cw-signature-counter petition="${url}" ${attributes}></cw-signature-counter></div>`,
  );
  const counter = wrapper.querySelector('cw-signature-counter')!;
  await waitUntil(() => progress(counter) || shownValue(counter), 'the petition never answered');
  await counter.updateComplete;
  return counter;
}

describe('<cw-signature-counter>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('formats the count in the inherited language', () => {
    it('in English, with a named progress bar', async () => {
      const counter = await counterIn('en', '');
      expect(spokenFigure(counter)).to.equal('713,402 signatures');
      expect(progress(counter)!.getAttribute('aria-label')).to.equal('713,402 of 1,000,000 signatures');
      expect(progress(counter)!.value).to.equal(713402);
      expect(progress(counter)!.max).to.equal(1000000);
    });

    it('in German, French and Russian, with their grouping and plurals', async () => {
      expect(spokenFigure(await counterIn('de', ''))).to.equal('713.402 Unterschriften');
      const french = await counterIn('fr', '');
      expect(shownValue(french)).to.equal('713\u202f402');
      expect(spokenFigure(french)).to.equal('713 402 signatures');
      const russian = await counterIn('ru', '', { count: 21, goal: 100 });
      expect(spokenFigure(russian)).to.equal('21 подпись');
      expect(progress(russian)!.getAttribute('aria-label')).to.equal('21 из 100 подписей');
    });

    it('shows the bar on a live counter, as the demo’s sidebar is, though stream events carry no goal', async () => {
      const petition = await mockPetition({ count: 10, goal: 100 });
      const counter = (
        await fixture<HTMLDivElement>(
          html`<div><cw-signature-counter live petition=${petition.url}></cw-signature-counter></div>`,
        )
      ).firstElementChild as SignatureCounter;
      await waitUntil(() => progress(counter), 'no bar');
      await petition.set({ count: 12 });
      await waitUntil(() => shownValue(counter) === '12');
      expect(progress(counter)!.max).to.equal(100);
      expect(partText(counter, 'goal')).to.equal('Goal: 100');
    });

    it('names the bar with the goal’s plural, not the count’s, and shows the goal as text', async () => {
      const petition = { count: 1, goal: 1000000 };
      const english = await counterIn('en', '', petition);
      expect(progress(english)!.getAttribute('aria-label')).to.equal('1 of 1,000,000 signatures');
      expect(partText(english, 'goal')).to.equal('Goal: 1,000,000');
      expect(progress(await counterIn('fr', '', petition))!.getAttribute('aria-label')).to.equal(
        '1 sur 1\u202f000\u202f000 de signatures',
      );
      expect(progress(await counterIn('ru', '', petition))!.getAttribute('aria-label')).to.equal(
        '1 из 1\u00a0000\u00a0000 подписей',
      );
    });

    it('in Arabic, with Arabic-Indic digits where the region uses them', async () => {
      const counter = await counterIn('ar-EG', '');
      expect(shownValue(counter)).to.equal('٧١٣٬٤٠٢');
    });

    it('compact, in English and Simplified Chinese', async () => {
      expect(shownValue(await counterIn('en', 'notation="compact"'))).to.equal('713K');
      expect(spokenFigure(await counterIn('zh-Hans', 'notation="compact"'))).to.equal('71万 个签名');
    });

    it('with the embedder’s label', async () => {
      expect(spokenFigure(await counterIn('en', 'label="people stand with them"'))).to.equal(
        '713,402 people stand with them',
      );
    });
  });

  describe('the goal', () => {
    it('comes from the response', async () => {
      expect(progress(await counterIn('en', ''))!.max).to.equal(1000000);
    });

    it('comes from the attribute, which wins', async () => {
      const counter = await counterIn('en', 'goal="800000"');
      expect(progress(counter)!.max).to.equal(800000);
      expect(progress(counter)!.getAttribute('aria-label')).to.equal('713,402 of 800,000 signatures');
    });

    it('is optional: no goal, no bar', async () => {
      const counter = await counterIn('en', '', { count: 12 } as never);
      expect(progress(counter)).to.equal(null);
      expect(shadow(counter).querySelector('progress')).to.equal(null);
      await expect(counter).to.be.accessible();
    });

    it('says when it is reached', async () => {
      const counter = await counterIn('en', '', { count: 1000001, goal: 1000000 });
      expect(partText(counter, 'goal-reached')).to.equal('Goal reached');
      expect(progress(counter)!.value).to.equal(1000000);
      await expect(counter).to.be.accessible();
    });
  });

  describe('while loading', () => {
    it('shows the whole loading text, wrapped, in German in a 240 px column', async () => {
      const petition = await mockPetition({ count: 1, delayMs: 5000 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de" style="inline-size: 240px">
          <cw-signature-counter petition=${petition.url}></cw-signature-counter>
        </div>`,
      );
      const counter = wrapper.querySelector('cw-signature-counter')!;
      await counter.updateComplete;
      const loading = shadow(counter).querySelector<HTMLElement>('.loading')!;
      expect(loading.textContent).to.equal('Anzahl der Unterschriften wird geladen');
      // Once clipped with an ellipsis after "Anzahl der Unterschr…".
      expect(loading.scrollWidth).to.be.at.most(loading.clientWidth + 1);
      expect(getComputedStyle(loading).textOverflow).to.equal('clip');
      expect(loading.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
    });

    it('is busy, says so, and reserves its space: nothing moves when the count arrives late', async () => {
      const petition = await mockPetition({ count: 713402, delayMs: 400 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <cw-signature-counter petition=${petition.url} goal="1000000"></cw-signature-counter>
          <p>After</p>
        </div>`,
      );
      const counter = wrapper.querySelector('cw-signature-counter')!;
      const after = wrapper.querySelector('p')!;
      await nextFrame();
      expect(base(counter).getAttribute('aria-busy')).to.equal('true');
      expect(spokenFigure(counter)).to.equal('Loading the signature count');
      expect(spokenFigure(counter)).not.to.match(/NaN|undefined|Infinity|\b0\b/);
      await expect(counter).to.be.accessible();
      const before = { height: counter.getBoundingClientRect().height, top: after.getBoundingClientRect().top };

      const shifts: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
      observer.observe({ type: 'layout-shift' });
      await waitUntil(() => shownValue(counter) === '713,402', 'the count never came', { timeout: 3000 });
      await nextFrame();
      await nextFrame();
      observer.disconnect();
      expect(base(counter).getAttribute('aria-busy')).to.equal('false');
      expect({ height: counter.getBoundingClientRect().height, top: after.getBoundingClientRect().top }).to.deep.equal(
        before,
      );
      expect(shifts).to.deep.equal([]);
    });

    it('reserves the bar for a goal that comes with the first answer', async () => {
      const petition = await mockPetition({ count: 10, goal: 100, delayMs: 300 });
      const counter = await fixture<SignatureCounter>(
        html`<cw-signature-counter petition=${petition.url}></cw-signature-counter>`,
      );
      const height = counter.getBoundingClientRect().height;
      await waitUntil(() => progress(counter), 'the count never came', { timeout: 3000 });
      expect(counter.getBoundingClientRect().height).to.equal(height);
    });

    it('shows a server-rendered count at once, then the petition’s', async () => {
      const petition = await mockPetition({ count: 713410, goal: 1000000, delayMs: 200 });
      const counter = await fixture<SignatureCounter>(
        html`<cw-signature-counter petition=${petition.url} count="713402"></cw-signature-counter>`,
      );
      expect(shownValue(counter)).to.equal('713,402');
      expect(base(counter).getAttribute('aria-busy')).to.equal('false');
      const { detail } = await oneEvent(counter, 'cw-count-change');
      expect(detail).to.deep.equal({ count: 713410, goal: 1000000 });
      await counter.updateComplete;
      expect(shownValue(counter)).to.equal('713,410');
    });
  });

  describe('when the petition fails', () => {
    it('keeps the last good count, never shows NaN or a made-up 0, and warns once', async () => {
      const warnings = captureWarnings();
      try {
        for (const body of ['oops', '{"count": -1}', '{"count": 1e999}', '{"count": 2.5}', '{}']) {
          const petition = await mockPetition({ body });
          const counter = await fixture<SignatureCounter>(
            html`<cw-signature-counter petition=${petition.url} count="5"></cw-signature-counter>`,
          );
          await waitUntil(async () => (await petition.stats()).requests === 1);
          await aTimeout(20);
          expect(shownValue(counter)).to.equal('5');
          const empty = await fixture<SignatureCounter>(
            html`<cw-signature-counter petition=${petition.url}></cw-signature-counter>`,
          );
          expect(spokenFigure(empty)).to.equal('Loading the signature count');
          expect(shadow(empty).textContent).not.to.match(/NaN|undefined|Infinity|null|\b0\b/);
        }
        expect(warnings.messages).to.have.length(5);
        expect(warnings.messages[0]).to.match(
          /^<cw-signature-counter> petition: http:.* answered something that is not JSON; keeping the last count/,
        );
      } finally {
        warnings.restore();
      }
    });
  });

  describe('bad attributes', () => {
    it('fall back, with one warning each', async () => {
      const warnings = captureWarnings();
      try {
        const petition = await mockPetition({ count: 40 });
        const counter = await fixture<SignatureCounter>(
          html`<cw-signature-counter
            petition=${petition.url}
            count="1,000"
            goal="-5"
            interval="2"
            notation="short"
          ></cw-signature-counter>`,
        );
        expect(counter.interval).to.equal(5);
        expect(counter.notation).to.equal('standard');
        await waitUntil(() => shownValue(counter) === '40');
        expect(progress(counter)).to.equal(null);
        counter.label = 'rerendered';
        await counter.updateComplete;
        const broken = await fixture<SignatureCounter>(
          html`<cw-signature-counter petition="javascript:alert(1)" count="9" interval="soon"></cw-signature-counter>`,
        );
        expect(broken.interval).to.equal(30);
        expect(shownValue(broken)).to.equal('9');
        expect(pauseButton(broken)).to.equal(null);
        expect(warnings.messages).to.deep.equal([
          '<cw-signature-counter> count: must be a whole number, 0 or more; it is ignored.',
          '<cw-signature-counter> goal: must be a whole number above 0; using the petition’s goal.',
          '<cw-signature-counter> interval: must be 5 to 86400 seconds; using 5.',
          '<cw-signature-counter> notation: must be one of standard, compact; using standard.',
          '<cw-signature-counter> petition: is not an http(s) or relative URL; the count is not updated.',
          '<cw-signature-counter> interval: must be 5 to 86400 seconds; using 30.',
        ]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('sharing', () => {
    it('fifty counters of one petition make one request and show the same number', async () => {
      const petition = await mockPetition({ count: 1234, goal: 5000 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          ${Array.from({ length: 50 }, () => html`<cw-signature-counter petition=${petition.url}></cw-signature-counter>`)}
        </div>`,
      );
      const counters = [...wrapper.querySelectorAll('cw-signature-counter')];
      await waitUntil(() => counters.every((counter) => shownValue(counter) === '1,234'));
      expect((await petition.stats()).requests).to.equal(1);
      expect(subscriberCount(petition.url)).to.equal(50);
      wrapper.remove();
      expect(subscriberCount(petition.url)).to.equal(0);
    });

    it('a signature elsewhere on the page updates every counter at once, and each fires cw-count-change', async () => {
      const petition = await mockPetition({ count: 10, goal: 100 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <cw-signature-counter petition=${petition.url}></cw-signature-counter
          ><cw-signature-counter petition=${petition.href} label="signed"></cw-signature-counter>
        </div>`,
      );
      const [first, second] = wrapper.querySelectorAll('cw-signature-counter');
      await waitUntil(() => shownValue(second!) === '10');
      const change = oneEvent(first!, 'cw-count-change');
      document.body.dispatchEvent(new SignedEvent({ petition: petition.url, count: 11 }));
      expect((await change).detail).to.deep.equal({ count: 11, goal: 100 });
      await first!.updateComplete;
      await second!.updateComplete;
      expect(spokenFigure(first!)).to.equal('11 signatures');
      expect(spokenFigure(second!)).to.equal('11 signed');
    });

    it('follows the event stream with live, and polls when the stream fails', async () => {
      const petition = await mockPetition({ count: 50, goal: 100 });
      const counter = await fixture<SignatureCounter>(
        html`<cw-signature-counter petition=${petition.url} live></cw-signature-counter>`,
      );
      await waitUntil(() => shownValue(counter) === '50');
      await petition.set({ count: 51 });
      await waitUntil(() => shownValue(counter) === '51');
      expect(await petition.stats()).to.include({ requests: 1, eventRequests: 1 });
      const warnings = captureWarnings();
      try {
        await petition.set({ eventsStatus: 500, end: true, count: 52 });
        await waitUntil(() => shownValue(counter) === '52');
        expect((await petition.stats()).requests).to.equal(2);
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('pause', () => {
    afterEach(() => (announcer.paused = false));

    it('a labelled button stops and resumes the live updates of every counter on the page', async () => {
      const petition = await mockPetition({ count: 10, goal: 100 });
      const other = await mockPetition({ count: 50, goal: 100 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <cw-signature-counter petition=${petition.url}></cw-signature-counter
          ><cw-signature-counter petition=${other.url}></cw-signature-counter>
        </div>`,
      );
      const [counter, sidebar] = wrapper.querySelectorAll('cw-signature-counter');
      await waitUntil(() => shownValue(counter) === '10' && shownValue(sidebar) === '50');
      expect(pauseButton(counter).textContent!.trim()).to.equal('Pause live updates');
      pauseButton(counter).click();
      await counter.updateComplete;
      await sidebar.updateComplete;
      // One wish for quiet, one state: both buttons say so, and neither counter follows its petition.
      expect(pauseButton(counter).textContent!.trim()).to.equal('Resume live updates');
      expect(pauseButton(sidebar).textContent!.trim()).to.equal('Resume live updates');
      expect(subscriberCount(petition.url)).to.equal(0);
      expect(subscriberCount(other.url)).to.equal(0);
      await expect(counter).to.be.accessible();
      document.dispatchEvent(new SignedEvent({ petition: petition.url, count: 11 }));
      await counter.updateComplete;
      expect(shownValue(counter)).to.equal('10');
      pauseButton(sidebar).click();
      await counter.updateComplete;
      expect(subscriberCount(petition.url)).to.equal(1);
      expect(subscriberCount(other.url)).to.equal(1);
      await waitUntil(() => shownValue(counter) === '11');
    });
  });

  describe('announcements', () => {
    const { intervalMs } = announcer;
    before(() => (announcer.intervalMs = 300));
    after(() => (announcer.intervalMs = intervalMs));
    // Pausing drops what earlier tests' counters left waiting.
    beforeEach(() => {
      announcer.paused = true;
      announcer.paused = false;
    });

    it('go through one polite region in the document, at most once per interval, the latest winning', async () => {
      const petition = await mockPetition({ count: 10, goal: 100 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de">
          <cw-signature-counter petition=${petition.url}></cw-signature-counter
          ><cw-signature-counter petition=${petition.url}></cw-signature-counter>
        </div>`,
      );
      const counter = wrapper.querySelector('cw-signature-counter')!;
      await waitUntil(() => shownValue(counter) === '10');
      expect(document.querySelectorAll('[data-cw-announcer]')).to.have.length(1);
      expect(region().parentNode).to.equal(document.body);
      expect(region().getAttribute('role')).to.equal('status');
      expect(region().getAttribute('aria-live')).to.equal('polite');
      const sign = (count: number) => document.dispatchEvent(new SignedEvent({ petition: petition.url, count }));
      await aTimeout(300); // longer than the interval since any earlier test's announcement

      sign(11);
      await waitUntil(() => region().textContent === '11 Unterschriften');
      // Said in the widget's language: the text node's own lang, not the page's.
      expect(announced()).to.deep.equal([['11 Unterschriften', 'de']]);
      sign(12);
      sign(13);
      expect(region().textContent).to.equal('11 Unterschriften');
      await waitUntil(() => region().textContent === '13 Unterschriften');
      // Screen readers hear what the accessibility tree has: the status, with its text.
      const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
      const status = findAccessibilityNode<A11yNode>(snapshot, (node) => node.role === 'status');
      expect(status).to.include({ live: 'polite', atomic: true });
      expect(status!.children!.map((child) => child.name)).to.deep.equal(['13 Unterschriften']);
    });

    it('are said in the page’s language when counters in several languages hear one change', async () => {
      const petition = await mockPetition({ count: 10, goal: 100 });
      const pageLang = document.documentElement.lang;
      document.documentElement.lang = 'en';
      try {
        // The Uyghur counter last, as on the demo page, where its words were once said for every change.
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <cw-signature-counter petition=${petition.url}></cw-signature-counter
            ><cw-signature-counter lang="ug" petition=${petition.url}></cw-signature-counter>
          </div>`,
        );
        const [english, uyghur] = wrapper.querySelectorAll('cw-signature-counter');
        await waitUntil(() => shownValue(english) === '10' && shownValue(uyghur) === '10');
        document.dispatchEvent(new SignedEvent({ petition: petition.url, count: 16 }));
        await waitUntil(() => region().textContent === '16 signatures', 'never said in English');
        expect(announced()).to.deep.equal([['16 signatures', 'en']]);
      } finally {
        document.documentElement.lang = pageLang;
      }
    });

    it('stop when paused: a scripted stream is heard, then no live-region mutation after the pause', async () => {
      const petition = await mockPetition({ count: 100, goal: 1000 });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en">
          <cw-signature-counter live petition=${petition.url}></cw-signature-counter
          ><cw-signature-counter live petition=${petition.url}></cw-signature-counter>
        </div>`,
      );
      const [counter] = wrapper.querySelectorAll('cw-signature-counter');
      await waitUntil(() => shownValue(counter) === '100');
      let mutations = 0;
      const observer = new MutationObserver((records) => (mutations += records.length));
      observer.observe(region(), { childList: true, subtree: true, characterData: true, attributes: true });
      // A signature every 50 ms, as a stream of a viral petition sends them: each interval says the latest.
      let count = 100;
      const stream = setInterval(() => petition.set({ count: ++count }), 50);
      try {
        await waitUntil(() => mutations >= 2, 'the stream was never announced', { timeout: 5000 });
        // Paused while a count is waiting for its turn (the interval is 300 ms, signatures come every 50).
        await waitUntil(() => shownValue(counter) !== region().textContent?.split(' ')[0]);
        pauseButton(counter).click();
        const heardBeforePause = mutations;
        // Several intervals of signatures after the pause: the stream goes on, the region stays as it was.
        const countAtPause = count;
        await waitUntil(() => count >= countAtPause + 20, 'the stream stopped', { timeout: 10000 });
        await aTimeout(3 * announcer.intervalMs);
        expect(mutations).to.equal(heardBeforePause);
      } finally {
        clearInterval(stream);
        observer.disconnect();
        announcer.paused = false;
      }
    });

    it('say nothing when the first count arrives', async () => {
      const petition = await mockPetition({ count: 77, goal: 100, delayMs: 50 });
      await aTimeout(300);
      const said = region()?.textContent;
      const counter = await fixture<SignatureCounter>(
        html`<cw-signature-counter petition=${petition.url}></cw-signature-counter>`,
      );
      await waitUntil(() => shownValue(counter) === '77');
      await aTimeout(20);
      expect(region().textContent).to.equal(said);
    });
  });

  describe('count-up', () => {
    before(() => emulateMedia({ reducedMotion: 'no-preference' }));
    after(() => emulateMedia({ reducedMotion: 'reduce' }));

    it('tweens to a new count, over the final number’s width, speaking only the final one', async () => {
      const petition = await mockPetition({ count: 1000, goal: 100000 });
      const counter = await fixture<SignatureCounter>(
        html`<cw-signature-counter petition=${petition.url}></cw-signature-counter>`,
      );
      await waitUntil(() => drawnValue(counter) === '1,000');
      // The frames are ours to give, half-way through the tween's time: a busy machine's frame rate cannot decide it.
      const frames: FrameRequestCallback[] = [];
      const requestFrame = window.requestAnimationFrame;
      window.requestAnimationFrame = (callback) => frames.push(callback);
      try {
        document.dispatchEvent(new SignedEvent({ petition: petition.url, count: 9000 }));
        await counter.updateComplete;
        frames.shift()!(performance.now() + 600);
        await counter.updateComplete;
      } finally {
        window.requestAnimationFrame = requestFrame;
      }
      const drawn = Number(drawnValue(counter)!.replace(/,/g, ''));
      expect(drawn).to.be.within(1001, 8999);
      expect(spokenFigure(counter)).to.equal('9,000 signatures');
      // The rest of the tween in the browser's own frames.
      frames.shift()?.(performance.now() + 600);
      await waitUntil(() => drawnValue(counter) === '9,000', 'the tween never ended', { timeout: 5000 });
    });

    it('does not tween under prefers-reduced-motion, nor the first count', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const petition = await mockPetition({ count: 1000, goal: 100000 });
        const counter = await fixture<SignatureCounter>(
          html`<cw-signature-counter petition=${petition.url}></cw-signature-counter>`,
        );
        await waitUntil(() => shownValue(counter));
        expect(drawnValue(counter)).to.equal('1,000');
        document.dispatchEvent(new SignedEvent({ petition: petition.url, count: 9000 }));
        await nextFrame();
        expect(drawnValue(counter)).to.equal('9,000');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  it('sends no cookie and no referrer', async () => {
    document.cookie = 'reader=someone; path=/';
    try {
      const counter = await counterIn('en', '');
      const petition = await mockPetition({ count: 1 });
      counter.petition = petition.url;
      await waitUntil(async () => (await petition.stats()).requests === 1);
      expect((await petition.stats()).lastHeaders).to.deep.equal({});
    } finally {
      document.cookie = 'reader=; path=/; max-age=0';
    }
  });

  it('is accessible, in LTR and RTL, compact, without a goal', async () => {
    await expect(await counterIn('en', '')).to.be.accessible();
    const rtl = await counterIn('ug', 'dir="rtl"');
    await expect(rtl).to.be.accessible();
    expect(getComputedStyle(base(rtl)).direction).to.equal('rtl');
    await expect(await counterIn('ar', 'dir="rtl" notation="compact"')).to.be.accessible();
  });
});
