// Promise: absurd values a partner's CMS may hold render sanely. Huge, negative and zero figures, impossible goals and
// counts, 10,000-character labels, mixed-direction text, emoji and zero-width or bidi control characters: no widget
// shows NaN, undefined, Infinity or ∞, none grows wider than its 320px container, text shows as written, and each bad
// attribute is reported by exactly one console warning naming the element and the attribute.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, startPartnerSite, widgetsRendered } from './harness.mjs';

const NONSENSE = /NaN|undefined|Infinity|∞|null/;
const FOUR_HUNDRED_DIGITS = '9'.repeat(400);
const LONG_WORDS = 'detained '.repeat(1112).slice(0, 10_000);
const LONG_WORD = 'x'.repeat(10_000);
const MIXED = 'ئۇيغۇرلار Uyghurs 2018: ١٬٠٠٠٬٠٠٠ = 1,000,000 محتجز people';
const EMOJI = '👩‍👧‍👦 🇺🇳 ✊🏽 🕊️';
const INVISIBLE = 'Zero\u200Bwidth \u200Eleft\u200F right \u2066isolate\u2067 rtl\u2068 first-strong\u2069 end';

let site, browser;
before(async () => {
  site = await startPartnerSite({
    mock(request, response) {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify({ count: 7, goal: 100 }));
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Opens the page, puts each case (`{ tag, attributes, text }`) in its own 320px box, waits for them to render, and
 * returns per case its shown text, and how wide it is: the widest of its box's scrollWidth and every rendered
 * element of its shadow root, from the box's left edge. Also returns the console warnings.
 */
async function render(cases) {
  const { context, page, problems, warnings } = await openPage(browser, { viewport: { width: 400, height: 800 } });
  try {
    await page.goto(`${site.origin}/pages/absurd-values.html`);
    await page.waitForFunction(() => customElements.get('cw-action-button'));
    await page.evaluate((cases) => {
      for (const { tag, attributes = {}, text } of cases) {
        const box = document.createElement('div');
        box.className = 'box';
        const widget = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
        if (text) widget.textContent = text;
        box.append(widget);
        document.getElementById('column').append(box);
      }
    }, cases);
    await widgetsRendered(page);
    // Counters wait for the petition; figures may count up: let both settle.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('cw-signature-counter')].every((counter) =>
          counter.shadowRoot.querySelector('[part~="value"]')?.textContent.includes('7'),
        ),
      undefined,
      { timeout: 5_000 },
    );
    await page.waitForTimeout(1_500);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.box')].map((box) => {
        const widget = box.firstElementChild;
        const left = box.getBoundingClientRect().left;
        let right = widget.getBoundingClientRect().right;
        for (const element of widget.shadowRoot.querySelectorAll('*')) {
          const rect = element.getBoundingClientRect();
          if (rect.width > 1 && rect.height > 1) right = Math.max(right, rect.right);
        }
        // What a reader sees and hears: text outside aria-hidden copies (a tweened figure keeps two, for layout).
        const walker = document.createTreeWalker(widget.shadowRoot, NodeFilter.SHOW_TEXT);
        let text = '';
        while (walker.nextNode())
          if (!walker.currentNode.parentElement.closest('[aria-hidden="true"]')) text += walker.currentNode.data;
        return {
          text: text.replace(/\s+/g, ' ').trim(),
          goal: widget.shadowRoot.querySelector('progress')?.max,
          ownText: widget.textContent,
          width: Math.max(box.scrollWidth, Math.ceil(right - left)),
        };
      }),
    );
    assert.deepEqual(problems, [], 'no error');
    return { shown, warnings };
  } finally {
    await context.close();
  }
}

/** Asserts that no case shows nonsense or grows wider than its box, listing every case that does. */
function assertSane(cases, shown) {
  const wrong = [];
  cases.forEach((item, index) => {
    const name = `${item.tag} ${JSON.stringify(item.attributes ?? {}).slice(0, 80)}`;
    if (NONSENSE.test(shown[index].text)) wrong.push(`${name} shows ${shown[index].text.slice(0, 200)}`);
    if (shown[index].width > 320) wrong.push(`${name} is ${shown[index].width}px wide`);
  });
  assert.deepEqual(wrong, [], 'every widget shows no NaN, undefined, Infinity or ∞ and fits its 320px box');
}

