// The bench's web server: every page the bench loads, the petition it asks for counts, and an account of what each
// page fetched (requests, and their bytes as a server would send them with brotli), kept here because the server is
// the one that knows what went over the wire (a response the browser took from its cache never reaches it).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { compressedSizes } from '../scripts/compressed-size.mjs';

const ROOT = process.cwd();
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};
// Counts arrive late on purpose: nothing on the page may move when they do.
export const COUNT_DELAY_MS = 600;

/** The same content for every implementation: one group is the four widgets, as the README shows them. */
export const CONTENT = {
  fact: { value: 1_000_000, prefix: 'Up to', label: 'people detained', source: 'Amnesty International' },
  quote: {
    text: 'It makes me cry to watch from afar…',
    name: 'Gulzire',
    relation: 'Sister of a missing Uighur PhD student',
  },
  counter: { goal: 1_000_000 },
  action: { href: '#act', text: 'Take action now' },
};
export const KINDS = ['fact', 'quote', 'counter', 'action'];
const TAGS_BY_KIND = {
  fact: 'cw-fact-box',
  quote: 'cw-testimony-card',
  counter: 'cw-signature-counter',
  action: 'cw-action-button',
};
const { fact, quote, counter, action } = CONTENT;

/** Our four widgets, bare or with the README's markup for readers without JavaScript ("Without JavaScript"). */
export function widget(kind, petition, { fallback = false, interval = 30 } = {}) {
  const slot = (text) => (fallback ? `<p slot="fallback">${text}</p>` : '');
  switch (kind) {
    case 'fact':
      return `<cw-fact-box value="${fact.value}" value-prefix="${fact.prefix}" label="${fact.label}" source="${fact.source}">${slot(`${fact.prefix} 1,000,000 ${fact.label} (${fact.source}).`)}</cw-fact-box>`;
    case 'quote':
      return `<cw-testimony-card name="${quote.name}" relation="${quote.relation}"><p>${quote.text}</p>${slot(`— ${quote.name}, ${quote.relation.toLowerCase()}`)}</cw-testimony-card>`;
    case 'counter':
      return `<cw-signature-counter petition="${petition}" goal="${counter.goal}" interval="${interval}"${fallback ? ' count="713000"' : ''}>${slot('713,000 people have signed.')}</cw-signature-counter>`;
    default:
      return `<cw-action-button href="${action.href}">${fallback ? `<a href="${action.href}">${action.text}</a>` : action.text}</cw-action-button>`;
  }
}

/** `n` of something, cycling through the four kinds: 1 is a fact box, 4 one of each, 200 fifty of each. */
export const cycle = (n, render) => Array.from({ length: n }, (_, index) => render(KINDS[index % 4], index)).join('\n');

// What the shift pages reserve: every widget's box at least as tall as it renders at the bench's width, before and
// after it upgrades, so the widget draws inside space that was there from the first paint.
const RESERVED_SPACE = `cw-fact-box, cw-testimony-card, cw-signature-counter, cw-action-button { display: block; margin-block: 1em; }
cw-fact-box { min-block-size: 9.5em; } cw-testimony-card { min-block-size: 10em; }
cw-signature-counter { min-block-size: 7.5em; } cw-action-button { min-block-size: 2.75em; }`;

