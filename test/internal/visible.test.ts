import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/action-button/define.js';
import '../../src/components/fact-box/define.js';
import '../../src/components/signature-counter/define.js';
import { mockPetition } from '../components/signature-counter/mock-petition.js';

// What the page shows, beyond what axe reads: the progress in forced colours, and a focus ring on any background.

const forcedColors = (active: boolean) => executeServerCommand('forced-colors', { active });

/** The pixels of an element's box on screen, from a screenshot (test/screen-plugin.mjs). */
async function pixelsOf(element: Element) {
  const { x, y, width, height } = element.getBoundingClientRect();
  const png = await executeServerCommand<string, object>('screenshot', { x, y, width, height });
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  /** The colour at a fraction of the width, on the middle row. */
  return (across: number) => [
    ...context.getImageData(Math.floor(image.width * across), Math.floor(image.height / 2), 1, 1).data.slice(0, 3),
  ];
}

const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, i) => value - b[i]));

/** WCAG relative luminance and contrast ratio. */
function luminance([r, g, b]: number[]) {
  const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
function contrast(a: number[], b: number[]) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
const rgb = (css: string) =>
  css
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);

describe('visible without colour or script effects', () => {
  describe('in forced colours', () => {
    before(() => forcedColors(true));
    after(() => forcedColors(false));

    it('draws the bar’s fill, and shows the goal as text', async () => {
      const { url } = await mockPetition({ count: 500, goal: 1000 });
      const wrapper = await fixture<HTMLDivElement>(
        `<div lang="en" style="inline-size: 20em"><cw-signature-counter petition="${url}"></cw-signature-counter></div>`,
      );
      const counter = wrapper.querySelector('cw-signature-counter')!;
      await waitUntil(() => counter.shadowRoot!.querySelector('[part="progress"]'), 'the petition never answered');
      await counter.updateComplete;
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const colourAt = await pixelsOf(counter.shadowRoot!.querySelector('[part="progress"]')!);
      // Half full: the first quarter is fill, the last quarter track; they must differ plainly.
      expect(distance(colourAt(0.25), colourAt(0.75)), `fill ${colourAt(0.25)}, track ${colourAt(0.75)}`).to.be.above(
        100,
      );
      const goal = counter.shadowRoot!.querySelector<HTMLElement>('[part="goal"]')!;
      expect(goal.checkVisibility()).to.equal(true);
      expect(goal.textContent).to.equal('Goal: 1,000');
    });
  });

  describe('the focus ring', () => {
    // The demo's yellow band with white text gave a currentColor ring of 1.4:1.
    const hosts = {
      'a light page': 'background: #fff; color: #222',
      'a dark page': 'background: #111; color: #eee',
      'the demo’s yellow band with white text': 'background: #ffd400; color: #fff',
      'a light grey page with light text on light buttons':
        'background: #eee; color: #fafafa; --cw-color-surface: #f8f8f8; --cw-color-accent: #fdfdfd; --cw-color-on-accent: #f0f0f0',
    };
    for (const [name, style] of Object.entries(hosts)) {
      it(`stands out on ${name} by 3:1 at least, in one of its two rings`, async () => {
        const { url } = await mockPetition({ count: 5, goal: 10 });
        const wrapper = await fixture<HTMLDivElement>(
          `<div lang="en" style="${style}; padding: 1em"><cw-signature-counter petition="${url}"></cw-signature-counter><cw-fact-box value="5" label="facts" source="Report" source-href="https://example.org/"></cw-fact-box><cw-action-button href="https://example.org/">Act now</cw-action-button></div>`,
        );
        const counter = wrapper.querySelector('cw-signature-counter')!;
        await waitUntil(() => counter.shadowRoot!.querySelector('[part="pause"]'), 'the petition never answered');
        const background = rgb(getComputedStyle(wrapper).backgroundColor);
        const pause = counter.shadowRoot!.querySelector<HTMLElement>('[part="pause"]')!;
        const link = wrapper.querySelector('cw-fact-box')!.shadowRoot!.querySelector<HTMLElement>('a')!;
        const button = wrapper.querySelector('cw-action-button')!;
        await button.updateComplete;
        const action = button.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')!;
        for (const target of [pause, link, action]) {
          // By keyboard, as :focus-visible asks: the pause button, the source link, then the action button (its accent
          // light on a light page in the last host).
          await sendKeys({ press: 'Tab' });
          await waitUntil(() => target.matches(':focus-visible'), `${target.localName} never had keyboard focus`);
          const style = getComputedStyle(target);
          expect(style.outlineStyle).to.equal('solid');
          expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
          const ring = rgb(style.outlineColor);
          const halo = rgb(style.boxShadow);
          expect(contrast(ring, halo), 'ring against halo').to.be.at.least(3);
          expect(
            Math.max(contrast(ring, background), contrast(halo, background)),
            `ring ${ring} and halo ${halo} on ${background}`,
          ).to.be.at.least(3);
        }
      });
    }
  });
});
