// Opens every story of the built Storybook in Chromium and fails if one logs a console error,
// throws, renders an empty widget, or has an axe violation. Designers preview every state there,
// so a broken story is a broken promise.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

// STORYBOOK_DIR: another built preview, as the renderer's own test gives it (test/storybook/render-stories.test.mjs).
const ROOT = process.env.STORYBOOK_DIR ?? 'storybook-static';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = createServer((request, response) => {
  if (request.url === '/favicon.ico') return response.writeHead(204).end();
  const path = normalize(join(ROOT, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  const file =
    path.startsWith(ROOT) && existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  if (!file.startsWith(ROOT) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const stories = Object.values(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage();
let problems = [];
page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));

// Storybook's preview loads once (seconds of script on a small machine); stories are then switched
// through its channel, as its own manager does, and each is judged once it reports being rendered.
// The preview may navigate itself at any time (it reloads on a busy machine, even while it first loads): every
// navigation of the page after it was opened is noticed, the preview opened again, and the story judged again.
let navigated = false;
let opening = false;
// A new document, not a history entry: the preview may change its own URL's query as stories switch.
page.on('domcontentloaded', () => {
  if (!opening) navigated = true;
});
const ATTEMPTS = 5;
async function openPreview() {
  opening = true;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        // Playwright throws "Navigation … is interrupted by another navigation" when the page moves on by itself
        // before it loaded: that is the preview reloading, so it is waited for and the page opened again.
        await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html`);
        await page.waitForFunction(() => globalThis.__STORYBOOK_ADDONS_CHANNEL__, undefined, { timeout: 60_000 });
        // Our own copy of axe, so the a11y addon's run in the same page never collides with ours.
        await page.addScriptTag({ content: `globalThis.axeCheck = (() => { ${axeSource}; return axe; })();` });
        // A preview that navigated while our script went in has lost it.
        if (await page.evaluate(() => typeof globalThis.axeCheck?.run === 'function')) return;
        throw new Error('the preview navigated while it was being opened');
      } catch (error) {
        if (attempt === ATTEMPTS)
          throw new Error(`The preview could not be opened in ${ATTEMPTS} attempts: ${error}`, { cause: error });
        console.log(`  (the preview navigated while it was being opened; attempt ${attempt + 1} of ${ATTEMPTS})`);
        await page.waitForLoadState('load').catch(() => {});
      }
    }
  } finally {
    navigated = false;
    opening = false;
  }
}
await openPreview();

const failures = [];
async function check(story) {
  problems = [];
  try {
    const outcome = await page.evaluate(
      (storyId) =>
        new Promise((resolve) => {
          const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
          const settle = (result) => () => resolve(result);
          channel.once('storyRendered', settle('rendered'));
          channel.once('storyErrored', settle('the story errored'));
          channel.once('storyThrewException', settle('the story threw'));
          channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
          setTimeout(settle('the story did not render within 15 s'), 15000);
        }),
      story.id,
    );
    if (outcome !== 'rendered') problems.push(outcome);
    const empty = await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
        el.localName.startsWith('cw-'),
      );
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      if (widgets.length === 0) return ['no widget rendered'];
      return widgets
        .filter((widget) => !widget.shadowRoot?.childElementCount)
        .map((widget) => `<${widget.localName}> is empty`);
    });
    problems.push(...empty);
    const violations = await page.evaluate(async () => (await globalThis.axeCheck.run('#storybook-root')).violations);
    problems.push(
      ...violations.map(
        (violation) =>
          `axe ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
      ),
    );
  } catch (error) {
    problems.push(String(error));
  }
}

/** Judges a story; if the preview navigated meanwhile, its verdict is void: the preview is opened again, up to twice. */
async function judge(story) {
  for (let attempt = 1; ; attempt++) {
    await check(story);
    // The new document may not have loaded yet, but the old one's scripts are gone.
    if (problems.some((problem) => /Execution context was destroyed|Target page|navigation/.test(problem)))
      navigated = true;
    if (!navigated || attempt === 3) return;
    console.log(`  (the preview navigated during ${story.id}; opened again and the story judged again)`);
    await openPreview();
  }
}

for (const story of stories) {
  await judge(story);
  if (navigated) problems.push('the preview kept navigating itself');
  console.log(`${problems.length ? '✗' : '✓'} ${story.title} / ${story.name}`);
  for (const problem of problems) console.log(`    ${problem}`);
  if (problems.length) failures.push(story.id);
}

// Every story's content must follow the language toolbar (stories/content.ts): once all are judged in English, each is
// shown again in Uyghur and must say none of the seed's English, but where the story is about an English quote.
const ENGLISH_SEED = [
  'people detained',
  'Take action now',
  'It makes me cry',
  'My father is an ordinary',
  'He was hooded',
  'I agree that my name',
  'people stand with',
];
const untranslated = [];
const CONTENT_LOCALE = process.env.STORY_CONTENT_LOCALE ?? 'ug';
const showIn = (locale) =>
  page.evaluate(
    (locale) =>
      new Promise((resolve) => {
        const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
        channel.once('globalsUpdated', resolve);
        channel.emit('updateGlobals', { globals: { locale } });
        setTimeout(resolve, 5000);
      }),
    locale,
  );
/** The seed's English words a story shows; a preview that navigates itself meanwhile is opened again (twice at most). */
async function englishIn(story) {
  for (let attempt = 1; ; attempt++) {
    navigated = false;
    try {
      return await page.evaluate(
        ({ storyId, seed }) =>
          new Promise((resolve) => {
            const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
            channel.once('storyRendered', () => {
              const root = document.querySelector('#storybook-root');
              const text = [
                root.innerHTML,
                ...[...root.querySelectorAll('*')].map((element) => element.shadowRoot?.innerHTML ?? ''),
              ].join(' ');
              resolve(seed.filter((words) => text.includes(words)));
            });
            channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
            setTimeout(() => resolve(['(did not render within 15 s)']), 15000);
          }),
        { storyId: story.id, seed: ENGLISH_SEED },
      );
    } catch (error) {
      if (attempt === 3) return [String(error).split('\n')[0]];
      await openPreview();
      await showIn(CONTENT_LOCALE);
    }
  }
}
await showIn(CONTENT_LOCALE);
// Stories that play (sign, open a dialog) are left out: switching away while one plays makes Storybook reload the
// preview, and their content is their siblings' (same render).
for (const story of stories.filter(({ name, tags = [] }) => !/English/.test(name) && !tags.includes('play-fn'))) {
  const english = await englishIn(story);
  if (english.length) untranslated.push(`${story.title} / ${story.name}: ${english.join(', ')}`);
}
console.log(
  untranslated.length
    ? `✗ Story content in ${CONTENT_LOCALE}\n    ${untranslated.join('\n    ')}`
    : `✓ Story content follows the language toolbar (${CONTENT_LOCALE})`,
);
if (untranslated.length) failures.push('content');

await browser.close();
server.close();
console.log(`Storybook: ${stories.length + 1 - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length || stories.length === 0 ? 1 : 0;
