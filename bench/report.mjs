// BENCHMARKS.md and bench/chart.svg from what bench/run.mjs measured.
import { cpus, totalmem } from 'node:os';
import { contributorsOf } from '../scripts/bundle-parts.mjs';
import { chromePath } from '../scripts/chrome.mjs';
import { kB } from '../scripts/compressed-size.mjs';
import { chart } from './chart.mjs';
import { packageVersion } from './peers.mjs';

const NAMES = {
  widgets: 'campaign-widgets',
  floor: 'plain-DOM floor (static HTML, same CSS)',
  'lit-static': 'Lit, static templates of the same DOM',
  iframe: 'an iframe per widget',
  react: `React ${packageVersion('react')} + ReactDOM`,
  shoelace: `Shoelace ${packageVersion('@shoelace-style/shoelace')}`,
  baseline: 'plain DOM by script',
  peer: 'plain DOM by script + countup.js',
};
const SHIFT_NAMES = {
  bare: 'bare elements',
  fallback: 'the README\'s markup without JavaScript (`slot="fallback"`, the link, the count)',
  reserved: "that markup, and space reserved by the page's CSS",
  'render-blocking': 'that markup, and the script `blocking="render"`',
};

const ms = (value) => `${value.toFixed(1)} ms`;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const shiftText = (value) => value.toFixed(4);

/** A markdown table of a bundle's parts, largest first. */
function partsTable(bundle, parts, size) {
  return [
    `| part of \`${bundle}\` | minified | share | ≈ brotli |`,
    '| --- | --- | --- | --- |',
    ...parts.groups.map(
      ({ name, bytes, share }) =>
        `| \`${name}\` | ${kB(bytes)} | ${(share * 100).toFixed(0)} % | ${kB(share * size.brotli)} |`,
    ),
    '',
  ];
}

/** "what moved, from which box to which", for each shift of a page. */
function movements(shifts) {
  if (!shifts.length) return 'nothing';
  return shifts
    .map(
      ({ atMs, value, sources }) =>
        `${shiftText(value)} at ${atMs} ms: ${sources.map(({ node, from, to }) => `\`${node}\` from [${from.join(', ')}] to [${to.join(', ')}]`).join('; ')}`,
    )
    .join('<br>');
}

function pageRows(pages, n, kinds, blank) {
  const floor = pages[`floor, ${n}`];
  return kinds
    .filter((kind) => pages[`${kind}, ${n}`])
    .map((kind) => {
      const result = pages[`${kind}, ${n}`];
      return `| ${NAMES[kind]}, ${n} | ${ms(result.renderedMs)} | ${(result.renderedMs / floor.renderedMs).toFixed(2)} | ${result.longTasks} | ${ms(result.longestTaskMs)} | ${shiftText(result.layoutShift)} | ${shiftText(result.shiftFromNavigation)} | ${result.requests} | ${kB(result.brotli)} | ${kB(result.scriptBrotli)} | ${MB(result.heap - blank.heap)} |`;
    });
}

function traceTables(traces) {
  if (!traces) return ['Not traced in this run (BENCH_QUICK).', ''];
  const { widgets, floor } = traces;
  const activityNames = [...new Set([...widgets.activities, ...floor.activities].map(([name]) => name))];
  const of = (trace, name) => trace.activities.find(([activity]) => activity === name)?.[1] ?? 0;
  const scriptTotal = widgets.scripts.reduce((sum, [, time]) => sum + time, 0);
  const total = (trace) => trace.activities.reduce((sum, [, time]) => sum + time, 0);
  const extra = activityNames
    .map((name) => [name, of(widgets, name) - of(floor, name)])
    .filter(([, time]) => time > 0)
    .sort((a, b) => b[1] - a[1]);
  const extraTotal = total(widgets) - total(floor);
  const inScript = widgets.scripts.filter(([part]) => !/^(the browser|garbage|other script)/.test(part));
  return [
    `**In short:** the widgets' page kept its main thread busy ${ms(total(widgets))} to the floor's ${ms(total(floor))} (traced), ${ms(extraTotal)} more; it spent more than the floor on ${extra
      .slice(0, 4)
      .map(([name, time]) => `${name.toLowerCase()} ${ms(time)}`)
      .join(
        ', ',
      )} (and less where the floor has more to parse and lay out at once). In the script's own samples the most time went to ${inScript
      .slice(0, 4)
      .map(([part, time]) => `\`${part}\` (${((time / scriptTotal) * 100).toFixed(0)} %)`)
      .join(', ')}.`,
    '',
    `| main thread, navigation to rendered | campaign-widgets, 200 | floor, 200 |`,
    '| --- | --- | --- |',
    ...activityNames.map((name) => `| ${name} | ${ms(of(widgets, name))} | ${ms(of(floor, name))} |`),
    `| **rendered at (traced)** | ${ms(widgets.renderedMs)} | ${ms(floor.renderedMs)} |`,
    `| longest task (traced) | ${ms(widgets.longest)} | ${ms(floor.longest)} |`,
    `| tasks over 50 ms (traced) | ${widgets.longTaskCount ?? '–'} | ${floor.longTaskCount ?? '–'} |`,
    '',
    'The longest tasks (over 50 ms) of each traced load, and the spans they contain:',
    '',
    '| page | task | at | what it holds |',
    '| --- | --- | --- | --- |',
    ...[
      ['campaign-widgets, 200', widgets],
      ['floor, 200', floor],
    ].flatMap(([name, trace]) =>
      (trace.longTasks ?? []).map(
        (task) =>
          `| ${name} | ${ms(task.ms)} | ${ms(task.atMs)} | ${task.parts.map(([part, time]) => `${part} ${ms(time)}`).join('; ')} |`,
      ),
    ),
    '',
    "The CPU profiler's samples on the same thread, for the widgets' page, attributed through the bundle's source map to the module that was running (its own time, not its callees'; the browser's work that script asks for, such as `customElements.define` upgrading every element or `attachShadow`, counts against the script that called it):",
    '',
    '| where | time | share |',
    '| --- | --- | --- |',
    ...widgets.scripts
      .slice(0, 16)
      .map(([part, time]) => `| \`${part}\` | ${ms(time)} | ${((time / scriptTotal) * 100).toFixed(0)} % |`),
    '',
    ...FINDINGS,
  ];
}

