// What the framework tests share: building an app of test/frameworks/ with the consumer install's own Vite, and
// opening the build in Chromium on a made-up origin, where a petition answers with a count and nothing else loads.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { copyApp } from './consumer.mjs';

export const PETITION = { count: 1234, goal: 5000 };
/** What every app's fact box, testimony card and counter show once their props reached them. */
export const RENDERED = {
  figure: '1,000,000',
  prefix: 'Up to',
  label: 'people held in camps',
  source: true,
  name: true,
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export const run = promisify(execFile);

/** Runs a tool of the consumer install (`typescript/bin/tsc`, `vue-tsc/bin/vue-tsc.js`…) in the app's folder. */
export async function tool(app, bin, args) {
  return run(process.execPath, [join(app, '..', 'node_modules', bin), ...args], {
    cwd: app,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** A fresh copy of the app, built by Vite: its dist/ folder. */
export async function buildApp(name) {
  const app = await copyApp(name);
  await tool(app, 'vite/bin/vite.js', ['build']);
  return { app, dist: join(app, 'dist') };
}

/** The built app at http://app.test/ in a context of its own; page errors and console errors are collected. */
async function openApp(browser, dist) {
  const context = await browser.newContext();
  const errors = [];
  // The action button's link opens a tab there.
  await context.route('https://example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: 'the action page' }),
  );
  await context.route('http://app.test/**', (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/api/petitions/free-them')
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(PETITION) });
    const file = normalize(join(dist, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
    if (!file.startsWith(dist + sep) || !existsSync(file) || statSync(file).isDirectory())
      return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('http://app.test/');
  return { page, errors, close: () => context.close() };
}

/** The app built and opened in Chromium (started meanwhile): its folder, page and errors; `close()` ends both. */
export async function launchApp(name) {
  const [browser, built] = await Promise.all([
    chromium.launch({ executablePath: chromePath(), args: chromeArgs }),
    buildApp(name),
  ]);
  const opened = await openApp(browser, built.dist).catch(async (error) => {
    await browser.close();
    throw error;
  });
  return { ...built, ...opened, close: () => browser.close() };
}

/** What the fact box, testimony card and counter inside `scope` (a CSS selector) rendered, once each has. */
export async function renderedIn(page, scope) {
  await page.waitForFunction((scope) => {
    const tags = ['cw-fact-box', 'cw-testimony-card', 'cw-signature-counter'];
    return tags.every((tag) => document.querySelector(`${scope} ${tag}`)?.shadowRoot?.childElementCount);
  }, scope);
  return page.evaluate((scope) => {
    const shadowOf = (tag) => document.querySelector(`${scope} ${tag}`).shadowRoot;
    return {
      figure: shadowOf('cw-fact-box').querySelector('[part~="value"] .visually-hidden')?.textContent.trim(),
      prefix: shadowOf('cw-fact-box').querySelector('[part~="prefix"]')?.textContent.trim(),
      label: shadowOf('cw-fact-box').querySelector('[part~="label"]')?.textContent.trim(),
      source: shadowOf('cw-fact-box').textContent.includes('Quelle :'),
      name: shadowOf('cw-testimony-card').textContent.includes('Gulzire'),
    };
  }, scope);
}

/** What the app wrote from the counter's `cw-count-change` once the petition answered. */
export async function countEventsIn(page, scope) {
  const counts = page.locator(`${scope} .count-events`);
  await counts.filter({ hasText: /\d/ }).waitFor();
  return counts.textContent();
}

/** What the app wrote from the action button's `cw-action` after a click on it. */
export async function actionEventsIn(page, scope) {
  await page.locator(`${scope} cw-action-button`).locator('a').click();
  const actions = page.locator(`${scope} .action-events`);
  await actions.filter({ hasText: /\w/ }).waitFor();
  return actions.textContent();
}
