// Promise: on the CSS partners really use, taken from the themes' own npm packages (Bootstrap, Tailwind's preflight,
// GOV.UK Frontend, WordPress's block styles, normalize.css, modern-normalize) and on a dark page, every widget stays
// inside the content column, the testimony's quote keeps the card's own style, the sign-up dialog opens above the
// page's fixed elements, the framed form follows the page's colour scheme, and nothing goes wrong in the console. Each is compared with the same page without the theme.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  launchBrowser,
  openPage,
  POLICIES,
  startPartnerSite,
  startPetitionServer,
  violations,
  widgetsRendered,
} from './harness.mjs';

/** Each theme: the package it comes from (pinned), its stylesheets in it, and the classes its pages carry. */
const THEMES = {
  bootstrap: { package: 'bootstrap@5.3.8', files: ['dist/css/bootstrap.min.css'] },
  'tailwind-preflight': { package: 'tailwindcss@4.3.5', files: ['preflight.css'] },
  'govuk-frontend': {
    package: 'govuk-frontend@6.6.0',
    files: ['dist/govuk/govuk-frontend.min.css'],
    htmlClass: 'govuk-template',
    bodyClass: 'govuk-template__body govuk-body',
  },
  wordpress: { package: '@wordpress/block-library@11.1.0', files: ['build-style/style.css', 'build-style/theme.css'] },
  normalize: { package: 'normalize.css@8.0.1', files: ['normalize.css'] },
  'modern-normalize': { package: 'modern-normalize@3.0.1', files: ['modern-normalize.css'] },
};
const THEME_NAMES = [...Object.keys(THEMES), 'dark'];

const run = promisify(execFile);
const CACHE = join(
  tmpdir(),
  `campaign-widgets-themes-${createHash('sha256').update(JSON.stringify(THEMES)).digest('hex').slice(0, 8)}`,
);