function shell({ head = '', body, kind }) {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench: ${kind}</title>
${head}<script type="module" src="/bench/pages/probe.js"></script><body>${body}</body></html>`;
}

/** A page of the bench; `site.floor` (the plain-DOM floor's markup and CSS) must be set before floor pages load. */
function page(query, site) {
  const kind = query.get('kind');
  const n = Number(query.get('n') ?? 4);
  const petition = `/bench-petition/${kind}`;
  const bundle = '<script type="module" src="/dist/campaign-widgets.js"></script>';
  switch (kind) {
    case 'widgets':
      return shell({ kind, head: bundle, body: cycle(n, (k) => widget(k, petition)) });
    case 'counters':
      return shell({
        kind,
        head: bundle,
        body: cycle(n, () => widget('counter', `/bench-petition/counters-${n}`, { interval: 5 })),
      });
    case 'shift': {
      // The partner's script arrives 100 ms after the page, as from a CDN; the count 1.5 s after that.
      const variant = query.get('variant');
      // Render-blocking: Chromium paints nothing until the script has run (other browsers ignore the attribute).
      const blocking = variant === 'render-blocking' ? ' blocking="render"' : '';
      const head = `${variant === 'reserved' ? `<style>${RESERVED_SPACE}</style>` : ''}<script type="module"${blocking} src="/dist/campaign-widgets.js?late=100"></script>`;
      const body = `<h1>A partner's article</h1>\n${cycle(4, (k) => widget(k, '/bench-petition/shift?delay=1500', { fallback: variant !== 'bare' }))}\n<p>The article goes on.</p>`;
      return shell({ kind, head, body });
    }
    case 'floor':
      return shell({
        kind,
        head: '<link rel="stylesheet" href="/bench/floor.css">',
        body: cycle(n, (k) => site.floor.markup[k]),
      });
    case 'lit-static':
      // What the widgets draw, as data the page's Lit elements make their templates from (`<` escaped for the script).
      return shell({
        kind,
        head: `<script type="application/json" id="lit-static">${JSON.stringify(site.floor.shadow).replace(/</g, '\\u003c')}</script><script type="module" src="/bench/build/litStatic.js"></script>`,
        body: cycle(n, (k) => `<${TAGS_BY_KIND[k]}></${TAGS_BY_KIND[k]}>`),
      });
    case 'baseline':
    case 'peer':
      return shell({ kind, body: cycle(n, (k) => `<div data-baseline="${k}" data-src="${petition}"></div>`) });
    case 'react':
      return shell({
        kind,
        head: '<link rel="stylesheet" href="/bench/floor.css"><script type="module" src="/bench/build/react.js"></script>',
        body: `<div id="root" data-n="${n}" data-petition="${petition}"></div>`,
      });
    case 'shoelace':
      return shell({
        kind,
        head: '<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/dist/themes/light.css"><script type="module" src="/bench/build/shoelace.js"></script>',
        body: cycle(n, (k) => shoelaceMarkup(k, petition)),
      });
    case 'iframe':
      // Each widget a document of its own from the petition platform's origin (another site, so its own process),
      // sized by the height it posts once rendered, as iframe-resizer and the platforms' embed scripts do.
      // The frames' messages are kept from the start: a frame may render before the probe (a module) runs.
      return shell({
        kind,
        head: '<script>window.__frameMessages = []; addEventListener("message", (event) => __frameMessages.push(event));</script>',
        body: cycle(
          n,
          (k) =>
            `<iframe src="${site.frameOrigin}/bench/frame?widget=${k}" title="${k}" style="display:block;width:100%;border:0"></iframe>`,
        ),
      });
    default:
      return shell({ kind, body: '' });
  }
}

