import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { CountUpController } from '../../src/internal/count-up.js';

describe('CountUpController', () => {
  const requestAnimationFrame = window.requestAnimationFrame;
  afterEach(() => (window.requestAnimationFrame = requestAnimationFrame));

  it('never shows a number below where it counts from, when the first frame began before the count', () => {
    const frames: FrameRequestCallback[] = [];
    window.requestAnimationFrame = (callback) => frames.push(callback);
    const host = { addController() {}, requestUpdate() {} } as unknown as ReactiveControllerHost;
    const countUp = new CountUpController(host);
    countUp.animate(0, 1_000_000);
    // A frame's timestamp is when the frame started: here, 10 ms before animate() was called.
    frames.shift()!(performance.now() - 10);
    expect(countUp.value).to.equal(0);
    frames.shift()!(performance.now() + 600);
    expect(countUp.value).to.be.within(1, 999_999);
  });
});