/** The themes' stylesheets, unpacked from their packages once per machine (npm's cache serves them offline). */
async function unpackThemes() {
  if (existsSync(join(CACHE, '.complete'))) return;
  const work = `${CACHE}.${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const [name, { package: spec, files }] of Object.entries(THEMES)) {
    const { stdout } = await run('npm', ['pack', spec, '--json', '--prefer-offline', '--pack-destination', work]);
    const tarball = join(work, JSON.parse(stdout)[0].filename);
    mkdirSync(join(work, name));
    await run('tar', [
      'xzf',
      tarball,
      '-C',
      join(work, name),
      '--strip-components=1',
      ...files.map((file) => `package/${file}`),
    ]);
    rmSync(tarball);
  }
  mkdirSync(join(work, '.complete'));
  rmSync(CACHE, { recursive: true, force: true });
  renameSync(work, CACHE);
}

const stylesheets = (name) =>
  name === 'dark'
    ? '<link rel="stylesheet" href="/pages/dark-theme.css" />'
    : THEMES[name].files.map((file) => `<link rel="stylesheet" href="/themes/${name}/${file}" />`).join('\n    ');

/** Runs in the page: where the widgets are, how the quote looks, and what is on top of the open dialog. */
function measure() {
  const column = document.getElementById('surrounding').getBoundingClientRect();
  const widgets = [
    ...document.querySelectorAll(
      'main > [id^="figure"], main > [id="card"], main > [id="counter"], main > [id="petition"]',
    ),
  ];
  const outside = widgets
    .map((widget) => ({
      id: widget.id,
      box: widget.shadowRoot.querySelector('[part~="base"], [part~="button"]').getBoundingClientRect(),
    }))
    .filter(({ box }) => box.left < column.left - 0.5 || box.right > column.right + 0.5)
    .map(
      ({ id, box }) =>
        `${id}: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(column.left)}–${Math.round(column.right)}`,
    );
  const card = document.getElementById('card');
  const paragraph = card.shadowRoot.querySelector('[part~="quote"] > p');
  const style = getComputedStyle(paragraph);
  const hostQuote = getComputedStyle(document.getElementById('host-quote'));
  return {
    outside,
    quote: {
      text: paragraph.textContent,
      sizeToCard: parseFloat(style.fontSize) / parseFloat(getComputedStyle(card).fontSize),
      fontStyle: style.fontStyle,
      fontWeight: style.fontWeight,
      textAlign: style.textAlign,
      letterSpacing: style.letterSpacing,
      textTransform: style.textTransform,
      marks: getComputedStyle(card.shadowRoot.querySelector('[part~="quote"]'), '::before').content,
    },
    hostQuote: `${hostQuote.marginLeft} ${hostQuote.paddingLeft} ${hostQuote.borderLeftWidth} ${hostQuote.fontSize} ${hostQuote.fontStyle}`,
    textColor: getComputedStyle(document.getElementById('counter').shadowRoot.querySelector('[part~="value"]')).color,
  };
}

describe('on real themes’ CSS', () => {
  let site;
  let petition;
  let browser;
  /** What each page measured, by theme name, and 'plain' for the page without one. */
  const measured = {};

  async function render(name) {
    const { context, page, problems } = await openPage(browser);
    try {
      await page.goto(`${site.origin}/pages/real-theme.html?${name}`);
      await widgetsRendered(page);
      await page.waitForFunction(() =>
        document.querySelector('#counter').shadowRoot.querySelector('[part~="goal-reached"]'),
      );
      const result = await page.evaluate(measure);
      // The cookie banner lies over the button, as banners do: the reader opens the dialog from the keyboard.
      await page.locator('#petition >> [part~="button"]').focus();
      await page.keyboard.press('Enter');
      result.dialogOnTop = await page.locator('#petition').evaluate(async (host) => {
        const dialog = host.shadowRoot.querySelector('dialog');
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const { top, left, width, height } = dialog.getBoundingClientRect();
        const [x, y] = [left + width / 2, top + height / 2];
        // The cookie banner, at the highest z-index, covers the lower half of the window: the modal must cover it.
        const banner = document.querySelector('.cookie-banner').getBoundingClientRect();
        const bannerThere = banner.top <= y && y <= banner.bottom && banner.left <= x && x <= banner.right;
        return dialog.matches(':modal') && bannerThere && document.elementFromPoint(x, y) === host;
      });
      // The framed form follows the page's colour scheme: what its fields are drawn on.
      await page.locator('#petition >> iframe:not(.loading)').waitFor();
      const form = page.frames().find((frame) => frame.url().includes('/form?'));
      result.form = await form.evaluate(() => {
        const field = getComputedStyle(document.querySelector('cw-sign-form').shadowRoot.querySelector('#name'));
        const [r, g, b] = field.backgroundColor.match(/\d+/g).map(Number);
        return { scheme: getComputedStyle(document.documentElement).colorScheme, darkField: r + g + b < 3 * 100 };
      });
      result.violations = await violations(page);
      // The themes' own fonts and images are not served here; their 404s are the page's, not the widgets'.
      result.problems = problems.filter((problem) => !problem.includes('404'));
      return result;
    } finally {
      await context.close();
    }
  }

  before(async () => {
    await unpackThemes();
    const pages = {
      'real-theme.html?plain': { csp: POLICIES.strict, fill: { theme: '', htmlClass: '', bodyClass: '' } },
    };
    for (const name of THEME_NAMES) {
      pages[`real-theme.html?${name}`] = {
        csp: `${POLICIES.strict}; font-src 'self'`,
        fill: {
          theme: stylesheets(name),
          htmlClass: THEMES[name]?.htmlClass ?? '',
          bodyClass: THEMES[name]?.bodyClass ?? '',
        },
      };
    }
    site = await startPartnerSite({ pages, roots: { themes: CACHE } });
    petition = await startPetitionServer([site.origin]);
    site.proxyApiTo(petition.url);
    browser = await launchBrowser();
    for (const name of ['plain', ...THEME_NAMES]) measured[name] = await render(name);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await petition?.close();
  });

  it('is a real test: each theme restyles the partner’s own quote', () => {
    const restyled = THEME_NAMES.filter(
      (name) => name !== 'dark' && measured[name].hostQuote !== measured.plain.hostQuote,
    );
    assert.deepEqual(restyled, Object.keys(THEMES));
  });

  for (const name of THEME_NAMES) {
    describe(name, () => {
      it('keeps every widget inside the content column', () => {
        assert.deepEqual(measured[name].outside, []);
      });

      it('leaves the testimony’s quote as the card styles it', () => {
        assert.deepEqual(measured[name].quote, measured.plain.quote);
      });

      it('opens the sign-up dialog above the page’s fixed header and cookie banner', () => {
        assert.equal(measured[name].dialogOnTop, true);
      });

      it('raises no error and no CSP violation', () => {
        assert.deepEqual([...measured[name].problems, ...measured[name].violations], []);
      });
    });
  }

  it('takes the dark page’s text colour', () => {
    assert.equal(measured.dark.textColor, 'rgb(238, 238, 238)');
  });

  it('frames a dark form on the dark page, and a light one on the others', () => {
    assert.deepEqual(measured.dark.form, { scheme: 'dark', darkField: true });
    for (const name of ['plain', ...Object.keys(THEMES)])
      assert.deepEqual(measured[name].form, { scheme: 'light', darkField: false }, name);
  });
});
