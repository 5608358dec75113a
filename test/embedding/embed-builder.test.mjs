// Promise: the embed builder at /embed, served by the petition server under the demo's CSP, offers each of the four
// partner widgets with a labelled control for every attribute the manifest lists, every global theme token and every
// language the widgets ship; what an editor sets shows live in the preview and in the code, escaped; it passes axe,
// checks the editor's site against ALLOWED_ORIGINS, and gives code that works when pasted into a partner page on
// another origin: the bundle from the server's versioned path with its integrity, each widget with its no-script
// fallback (in the chosen language, in the widgets' own words), the theme as a CSS rule.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  launchBrowser,
  openPage,
  REPO_ROOT,
  startPartnerSite,
  startPetitionServer,
  violations,
  widgetsRendered,
} from './harness.mjs';
import { lightDom } from '../../demo/embed/fallbacks.js';
import { markup, node } from '../../demo/embed/nodes.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'dist/custom-elements.json'), 'utf8'));
const WIDGETS = ['cw-action-button', 'cw-testimony-card', 'cw-fact-box', 'cw-signature-counter'];
const attributesOf = (tag) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag)
    .attributes.map((attribute) => attribute.name);
/** The global tokens, read from their own source rather than from what the builder was given. */
const GLOBAL_TOKENS = [
  ...readFileSync(join(REPO_ROOT, 'src/internal/tokens.ts'), 'utf8').matchAll(/@cssprop \[(--cw-[\w-]+)=/g),
].map(([, name]) => name);
const { BUILT_IN_CATALOGS } = await import(pathToFileURL(join(REPO_ROOT, 'dist/locales/index.js')).href);
const { fallbackTermsOf } = await import(pathToFileURL(join(REPO_ROOT, 'dist/server/routes/embed-widgets.js')).href);

let site, petition, browser;
before(async () => {
  site = await startPartnerSite();
  petition = await startPetitionServer([site.origin]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await petition?.close();
});

/** The builder, ready: the form made from /embed/widgets.json and the code shown. */
async function openBuilder() {
  const opened = await openPage(browser);
  await opened.page.goto(`${petition.url}embed`);
  await widgetsRendered(opened.page);
  await opened.page.waitForFunction(() =>
    document.getElementById('snippet').textContent.includes('integrity="sha384-'),
  );
  return opened;
}

/** Chooses a widget and waits until the preview shows it rendered. */
async function chooseWidget(page, tag) {
  await page.locator('#widget').selectOption(tag);
  await page.waitForFunction(
    (tag) => document.querySelector(`#preview > ${tag}`)?.shadowRoot?.childElementCount > 0,
    tag,
  );
}

const snippetText = (page) => page.locator('#snippet').textContent();
/** Waits until the code says all of these, and answers it. */
async function snippetSays(page, ...texts) {
  await page.waitForFunction(
    (texts) => texts.every((text) => document.getElementById('snippet').textContent.includes(text)),
    texts,
  );
  return snippetText(page);
}

/** Axe's violations on the whole builder. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () =>
    (await window.axe.run(document)).violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    ),
  );
}

/** A value each kind of control takes, and how it is written in the element's attribute. */
function sampleValue(kind, values, serverUrl) {
  if (kind === 'enum') return values.at(-1);
  if (kind === 'number') return '42';
  if (kind === 'json') return '{"sourceLabel":"Per"}';
  // An address of the builder's own server, so that nothing is fetched from elsewhere (a photo, a link).
  if (kind === 'url') return `${serverUrl}embed#sample`;
  return 'A sample';
}

// The allowed-origins check answers 403 for a site not yet allowed, which the browser reports; nothing else may fail.
const unexpected = (problems) => problems.filter((line) => !line.includes('status of 403'));

describe('the embed builder', { timeout: 180_000 }, () => {
  it('has a labelled control for every attribute of each widget, every global token and every language', async () => {
    const { context, page, problems } = await openBuilder();
    try {
      assert.deepEqual(
        await page.locator('#widget option').evaluateAll((options) => options.map((option) => option.value)),
        WIDGETS,
      );
      for (const tag of WIDGETS) {
        await chooseWidget(page, tag);
        const controls = await page
          .locator('[data-attribute]')
          .evaluateAll((controls) =>
            controls.map((control) => [
              control.dataset.attribute,
              control.labels.length > 0 && control.labels[0].textContent,
            ]),
          );
        assert.deepEqual(
          controls,
          attributesOf(tag).map((name) => [name, name]),
          tag,
        );
        const kinds = await page
          .locator('[data-attribute]')
          .evaluateAll((controls) =>
            Object.fromEntries(controls.map((control) => [control.dataset.attribute, control.type])),
          );
        for (const [name, type] of Object.entries(kinds)) {
          const expected =
            {
              inline: 'checkbox',
              live: 'checkbox',
              notation: 'select-one',
              target: 'select-one',
              count: 'number',
              goal: 'number',
              interval: 'number',
            }[name] ?? 'text';
          assert.equal(type, expected, `${tag} ${name}`);
        }
      }

      assert.ok(GLOBAL_TOKENS.includes('--cw-color-on-accent') && GLOBAL_TOKENS.length >= 11);
      const tokens = await page
        .locator('[data-token]')
        .evaluateAll((controls) => controls.map((control) => [control.dataset.token, control.labels[0]?.textContent]));
      assert.deepEqual(
        tokens,
        GLOBAL_TOKENS.map((name) => [name, name]),
      );
      const pickers = await page
        .locator('input[type="color"]')
        .evaluateAll((pickers) => pickers.map((picker) => [picker.dataset.pickerFor, picker.labels.length]));
      assert.deepEqual(
        pickers,
        GLOBAL_TOKENS.filter((name) => name.startsWith('--cw-color-')).map((name) => [name, 1]),
      );

      const languages = await page
        .locator('#lang option')
        .evaluateAll((options) => options.map((option) => option.value));
      assert.deepEqual(languages, ['', ...Object.keys(BUILT_IN_CATALOGS)]);
      for (const tag of ['ug', 'kk', 'kk-Arab']) assert.ok(languages.includes(tag), tag);
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });

  it('is usable from the keyboard: every control in the tab order, a widget chosen with the arrows, the code copied', async () => {
    const { context, page, problems } = await openBuilder();
    try {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'widget');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(
        () => document.querySelector('#preview > cw-testimony-card')?.shadowRoot?.childElementCount > 0,
      );
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll('#choices :is(input, select, textarea)')].map((control) => control.id),
      );
      const reached = ['widget'];
      for (let step = 0; step < 200 && reached.at(-1) !== 'copy'; step += 1) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement.id));
      }
      assert.deepEqual(
        controls.filter((id) => !reached.includes(id)),
        [],
        'every control is reached',
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('copied').textContent !== '');
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });

  it('shows every attribute, the language and a token live and in the code, escaped, and passes axe for each widget', async () => {
    const { context, page, problems } = await openBuilder();
    try {
      const widgets = await page.evaluate(async () => (await (await fetch('/embed/widgets.json')).json()).widgets);
      for (const tag of WIDGETS) {
        await chooseWidget(page, tag);
        // Every attribute but the petition (the server's own, already chosen): the element and the code take it.
        for (const attribute of widgets
          .find((widget) => widget.tag === tag)
          .attributes.filter(({ name }) => name !== 'petition')) {
          const control = page.locator(`[data-attribute="${attribute.name}"]`);
          if (attribute.kind === 'boolean') {
            await control.check();
            await page.waitForFunction(
              ([tag, name]) => document.querySelector(`#preview > ${tag}`).hasAttribute(name),
              [tag, attribute.name],
            );
            assert.match(
              await snippetText(page),
              new RegExp(`<${tag} [^>]*\\b${attribute.name}[ >]`),
              `${tag} ${attribute.name}`,
            );
            await control.uncheck();
            continue;
          }
          const value = sampleValue(attribute.kind, attribute.values, petition.url);
          if (attribute.kind === 'enum') await control.selectOption(value);
          else await control.fill(value);
          await page.waitForFunction(
            ([tag, name, value]) => document.querySelector(`#preview > ${tag}`).getAttribute(name) === value,
            [tag, attribute.name, value],
          );
          const escaped = value.replaceAll('"', '&#34;');
          assert.ok((await snippetText(page)).includes(` ${attribute.name}="${escaped}"`), `${tag} ${attribute.name}`);
        }

        // The language, and a global token: the preview's element carries them, and the code says them.
        await page.locator('#lang').selectOption('de');
        await page.waitForFunction((tag) => document.querySelector(`#preview > ${tag}`).lang === 'de', tag);
        assert.ok((await snippetText(page)).includes(' lang="de"'), tag);
        assert.ok(!(await snippetText(page)).includes(' dir='), tag);
        // A right-to-left language lays the widget out right to left on a left-to-right page.
        await page.locator('#lang').selectOption('ug');
        await page.waitForFunction((tag) => document.querySelector(`#preview > ${tag}`).dir === 'rtl', tag);
        assert.ok((await snippetText(page)).includes(' lang="ug" dir="rtl"'), tag);
        await page.locator('#lang').selectOption('de');
        await page.locator('#token-cw-color-on-accent').fill('#102030');
        await page.locator('#token-cw-space').fill('2em');
        await page.waitForFunction(() => document.getElementById('css').textContent.includes('--cw-space: 2em;'));
        const style = await page.evaluate((tag) => {
          const computed = getComputedStyle(document.querySelector(`#preview > ${tag}`));
          return [
            computed.getPropertyValue('--cw-color-on-accent').trim(),
            computed.getPropertyValue('--cw-space').trim(),
          ];
        }, tag);
        assert.deepEqual(style, ['#102030', '2em']);
        assert.equal(
          await page.locator('#css').textContent(),
          ':root {\n  --cw-color-on-accent: #102030;\n  --cw-space: 2em;\n}',
        );
        assert.equal(
          await page.locator('#token-cw-color-on-accent-picker').inputValue(),
          '#102030',
          'the colour picker follows the text',
        );

        assert.deepEqual(await axeViolations(page), [], tag);
        await page.locator('#lang').selectOption('');
        await page.locator('#token-cw-space').fill('');
      }

      // Markup in a value stays text: escaped in the code, an attribute's value in the preview, no element made.
      await chooseWidget(page, 'cw-fact-box');
      const hostile = '"><script src="/x.js"></script><b>';
      await page.locator('[data-attribute="label"]').fill(hostile);
      const code = await snippetSays(page, 'label="&#34;&#62;&#60;script');
      assert.ok(!code.includes('<script src="/x.js"'), code);
      assert.equal(
        await page.evaluate(() => document.querySelector('#preview > cw-fact-box').getAttribute('label')),
        hostile,
      );
      assert.equal(await page.locator('#preview script, #preview b').count(), 0);
      // Strings that are not a JSON object would only make the widget warn: refused, and the box says so.
      await page.locator('[data-attribute="strings"]').fill('{"sourceLabel": "Per"}');
      await page.waitForFunction(() => document.querySelector('#preview > cw-fact-box').hasAttribute('strings'));
      await page.locator('[data-attribute="strings"]').fill('{"sourceLabel": ');
      await page.waitForFunction(
        () => document.querySelector('[data-attribute="strings"]').getAttribute('aria-invalid') === 'true',
      );
      assert.equal(
        await page.evaluate(() => document.querySelector('#preview > cw-fact-box').hasAttribute('strings')),
        false,
      );
      // A token value that would end its declaration is refused, and the box says so.
      await page.locator('#token-cw-radius').fill('0; } body { display: none');
      await page.waitForFunction(
        () => document.getElementById('token-cw-radius').getAttribute('aria-invalid') === 'true',
      );
      assert.ok(!(await page.locator('#css').textContent()).includes('display: none'));

      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });

  it('writes the fallbacks in the chosen language, in its catalog’s words, its plurals and its figures', async () => {
    const { context, page, problems } = await openBuilder();
    try {
      // A count whose plural differs from `other` in each language, so that the term is chosen by its rules.
      for (const [lang, direction, count, category] of [
        ['fr', '', '1000000', 'many'],
        ['ar', ' dir="rtl"', '713405', 'few'],
      ]) {
        const catalog = BUILT_IN_CATALOGS[lang];
        const figure = (value) =>
          page.evaluate(([lang, value]) => new Intl.NumberFormat(lang).format(value), [lang, Number(value)]);
        await page.locator('#lang').selectOption(lang);

        await chooseWidget(page, 'cw-testimony-card');
        await page.locator('[data-attribute="content-note"]').fill('Describes torture');
        const card = await snippetSays(page, 'content-note="Describes torture"', ` lang="${lang}"${direction}>`);
        assert.ok(
          card.includes(
            `<details><summary>${catalog.contentNote} Describes torture. ${catalog.showTestimony}</summary>`,
          ),
          card,
        );
        assert.ok(
          card.includes(
            `<p slot="fallback">— Kairat Samarkan, Held in a camp from October 2017 (${catalog.sourceLabel} Amnesty International, 2018)</p>`,
          ),
          card,
        );

        await chooseWidget(page, 'cw-fact-box');
        const box = await snippetSays(page, '<cw-fact-box ', ` lang="${lang}"${direction}>`);
        assert.ok(
          box.includes(
            `<p slot="fallback">Up to ${await figure('1000000')} people held in camps (${catalog.sourceLabel} Amnesty International, 2018).</p>`,
          ),
          box,
        );

        await chooseWidget(page, 'cw-signature-counter');
        await page.locator('[data-attribute="count"]').fill(count);
        const counter = await snippetSays(page, `count="${count}"`, ` lang="${lang}"${direction}>`);
        assert.notEqual(catalog.signatures[category], catalog.signatures.other);
        assert.ok(
          counter.includes(
            `<p slot="fallback">${catalog.signatures[category].replace('{count}', await figure(count))}.</p></cw-signature-counter>`,
          ),
          counter,
        );
      }
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }
  });

  it('checks the site, and gives code for each widget that works pasted into a partner page on another origin', async () => {
    const { context, page, problems } = await openBuilder();
    const snippets = {};
    let css;
    try {
      await page.locator('#site').fill(site.origin);
      await page.waitForFunction(
        (origin) => document.getElementById('allowed').textContent.startsWith(`${origin} is in`),
        site.origin,
      );
      await page.locator('#site').fill('https://not-yet.example');
      await page.waitForFunction(() =>
        document.getElementById('allowed').textContent.includes('add https://not-yet.example to its ALLOWED_ORIGINS'),
      );

      const integrity = readFileSync(join(REPO_ROOT, 'dist/campaign-widgets.js.sri'), 'utf8').trim();
      const script = `<script type="module" src="${petition.url}dist/0.1.0/campaign-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
      snippets['cw-action-button'] = await snippetText(page);
      assert.ok(snippets['cw-action-button'].startsWith(`${script}\n`), snippets['cw-action-button']);
      assert.ok(
        snippets['cw-action-button'].endsWith(
          `<cw-action-button petition="${petition.petition}"><a href="${petition.petition}/form">Sign the petition</a></cw-action-button>`,
        ),
      );

      // Each widget's no-script fallback, as the README's "Without JavaScript" recommends it.
      await chooseWidget(page, 'cw-testimony-card');
      await page.locator('[data-attribute="content-note"]').fill('Describes torture');
      snippets['cw-testimony-card'] = await snippetSays(page, '<details>');
      assert.ok(
        snippets['cw-testimony-card'].includes(
          '<details><summary>Content note: Describes torture. Show testimony</summary><blockquote><p>He was hooded, made to wear shackles on his arms and legs…</p></blockquote></details><p slot="fallback">— Kairat Samarkan, Held in a camp from October 2017 (Amnesty International, 2018)</p></cw-testimony-card>',
        ),
        snippets['cw-testimony-card'],
      );
      await chooseWidget(page, 'cw-fact-box');
      await page.locator('#lang').selectOption('de');
      snippets['cw-fact-box'] = await snippetSays(page, 'lang="de"');
      assert.ok(
        snippets['cw-fact-box'].includes(
          `<p slot="fallback">Up to 1.000.000 people held in camps (${BUILT_IN_CATALOGS.de.sourceLabel} Amnesty International, 2018).</p></cw-fact-box>`,
        ),
        snippets['cw-fact-box'],
      );
      await page.locator('#lang').selectOption('');
      await chooseWidget(page, 'cw-signature-counter');
      await page.locator('[data-attribute="count"]').fill('713402');
      snippets['cw-signature-counter'] = await snippetSays(page, 'count="713402"');
      assert.ok(
        snippets['cw-signature-counter'].includes(
          '<p slot="fallback">713,402 people have signed.</p></cw-signature-counter>',
        ),
        snippets['cw-signature-counter'],
      );

      await page.locator('#token-cw-color-accent-picker').fill('#0b7a75');
      await page.waitForFunction(() =>
        document.getElementById('css').textContent.includes('--cw-color-accent: #0b7a75;'),
      );
      css = await page.locator('#css').textContent();
      assert.deepEqual(unexpected(problems), []);
    } finally {
      await context.close();
    }

    // All four pasted into one page of the partner's site, under a strict policy: each renders, in the chosen theme,
    // and the button opens the petition's form.
    site.pages['pasted.html'] = {
      csp: (nonce) =>
        `default-src 'none'; script-src 'self' ${petition.origin}; style-src 'self' 'nonce-${nonce}'; img-src ${petition.origin}; connect-src ${petition.origin}; frame-src ${petition.origin}`,
      fill: { snippet: Object.values(snippets).join('\n'), css },
    };
    const pasted = await openPage(browser);
    try {
      await pasted.page.goto(`${site.origin}/pages/pasted.html`);
      await widgetsRendered(pasted.page);
      assert.deepEqual(
        await pasted.page.evaluate(() =>
          [...document.querySelectorAll('main > :not(script)')].map((element) => element.localName),
        ),
        WIDGETS,
      );
      const accents = await pasted.page.evaluate(() =>
        [...document.querySelectorAll('main > :not(script)')].map((element) =>
          getComputedStyle(element).getPropertyValue('--cw-color-accent').trim(),
        ),
      );
      assert.deepEqual(
        accents,
        WIDGETS.map(() => '#0b7a75'),
      );
      await pasted.page.locator('cw-action-button >> [part~="button"]').click();
      await pasted.page.locator('cw-action-button >> iframe:not(.loading)').waitFor({ timeout: 15_000 });
      assert.deepEqual([...pasted.problems, ...(await violations(pasted.page))], []);
    } finally {
      await pasted.context.close();
    }
  });
});

describe('the fallbacks’ words', () => {
  const terms = fallbackTermsOf(BUILT_IN_CATALOGS);
  const { en, fr } = BUILT_IN_CATALOGS;
  const fallbackOf = (tag, attributes, slots, lang, chosenTerms) =>
    markup(node(tag, [], ...lightDom(tag, attributes, slots, lang, chosenTerms)));

  it('says a term the chosen catalog lacks in English, and a count in a plural category it lacks with `other`', () => {
    const { showTestimony: _omitted, ...withoutShowTestimony } = terms.fr;
    const incomplete = { ...terms, fr: { ...withoutShowTestimony, signatures: { other: fr.signatures.other } } };
    assert.equal(
      fallbackOf(
        'cw-testimony-card',
        [
          ['content-note', 'Note'],
          ['name', 'Ada'],
        ],
        { '': 'Quote' },
        'fr',
        incomplete,
      ),
      `<cw-testimony-card><details><summary>${fr.contentNote} Note. ${en.showTestimony}</summary><blockquote><p>Quote</p></blockquote></details><p slot="fallback">— Ada</p></cw-testimony-card>`,
    );
    const million = new Intl.NumberFormat('fr').format(1_000_000);
    assert.equal(
      fallbackOf('cw-signature-counter', [['count', '1000000']], {}, 'fr', incomplete),
      `<cw-signature-counter><p slot="fallback">${fr.signatures.other.replace('{count}', million)}.</p></cw-signature-counter>`,
    );
  });

  it('keeps the README’s English for the page’s own language, in the singular for one signer', () => {
    assert.equal(
      fallbackOf('cw-signature-counter', [['count', '1']], {}, '', terms),
      '<cw-signature-counter><p slot="fallback">1 person has signed.</p></cw-signature-counter>',
    );
  });

  it('says what the widget will with the element’s own `strings` and the counter’s `label`, bad entries ignored', () => {
    const strings = JSON.stringify({ sourceLabel: 'Quelle :', signatures: { other: '{count} voix' }, contentNote: 7 });
    const million = new Intl.NumberFormat('fr').format(1_000_000);
    assert.equal(
      fallbackOf(
        'cw-signature-counter',
        [
          ['count', '1000000'],
          ['strings', strings],
        ],
        {},
        'fr',
        terms,
      ),
      `<cw-signature-counter><p slot="fallback">${million} voix.</p></cw-signature-counter>`,
    );
    assert.equal(
      fallbackOf(
        'cw-signature-counter',
        [
          ['count', '1000000'],
          ['label', 'Unterschriften'],
        ],
        {},
        '',
        terms,
      ),
      '<cw-signature-counter><p slot="fallback">1,000,000 Unterschriften.</p></cw-signature-counter>',
    );
    assert.equal(
      fallbackOf(
        'cw-testimony-card',
        [
          ['content-note', 'Note'],
          ['source', 'Amnesty'],
          ['strings', strings],
        ],
        { '': 'Quote' },
        'fr',
        terms,
      ),
      `<cw-testimony-card><details><summary>${fr.contentNote} Note. ${fr.showTestimony}</summary><blockquote><p>Quote</p></blockquote></details><p slot="fallback">— (Quelle : Amnesty)</p></cw-testimony-card>`,
    );
    assert.equal(
      fallbackOf(
        'cw-fact-box',
        [
          ['value', '5'],
          ['source', 'Amnesty'],
          ['strings', 'not JSON'],
        ],
        {},
        '',
        terms,
      ),
      '<cw-fact-box><p slot="fallback">5 (Amnesty).</p></cw-fact-box>',
    );
  });

  it('marks its English call to sign as English in a widget in another language, and the editor’s own text not', () => {
    const petition = [['petition', 'https://petitions.example/p']];
    const link = '<a href="https://petitions.example/p/form" lang="en">Sign the petition</a>';
    assert.equal(
      fallbackOf('cw-signature-counter', petition, {}, 'ar', terms),
      `<cw-signature-counter><p slot="fallback">${link}</p></cw-signature-counter>`,
    );
    assert.equal(
      fallbackOf('cw-action-button', petition, {}, 'fr', terms),
      `<cw-action-button>${link}</cw-action-button>`,
    );
    assert.equal(
      fallbackOf('cw-action-button', petition, { '': 'Signez la pétition' }, 'fr', terms),
      '<cw-action-button><a href="https://petitions.example/p/form">Signez la pétition</a></cw-action-button>',
    );
    assert.equal(
      fallbackOf('cw-action-button', petition, {}, 'en', terms),
      '<cw-action-button><a href="https://petitions.example/p/form">Sign the petition</a></cw-action-button>',
    );
  });
});
