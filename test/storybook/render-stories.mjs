// Opens every story of the built Storybook in Chromium and fails if one logs a console error,
// throws, renders an empty widget, or has an axe violation. Designers preview every state there,
// so a broken story is a broken promise.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';

const ROOT = 'storybook-static';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const server = createServer((request, response) => {
  if (request.url === '/favicon.ico') return response.writeHead(204).end();
  const path = normalize(join(ROOT, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  const file = path.startsWith(ROOT) && existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
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
// If the preview reloads itself meanwhile (it can, on a busy machine), it is opened again and the story retried.
async function openPreview() {
  await page.goto(`http://127.0.0.1:${server.address().port}/iframe.html`);
  await page.waitForFunction(() => globalThis.__STORYBOOK_ADDONS_CHANNEL__);
  // Our own copy of axe, so the a11y addon's run in the same page never collides with ours.
  await page.addScriptTag({ content: `globalThis.axeCheck = (() => { ${axeSource}; return axe; })();` });
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
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('cw-'));
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      if (widgets.length === 0) return ['no widget rendered'];
      return widgets.filter((widget) => !widget.shadowRoot?.childElementCount).map((widget) => `<${widget.localName}> is empty`);
    });
    problems.push(...empty);
    const violations = await page.evaluate(async () => (await globalThis.axeCheck.run('#storybook-root')).violations);
    problems.push(...violations.map((violation) => `axe ${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")})`));
  } catch (error) {
    problems.push(String(error));
  }
}

for (const story of stories) {
  await check(story);
  if (problems.some((problem) => /Execution context was destroyed|reading 'once'|Target page|navigation/.test(problem))) {
    await openPreview();
    await check(story);
  }
  console.log(`${problems.length ? '✗' : '✓'} ${story.title} / ${story.name}`);
  for (const problem of problems) console.log(`    ${problem}`);
  if (problems.length) failures.push(story.id);
}

await browser.close();
server.close();
console.log(`Storybook: ${stories.length - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length || stories.length === 0 ? 1 : 0;