const counter = (attributes) => ({
  tag: 'cw-signature-counter',
  attributes: { petition: '/mock/petition', ...attributes },
});

// Each test opens its own page: they run side by side.
describe('absurd values', { concurrency: true }, () => {
  it('shows huge, negative and zero figures as figures, without warnings', async () => {
    const cases = ['1e308', '-5', '0'].map((value) => ({ tag: 'cw-fact-box', attributes: { value, label: 'people' } }));
    const { shown, warnings } = await render(cases);
    assertSane(cases, shown);
    assert.match(shown[0].text, /1e308/, 'a value in exponent notation is text, shown as written');
    assert.match(shown[1].text, /-5 people/);
    assert.match(shown[2].text, /^0 people/);
    assert.deepEqual(warnings, []);
  });

  it('shows a figure too large to hold (400 digits) as written, never as ∞', async () => {
    const cases = [{ tag: 'cw-fact-box', attributes: { value: FOUR_HUNDRED_DIGITS, label: 'people' } }];
    const { shown } = await render(cases);
    assertSane(cases, shown);
    assert.ok(shown[0].text.includes(FOUR_HUNDRED_DIGITS), 'the digits, as written');
  });

  it('ignores impossible goals and counts, says so once per attribute, and shows the petition’s numbers', async () => {
    const cases = [
      counter({ goal: '-3' }),
      counter({ goal: '0' }),
      counter({ count: '99999999999999999999' }),
      counter({ count: '99999999999999999999', goal: '-3' }),
    ];
    const { shown, warnings } = await render(cases);
    assertSane(cases, shown);
    for (const { text } of shown) assert.match(text, /\b7 signatures/, text);
    assert.deepEqual(
      shown.map(({ goal }) => goal),
      [100, 100, 100, 100],
      'the petition’s goal replaces a bad goal attribute',
    );
    const named = (attribute) =>
      warnings.filter((warning) => warning.startsWith(`<cw-signature-counter> ${attribute}:`)).length;
    assert.equal(named('goal'), 3, `one goal warning per bad goal: ${warnings.join(' | ')}`);
    assert.equal(named('count'), 2, `one count warning per bad count: ${warnings.join(' | ')}`);
    assert.equal(warnings.length, 5, `no other warning: ${warnings.join(' | ')}`);
  });

  /** Every text of every widget, carrying `text`: attributes, slotted text, and a content note. */
  const everyText = (text) => [
    { tag: 'cw-fact-box', attributes: { value: '1000', 'value-prefix': text, label: text, source: text } },
    { tag: 'cw-testimony-card', attributes: { name: text, relation: text, source: text }, text },
    { tag: 'cw-testimony-card', attributes: { name: 'A', 'content-note': text }, text: 'Quote' },
    counter({ label: text }),
    { tag: 'cw-action-button', attributes: { href: 'https://example.org/' }, text },
  ];

  for (const [what, text] of [
    ['10,000-character labels of words', LONG_WORDS],
    ['mixed-direction text', MIXED],
    ['emoji', EMOJI],
    ['zero-width and bidi control characters', INVISIBLE],
  ]) {
    it(`shows ${what} as written, inside 320px, in every text of every widget`, async () => {
      const cases = everyText(text);
      const { shown, warnings } = await render(cases);
      assertSane(cases, shown);
      const normalized = text.replace(/\s+/g, ' ').trim();
      [0, 1, 2, 3].forEach((index) =>
        assert.ok(shown[index].text.includes(normalized), `${cases[index].tag} shows the text as written`),
      );
      assert.equal(shown[4].ownText, text, 'the button’s slotted text is untouched');
      assert.deepEqual(warnings, []);
    });
  }

  it('breaks a 10,000-character word inside 320px in the fact box and the testimony card', async () => {
    const cases = everyText(LONG_WORD).slice(0, 3);
    const { shown, warnings } = await render(cases);
    assertSane(cases, shown);
    shown.forEach(({ text }) => assert.ok(text.includes(LONG_WORD)));
    assert.deepEqual(warnings, []);
  });

  it('breaks a 10,000-character word inside 320px in the counter’s label and the button’s text', async () => {
    const cases = everyText(LONG_WORD).slice(3);
    const { shown } = await render(cases);
    assertSane(cases, shown);
  });
});
