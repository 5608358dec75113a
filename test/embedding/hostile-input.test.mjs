// Promise: whatever a partner's CMS or the petition server puts in a widget shows as text and never runs. XSS
// payloads in every attribute, in slotted text, in the `strings` overrides and in the petition's JSON execute
// nothing, leave no javascript:, data: or vbscript: URL in a link or image, and absurd values (huge and negative
// numbers, 10,000-character labels, mixed-direction text, emoji, zero-width characters) render sanely.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, REPO_ROOT, startPartnerSite, widgetsRendered } from './harness.mjs';

/** Each calls window.__xss if it ever runs (or alert, which the test also listens for). */
const PAYLOADS = [
  `<img src=x onerror="__xss('img')">`,
  `"><script>__xss('script')</script>`,
  `'><svg onload="__xss('svg')"></svg>`,
  `" onmouseover="__xss('attribute')" autofocus onfocus="__xss('focus')" x="`,
  `javascript:__xss('javascript')`,
  `JaVaScRiPt:__xss('mixed-case')`,
  `java\tscript:__xss('tab')`,
  ` \u0001javascript:__xss('control')`,
  `data:text/html,<script>__xss('data')</script>`,
  `data:image/svg+xml,<svg onload="__xss('data-svg')"/>`,
  `vbscript:msgbox("vbscript")`,
  `{{constructor.constructor('__xss("template")')()}}`,
  `\${__xss('template-literal')}`,
  `<iframe srcdoc="<script>parent.__xss('srcdoc')</script>"></iframe>`,
  `<a href="javascript:__xss('link')">x</a><style>*{display:none}</style>`,
  `</template><template><script>alert('alert')</script>`,
];

/** Every attribute of every widget, from the custom elements manifest, plus the `strings` and `lang` every widget has. */
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'custom-elements.json'), 'utf8'));
const ATTRIBUTES = Object.fromEntries(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) =>
      ['cw-fact-box', 'cw-testimony-card', 'cw-signature-counter', 'cw-action-button'].includes(declaration.tagName),
    )
    .map((declaration) => [
      declaration.tagName,
      [...declaration.attributes.map((attribute) => attribute.name), 'strings', 'lang'],
    ]),
);
const { en } = await import(join(REPO_ROOT, 'dist', 'locales', 'en.js'));

/** What each widget carries when the payload is not in that attribute: enough that every part renders. */
const BASE = {
  'cw-fact-box': {
    value: '1000',
    'value-prefix': 'Up to',
    label: 'people',
    source: 'Amnesty',
    'source-href': 'https://example.org/',
  },
  'cw-testimony-card': {
    name: 'Gulzire',
    relation: 'Sister',
    'photo-src': '/pages/photo.svg',
    'photo-alt': 'Gulzire',
    source: 'Amnesty',
    'source-href': 'https://example.org/',
  },
  'cw-signature-counter': { count: '5', goal: '10' },
  'cw-action-button': { href: 'https://example.org/' },
};

/** The petition the mock serves, by name: payloads and absurd values in every field, and a stream of them. */
const ANSWERS = {
  'xss-title': { count: 12, goal: 100, title: PAYLOADS[0] + PAYLOADS[1] },
  'string-count': { count: PAYLOADS[2], goal: PAYLOADS[0], title: 'x' },
  'numeric-string': { count: '12345', goal: '100000' },
  huge: { count: 1e308, goal: 1e308 },
  unsafe: { count: 2 ** 53 + 2, goal: -1 },
  negative: { count: -5, goal: -100 },
  fraction: { count: 1.5, goal: 0.5 },
  'not-json': `<script>__xss('not-json')</script>`,
  array: [PAYLOADS[0]],
};