// What the traces showed while working on issue 17 (2026-11-30), measured in main-thread CPU time (the trace's thread
// time, which the shared machine's load disturbs less than wall time), medians of 5 to 9 loads of each page.
const FINDINGS = [
  '### What the traces showed, and what was tried',
  '',
  "Measured while working on issue 17 (2026-11-30), mostly in main-thread CPU time (each task's thread time in the trace, which the machine's other work disturbs less than the wall-clock times above), medians of 5 to 9 loads of each page:",
  '',
  "- **A fresh page's first `Intl.NumberFormat` took Chromium 30 to 130 ms** here (the next one 0.1 ms), and its first `Intl.Locale#maximize` 6 to 11 ms (`Intl.PluralRules` under 1 ms), both in the task that upgrades and renders the widgets: at 4 widgets they were the largest part of our script's time. English whole numbers are now written without `Intl` (`src/internal/format.ts`), English's likely script is named without `maximize` (`src/locales/languages.ts`), both tested to give what `Intl` gives, and a count-up whose first frame began before it no longer shows, and formats, a number below its start. In paired runs the 4-widget page's main thread took 81 ms of CPU with the first change against 101 ms without, and 81 ms against 88 ms with the second (the floor: 58 to 60 ms); the bundle's evaluation went from 18 to 12 ms, its first renders from 29 to 14 ms.",
  "- **Lit and shadow DOM cost little; the widgets' own work is the gap.** The row *Lit, static templates of the same DOM* draws exactly what our widgets draw (taken from them, as the floor is) with LitElement, shadow roots and our style sheets, but from one static template per widget, with no binding, controller or logic (bench/peers/lit-static.js). Main-thread CPU from navigation to rendered at 200 widgets, medians of 9 loads: the floor 66 ms, Lit static 79 ms, our widgets 106 ms. Two hundred of one widget, ours against Lit static: the fact box 103 against 71 ms, the testimony card 107 against 84, the counter 88 against 81, the button 71 against 53. Our script's profile spreads that cost thin: Lit's parts and bindings and what fills them, its properties and update cycle, the controllers (language, light text, first view), garbage collection; no function of ours takes over 4 % of it (taken apart below).",
  "- **The floor does not meet \"no long task over 50 ms\" at 200 widgets either.** Its first frame styles and lays out all 200 widgets' content in one task of 78 to 108 ms of CPU (the traced rows above); the page's long-task observer, which the tables above count, seldom reported that task in our loads. Our page has the same frame, and before it the bundle's task: evaluating the bundle and upgrading every element (40 to 55 ms of CPU at 200 widgets), then their first renders (45 to 65 ms).",
  '- **Tried and not kept: first renders in slices.** The base class held a first render back to the next task once 8 ms of first renders had run in one (later renders stayed at once, and `updateComplete` waited for it). The script\'s longest task went from 94 to 98 ms to 52 to 61 ms of CPU at 200 widgets, but the frames painted between slices ran pre-paint and paint over the whole page again (main-thread CPU up 15 to 30 %; rendered at 760 ms against 556 ms in one 9-load comparison, the floor at 381 ms), and they showed widgets not yet rendered, so that each slice moved what followed it: a layout shift from navigation of up to 1.1 on the 200-widget page. It also cost 160 B of brotli. Rendering off-screen widgets later has the same problem on a page that reserves no space, and the bench\'s "rendered" waits for every widget.',
  "- **Even Lit static breaks the long-task rule at 200 widgets** (58 ms in an 11-load check): evaluating the bundle upgrades all 200 elements and clones their templates in one task, and the first frame then styles and lays out all of them, as the floor's single task does (44 to 55 ms of CPU on this machine).",
  "- **At 4 widgets, 1.1 times the floor is within what any script costs here.** In the run of 2026-11-30 that added the Lit static row, plain DOM by script rendered in 1.16 times the floor's time and Lit static in 1.13 times, our widgets in 1.24 times (1.02 times in the run before): fetching and evaluating a module script, and the frame after it, cost 15 to 30 ms on a page the floor draws in about 115 ms, which is more than a tenth of it.",
  "- **What it would take:** 1.2 times the floor leaves the widgets' own work about a tenth of the floor's time (some 15 ms of CPU at 200 widgets, against some 27 ms now), and no one change closes that. Taken apart on 200 fact boxes (main-thread CPU, medians of 11 loads; ours 103 ms, Lit static 74 ms): one flat template instead of the nested ones saved 2 to 3 ms, no slot 1 ms more; the same DOM with no binding at all took 87 ms, so the bindings and what fills them (numbers, strings) cost about 14 ms, and the rest, about 13 ms, is evaluating a bundle three times Lit's size and the elements' properties and controllers (one shared IntersectionObserver, no `attachInternals`, no light-text or slot observers, no language lookup: each under 2 ms). No task over 50 ms at 200 widgets would need first renders spread over several frames, which moves the page unless it reserves the widgets' space (the slicing above).",
  '',
];

