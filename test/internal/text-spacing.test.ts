import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/components/fact-box/define.js';
import '../../src/components/signature-counter/define.js';
import '../../src/components/testimony-card/define.js';
import { mockPetition } from '../components/signature-counter/mock-petition.js';

// WCAG 1.4.12: the text-spacing bookmarklet's CSS (https://www.html5accessibility.com/tests/tsbookmarklet.html),
// as a reader's tool injects it into the page.
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;
// What a hostile theme does, with !important, to every element it can reach: none of it may reach widget text.
const HOSTILE = `* { text-transform: uppercase !important; text-align: right !important; white-space: pre !important;
  text-indent: 4em !important; } p, span, a, button, blockquote { font-size: 30px !important; }`;

/** Every element with text of its own in a widget's shadow root, but what is hidden or for screen readers only. */
const textElements = (widget: Element) =>
  [...widget.shadowRoot!.querySelectorAll('*')].filter(
    (element) =>
      element.checkVisibility() &&
      !element.closest('.visually-hidden, [aria-hidden="true"]') &&
      [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );
const name = (element: Element) => `${element.localName}.${element.className || element.getAttribute('part')}`;

async function widgets(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const { url } = await mockPetition({ count: 713402, goal: 1000000 });
  // German, in a 240 px sidebar column: the longest words in the narrowest place.
  const column = await fixture<HTMLDivElement>(`<div lang="de" style="inline-size: 240px; font-size: 16px">
    <cw-signature-counter petition="${url}"></cw-signature-counter>
    <cw-fact-box value="1000000" label="Menschen in Lagern festgehalten" source="Vereinte Nationen" source-href="https://example.org/"></cw-fact-box>
    <cw-testimony-card name="Gulzire" relation="Schwester eines vermissten Doktoranden"><blockquote><p>Es bringt mich zum Weinen, aus der Ferne zuzusehen.</p></blockquote></cw-testimony-card>
  </div>`);
  const all = [...column.children];
  await waitUntil(() => all[0].shadowRoot!.querySelector('[part="progress"]'), 'the petition never answered');
  await Promise.all(all.map((widget) => (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return { column, all, remove: () => style.remove() };
}

describe('text spacing (WCAG 1.4.12)', () => {
  it('reaches widget text, with no loss of content in a 240 px column', async () => {
    const { column, all, remove } = await widgets(TEXT_SPACING);
    try {
      for (const widget of all) {
        const elements = textElements(widget);
        expect(elements.length, widget.localName).to.be.above(1);
        // Spacing in em is computed where it is set, on the widget's element, and inherited as a length: larger text
        // inside (a quote, a figure) gets the spacing of the text around the widget.
        const hostSize = parseFloat(getComputedStyle(widget).fontSize);
        for (const element of elements) {
          const style = getComputedStyle(element);
          const size = parseFloat(style.fontSize);
          expect(parseFloat(style.letterSpacing), `${name(element)} letter-spacing`).to.be.closeTo(
            0.12 * hostSize,
            0.5,
          );
          expect(parseFloat(style.wordSpacing), `${name(element)} word-spacing`).to.be.closeTo(0.16 * hostSize, 0.5);
          // The large figure is one number on one line; every other text has the line height asked for.
          if (!element.closest('[part="value"]')) {
            expect(parseFloat(style.lineHeight), `${name(element)} line-height`).to.be.at.least(1.5 * size - 0.5);
          }
        }
        // No loss: nothing clipped inside the widget, nothing sticking out of the column.
        for (const element of [widget, ...widget.shadowRoot!.querySelectorAll('*')]) {
          const style = getComputedStyle(element);
          if (element.closest('.visually-hidden') || style.overflow === 'visible' || !element.checkVisibility())
            continue;
          expect(element.scrollWidth, `${name(element)} clips its width`).to.be.at.most(element.clientWidth + 1);
          expect(element.scrollHeight, `${name(element)} clips its height`).to.be.at.most(element.clientHeight + 1);
        }
        expect(widget.getBoundingClientRect().right, `${widget.localName} overflows the column`).to.be.at.most(
          column.getBoundingClientRect().right + 1,
        );
      }
    } finally {
      remove();
    }
  });

  it('leaves out a hostile page’s transform, alignment, white-space, indent and font size, even !important', async () => {
    const { all, remove } = await widgets(`${TEXT_SPACING}\n${HOSTILE}`);
    try {
      for (const widget of all) {
        for (const element of textElements(widget)) {
          const style = getComputedStyle(element);
          expect(style.textTransform, `${name(element)} text-transform`).to.equal('none');
          // (A button centres its label: the browser's own style, not the page's.)
          expect(style.textAlign, `${name(element)} text-align`).to.be.oneOf(
            element.localName === 'button' ? ['center'] : ['start', 'left'],
          );
          expect(style.whiteSpace, `${name(element)} white-space`).to.equal('normal');
          expect(style.textIndent, `${name(element)} text-indent`).to.equal('0px');
          expect(parseFloat(style.fontSize), `${name(element)} font-size`).to.be.below(30);
        }
      }
    } finally {
      remove();
    }
  });
});