let site, browser;
before(async () => {
  site = await startPartnerSite({
    mock(request, response, url) {
      const name = url.pathname.split('/')[2];
      if (url.pathname.endsWith('/events')) {
        // A stream whose every message is a payload; then it ends, and the widget polls the JSON instead.
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        return response.end(
          `event: count\ndata: {"count": ${JSON.stringify(PAYLOADS[0])}}\n\nevent: ${PAYLOADS[1]}\ndata: ${PAYLOADS[2]}\n\nevent: count\ndata: {"count": 1e308}\n\n`,
        );
      }
      const answer = ANSWERS[name];
      if (answer === undefined) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(typeof answer === 'string' ? answer : JSON.stringify(answer));
    },
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Runs in the page: everything in every widget's shadow root that could run a script or lead to one. */
function dangers() {
  const found = [];
  const unsafeScheme = /^(javascript|data|vbscript):/i;
  const roots = [...document.querySelectorAll('*')]
    .filter((element) => element.shadowRoot)
    .map((element) => element.shadowRoot);
  for (const root of roots) {
    for (const element of root.querySelectorAll('*')) {
      const where = `${root.host.localName}#${root.host.id} ${element.localName}`;
      if (
        ['script', 'iframe', 'object', 'embed', 'svg', 'style', 'template'].includes(element.localName) &&
        !(element.localName === 'iframe' && element.src.startsWith(location.origin))
      ) {
        found.push(`${where}: a <${element.localName}> element`);
      }
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) found.push(`${where}: ${name}="${value}"`);
        // What the browser would follow: control characters and whitespace removed, as the URL parser does.
        // eslint-disable-next-line no-control-regex -- the control characters are what it removes.
        const followed = value.replace(/[\u0000-\u0020]/g, '');
        if (
          ['href', 'src', 'action', 'formaction', 'srcdoc', 'xlink:href', 'poster'].includes(name) &&
          unsafeScheme.test(followed)
        )
          found.push(`${where}: ${name}="${value}"`);
      }
      if (element.href && typeof element.href === 'string' && unsafeScheme.test(element.href))
        found.push(`${where}: .href ${element.href}`);
      if (element.src && typeof element.src === 'string' && unsafeScheme.test(element.src))
        found.push(`${where}: .src ${element.src}`);
    }
  }
  return found;
}

/** Opens the hostile-input page, lets `build` (run in the page) add widgets to its 320px column, and waits for them. */
async function withWidgets(build, argument, use) {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 360, height: 800 } });
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(`${site.origin}/pages/hostile-input.html`);
    await page.waitForFunction(() => customElements.get('cw-action-button') && customElements.get('cw-sign-form'));
    await page.evaluate(build, argument);
    await widgetsRendered(page);
    await use(page);
    const ran = await page.evaluate(() => window.xssRan);
    assert.deepEqual(ran, [], 'no payload ran');
    assert.deepEqual(dialogs, [], 'no alert, confirm or prompt');
    assert.deepEqual(
      await page.evaluate(dangers),
      [],
      'no script, handler or javascript:/data:/vbscript: URL in any shadow root',
    );
    // Warnings are expected (each bad attribute is reported); errors are not, except the 404s of relative payload URLs.
    assert.deepEqual(
      problems.filter((problem) => !/404 \(Not Found\)/.test(problem)),
      [],
    );
  } finally {
    await context.close();
  }
}

/** Runs in the page: adds one widget per (widget, attribute, payload), and one per (widget, payload) with the payload as its text. */
function buildAttributeCorpus({ attributes, base, payloads }) {
  const column = document.getElementById('column');
  let n = 0;
  for (const [tag, names] of Object.entries(attributes)) {
    for (const name of names) {
      for (const payload of payloads) {
        const element = document.createElement(tag);
        element.id = `w${n++}`;
        for (const [key, value] of Object.entries(base[tag])) element.setAttribute(key, value);
        // (Counters carry no src unless the payload is it: a relative payload is then fetched, and answered 404.)
        element.setAttribute(name, payload);
        element.dataset.attribute = name;
        element.dataset.payload = payload;
        column.append(element);
      }
    }
    for (const payload of payloads) {
      const element = document.createElement(tag);
      element.id = `w${n++}`;
      for (const [key, value] of Object.entries(base[tag])) element.setAttribute(key, value);
      element.textContent = payload;
      element.dataset.payload = payload;
      column.append(element);
    }
  }
}

/** Attributes whose value a widget shows as written. */
const TEXT_ATTRIBUTES = {
  'cw-fact-box': ['value-prefix', 'label', 'source'],
  'cw-testimony-card': ['name', 'relation', 'content-note', 'source'],
  'cw-signature-counter': ['label'],
};