/** `{ markdown, svg }` for `results` (see bench/run.mjs). */
export function report(results, { runs, minuteMs, countDelayMs, widgetCounts, peers }) {
  const { sizeRows, blank, pages, shift, shiftRuns, traces, counterRequests, refreshes, load } = results;
  const setups = Object.entries(load);
  const serverRow = (what, pick) =>
    `| ${what} | ${setups.map(([, setup]) => (setup.skipped ? '–' : `${pick(setup).perSecond.toFixed(0)}; ${pick(setup).p50} / ${pick(setup).p99} ms`)).join(' | ')} |`;
  const widgetParts = contributorsOf('dist/campaign-widgets.js');
  const kinds = ['widgets', 'floor', ...peers];
  const ratio = (n) => pages[`widgets, ${n}`].renderedMs / pages[`floor, ${n}`].renderedMs;

  const markdown = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromePath()}. Medians of ${runs} page loads. The machine was shared with other work while it ran, so timings are noisy: compare the rows of one run, not runs.`,
    '',
    '![Bytes and render time of campaign-widgets, the plain-DOM floor and peers, and how they grow with the number of widgets](bench/chart.svg)',
    '',
    '## Size',
    '',
    '| what | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    ...sizeRows.map(([name, size]) => `| ${name} | ${kB(size.raw)} | ${kB(size.gzip)} | ${kB(size.brotli)} |`),
    '',
    'Budget: 20 kB brotli for `dist/campaign-widgets.js`, checked by `npm run size` in `npm test`. The catalogs are bundled and minified alone. The peers are bundled and minified by esbuild in production mode, as their users would ship them (bench/peers.mjs).',
    '',
    '### What the bundles are made of',
    '',
    `Every minified byte of a bundle attributed, through its source map, to the module it came from (\`scripts/bundle-parts.mjs\`; \`npm run size\` prints the partner bundle's). Brotli compresses a file as a whole, so a part's brotli size is its share of its bundle's, an estimate.`,
    '',
    ...partsTable(
      'dist/campaign-widgets.js',
      widgetParts,
      results.sizes['`dist/campaign-widgets.js` (all four widgets)'],
    ),
    ...partsTable(
      'dist/sign-form.js',
      contributorsOf('dist/sign-form.js'),
      results.sizes['`dist/sign-form.js` (the framed form)'],
    ),
    'The ten largest modules of the partner bundle:',
    '',
    '| module | minified | share |',
    '| --- | --- | --- |',
    ...widgetParts.modules
      .slice(0, 10)
      .map(({ name, bytes, share }) => `| \`${name}\` | ${kB(bytes)} | ${(share * 100).toFixed(0)} % |`),
    '',
    '## Page cost in Chromium, side by side',
    '',
    `Every page shows the same content: groups of the four widgets (a key figure, a testimony, a live counter with its goal, a call to action), 4 widgets being one group and 200 fifty. "Rendered" is from navigation start to the end of the first frame with every widget drawn. Counts arrive ${countDelayMs} ms late; "shift after render" is what they move (must be 0), "from navigation" is the page's cumulative layout shift from its first paint (its main frame). Requests and bytes are what the bench's server sent for the page (brotli as a server would send it; the harness's probe excluded, cached responses not sent twice); heap is the JS heap after GC, less a blank page's (${MB(blank.heap)}), in the page's process and, for the iframes, their process too.`,
    '',
    '| page | rendered | × floor | long tasks | longest | shift after render | from navigation | requests | bytes | of it script | JS heap |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...pageRows(pages, 4, kinds, blank),
    ...pageRows(pages, 200, kinds, blank),
    '',
    `**Against the floor:** 4 widgets render in ${ratio(4).toFixed(2)}× the floor's time, 200 in ${ratio(200).toFixed(2)}× (the goals: 1.1× and 1.2×, no long task over 50 ms; the 200 widgets' longest task: ${ms(pages['widgets, 200'].longestTaskMs)}).`,
    '',
    "- **The floor** is what our widgets draw, taken from them once rendered: each shadow root's content as light DOM, each widget's style sheets scoped to a class (bench/floor.mjs). Static HTML, no script: the least any implementation of this content can cost.",
    "- **Lit, static templates of the same DOM** draws what our widgets draw (the floor's content, as each shadow root holds it) with LitElement, a shadow root per widget and our style sheets, from one static template per widget: no binding, no controller, no language, no live count (bench/peers/lit-static.js). It is the least a Lit widget can cost: between it and the floor is the price of Lit and shadow DOM, between it and our row the price of what our widgets do.",
    "- **An iframe per widget** is how petition platforms embed today (Fight for the Future's widgets, Policat, most platforms' \"embed this petition\"): each widget is a document of its own, served by the petition platform from another site (here `localhost` for a page on `127.0.0.1`, so Chromium gives the frames their own process), holding our widget and its script, and sized by the height it posts to the page once rendered, as iframe-resizer does. The platforms' own embed code was not fetched (no network here): the pattern is built faithfully with our widgets inside, so the difference from our row is the price of the frames.",
    `- **React** is the four widgets written as React 19 function components (bench/peers/react-widgets.jsx): the same DOM and the floor's CSS, the figure counting up once seen, counters of one petition sharing one request per refresh, pausable, the button a link or a framed dialog; English only. Its small shift after render is the counter's label: React keeps the "Loading the count…" span and moves it behind the number, where Lit draws a new one, which layout shift does not count; a reader sees the same change.`,
    `- **Shoelace** stands in with the components it has (\`sl-card\` for the figure and the testimony, \`sl-progress-bar\` and a small script for the counter, \`sl-button\`; \`sl-dialog\` and \`sl-details\` loaded as our button's dialog and the card's content note are), cherry-picked and bundled as its docs advise, with its light theme. It has no count-up and no live count of its own.`,
    '- **Plain DOM by script** is the same four widgets hand-written with `document.createElement` (bench/pages/baseline.js), no shadow DOM, no localisation, no accessibility work; **+ countup.js** adds the npm package a partner wanting animated figures would.',
    '',
    '## Layout shift from navigation',
    '',
    `The four widgets between a heading and a paragraph of the partner's article; our script arrives 100 ms after the page (as from a CDN), the count 1.5 s after that. Cumulative layout shift of the main frame from navigation, median of ${shiftRuns} loads, and what moved in that load (boxes as [x, y, width, height] in CSS pixels, 1280 × 720 viewport):`,
    '',
    '| page | from navigation | after render | what moved |',
    '| --- | --- | --- | --- |',
    ...Object.entries(shift).map(
      ([variant, result]) =>
        `| ${SHIFT_NAMES[variant]} | ${shiftText(result.shiftFromNavigation)} | ${shiftText(result.layoutShift)} | ${movements(result.shifts)} |`,
    ),
    '',
    "Before the script runs, an element the browser does not know yet is an inline box around its light DOM: nothing for a bare element, the fallback paragraph for the README's markup, each a line or two tall. When the elements upgrade, each becomes a block of the height it renders (a fact box, a card, a counter with its bar and pause button, a 2.75em button), so what follows them moves down, once, by the difference. Nothing moves when the count arrives. Space the page reserves for each element, at least as tall as the widget renders, before and after it upgrades, leaves nothing to move:",
    '',
    '```css',
    'cw-fact-box, cw-testimony-card, cw-signature-counter, cw-action-button { display: block; margin-block: 1em; }',
    'cw-fact-box { min-block-size: 9.5em; } cw-testimony-card { min-block-size: 10em; }',
    'cw-signature-counter { min-block-size: 7.5em; } cw-action-button { min-block-size: 2.75em; }',
    '```',
    '',
    "(The card's height depends on its quote's length and the column's width; these sizes fit the bench's content at its width.) `blocking=\"render\"` on the script makes Chromium wait for it before the first paint, which moves nothing either but delays the page's first paint until our script has run, and other browsers ignore it.",
    '',
    '## Where the time goes',
    '',
    "One load of each 200-widget page recorded with a Chromium trace (CDP `Tracing.start`/`Tracing.end`, with the V8 CPU profiler on, which slows every page several times: compare shares, not these times with the table above). The renderer's main thread from navigation to rendered, each trace event's own time (not its children's) summed by what it was:",
    '',
    ...traceTables(traces),
    '## How cost grows',
    '',
    `Bytes (everything the page fetched, as sent and with brotli) and render time for ${widgetCounts.map((n) => n.toLocaleString('en')).join(', ')} widgets, ours and the floor's. The bench repeats one group of four, which brotli all but erases from the markup: the raw bytes show how markup grows with distinct content, our elements' attributes against the floor's whole drawn DOM.`,
    '',
    "| widgets | bytes, raw | brotli | floor's, raw | brotli | rendered | floor rendered | × floor | long tasks | longest | JS heap |",
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...widgetCounts.map((n) => {
      const [ours, floor] = [pages[`widgets, ${n}`], pages[`floor, ${n}`]];
      return `| ${n.toLocaleString('en')} | ${kB(ours.raw ?? NaN)} | ${kB(ours.brotli)} | ${kB(floor.raw ?? NaN)} | ${kB(floor.brotli)} | ${ms(ours.renderedMs)} | ${ms(floor.renderedMs)} | ${(ours.renderedMs / floor.renderedMs).toFixed(2)} | ${ours.longTasks} | ${ms(ours.longestTaskMs)} | ${MB(ours.heap - blank.heap)} |`;
    }),
    '',
    '## Shared requests',
    '',
    `Counters of one petition polling every 5 s for ${minuteMs / 1000} s: **1 counter made ${counterRequests[1]} requests, 1,000 counters made ${counterRequests[1000]}** (each group its own petition, on pages open side by side). Each refresh comes 5 s after the last answer, which takes ${countDelayMs} ms, so the run holds ${refreshes} refreshes: one request per refresh means ${refreshes}, however many counters; one request per counter would mean ${(1000 * refreshes).toLocaleString('en')}.`,
    '',
    '## The reference server under load',
    '',
    `autocannon on loopback, ${process.env.BENCH_LOAD_SECONDS ?? 10} s a run, 50 connections shared out over the instances, against \`dist/server/main.js\` in its own processes (rate limit off). SQLite: WAL, \`synchronous=FULL\`. PostgreSQL: the machine's cluster, default \`synchronous_commit\` (each commit flushed), a fresh database per setup; three instances share it, each with its own pools (10 connections for signatures, 5 for counts). Every signature is durable when answered. The bench, the servers and the database share ${cpus().length} cores.`,
    '',
    `| what (per second; p50 / p99) | ${setups.map(([name]) => name).join(' | ')} |`,
    `| --- |${setups.map(() => ' --- |').join('')}`,
    serverRow('signatures (each a new e-mail)', (setup) => setup.signing),
    serverRow('count reads', (setup) => setup.withoutEtag),
    serverRow('count reads revalidated with an ETag (304)', (setup) => setup.withEtag),
    `| event streams: of 1,000 clients, heard a new count within 1 s | ${setups.map(([, setup]) => (setup.skipped ? '–' : `${setup.fanOut.withinASecond} (p50 ${setup.fanOut.p50.toFixed(0)} ms, p99 ${setup.fanOut.p99.toFixed(0)} ms)`)).join(' | ')} |`,
    '',
    ...setups.map(([name, setup]) =>
      setup.skipped
        ? `- ${name}: not run: ${setup.skipped}.`
        : `- ${name}: ${setup.signing.accepted} signatures acknowledged (${setup.signing.errors} errors); after a restart the petition counted ${setup.counted}: ${setup.durable ? `every acknowledged signature, plus the fan-out test's one and ${setup.counted - setup.signing.accepted - 1} that were in flight, unanswered, when the load stopped (at most ${setup.signing.sent - setup.signing.accepted})` : '**a mismatch: investigate**'}.`,
    ),
    '',
    '### What sets the ceilings',
    '',
    "- **Signatures: the durable commit.** Each answer waits for its commit to reach the disk (SQLite: an fsync of the WAL per commit, from one writer thread; PostgreSQL: a WAL flush, which concurrent commits share). Every signature of one petition also updates that petition's counter row, so their commits queue on the row lock: one petition's rate is bounded by one commit's latency, however many instances sign. Three instances add CPU for HTTP, JSON and hashing, not commits; on a machine of few cores they sign fewer per second than one, since the three processes, PostgreSQL and the load generator compete for the same cores, and 30 pooled connections instead of 10 queue on the same row lock. SQLite signs faster here because its commit is a local fsync with no round trip, but it is one process. The record for a UK Parliament petition is about 33 signatures/s.",
    "- **Count reads: the event loop and the pool.** A count is one indexed row, but with SQLite it is read on the event loop, and with PostgreSQL every read is a round trip through a pool of 5 connections per instance, so PostgreSQL answers fewer per instance; instances add up until the database's CPU is the limit. In production most reads never reach the server: counts are cacheable for `CACHE_SECONDS` and revalidate with a 304, so a CDN absorbs a viral spike.",
    '- **Event streams: one write per stream per change,** formatted once; a process holds as many as its descriptors allow (`EVENT_STREAMS`, `ulimit -n`). With PostgreSQL each instance hears every change once through `LISTEN`, then fans it out to its own streams, so instances multiply the streams one deployment can hold.',
    '- **On this machine** all of it, the load generator included, shares a few cores: the numbers compare setups, they are not a capacity plan.',
    '',
    '**A larger deployment** would run the instances on their own machines behind the proxy, PostgreSQL on its own machine with fast fsync (NVMe, or `commit_delay` for group commit), a CDN in front of `GET {petition}`, and PgBouncer (transaction mode) in front of PostgreSQL once instances × 16 connections nears `max_connections`. A petition signed faster than one commit per few milliseconds would shard its counter (several rows summed on read) so signatures stop queueing on one row; streams past tens of thousands per instance would move to a dedicated fan-out tier, fed by the same `NOTIFY`.',
    '',
    '## Limits of these measures',
    '',
    `- The machine (${cpus().length} cores) was shared with other work during the run: render times move by tens of percent from one run to the next, and a ratio of two medians of one run is what to read.`,
    "- Layout shift is the main frame's: what moves inside an iframe is the frame's own and is not counted in its row (the frames' resizing, which moves the page, is).",
    "- The petition platforms' own embed scripts, Web Awesome and React-based embeds in the wild were not fetched (no network but npm here); the iframe row is the pattern, built with our widgets inside.",
    '- The trace and its CPU profiler slow the page they record several times over; its shares, not its times, are the finding.',
    '',
  ].join('\n');

  const at = (kind, n, key) => pages[`${kind}, ${n}`]?.[key];
  const present = (n) => kinds.filter((kind) => pages[`${kind}, ${n}`]);
  const svg = chart({
    title: 'What campaign-widgets cost, next to the plain-DOM floor and peers',
    description: `Measured by npm run bench (see BENCHMARKS.md). Four widgets: ${present(4)
      .map((kind) => `${NAMES[kind]} ${kB(at(kind, 4, 'brotli'))} brotli, rendered in ${ms(at(kind, 4, 'renderedMs'))}`)
      .join('; ')}. Two hundred widgets: ${present(200)
      .map((kind) => `${NAMES[kind]} ${ms(at(kind, 200, 'renderedMs'))}`)
      .join(
        '; ',
      )}. By number of widgets (${widgetCounts.join(', ')}): campaign-widgets rendered in ${widgetCounts.map((n) => ms(at('widgets', n, 'renderedMs'))).join(', ')}, the floor in ${widgetCounts.map((n) => ms(at('floor', n, 'renderedMs'))).join(', ')}.`,
    panels: [
      {
        kind: 'bars',
        title: 'Bytes for 4 widgets: everything the page fetched, brotli (kB)',
        bars: present(4).map((kind) => [NAMES[kind], at(kind, 4, 'brotli') / 1024]),
      },
      {
        kind: 'bars',
        title: 'Render time, 4 widgets (ms from navigation)',
        bars: present(4).map((kind) => [NAMES[kind], at(kind, 4, 'renderedMs')]),
      },
      {
        kind: 'bars',
        title: 'Render time, 200 widgets (ms from navigation)',
        bars: present(200).map((kind) => [NAMES[kind], at(kind, 200, 'renderedMs')]),
      },
      {
        kind: 'lines',
        title: 'Render time by number of widgets (ms from navigation)',
        xs: widgetCounts,
        xLabel: 'widgets on the page',
        lines: ['widgets', 'floor'].map((kind) => [
          kind === 'floor' ? 'plain-DOM floor' : NAMES[kind],
          widgetCounts.map((n) => at(kind, n, 'renderedMs')),
        ]),
      },
      {
        kind: 'lines',
        title: 'Bytes by number of widgets (kB as sent, before compression)',
        xs: widgetCounts,
        xLabel: 'widgets on the page',
        lines: ['widgets', 'floor'].map((kind) => [
          kind === 'floor' ? 'plain-DOM floor' : NAMES[kind],
          widgetCounts.map((n) => (at(kind, n, 'raw') ?? 0) / 1024),
        ]),
      },
    ],
  });
  return { markdown, svg };
}
