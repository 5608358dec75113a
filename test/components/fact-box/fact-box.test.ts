import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { FactBox } from '../../../src/components/fact-box/fact-box.js';
import '../../../src/components/fact-box/define.js';
import { registerStrings } from '../../../src/internal/localize.js';
import { captureWarnings, nextFrame, partText } from '../../helpers.js';

/** What a screen reader reads as the figure: the final value, never a frame of the count. */
const spokenValue = (box: FactBox) =>
  box.shadowRoot!.querySelector('[part="value"] .visually-hidden')?.textContent ?? partText(box, 'value');
/** What is drawn as the figure in this frame. */
const drawnValue = (box: FactBox) =>
  box.shadowRoot!.querySelector('[part="value"] > [aria-hidden]:not(.reserve)')?.textContent ?? partText(box, 'value');

async function factBoxIn(lang: string, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><cw-fact-box value="1000000" ${attributes}></cw-fact-box></div>`,
  );
  const box = wrapper.querySelector('cw-fact-box')!;
  await box.updateComplete;
  return box;
}

describe('<cw-fact-box>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  describe('formats the figure in the inherited language', () => {
    it('in English', async () => {
      expect(spokenValue(await factBoxIn('en'))).to.equal('1,000,000');
    });

    it('in German and French, with their own grouping', async () => {
      expect(spokenValue(await factBoxIn('de'))).to.equal('1.000.000');
      expect(spokenValue(await factBoxIn('fr'))).to.equal('1\u202f000\u202f000');
    });

    it('in Arabic, with Arabic-Indic digits where the region uses them', async () => {
      expect(spokenValue(await factBoxIn('ar-EG'))).to.equal('١٬٠٠٠٬٠٠٠');
      expect(spokenValue(await factBoxIn('ar', 'notation="compact"'))).to.match(/^1\s*مليون$/u);
    });

    it('in Uyghur, with Latin digits and the Uyghur catalog', async () => {
      const box = await factBoxIn('ug', 'source="Amnesty International"');
      expect(spokenValue(box)).to.equal('1,000,000');
      expect(partText(box, 'source')).to.equal('مەنبە: Amnesty International');
    });

    it('in Simplified Chinese, compact', async () => {
      expect(spokenValue(await factBoxIn('zh-Hans', 'notation="compact"'))).to.equal('100万');
    });

    it('in English, compact', async () => {
      expect(spokenValue(await factBoxIn('en', 'notation="compact"'))).to.equal('1M');
    });

    it('keeps decimals', async () => {
      const box = await fixture<FactBox>(html`<cw-fact-box value="2.5"></cw-fact-box>`);
      expect(spokenValue(box)).to.equal('2.5');
    });
  });

  it('shows a text value as written, without counting', async () => {
    const box = await fixture<FactBox>(
      html`<cw-fact-box value="Nearly 6,000" label="people in one camp"></cw-fact-box>`,
    );
    expect(partText(box, 'value')).to.equal('Nearly 6,000');
    expect(box.shadowRoot!.querySelector('.reserve')).to.equal(null);
  });

  it('renders prefix, label, detail and a linked source', async () => {
    const box = await fixture<FactBox>(
      html`<cw-fact-box
        value="1000000"
        value-prefix="Up to"
        label="people held in 're-education' camps"
        source="Amnesty International, 2018"
        source-href="https://www.amnesty.org/en/latest/news/2018/09/china-up-to-one-million-detained/"
        >The fate of most is unknown.</cw-fact-box
      >`,
    );
    expect(partText(box, 'prefix')).to.equal('Up to');
    expect(partText(box, 'label')).to.equal("people held in 're-education' camps");
    expect(partText(box, 'source')).to.equal('Source: Amnesty International, 2018');
    const link = box.shadowRoot!.querySelector<HTMLAnchorElement>('[part="source"] a')!;
    expect(link.href).to.equal('https://www.amnesty.org/en/latest/news/2018/09/china-up-to-one-million-detained/');
    expect(box.shadowRoot!.querySelector<HTMLElement>('[part="detail"]')!.hidden).to.equal(false);
  });

  it('hides the detail wrapper when nothing is slotted', async () => {
    const box = await fixture<FactBox>(html`<cw-fact-box value="1"></cw-fact-box>`);
    expect(box.shadowRoot!.querySelector<HTMLElement>('[part="detail"]')!.hidden).to.equal(true);
  });

  for (const unsafe of ['javascript:alert(1)', 'java\tscript:alert(1)', ' data:text/html,<b>x</b>', 'vbscript:x']) {
    it(`renders the source as text and warns once for source-href="${unsafe}"`, async () => {
      const warnings = captureWarnings();
      try {
        const box = await fixture<FactBox>(
          html`<cw-fact-box value="1" source="Report" source-href=${unsafe}></cw-fact-box>`,
        );
        expect(box.shadowRoot!.querySelector('a')).to.equal(null);
        expect(partText(box, 'source')).to.equal('Source: Report');
        box.label = 'rerendered';
        await box.updateComplete;
        expect(warnings.messages).to.deep.equal([
          '<cw-fact-box> source-href: is not an http(s) or relative URL; the source is shown as text.',
        ]);
        expect(warnings.subjects[0] === box, 'the warning points at the element').to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  }

  it('links a relative source', async () => {
    const box = await fixture<FactBox>(
      html`<cw-fact-box value="1" source="Our report" source-href="/report"></cw-fact-box>`,
    );
    expect(box.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/report');
  });

  it('warns about a missing value and an unknown notation, and falls back', async () => {
    const warnings = captureWarnings();
    try {
      await fixture(html`<cw-fact-box label="no figure"></cw-fact-box>`);
      const box = await fixture<FactBox>(html`<cw-fact-box value="1000" notation="scientific"></cw-fact-box>`);
      expect(box.notation).to.equal('standard');
      expect(spokenValue(box)).to.equal('1,000');
      expect(warnings.messages).to.deep.equal([
        '<cw-fact-box> value: is missing; the box shows no figure.',
        '<cw-fact-box> notation: must be one of standard, compact; using standard.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('re-localises when an ancestor changes its lang', async () => {
    const box = await factBoxIn('en', 'source="Amnesty"');
    expect(partText(box, 'source')).to.equal('Source: Amnesty');
    box.parentElement!.lang = 'de';
    await nextFrame();
    await box.updateComplete;
    expect(spokenValue(box)).to.equal('1.000.000');
    expect(partText(box, 'source')).to.equal('Quelle: Amnesty');
  });

  it('inherits lang through shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="tr"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><cw-fact-box value="1000000" source="Amnesty"></cw-fact-box></section>';
    const box = root.querySelector('cw-fact-box')!;
    await box.updateComplete;
    expect(spokenValue(box)).to.equal('1.000.000');
    root.querySelector('section')!.lang = 'ru';
    await nextFrame();
    await box.updateComplete;
    expect(partText(box, 'source')).to.equal('Источник: Amnesty');
  });

  it('lets the embedder override any string, per element or for the page', async () => {
    const box = await factBoxIn('fr', `source="Amnesty" strings='{"sourceLabel": "D’après"}'`);
    expect(partText(box, 'source')).to.equal('D’après Amnesty');

    registerStrings('pt', { sourceLabel: 'Fonte:' });
    const portuguese = await factBoxIn('pt-BR', 'source="Amnesty"');
    expect(partText(portuguese, 'source')).to.equal('Fonte: Amnesty');
    expect(spokenValue(portuguese)).to.equal('1.000.000');
  });

  it('warns once about strings that are not a JSON object, and keeps the built-in ones', async () => {
    const warnings = captureWarnings();
    try {
      const box = await factBoxIn('en', `source="Amnesty" strings="{not json"`);
      expect(partText(box, 'source')).to.equal('Source: Amnesty');
      expect(warnings.messages).to.deep.equal([
        '<cw-fact-box> strings: expects a JSON object of strings; using the built-in ones.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('puts its accent on the inline-start edge, so it follows dir', async () => {
    const ltr = await factBoxIn('en');
    const rtl = await factBoxIn('ar', 'dir="rtl"');
    const base = (box: FactBox) => getComputedStyle(box.shadowRoot!.querySelector('[part="base"]')!);
    expect(parseFloat(base(ltr).borderLeftWidth)).to.be.greaterThan(0);
    expect(parseFloat(base(ltr).borderRightWidth)).to.equal(0);
    expect(parseFloat(base(rtl).borderRightWidth)).to.be.greaterThan(0);
    expect(parseFloat(base(rtl).borderLeftWidth)).to.equal(0);
  });

  it('sizes itself from the surrounding text, not the root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-size: 20px"><cw-fact-box value="5"></cw-fact-box></div>`,
      );
      const value = wrapper.querySelector('cw-fact-box')!.shadowRoot!.querySelector('[part="value"]')!;
      expect(getComputedStyle(value).fontSize).to.equal('50px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('reads well from a 240 px sidebar to an 800 px column', async () => {
    for (const width of [240, 800]) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px">
          <cw-fact-box
            value="1000000"
            value-prefix="Up to"
            label="people held in “re-education” camps in Xinjiang"
            source="Amnesty International, 2018"
            >Uighurs, Kazakhs and other predominantly Muslim ethnic groups.</cw-fact-box
          >
        </div>`,
      );
      const box = wrapper.querySelector('cw-fact-box')!;
      await box.updateComplete;
      const base = box.shadowRoot!.querySelector('[part="base"]')!;
      expect(box.getBoundingClientRect().width).to.equal(width);
      expect(base.scrollWidth).to.be.at.most(width);
      expect(box.shadowRoot!.querySelector('[part="value"]')!.getBoundingClientRect().right).to.be.at.most(
        box.getBoundingClientRect().right,
      );
    }
  });

  it('is accessible, in LTR and RTL', async () => {
    const box = await fixture<FactBox>(
      html`<cw-fact-box
        value="1000000"
        value-prefix="Up to"
        label="detained"
        source="Amnesty"
        source-href="https://www.amnesty.org/"
        >Detail.</cw-fact-box
      >`,
    );
    await expect(box).to.be.accessible();
    const rtl = await factBoxIn(
      'ug',
      'dir="rtl" label="تۇتۇپ تۇرۇلغان" source="Amnesty" source-href="https://www.amnesty.org/"',
    );
    await expect(rtl).to.be.accessible();
  });

  describe('count-up', () => {
    before(() => emulateMedia({ reducedMotion: 'no-preference' }));
    after(() => emulateMedia({ reducedMotion: 'reduce' }));

    it('counts up once when first in view, without changing its size', async () => {
      const box = await fixture<FactBox>(html`<cw-fact-box value="1000000"></cw-fact-box>`);
      const value = box.shadowRoot!.querySelector('[part="value"]')!;
      await nextFrame();
      await nextFrame();
      const widthWhileCounting = value.getBoundingClientRect().width;
      const counting = Number(drawnValue(box)!.replace(/,/g, ''));
      expect(counting).to.be.lessThan(1_000_000);
      expect(spokenValue(box)).to.equal('1,000,000');
      await aTimeout(1400);
      expect(drawnValue(box)).to.equal('1,000,000');
      expect(value.getBoundingClientRect().width).to.equal(widthWhileCounting);
    });

    it('waits until the box scrolls into view', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="margin-block-start: 300vh"><cw-fact-box value="500"></cw-fact-box></div>`,
      );
      const box = wrapper.querySelector('cw-fact-box')!;
      await aTimeout(100);
      expect(drawnValue(box)).to.equal('500');
      // Every value drawn from here on: a busy machine may take many frames to report the box in view, and then
      // draw few of the tween's, so the test watches for one below the figure rather than look at a given frame.
      const drawn: number[] = [];
      const observer = new MutationObserver(() => drawn.push(Number(drawnValue(box))));
      observer.observe(box.shadowRoot!, { subtree: true, childList: true, characterData: true });
      box.scrollIntoView();
      await waitUntil(() => drawn.some((value) => value < 500), 'the figure never counted up once in view');
      observer.disconnect();
    });

    it('does not count under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const box = await fixture<FactBox>(html`<cw-fact-box value="1000000"></cw-fact-box>`);
      await nextFrame();
      await nextFrame();
      expect(drawnValue(box)).to.equal('1,000,000');
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('does not count a compact figure', async () => {
      const box = await fixture<FactBox>(html`<cw-fact-box value="1000000" notation="compact"></cw-fact-box>`);
      await nextFrame();
      await nextFrame();
      expect(drawnValue(box)).to.equal('1M');
    });
  });
});