describe('hostile input', () => {
  it('runs no payload from any attribute or slotted text, renders no unsafe URL, and shows text attributes as text', async () => {
    await withWidgets(
      buildAttributeCorpus,
      { attributes: ATTRIBUTES, base: BASE, payloads: PAYLOADS },
      async (page) => {
        // Hovering and focusing each kind of widget once: an injected onmouseover or onfocus would fire.
        for (const tag of Object.keys(ATTRIBUTES)) await page.locator(tag).first().hover();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        const notShown = await page.evaluate((textAttributes) => {
          const missing = [];
          for (const element of document.querySelectorAll('[data-attribute]')) {
            if (!(textAttributes[element.localName] ?? []).includes(element.dataset.attribute)) continue;
            if (element.dataset.payload.trim() !== element.dataset.payload) continue;
            if (!element.shadowRoot.textContent.includes(element.dataset.payload))
              missing.push(`${element.localName} ${element.dataset.attribute}: ${element.dataset.payload}`);
          }
          // Slotted text stays a text node: the light DOM holds exactly one, and nothing else.
          for (const element of document.querySelectorAll('[id^=w]:not([data-attribute])')) {
            if (element.childNodes.length !== 1 || element.firstChild.nodeType !== Node.TEXT_NODE)
              missing.push(`${element.localName}: slotted text became markup`);
          }
          return missing;
        }, TEXT_ATTRIBUTES);
        assert.deepEqual(notShown, []);
      },
    );
  });

  it('runs nothing from payloads in the strings overrides, and shows them as text', async () => {
    const strings = JSON.stringify(
      Object.fromEntries(
        Object.keys(en).map((key, index) => [
          key,
          typeof en[key] === 'string'
            ? PAYLOADS[index % PAYLOADS.length]
            : { one: PAYLOADS[0], other: `{count} ${PAYLOADS[1]}` },
        ]),
      ),
    );
    const build = ({ base, strings }) => {
      const column = document.getElementById('column');
      for (const [tag, attributes] of Object.entries(base)) {
        const element = document.createElement(tag);
        for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
        element.setAttribute('strings', strings);
        element.setAttribute('content-note', 'Note');
        element.innerHTML = '<p>Quote</p><p slot="translation">Translation</p>';
        column.append(element);
      }
      const button = document.createElement('cw-action-button');
      button.id = 'dialog-button';
      button.setAttribute('petition', '/mock/xss-title');
      button.setAttribute('inline', '');
      button.setAttribute('strings', strings);
      button.textContent = `${'<img src=x onerror="__xss(\'dialog-title\')">'}`;
      column.append(button);
    };
    await withWidgets(build, { base: BASE, strings }, async (page) => {
      await page.locator('cw-testimony-card >> [part~="reveal-button"]').click();
      await page.locator('cw-testimony-card >> [part~="translation-toggle"]').click();
      // The dialog's title is the button's slotted text: text, however it looks.
      await page.locator('#dialog-button >> [part~="button"]').click();
      const title = await page.locator('#dialog-button').evaluate((host) => ({
        text: host.shadowRoot.querySelector('h2').textContent,
        children: host.shadowRoot.querySelector('h2').childElementCount,
      }));
      assert.deepEqual(title, { text: '<img src=x onerror="__xss(\'dialog-title\')">', children: 0 });
      await page.waitForTimeout(200);
      await page.keyboard.press('Escape');
    });
  });

  it('runs nothing and shows no NaN, undefined or Infinity when the petition answers with payloads or absurd values', async () => {
    const build = (names) => {
      const column = document.getElementById('column');
      for (const name of names) {
        for (const live of [false, true]) {
          const counter = document.createElement('cw-signature-counter');
          counter.id = `${name}-${live ? 'live' : 'polled'}`;
          counter.setAttribute('petition', `/mock/${name}`);
          if (live) counter.setAttribute('live', '');
          column.append(counter);
        }
      }
    };
    await withWidgets(build, Object.keys(ANSWERS), async (page) => {
      // The good answer shows its count; every other one is refused (each said why in a warning) and keeps "loading".
      await page.waitForFunction(() =>
        document.getElementById('xss-title-live').shadowRoot.querySelector('[part~="value"]'),
      );
      await page.waitForTimeout(300);
      const texts = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('cw-signature-counter')].map((counter) => [
            counter.id,
            counter.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
          ]),
        ),
      );
      for (const [id, text] of Object.entries(texts))
        assert.doesNotMatch(text, /NaN|undefined|Infinity|∞|null|<|>/, `${id}: ${text}`);
      assert.match(texts['xss-title-polled'], /12 signatures/);
      for (const name of [
        'string-count',
        'numeric-string',
        'huge',
        'unsafe',
        'negative',
        'fraction',
        'not-json',
        'array',
      ]) {
        assert.match(texts[`${name}-polled`], /Loading the signature count/, `${name}: refused`);
      }
    });
  });
});
