// `npm run bench`: what the widgets cost, measured, side by side with the plain-DOM floor (the same content as static
// HTML with the same CSS), with Lit drawing the same DOM from static templates, and with real peers (an iframe per
// widget, React 19, Shoelace, countup.js). It reports; it never fails a build (the budget lives in `npm run size`).
// Writes BENCHMARKS.md and bench/chart.svg (bench/report.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { catalogsIn, minifiedBundle } from '../scripts/bundle-parts.mjs';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { compressedSizes } from '../scripts/compressed-size.mjs';
import { takeFloor } from './floor.mjs';
import { measurePage, requestsOfCounters } from './measure.mjs';
import { buildPeers } from './peers.mjs';
import { report } from './report.mjs';
import { measureServer } from './server-load.mjs';
import { COUNT_DELAY_MS, startSite } from './site.mjs';
import { traceLoad } from './trace.mjs';

const MINUTE_MS = Number(process.env.BENCH_MINUTE_MS ?? 60_000);
// A folder for the report, the chart and the raw results (results.json) instead of BENCHMARKS.md and
// bench/chart.svg: the smoke test in `npm test` runs the bench that way, short (test/bench/run.test.mjs).
const OUT = process.env.BENCH_OUT;
// Page loads per measure; the report gives their median.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_QUICK=1 (the smoke test): our widgets, the floor and the shift pages only; no peers, no growth, no trace.
const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [4, 200] : [1, 4, 20, 200, 1000];
const PEERS = QUICK ? [] : ['lit-static', 'iframe', 'react', 'shoelace', 'baseline', 'peer'];
const SHIFT_VARIANTS = QUICK ? ['fallback', 'reserved'] : ['bare', 'fallback', 'reserved', 'render-blocking'];

// ---- sizes ---------------------------------------------------------------------------------------------

async function measureSizes(builds) {
  const peers = builds.react
    ? [
        ['React 19 + ReactDOM, the four widgets (peer)', compressedSizes(builds.react)],
        ['Shoelace: card, progress bar, button, dialog, details (peer)', compressedSizes(builds.shoelace)],
        [
          "Shoelace's light theme, CSS (peer)",
          compressedSizes(readFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css')),
        ],
      ]
    : [];
  const widgetCatalogs = await catalogsIn('dist/locales');
  const formCatalogs = await catalogsIn('dist/locales/sign-form');
  const rows = [
    ['`dist/campaign-widgets.js` (all four widgets)', compressedSizes(readFileSync('dist/campaign-widgets.js'))],
    ['`dist/sign-form.js` (the framed form)', compressedSizes(readFileSync('dist/sign-form.js'))],
    [
      `the widgets' catalogs, all ${widgetCatalogs.count} (English in the partner bundle, each other on demand)`,
      compressedSizes(widgetCatalogs.bytes),
    ],
    [`the form's catalogs, all ${formCatalogs.count} (in the form bundle)`, compressedSizes(formCatalogs.bytes)],
    ...peers,
    [
      'countup.js (a peer for animated figures)',
      compressedSizes(readFileSync('node_modules/countup.js/dist/countUp.min.js')),
    ],
    [
      'Lit alone (LitElement, html, css, decorators)',
      compressedSizes(
        await minifiedBundle(
          `export { LitElement, html, css } from 'lit'; export { property, state } from 'lit/decorators.js';`,
        ),
      ),
    ],
  ];
  for (const name of ['fact-box', 'testimony-card', 'signature-counter', 'action-button']) {
    rows.push([
      `\`<cw-${name}>\` alone, with Lit`,
      compressedSizes(await minifiedBundle(`import '${join(process.cwd(), `dist/components/${name}/define.js`)}';`)),
    ]);
  }
  return rows;
}

// ---- pages ---------------------------------------------------------------------------------------------

/** Everything the report needs, measured. */
async function measureAll() {
  const builds = QUICK ? {} : await buildPeers();
  const sizes = await measureSizes(builds);
  const bench = await startSite({ builds });
  bench.browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  bench.site.floor = await takeFloor(bench.browser, bench.base);

  // After render each page waits for its late counts (and the fact box's count-up) before it is read.
  const page = (query, runs = RUNS, waitMs = COUNT_DELAY_MS + 400) => measurePage(bench, query, { runs, waitMs });
  const blank = await page('kind=blank', 3);
  const pages = {};
  for (const n of SIZES) {
    pages[`widgets, ${n}`] = await page(`kind=widgets&n=${n}`);
    pages[`floor, ${n}`] = await page(`kind=floor&n=${n}`);
  }
  for (const n of QUICK ? [] : [4, 200]) {
    // 200 frames take half a minute a load here: three loads.
    for (const peer of PEERS)
      pages[`${peer}, ${n}`] = await page(
        `kind=${peer}&n=${n}`,
        peer === 'iframe' && n === 200 ? Math.min(RUNS, 3) : RUNS,
      );
  }
  // The count 1.5 s late: each page is read 2 s after it rendered.
  const shift = {};
  for (const variant of SHIFT_VARIANTS)
    shift[variant] = await page(`kind=shift&variant=${variant}`, QUICK ? RUNS : Math.max(RUNS, 3), 2000);
  const traces = QUICK
    ? undefined
    : {
        widgets: await traceLoad(bench.browser, `${bench.base}/bench/page?kind=widgets&n=200`),
        floor: await traceLoad(bench.browser, `${bench.base}/bench/page?kind=floor&n=200`),
      };
  // One counter and 1,000 of one petition, at the same time, each its own petition.
  const [oneCounter, thousandCounters] = await Promise.all([
    requestsOfCounters(bench, 1, MINUTE_MS),
    requestsOfCounters(bench, 1000, MINUTE_MS),
  ]);
  const counterRequests = { 1: oneCounter, 1000: thousandCounters };
  await bench.browser.close();
  bench.close();
  const load = await measureServer();

  // A counter asks again 5 s after each answer, and answers come COUNT_DELAY_MS late.
  const refreshes = Math.floor(MINUTE_MS / (5000 + COUNT_DELAY_MS)) + 1;
  return {
    sizes: Object.fromEntries(sizes),
    sizeRows: sizes,
    blank,
    pages,
    shift,
    shiftRuns: QUICK ? RUNS : Math.max(RUNS, 3),
    traces,
    counterRequests,
    refreshes,
    load,
  };
}

// BENCH_FROM=results.json writes the report again from a run's results, measuring nothing.
const results = process.env.BENCH_FROM ? JSON.parse(readFileSync(process.env.BENCH_FROM, 'utf8')) : await measureAll();
const { markdown, svg } = report(results, {
  runs: RUNS,
  minuteMs: MINUTE_MS,
  countDelayMs: COUNT_DELAY_MS,
  widgetCounts: SIZES,
  peers: PEERS,
});
// The raw results: beside the report in BENCH_OUT, or where BENCH_SAVE says.
if (OUT || process.env.BENCH_SAVE)
  writeFileSync(OUT ? join(OUT, 'results.json') : process.env.BENCH_SAVE, JSON.stringify(results, null, 2));
writeFileSync(OUT ? join(OUT, 'BENCHMARKS.md') : 'BENCHMARKS.md', markdown);
writeFileSync(OUT ? join(OUT, 'chart.svg') : 'bench/chart.svg', svg);
console.log(markdown);
