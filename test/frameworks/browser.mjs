// What the framework tests share: building an app of test/frameworks/ with the consumer install's own Vite, and
// opening the build in Chromium on a made-up origin, where a petition answers with a count and nothing else loads.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { copyApp } from './consumer.mjs';

export const PETITION = { count: 1234, goal: 5000 };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export const run = promisify(execFile);

/** Runs a tool of the consumer install (`typescript/bin/tsc`, `vue-tsc/bin/vue-tsc.js`…) in the app's folder. */
export async function tool(app, bin, args) {
  return run(process.execPath, [join(app, '..', 'node_modules', bin), ...args], { cwd: app, maxBuffer: 16 * 1024 * 1024 });
}

/** A fresh copy of the app, built by Vite: its dist/ folder. */
export async function buildApp(name) {
  const app = await copyApp(name);
  await tool(app, 'vite/bin/vite.js', ['build']);
  return { app, dist: join(app, 'dist') };
}

/** The built app at http://app.test/ in a context of its own; page errors and console errors are collected. */
export async function openApp(browser, dist) {
  const context = await browser.newContext();
  const errors = [];
  // The action button's link opens a tab there.
  await context.route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: 'the action page' }));
  await context.route('http://app.test/**', (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/api/petitions/free-them') return route.fulfill({ contentType: 'application/json', body: JSON.stringify(PETITION) });
    const file = normalize(join(dist, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
    if (!file.startsWith(dist + sep) || !existsSync(file) || statSync(file).isDirectory()) return route.fulfill({ status: 404 });
    return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('http://app.test/');
  return { page, errors, close: () => context.close() };
}

/** What the widgets inside `scope` (a CSS selector) rendered, once each has. */
export async function renderedIn(page, scope) {
  await page.waitForFunction((scope) => {
    const tags = ['cw-fact-box', 'cw-testimony-card', 'cw-signature-counter', 'cw-action-button'];
    return tags.every((tag) => document.querySelector(`${scope} ${tag}`)?.shadowRoot?.childElementCount);
  }, scope);
  return page.evaluate(async (scope) => {
    const inside = (tag, selector) => document.querySelector(`${scope} ${tag}`).shadowRoot.querySelector(selector)?.textContent.trim();
    return {
      figure: inside('cw-fact-box', '[part~="value"] .visually-hidden'),
      prefix: inside('cw-fact-box', '[part~="prefix"]'),
      label: inside('cw-fact-box', '[part~="label"]'),
      source: document.querySelector(`${scope} cw-fact-box`).shadowRoot.textContent.includes('Quelle :'),
      name: document.querySelector(`${scope} cw-testimony-card`).shadowRoot.textContent.includes('Gulzire'),
    };
  }, scope);
}

/** What the app wrote from the widgets' events: the counter's after the petition answered, the button's after a click. */
export async function eventsIn(page, scope) {
  const counts = page.locator(`${scope} .count-events`);
  await counts.filter({ hasText: /\d/ }).waitFor();
  await page.locator(`${scope} cw-action-button`).locator('a').click();
  const actions = page.locator(`${scope} .action-events`);
  await actions.filter({ hasText: /\w/ }).waitFor();
  return { counts: await counts.textContent(), actions: await actions.textContent() };
}
