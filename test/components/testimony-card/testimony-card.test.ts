import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { TestimonyCard } from '../../../src/components/testimony-card/testimony-card.js';
import '../../../src/components/testimony-card/define.js';
import { announced, captureWarnings, nextFrame, partText } from '../../helpers.js';

const GULZIRE = 'It makes me cry to watch from afar what is happening to the Uighur people.';
const IN_UYGHUR = 'يىراقتىن تۇرۇپ ئۇيغۇرلارغا نېمە بولۇۋاتقانلىقىنى كۆرۈپ يىغلايمەن.';

const part = (card: Element, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const isShown = (element: Element) => element.checkVisibility();
/** The quote as the card draws it in its shadow root: its shown paragraphs, '' while hidden. */
const shownQuote = (card: Element) => {
  const quote = part(card, 'quote')!;
  return isShown(quote)
    ? [...quote.querySelectorAll(':scope > p')].map((paragraph) => paragraph.textContent).join(' ')
    : '';
};

/** Every name the browser exposes to assistive technology, flattened. */
async function accessibleNames(): Promise<string> {
  const names: string[] = [];
  const walk = (node: { name?: string; children?: unknown[] }) => {
    if (node.name) names.push(node.name);
    (node.children as (typeof node)[] | undefined)?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as { name?: string; children?: unknown[] });
  return names.join(' | ');
}

describe('<cw-testimony-card>', () => {
  it('shows the slotted quote with name, relation and source', async () => {
    const card = await fixture<TestimonyCard>(
      html`<cw-testimony-card
        name="Gulzire"
        relation="Sister of a missing Uighur PhD student"
        source="Amnesty International, 2018"
        source-href="https://www.amnesty.org/"
        ><blockquote><p>${GULZIRE}</p></blockquote></cw-testimony-card
      >`,
    );
    expect(shownQuote(card)).to.equal(GULZIRE);
    expect(isShown(card.querySelector('blockquote')!), 'the light DOM is drawn, not shown').to.equal(false);
    expect(partText(card, 'name')).to.equal('Gulzire');
    expect(partText(card, 'relation')).to.equal('Sister of a missing Uighur PhD student');
    expect(partText(card, 'source')).to.equal('Source: Amnesty International, 2018');
    expect(part(card, 'photo')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('keeps markup written before the element was defined, and slots it on upgrade', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div><cw-testimony-card-late name="Bota Kussaiyn"><blockquote>I want to see my father again.</blockquote></cw-testimony-card-late></div>`,
    );
    const card = wrapper.firstElementChild as TestimonyCard;
    const quote = card.querySelector('blockquote')!;
    expect(isShown(quote)).to.equal(true);
    const { TestimonyCard: Card } = await import('../../../src/components/testimony-card/testimony-card.js');
    customElements.define('cw-testimony-card-late', class extends Card {});
    await card.updateComplete;
    expect(card.querySelector('blockquote')).to.equal(quote);
    expect(shownQuote(card)).to.equal('I want to see my father again.');
    expect(partText(card, 'name')).to.equal('Bota Kussaiyn');
  });

  it('shows a photo lazily, with no referrer and its alt text', async () => {
    const card = await fixture<TestimonyCard>(
      html`<cw-testimony-card name="Kairat Samarkan" photo-src="/photo.jpg" photo-alt="Kairat Samarkan in Almaty"
        ><p>Quote</p></cw-testimony-card
      >`,
    );
    const photo = part(card, 'photo') as HTMLImageElement;
    expect(photo.getAttribute('src')).to.equal('/photo.jpg');
    expect(photo.alt).to.equal('Kairat Samarkan in Almaty');
    expect(photo.loading).to.equal('lazy');
    expect(photo.referrerPolicy).to.equal('no-referrer');
    const box = photo.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.width).to.equal(box.height);
  });

  it('treats a photo without alt text as decorative, and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const card = await fixture<TestimonyCard>(
        html`<cw-testimony-card name="Gulzire" photo-src="/photo.jpg"><p>Quote</p></cw-testimony-card>`,
      );
      expect((part(card, 'photo') as HTMLImageElement).getAttribute('alt')).to.equal('');
      card.relation = 'Sister';
      await card.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<cw-testimony-card> photo-alt: is missing; the photo is treated as decorative.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('shows no photo for an unsafe URL, and warns', async () => {
    const warnings = captureWarnings();
    try {
      const card = await fixture<TestimonyCard>(
        html`<cw-testimony-card name="Gulzire" photo-src="javascript:alert(1)" photo-alt="x"
          ><p>Quote</p></cw-testimony-card
        >`,
      );
      expect(part(card, 'photo')).to.equal(null);
      expect(partText(card, 'name')).to.equal('Gulzire');
      expect(warnings.messages).to.deep.equal([
        '<cw-testimony-card> photo-src: is not an http(s) or relative URL; no photo is shown.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('lays out a Uyghur quote right to left inside a left-to-right card', async () => {
    const card = await fixture<TestimonyCard>(
      html`<cw-testimony-card name="Gulzire"><blockquote lang="ug">${IN_UYGHUR}</blockquote></cw-testimony-card>`,
    );
    expect(getComputedStyle(card.querySelector('blockquote')!).direction).to.equal('rtl');
    expect(getComputedStyle(part(card, 'name')!).direction).to.equal('ltr');
    expect(part(card, 'quote')!.lang).to.equal('ug');
    await expect(card).to.be.accessible();
  });

  it('lays out an English quote left to right inside a right-to-left card, from quote-lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ug" dir="rtl">
        <cw-testimony-card name="گۈلزىرە" quote-lang="en"><p>${GULZIRE}</p></cw-testimony-card>
      </div>`,
    );
    const card = wrapper.querySelector('cw-testimony-card')!;
    await card.updateComplete;
    expect(getComputedStyle(card.querySelector('p')!).direction).to.equal('ltr');
    expect(part(card, 'quote')!.lang).to.equal('en');
    expect(getComputedStyle(part(card, 'name')!).direction).to.equal('rtl');
  });

  it('warns about a quote-lang that is not a language tag, and uses the page language', async () => {
    const warnings = captureWarnings();
    try {
      const card = await fixture<TestimonyCard>(
        html`<cw-testimony-card quote-lang="not a tag"><p>Quote</p></cw-testimony-card>`,
      );
      expect(part(card, 'quote')!.hasAttribute('lang')).to.equal(false);
      expect(warnings.messages).to.deep.equal([
        '<cw-testimony-card> quote-lang: is not a language tag; the quote takes the page’s language.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  describe('with a translation', () => {
    const translated = () =>
      fixture<TestimonyCard>(
        html`<cw-testimony-card name="Gulzire">
          <blockquote lang="ug">${IN_UYGHUR}</blockquote>
          <blockquote slot="translation">${GULZIRE}</blockquote>
        </cw-testimony-card>`,
      );

    it('shows the translation first, in the page’s direction', async () => {
      const card = await translated();
      expect(shownQuote(card)).to.equal(GULZIRE);
      expect(getComputedStyle(part(card, 'quote')!).direction).to.equal('ltr');
      expect(partText(card, 'translation-toggle')).to.equal('Show original');
      await expect(card).to.be.accessible();
    });

    it('switches by keyboard and announces the choice', async () => {
      const card = await translated();
      part(card, 'translation-toggle')!.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(shownQuote(card)).to.equal(IN_UYGHUR);
      expect(part(card, 'quote')!.lang).to.equal('ug');
      expect(getComputedStyle(part(card, 'quote')!).direction).to.equal('rtl');
      // Said through the page's one live region, in the card's language, never through one in the shadow root.
      expect(card.shadowRoot!.querySelector('[role="status"], [aria-live]')).to.equal(null);
      expect(announced()).to.deep.equal([['Original shown', 'en']]);
      expect(partText(card, 'translation-toggle')).to.equal('Show translation');
      expect(card.shadowRoot!.activeElement).to.equal(part(card, 'translation-toggle'));
      await sendKeys({ press: 'Space' });
      await card.updateComplete;
      expect(shownQuote(card)).to.equal(GULZIRE);
      expect(announced()).to.deep.equal([['Translation shown', 'en']]);
      await expect(card).to.be.accessible();
    });
  });

  describe('with a content note', () => {
    const withNote = () =>
      fixture<TestimonyCard>(
        html`<cw-testimony-card name="Kairat Samarkan" content-note="Describes torture and suicide">
          <blockquote><p>He was hooded and shackled, and forced to stand for 12 hours.</p></blockquote>
        </cw-testimony-card>`,
      );

    it('hides the quote, from sight and from assistive technology, behind the note', async () => {
      const card = await withNote();
      expect(shownQuote(card)).to.equal('');
      expect(partText(card, 'content-note')).to.equal('Content note: Describes torture and suicide Show testimony');
      const exposed = await accessibleNames();
      expect(exposed).to.include('Show testimony');
      expect(exposed).not.to.include('hooded');
      await expect(card).to.be.accessible();
    });

    it('reveals the quote by keyboard and moves focus to it', async () => {
      const card = await withNote();
      part(card, 'reveal-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await card.updateComplete;
      expect(shownQuote(card)).to.equal('He was hooded and shackled, and forced to stand for 12 hours.');
      expect(part(card, 'content-note')).to.equal(null);
      expect(card.shadowRoot!.activeElement).to.equal(part(card, 'quote'));
      // Focus lands on something a screen reader can name: the testimony, as a group.
      type Node = { role: string; name: string; focused?: boolean; children: Node[] };
      const snapshot = (await a11ySnapshot({})) as unknown as Node;
      const focused = findAccessibilityNode<Node>(snapshot, (node) => !!node.focused);
      expect(focused).to.include({ role: 'group', name: 'Testimony' });
      expect(await accessibleNames()).to.include('hooded');
      await expect(card).to.be.accessible();
    });
  });

  it('re-localises its buttons when an ancestor changes its lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <cw-testimony-card content-note="Torture"><p>Quote</p></cw-testimony-card>
      </div>`,
    );
    const card = wrapper.querySelector('cw-testimony-card')!;
    await card.updateComplete;
    expect(partText(card, 'reveal-button')).to.equal('Show testimony');
    wrapper.lang = 'fr';
    await nextFrame();
    await card.updateComplete;
    expect(partText(card, 'reveal-button')).to.equal('Afficher le témoignage');
    expect(partText(card, 'content-note')).to.equal('Avertissement : Torture Afficher le témoignage');
  });

  it('reads well from a 240 px sidebar to an 800 px column', async () => {
    for (const width of [240, 800]) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px">
          <cw-testimony-card
            name="Gulzire"
            relation="Sister of a missing Uighur PhD student"
            photo-src="/photo.jpg"
            photo-alt="Gulzire"
            ><p>${GULZIRE}</p></cw-testimony-card
          >
        </div>`,
      );
      const card = wrapper.querySelector('cw-testimony-card')!;
      await card.updateComplete;
      expect(card.getBoundingClientRect().width).to.equal(width);
      expect(card.shadowRoot!.querySelector('.card')!.scrollWidth).to.be.at.most(width);
      expect(part(card, 'relation')!.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right);
    }
  });

  describe('on a partner’s page', () => {
    it('draws the quote where no style of the page reaches it, and follows changes to it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            blockquote {
              font-size: 40px !important;
              text-align: center;
              font-family: serif;
            }
            blockquote::before {
              content: '«';
            }
            p {
              font-size: 30px;
              font-weight: 900;
            }
          </style>
          <cw-testimony-card name="Gulzire"
            ><blockquote>
              <p>${GULZIRE}</p>
              <p>Every day, I dream of our hometown.</p>
            </blockquote></cw-testimony-card
          >
        </div>`,
      );
      const card = wrapper.querySelector('cw-testimony-card')!;
      await card.updateComplete;
      const paragraphs = part(card, 'quote')!.querySelectorAll(':scope > p');
      expect(paragraphs.length).to.equal(2);
      const style = getComputedStyle(paragraphs[0]!);
      expect(parseFloat(style.fontSize)).to.equal(parseFloat(getComputedStyle(card).fontSize) * 1.25);
      expect(style.textAlign).to.equal('start');
      expect(style.fontWeight).to.equal('400');
      expect(part(card, 'quote')!.textContent).not.to.include('«');
      card.querySelector('p')!.textContent = 'Edited by the page.';
      await nextFrame();
      await card.updateComplete;
      expect(shownQuote(card)).to.equal('Edited by the page. Every day, I dream of our hometown.');
    });

    it('leaves out comments, scripts, hidden text, a no-script summary and fallback content', async () => {
      const card = await fixture<TestimonyCard>(
        html`<cw-testimony-card name="Kairat Samarkan" content-note="Describes torture">
          <!-- edited by comms -->
          <details>
            <summary>Content note: describes torture. Show testimony</summary>
            <p>
              He was hooded.
              <script>
                /* tracking */
              </script>
              <span hidden>draft</span>
            </p>
          </details>
          <p slot="fallback">Kairat Samarkan, held in a camp (Amnesty International, 2018)</p>
        </cw-testimony-card>`,
      );
      part(card, 'reveal-button')!.click();
      await card.updateComplete;
      expect(shownQuote(card)).to.equal('He was hooded.');
      expect(isShown(card.querySelector('[slot="fallback"]')!)).to.equal(false);
    });

    it('requests a photo with no cookies and no referrer', async () => {
      const card = await fixture<TestimonyCard>(
        html`<cw-testimony-card name="Kairat" photo-src="/photo.jpg" photo-alt="Kairat"
          ><p>Quote</p></cw-testimony-card
        >`,
      );
      const photo = part(card, 'photo') as HTMLImageElement;
      expect(photo.crossOrigin).to.equal('anonymous');
      expect(photo.referrerPolicy).to.equal('no-referrer');
    });
  });
});
