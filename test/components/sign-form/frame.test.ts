import { expect, waitUntil } from '@open-wc/testing';
import type { SignForm } from '../../../src/components/sign-form/sign-form.js';
import { $, fill, json, PETITION, settled, stubFetch, submit } from './form-helpers.js';

type FrameWindow = Window & typeof globalThis;

/**
 * A same-origin iframe running the form as the petition server's page does; `window.postMessage` of this page
 * (the frame's parent) is replaced by a spy, so every message and the target origin it names are seen.
 */
async function framedForm(frameOrigin: string) {
  const posted: { message: unknown; targetOrigin: string }[] = [];
  const original = window.postMessage;
  window.postMessage = ((message: unknown, targetOrigin: string) =>
    void posted.push({ message, targetOrigin })) as typeof window.postMessage;
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="en"><body>
    <script type="module" src="/src/components/sign-form/define.ts"></script>
    <cw-sign-form petition="${PETITION}" frame-origin="${frameOrigin}"><span slot="consent">I agree</span></cw-sign-form>
  </body></html>`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const frameWindow = iframe.contentWindow as FrameWindow;
  await waitUntil(() => frameWindow.customElements.get('cw-sign-form'), 'the frame did not define <cw-sign-form>');
  const form = frameWindow.document.querySelector('cw-sign-form') as SignForm;
  await form.updateComplete;
  return {
    iframe,
    frameWindow,
    form,
    posted,
    types: () => posted.map(({ message }) => (message as { type: string }).type),
    remove() {
      iframe.remove();
      window.postMessage = original;
    },
  };
}

describe('<cw-sign-form> in a frame', () => {
  let frame: Awaited<ReturnType<typeof framedForm>> | undefined;
  afterEach(() => frame?.remove());

  it('tells its parent, at the exact frame origin only, that it is ready and how tall it is', async () => {
    frame = await framedForm(location.origin);
    await waitUntil(() => frame!.posted.length > 0, 'no ready message');
    const [{ message, targetOrigin }] = frame.posted as [
      { message: { type: string; height: number }; targetOrigin: string },
    ];
    expect(targetOrigin).to.equal(location.origin);
    expect(message.type).to.equal('cw-sign-ready');
    expect(message.height).to.be.within(150, 2000);
    expect(message.height).to.equal(
      Math.ceil(frame.form.shadowRoot!.querySelector('.base')!.getBoundingClientRect().height),
    );
  });

  it('reports a new height when errors appear, then Escape and a signature', async () => {
    frame = await framedForm(location.origin);
    await waitUntil(() => frame!.posted.length > 0);
    const ready = (frame.posted[0]!.message as { height: number }).height;
    await submit(frame.form);
    await waitUntil(() => frame!.types().includes('cw-sign-resize'), 'no resize message');
    const resize = frame.posted.find(({ message }) => (message as { type: string }).type === 'cw-sign-resize')!;
    expect((resize.message as { height: number }).height).to.be.above(ready);

    frame.frameWindow.document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(frame.posted.at(-1)).to.deep.equal({ message: { type: 'cw-sign-close' }, targetOrigin: location.origin });

    const stub = stubFetch([json(201, { count: 42 })], frame.frameWindow);
    try {
      await fill(frame.form);
      await submit(frame.form);
      await settled(frame.form, stub);
      await waitUntil(() => frame!.types().includes('cw-sign-signed'));
      expect(frame.posted.find(({ message }) => (message as { type: string }).type === 'cw-sign-signed')).to.deep.equal(
        {
          message: { type: 'cw-sign-signed', count: 42 },
          targetOrigin: location.origin,
        },
      );
      expect(frame.posted.every(({ targetOrigin }) => targetOrigin === location.origin)).to.equal(true);
    } finally {
      stub.restore();
    }
  });

  it('names its frame origin as the target of every message, never "*"', async () => {
    frame = await framedForm('https://partner.example');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The spy sees the call; a browser would drop it, since this page is not https://partner.example.
    expect(frame.posted.map(({ targetOrigin }) => targetOrigin)).to.deep.equal(['https://partner.example']);
  });

  it('moves focus to the first field on cw-sign-focus from its parent, and ignores it from anyone else', async () => {
    frame = await framedForm(location.origin);
    const { frameWindow, form } = frame;
    const focused = () => form.shadowRoot!.activeElement?.id;
    const send = (origin: string, source: Window) =>
      frameWindow.dispatchEvent(new MessageEvent('message', { data: { type: 'cw-sign-focus' }, origin, source }));
    send('https://evil.example', window);
    send(location.origin, frameWindow);
    send(location.origin.replace('localhost', '127.0.0.1'), window);
    expect(focused()).to.equal(undefined);
    send(location.origin, window);
    expect(focused()).to.equal('name');
  });

  it('stops listening once removed', async () => {
    frame = await framedForm(location.origin);
    const { frameWindow, form } = frame;
    form.remove();
    const before = frame.posted.length;
    frameWindow.document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(frame.posted.length).to.equal(before);
    frameWindow.document.body.append(form);
    await waitUntil(
      () => frame!.types().filter((type) => type === 'cw-sign-ready').length === 2,
      'no ready after reconnecting',
    );
  });

  it('is silent when it is not framed', async () => {
    const posted: unknown[] = [];
    const original = window.postMessage;
    window.postMessage = ((message: unknown) => void posted.push(message)) as typeof window.postMessage;
    try {
      const form = document.createElement('cw-sign-form');
      form.setAttribute('petition', PETITION);
      form.setAttribute('frame-origin', location.origin);
      form.setAttribute('consent-text', 'I agree');
      document.body.append(form);
      await form.updateComplete;
      $(form, '#name').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(posted).to.deep.equal([]);
      form.remove();
    } finally {
      window.postMessage = original;
    }
  });
});