/** One widget's document, as a petition platform serves an iframe embed: the widget and the script it needs. */
function frame(query) {
  const kind = query.get('widget');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${kind}</title><style>body{margin:0}</style>
<script type="module" src="/dist/campaign-widgets.js"></script>
<script type="module">
  const element = document.body.firstElementChild;
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  // Not a frame callback: Chromium runs none in a cross-site frame out of view until it scrolls in.
  parent.postMessage({ benchFrame: 'rendered', height: document.documentElement.scrollHeight }, '*');
</script><body>${widget(kind, '/bench-petition/iframe')}</body></html>`;
}

/** Shoelace's components standing in for ours: cards for the fact and the quote, a progress bar, a button. */
function shoelaceMarkup(kind, petition) {
  switch (kind) {
    case 'fact':
      return `<sl-card class="fact"><p class="figure"><span>${fact.prefix}</span> <strong class="value">1,000,000</strong> <span>${fact.label}</span></p><small slot="footer">Source: ${fact.source}</small></sl-card>`;
    case 'quote':
      return `<sl-card class="quote"><blockquote>${quote.text}</blockquote><div slot="footer"><strong>${quote.name}</strong><br>${quote.relation}</div></sl-card>`;
    case 'counter':
      return `<div class="counter" data-petition="${petition}" data-goal="${counter.goal}"><p><strong class="value">&#8203;</strong> <span class="label">Loading the count…</span></p><sl-progress-bar value="0" label="Signatures"></sl-progress-bar><p class="goal">Goal: 1,000,000</p><sl-button size="small" class="pause">Pause updates</sl-button></div>`;
    default:
      return `<sl-button variant="primary" href="${action.href}">${action.text}</sl-button>`;
  }
}

/** Starts the bench's server on two origins: the pages' (127.0.0.1) and the iframe platform's (localhost, another site). */
export async function startSite({ builds }) {
  const site = { floor: undefined, frameOrigin: '', builds };
  const traffic = { requests: 0, raw: 0, brotli: 0, scriptBrotli: 0, petitions: new Map() };
  const brotliOf = new Map();
  const account = (key, body, type) => {
    if (!brotliOf.has(key)) brotliOf.set(key, compressedSizes(body).brotli);
    traffic.requests++;
    traffic.raw += body.length;
    traffic.brotli += brotliOf.get(key);
    if (type === TYPES['.js']) traffic.scriptBrotli += brotliOf.get(key);
  };
  const send = (request, response, body, type, headers = {}) => {
    // The harness's own probe is not the page's cost; a count is accounted for when asked, below.
    if (!request.url.startsWith('/bench/pages/probe.js') && !request.url.startsWith('/bench-petition'))
      account(request.url, body, type);
    response.writeHead(200, { 'content-type': type, ...headers }).end(body);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://bench');
    if (url.pathname.startsWith('/bench-petition')) {
      traffic.petitions.set(url.pathname, (traffic.petitions.get(url.pathname) ?? 0) + 1);
      const body = Buffer.from('{"count":713402,"goal":1000000}');
      account('/bench-petition', body, TYPES['.json']);
      setTimeout(
        () => send(request, response, body, TYPES['.json'], { 'access-control-allow-origin': '*' }),
        Number(url.searchParams.get('delay') ?? COUNT_DELAY_MS),
      );
      return;
    }
    if (url.pathname === '/bench/page')
      return send(request, response, Buffer.from(page(url.searchParams, site)), TYPES['.html']);
    if (url.pathname === '/bench/frame')
      return send(request, response, Buffer.from(frame(url.searchParams)), TYPES['.html']);
    if (url.pathname === '/bench/floor.css') return send(request, response, Buffer.from(site.floor.css), TYPES['.css']);
    const build = /^\/bench\/build\/(\w+)\.js$/.exec(url.pathname)?.[1];
    if (build && builds[build]) return send(request, response, builds[build], TYPES['.js']);
    const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory())
      return response.writeHead(404).end();
    // The bundle, as a CDN or the petition server's /dist/{version}/ serves it: cached for good, so the frames of one
    // page share one download.
    const headers = { 'cache-control': 'public, max-age=31536000, immutable', 'access-control-allow-origin': '*' };
    const late = Number(url.searchParams.get('late') ?? 0);
    setTimeout(
      () => send(request, response, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream', headers),
      late,
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  site.frameOrigin = `http://localhost:${port}`;
  return {
    site,
    traffic,
    base: `http://127.0.0.1:${port}`,
    /** Forgets what was fetched so far: the next page's account starts at 0. */
    resetTraffic: () => Object.assign(traffic, { requests: 0, raw: 0, brotli: 0, scriptBrotli: 0 }),
    close: () => server.close(),
  };
}
